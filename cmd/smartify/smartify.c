/* smartify: turns vague goal sentences into SMART goal drafts in the goals.yaml format, asks
 * what is missing when run on a terminal, and adds the drafts to a goals file without moving a
 * byte of what is already there. */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "baseline.h"
#include "cli.h"
#include "color.h"
#include "crypt.h"
#include "date.h"
#include "diag.h"
#include "diagout.h"
#include "draft.h"
#include "file.h"
#include "goaledit.h"
#include "goals.h"
#include "journal.h"
#include "json.h"
#include "lint.h"
#include "sentence.h"
#include "text.h"

/* A line this long or longer is not a goal sentence: it is reported and skipped. */
#define LINE_LIMIT (1024 * 1024)

enum format { FORMAT_YAML, FORMAT_JSON };
static const char *const format_names[] = { "yaml", "json", NULL };

/* What the command line asked for. */
static enum format format = FORMAT_YAML;
static long today;
static int interactive, explain, color, ask_color;
static const char *into, *edit_id, *goals_path;
static const char **journal_paths;    /* --journal, or the one beside --goals */
static size_t njournal_paths;

/* What the run has seen: any rejected input makes the exit status 2. */
static int rejected;
static size_t nprinted;

static struct drafter *drafter;
static char *answer_buf;
static size_t answer_cap;
static int answers_ended;
static struct sentence_reader *answer_reader;
static const struct goal *replacing; /* the goal --id names, once found */
static struct draft *kept;          /* drafts kept for --into, in order */
static size_t nkept, keptcap;

static void
usage(FILE *fp)
{
	fputs("usage: smartify [-hi] [--format yaml|json] [--explain] [--today YYYY-MM-DD]\n"
	    "                [--goals FILE] [--journal PATH] [--into FILE [--id ID]]\n"
	    "                [--color auto|always|never] [--version] [TEXT ...]\n", fp);
}

static void
help(void)
{
	usage(stdout);
	fputs("\nDrafts a SMART goal from each TEXT (with none, or with -, from each line of\n"
	    "standard input): how many, how often and by when, read from the sentence; a\n"
	    "specific rewrite of a vague wish; and a question for each thing still missing.\n\n"
	    "  --format FORMAT       yaml (default: goals for goals.yaml) or json\n"
	    "  --explain             say what was read in each sentence, and from which words,\n"
	    "                        instead of drafting\n"
	    "  --today YYYY-MM-DD    read time frames as on this date (default: today)\n"
	    "  --goals FILE          match each goal to a concern of this goals file\n"
	    "  --journal PATH        fill a target from where the journal shows you are (the\n"
	    "                        journal/ or journal.md beside --goals or --into if not given)\n"
	    "  --into FILE           add the goals to FILE, a goals file (made if missing)\n"
	    "  --id ID               with --into: replace that goal's goal, measure and deadline\n"
	    "  -i, --interactive     ask the missing parts on the terminal\n"
	    "  --color WHEN          auto (default: on a terminal, not with NO_COLOR),\n"
	    "                        always or never\n"
	    "  -h, --help            this help\n"
	    "      --version         the version\n\n"
	    "Exit status: 0 done, 2 bad input, option, file or terminal (see smartify(1)).\n",
	    stdout);
}

static const char *
sgr(int on, enum color c)
{
	return color_code(on, c);
}

/* ---- Output ------------------------------------------------------------------------------ */

/* --explain: the sentence, then a line per value read in it, with its words and columns. */
static void
print_readout(const struct draft *d, const struct readout *ro)
{
	if (nprinted++ > 0)
		putchar('\n');
	printf("%s\n", d->broad);
	for (size_t i = 0; i < ro->n; i++) {
		const struct readout_value *v = &ro->v[i];

		printf("  %s: %s (\"%.*s\", column%s %d", readout_kind_name(v->kind), v->value,
		    (int)v->at.len, ro->text + v->at.off, v->end_col - v->col > 1 ? "s" : "",
		    v->col);
		if (v->end_col - v->col > 1)
			printf("-%d", v->end_col - 1);
		fputs(")\n", stdout);
	}
	if (ro->n == 0)
		puts("  nothing read: no target, period, deadline or telling wording");
}

