/* check_journal.c: pins each rule of the journal format (doc/journal.md), one small journal a
 * rule, by what the reader hands over for each entry. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check_goalkit.h"
#include "date.h"
#include "journal.h"
#include "journal_int.h"
#include "text.h"

/* Each entry the reader reported, written as one line of text:
 * "DATE [HH:MM] Lline 'title' w=WORDS metric=V ... #tag=COUNT ..." with metrics and tags in
 * name order, so that a test states a whole entry in one string. */
struct seen {
	struct journal j;
	char text[64][512];
	int n;
};

static int
by_string(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
record(const struct entry *e, void *ctx)
{
	struct seen *s = ctx;
	char date[DATE_BUFSIZE], *parts[64], *out;
	size_t np = 0, len;

	if (s->n == 64)
		return;
	out = s->text[s->n++];
	len = (size_t)snprintf(out, 512, "%s", date_format(e->day, date));
	if (e->minute >= 0)
		len += (size_t)snprintf(out + len, 512 - len, " %02d:%02d", e->minute / 60,
		    e->minute % 60);
	len += (size_t)snprintf(out + len, 512 - len, " L%ld '%s' w=%lu", e->line, e->title,
	    e->words);
	for (size_t i = 0; i < e->nmetrics && np < 64; i++) {
		parts[np] = malloc(128);
		snprintf(parts[np++], 128, "%s=%g", s->j.metrics.name[e->metrics[i].id],
		    e->metrics[i].value);
	}
	for (size_t i = 0; i < e->ntags && np < 64; i++) {
		parts[np] = malloc(128);
		snprintf(parts[np++], 128, "#%.100s=%lu", s->j.tags.name[e->tags[i].id],
		    e->tags[i].count);
	}
	qsort(parts, np, sizeof *parts, by_string);
	for (size_t i = 0; i < np; i++) {
		if (len < 512)
			len += (size_t)snprintf(out + len, 512 - len, " %s", parts[i]);
		free(parts[i]);
	}
}

static void
read_text(struct seen *s, const char *name, const char *text, size_t len)
{
	memset(s, 0, sizeof *s);
	journal_init(&s->j, "check", record, s);
	journal_read_buffer(&s->j, name, text, len);
}

#define READ(s, name, text) read_text(s, name, text, sizeof(text) - 1)

/* Reads text as the file j.md, which must give the one entry want. */
static void
read_one(const char *text, const char *want)
{
	struct seen s;

	read_text(&s, "j.md", text, strlen(text));
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], want);
	journal_free(&s.j);
}

/* Each line the on_line hook reported: "Lline entryLline [h] 'text' #tag ...". */
struct lines_seen {
	struct journal j;
	char text[32][256];
	int n, entries;
};

static void
count_entry(const struct entry *e, void *ctx)
{
	(void)e;
	((struct lines_seen *)ctx)->entries++;
}

static void
record_line(const struct entry_line *l, void *ctx)
{
	struct lines_seen *s = ctx;
	size_t len;
	char *out;

	if (s->n == 32)
		return;
	out = s->text[s->n++];
	len = (size_t)snprintf(out, 256, "L%ld E%ld%s '%.*s'", l->line, l->entry->line,
	    l->heading ? " h" : "", (int)l->len, l->text);
	for (size_t i = 0; i < l->ntags && len < 256; i++)
		len += (size_t)snprintf(out + len, 256 - len, " #%s", s->j.tags.name[l->tags[i]]);
}

START_TEST(test_journal_on_line_gives_text_lines_with_their_tags)
{
	static const char text[] =
	    "#raise before any entry\n"
	    "## 2026-01-05 21:00 Session #session\n"
	    "mood: 4\n"
	    "tags: field, #fieldtag\n"
	    "\n"
	    "- #raise the 3am thing #raise  \r\n"
	    "key:: #notaline\n"
	    "```\n#ask inside code\n```\n"
	    "plain line\n";
	struct lines_seen s;

	memset(&s, 0, sizeof s);
	journal_init(&s.j, "check", count_entry, &s);
	s.j.on_line = record_line;
	journal_read_buffer(&s.j, "j.md", text, sizeof text - 1);
	journal_free(&s.j);
	ck_assert_int_eq(s.entries, 1);
	ck_assert_int_eq(s.n, 4);
	/* The heading gives its title; field lines, code and text before the entry give none. */
	ck_assert_str_eq(s.text[0], "L2 E2 h 'Session #session' #session");
	ck_assert_str_eq(s.text[1], "L5 E2 ''");
	/* Trailing blanks and the CR go; a tag written twice is reported twice. */
	ck_assert_str_eq(s.text[2], "L6 E2 '- #raise the 3am thing #raise' #raise #raise");
	ck_assert_str_eq(s.text[3], "L11 E2 'plain line'");
}
END_TEST

START_TEST(test_journal_numbers_of_sixteen_digits_are_no_metric)
{
	struct seen s;

	/* An account number is no measurement, and its sums would overflow. */
	READ(&s, "j.md", "## 2026-01-05\nsteps: 999999999999999\nsavings: 1000000000000000\n"
	    "card: 12345678901234567890\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=0 steps=1e+15");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_heading_levels_one_to_three_start_entries)
{
	struct seen s;

	READ(&s, "j.md",
	    "# 2026-01-05\nA.\n## 2026-01-06 21:30 Rough day at work\nB b.\n"
	    "### 2026-01-07 7:05\nC.\n#### 2026-01-08\nstill C\n##2026-01-09\nstill C\n");
	ck_assert_int_eq(s.n, 3);
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=1");
	ck_assert_str_eq(s.text[1], "2026-01-06 21:30 L3 'Rough day at work' w=2");
	/* A level-4 heading, and a heading without its space, are text of the entry. */
	ck_assert_str_eq(s.text[2], "2026-01-07 07:05 L5 '' w=8");
	ck_assert_int_eq(s.j.warnings, 0);
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_time_must_be_a_time_else_it_is_title)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-05 25:00 late\n## 2026-01-06 9:30am\n## 2026-01-07: x\n");
	ck_assert_int_eq(s.n, 3);
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '25:00 late' w=0");
	ck_assert_str_eq(s.text[1], "2026-01-06 L2 '9:30am' w=0");
	ck_assert_str_eq(s.text[2], "2026-01-07 L3 ': x' w=0");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_fields_under_heading_until_blank_line)
{
	struct seen s;

	READ(&s, "j.md",
	    "## 2026-01-05\nmood: 6\nanxiety: 4/10\nsleep: 7.5h\ngas-social: -1\nweather: rain\n"
	    "\nlater: 3\nwords here\n");
	ck_assert_int_eq(s.n, 1);
	/* "later: 3" after the blank line is text (2 words), not a field. */
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=4 anxiety=4 gas-social=-1 mood=6 sleep=7.5");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_field_block_ends_at_first_line_that_is_no_field)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-05\nmood: 6\nToday was fine.\nenergy: 3\n");
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=5 mood=6");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_dates_times_and_words_are_not_metrics)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-05\nseen: 2026-01-04\nat: 21:30\nfeel: ok\nMood: 5\nurl: x\n"
	    "pain: 3-4\nhuge: 1" "000000000000000000000000000000000000000000000000000000000000000000000"
	    "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
	    "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
	    "0000000000000000000000000000000000000000000000000000000000000000000000000000000000\n"
	    "http://example.org: 3\n");
	/* Keys are compared without case; a range is its first number; a number too big for a
	 * double is none; "http://..." is no key, so it is text. */
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=2 mood=5 pain=3");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_numbers_as_people_write_them)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-05\nmood: 6,5\nsteps: 10,000\nsleep: 7:30\nnap: 1h30\n"
	    "energy: Six/10\nwake: 7:30\nwalk: 0:45\nbig: 1,234,567\nodd: 6,5000\n"
	    "late: 25:61\n");
	/* A decimal comma; a thousands comma before exactly three digits; H:MM for a length
	 * of time, not for a time of day (wake) nor past 59 minutes; hours and minutes;
	 * number words. */
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=0 big=1.23457e+06 energy=6 mood=6.5 "
	    "nap=1.5 odd=6.5 sleep=7.5 steps=10000 walk=0.75");
	ck_assert_int_eq(s.j.warnings, 0);
	journal_free(&s.j);
}
END_TEST

/* Hours and minutes that cannot be, or may be read two ways, are no number, not the hours
 * alone; H:MM:SS is a length of time to the second. */
START_TEST(test_journal_hours_and_minutes_are_read_whole_or_not_at_all)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-05\nsleep: 7\nnap: 1\nwork: 1\nrun: 1\n\n## 2026-01-06\n"
	    "sleep: 7h75\nnap: 1h 90m\nwork: 7h5\nrun: 0:20:75\nwalk: 1:05:30\nyoga: 7h5m\n"
	    "study: 7h 05m\nreading: 2h 30m\nscreen: 3h\n");
	ck_assert_int_eq(s.n, 2);
	ck_assert_str_eq(s.text[1], "2026-01-06 L7 '' w=0 reading=2.5 screen=3 study=7.08333 "
	    "walk=1.09167 yoga=7.08333");
	/* sleep, nap, work and run had numbers: each value that is none is a warning. */
	ck_assert_int_eq(s.j.warnings, 4);
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_a_metric_value_that_is_no_number_warns)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-05\nweather: rain\nmood: 5\n\n## 2026-01-06\nmood: \xf0\x9f\x98\x8a\n"
	    "weather: sun\n\n## 2026-01-07\nmood: n/a\n");
	/* weather never had a number: no warning; mood had one, so its emoji is one; "n/a"
	 * says on purpose that there is none. */
	ck_assert_int_eq(s.j.warnings, 1);
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_last_value_of_a_metric_wins)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-05\nmood: 3\n\nthen better\nmood:: 7\n");
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=2 mood=7");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_inline_fields_anywhere_and_not_words)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-05\n\nA walk.\n  energy:: 3\nfocus::5\nnote:: fine\n"
	    "text energy:: 9 inside\n");
	/* "focus::5" has no space after "::", and a field inside a sentence is text. */
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=7 energy=3");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_tags_rules)
{
	struct seen s;

	READ(&s, "j.md",
	    "## 2026-01-05 Title #Title\n\n#social at start, (#paren) \"#quoted\" #Social again.\n"
	    "Not: C# #1st #-x page#frag http://x.org/#frag word#tag\n"
	    "Nested #work/meeting, #a_b-c! and #ärger.\n");
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 'Title #Title' w=19 #a_b-c=1 #paren=1 "
	    "#quoted=1 #social=2 #title=1 #work/meeting=1 #ärger=1");
	journal_free(&s.j);
}
END_TEST