/* Prints a draft to standard output in the chosen format; TODO lines in colour. */
static void
print_draft(struct draft *d)
{
	struct gfield f[DRAFT_MAXFIELDS], sub[DRAFT_MAXSUB];
	struct gitem item = { f, 0 };
	struct readout ro;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	if (explain || format == FORMAT_JSON)
		readout_make(answer_reader, d->broad, strlen(d->broad), d->today, NULL,
		    d->metric ? d->tag : NULL, &ro);
	if (explain) {
		print_readout(d, &ro);
		return;
	}
	if (format == FORMAT_JSON) {
		fputs(nprinted++ ? ",\n" : "[\n", stdout);
		draft_write_json(stdout, d, &ro);
		return;
	}
	item.n = draft_fields(d, f, sub);
	if (nprinted++ > 0)
		putchar('\n');
	if (!color) {
		goaledit_write_block(stdout, &item, 1, 0, "\n");
		return;
	}
	if ((fp = open_memstream(&buf, &len)) == NULL)
		err(2, "open_memstream");
	goaledit_write_block(fp, &item, 1, 0, "\n");
	if (fclose(fp) != 0)
		err(2, "open_memstream");
	for (char *line = buf, *nl; *line != '\0'; line = nl + 1) {
		nl = strchr(line, '\n');
		*nl = '\0';
		if (strstr(line, "# TODO:") != NULL && line[strspn(line, " ")] == '#')
			printf("%s%s%s\n", sgr(1, COLOR_YELLOW), line, sgr(1, COLOR_RESET));
		else
			printf("%s\n", line);
	}
	free(buf);
}

/* ---- Interactive ------------------------------------------------------------------------- */

static const char miracle[] =
    "Suppose that while you are sleeping tonight, a miracle happens: the problem that\n"
    "brought you to therapy is solved.  Because you are sleeping, you do not know it\n"
    "has happened.  When you wake up, what will be different that tells you the\n"
    "problem is gone?";

static char *miracle_answer;

/* Asks a question on the terminal and reads the answer, without surrounding space.  An empty
 * answer takes def (which may be NULL: nothing).  Returns NULL once the input has ended, so a
 * closed terminal ends the questions instead of asking forever.  It calls itself once for
 * each answer typed again. */
static const char *	/* NOLINTNEXTLINE(misc-no-recursion) */
ask(const char *question, const char *def)
{
	ssize_t n;
	char *s;

	if (answers_ended)
		return NULL;
	fprintf(stderr, "%s%s%s", sgr(ask_color, COLOR_BOLD), question, sgr(ask_color, COLOR_RESET));
	if (def != NULL)
		fprintf(stderr, " [%s]", def);
	fputs("\n> ", stderr);
	fflush(stderr);
	if ((n = getline(&answer_buf, &answer_cap, stdin)) < 0) {
		answers_ended = 1;
		fputc('\n', stderr);
		return NULL;
	}
	s = answer_buf;
	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
		s[--n] = '\0';
	while (*s == ' ' || *s == '\t')
		s++;
	if (text_utf8_invalid(s, strlen(s)) != strlen(s) || (size_t)n != strlen(answer_buf)) {
		fputs("That is not text smartify can read; please type it again.\n", stderr);
		return ask(question, def);
	}
	return *s == '\0' ? def != NULL ? def : "" : s;
}

/* The default shown for the measure: what is known of it, with N for the rest. */
static const char *
measure_default(const struct draft *d, char *buf, size_t size)
{
	if (d->per == PERIOD_TOTAL)
		return NULL;
	snprintf(buf, size, "N %s", d->per == PERIOD_DAY ? "a day" : d->per == PERIOD_WEEK ?
	    "a week" : d->per == PERIOD_MONTH ? "a month" : "a year");
	return buf;
}

static void
ask_measure(struct draft *d)
{
	char defbuf[32];
	const char *a;

	while ((a = ask(draft_question(d, 'M'), measure_default(d, defbuf, sizeof defbuf))) &&
	    *a != '\0') {
		struct sentence s;
		char *end;
		double v = strtod(a, &end);

		if (a == defbuf)
			return;  /* the default, with its N: left open */
		if (end != a && *end == '\0') {
			if (v > 0) {
				draft_set_target(d, d->bound == TARGET_AT_MOST ? TARGET_AT_MOST :
				    TARGET_AT_LEAST, v, d->per);
				return;
			}
		} else {
			char phrase[512];

			/* "twice a week" says it all; "three" is read as "three times". */
			sentence_read(answer_reader, a, strlen(a), today, &s);
			if (s.bound == TARGET_NONE) {
				snprintf(phrase, sizeof phrase, "%.400s times", a);
				sentence_read(answer_reader, phrase, strlen(phrase), today, &s);
			}
			if (s.bound != TARGET_NONE && s.amount > 0) {
				draft_set_target(d, s.bound, s.amount, s.per != PERIOD_TOTAL ?
				    s.per : d->per);
				return;
			}
		}
		fputs("Please give a positive number (3), or how often (twice a week).\n", stderr);
	}
}

/* Asks for a date until one still to come is given; the examples are six weeks after
 * --today, so that none is a date gone by. */
static void
ask_deadline(struct draft *d)
{
	char example[DATE_BUFSIZE], prompt[128];
	const char *a;

	date_format(today + 42, example);
	snprintf(prompt, sizeof prompt, "By when? (YYYY-MM-DD such as %s, or a time frame such "
	    "as 'in 6 weeks')", example);
	while ((a = ask(prompt, NULL)) && *a != '\0') {
		struct sentence s;
		char phrase[512];
		long when;
		int r = date_parse(a, strlen(a), &when);

		if (r == 0) {
			/* "in 6 weeks", "March 31": read as the time frame of a sentence. */
			snprintf(phrase, sizeof phrase, "%s%.400s",
			    strncmp(a, "by ", 3) != 0 && strncmp(a, "in ", 3) != 0 &&
			    strncmp(a, "within ", 7) != 0 && strncmp(a, "before ", 7) != 0 &&
			    strncmp(a, "for ", 4) != 0 && strncmp(a, "until ", 6) != 0 ?
			    "by " : "", a);
			sentence_read(answer_reader, phrase, strlen(phrase), today, &s);
			r = s.has_deadline;
			when = s.deadline;
		}
		if (r < 0) {
			fprintf(stderr, "%s is not a date that exists; please give another.\n", a);
		} else if (r == 0) {
			fprintf(stderr, "Please give a date such as %s, or a time frame such as "
			    "'in 6 weeks'.\n", example);
		} else if (when < today) {
			fprintf(stderr, "That date has passed; please give one still to come, such as "
			    "%s.\n", example);
		} else {
			draft_set_deadline(d, when);
			return;
		}
	}
}

static void
ask_concern(struct draft *d, const struct goals *g)
{
	char prompt[512];
	size_t used;
	const char *a;

	used = (size_t)snprintf(prompt, sizeof prompt, "%s", draft_question(d, 'R'));
	if (g != NULL && g->nconcerns > 0) {
		used += (size_t)snprintf(prompt + used, sizeof prompt - used, " (");
		for (size_t i = 0; i < g->nconcerns && used < sizeof prompt - 80; i++)
			if (g->concerns[i].id != NULL)
				used += (size_t)snprintf(prompt + used, sizeof prompt - used, "%s, ",
				    g->concerns[i].id->value);
		snprintf(prompt + used, sizeof prompt - used, "or why it matters to you)");
	} else {
		snprintf(prompt + used, sizeof prompt - used, " (why it matters to you)");
	}
	if ((a = ask(prompt, miracle_answer)) == NULL || *a == '\0')
		return;
	for (size_t i = 0; g != NULL && i < g->nconcerns; i++)
		if (g->concerns[i].id != NULL && strcmp(g->concerns[i].id->value, a) == 0) {
			draft_set_concern(d, a);
			return;
		}
	draft_set_why(d, a, strlen(a));
}

/* One question per letter still open, in the order of the word SMART. */
static void
ask_missing(struct draft *d, const struct goals *g)
{
	const char *a;

	fprintf(stderr, "\n%sGoal:%s %s\n", sgr(ask_color, COLOR_BOLD), sgr(ask_color, COLOR_RESET),
	    d->broad);
	if (strcmp(d->goal, d->broad) != 0)
		fprintf(stderr, "%sDraft:%s %s\n", sgr(ask_color, COLOR_BOLD),
		    sgr(ask_color, COLOR_RESET), d->goal);
	if (d->missing & SMART_S && (a = ask(draft_question(d, 'S'), NULL)) && *a != '\0')
		draft_set_sentence(drafter, d, a, strlen(a));
	if (d->missing & SMART_M)
		ask_measure(d);
	while (d->missing & SMART_A && d->absolutist &&
	    (a = ask(draft_question(d, 'A'), NULL)) && *a != '\0')
		draft_set_sentence(drafter, d, a, strlen(a));
	if (d->missing & SMART_R)
		ask_concern(d, g);
	if (d->missing & SMART_T)
		ask_deadline(d);
	if (d->missing & SMART_A && !d->absolutist &&
	    (a = ask(draft_question(d, 'A'), NULL)) && *a != '\0')
		draft_add_step(d, a, strlen(a));
}

/* ---- Input ------------------------------------------------------------------------------- */