/* Letters outside ASCII belong to a tag; punctuation, symbols and emoji end it. */
START_TEST(test_journal_tags_end_at_non_ascii_punctuation)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-05\n\n#ärger #social’s #work— #café… #日記 #🙂 #naïve\n");
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=7 #café=1 #naïve=1 #social=1 #work=1 "
	    "#ärger=1 #日記=1");
	journal_free(&s.j);
}
END_TEST

/* A tags: field follows the rules of tags too. */
START_TEST(test_journal_tags_field_follows_tag_rules)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-05\ntags: social, #Work; 2026, -x, ok!\n");
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=0 #ok=1 #social=1 #work=1");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_no_tags_in_code)
{
	struct seen s;

	READ(&s, "j.md",
	    "## 2026-01-05\n\n`#inline` and ``a ` #still code`` but #real\n"
	    "```sh\n#comment\n## 2026-01-06 not an entry\nmood: 1\n```\n"
	    "~~~~\n```\n#fenced\n~~~~\n#after\n`unclosed #open\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=25 #after=1 #open=1 #real=1");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_text_before_first_entry_is_not_an_entry)
{
	struct seen s;

	READ(&s, "j.md", "# My journal\nIntro #intro\nmood: 3\n\n## 2026-01-05\nOne.\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-05 L5 '' w=1");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_invalid_date_heading_warns_and_joins_previous_entry)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-02-28\nA.\n## 2026-02-30 Oops\nB #late\n## 2026-13-01\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-02-28 L1 '' w=8 #late=1");
	ck_assert_int_eq(s.j.warnings, 2);
	journal_free(&s.j);
}
END_TEST

/* A heading of the month of the one before is dated from it (heading_date); each day 00
 * to 39 of every month of leap and common years must get what date_parse gives, and the
 * same day again after a heading of another year. */
START_TEST(test_journal_heading_in_the_month_before_is_dated_as_date_parse_dates_it)
{
	static const int years[] = { 2023, 2024, 1900, 2000 };
	struct seen s;
	char text[160], want[48];
	long day;

	for (size_t y = 0; y < sizeof years / sizeof years[0]; y++)
		for (int m = 1; m <= 12; m++)
			for (int d = 0; d < 40; d++) {
				int n = snprintf(text, sizeof text, "## %04d-%02d-15\n## %04d-%02d-%02d\n"
				    "## 1999-%02d-15\n## %04d-%02d-%02d\n", years[y], m, years[y], m, d, m,
				    years[y], m, d);
				int ok;

				snprintf(want, sizeof want, "%04d-%02d-%02d", years[y], m, d);
				ok = date_parse(want, 10, &day) == 1;
				read_text(&s, "j.md", text, (size_t)n);
				ck_assert_int_eq(s.n, ok ? 4 : 2);
				ck_assert_int_eq(s.j.warnings, ok ? 0 : 2);
				if (ok) {
					ck_assert_int_eq(strncmp(s.text[1], want, 10), 0);
					ck_assert_int_eq(strncmp(s.text[3], want, 10), 0);
				}
				journal_free(&s.j);
			}
	/* Not digits where the day goes: a title, not a date. */
	READ(&s, "j.md", "## 2024-02-10\n## 2024-02-1x\n## 2024-02-\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_int_eq(s.j.warnings, 0);
	journal_free(&s.j);
}
END_TEST

/* Field lines read before are counted from a memo (journal.c, field_memo): the same bytes
 * must count as they did, and only where they would be a field again. */
START_TEST(test_journal_field_lines_read_again_count_as_read_in_full)
{
	static const char *const texts[] = {
		/* under the heading, in the body after a blank line, indented, then a new entry */
		"## 2026-01-01\nmood: 5\nsleep:: 7\n\nmood: 5\nsleep:: 7\n  sleep:: 7\n"
		"## 2026-01-02\nmood: 5\nMood: 5\nmood: 5 \nmood: 55\nmood: 5\r\n",
		/* 24 bytes and 25, and what follows a line differing */
		"## 2026-01-01\nabcdefghijklmnopqrst: 9\nabcdefghijklmnopqrstu: 9\n"
		"## 2026-01-02\nabcdefghijklmnopqrst: 9\nabcdefghijklmnopqrstu: 9\n",
		/* what is not a number is never remembered; tags, skips, scores and gas levels */
		"## 2026-01-01\nmood: x\ntags: a\nskip: b\nphq9: 5\ngas-g: 1\n## 2026-01-02\n"
		"mood: x\ntags: a\nskip: b\nphq9: 5\ngas-g: 1\nmood: 4\n## 2026-01-03\nmood: x\n",
		/* before the first heading, and after a code block */
		"mood: 5\n## 2026-01-01\nmood: 5\n```\nmood: 5\n```\nmood: 5\n",
	};
	struct seen a, b;

	for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
		read_text(&a, "j.md", texts[t], strlen(texts[t]));
		memset(&b, 0, sizeof b);
		journal_init(&b.j, "check", record, &b);
		b.j.no_memo = 1;
		journal_read_buffer(&b.j, "j.md", texts[t], strlen(texts[t]));
		ck_assert_int_eq(a.n, b.n);
		ck_assert_int_eq(a.j.warnings, b.j.warnings);
		for (int i = 0; i < a.n; i++)
			ck_assert_str_eq(a.text[i], b.text[i]);
		if (t == 0) {
			ck_assert_str_eq(a.text[0], "2026-01-01 L1 '' w=2 mood=5 sleep=7");
			ck_assert_str_eq(a.text[1], "2026-01-02 L8 '' w=0 mood=5");
		}
		journal_free(&a.j);
		journal_free(&b.j);
	}
}
END_TEST

/* Lines of an entry's body that start with a space, '`' or '~' are taken without line()
 * unless they may open a fence: an outline's indented items count as line() counts them, and
 * a fence indented up to three spaces, or opened by '~', still hides the tags in it. */
START_TEST(test_journal_indented_lines_count_as_line_reads_them)
{
	static const char *const texts[] = {
		/* an outline, then a fence of three spaces' indent, one of four (no fence) */
		"## 2026-01-01\nfirst\n  - one two\n    - three\n\t- four\n   ```\n#hidden\n"
		"   ```\n    ```\n#shown\n",
		/* '~' fences, a '~' that opens none, inline code first on a line, two backticks
		 * (no fence) */
		"## 2026-01-01\nfirst\n~~~\n#hidden\n~~~\n~ a b\n~~ c\n`code` d\n``e`` f\n"
		"``\n#shown\n",
		/* a backtick fence whose info string holds a backtick is text; a closed one */
		"## 2026-01-01\nfirst\n ``` a`b\n#shown\n  ````\n#hidden\n````\n  x\n",
		/* indented lines before the entry's first words, and under its heading */
		"## 2026-01-01\n  indented first\n  - next\n\n  - after\n## 2026-01-02\n\n  \n  a\n",
	};
	static const char *const want[][2] = {
		{ "2026-01-01 L1 '' w=13 #shown=1", NULL },
		{ "2026-01-01 L1 '' w=15 #shown=1", NULL },
		{ "2026-01-01 L1 '' w=8 #shown=1", NULL },
		{ "2026-01-01 L1 '' w=6", "2026-01-02 L6 '' w=1" },
	};
	struct seen a, b;

	for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
		read_text(&a, "j.md", texts[t], strlen(texts[t]));
		memset(&b, 0, sizeof b);
		journal_init(&b.j, "check", record, &b);
		b.j.no_memo = 1;	/* every line through line() */
		journal_read_buffer(&b.j, "j.md", texts[t], strlen(texts[t]));
		ck_assert_int_eq(a.n, b.n);
		ck_assert_int_eq(a.j.warnings, b.j.warnings);
		for (int i = 0; i < a.n; i++)
			ck_assert_str_eq(a.text[i], b.text[i]);
		for (int i = 0; i < 2 && want[t][i] != NULL; i++)
			ck_assert_str_eq(a.text[i], want[t][i]);
		journal_free(&a.j);
		journal_free(&b.j);
	}
}
END_TEST

/* Random journals of indented lines, fences opened by '`' and '~' after none to four
 * spaces, inline code and blank lines, so that fences fall anywhere in the scanner's 64-byte
 * blocks: read with the fast paths as every line through line() reads them. */
START_TEST(test_journal_random_fences_and_indents_read_as_line_reads_them)
{
	static const char *const bits[] = {
		"```", "~~~", "````", " ```", "  ~~~", "   ```", "    ```", " ``` a`b", "`a` b",
		"~ a", "~~ b", "  - item", "    - #tag x", "\t- y", "   ", "", "word", "#t z",
		"## 2026-01-02", "mood:: 3", "  ~~~~", "``",
	};
	unsigned seed = 2026;
	char text[4096];

	for (int round = 0; round < 400; round++) {
		struct seen a, b;
		size_t len = (size_t)snprintf(text, sizeof text, "## 2026-01-01\nfirst\n");

		for (int l = 0; l < 120 && len < sizeof text - 64; l++) {
			seed = seed * 1103515245 + 12345;
			len += (size_t)snprintf(text + len, sizeof text - len, "%s\n",
			    bits[(seed >> 16) % (sizeof bits / sizeof bits[0])]);
		}
		read_text(&a, "j.md", text, len);
		memset(&b, 0, sizeof b);
		journal_init(&b.j, "check", record, &b);
		b.j.no_memo = 1;
		journal_read_buffer(&b.j, "j.md", text, len);
		ck_assert_int_eq(a.n, b.n);
		ck_assert_int_eq(a.j.warnings, b.j.warnings);
		for (int i = 0; i < a.n; i++)
			ck_assert_str_eq(a.text[i], b.text[i]);
		journal_free(&a.j);
		journal_free(&b.j);
	}
}
END_TEST