/* Fills a draft from what the goal being replaced already has and the sentence does not say. */
static void
adopt_goal(struct draft *d, const struct goal *gl)
{
	const struct measure *m = &gl->measure;

	/* A target is only the draft's if it counts the same kind of thing: nights are not
	 * hours of sleep. */
	if (d->bound == TARGET_NONE && (m->has_at_least || m->has_at_most) &&
	    (m->metric != NULL) == d->metric)
		draft_set_target(d, m->has_at_most && !m->has_at_least ? TARGET_AT_MOST :
		    TARGET_AT_LEAST, m->has_at_least ? m->at_least : m->at_most, m->per);
	if (!d->has_deadline && gl->has_deadline)
		draft_set_deadline(d, gl->deadline);
	if (d->concern == NULL && d->why == NULL && gl->concern != NULL)
		draft_set_concern(d, gl->concern->value);
	else if (d->concern == NULL && d->why == NULL && gl->why != NULL)
		draft_set_why(d, gl->why->value, gl->why->len);
	for (size_t i = 0; gl->steps != NULL && i < gl->steps->n; i++)
		if (gl->steps->items[i]->kind == YNODE_SCALAR)
			draft_add_step(d, gl->steps->items[i]->value, gl->steps->items[i]->len);
}

/* The journal beside the goals file, journal/ or journal.md, when there is one. */
static void
journal_beside(const char *goals)
{
	static const char *const names[] = { "journal", "journal.md" };
	const char *slash = strrchr(goals, '/');
	size_t dir = slash != NULL ? (size_t)(slash - goals) + 1 : 0;
	struct stat st;

	if (strcmp(goals, "-") == 0)
		return;
	for (size_t i = 0; i < 2 && njournal_paths == 0; i++) {
		char *path = xmalloc(dir + strlen(names[i]) + 1);

		memcpy(path, goals, dir);
		strcpy(path + dir, names[i]);
		if (stat(path, &st) == 0) {
			journal_paths = xrealloc(journal_paths, sizeof *journal_paths);
			journal_paths[njournal_paths++] = path;	/* lives to the end of the run */
		} else {
			free(path);
		}
	}
}

/* The draft's tag over the last whole periods, from the journal: 1 and *b, or 0. */
static int
tag_baseline(const struct draft *d, struct baseline *b)
{
	struct journal j;
	struct baselines base;
	size_t at;
	int ok;

	journal_init(&j, "smartify", baselines_entry, &base);
	j.on_findings = NULL;	/* its warnings are journalstat's to give */
	memset(&base, 0, sizeof base);
	base.today = today;
	at = baselines_track(&base, journal_tag(&j, d->tag, strlen(d->tag)), -1, d->per);
	for (size_t i = 0; i < njournal_paths; i++)
		journal_read(&j, journal_paths[i]);
	ok = baseline_at(&base, at, b);
	baselines_free(&base);
	journal_free(&j);
	return ok;
}

/* With a journal, a draft that counts a tag per day, week or month and has no amount yet
 * gets its first rung from where the person is, and, without a date, a suggested one: 6
 * weeks (8 for a goal per month), time to meet the rung 4 periods running. */
static void
from_journal(struct draft *d)
{
	struct baseline b;
	char note[200], v[32];
	const char *per = date_period_name(d->per);
	double rung;

	if (d->metric || d->tag == NULL || d->per == PERIOD_TOTAL || d->per == PERIOD_YEAR ||
	    d->bound != TARGET_NONE || !tag_baseline(d, &b))
		return;
	rung = rung_count(b.value, 1e9, 0);
	snprintf(v, sizeof v, "%g", round(b.value * 100) / 100);
	snprintf(note, sizeof note, "from the journal: %s a %s tagged #%s over %s%d %ss; %g a "
	    "%s is a first rung", v, per, d->tag, b.periods < BASELINE_PERIODS ? "" : "the last ",
	    b.periods, per, rung, per);
	if (b.periods < BASELINE_PERIODS)	/* "over 3 weeks" of the last 4 with entries */
		snprintf(note + strlen(note), sizeof note - strlen(note), " (of the last %d %ss, "
		    "%d had no entry)", BASELINE_PERIODS, per, BASELINE_PERIODS - b.periods);
	draft_set_target(d, TARGET_AT_LEAST, rung, d->per);
	if (d->has_deadline) {
		draft_set_notes(d, note, NULL);
		return;
	}
	draft_set_deadline(d, today + (d->per == PERIOD_MONTH ? 56 : 42));
	draft_set_notes(d, note, d->per == PERIOD_MONTH ?
	    "a suggestion: 8 weeks, to meet the first rung two months running" :
	    "a suggestion: 6 weeks, to meet the first rung 4 weeks running");
}

/* The names of the journal's metrics, read once for every draft. */
static struct names journal_metrics;
static int journal_metrics_read;

static void
no_entry(const struct entry *e, void *ctx)
{
	(void)e;
	(void)ctx;
}

static void
read_journal_metrics(void)
{
	struct journal j;

	journal_metrics_read = 1;
	journal_init(&j, "smartify", no_entry, NULL);
	j.on_findings = NULL;	/* its warnings are journalstat's to give */
	for (size_t i = 0; i < njournal_paths; i++)
		journal_read(&j, journal_paths[i]);
	for (size_t i = 0; i < j.metrics.n; i++)
		names_add(&journal_metrics, j.metrics.name[i], j.metrics.len[i]);
	journal_free(&j);
}

/* Letters two names open with alike: "anxiety" and "anxiety-level" share 7. */
static size_t
shared_start(const char *a, const char *b, size_t blen)
{
	size_t n = 0;

	while (n < blen && a[n] != '\0' && a[n] == b[n])
		n++;
	return n;
}

/* A metric is named as the person's journal names it (issue 14): when the journal has no
 * metric of the draft's name but one that opens with the same four letters or more ("mood"
 * and "mood-score", "stress" and "stress_level"), the draft takes that one's name. */
static void
name_after_journal(struct draft *d)
{
	size_t best = 0, bestn = 3;

	if (!d->metric || d->tag == NULL)
		return;
	if (!journal_metrics_read)
		read_journal_metrics();
	if (names_find(&journal_metrics, d->tag, strlen(d->tag)) >= 0)
		return;
	for (size_t i = 0; i < journal_metrics.n; i++) {
		size_t n = shared_start(d->tag, journal_metrics.name[i], journal_metrics.len[i]);

		if (n > bestn) {
			best = i;
			bestn = n;
		}
	}
	if (bestn > 3)
		d->tag = arena_strndup(&d->mem, journal_metrics.name[best],
		    journal_metrics.len[best]);
}

/* Drafts one accepted sentence: asks about it, then prints it or keeps it for --into. */
static void
take(const char *text, size_t len, const struct goals *g)
{
	struct draft d;

	draft_make(drafter, text, len, today, &d);
	if (replacing != NULL)
		adopt_goal(&d, replacing);
	if (njournal_paths > 0) {
		name_after_journal(&d);
		from_journal(&d);
	}
	if (interactive)
		ask_missing(&d, g);
	if (into == NULL) {
		print_draft(&d);
		draft_free(&d);
		return;
	}
	if (nkept == keptcap) {
		keptcap = keptcap ? 2 * keptcap : 16;
		kept = xrealloc(kept, keptcap * sizeof *kept);
	}
	kept[nkept++] = d;
}

/* Checks one line of input (name and line for messages, line 0 for an argument); returns 1
 * when it is a sentence to draft, 0 when it is empty or was reported.  toolong: the line had
 * LINE_LIMIT bytes or more, of which s holds only the first len. */
static int
acceptable(const char *name, size_t line, const char *s, size_t len, int toolong)
{
	const char *nul = len ? memchr(s, '\0', len) : NULL;
	size_t bad = len ? text_utf8_invalid(s, nul ? (size_t)(nul - s) : len) : 0;
	char where[64];

	if (line > 0)
		snprintf(where, sizeof where, "%s:%zu", name, line);
	else
		snprintf(where, sizeof where, "%s", name);
	if (len == 0 && !toolong)
		return 0;
	if (toolong || len >= LINE_LIMIT) {
		warnx("%s: a line of 1 MB or more is not a goal; skipped", where);
	} else if (bad < (nul ? (size_t)(nul - s) : len)) {
		warnx("%s:%zu: invalid UTF-8 (byte 0x%02X): save the text as UTF-8; skipped", where,
		    text_codepoints(s, bad) + 1, (unsigned char)s[bad]);
	} else if (nul != NULL) {
		warnx("%s:%zu: a NUL byte is not text; skipped", where,
		    text_codepoints(s, (size_t)(nul - s)) + 1);
	} else {
		/* A line of only blanks is an empty line.  s need not end with a NUL. */
		for (size_t i = 0; i < len; i++)
			if (s[i] != ' ' && s[i] != '\t')
				return 1;
		return 0;
	}
	rejected = 1;
	return 0;
}

/* Drafts a line of standard input, less a list's bullet before it: a first draft of goals is
 * often a list ("- Socialize more" in a goals.yaml that is not one yet, or in Markdown). */
static void
take_line(const char *s, size_t len, const struct goals *g)
{
	size_t i = 0;
	int bullet;

	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	bullet = i + 1 < len && (s[i] == '-' || s[i] == '*' || s[i] == '+') &&
	    (s[i + 1] == ' ' || s[i + 1] == '\t');
	if (bullet)
		take(s + i + 2, len - i - 2, g);
	else
		take(s, len, g);
}

/* Drafts each line of standard input.  A line of LINE_LIMIT bytes or more is not kept in
 * memory: only its length is counted until its end. */