/* An entry's metrics folded into a number, each with its id, in order. */
static void
fold_metrics(const struct entry *e, void *ctx)
{
	double *h = ctx;

	for (size_t i = 0; i < e->nmetrics; i++)
		*h = *h * 1.000001 + (e->metrics[i].id + 1) * 100.0 + e->metrics[i].value;
}

/* More field lines than the memo has slots, in an order that keeps evicting one slot's lines
 * for another's, some of them differing only in their third word: each must still count as
 * read in full. */
START_TEST(test_journal_field_memo_full_of_lines_counts_as_read_in_full)
{
	size_t cap = 1024 * 1024, len = 0;
	char *text = malloc(cap);
	unsigned seed = 4242;
	double h[2] = { 0, 0 };
	long warnings[2];
	struct journal j;

	ck_assert_ptr_nonnull(text);
	for (int e = 0; e < 3000; e++) {
		len += (size_t)snprintf(text + len, cap - len, "## 2026-01-%02d\n", 1 + e % 28);
		for (int k = 0; k < 12; k++) {
			seed = seed * 1103515245 + 12345;
			/* 120 keys (60 short, 60 whose lines' values are in their third word;
			 * some capitalised, the same key) by 100 values, and now and then a
			 * field of the body after a blank line. */
			len += (size_t)snprintf(text + len, cap - len, "%s%s%c%02u:%s %u.%u\n",
			    k == 11 ? "\n" : "", (seed >> 20) % 3 ? "" : "a-long-key-name",
			    (seed >> 8) % 7 ? 'k' : 'K', (seed >> 16) % 60, k == 11 ? ":" : "",
			    (seed >> 4) % 10, (seed >> 12) % 10);
		}
	}
	for (int memo = 0; memo < 2; memo++) {
		journal_init(&j, "check", fold_metrics, &h[memo]);
		j.no_memo = !memo;
		journal_read_buffer(&j, "j.md", text, len);
		warnings[memo] = j.warnings;
		journal_free(&j);
	}
	ck_assert(h[0] > 0);
	ck_assert(h[0] == h[1]);
	ck_assert_int_eq(warnings[0], warnings[1]);
	free(text);
}
END_TEST

/* Backticks that open a line with a backtick after them are an inline code span, not a
 * fence that would swallow the rest of the file; tildes may have backticks after them, and
 * a backtick fence may have an info string without one. */
START_TEST(test_journal_code_span_first_on_a_line_is_no_fence)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-01\n\n``` #in-code ``` and #after\n\n## 2026-01-02\n#x\n"
	    "~~~ a`b\n#fenced\n~~~\n```js #info\n#fenced\n```\nend #y\n");
	ck_assert_int_eq(s.n, 2);
	ck_assert_str_eq(s.text[0], "2026-01-01 L1 '' w=5 #after=1");
	ck_assert_str_eq(s.text[1], "2026-01-02 L5 '' w=11 #x=1 #y=1");
	ck_assert_int_eq(s.j.warnings, 0);
	journal_free(&s.j);
}
END_TEST

/* Redacted, a tag is tag-N for any later lookup, and its old name is no tag of the journal's:
 * the names' table grows by the new names' hashes. */
START_TEST(test_journal_redacted_tags_are_found_by_their_new_names)
{
	struct seen s;
	int before;

	READ(&s, "j.md", "## 2026-01-01\n#abcde #walk\n");
	journal_redact_tags(&s.j);
	ck_assert_str_eq(s.j.tags.name[0], "tag-1");
	before = (int)s.j.tags.n;
	ck_assert_int_eq(journal_tag(&s.j, "tag-1", 5), 0);
	ck_assert_int_eq(journal_tag(&s.j, "#tag-2", 6), 1);
	ck_assert_int_eq(journal_tag(&s.j, "abcde", 5), before);
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_entries_need_not_be_in_order)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-03-01\n## 2026-01-01\n## 2026-03-01\n");
	ck_assert_int_eq(s.n, 3);
	ck_assert_str_eq(s.text[1], "2026-01-01 L2 '' w=0");
	journal_free(&s.j);
}
END_TEST

static const struct {
	const char *path;
	int ok;
	const char *date;
} note_names[] = {
	{ "2026-01-14.md", 1, "2026-01-14" },
	{ "notes/2026-01-14 Wednesday thoughts.md", 1, "2026-01-14" },
	{ "journals/2026_01_14.md", 1, "2026-01-14" },
	{ "journal/2026/01/14.md", 1, "2026-01-14" },
	{ "2026/01/14.md", 1, "2026-01-14" },
	{ "2026-02-30.md", 0, NULL },
	{ "2026-01-14x.md", 0, NULL },
	{ "2026-01_14.md", 0, NULL },
	{ "x2026/01/14.md", 0, NULL },
	{ "journal.md", 0, NULL },
	{ "01/14.md", 0, NULL },
};

START_TEST(test_journal_note_date_from_file_name)
{
	long d;
	char buf[DATE_BUFSIZE];

	ck_assert_int_eq(journal_note_date(note_names[_i].path, &d), note_names[_i].ok);
	if (note_names[_i].ok)
		ck_assert_str_eq(date_format(d, buf), note_names[_i].date);
}
END_TEST

START_TEST(test_journal_daily_note_is_an_entry_with_front_matter_fields)
{
	struct seen s;

	READ(&s, "j/2026-01-14.md",
	    "---\nmood: 6\nsleep: 7h\ntags: [social, Work]\ntitle: not a metric\n\"\": 5\n"
	    "\"a b\": 3\n---\n"
	    "Met Sam. #exercise\n\n## 2026-01-14 21:30 Evening\nmood: 8\n");
	ck_assert_int_eq(s.n, 2);
	ck_assert_str_eq(s.text[0], "2026-01-14 L1 '' w=3 #exercise=1 #social=1 #work=1 mood=6 "
	    "sleep=7");
	/* Keys that are no field names ("", "a b") give no metric. */
	ck_assert_str_eq(s.text[1], "2026-01-14 21:30 L11 'Evening' w=0 mood=8");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_daily_note_fields_at_top_without_front_matter)
{
	struct seen s;

	READ(&s, "2026/01/15.md", "mood: 5\ntags: #calm, #home\n\nQuiet day.\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-15 L1 '' w=2 #calm=1 #home=1 mood=5");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_daily_note_empty_before_heading_is_not_an_entry)
{
	struct seen s;

	READ(&s, "2026-01-14.md", "\n# 2026-01-14 The day\nText.\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-14 L2 'The day' w=1");
	journal_free(&s.j);

	/* A note with nothing in it is still a day written on. */
	READ(&s, "2026-01-15.md", "");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-15 L1 '' w=0");
	journal_free(&s.j);
}
END_TEST

/* Plain "key: value" front matter is read without libyaml (front_matter_plain); a comment
 * line added at its end sends the same fields through libyaml, which must read them alike. */
START_TEST(test_journal_plain_front_matter_reads_as_yaml_does)
{
	static const char *const fm[] = {
		"mood: 6\nsleep: 7h\nweather: grey sky\n",
		"mood: 6   \nMood:   7\nmood: 8\n",
		"mood: -3\nenergy: 1.5\nnote: a, b / c+d\nx-y_z: 2\n",
		"tags: social\nphq9: 1 2 3\ntitle: not-a-metric\n",
		"mood: 6 # later\n",
		"mood:6\nsleep: 7\n",
		"mood: - 3\n",
		"mood: '6'\n",
		"mood: \nsleep: 7\n",
		"-mood: 6\n",
	};

	for (size_t i = 0; i < sizeof fm / sizeof *fm; i++) {
		struct seen plain, yaml;
		char text[256];
		int n;

		n = snprintf(text, sizeof text, "---\n%s---\nText.\n", fm[i]);
		read_text(&plain, "2026-01-14.md", text, (size_t)n);
		n = snprintf(text, sizeof text, "---\n%s# a comment\n---\nText.\n", fm[i]);
		read_text(&yaml, "2026-01-14.md", text, (size_t)n);
		ck_assert_int_eq(plain.n, yaml.n);
		ck_assert_str_eq(plain.text[0], yaml.text[0]);
		ck_assert_int_eq(plain.j.warnings, yaml.j.warnings);
		journal_free(&plain.j);
		journal_free(&yaml.j);
	}
}
END_TEST

START_TEST(test_journal_front_matter_only_read_for_dated_notes)
{
	struct seen s;

	READ(&s, "journal.md", "---\nmood: 2\n# 2026-01-01 a YAML comment\n---\n## 2026-01-05\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-05 L5 '' w=0");
	journal_free(&s.j);
}
END_TEST

/* "---" then "---" (Obsidian writes it) is front matter with nothing in it. */
START_TEST(test_journal_empty_front_matter)
{
	struct seen s;

	READ(&s, "2026-01-14.md", "---\n---\nhi\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-14 L1 '' w=1");
	ck_assert_int_eq(s.j.warnings, 0);
	journal_free(&s.j);
}
END_TEST

/* Front matter that outgrows 256 KiB is text, the line that outgrew it included, and line
 * numbers stay right. */
START_TEST(test_journal_front_matter_too_long_loses_no_line)
{
	size_t n = 300 * 1024, len;
	char *text = malloc(n + 256);
	struct seen s;

	len = (size_t)sprintf(text, "---\nmood: 5\n");
	for (size_t i = 0; i < n; i += 2)
		text[len + i] = 'w', text[len + i + 1] = ' ';
	len += n;
	len += (size_t)sprintf(text + len, "\n## 2026-01-15\nx\n");
	read_text(&s, "2026-01-14.md", text, len);
	ck_assert_int_eq(s.n, 2);
	ck_assert_str_eq(s.text[0], "2026-01-14 L1 '' w=153600 mood=5");
	ck_assert_str_eq(s.text[1], "2026-01-15 L4 '' w=1");
	ck_assert_int_eq(s.j.warnings, 1);
	journal_free(&s.j);
	free(text);
}
END_TEST

/* Front matter, then a heading of the note's own date (Obsidian's templates): one entry, which
 * the heading names and times; text, a field or another date between them keeps two. */