static void
read_stdin(const struct goals *g)
{
	static char chunk[65536];
	char *line = NULL;
	size_t len = 0, cap = 0, lineno = 1, total = 0, got;

	while ((got = fread(chunk, 1, sizeof chunk, stdin)) > 0 || len > 0 || total > 0) {
		const char *p = chunk, *end = chunk + got;

		if (got == 0) {
			/* The last line, with no line break after it. */
			end = p = NULL;
		}
		while (p != NULL) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t n = (size_t)((nl ? nl : end) - p);

			if (total + n < LINE_LIMIT + 2) {
				if (len + n + 1 > cap) {
					cap = (len + n + 1) * 2;
					line = xrealloc(line, cap);
				}
				memcpy(line + len, p, n);
				len += n;
			}
			total += n;
			if (nl == NULL)
				break;
			if (len > 0 && line[len - 1] == '\r')
				len--, total--;
			if (acceptable("-", lineno, line, len, total >= LINE_LIMIT))
				take_line(line, len, g);
			lineno++;
			len = total = 0;
			p = nl + 1;
		}
		if (got == 0) {
			if (len > 0 && line[len - 1] == '\r')
				len--, total--;
			if (acceptable("-", lineno, line, len, total >= LINE_LIMIT))
				take_line(line, len, g);
			break;
		}
	}
	if (ferror(stdin)) {
		warn("standard input");
		rejected = 1;
	}
	free(line);
}

/* ---- Goals files --------------------------------------------------------------------------- */

/* Loads a goals file; when it is not one, says why in goalcheck's words and returns -1.  A
 * file that does not exist reads as an empty one when missing is not NULL, which is set.
 * On success the caller frees text and g. */
static int
load_goals(const char *path, struct file_text *text, struct goals *g, int *missing)
{
	struct diags d = { 0 };
	struct stat st;
	int rc = 0;

	memset(text, 0, sizeof *text);
	if (missing != NULL && stat(path, &st) < 0 && errno == ENOENT) {
		char near[PATH_MAX];

		*missing = 1;
		/* The person may have meant to add to the file under a near name. */
		if (goals_name_beside(path, near, sizeof near) != NULL)
			warnx("%s is made new; %s beside it is left as it was (--into %s adds "
			    "to it)", path, near, near);
	} else if (goals_read_text(text, path, &d) < 0) {
		diag_say_brief(NULL, &d);
		diags_free(&d);
		return -1;
	}
	if (goals_load(g, text->data ? text->data : "", text->len, &d) < 0) {
		for (size_t i = 0; i < d.n; i++)
			diag_say(path, &d.v[i]);
		goals_free(g);
		file_free(text);
		rc = -1;
	}
	diags_free(&d);
	return rc;
}

/* Whether goal gl can be edited in place: its id names it alone, and its values are its own,
 * not an alias of an anchor elsewhere, which an edit would change for every goal that uses
 * it.  Returns 0, or 2 after saying why not. */
static int
editable(const char *path, const struct goals *g, const struct goal *gl)
{
	const struct ynode *v[] = { gl->text, gl->measure.node, gl->deadline_node };

	for (size_t i = 0; i < g->ngoals; i++)
		if (&g->goals[i] != gl && goal_id(&g->goals[i]) != NULL &&
		    strcmp(goal_id(&g->goals[i]), goal_id(gl)) == 0) {
			warnx("%s: the id %s is used by more than one goal; not changed", path,
			    goal_id(gl));
			return 2;
		}
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		if (v[i] != NULL && (v[i]->line < gl->node->line ||
		    v[i]->line > gl->node->end_line)) {
			warnx("%s:%d: goal %s takes a value from an anchor elsewhere (*alias); not "
			    "changed: edit it by hand", path, gl->node->line, goal_id(gl));
			return 2;
		}
	return 0;
}

/* Adds the kept drafts to the --into file, or replaces the --id goal; returns 0 or 2.  An
 * edit that would leave the file as it was writes nothing and says so. */