START_TEST(test_journal_front_matter_then_title_heading_is_one_entry)
{
	struct seen s;

	READ(&s, "2026-01-14.md", "---\nmood: 5\n---\n\n## 2026-01-14 07:30 Morning #early\n"
	    "energy: 3\n\nA walk.\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-14 07:30 L1 'Morning #early' w=2 #early=1 energy=3 "
	    "mood=5");
	journal_free(&s.j);

	READ(&s, "2026-01-14.md", "---\nmood: 5\n---\nText\n# 2026-01-14\nenergy: 3\n");
	ck_assert_int_eq(s.n, 2);
	ck_assert_str_eq(s.text[0], "2026-01-14 L1 '' w=1 mood=5");
	ck_assert_str_eq(s.text[1], "2026-01-14 L5 '' w=0 energy=3");
	journal_free(&s.j);

	READ(&s, "2026-01-14.md", "---\nmood: 5\n---\nsleep: 7\n# 2026-01-14\nenergy: 3\n");
	ck_assert_int_eq(s.n, 2);
	journal_free(&s.j);

	READ(&s, "2026-01-14.md", "---\nmood: 5\n---\n# 2026-01-15\nenergy: 3\n");
	ck_assert_int_eq(s.n, 2);
	ck_assert_str_eq(s.text[1], "2026-01-15 L4 '' w=0 energy=3");
	journal_free(&s.j);

	/* Not a daily note: its front matter is skipped, and the heading is its first entry. */
	READ(&s, "journal.md", "---\nmood: 5\n---\n# 2026-01-14\nenergy: 3\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-14 L4 '' w=0 energy=3");
	journal_free(&s.j);
}
END_TEST

/* A key's letters may be outside ASCII, as a tag's may: "ärger: 3" is a field and the fields
 * after it are still fields.  An emoji is no letter: its line ends the fields, as before. */
START_TEST(test_journal_keys_may_have_letters_outside_ascii)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-14\n\xc3\x84rger: 3\nstimmung: 6\n"
	    "\xd0\xbd\xd0\xb0\xd1\x81\xd1\x82\xd1\x80\xd0\xbe\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5: 4\n"
	    "x\xc3\xa4" "2-b: 1\n\xf0\x9f\x98\x80: 5\nsleep: 7\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-14 L1 '' w=4 stimmung=6 x\xc3\xa4" "2-b=1 "
	    "\xc3\x84rger=3 \xd0\xbd\xd0\xb0\xd1\x81\xd1\x82\xd1\x80\xd0\xbe\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5=4");
	journal_free(&s.j);

	READ(&s, "2026-01-14.md", "---\n\xc3\x84rger: 3\ntags: [x]\n---\nHallo\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-14 L1 '' w=1 #x=1 \xc3\x84rger=3");
	journal_free(&s.j);
}
END_TEST

/* A '#' right after a heading's date is no tag, as "2026-01-14#x" in text is not; after a
 * space it is. */
START_TEST(test_journal_title_glued_to_date_has_no_tag)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-14#glued\n## 2026-01-15 #apart\n## 2026-01-16, #comma\n");
	ck_assert_int_eq(s.n, 3);
	ck_assert_str_eq(s.text[0], "2026-01-14 L1 '#glued' w=0");
	ck_assert_str_eq(s.text[1], "2026-01-15 L2 '#apart' w=0 #apart=1");
	ck_assert_str_eq(s.text[2], "2026-01-16 L3 ', #comma' w=0 #comma=1");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_bad_front_matter_warns_and_keeps_going)
{
	struct seen s;

	READ(&s, "2026-01-14.md", "---\nmood: [6\n---\nText.\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-14 L1 '' w=1");
	ck_assert_int_eq(s.j.warnings, 1);
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_unclosed_front_matter_is_read_as_text)
{
	struct seen s;

	READ(&s, "2026-01-14.md", "---\nmood: 6\n\n## 2026-01-15\nText #t\n");
	ck_assert_int_eq(s.j.warnings, 1);
	/* Replayed as text: the note's own entry holds "mood: 6" as a field at its top, and
	 * the "---" is a rule, not a word. */
	ck_assert_int_eq(s.n, 2);
	ck_assert_str_eq(s.text[0], "2026-01-14 L1 '' w=0 mood=6");
	ck_assert_str_eq(s.text[1], "2026-01-15 L4 '' w=2 #t=1");
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_unclosed_fence_warns_once)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-05\n\n```\ncode\n## 2026-01-06\n#x\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=5");
	ck_assert_int_eq(s.j.warnings, 1);
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_crlf_and_bom)
{
	struct seen s;

	READ(&s, "j.md", "\xef\xbb\xbf## 2026-01-05 Title\r\nmood: 6\r\n\r\nWords here #tag\r\n"
	    "  \r\nlate: 2\r\n");
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 'Title' w=5 #tag=1 mood=6");
	journal_free(&s.j);
}
END_TEST

/* Lines that end in a carriage return alone (classic Mac OS) are lines; a CRLF among them
 * is one line end, not two. */
START_TEST(test_journal_cr_only_line_ends)
{
	struct seen s;

	READ(&s, "j.md", "## 2026-01-05 Title\rmood: 6\r\rWords here #tag\r\r"
	    "## 2026-01-06\r\nx:: 2\r\rsad #low");
	ck_assert_int_eq(s.n, 2);
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 'Title' w=3 #tag=1 mood=6");
	ck_assert_str_eq(s.text[1], "2026-01-06 L6 '' w=2 #low=1 x=2");
	journal_free(&s.j);
	/* A file whose first line ends in LF is read as before: its CRs are no line ends. */
	READ(&s, "j.md", "## 2026-01-05\nmood: 6\r## 2026-01-06\n");
	ck_assert_int_eq(s.n, 1);
	journal_free(&s.j);
	/* Nor is a stray CR in the first line of a file of LFs, nor "\r\r\n". */
	read_one("a\rb\n## 2026-01-05\r\r\nmood: 6\r\nb\rc\n", "2026-01-05 L2 '' w=2 mood=6");
	read_one("a\r\r\n## 2026-01-05\r\nmood: 6\r\n", "2026-01-05 L2 '' w=0 mood=6");
}
END_TEST

/* Lines "w" up to `to` bytes of t. */
static size_t
w_lines(char *t, size_t len, size_t to, const char *eol)
{
	while (len + 2 <= to)
		len += (size_t)sprintf(t + len, "w%s", eol);
	return len;
}

/* A text of three entries: a heading, then w-lines up to the line "x:: 6" whose end (CR, or
 * CR LF with crlf) comes at `at`, then a second entry, w-lines for two reads more, and a
 * third; each line ends in eol ("\r" or "\n"). */
static size_t
cr_text(char *t, size_t at, const char *eol, int crlf)
{
	size_t len = w_lines(t, (size_t)sprintf(t, "## 2026-01-05%s", eol), at - 5, eol);

	while (len + 5 < at)
		t[len++] = 'v';
	len += (size_t)sprintf(t + len, "x:: 6%s", crlf && eol[0] == '\r' ? "\r\n" : eol);
	len += (size_t)sprintf(t + len, "## 2026-01-06%sx:: 7%s", eol, eol);
	len = w_lines(t, len, at + 600 * 1024, eol);
	len += (size_t)sprintf(t + len, "## 2026-01-07%sx:: 8%s", eol, eol);
	return len;
}

/* A CR that ends one read of the file, and a CRLF split between two reads, are read as the
 * same text with LFs is (reads are of 256 KiB, and a buffer of the same size). */
START_TEST(test_journal_cr_line_end_between_reads)
{
	size_t cap = 900 * 1024;
	char *cr = malloc(cap), *lf = malloc(cap);
	struct seen a, b;

	for (int crlf = 0; crlf < 2; crlf++)
		for (size_t at = 256 * 1024 - 2; at <= 256 * 1024 + 1; at++) {
			size_t ncr = cr_text(cr, at, "\r", crlf), nlf = cr_text(lf, at, "\n", 0);

			ck_assert_int_eq(cr[at], '\r');
			read_text(&a, "j.md", cr, ncr);
			read_text(&b, "j.md", lf, nlf);
			ck_assert_int_eq(a.n, 3);
			ck_assert_int_eq(b.n, 3);
			for (int i = 0; i < 3; i++)
				ck_assert_str_eq(a.text[i], b.text[i]);
			journal_free(&a.j);
			journal_free(&b.j);
		}
	/* A first line longer than a read: whether lines end in CR is known only later, and
	 * a CR that ends a read is looked at again with the next. */
	for (size_t first = 256 * 1024 - 1; first <= 300 * 1024; first += 44 * 1024 + 1) {
		size_t n = 0;

		memset(cr, 'w', first);
		n = first;
		n += (size_t)sprintf(cr + n, "\r## 2026-01-05\rx:: 6\r");
		memcpy(lf, cr, n);
		for (size_t i = 0; i < n; i++)
			lf[i] = lf[i] == '\r' ? '\n' : lf[i];
		read_text(&a, "j.md", cr, n);
		read_text(&b, "j.md", lf, n);
		ck_assert_int_eq(a.n, 1);
		ck_assert_str_eq(a.text[0], b.text[0]);
		journal_free(&a.j);
		journal_free(&b.j);
	}
	free(cr);
	free(lf);
}
END_TEST

/* Reads text as standard input, from a socket that gives it size bytes a read (a packet
 * each), as a pipe gives what a slow writer wrote.  Returns the reader's buffer size after. */
static size_t
read_packets(struct seen *s, const char *text, size_t len, size_t size)
{
	int sv[2], status;
	pid_t pid;

	ck_assert_int_eq(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
	ck_assert_int_ge(pid = fork(), 0);
	if (pid == 0) {
		close(sv[0]);
		for (size_t at = 0; at < len; at += size)
			if (write(sv[1], text + at, len - at < size ? len - at : size) < 0)
				_exit(1);
		_exit(0);
	}
	close(sv[1]);
	ck_assert_int_eq(dup2(sv[0], STDIN_FILENO), STDIN_FILENO);
	close(sv[0]);
	memset(s, 0, sizeof *s);
	journal_init(&s->j, "check", record, s);
	ck_assert_int_eq(journal_read(&s->j, "-"), 0);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	return s->j.bufcap;
}

/* Lines given a little at a time are read as the same text in one piece is, in a buffer
 * that does not grow: each read's whole lines are taken, also where every read ends in a
 * CR that the next read's first byte does not follow with an LF.  A line longer than the
 * buffer grows it, and comes whole. */
START_TEST(test_journal_lines_a_read_at_a_time)
{
	size_t cap = 2 * 1024 * 1024, n = 0, first;
	char *t = malloc(cap + 64), *lf = malloc(cap + 64);
	struct seen a, b;

	for (int eol = 0; eol < 2; eol++) {
		/* Lines of 1000 bytes with their end: one a read. */
		n = (size_t)sprintf(t, "%-999s%c", "## 2026-01-05", eol ? '\r' : '\n');
		for (int i = 0; n + 2000 < cap; i++) {
			n += (size_t)sprintf(t + n, "%-999s", i % 7 ? "w x" : "#t y");
			t[n++] = eol ? '\r' : '\n';
			if (i % 100 == 99) { /* and now and then a heading */
				char h[32];

				snprintf(h, sizeof h, "## 2026-01-%02d", 6 + i / 100);
				n += (size_t)sprintf(t + n, "%-999s%c", h, eol ? '\r' : '\n');
			}
		}
		for (size_t i = 0; i < n; i++)
			lf[i] = t[i] == '\r' ? '\n' : t[i];
		read_text(&b, "-", lf, n);
		ck_assert_uint_eq(read_packets(&a, t, n, 1000), b.j.bufcap);
		ck_assert_int_gt(a.n, 15);
		ck_assert_int_eq(a.n, b.n);
		for (int i = 0; i < a.n; i++)
			ck_assert_str_eq(a.text[i], b.text[i]);
		journal_free(&a.j);
		journal_free(&b.j);
	}
	/* A line of 1.5 MiB, with a tag at its end, 4 KiB a read. */
	first = (size_t)sprintf(t, "## 2026-01-05\n");
	memset(t + first, 'w', 3 * 512 * 1024);
	n = first + 3 * 512 * 1024;
	n += (size_t)sprintf(t + n, " #end\nmood: 6\n");
	ck_assert_uint_gt(read_packets(&a, t, n, 4096), n - first);
	read_text(&b, "-", t, n);
	ck_assert_int_eq(a.n, 1);
	ck_assert_str_eq(a.text[0], b.text[0]);
	ck_assert_str_eq(a.text[0], "2026-01-05 L1 '' w=4 #end=1");
	journal_free(&a.j);
	journal_free(&b.j);
	free(t);
	free(lf);
}
END_TEST

/* A reader reset (for each piece of a large file) forgets the field lines it kept, whose key
 * numbers were the names it freed: by a new generation of the memo's slots, and, when the
 * generation's count wraps to where the slots were written, by clearing them. */
START_TEST(test_journal_reset_forgets_field_lines)
{
	static const char first[] = "## 2026-01-05\nmood: 6\n";
	static const char second[] = "## 2026-01-06\nsleep: 1\nmood: 6\n";

	for (int wrap = 0; wrap < 2; wrap++) {
		struct seen s;

		read_text(&s, "j.md", first, sizeof first - 1);
		ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=0 mood=6");
		if (wrap)
			s.j.memo_gen = UINT32_MAX;
		journal_reset(&s.j);
		s.n = 0;
		/* "mood: 6" is now the second key, not the first. */
		journal_read_buffer(&s.j, "j.md", second, sizeof second - 1);
		ck_assert_int_eq(s.n, 1);
		ck_assert_str_eq(s.text[0], "2026-01-06 L1 '' w=0 mood=6 sleep=1");
		journal_free(&s.j);
	}
}
END_TEST

START_TEST(test_journal_nul_bytes_and_invalid_utf8_are_survived)
{
	static const char text[] = "## 2026-01-05 \xff title\nmood: 6\n\na\0b #t\xc3 #ok\n"
	    "more \xfe\n";
	struct seen s;

	read_text(&s, "j.md", text, sizeof text - 1);
	ck_assert_int_eq(s.n, 1);
	/* Ill-formed UTF-8 ends a tag; the warning comes once a file. */
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '\xff title' w=5 #ok=1 #t=1 mood=6");
	ck_assert_int_eq(s.j.warnings, 1);
	journal_free(&s.j);
}
END_TEST

START_TEST(test_journal_ten_megabyte_line)
{
	size_t n = 10 * 1024 * 1024;
	char *text = malloc(n + 64);
	struct seen s;
	size_t len = (size_t)sprintf(text, "## 2026-01-05\n\n");

	for (size_t i = 0; i < n; i += 2)
		text[len + i] = 'w', text[len + i + 1] = ' ';
	len += n;
	len += (size_t)sprintf(text + len, "\n#end\n");
	read_text(&s, "j.md", text, len);
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=5242881 #end=1");
	journal_free(&s.j);
	free(text);
}
END_TEST

START_TEST(test_journal_tag_of_100000_characters)
{
	size_t n = 100000;
	char *text = malloc(n + 64);
	struct seen s;
	size_t len = (size_t)sprintf(text, "## 2026-01-05\n\n#");

	memset(text + len, 'a', n);
	len += n;
	text[len++] = '\n';
	read_text(&s, "j.md", text, len);
	ck_assert_int_eq(s.n, 1);
	ck_assert_uint_eq(s.j.tags.n, 1);
	ck_assert_uint_eq(s.j.tags.len[0], n);
	journal_free(&s.j);
	free(text);
}
END_TEST

struct totals {
	unsigned long entries, words, tags;
	double metric_sum;
};

static void
add_up(const struct entry *e, void *ctx)
{
	struct totals *t = ctx;

	t->entries++;
	t->words += e->words;
	for (size_t i = 0; i < e->ntags; i++)
		t->tags += e->tags[i].count;
	for (size_t i = 0; i < e->nmetrics; i++)
		t->metric_sum += e->metrics[i].value;
}

/* Entries counted the same however the text falls across the reader's buffers. */
START_TEST(test_journal_many_entries_across_buffers)
{
	size_t cap = 4 * 1024 * 1024, len = 0;
	char *text = malloc(cap);
	struct journal j;
	struct totals t = { 0 };
	unsigned long entries = 0;
	double sum = 0;

	while (len + 200 < cap) {
		len += (size_t)sprintf(text + len, "## 2026-01-%02lu\nmood: %lu\n\nsome words #t%lu\n",
		    entries % 28 + 1, entries % 10, entries % 3);
		sum += (double)(entries % 10);
		entries++;
	}
	journal_init(&j, "check", add_up, &t);
	journal_read_buffer(&j, "j.md", text, len);
	ck_assert_uint_eq(t.entries, entries);
	ck_assert_uint_eq(t.words, 3 * entries);
	ck_assert_uint_eq(t.tags, entries);
	ck_assert(t.metric_sum == sum);
	ck_assert_uint_eq(j.tags.n, 3);
	journal_free(&j);
	free(text);
}
END_TEST

/* Words and tags come out right on random text, whatever the lines' lengths and wherever
 * they fall against the reader's blocks and buffers: the reference is counted here, a byte
 * at a time. */
START_TEST(test_journal_random_text_counts)
{
	static const char alphabet[] = "ab  \t\r\v\f#";
	size_t cap = 3 * 1024 * 1024, len = 0;
	char *text = malloc(cap + 512);
	unsigned seed = 777;
	unsigned long want_words = 0, want_tags = 0, entries = 0;
	struct totals t = { 0 };
	struct journal j;

	while (len < cap) {
		size_t n;
		int in_word = 0;

		seed = seed * 1103515245 + 12345;
		if ((seed >> 16) % 40 == 0) {
			len += (size_t)sprintf(text + len, "## 2026-01-05\n\n");
			entries++;
			continue;
		}
		n = (seed >> 8) % 200;
		for (size_t i = 0; i < n; i++) {
			char c;

			seed = seed * 1103515245 + 12345;
			c = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
			/* A tag is "#a" at the start or after a space or tab; any other '#'
			 * is made a plain letter. */
			if (c == '#' && (i == 0 || text[len - 1] == ' ' || text[len - 1] == '\t') &&
			    i + 1 < n) {
				text[len++] = '#';
				text[len++] = 'a';
				i++;
				want_tags += entries > 0;
				want_words += !in_word && entries > 0;
				in_word = 1;
				continue;
			}
			if (c == '#')
				c = 'b';
			want_words += c != ' ' && c != '\t' && c != '\r' && c != '\v' && c != '\f' &&
			    !in_word && entries > 0;
			in_word = c != ' ' && c != '\t' && c != '\r' && c != '\v' && c != '\f';
			text[len++] = c;
		}
		text[len++] = '\n';
	}
	journal_init(&j, "check", add_up, &t);
	journal_read_buffer(&j, "j.md", text, len);
	ck_assert_uint_eq(t.entries, entries);
	ck_assert_uint_eq(t.words, want_words);
	ck_assert_uint_eq(t.tags, want_tags);
	journal_free(&j);
	free(text);
}
END_TEST

/* Each of the reader's scanners (the vector ones the processor has) agrees with
 * journal_scan_line on random text, wherever lines end against their 64-byte blocks; and
 * finds the tags the portable one finds, outside code spans, where the vector ones find
 * them 64 bytes at a time (scan_tags_avx2). */
START_TEST(test_journal_scan_line_matches_plain_version)
{
	static const char alphabet[] = "ab #:\t\r\v\f`\0\xc3\x80";
	size_t cap = 1024 * 1024, len, names[JOURNAL_SCAN_AVX512 + 1];
	char *text = malloc(cap + 512);
	unsigned seed = 12345;
	unsigned long want = 0, tags[JOURNAL_SCAN_AVX512 + 1];
	struct totals t = { 0 };
	struct journal j;

	/* Lines of every length, of the bytes that matter to the scanner; "x " first keeps each
	 * a line of text (no heading, fence or field), so the reader's words are their sum. */
	len = (size_t)sprintf(text, "## 2026-01-05\n\n");
	while (len < cap) {
		const char *line = text + len;
		unsigned long w;
		int m;

		seed = seed * 1103515245 + 12345;
		text[len++] = 'x';
		text[len++] = ' ';
		for (size_t n = (seed >> 16) % 300; n > 0; n--) {
			seed = seed * 1103515245 + 12345;
			text[len++] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
		}
		journal_scan_line(line, text + len, &w, &m);
		want += w;
		text[len++] = '\n';
	}
	for (int scan = JOURNAL_SCAN_PORTABLE; scan <= JOURNAL_SCAN_AVX512; scan++) {
		memset(&t, 0, sizeof t);
		journal_init(&j, "check", add_up, &t);
		j.scan = scan;
		journal_read_buffer(&j, "j.md", text, len);
		ck_assert_uint_eq(t.entries, 1);
		ck_assert_uint_eq(t.words, want);
		tags[scan] = t.tags;
		names[scan] = j.tags.n;
		journal_free(&j);
	}
	/* Tags in code spans and out of them were put to the test. */
	ck_assert_uint_gt(tags[JOURNAL_SCAN_PORTABLE], 1000);
	ck_assert_uint_gt(names[JOURNAL_SCAN_PORTABLE], 20);
	for (int scan = JOURNAL_SCAN_AVX2; scan <= JOURNAL_SCAN_AVX512; scan++) {
		ck_assert_uint_eq(tags[scan], tags[JOURNAL_SCAN_PORTABLE]);
		ck_assert_uint_eq(names[scan], names[JOURNAL_SCAN_PORTABLE]);
	}
	free(text);
}
END_TEST