static int
write_into(const char *path, const char *buf, size_t len, const struct goals *g,
    const struct stat *was)
{
	struct gfield (*f)[DRAFT_MAXFIELDS] = xmalloc((nkept + 1) * sizeof *f);
	struct gfield (*sub)[DRAFT_MAXSUB] = xmalloc((nkept + 1) * sizeof *sub);
	struct gitem *items = xmalloc((nkept + 1) * sizeof *items);
	struct goaledit_out out = { 0 };
	struct diags why = { 0 };
	int rc, status = 2;

	for (size_t i = 0; i < nkept; i++) {
		items[i].f = f[i];
		items[i].n = edit_id ? draft_edit_fields(&kept[i], f[i], sub[i]) :
		    draft_fields(&kept[i], f[i], sub[i]);
		if (edit_id != NULL)
			items[i].n = draft_keep_words(&kept[i], replacing, f[i], items[i].n);
	}
	if (edit_id != NULL)
		rc = goaledit_replace(buf, len, g, edit_id, items[0].f, items[0].n, &out, &why);
	else
		rc = goaledit_append(buf, len, g, items, nkept, &out, &why);
	if (rc < 0) {
		diag_say_brief_suffix(path, &why, "; not changed");
		goto done;
	}
	if (out.len == len && memcmp(out.data, buf, len) == 0) {
		printf("%s: unchanged\n", path);
		status = 0;
		goto done;
	}
	rc = file_write_atomic(path, out.data, out.len, was);
	if (rc == FILE_CHANGED) {
		warnx("%s: changed on disk while smartify ran; not changed: run smartify again",
		    path);
		goto done;
	}
	if (rc < 0) {
		warnx("%s: cannot write; not changed: %s", path, crypt_strerror(path, errno, 1));
		goto done;
	}
	for (size_t i = 0; i < nkept; i++)
		if (edit_id != NULL)
			printf("%s: replaced the goal, measure and deadline of %s%s\n", path, edit_id,
			    strcmp(items[i].f[0].key, "broad") == 0 ?
			    ", its old sentence kept as broad" : "");
		else
			printf("%s: added %s\n", path, kept[i].id);
	status = 0;
done:
	diags_free(&why);
	free(out.data);
	free(items);
	free(sub);
	free(f);
	return status;
}