START_TEST(test_journal_names_grow_and_find)
{
	struct names n = { 0 };
	char name[32];

	for (int i = 0; i < 100000; i++) {
		snprintf(name, sizeof name, "tag%d", i);
		ck_assert_int_eq(names_add(&n, name, strlen(name)), i);
	}
	ck_assert_int_eq(names_add(&n, "tag77", 5), 77);
	ck_assert_int_eq(names_find(&n, "tag99999", 8), 99999);
	ck_assert_int_eq(names_find(&n, "tag", 3), -1);
	names_free(&n);
	ck_assert_int_eq(names_find(&n, "tag1", 4), -1);
}
END_TEST

/* A folder is read recursively, in date order; hidden folders and other files are skipped;
 * an unreadable file is reported and the rest still read. */
/* Writes text to a new file at path, in dir, named name. */
static void
put_file(char *path, size_t size, const char *dir, const char *name, const char *text)
{
	FILE *fp;

	snprintf(path, size, "%s/%s", dir, name);
	ck_assert_ptr_nonnull(fp = fopen(path, "w"));
	fputs(text, fp);
	ck_assert_int_eq(fclose(fp), 0);
}

/* A file is read once however often it is named: by its own name again, by a hard link or a
 * symbolic link in a folder, in a folder named twice; each time a finding says so. */
START_TEST(test_journal_file_read_once)
{
	char dir[64], path[256], link_path[256];
	struct seen s;

	test_tmpdir_make(dir, sizeof dir, "twice");
	put_file(path, sizeof path, dir, "2026-01-05.md", "mood: 6\n");
	snprintf(link_path, sizeof link_path, "%s/2026-01-05 copy.md", dir);
	ck_assert_int_eq(link(path, link_path), 0);
	snprintf(link_path, sizeof link_path, "%s/2026-01-05 link.md", dir);
	ck_assert_int_eq(symlink("2026-01-05.md", link_path), 0);
	/* A name with no date reads the note otherwise (nothing in it, with a warning), and
	 * does not keep its dated name from being read. */
	snprintf(link_path, sizeof link_path, "%s/today.md", dir);
	ck_assert_int_eq(symlink("2026-01-05.md", link_path), 0);
	memset(&s, 0, sizeof s);
	journal_init(&s.j, "check", record, &s);
	ck_assert_int_eq(journal_read(&s.j, link_path), 0);
	ck_assert_int_eq(s.j.warnings, 1);
	ck_assert_int_eq(journal_read(&s.j, dir), 0);
	ck_assert_int_eq(s.n, 1);
	ck_assert_str_eq(s.text[0], "2026-01-05 L1 '' w=0 mood=6");
	/* One finding for the folder's two dated links and its today.md. */
	ck_assert_int_eq(s.j.warnings, 2);
	ck_assert_int_eq(journal_read(&s.j, path), 0);
	ck_assert_int_eq(journal_read(&s.j, dir), 0);
	ck_assert_int_eq(s.n, 1);
	ck_assert_int_eq(s.j.warnings, 4);
	journal_free(&s.j);
	test_tmpdir_remove(dir);
}
END_TEST

START_TEST(test_journal_folder_in_date_order)
{
	char dir[64], path[160];
	struct seen s;
	static const struct {
		const char *name, *text;
	} files[] = {
		{ "2026/01/16.md", "Third.\n" },
		{ "2026-01-14 evening.md", "Later that day.\n" },
		{ "2026-01-14.md", "First.\n" },
		{ "notes 2026_01_15.md", "not dated: no leading date\n" },
		{ "2026_01_15.md", "Second.\n" },
		{ "log.md", "## 2026-01-01\nUndated file, read last.\n" },
		{ ".obsidian/2026-01-01.md", "hidden\n" },
		{ "2026-01-13.txt", "not Markdown\n" },
		{ "old.md/2026-01-12.md", "A folder named like a note is a folder.\n" },
	};
	FILE *fp;

	test_tmpdir_make(dir, sizeof dir, "journal");
	snprintf(path, sizeof path, "%s/2026", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/2026/01", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/.obsidian", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/old.md", dir);
	mkdir(path, 0700);
	/* A pipe named like a note would never end: it is skipped, not read. */
	snprintf(path, sizeof path, "%s/2026-01-11.md", dir);
	ck_assert_int_eq(mkfifo(path, 0600), 0);
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i].name);
		ck_assert_ptr_nonnull(fp = fopen(path, "w"));
		fputs(files[i].text, fp);
		fclose(fp);
	}
	memset(&s, 0, sizeof s);
	journal_init(&s.j, "check", record, &s);
	ck_assert_int_eq(journal_read(&s.j, dir), 0);
	ck_assert_int_eq(s.n, 6);
	ck_assert_str_eq(s.text[0], "2026-01-12 L1 '' w=9");
	/* The note named by the date alone is the day's first, though ' ' sorts before '.'. */
	ck_assert_str_eq(s.text[1], "2026-01-14 L1 '' w=1");
	ck_assert_str_eq(s.text[2], "2026-01-14 L1 '' w=3");
	ck_assert_str_eq(s.text[3], "2026-01-15 L1 '' w=1");
	ck_assert_str_eq(s.text[4], "2026-01-16 L1 '' w=1");
	ck_assert_str_eq(s.text[5], "2026-01-01 L1 '' w=4");
	journal_free(&s.j);

	if (geteuid() != 0) {
		snprintf(path, sizeof path, "%s/2026-01-14.md", dir);
		chmod(path, 0);
		memset(&s, 0, sizeof s);
		journal_init(&s.j, "check", record, &s);
		ck_assert_int_eq(journal_read(&s.j, dir), -1);
		ck_assert_int_eq(s.n, 5);
		journal_free(&s.j);
	}
	/* An empty folder is a journal of no entries. */
	snprintf(path, sizeof path, "%s/empty", dir);
	mkdir(path, 0700);
	memset(&s, 0, sizeof s);
	journal_init(&s.j, "check", record, &s);
	ck_assert_int_eq(journal_read(&s.j, path), 0);
	ck_assert_int_eq(s.n, 0);
	journal_free(&s.j);
	snprintf(path, sizeof path, "%s/missing.md", dir);
	memset(&s, 0, sizeof s);
	journal_init(&s.j, "check", record, &s);
	ck_assert_int_eq(journal_read(&s.j, path), -1);
	journal_free(&s.j);
	test_tmpdir_remove(dir);
}
END_TEST

#define NCASES(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* The rule a command line's tag is checked by is the reader's: each name is a tag exactly
 * when the reader, given "#name", reads the whole of it as one tag. */
static const char *const tag_names[] = {
	"social", "Social", "left-on-time", "work/meeting", "a_b", "x1", "\xC3\xA4rger",
	"\xE6\x97\xA5\xE8\xA8\x98", "", "1st", "-a", "a,b", "a b", "a\xE2\x80\x94\x62",
	"social\xE2\x80\x99s", "\xF0\x9F\x98\x80", "a\xF0\x9F\x98\x80", "a\xFF",
};

static int tag_entries, tag_seen;

static void
count_tagged(const struct entry *e, void *ctx)
{
	tag_entries++;
	tag_seen += entry_has_tag(e, *(const int *)ctx);
}

START_TEST(test_journal_tag_len_agrees_with_reader)
{
	const char *name = tag_names[_i];
	size_t len = strlen(name);
	struct journal j;
	char text[128];
	int id;

	snprintf(text, sizeof text, "## 2026-01-14\n#%s\n", name);
	journal_init(&j, "check", count_tagged, &id);
	id = journal_tag(&j, name, len);
	tag_entries = tag_seen = 0;
	journal_read_buffer(&j, "j.md", text, strlen(text));
	ck_assert_int_eq(tag_entries, 1);
	ck_assert_int_eq(journal_tag_len(name, len) == len && len > 0, tag_seen);
	journal_free(&j);
}
END_TEST

/* Findings are data: each with its rule and line, handed over file by file, nothing
 * printed. */
static char found_rules[256];
static char found_file[64];

static void
ignore_entry(const struct entry *e, void *ctx)
{
	(void)e;
	(void)ctx;
}

static void
collect(const char *prog, const char *file, const struct diags *d)
{
	(void)prog;
	snprintf(found_file, sizeof found_file, "%s", file);
	for (size_t i = 0; i < d->n; i++) {
		size_t n = strlen(found_rules);

		snprintf(found_rules + n, sizeof found_rules - n, "%s:%d ", d->v[i].rule,
		    d->v[i].line);
	}
}

/* A slip of a metric written often is hinted at; among the names of a device's export
 * (thousands written once or twice) it is not looked for, nor is a slip of a metric that 256
 * others are written more often than. */
START_TEST(test_journal_rare_metrics_are_checked_in_a_journal_of_a_person)
{
	static const int rare_keys[] = { 0, 9999, 10001 }, often[] = { 0, 300 };
	/* Whether 'moood' is hinted at, by often and rare_keys. */
	static const int hinted[2][3] = { { 1, 1, 0 }, { 0, 0, 0 } };

	for (int o = 0; o < 2; o++)
		for (int r = 0; r < 3; r++) {
			size_t cap = 16 * 1024 * 1024, len = 0;
			char *text = malloc(cap), *at;
			struct journal j;
			int n = 0;

			ck_assert_ptr_nonnull(text);
			/* "mood" 20 times, each of `often` others 30 times, the slip once, and
			 * the rare names, far from all of them, once each. */
			for (int d = 0; d < 30; d++) {
				len += (size_t)snprintf(text + len, cap - len, "## 2026-01-%02d\n%s",
				    d + 1, d < 20 ? "mood: 5\n" : "");
				for (int k = 0; k < often[o]; k++)
					len += (size_t)snprintf(text + len, cap - len, "x%d: 1\n", k);
			}
			len += (size_t)snprintf(text + len, cap - len, "## 2026-02-01\nmoood: 5\n");
			for (int k = 0; k < rare_keys[r]; k++)
				len += (size_t)snprintf(text + len, cap - len,
				    "reading-of-device-%d: 1\n", k);
			found_rules[0] = '\0';
			journal_init(&j, "check", ignore_entry, NULL);
			j.on_findings = collect;
			journal_read_buffer(&j, "j.md", text, len);
			journal_check_names(&j);
			for (at = found_rules; (at = strstr(at, "rare-metric:")) != NULL; at++)
				n++;
			ck_assert_msg(n == hinted[o][r], "often %d, rare %d: %s", often[o],
			    rare_keys[r], found_rules);
			journal_free(&j);
			free(text);
		}
}
END_TEST

/* A file that could not be decrypted was not read: named again, it is tried again, not
 * "read already" (its folder too). */
START_TEST(test_journal_file_not_decrypted_is_tried_again)
{
	char dir[64], path[256];
	struct journal j;
	int err = dup(STDERR_FILENO), null = open("/dev/null", O_WRONLY);

	test_tmpdir_make(dir, sizeof dir, "undecrypted");
	put_file(path, sizeof path, dir, "2026-01-05.md.gpg", "not an OpenPGP message\n");
	found_rules[0] = '\0';
	journal_init(&j, "check", ignore_entry, NULL);
	j.on_findings = collect;
	/* What the decrypting program says is not the test's. */
	ck_assert_int_ge(null, 0);
	dup2(null, STDERR_FILENO);
	ck_assert_int_eq(journal_read(&j, path), -1);
	ck_assert_int_eq(journal_read(&j, path), -1);
	ck_assert_int_eq(journal_read(&j, dir), -1);
	dup2(err, STDERR_FILENO);
	close(err);
	close(null);
	journal_free(&j);
	ck_assert_str_eq(found_rules, "unreadable:0 unreadable:0 unreadable:0 ");
	test_tmpdir_remove(dir);
}
END_TEST

/* The findings of journal_check_dates on text, in found_rules ("far-date:LINE "), with the
 * file of the last in found_file. */
static void
far_dates(const char *text)
{
	struct journal j;

	found_rules[0] = found_file[0] = '\0';
	journal_init(&j, "check", ignore_entry, NULL);
	j.on_findings = collect;
	journal_read_buffer(&j, "j.md", text, strlen(text));
	journal_check_dates(&j);
	journal_free(&j);
}

/* The earliest or the latest entry twenty years or more from all the others is a slip in
 * its year; two entries of that day, a pause of less, or a journal of two entries are not. */
START_TEST(test_journal_far_dates)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
		{ "## 2026-01-02\n## 0206-01-14\nx\n## 2026-01-03\n", "far-date:2 " },
		{ "## 2062-01-14\n## 2026-01-02\n## 2026-01-03\n", "far-date:1 " },
		/* In order, each the latest so far. */
		{ "## 1990-01-01\n## 2026-01-01\n## 2026-01-02\n", "far-date:1 " },
		{ "## 2026-01-01\n## 2026-01-02\n## 2026-01-03\n## 2046-01-03\n", "far-date:4 " },
		{ "## 0206-01-14\n## 2026-01-02\n## 2026-01-03\n## 2262-01-01\n",
		    "far-date:1 far-date:4 " },
		/* Twenty years less a day, and twenty years to the day, also over 2100, which
		 * has no leap day. */
		{ "## 2090-01-01\n## 2090-01-02\n## 2110-01-01\n", "" },
		{ "## 2090-01-01\n## 2090-01-02\n## 2110-01-02\n", "far-date:3 " },
		{ "## 2006-01-02\n## 2026-01-01\n## 2026-01-03\n", "" },
		{ "## 2006-01-01\n## 2026-01-01\n## 2026-01-03\n", "far-date:1 " },
		{ "## 0206-01-14\n## 0206-01-14\n## 2026-01-02\n## 2026-01-03\n", "" },
		{ "## 0206-01-14\n## 2026-01-02\n", "" },
		{ "## 2026-01-02\n", "" },
		/* An entry dropped (a code block's "heading") is none. */
		{ "## 2026-01-02\n```\n## 0206-01-14\n```\n## 2026-01-03\n## 2026-01-04\n", "" },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		far_dates(cases[i].text);
		ck_assert_msg(strcmp(found_rules, cases[i].want) == 0, "case %zu: '%s'", i,
		    found_rules);
	}
	far_dates("## 2026-01-02\n## 0206-01-14\n## 2026-01-03\n");
	ck_assert_str_eq(found_file, "j.md");
}
END_TEST

/* The finding is on the file the entry is in, also when the file read before it had its name
 * where its name now is. */
START_TEST(test_journal_far_date_file_named_where_another_was)
{
	static const char a[] = "## 2026-01-02\n## 2026-01-03\n", b[] = "## 2062-01-04\n";
	char name[8] = "a.md";
	struct journal j;

	found_rules[0] = found_file[0] = '\0';
	journal_init(&j, "check", ignore_entry, NULL);
	j.on_findings = collect;
	journal_read_buffer(&j, name, a, sizeof a - 1);
	strcpy(name, "b.md");
	journal_read_buffer(&j, name, b, sizeof b - 1);
	strcpy(name, "c.md");
	journal_check_dates(&j);
	journal_free(&j);
	ck_assert_str_eq(found_rules, "far-date:1 ");
	ck_assert_str_eq(found_file, "b.md");
}
END_TEST

/* In a folder of daily notes, the finding is on the note, wherever the one read before it
 * was named (a name may be where the last note's was). */