/* ---- main -------------------------------------------------------------------------------- */

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "explain", no_argument, NULL, 'E' },
		{ "goals", required_argument, NULL, 'g' },
		{ "journal", required_argument, NULL, 'j' },
		{ "into", required_argument, NULL, 'o' },
		{ "id", required_argument, NULL, 'I' },
		{ "interactive", no_argument, NULL, 'i' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct file_text goals_text = { 0 }, into_text = { 0 };
	struct goals goals_file, into_file;
	const struct goals *concerns = NULL;
	struct stat was;
	struct cli_common common = { .name = "smartify", .help = help };
	int ch, status = 0, have_goals = 0, have_into = 0, is_new = 0;

	/* A file size limit (ulimit -f) must make write(2) fail with EFBIG, which is reported
	 * and leaves the goals file as it was, rather than kill the program. */
	signal(SIGXFSZ, SIG_IGN);
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":hi", longopts, NULL)) != -1) {
		if (cli_common(&common, ch, optarg))
			continue;
		switch (ch) {
		case 'f':
			format = (enum format)cli_choice(optarg, "--format", format_names);
			break;
		case 'g':
			goals_path = optarg;
			break;
		case 'j':
			/* Standard input holds the sentences. */
			if (strcmp(optarg, "-") == 0)
				errx(2, "--journal: standard input is for the sentences; name a "
				    "journal file or folder");
			journal_paths = xrealloc(journal_paths, (njournal_paths + 1) *
			    sizeof *journal_paths);
			journal_paths[njournal_paths++] = optarg;
			break;
		case 'o':
			into = optarg;
			break;
		case 'I':
			edit_id = optarg;
			break;
		case 'i':
			interactive = 1;
			break;
		case 'E':
			explain = 1;
			break;
		default:
			return cli_bad_option(ch, argv, usage);
		}
	}
	argc -= optind;
	argv += optind;
	if (edit_id != NULL && into == NULL)
		errx(2, "--id needs --into FILE: the goals file that holds the goal");
	if (explain && (into != NULL || interactive || format == FORMAT_JSON))
		errx(2, "--explain says what was read and drafts nothing, so it takes no %s%s",
		    into != NULL ? "--into" : interactive ? "-i" : "--format json",
		    format == FORMAT_JSON ? " (--format json has what was read, as \"read\")" : "");
	if (edit_id != NULL && argc > 1)
		errx(2, "--id replaces one goal: give one TEXT, or none to redraft the goal's own");
	/* Questions are asked on standard input; without a terminal there is no one to answer. */
	if (interactive && !isatty(STDIN_FILENO))
		errx(2, "-i asks questions on a terminal, and standard input is not one; without "
		    "-i, the questions are left as # TODO: comments");
	cli_common_done(&common);
	today = common.today;
	color = cli_color(common.when, STDOUT_FILENO);
	ask_color = cli_color(common.when, STDERR_FILENO);

	if (njournal_paths == 0 && (goals_path != NULL || into != NULL))
		journal_beside(goals_path != NULL ? goals_path : into);
	if ((drafter = drafter_new()) == NULL || (answer_reader = sentence_reader_new()) == NULL)
		out_of_memory();
	if (goals_path != NULL) {
		if (load_goals(goals_path, &goals_text, &goals_file, NULL) < 0) {
			status = 2;
			goto out;
		}
		have_goals = 1;
		concerns = &goals_file;
	}
	if (into != NULL) {
		int missing = stat(into, &was) < 0;

		if (missing && errno != ENOENT) {
			warn("%s", into);
			status = 2;
			goto out;
		}
		/* Only a regular file is replaced: not standard input, a pipe that would never
		 * end, a device, nor a file the person may not write to. */
		if (strcmp(into, "-") == 0 || (!missing && !S_ISREG(was.st_mode))) {
			warnx("%s: not a regular file; --into needs a goals file", into);
			status = 2;
			goto out;
		}
		if (!missing && access(into, W_OK) < 0) {
			warn("%s: not changed", into);
			status = 2;
			goto out;
		}
		if (load_goals(into, &into_text, &into_file, &is_new) < 0) {
			warnx("%s: not changed: it must read as a goals file first (goalcheck %s "
			    "shows why)", into, into);
			status = 2;
			goto out;
		}
		have_into = 1;
		if (concerns == NULL)
			concerns = &into_file;
		/* Ids of the file's goals are taken even when concerns come from --goals. */
		for (size_t i = 0; i < into_file.ngoals; i++)
			if (goal_id(&into_file.goals[i]) != NULL)
				drafter_take_id(drafter, goal_id(&into_file.goals[i]));
	}
	drafter_use_goals(drafter, concerns);
	if (edit_id != NULL) {
		/* --id needs --into, so into_file was loaded above; the analyzer lets the calls
		 * between change the globals into and edit_id, and thinks it may not have been.
		 * NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult) */
		for (size_t i = 0; i < into_file.ngoals && replacing == NULL; i++)
			if (goal_id(&into_file.goals[i]) != NULL &&
			    strcmp(goal_id(&into_file.goals[i]), edit_id) == 0)
				replacing = &into_file.goals[i];
		if (replacing == NULL) {
			struct goaledit_out none;
			struct diags why = { 0 };

			(void)goaledit_replace(into_text.data, into_text.len, &into_file, edit_id,
			    NULL, 0, &none, &why);
			diag_say_brief_suffix(into, &why, "; not changed");
			diags_free(&why);
			status = 2;
			goto out;
		}
		if ((status = editable(into, &into_file, replacing)) != 0)
			goto out;
	}

	if (interactive) {
		const char *a = ask(miracle, NULL);

		if (a != NULL && *a != '\0')
			miracle_answer = xstrndup(a, strlen(a));
	}
	if (edit_id != NULL && argc == 0) {
		const struct ynode *s = goal_sentence(replacing);

		if (s == NULL) {
			warnx("%s: goal %s has no goal or broad text to redraft; give one as TEXT",
			    into, edit_id);
			status = 2;
			goto out;
		}
		take(s->value, s->len, concerns);
	} else if (argc == 0 && interactive) {
		const char *a;

		/* The goals come from the terminal too, the miracle answer offered first. */
		while ((a = ask("A goal in your own words (Enter when done)",
		    nkept + nprinted == 0 ? miracle_answer : NULL)) != NULL && *a != '\0') {
			char *copy = xstrndup(a, strlen(a));

			take(copy, strlen(copy), concerns);
			free(copy);
		}
	} else if (argc == 0) {
		read_stdin(concerns);
	}
	for (int i = 0; i < argc; i++) {
		char name[32];

		snprintf(name, sizeof name, "argument %d", i + 1);
		if (strcmp(argv[i], "-") == 0)
			read_stdin(concerns);
		else if (acceptable(name, 0, argv[i], strlen(argv[i]), 0))
			take(argv[i], strlen(argv[i]), concerns);
	}

	if (format == FORMAT_JSON && into == NULL)
		fputs(nprinted > 0 ? "\n]\n" : "[]\n", stdout);
	if (edit_id != NULL && nkept > 1) {
		warnx("%s: --id replaces one goal, and %zu sentences were given; not changed", into,
		    nkept);
		status = 2;
	} else if (into != NULL && nkept > 0)
		status = write_into(into, into_text.data ? into_text.data : "", into_text.len,
		    &into_file, is_new ? NULL : &was);
out:
	for (size_t i = 0; i < nkept; i++)
		draft_free(&kept[i]);
	free(kept);
	if (have_into)
		goals_free(&into_file);
	if (have_goals)
		goals_free(&goals_file);
	file_free(&into_text);
	file_free(&goals_text);
	drafter_free(drafter);
	sentence_reader_free(answer_reader);
	free(answer_buf);
	free(miracle_answer);
	if (cli_finish() != 0)
		return 2;
	return status == 0 && rejected ? 2 : status;
}