START_TEST(test_journal_far_date_of_a_note)
{
	char dir[] = "/tmp/check-far-XXXXXX", path[64];
	static const char *const names[] = { "2026-01-02.md", "2026-01-03.md", "0206-01-04.md",
	    "2026-01-05.md" };
	struct journal j;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	for (size_t i = 0; i < 4; i++) {
		FILE *fp;

		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		ck_assert_ptr_nonnull(fp = fopen(path, "w"));
		fputs("words\n", fp);
		fclose(fp);
	}
	found_rules[0] = found_file[0] = '\0';
	journal_init(&j, "check", ignore_entry, NULL);
	j.on_findings = collect;
	ck_assert_int_eq(journal_read(&j, dir), 0);
	journal_check_dates(&j);
	journal_free(&j);
	ck_assert_str_eq(found_rules, "far-date:1 ");
	snprintf(path, sizeof path, "%s/0206-01-04.md", dir);
	ck_assert_str_eq(found_file, path);
	for (size_t i = 0; i < 4; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
}
END_TEST

static size_t batches, batched;
static int batch_line;

/* Counts findings and the hand-overs they came in, and checks they come in line order. */
static void
count_batches(const char *prog, const char *file, const struct diags *d)
{
	(void)prog;
	(void)file;
	batches++;
	for (size_t i = 0; i < d->n; i++) {
		ck_assert_int_gt(d->v[i].line, batch_line);
		batch_line = d->v[i].line;
		batched++;
	}
}

/* A file's findings are handed over a few thousand at a time as it is read, in order, all
 * of them; and all at once to a reader that keeps them by file. */
START_TEST(test_journal_many_findings_are_handed_over_as_read)
{
	size_t cap = 8 * 1024 * 1024, len = 0;
	char *text = malloc(cap);
	struct diag_files kept = { 0 };
	struct journal j;

	ck_assert_ptr_nonnull(text);
	for (int d = 0; d < 40000; d++)
		len += (size_t)snprintf(text + len, cap - len, "## 2026-01-%02d\nmood: 6\n"
		    "mood: good\n\nText.\n", 1 + d % 28);
	for (int keep = 0; keep < 2; keep++) {
		batches = batched = 0;
		batch_line = 0;
		journal_init(&j, "check", ignore_entry, NULL);
		j.on_findings = count_batches;
		if (keep)
			j.keep = &kept;
		journal_read_buffer(&j, "j.md", text, len);
		ck_assert_uint_eq(batched, 40000);
		if (keep) {
			ck_assert_uint_eq(batches, 1);
			ck_assert_uint_eq(kept.n, 1);
			ck_assert_uint_eq(kept.v[0].d.n, 40000);
		} else
			ck_assert_uint_ge(batches, 4);
		journal_free(&j);
	}
	diag_files_free(&kept);
	free(text);
}
END_TEST

START_TEST(test_journal_findings_are_data_with_rules)
{
	static const char text[] = "## 2026-02-30\n\n## 2026-01-14\nphq9: 30\n\n```\ncode\n";
	struct journal j;

	found_rules[0] = found_file[0] = '\0';
	journal_init(&j, "check", ignore_entry, NULL);
	j.on_findings = collect;
	journal_read_buffer(&j, "j.md", text, sizeof text - 1);
	ck_assert_str_eq(found_file, "j.md");
	ck_assert_str_eq(found_rules, "no-such-date:1 bad-score:4 unclosed-fence:6 ");
	ck_assert_int_eq(j.warnings, 3);
	found_rules[0] = '\0';
	ck_assert_int_eq(journal_read(&j, "no/such/journal.md"), -1);
	ck_assert_str_eq(found_file, "no/such/journal.md");
	ck_assert_str_eq(found_rules, "unreadable:0 ");
	journal_free(&j);
}
END_TEST

/* An entry's title and first line are checked as UTF-8 (a vector at a time where the
 * processor can, a word at a time where they are not kept): the reader warns exactly when
 * text_utf8_invalid finds the snippet (240 bytes at most, cut at a character) ill-formed, for
 * lines of every length against the 32-byte steps, with sequences well-formed, overlong,
 * surrogate, too big, cut short and stray, whether it keeps them or not (no_text). */
START_TEST(test_journal_title_and_first_line_utf8_check_agrees_with_text_utf8_invalid)
{
	static const char *const pieces[] = {
		"a", " ", "\xc3\xa9", "\xd0\xba", "\xe4\xb8\x80", "\xef\xbf\xbf", "\xf0\x9f\x98\x80",
		"\xf4\x8f\xbf\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "abcdefghijklmnopqrstuvwxyz0123",
		"\x80", "\xbf", "\xc0\xaf", "\xc1\xbf", "\xc2", "\xe0\x9f\xbf", "\xed\xa0\x80",
		"\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff", "\xe4\xb8",
		"\xf0\x9f\x98", "\xc3\xa9\x80",
	};
	unsigned seed = 2026;
	int warned = 0, clean = 0;

	for (int round = 0; round < 4000; round++) {
		char text[1024], *line;
		size_t len, at, keep;
		/* Odd rounds put the text in the heading, as its title. */
		int title = round % 2, bad;

		/* Half the lines of well-formed pieces only. */
		seed = seed * 1103515245 + 12345;
		size_t kinds = (seed >> 16) % 2 ? 11 : NCASES(pieces);
		seed = seed * 1103515245 + 12345;
		size_t count = (seed >> 16) % 70;

		len = (size_t)sprintf(text, title ? "## 2026-01-05 x" : "## 2026-01-05\n\nx");
		line = text + len - 1;
		for (size_t k = 0; k < count && len < 900; k++) {
			seed = seed * 1103515245 + 12345;
			len += (size_t)sprintf(text + len, "%s", pieces[(seed >> 16) % kinds]);
		}
		len += (size_t)sprintf(text + len, "z\n");
		/* The snippet the reader keeps: 240 bytes at most, cut back to a character. */
		at = (size_t)(text + len - 1 - line);
		keep = at > 240 ? 240 : at;
		while (at > 240 && keep > 0 && ((unsigned char)line[keep] & 0xc0) == 0x80)
			keep--;
		bad = text_utf8_invalid(line, keep) != keep;
		for (int no_text = 0; no_text < 2; no_text++) {
			struct journal j;

			found_rules[0] = '\0';
			journal_init(&j, "check", ignore_entry, NULL);
			j.on_findings = collect;
			j.no_text = no_text;
			journal_read_buffer(&j, "j.md", text, len);
			ck_assert_msg((strstr(found_rules, title ? "invalid-utf8:1 " :
			    "invalid-utf8:3 ") != NULL) == bad,
			    "round %d, no_text %d: %s the snippet of %zu bytes", round, no_text,
			    found_rules, keep);
			journal_free(&j);
		}
		warned += bad;
		clean += !bad;
	}
	/* Both answers were put to the test. */
	ck_assert_int_gt(warned, 500);
	ck_assert_int_gt(clean, 500);
}
END_TEST

/* A reader told that no one reads entries' text (no_text) gives them as "", and everything
 * else as one that keeps it. */
START_TEST(test_journal_without_text_reads_the_same_entries)
{
	static const char text[] = "## 2026-01-05 Evening #walk\nmood: 6\n\nMet Sam. #social\n"
	    "## 2026-01-06\n\n  \n```\ncode\n```\nLater.\n";
	struct seen a, b;

	read_text(&a, "j.md", text, strlen(text));
	memset(&b, 0, sizeof b);
	journal_init(&b.j, "check", record, &b);
	b.j.no_text = 1;
	journal_read_buffer(&b.j, "j.md", text, strlen(text));
	ck_assert_int_eq(a.n, 2);
	ck_assert_int_eq(b.n, 2);
	ck_assert_str_eq(a.text[0], "2026-01-05 L1 'Evening #walk' w=3 #social=1 #walk=1 mood=6");
	ck_assert_str_eq(b.text[0], "2026-01-05 L1 '' w=3 #social=1 #walk=1 mood=6");
	ck_assert_str_eq(a.text[1], "2026-01-06 L5 '' w=4");
	ck_assert_str_eq(b.text[1], a.text[1]);
	journal_free(&a.j);
	journal_free(&b.j);
}
END_TEST

Suite *
make_journal_suite(void)
{
	Suite *s = suite_create("journal");
	TCase *tc = tcase_create("format");

	tcase_add_test(tc, test_journal_heading_levels_one_to_three_start_entries);
	tcase_add_test(tc, test_journal_time_must_be_a_time_else_it_is_title);
	tcase_add_test(tc, test_journal_fields_under_heading_until_blank_line);
	tcase_add_test(tc, test_journal_front_matter_then_title_heading_is_one_entry);
	tcase_add_test(tc, test_journal_keys_may_have_letters_outside_ascii);
	tcase_add_test(tc, test_journal_title_glued_to_date_has_no_tag);
	tcase_add_test(tc, test_journal_hours_and_minutes_are_read_whole_or_not_at_all);
	tcase_add_test(tc, test_journal_field_block_ends_at_first_line_that_is_no_field);
	tcase_add_test(tc, test_journal_dates_times_and_words_are_not_metrics);
	tcase_add_test(tc, test_journal_numbers_as_people_write_them);
	tcase_add_test(tc, test_journal_a_metric_value_that_is_no_number_warns);
	tcase_add_test(tc, test_journal_last_value_of_a_metric_wins);
	tcase_add_test(tc, test_journal_inline_fields_anywhere_and_not_words);
	tcase_add_test(tc, test_journal_tags_rules);
	tcase_add_test(tc, test_journal_tags_end_at_non_ascii_punctuation);
	tcase_add_test(tc, test_journal_tags_field_follows_tag_rules);
	tcase_add_loop_test(tc, test_journal_tag_len_agrees_with_reader, 0, NCASES(tag_names));
	tcase_add_test(tc, test_journal_no_tags_in_code);
	tcase_add_test(tc, test_journal_text_before_first_entry_is_not_an_entry);
	tcase_add_test(tc, test_journal_invalid_date_heading_warns_and_joins_previous_entry);
	tcase_add_test(tc, test_journal_heading_in_the_month_before_is_dated_as_date_parse_dates_it);
	tcase_add_test(tc, test_journal_field_lines_read_again_count_as_read_in_full);
	tcase_add_test(tc, test_journal_indented_lines_count_as_line_reads_them);
	tcase_add_test(tc, test_journal_random_fences_and_indents_read_as_line_reads_them);
	tcase_add_test(tc, test_journal_field_memo_full_of_lines_counts_as_read_in_full);
	tcase_add_test(tc, test_journal_entries_need_not_be_in_order);
	tcase_add_test(tc, test_journal_redacted_tags_are_found_by_their_new_names);
	tcase_add_test(tc, test_journal_code_span_first_on_a_line_is_no_fence);
	tcase_add_loop_test(tc, test_journal_note_date_from_file_name, 0, NCASES(note_names));
	tcase_add_test(tc, test_journal_daily_note_is_an_entry_with_front_matter_fields);
	tcase_add_test(tc, test_journal_daily_note_fields_at_top_without_front_matter);
	tcase_add_test(tc, test_journal_daily_note_empty_before_heading_is_not_an_entry);
	tcase_add_test(tc, test_journal_front_matter_only_read_for_dated_notes);
	tcase_add_test(tc, test_journal_plain_front_matter_reads_as_yaml_does);
	suite_add_tcase(s, tc);

	tc = tcase_create("bad input");
	tcase_add_test(tc, test_journal_empty_front_matter);
	tcase_add_test(tc, test_journal_findings_are_data_with_rules);
	tcase_add_test(tc, test_journal_many_findings_are_handed_over_as_read);
	tcase_add_test(tc, test_journal_rare_metrics_are_checked_in_a_journal_of_a_person);
	tcase_add_test(tc, test_journal_front_matter_too_long_loses_no_line);
	tcase_add_test(tc, test_journal_bad_front_matter_warns_and_keeps_going);
	tcase_add_test(tc, test_journal_unclosed_front_matter_is_read_as_text);
	tcase_add_test(tc, test_journal_unclosed_fence_warns_once);
	tcase_add_test(tc, test_journal_crlf_and_bom);
	tcase_add_test(tc, test_journal_cr_only_line_ends);
	tcase_add_test(tc, test_journal_cr_line_end_between_reads);
	tcase_add_test(tc, test_journal_reset_forgets_field_lines);
	tcase_add_test(tc, test_journal_nul_bytes_and_invalid_utf8_are_survived);
	tcase_add_test(tc, test_journal_title_and_first_line_utf8_check_agrees_with_text_utf8_invalid);
	tcase_add_test(tc, test_journal_without_text_reads_the_same_entries);
	tcase_add_test(tc, test_journal_ten_megabyte_line);
	tcase_add_test(tc, test_journal_tag_of_100000_characters);
	suite_add_tcase(s, tc);

	tc = tcase_create("reading");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_journal_many_entries_across_buffers);
	tcase_add_test(tc, test_journal_random_text_counts);
	tcase_add_test(tc, test_journal_scan_line_matches_plain_version);
	tcase_add_test(tc, test_journal_names_grow_and_find);
	tcase_add_test(tc, test_journal_folder_in_date_order);
	tcase_add_test(tc, test_journal_file_read_once);
	tcase_add_test(tc, test_journal_lines_a_read_at_a_time);
	tcase_add_test(tc, test_journal_far_dates);
	tcase_add_test(tc, test_journal_file_not_decrypted_is_tried_again);
	tcase_add_test(tc, test_journal_far_date_file_named_where_another_was);
	tcase_add_test(tc, test_journal_far_date_of_a_note);
	tcase_add_test(tc, test_journal_on_line_gives_text_lines_with_their_tags);
	tcase_add_test(tc, test_journal_numbers_of_sixteen_digits_are_no_metric);
	suite_add_tcase(s, tc);
	return s;
}
