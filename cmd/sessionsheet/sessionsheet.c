/* sessionsheet: the one-page sheet to bring to the next therapy session, in Markdown: the
 * goals and how each is going, the questionnaires and goal attainment scales the journal
 * records, how the days went since the last session, what to raise, ask and celebrate, the
 * next steps, and room for notes.  It reads the goals file and the journal through the same
 * library as goalcheck and journalstat, and judges and scores as they do. */
/* realpath(3), for -o inside the journal folder. */
#define _XOPEN_SOURCE 700

#include <ctype.h>
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "date.h"
#include "diag.h"
#include "file.h"
#include "goals.h"
#include "journal.h"
#include "json.h"
#include "lint.h"
#include "measures.h"
#include "progress.h"
#include "rules.h"
#include "scores.h"
#include "text.h"

enum format { FORMAT_MARKDOWN, FORMAT_JSON };
static const char *const format_names[] = { "markdown", "json", NULL };


/* Without a session to count from, the sheet covers this many days to today. */
#define DEFAULT_DAYS 28
/* The most lines of the miracle answer the page has room for. */
#define MIRACLE_LINES 24
/* A sparkline has at most this many steps: days, else weeks, months or years. */
#define SPARK_MAX 31
/* Lines from the journal are kept to this many bytes. */
#define LINE_MAX_BYTES 1000
/* Goal texts in the table are cut after this many characters. */
#define CELL_MAX 90
/* A questionnaire's trend shows at most this many of its latest scores: a page has no room
 * for a year of them, and the change since the first score says the rest. */
#define TREND_MAX 8

/* What the command line asked for. */
static enum format format = FORMAT_MARKDOWN;
static long today, since;
static int has_since, color, blocks, share;
static const char *goals_path, *out_path;

static void
usage(FILE *fp)
{
	fputs("usage: sessionsheet [-h] [-C DIR] [-o FILE] [--since DATE] [--goals FILE]\n"
	    "                    [--format markdown|json] [--today YYYY-MM-DD] [--share]\n"
	    "                    [--color auto|always|never] [--version] [JOURNAL ...]\n", fp);
}

static void
help(void)
{
	usage(stdout);
	fputs("\nA one-page Markdown sheet for the next therapy session, from the goals file and\n"
	    "the journal of a folder: the goals and their progress, questionnaire scores\n"
	    "(phq9, gad7, ors, srs) and goal attainment levels (gas-ID), how the days went\n"
	    "since the last session (the last entry tagged #session), what to raise (#raise,\n"
	    "#concern), questions (#ask), wins (#win), the next steps, the miracle question\n"
	    "(#miracle).  When a PHQ-9 since the last session (its own entry included)\n"
	    "answers item 9 above 0, the sheet opens with a line about it, always.\n\n"
	    "  -C DIR             work in DIR, as if started there\n"
	    "  -o FILE            write the sheet to FILE (replaced whole; new files are 0600)\n"
	    "  --since DATE       the period starts on DATE, not after the last session\n"
	    "  --goals FILE       the goals file (default goals.yaml; - is standard input)\n"
	    "  JOURNAL            journal files or folders (default ./journal/, else ./journal.md;\n"
	    "                     - is standard input)\n"
	    "  --format FORMAT    markdown (default) or json\n"
	    "  --today DATE       make the sheet as on this date (default: today)\n"
	    "  --share            leave out the journal's own words (titles, tagged lines, the\n"
	    "                     miracle answer); keep the goals file's words and the numbers\n"
	    "  --color WHEN       auto (default: on a terminal, not with NO_COLOR), always, never\n"
	    "  -h, --help         this help\n"
	    "      --version      the version\n\n"
	    "Exit status: 0 the sheet was written (a missing goals file or journal is said on\n"
	    "standard error), 2 it was not, or a journal file could not be read.\n"
	    "See sessionsheet(1).\n", stdout);
}

/* ---- what the journal holds for the sheet ---- */

/* Where an entry stands in the journal: its day, its time (-1 when none) and its place in
 * reading order, which decides between entries of one day without times. */
struct moment {
	long day;
	int minute;
	unsigned long seq;
};

/* An entry with something the sheet may show: its metrics, the goals' tags it carries, and
 * the words to remember the day by.  Kept only for the period and the period before it. */
struct rec {
	struct moment at;
	int in_period;        /* else in the period before */
	const char *text;     /* the entry's title, else its first line; in texts */
	size_t m, nm;         /* metrics[m .. m+nm) */
	size_t t, nt;         /* tags[t .. t+nt): goals' tags only */
};

/* A line of the period tagged for one of the lists. */
enum said { SAID_RAISE, SAID_ASK, SAID_WIN, SAID_COUNT };
struct said_line {
	long day;
	enum said kind;
	size_t order;         /* of reading, to keep a day's lines as written */
	const char *text;     /* in texts */
};

/* The journal's paths.  It is read twice, once to find the last session and once for the
 * sheet, so what can be read only once (standard input, a pipe) is kept in memory: streams
 * says how each path is read. */
enum stream { READ_PATH, READ_MEMORY, READ_FAILED };
static const char **jpaths;
static int njpaths;
static enum stream *streams;
static struct file_text *stream_text;

static struct journal jr;
static unsigned long seq;              /* entries read so far in this reading */
static struct moment session;          /* the last session, when has_session */
static int has_session;
static long period_from, before_from;  /* the period's first day, and the one before's */
static struct rec *recs;
static size_t nrecs, caprecs;
static struct entry_metric *metrics;
static size_t nmetrics, capmetrics;
static int *tags;
static size_t ntags, captags;
static struct arena texts;             /* the words kept of entries and lines */
static struct said_line *saids;
static size_t nsaids, capsaids;
static char *watched;                  /* by tag id: a goal's measure counts it */
static size_t nwatched;
static int tag_miracle, said_tag[SAID_COUNT][2];
/* The lines of the entry being read, joined by newlines, in case it turns out to be tagged
 * #miracle. */
static char *cur_text;
static size_t cur_len, cur_cap, cur_nlines;
static int cur_more;                   /* text beyond the lines kept */
static char *miracle, *miracle_file;
static struct moment miracle_at = { LONG_MIN, -1, 0 };
static long miracle_line;
static int miracle_cut;
static long first_day = LONG_MIN;      /* the journal's first, for goals without a start */
/* The -o file when it exists, and the journal file that is it, if one is (reached through a
 * link, say): the sheet must not replace what it is made from. */
static struct stat out_st;
static int out_exists;
static char *out_clash, *last_file;
/* The questionnaires' scores and the goal attainment levels of the whole journal up to today:
 * scores come a few a month, so a trend needs more than the period. */
static struct scores measured;
/* The PHQ-9s whose item 9, thoughts of being better off dead or of hurting oneself, is above
 * 0, written in the period or in the last session's own entry. */
struct item9 {
	struct moment at;
	double total;
	int value;            /* -1 when only a total was written, one too high for item 9 at 0 */
};
static struct item9 *item9s;
static size_t nitem9s, capitem9s;

static struct goals goals;
static int have_goals;
static unsigned *pass;                 /* by goal: the SMART letters it passes */
static struct diags findings;
static struct progress progress;

static void
add_cur_line(const char *s, size_t n)
{
	if (cur_len + n + 1 > cur_cap) {
		cur_cap = 2 * (cur_len + n + 1);
		cur_text = xrealloc(cur_text, cur_cap);
	}
	if (cur_len > 0)
		cur_text[cur_len++] = '\n';
	memcpy(cur_text + cur_len, s, n);
	cur_len += n;
}

/* The n bytes at s cut to at most max bytes, at a character's start: a 10 MB line is no
 * line for a page. */
static size_t
clip(const char *s, size_t n, size_t max)
{
	if (n <= max)
		return n;
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

/* Whether a comes after b: a later day, else a later time when both have one, else later in
 * the journal. */
static int
comes_after(const struct moment *a, const struct moment *b)
{
	if (a->day != b->day)
		return a->day > b->day;
	if (a->minute >= 0 && b->minute >= 0 && a->minute != b->minute)
		return a->minute > b->minute;
	return a->seq > b->seq;
}

/* Whether an entry is in the period: after the last session (the session itself is not), on
 * or after --since, or in the last DEFAULT_DAYS days; and not after today. */
static int
in_period(const struct moment *m)
{
	if (m->day > today)
		return 0;
	if (has_since)
		return m->day >= since;
	if (has_session)
		return comes_after(m, &session);
	return m->day >= period_from;
}

/* The first reading: only the last session, on or before today. */
static void
find_session(const struct entry *e, void *ctx)
{
	struct moment m = { e->day, e->minute, seq++ };

	if (e->day <= today && entry_has_tag(e, *(const int *)ctx) &&
	    (!has_session || comes_after(&m, &session))) {
		session = m;
		has_session = 1;
	}
}

/* How many bytes of a line are its Markdown list marker, quote mark or checkbox ("- ",
 * "2. ", "> ", "- [ ] "), which a line quoted on the sheet goes without. */
static size_t
list_marker(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '>'))
		i++;
	if (i + 1 < n && strchr("-*+", s[i]) && s[i + 1] == ' ') {
		i += 2;
	} else if (i < n && s[i] >= '0' && s[i] <= '9') {
		size_t k = i;

		while (k < n && s[k] >= '0' && s[k] <= '9')
			k++;
		if (k + 1 < n && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ')
			i = k + 2;
	}
	if (i + 3 < n && s[i] == '[' && strchr(" xX", s[i + 1]) && s[i + 2] == ']' &&
	    s[i + 3] == ' ')
		i += 4;
	return i;
}
/* A tagged line as it goes in a list, kept in texts: without its list marker or checkbox,
 * and without the list's own tags at its start or end ("- #raise the 3am thing" is "the 3am
 * thing").  Tags inside the sentence are the person's words, and stay. */
static char *
said_text(const char *s, size_t n)
{
	static const char *const words[] = { "raise", "concern", "ask", "win", NULL };
	size_t i = 0;
	char *buf;

	i = list_marker(s, n);
	buf = arena_alloc(&texts, n - i + 1, 1);
	memcpy(buf, s + i, n - i);
	n -= i;
	buf[n] = '\0';
	for (int again = 1; again; ) {
		again = 0;
		for (size_t k = 0; words[k]; k++) {
			size_t wl = strlen(words[k]);

			/* At the start: the tag, and the blanks or colon after it. */
			if (n > wl && buf[0] == '#' && strncasecmp(buf + 1, words[k], wl) == 0 &&
			    (n == wl + 1 || strchr(" \t:", buf[wl + 1]))) {
				size_t cut = wl + 1;

				while (cut < n && strchr(" \t:", buf[cut]))
					cut++;
				memmove(buf, buf + cut, n - cut + 1);
				n -= cut;
				again = 1;
			}
			/* At the end, after a blank. */
			if (n > wl && buf[n - wl - 1] == '#' &&
			    strncasecmp(buf + n - wl, words[k], wl) == 0 &&
			    (n == wl + 1 || buf[n - wl - 2] == ' ' || buf[n - wl - 2] == '\t')) {
				n -= wl + 1;
				while (n > 0 && (buf[n - 1] == ' ' || buf[n - 1] == '\t'))
					n--;
				buf[n] = '\0';
				again = 1;
			}
		}
	}
	return buf;
}

/* The second reading, entry by entry: what the sheet shows of it is kept, the rest only
 * counted (the goals' progress since their start). */
static void
on_entry(const struct entry *e, void *ctx)
{
	struct moment m = { e->day, e->minute, seq++ };
	struct rec *r;
	size_t nt = 0, len;
	double total;

	(void)ctx;
	progress_add(&progress, e);
	scores_add(&measured, e);
	if (first_day == LONG_MIN || e->day < first_day)
		first_day = e->day;
	/* The last session's own entry counts too: a questionnaire is often filled in at the
	 * session and written in its entry, and would otherwise reach no sheet at all. */
	if (entry_metric(e, measured.metric[INST_PHQ9], &total) &&
	    phq9_item9_above_0(total, e->phq9_item9) && (in_period(&m) ||
	    (has_session && m.day == session.day && m.seq == session.seq))) {
		if (nitem9s == capitem9s) {
			capitem9s = capitem9s ? 2 * capitem9s : 8;
			item9s = xrealloc(item9s, capitem9s * sizeof *item9s);
		}
		item9s[nitem9s++] = (struct item9){ m, total, e->phq9_item9 };
	}
	if (out_exists && out_clash == NULL && (last_file == NULL ||
	    strcmp(last_file, e->file) != 0)) {
		struct stat st;

		free(last_file);
		last_file = xstrndup(e->file, strlen(e->file));
		if (stat(e->file, &st) == 0 && st.st_dev == out_st.st_dev &&
		    st.st_ino == out_st.st_ino)
			out_clash = xstrndup(e->file, strlen(e->file));
	}
	if (!share && e->day <= today && entry_has_tag(e, tag_miracle) &&
	    (miracle == NULL || comes_after(&m, &miracle_at))) {
		size_t n = cur_len;

		/* Without the blank lines at its end. */
		while (n > 0 && cur_text[n - 1] == '\n')
			n--;
		free(miracle);
		free(miracle_file);
		miracle = xstrndup(n ? cur_text : "", n);
		miracle_file = xstrndup(e->file, strlen(e->file));
		miracle_at = m;
		miracle_line = e->line;
		miracle_cut = cur_more;
	}
	/* The next entry's lines come after this call. */
	cur_len = 0;
	cur_nlines = 0;
	cur_more = 0;
	if (e->day > today || e->day < before_from)
		return;
	for (size_t i = 0; i < e->ntags; i++)
		nt += (size_t)e->tags[i].id < nwatched && watched[e->tags[i].id];
	if (e->nmetrics == 0 && nt == 0)
		return;
	if (nrecs == caprecs) {
		caprecs = caprecs ? 2 * caprecs : 256;
		recs = xrealloc(recs, caprecs * sizeof *recs);
	}
	if (nmetrics + e->nmetrics > capmetrics) {
		capmetrics = 2 * (nmetrics + e->nmetrics);
		metrics = xrealloc(metrics, capmetrics * sizeof *metrics);
	}
	if (ntags + nt > captags) {
		captags = 2 * (ntags + nt);
		tags = xrealloc(tags, captags * sizeof *tags);
	}
	r = &recs[nrecs++];
	r->at = m;
	r->in_period = in_period(&m);
	if (share) {
		r->text = "";
	} else if (e->title[0] != '\0') {
		r->text = arena_strndup(&texts, e->title, strlen(e->title));
	} else {
		len = list_marker(e->first, strlen(e->first));
		r->text = arena_strndup(&texts, e->first + len, strlen(e->first + len));
	}
	r->m = nmetrics, r->nm = e->nmetrics;
	if (e->nmetrics > 0)
		memcpy(metrics + nmetrics, e->metrics, e->nmetrics * sizeof *metrics);
	nmetrics += e->nmetrics;
	r->t = ntags, r->nt = nt;
	for (size_t i = 0; i < e->ntags; i++)
		if ((size_t)e->tags[i].id < nwatched && watched[e->tags[i].id])
			tags[ntags++] = e->tags[i].id;
}

/* The second reading, line by line: the lines of the entry being read (it may be the miracle
 * question's answer) and the lines of the period tagged for a list. */
static void
on_line(const struct entry_line *l, void *ctx)
{
	const struct entry *e = l->entry;
	struct moment m = { e->day, e->minute, seq };  /* the open entry's number is next */

	(void)ctx;
	if (e->day > today)
		return;
	if (!l->heading && cur_nlines == MIRACLE_LINES && l->len > 0)
		cur_more = 1;
	if (!l->heading && (l->len > 0 || cur_nlines > 0) && cur_nlines < MIRACLE_LINES) {
		size_t kept = clip(l->text, l->len, LINE_MAX_BYTES);

		cur_nlines++;
		cur_more |= kept < l->len;
		add_cur_line(l->text, kept);
	}
	if (l->ntags == 0 || !in_period(&m))
		return;
	for (int k = 0; k < SAID_COUNT; k++) {
		int tagged = 0;
		char *text;

		for (size_t i = 0; i < l->ntags && !tagged; i++)
			tagged = l->tags[i] == said_tag[k][0] || l->tags[i] == said_tag[k][1];
		if (!tagged)
			continue;
		/* "- #ask" alone asks nothing. */
		text = said_text(l->text, clip(l->text, l->len, LINE_MAX_BYTES));
		if (text[0] == '\0')
			continue;
		if (nsaids == capsaids) {
			capsaids = capsaids ? 2 * capsaids : 64;
			saids = xrealloc(saids, capsaids * sizeof *saids);
		}
		saids[nsaids] = (struct said_line){ e->day, (enum said)k, nsaids, text };
		nsaids++;
	}
}

/* ---- reading ---- */

/* Reads the goals file and judges it as goalcheck does.  A missing default goals.yaml is
 * said and left out; one that cannot be read or is not a goals file stops the sheet. */
static void
read_goals(void)
{
	const char *path = goals_path ? goals_path : "goals.yaml";
	struct sentence_reader *reader;
	struct file_text text;
	struct config cfg;
	struct lines src = { 0 };
	struct stat st;

	if (goals_path == NULL && stat(path, &st) < 0 && errno == ENOENT) {
		warnx("no goals.yaml here; the sheet has no goals, concerns or steps");
		return;
	}
	if (goals_read_text(&text, path) < 0)
		exit(2);
	if (goals_load(&goals, text.data, text.len, &findings) < 0) {
		goals_say(path, &findings.v[0]);
		exit(2);
	}
	for (size_t i = 0; i < findings.n; i++)
		if (findings.v[i].sev == SEV_ERROR)
			goals_say(path, &findings.v[i]);
	if (lint_settings(NULL, strcmp(path, "-") == 0 ? NULL : path, &cfg, &reader) < 0)
		exit(2);
	if (lines_index(&src, text.data, text.len) < 0)
		errx(2, "out of memory");
	lint_goals(&goals, reader, today, cfg.max_active, &src, &findings);
	pass = lint_finish(&findings, &goals, cfg.sev);
	lines_free(&src);
	sentence_reader_free(reader);
	config_free(&cfg);
	file_free(&text);
	have_goals = 1;
}

/* Finds the journal: the paths given, else ./journal/ or ./journal.md; standard input, a
 * pipe or a device is read into memory, to be read twice.  Returns 0, or 2 when one of
 * them cannot be read (said; the others are read). */
static int
find_journal(int argc, char *argv[])
{
	const char *path = argc == 0 ? journal_default_path() : NULL;
	struct stat st;
	int status = 0;

	if (argc == 0 && path == NULL) {
		warnx("no journal here (neither ./journal/ nor ./journal.md); the sheet has no "
		    "journal sections");
		return 0;
	}
	njpaths = argc > 0 ? argc : 1;
	jpaths = xmalloc((size_t)njpaths * sizeof *jpaths);
	streams = xmalloc((size_t)njpaths * sizeof *streams);
	stream_text = xmalloc((size_t)njpaths * sizeof *stream_text);
	memset(stream_text, 0, (size_t)njpaths * sizeof *stream_text);
	for (int i = 0; i < njpaths; i++) {
		const char *name;

		jpaths[i] = argc > 0 ? argv[i] : path;
		/* With argc 0, path is set (or we returned above), and argc is never negative;
		 * the analyzer does not know the last.
		 * NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker) */
		name = strcmp(jpaths[i], "-") == 0 ? "standard input" : jpaths[i];
		streams[i] = READ_PATH;
		if (strcmp(jpaths[i], "-") != 0 && (stat(jpaths[i], &st) < 0 ||
		    S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)))
			continue;
		streams[i] = READ_MEMORY;
		if (file_read(&stream_text[i], jpaths[i]) < 0) {
			warn("%s", name);
			streams[i] = READ_FAILED;
			status = 2;
		}
	}
	return status;
}

/* Reads every path of the journal into j.  Returns 0, or 2 when a path could not be read
 * (said, unless j is quiet, and the rest read). */
static int
read_journal(struct journal *j)
{
	int status = 0;

	seq = 0;
	for (int i = 0; i < njpaths; i++) {
		if (streams[i] == READ_MEMORY)
			journal_read_buffer(j, jpaths[i], stream_text[i].data ? stream_text[i].data :
			    "", stream_text[i].len);
		else if (streams[i] == READ_PATH && journal_read(j, jpaths[i]) < 0)
			status = 2;
	}
	return status;
}

/* Sets the period: after --since, else after the last session (found by a first, quiet
 * reading of the journal), else the last DEFAULT_DAYS days; the period before is as long. */
static void
find_period(void)
{
	struct journal first;
	int id;

	if (!has_since && njpaths > 0) {
		journal_init(&first, "sessionsheet", find_session, &id);
		first.quiet = 1;
		id = journal_tag(&first, "session", 7);
		read_journal(&first);
		journal_free(&first);
	}
	period_from = has_since ? since : has_session ? session.day : today - DEFAULT_DAYS + 1;
	before_from = period_from - (today - period_from + 1);
}

/* ---- figures for the sheet ---- */

/* Whether a higher value of a metric is the better one: a goal's measure says, else its name
 * (anxiety, stress, pain ... are better low), else higher is better. */
static int
higher_is_better(int id)
{
	static const char *const low[] = { "anxiety", "stress", "pain", "worry", "panic",
		"craving", "cravings", "urge", "urges", "anger", "irritability", "tension",
		"fatigue", "sadness", "loneliness", "rumination", "depression", "distress", "fear",
		"shame", "guilt", NULL };
	const char *name = jr.metrics.name[id];

	for (size_t g = 0; g < progress.n; g++) {
		const struct measure *m = &progress.v[g].goal->measure;

		if (progress.v[g].metric == id && (m->has_at_least != m->has_at_most))
			return m->has_at_least;
	}
	for (size_t i = 0; low[i]; i++)
		if (strcmp(name, low[i]) == 0)
			return 0;
	return 1;
}

/* Whether metric id is a questionnaire's score or a scaled goal's attainment level: those are
 * under Measures with their own trend, not averaged day by day. */
static int
measure_metric(int id)
{
	for (int i = 0; i < INST_COUNT; i++)
		if (measured.metric[i] == id)
			return 1;
	for (size_t k = 0; k < measured.ngas; k++)
		if (measured.gas_metric[k] == id)
			return 1;
	return 0;
}

/* One metric over the period. */
struct metric_figures {
	int id, better_high;
	struct mean now, before;
	const struct rec *best, *hardest;
	double best_v, hardest_v;
	double *bins;               /* nbins means, NAN where none */
	size_t nbins;
};

static enum period bin_per;       /* the sparkline's step: day, week, month or year */
static long bin_lo;

static struct metric_figures *figs;
static size_t nfigs;

/* As entry_metric, for a kept entry. */
static int
rec_metric(const struct rec *r, int id, double *value)
{
	for (size_t i = 0; i < r->nm; i++) {
		if (metrics[r->m + i].id == id) {
			*value = metrics[r->m + i].value;
			return 1;
		}
	}
	return 0;
}

static int
by_metric_name(const void *a, const void *b)
{
	const struct metric_figures *x = a, *y = b;

	return strcmp(jr.metrics.name[x->id], jr.metrics.name[y->id]);
}

/* Whether value v of entry r takes the place of value w of entry q as the best (way 1) or
 * the hardest (way -1): further that way, or as far and later, the day fresher in mind. */
static int
beats(const struct metric_figures *f, int way, double v, double w, const struct rec *r,
    const struct rec *q)
{
	if (v != w)
		return (f->better_high ? v > w : v < w) == (way > 0);
	return comes_after(&r->at, &q->at);
}

/* Each metric over the period and the one before, in one pass over the records. */
static void
figure_metrics(void)
{
	long hi;
	size_t nb, nm = jr.metrics.n;
	struct mean **sums;

	/* The shortest step that draws the period in SPARK_MAX steps or fewer; a period of
	 * decades shows its last SPARK_MAX years. */
	for (bin_per = PERIOD_DAY; bin_per < PERIOD_YEAR; bin_per++)
		if (date_period_index(today, bin_per) - date_period_index(period_from, bin_per) <
		    SPARK_MAX)
			break;
	hi = date_period_index(today, bin_per);
	bin_lo = date_period_index(period_from, bin_per);
	if (hi - bin_lo + 1 > SPARK_MAX)
		bin_lo = hi - SPARK_MAX + 1;
	nb = (size_t)(hi - bin_lo + 1);
	figs = xmalloc((nm ? nm : 1) * sizeof *figs);
	memset(figs, 0, (nm ? nm : 1) * sizeof *figs);
	sums = xmalloc((nm ? nm : 1) * sizeof *sums);
	memset(sums, 0, (nm ? nm : 1) * sizeof *sums);
	for (size_t id = 0; id < nm; id++) {
		figs[id].id = (int)id;
		figs[id].better_high = higher_is_better((int)id);
	}
	for (size_t i = 0; i < nrecs; i++) {
		const struct rec *r = &recs[i];
		long bin = date_period_index(r->at.day, bin_per) - bin_lo;

		for (size_t k = 0; k < r->nm; k++) {
			int id = metrics[r->m + k].id;
			double v = metrics[r->m + k].value;
			struct metric_figures *f = &figs[id];

			if (measure_metric(id))
				continue;
			if (!r->in_period) {
				mean_add(&f->before, v);
				continue;
			}
			if (sums[id] == NULL) {
				sums[id] = xmalloc(nb * sizeof **sums);
				memset(sums[id], 0, nb * sizeof **sums);
			}
			mean_add(&f->now, v);
			if (bin >= 0)
				mean_add(&sums[id][bin], v);
			if (f->best == NULL || beats(f, 1, v, f->best_v, r, f->best))
				f->best = r, f->best_v = v;
			if (f->hardest == NULL || beats(f, -1, v, f->hardest_v, r, f->hardest))
				f->hardest = r, f->hardest_v = v;
		}
	}
	/* Only the metrics written in the period are shown. */
	for (size_t id = 0; id < nm; id++) {
		struct metric_figures f = figs[id];

		if (f.now.n == 0)
			continue;
		f.nbins = nb;
		f.bins = xmalloc(nb * sizeof *f.bins);
		for (size_t b = 0; b < nb; b++)
			f.bins[b] = sums[id][b].n ? sums[id][b].sum / (double)sums[id][b].n : NAN;
		free(sums[id]);
		figs[nfigs++] = f;
	}
	free(sums);
	qsort(figs, nfigs, sizeof *figs, by_metric_name);
}

/* A goal's measure over the period: the entries tagged, or the metric's mean. */
struct period_value {
	int has;
	double value;       /* a count, or a mean */
	double rate;        /* a count per the measure's period; NAN for totals and metrics */
	int met;            /* -1 when not judged */
};

static struct period_value
goal_in_period(const struct goal_progress *gp)
{
	static const double per_days[] = { 0, 1, 7, 30.436875, 365.2425 };
	struct period_value pv = { 0, 0, NAN, -1 };
	struct mean m = { 0, 0 };
	unsigned long count = 0;

	for (size_t i = 0; i < nrecs; i++) {
		const struct rec *r = &recs[i];
		double v;

		if (!r->in_period)
			continue;
		if (gp->tag >= 0) {
			for (size_t k = 0; k < r->nt; k++)
				count += tags[r->t + k] == gp->tag;
		} else if (rec_metric(r, gp->metric, &v)) {
			mean_add(&m, v);
		}
	}
	if (gp->tag >= 0) {
		pv.has = 1;
		pv.value = (double)count;
		if (gp->s.per != PERIOD_TOTAL) {
			pv.rate = pv.value / ((double)(today - period_from + 1) / per_days[gp->s.per]);
			pv.met = progress_met(gp, pv.rate);
		}
	} else if (m.n > 0) {
		pv.has = 1;
		pv.value = m.sum / (double)m.n;
		pv.met = progress_met(gp, pv.value);
	}
	return pv;
}

/* A goal's measure since its start: how many whole periods met it, or the total so far. */
struct since_start {
	long met, of;       /* periods; of = -1 for a total */
	int has;
	double value;       /* the total or mean, for a total */
	int total_met;
};

static struct since_start
goal_since_start(const struct goal_progress *gp)
{
	struct since_start ss = { 0, 0, 0, 0, 0 };
	long lo, hi;

	if (gp->s.per == PERIOD_TOTAL) {
		ss.of = -1;
		ss.has = progress_value(gp, 0, &ss.value);
		ss.total_met = ss.has && progress_met(gp, ss.value);
		return ss;
	}
	if (first_day == LONG_MIN && !gp->goal->has_start)
		return ss;
	if (!progress_range(gp, first_day, &lo, &hi))
		return ss;
	for (long i = lo; i <= hi; i++) {
		double v;

		ss.met += progress_value(gp, i, &v) && progress_met(gp, v);
		ss.of++;
	}
	return ss;
}

static const struct goal_progress *
progress_of(const struct goal *gl)
{
	for (size_t i = 0; i < progress.n; i++)
		if (progress.v[i].goal == gl)
			return &progress.v[i];
	return NULL;
}

/* The one line of goalcheck's advice for a goal that is flagged: its passed deadline, else
 * its first finding that fails a letter; NULL when it passes them all. */
static const char *
advice_for(size_t g)
{
	const char *first = NULL;

	for (size_t i = 0; i < findings.n; i++) {
		const struct diag *f = &findings.v[i];

		if (f->scope != (int)g + 1 || f->sev < SEV_WARNING || f->smart == 0)
			continue;
		if (strcmp(f->rule, rule_table[RULE_DEADLINE_PASSED].name) == 0)
			return f->message;
		if (first == NULL)
			first = f->message;
	}
	return first;
}

/* By day, then as read: comes_after, which weighs times only when both entries have one, is
 * no order qsort may rely on (9:00, no time, 10:00 can go round in a circle). */
static int
by_item9_day(const void *a, const void *b)
{
	const struct item9 *x = a, *y = b;

	if (x->at.day != y->at.day)
		return x->at.day < y->at.day ? -1 : 1;
	return x->at.seq < y->at.seq ? -1 : x->at.seq > y->at.seq;
}

/* The safety sentence (measures.h) for the PHQ-9s of item9s, in date order, in buf. */
static const char *
safety_text(char *buf)
{
	size_t days = 0;

	/* Two entries of one day are one PHQ-9 to speak of. */
	for (size_t i = 0; i < nitem9s; i++)
		days += i == 0 || item9s[i].at.day != item9s[i - 1].at.day;
	return safety_sentence(item9s[0].at.day, item9s[nitem9s - 1].at.day, days, buf);
}

/* ---- writing text ---- */

static const char *
sgr(const char *code)
{
	return color ? code : "";
}

/* How put_text treats Markdown in the text.  The person's own emphasis, links and code stay
 * theirs everywhere, but nothing of theirs may change the sheet's structure: no raw HTML (a
 * "<!--" would hide the rest of the page).  PLAIN is text within a line, and QUOTE a line
 * of a quotation, which keeps its block markup; ITEM starts a list item, where block markup
 * is escaped ("# ask Sam" is no heading, "- [ ] x" no nested list); CELL also escapes what
 * would end or split a table cell; NAME escapes every character Markdown could take for
 * markup (an id such as "a*b"). */
enum { PLAIN, QUOTE, ITEM, CELL, NAME };

/* Where the text would start a block if it began a list item, to CommonMark or to pandoc's
 * own Markdown: at its first character for a heading ("# x", pandoc's "#. x"), a quotation
 * ("> x"), a list item ("- x", pandoc's "(a) x"), a rule ("---"), a code fence ("```"), a
 * link reference definition ("[x]: y") or a pandoc line block ("| x"); at the '.' or ')'
 * of "1. x", "a) x" or "iv. x"; (size_t)-1 when nowhere. */
static size_t
block_marker(const char *s, size_t n)
{
	size_t i = 0;

	if (n == 0)
		return (size_t)-1;
	if (s[0] == '>' || s[0] == '[' || s[0] == '|' ||
	    (n >= 3 && (s[0] == '`' || s[0] == '~') && s[1] == s[0] && s[2] == s[0]))
		return 0;
	if (s[0] == '#') {
		while (i < n && s[i] == '#')
			i++;
		return i == n || (i <= 6 && (s[i] == ' ' || s[i] == '\t')) ||
		    (i == 1 && s[1] == '.') ? 0 : (size_t)-1;
	}
	if (s[0] == '-' || s[0] == '+' || s[0] == '*') {
		while (i < n && (s[i] == s[0] || s[i] == ' ' || s[i] == '\t'))
			i++;
		/* Followed by a blank or the end, or a rule of its character alone. */
		return i == n || s[1] == ' ' || s[1] == '\t' ? 0 : (size_t)-1;
	}
	if (s[0] == '(') {
		for (i = 1; i < n && isalnum((unsigned char)s[i]); i++)
			continue;
		return i > 1 && i + 1 < n && s[i] == ')' && s[i + 1] == ' ' ? 0 : (size_t)-1;
	}
	/* Digits, one letter, or a roman numeral, then '.' or ')' and a blank or the end. */
	if (isdigit((unsigned char)s[0]))
		while (i < n && i < 9 && isdigit((unsigned char)s[i]))
			i++;
	else if (strchr("ivxlcdm", s[0]))
		while (i < n && strchr("ivxlcdm", s[i]) && s[i] != '\0')
			i++;
	else if (strchr("IVXLCDM", s[0]))
		while (i < n && strchr("IVXLCDM", s[i]) && s[i] != '\0')
			i++;
	else if (isalpha((unsigned char)s[0]))
		i = 1;
	return i > 0 && i < n && (s[i] == '.' || s[i] == ')') &&
	    (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\t') ? i : (size_t)-1;
}

/* The length of the code span starting at s[i], a run of backticks closed by a run as long
 * ("`a`", "`` a`b ``"), or 0 when it is not closed. */
static size_t
code_span(const char *s, size_t i, size_t n)
{
	size_t run = 0, k;

	while (i + run < n && s[i + run] == '`')
		run++;
	for (k = i + run; k < n; ) {
		size_t r = 0;

		while (k + r < n && s[k + r] == '`')
			r++;
		if (r == run)
			return k + r - i;
		k += r ? r : 1;
	}
	return 0;
}

/* Writes n bytes of the person's text on one line, control characters as spaces and an
 * ill-formed byte as '?' (U+FFFD would stop pandoc's default PDF engine), markup as `how`
 * says; at most max characters (0: all), a cut marked with "...".  A backslash is the
 * person's character, not an escape: pandoc would take "C:\Users" for a TeX command. */
static void
put_text(FILE *fp, const char *s, size_t n, int how, size_t max)
{
	size_t cps = 0, lead = (size_t)-1, code_end = 0, at = 0;

	if (how >= ITEM) {
		while (at < n && (s[at] == ' ' || s[at] == '\t'))
			at++;
		lead = block_marker(s + at, n - at);
		lead = lead == (size_t)-1 ? lead : at + lead;
	} else if (how == QUOTE) {
		while (at < n && (s[at] == ' ' || s[at] == '\t'))
			at++;
		lead = at < n && (s[at] == '[' || s[at] == '|') ? at : (size_t)-1;
		at = 0;
	}
	for (size_t i = at; i < n; ) {
		size_t k = text_utf8_len(s + i, n - i);
		unsigned char c = (unsigned char)s[i], next = i + 1 < n ? (unsigned char)s[i + 1] : 0;
		int code = i < code_end;

		if (max > 0 && cps++ == max) {
			fputs("...", fp);
			return;
		}
		if (k == 0) {
			fputc('?', fp);
			i++;
			continue;
		}
		if (!code && c == '`' && how != NAME && (code_end = code_span(s, i, n)) > 0)
			code_end += i;
		if (k == 1 && (c < 0x20 || c == 0x7f))
			fputc(' ', fp);
		else if (k == 1 && code && c == '|' && how >= CELL)
			fputs("\\|", fp);  /* GFM splits cells even in code */
		else if (k == 1 && !code && (i == lead || c == '\\' ||
		    (c == '<' && (isalpha(next) || strchr("/!?", next ? next : ' '))) ||
		    (c == '&' && (isalnum(next) || next == '#')) ||
		    (how >= CELL && c == '|') ||
		    (how == NAME && strchr("`*_[]<>#!~&", c))))
			fprintf(fp, "\\%c", c);
		else
			fwrite(s + i, 1, k, fp);
		i += k;
	}
}

static void
put_ctext(FILE *fp, const char *s, int how, size_t max)
{
	put_text(fp, s, strlen(s), how, max);
}

/* A number as people write it: 7, 6.5, 6.25. */
static void
put_number(FILE *fp, double v)
{
	char buf[64];

	snprintf(buf, sizeof buf, "%.2f", v);
	/* Trailing zeros, then a trailing point, go. */
	for (size_t n = strlen(buf); n > 1 && strchr(buf, '.'); n--) {
		if (buf[n - 1] != '0' && buf[n - 1] != '.')
			break;
		buf[n - 1] = '\0';
		if (buf[n - 2] == '.') {
			buf[n - 2] = '\0';
			break;
		}
	}
	fputs(strcmp(buf, "-0") == 0 ? "0" : buf, fp);
}

static void
put_mean(FILE *fp, const struct mean *m)
{
	if (m->n == 0)
		fputs("none", fp);
	else
		put_number(fp, round(m->sum / (double)m->n * 10) / 10);
}

/* The bins of a metric as a sparkline inside a code span: block characters on a terminal,
 * ASCII elsewhere, so that pandoc's default PDF engine (pdflatex) takes the sheet. */
static void
put_sparkline(FILE *fp, const struct metric_figures *f)
{
	static const char *const block[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
	static const char levels[] = "_.-~=+*#";
	double min = INFINITY, max = -INFINITY;
	int pad;

	for (size_t b = 0; b < f->nbins; b++) {
		if (!isnan(f->bins[b]) && f->bins[b] < min)
			min = f->bins[b];
		if (!isnan(f->bins[b]) && f->bins[b] > max)
			max = f->bins[b];
	}
	/* CommonMark takes one space off each end of a span that starts and ends with one. */
	pad = isnan(f->bins[0]) && isnan(f->bins[f->nbins - 1]);
	fputs(pad ? "` " : "`", fp);
	for (size_t b = 0; b < f->nbins; b++) {
		double v = f->bins[b];
		int k = isnan(v) ? -1 : max > min ? (int)((v - min) / (max - min) * 7.999) : 3;

		if (k < 0)
			fputc(' ', fp);
		else if (blocks)
			fputs(block[k], fp);
		else
			fputc(levels[k], fp);
	}
	fputs(pad ? " `" : "`", fp);
}

/* ---- the sheet in Markdown ---- */

static int
judged_active(const struct goal *gl)
{
	return gl->status == STATUS_ACTIVE;
}

static void
heading(FILE *fp, const char *text)
{
	fprintf(fp, "\n%s## %s%s\n\n", sgr("\033[1m"), text, sgr("\033[0m"));
}

static void
md_header(FILE *fp)
{
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE], c[DATE_BUFSIZE];
	long days = today - period_from + 1;

	fprintf(fp, "%s# Session sheet, %s%s\n\n", sgr("\033[1m"), date_format(today, a),
	    sgr("\033[0m"));
	/* First, before anything else the page says; no option leaves it out. */
	if (nitem9s > 0) {
		char line[SAFETY_SIZE];

		safety_text(line);
		fprintf(fp, "%s**%s**%s%s\n\n", sgr("\033[1;31m"), SAFETY_LABEL, sgr("\033[0m"),
		    line + strlen(SAFETY_LABEL));
	}
	fprintf(fp, "Covering %s to %s (%ld day%s", date_format(period_from, b), a, days,
	    days == 1 ? "" : "s");
	if (has_session)
		fprintf(fp, "), since the session on %s.\n", date_format(session.day, c));
	else if (has_since)
		fputs(").\n", fp);	/* NOLINT(bugprone-branch-clone): the cases in order */
	else if (njpaths > 0)
		fputs("): no journal entry is tagged `#session`.\n", fp);
	else
		fputs(").\n", fp);
	if (share)
		fputs("\nFor sharing: the journal's own words are left out, its numbers kept.\n", fp);
	if (have_goals && goals.mission != NULL && goals.mission->kind == YNODE_SCALAR &&
	    goals.mission->len > 0) {
		fputs("\n**What these goals are for:** ", fp);
		put_text(fp, goals.mission->value, goals.mission->len, PLAIN, 0);
		fputc('\n', fp);
	}
}

static const char *
per_word(enum period p)
{
	return p == PERIOD_DAY ? "day" : p == PERIOD_WEEK ? "week" : p == PERIOD_MONTH ? "month" :
	    "year";
}

/* The Goals table's two last cells: the measure in the period, and since the start. */
static void
md_progress(FILE *fp, const struct goal_progress *gp)
{
	struct period_value pv;
	struct since_start ss;

	if (gp == NULL || njpaths == 0) {
		fputs(gp == NULL ? "no measure | " : "no journal | ", fp);
		return;
	}
	pv = goal_in_period(gp);
	ss = goal_since_start(gp);
	if (!pv.has) {
		fputs("no value", fp);
	} else if (gp->tag >= 0 && !isnan(pv.rate)) {
		put_number(fp, pv.value);
		fputs(" (", fp);
		put_number(fp, round(pv.rate * 10) / 10);
		fprintf(fp, " a %s)", per_word(gp->s.per));
	} else if (gp->tag >= 0) {
		put_number(fp, pv.value);
		fputs(" tagged", fp);
	} else {
		fputs("mean ", fp);
		put_number(fp, round(pv.value * 10) / 10);
	}
	if (pv.met >= 0)
		fputs(pv.met ? ", met" : ", not met", fp);
	fputs(" | ", fp);
	if (ss.of < 0 && ss.has) {
		fputs(gp->tag >= 0 ? "" : "mean ", fp);
		put_number(fp, round(ss.value * 10) / 10);
		fputs(ss.total_met ? " so far, met" : " so far, not met", fp);
	} else if (ss.of < 0) {
		fputs("none yet", fp);
	} else if (ss.of == 0) {
		fprintf(fp, "no whole %s yet", per_word(gp->s.per));
	} else {
		fprintf(fp, "met %ld of %ld %s%s", ss.met, ss.of, per_word(gp->s.per),
		    ss.of == 1 ? "" : "s");
	}
}

static void
md_goals(FILE *fp)
{
	static const char letters[] = "SMART";
	char a[DATE_BUFSIZE];
	size_t shown = 0, flagged = 0;

	for (size_t g = 0; have_goals && g < goals.ngoals; g++)
		shown += judged_active(&goals.goals[g]);
	if (shown == 0)
		return;
	heading(fp, "Goals");
	fputs("| Goal | SMART | Deadline | Days left | This period | Since the start |\n"
	    "|---|---|---|---|---|---|\n", fp);
	for (size_t g = 0; g < goals.ngoals; g++) {
		const struct goal *gl = &goals.goals[g];
		const struct ynode *s = goal_sentence(gl);
		const struct goal_progress *gp = progress_of(gl);

		if (!judged_active(gl))
			continue;
		fputs("| ", fp);
		if (goal_id(gl) != NULL) {
			fputs("**", fp);
			put_ctext(fp, goal_id(gl), NAME, 40);
			fputs("**", fp);
		}
		if (s != NULL && s->kind == YNODE_SCALAR) {
			fputs(goal_id(gl) ? ": " : "", fp);
			put_text(fp, s->value, s->len, CELL, CELL_MAX);
		}
		/* In a code span, so that no renderer makes "--" a dash. */
		fputs(" | `", fp);
		for (int k = 0; k < 5; k++)
			fputc(pass[g] & (1u << k) ? letters[k] : '-', fp);
		fputs("` | ", fp);
		if (gl->has_deadline) {
			long left = gl->deadline - today;

			fprintf(fp, "%s | ", date_format(gl->deadline, a));
			if (left < 0)
				fprintf(fp, "passed %ld day%s ago", -left, left == -1 ? "" : "s");
			else
				fprintf(fp, "%ld", left);
		} else {
			fputs("none | ", fp);
		}
		fputs(" | ", fp);
		md_progress(fp, gp);
		fputs(" |\n", fp);
	}
	for (size_t g = 0; g < goals.ngoals; g++) {
		const char *advice = judged_active(&goals.goals[g]) ? advice_for(g) : NULL;

		if (advice == NULL)
			continue;
		if (flagged++ == 0)
			fputc('\n', fp);
		fprintf(fp, "- %s**", sgr("\033[1;31m"));
		if (goal_id(&goals.goals[g]))
			put_ctext(fp, goal_id(&goals.goals[g]), NAME, 40);
		else
			fprintf(fp, "line %d", goals.goals[g].node->line);
		fprintf(fp, "**%s: ", sgr("\033[0m"));
		put_ctext(fp, advice, PLAIN, 0);
		fputc('\n', fp);
	}
}

/* A change or an index with its sign: +4, -7, 0. */
static void
put_signed(FILE *fp, double v)
{
	v = round(v * 100) / 100;
	fputs(v > 0 ? "+" : "", fp);
	put_number(fp, v);
}

/* A goal attainment level as the scale writes it: -2, -1, 0, +1, +2 ("gas-x: -0" is 0). */
static void
put_level(FILE *fp, double level)
{
	fprintf(fp, level > 0 ? "+%.0f" : "%.0f", level == 0 ? 0 : level);
}

/* What a level of a goal's scale looks like, a text of the goals file; NULL for no level. */
static const struct ynode *
gas_text(const struct goal *gl, double level)
{
	const struct ynode *t;

	if (!(level >= -2 && level <= 2) || level != floor(level))
		return NULL;
	t = gl->gas.level[(int)level + 2];
	return t != NULL && t->kind == YNODE_SCALAR ? t : NULL;
}

static int
has_measures(void)
{
	for (int i = 0; i < INST_COUNT; i++)
		if (measured.s[i].n > 0)
			return 1;
	return measured.ngas > 0;
}

/* A score as its questionnaire writes it: ORS and SRS with their one decimal (29.0). */
static void
put_score(FILE *fp, enum instrument in, double v)
{
	fprintf(fp, "%.*f", instrument_table[in].decimals, v);
}

/* One questionnaire, on one line: the latest score with its band, the one before, the trend
 * of the last TREND_MAX, and the change since the first with its reliable change index.  A
 * line, not a table: the sentences wrap across the page where cells would make columns of
 * single words. */
static void
md_instrument(FILE *fp, enum instrument in)
{
	const struct instrument_info *ii = &instrument_table[in];
	const struct score_series *s = &measured.s[in];
	const struct score_point *last = &s->v[s->n - 1], *first = &s->v[0];
	size_t from = s->n > TREND_MAX ? s->n - TREND_MAX : 0;
	char a[DATE_BUFSIZE];
	double rci_value = score_rci(in, first->total, last->total);

	fprintf(fp, "- **%s** (%s): **", ii->name, ii->about);
	put_score(fp, in, last->total);
	fprintf(fp, "** (%s) on %s", score_band(in, last->total), date_format(last->day, a));
	if (s->n == 1) {
		fputs(", the first score\n", fp);
		return;
	}
	fputs("; before, ", fp);
	put_score(fp, in, s->v[s->n - 2].total);
	fprintf(fp, " on %s; trend ", date_format(s->v[s->n - 2].day, a));
	if (s->n > TREND_MAX)
		fputs("... ", fp);
	for (size_t k = from; k < s->n; k++) {
		fputs(k > from ? " → " : "", fp);
		put_score(fp, in, s->v[k].total);
	}
	/* SRS: no reliable change published; its band, the alliance cutoff, is the signal. */
	if (!isnan(rci_value)) {
		fputs("; from ", fp);
		put_score(fp, in, first->total);
		fprintf(fp, " on %s, ", date_format(first->day, a));
		fprintf(fp, "%+.*f", ii->decimals, last->total - first->total);
		fprintf(fp, ": %s (RCI ", change_name(score_change(in, rci_value)));
		put_signed(fp, rci_value);
		fputc(')', fp);
	}
	fputc('\n', fp);
}

/* A level and what it looks like: "+1 (Three new people a week)". */
static void
put_gas_level(FILE *fp, const struct goal *gl, double level)
{
	const struct ynode *t = gas_text(gl, level);

	put_level(fp, level);
	if (t != NULL) {
		fputs(" (", fp);
		put_text(fp, t->value, t->len, PLAIN, CELL_MAX);
		fputc(')', fp);
	}
}

/* The T-score of the latest rating and the one before, then each scaled goal's latest level
 * with what that level looks like, and its baseline. */
static void
md_gas(FILE *fp)
{
	const struct gas_point *last = measured.nrated ? &measured.rated[measured.nrated - 1] :
	    NULL;
	char a[DATE_BUFSIZE];

	if (measured.ngas == 0)
		return;
	if (last == NULL) {
		fputs("Goal attainment: no level rated yet; write each scaled goal's level, -2 to "
		    "+2, in a session's entry as `gas-ID: LEVEL`.\n", fp);
		return;
	}
	fputs("Goal attainment: T-score **", fp);
	fprintf(fp, "%.1f** on %s", last->t, date_format(last->day, a));
	if (last->nrated < measured.ngas)
		fprintf(fp, " (%zu of %zu goals rated)", last->nrated, measured.ngas);
	if (measured.nrated > 1) {
		fprintf(fp, ", before %.1f on %s", last[-1].t, date_format(last[-1].day, a));
	}
	fputs("; 50 is as expected on every goal.\n\n", fp);
	for (size_t k = 0; k < measured.ngas; k++) {
		const struct goal *gl = measured.gas[k];
		const struct gas_point *p = scores_latest_rating(&measured, k);

		fputs("- **", fp);
		put_ctext(fp, goal_id(gl), NAME, 40);
		fputs("**", fp);
		if (gl->status != STATUS_ACTIVE)
			fprintf(fp, " (%s)", goal_status_name(gl->status));
		fputs(": ", fp);
		if (p == NULL) {
			fputs("not rated yet", fp);
		} else {
			put_gas_level(fp, gl, p->level[k]);
			fprintf(fp, " on %s", date_format(p->day, a));
		}
		if (gl->gas.has_baseline) {
			fputs("; baseline ", fp);
			put_gas_level(fp, gl, gl->gas.baseline);
		}
		fputc('\n', fp);
	}
}

static void
md_measures(FILE *fp)
{
	int listed = 0;

	if (!has_measures())
		return;
	heading(fp, "Measures");
	for (int i = 0; i < INST_COUNT; i++) {
		if (measured.s[i].n > 0) {
			md_instrument(fp, (enum instrument)i);
			listed = 1;
		}
	}
	if (listed && measured.ngas > 0)
		fputc('\n', fp);
	md_gas(fp);
}

/* "best 8 on 2026-11-30 (Said hello)": a value, its day, and the entry's words. */
static void
put_day(FILE *fp, const char *label, double v, const struct rec *r)
{
	char a[DATE_BUFSIZE];

	fputs(label, fp);
	put_number(fp, v);
	fprintf(fp, " on %s", date_format(r->at.day, a));
	if (r->text[0] != '\0') {
		fputs(" (", fp);
		put_ctext(fp, r->text, PLAIN, 60);
		fputc(')', fp);
	}
}

static void
md_metrics(FILE *fp)
{
	if (nfigs == 0)
		return;
	heading(fp, "How it went");
	fprintf(fp, "| Metric | This period | The period before | Change | %s |\n"
	    "|---|---|---|---|---|\n", bin_per == PERIOD_DAY ? "Day by day" :
	    bin_per == PERIOD_WEEK ? "Week by week" : bin_per == PERIOD_MONTH ?
	    "Month by month" : "Year by year");
	for (size_t i = 0; i < nfigs; i++) {
		const struct metric_figures *f = &figs[i];

		fputs("| ", fp);
		put_ctext(fp, jr.metrics.name[f->id], NAME, 40);
		fputs(" | ", fp);
		put_mean(fp, &f->now);
		fputs(" | ", fp);
		put_mean(fp, &f->before);
		fputs(" | ", fp);
		if (f->before.n > 0) {
			double d = round(f->now.sum / (double)f->now.n * 10) / 10 -
			    round(f->before.sum / (double)f->before.n * 10) / 10;

			fputs(d > 0.04 ? "+" : "", fp);
			put_number(fp, round(d * 10) / 10);
		}
		fputs(" | ", fp);
		put_sparkline(fp, f);
		fputs(" |\n", fp);
	}
	fputc('\n', fp);
	for (size_t i = 0; i < nfigs; i++) {
		const struct metric_figures *f = &figs[i];

		fputs("- ", fp);
		put_ctext(fp, jr.metrics.name[f->id], NAME, 40);
		put_day(fp, ": best ", f->best_v, f->best);
		put_day(fp, ", hardest ", f->hardest_v, f->hardest);
		fputs("\n", fp);
	}
}

static size_t
count_said(enum said kind)
{
	size_t n = 0;

	for (size_t i = 0; i < nsaids; i++)
		n += saids[i].kind == kind;
	return n;
}

static void
md_said(FILE *fp, enum said kind)
{
	char a[DATE_BUFSIZE];

	for (size_t i = 0; i < nsaids; i++) {
		if (saids[i].kind != kind)
			continue;
		fprintf(fp, "- %s: ", date_format(saids[i].day, a));
		put_ctext(fp, saids[i].text, PLAIN, 0);
		fputc('\n', fp);
	}
}

static size_t
nconcerns(void)
{
	size_t n = 0;

	for (size_t i = 0; have_goals && i < goals.nconcerns; i++)
		n += goals.concerns[i].text != NULL && goals.concerns[i].text->kind == YNODE_SCALAR;
	return n;
}

static void
md_raise(FILE *fp)
{
	if (nconcerns() + count_said(SAID_RAISE) > 0) {
		heading(fp, "To raise");
		for (size_t i = 0; have_goals && i < goals.nconcerns; i++) {
			const struct concern *c = &goals.concerns[i];

			if (c->text == NULL || c->text->kind != YNODE_SCALAR)
				continue;
			fputs("- ", fp);
			put_text(fp, c->text->value, c->text->len, ITEM, 0);
			fputc('\n', fp);
		}
		md_said(fp, SAID_RAISE);
	}
	if (count_said(SAID_ASK) > 0) {
		heading(fp, "Questions");
		md_said(fp, SAID_ASK);
	}
	if (count_said(SAID_WIN) > 0) {
		heading(fp, "Wins");
		md_said(fp, SAID_WIN);
	}
}

/* Whether step s is one to try: a text, not empty or null, and not done (written as a
 * ticked box, "[x] Join the book club").  *skip is the length of a box before its text. */
static int
step_to_try(const struct ynode *s, size_t *skip)
{
	*skip = 0;
	if (s->kind != YNODE_SCALAR)
		return 0;
	if (ynode_is_null(s))
		return 0;
	if (s->len >= 4 && s->value[0] == '[' && s->value[2] == ']' && s->value[3] == ' ') {
		*skip = 4;
		if (s->value[1] == 'x' || s->value[1] == 'X')
			return 0;
	}
	while (*skip < s->len && (s->value[*skip] == ' ' || s->value[*skip] == '\t'))
		(*skip)++;
	return *skip < s->len;
}

static size_t
nsteps(void)
{
	size_t n = 0, skip;

	for (size_t g = 0; have_goals && g < goals.ngoals; g++) {
		const struct ynode *st = goals.goals[g].steps;

		for (size_t i = 0; judged_active(&goals.goals[g]) && st && i < st->n; i++)
			n += (size_t)step_to_try(st->items[i], &skip);
	}
	return n;
}

static void
md_steps(FILE *fp)
{
	size_t skip;

	if (nsteps() == 0)
		return;
	heading(fp, "Steps to try next");
	for (size_t g = 0; g < goals.ngoals; g++) {
		const struct ynode *st = goals.goals[g].steps;

		for (size_t i = 0; judged_active(&goals.goals[g]) && st && i < st->n; i++) {
			const struct ynode *s = st->items[i];

			if (!step_to_try(s, &skip))
				continue;
			fputs("- [ ] ", fp);
			put_text(fp, s->value + skip, s->len - skip, ITEM, 0);
			if (goal_id(&goals.goals[g])) {
				fputs(" (", fp);
				put_ctext(fp, goal_id(&goals.goals[g]), NAME, 40);
				fputc(')', fp);
			}
			fputc('\n', fp);
		}
	}
}

static void
md_miracle(FILE *fp)
{
	char a[DATE_BUFSIZE];
	const char *p = miracle;

	if (miracle == NULL)
		return;
	heading(fp, "The miracle question");
	fprintf(fp, "As answered on %s:\n\n", date_format(miracle_at.day, a));
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);

		fputs(n ? "> " : ">", fp);
		put_text(fp, p, n, QUOTE, 0);
		fputc('\n', fp);
		p += n + (e != NULL);
	}
	if (miracle_cut) {
		fputs("\n(The rest is in ", fp);
		put_ctext(fp, miracle_file, NAME, 0);
		fprintf(fp, ", line %ld.)\n", miracle_line);
	}
}

static void
md_notes(FILE *fp)
{
	heading(fp, "Notes");
	for (int i = 0; i < 6; i++)
		fputs(i ? "\n-----\n" : "-----\n", fp);
}

static void
markdown(FILE *fp)
{
	md_header(fp);
	md_goals(fp);
	md_measures(fp);
	md_metrics(fp);
	md_raise(fp);
	md_steps(fp);
	md_miracle(fp);
	md_notes(fp);
}

/* ---- the sheet in JSON ---- */

static void
json_date(FILE *fp, long day)
{
	char a[DATE_BUFSIZE];

	fprintf(fp, "\"%s\"", date_format(day, a));
}

static void
json_node(FILE *fp, const struct ynode *n)
{
	if (n == NULL || n->kind != YNODE_SCALAR)
		fputs("null", fp);
	else
		json_string(fp, n->value, n->len);
}

static void
json_goals(FILE *fp)
{
	static const char letters[] = "SMART";
	int first = 1;

	fputs(",\n\"goals\":[", fp);
	for (size_t g = 0; have_goals && g < goals.ngoals; g++) {
		const struct goal *gl = &goals.goals[g];
		const struct goal_progress *gp = progress_of(gl);

		if (!judged_active(gl))
			continue;
		fprintf(fp, "%s\n{\"id\":", first ? "" : ",");
		first = 0;
		json_cstring(fp, goal_id(gl));
		fputs(",\"goal\":", fp);
		json_node(fp, goal_sentence(gl));
		fputs(",\"smart\":{", fp);
		for (int k = 0; k < 5; k++)
			fprintf(fp, "%s\"%c\":%s", k ? "," : "", letters[k],
			    pass[g] & (1u << k) ? "true" : "false");
		fputs("},\"deadline\":", fp);
		if (gl->has_deadline) {
			json_date(fp, gl->deadline);
			fprintf(fp, ",\"days_left\":%ld", gl->deadline - today);
		} else {
			fputs("null,\"days_left\":null", fp);
		}
		fputs(",\"period\":", fp);
		if (gp == NULL || njpaths == 0) {
			fputs("null,\"since_start\":null", fp);
		} else {
			struct period_value pv = goal_in_period(gp);
			struct since_start ss = goal_since_start(gp);

			fputs("{\"value\":", fp);
			json_number(fp, pv.has ? pv.value : NAN);
			fputs(",\"rate\":", fp);
			json_number(fp, pv.rate);
			fprintf(fp, ",\"met\":%s},\"since_start\":",
			    pv.met < 0 ? "null" : pv.met ? "true" : "false");
			if (ss.of < 0) {
				fputs("{\"value\":", fp);
				json_number(fp, ss.has ? ss.value : NAN);
				fprintf(fp, ",\"met\":%s}", !ss.has ? "null" : ss.total_met ? "true" :
				    "false");
			} else {
				fprintf(fp, "{\"per\":\"%s\",\"met\":%ld,\"of\":%ld}",
				    date_period_name(gp->s.per), ss.met, ss.of);
			}
		}
		fputs(",\"advice\":", fp);
		json_cstring(fp, advice_for(g));
		fputc('}', fp);
	}
	fputs("]", fp);
}

/* A score: its date and total, PHQ-9's item 9 (null when unknown), and its band if asked. */
static void
json_score(FILE *fp, enum instrument in, const struct score_point *p, int band)
{
	fputs("{\"date\":", fp);
	json_date(fp, p->day);
	fputs(",\"score\":", fp);
	json_number(fp, p->total);
	if (in == INST_PHQ9) {
		fputs(",\"item9\":", fp);
		json_number(fp, p->item9 < 0 ? (double)NAN : (double)p->item9);
	}
	if (band) {
		fputs(",\"band\":", fp);
		json_cstring(fp, score_band(in, p->total));
	}
	fputc('}', fp);
}

static void
json_instruments(FILE *fp)
{
	int first = 1;

	fputs(",\n\"measures\":[", fp);
	for (int i = 0; i < INST_COUNT; i++) {
		const struct instrument_info *ii = &instrument_table[i];
		const struct score_series *s = &measured.s[i];
		double rci_value;

		if (s->n == 0)
			continue;
		fprintf(fp, "%s\n{\"key\":\"%s\",\"name\":\"%s\",\"about\":\"%s\","
		    "\"higher_is_better\":%s,\"latest\":", first ? "" : ",", ii->key, ii->name,
		    ii->about, ii->higher_is_better ? "true" : "false");
		first = 0;
		json_score(fp, (enum instrument)i, &s->v[s->n - 1], 1);
		fputs(",\"before\":", fp);
		if (s->n > 1)
			json_score(fp, (enum instrument)i, &s->v[s->n - 2], 1);
		else
			fputs("null", fp);
		fputs(",\"scores\":[", fp);
		for (size_t k = 0; k < s->n; k++) {
			fputs(k ? "," : "", fp);
			json_score(fp, (enum instrument)i, &s->v[k], 0);
		}
		fputs("],\"change\":", fp);
		if (s->n > 1) {
			rci_value = score_rci((enum instrument)i, s->v[0].total, s->v[s->n - 1].total);
			fputs("{\"points\":", fp);
			json_number(fp, round((s->v[s->n - 1].total - s->v[0].total) * 100) / 100);
			fputs(",\"rci\":", fp);
			json_number(fp, round(rci_value * 100) / 100);
			fputs(",\"verdict\":", fp);
			json_cstring(fp, isnan(rci_value) ? NULL :
			    change_name(score_change((enum instrument)i, rci_value)));
			fputc('}', fp);
		} else {
			fputs("null", fp);
		}
		fputc('}', fp);
	}
	fputc(']', fp);
}

/* A T-score: the date of the rating, its value, and how many of the scaled goals it rates. */
static void
json_tscore(FILE *fp, const struct gas_point *p)
{
	if (p == NULL) {
		fputs("null", fp);
		return;
	}
	fputs("{\"date\":", fp);
	json_date(fp, p->day);
	fputs(",\"value\":", fp);
	json_number(fp, round(p->t * 10) / 10);
	fprintf(fp, ",\"rated\":%zu,\"of\":%zu}", p->nrated, measured.ngas);
}

/* A level with its date (when rated) and what it looks like. */
static void
json_level(FILE *fp, const struct goal *gl, const struct gas_point *p, double level)
{
	fputs("{", fp);
	if (p != NULL) {
		fputs("\"date\":", fp);
		json_date(fp, p->day);
		fputc(',', fp);
	}
	fputs("\"level\":", fp);
	json_number(fp, level == 0 ? 0 : level);  /* not -0 */
	fputs(",\"text\":", fp);
	json_node(fp, gas_text(gl, level));
	fputc('}', fp);
}

static void
json_gas(FILE *fp)
{
	size_t n = measured.nrated;

	fputs(",\n\"gas\":", fp);
	if (measured.ngas == 0) {
		fputs("null", fp);
		return;
	}
	fputs("{\"t\":", fp);
	json_tscore(fp, n > 0 ? &measured.rated[n - 1] : NULL);
	fputs(",\"before\":", fp);
	json_tscore(fp, n > 1 ? &measured.rated[n - 2] : NULL);
	fputs(",\"goals\":[", fp);
	for (size_t k = 0; k < measured.ngas; k++) {
		const struct goal *gl = measured.gas[k];
		const struct gas_point *p = scores_latest_rating(&measured, k);

		fputs(k ? ",\n{\"id\":" : "\n{\"id\":", fp);
		json_cstring(fp, goal_id(gl));
		fprintf(fp, ",\"status\":\"%s\",\"weight\":", goal_status_name(gl->status));
		json_number(fp, gl->gas.weight);
		fputs(",\"baseline\":", fp);
		if (gl->gas.has_baseline)
			json_level(fp, gl, NULL, gl->gas.baseline);
		else
			fputs("null", fp);
		fputs(",\"latest\":", fp);
		if (p != NULL)
			json_level(fp, gl, p, p->level[k]);
		else
			fputs("null", fp);
		fputc('}', fp);
	}
	fputs("]}", fp);
}

static void
json_day_text(FILE *fp, const struct rec *r, double v)
{
	fputs("{\"date\":", fp);
	json_date(fp, r->at.day);
	fputs(",\"value\":", fp);
	json_number(fp, v);
	fputs(",\"text\":", fp);
	json_cstring(fp, share ? NULL : r->text);
	fputc('}', fp);
}

static void
json_metrics(FILE *fp)
{
	fprintf(fp, ",\n\"metrics\":{\"step\":\"%s\",\"list\":[", date_period_name(bin_per));
	for (size_t i = 0; i < nfigs; i++) {
		const struct metric_figures *f = &figs[i];

		fprintf(fp, "%s\n{\"name\":", i ? "," : "");
		json_cstring(fp, jr.metrics.name[f->id]);
		fputs(",\"mean\":", fp);
		json_number(fp, f->now.sum / (double)f->now.n);
		fputs(",\"before\":", fp);
		json_number(fp, f->before.n ? f->before.sum / (double)f->before.n : NAN);
		fprintf(fp, ",\"n\":%lu,\"higher_is_better\":%s,\"series\":[", f->now.n,
		    f->better_high ? "true" : "false");
		for (size_t b = 0; b < f->nbins; b++) {
			fputs(b ? "," : "", fp);
			json_number(fp, f->bins[b]);
		}
		fputs("],\"best\":", fp);
		json_day_text(fp, f->best, f->best_v);
		fputs(",\"hardest\":", fp);
		json_day_text(fp, f->hardest, f->hardest_v);
		fputc('}', fp);
	}
	fputs("]}", fp);
}

static void
json_said(FILE *fp, const char *key, enum said kind)
{
	int first = 1;

	fprintf(fp, ",\n\"%s\":[", key);
	for (size_t i = 0; i < nsaids; i++) {
		if (saids[i].kind != kind)
			continue;
		fputs(first ? "{\"date\":" : ",{\"date\":", fp);
		first = 0;
		json_date(fp, saids[i].day);
		fputs(",\"text\":", fp);
		json_cstring(fp, saids[i].text);
		fputc('}', fp);
	}
	fputc(']', fp);
}

static void
json(FILE *fp)
{
	size_t skip;
	int first = 1;

	fputs("{\"date\":", fp);
	json_date(fp, today);
	fputs(",\"safety\":", fp);
	if (nitem9s > 0) {
		char line[SAFETY_SIZE];

		safety_text(line);
		fputs("{\"text\":", fp);
		json_cstring(fp, line);
		fputs(",\"phq9\":[", fp);
		for (size_t i = 0; i < nitem9s; i++) {
			fputs(i ? ",{\"date\":" : "{\"date\":", fp);
			json_date(fp, item9s[i].at.day);
			fputs(",\"score\":", fp);
			json_number(fp, item9s[i].total);
			fputs(",\"item9\":", fp);
			json_number(fp, item9s[i].value < 0 ? (double)NAN : (double)item9s[i].value);
			fputc('}', fp);
		}
		fputs("]}", fp);
	} else {
		fputs("null", fp);
	}
	fprintf(fp, ",\"share\":%s", share ? "true" : "false");
	fputs(",\n\"period\":{\"from\":", fp);
	json_date(fp, period_from);
	fputs(",\"to\":", fp);
	json_date(fp, today);
	fprintf(fp, ",\"days\":%ld,\"since\":\"%s\",\"session\":", today - period_from + 1,
	    has_since ? "option" : has_session ? "session" :
	    "default");
	if (has_session)
		json_date(fp, session.day);
	else
		fputs("null", fp);
	fputs("},\n\"mission\":", fp);
	json_node(fp, have_goals ? goals.mission : NULL);
	json_goals(fp);
	json_instruments(fp);
	json_gas(fp);
	json_metrics(fp);
	fputs(",\n\"concerns\":[", fp);
	for (size_t i = 0; have_goals && i < goals.nconcerns; i++) {
		const struct concern *c = &goals.concerns[i];

		if (c->text == NULL || c->text->kind != YNODE_SCALAR)
			continue;
		fputs(first ? "{\"id\":" : ",{\"id\":", fp);
		first = 0;
		json_node(fp, c->id);
		fputs(",\"text\":", fp);
		json_node(fp, c->text);
		fputc('}', fp);
	}
	fputc(']', fp);
	json_said(fp, "raise", SAID_RAISE);
	json_said(fp, "ask", SAID_ASK);
	json_said(fp, "win", SAID_WIN);
	fputs(",\n\"steps\":[", fp);
	first = 1;
	for (size_t g = 0; have_goals && g < goals.ngoals; g++) {
		const struct ynode *st = goals.goals[g].steps;

		for (size_t i = 0; judged_active(&goals.goals[g]) && st && i < st->n; i++) {
			const struct ynode *s = st->items[i];

			if (!step_to_try(s, &skip))
				continue;
			fputs(first ? "{\"goal\":" : ",{\"goal\":", fp);
			first = 0;
			json_cstring(fp, goal_id(&goals.goals[g]));
			fputs(",\"text\":", fp);
			json_string(fp, s->value + skip, s->len - skip);
			fputc('}', fp);
		}
	}
	fputs("],\n\"miracle\":", fp);
	if (miracle != NULL) {
		fputs("{\"date\":", fp);
		json_date(fp, miracle_at.day);
		fputs(",\"text\":", fp);
		json_cstring(fp, miracle);
		fprintf(fp, ",\"complete\":%s}", miracle_cut ? "false" : "true");
	} else {
		fputs("null", fp);
	}
	fputs("}\n", fp);
}

/* Lists in date order, as written within a day, however the journal's files were ordered. */
static int
by_said_day(const void *a, const void *b)
{
	const struct said_line *x = a, *y = b;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* ---- the command line ---- */

/* Whether path names the file `in`, or lies in the folder `in` (a Markdown file there would
 * be read as a journal note next time). */
static int
overlaps(const char *path, const char *in)
{
	struct stat a, b;
	char *dir, *real_dir = NULL, *real_in = NULL, *slash;
	size_t n;
	int inside = 0;

	if (stat(in, &b) < 0)
		return 0;
	if (stat(path, &a) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
		return 1;
	if (!S_ISDIR(b.st_mode) || !journal_is_markdown(path))
		return 0;
	dir = xstrndup(path, strlen(path));
	slash = strrchr(dir, '/');
	if (slash == NULL)
		strcpy(dir, ".");
	else
		slash[slash == dir] = '\0';  /* "/x.md" is in "/" */
	real_dir = realpath(dir, NULL);
	real_in = realpath(in, NULL);
	if (real_dir != NULL && real_in != NULL) {
		n = strlen(real_in);
		inside = strncmp(real_dir, real_in, n) == 0 &&
		    (real_dir[n] == '\0' || real_dir[n] == '/' || n == 1);
	}
	free(dir);
	free(real_dir);
	free(real_in);
	return inside;
}

/* -o must not replace what the sheet is made from, nor put a note into the journal. */
static void
check_output(void)
{
	const char *goals_file = goals_path ? goals_path : "goals.yaml";

	if (out_path == NULL)
		return;
	out_exists = stat(out_path, &out_st) == 0;
	if (strcmp(goals_file, "-") != 0 && overlaps(out_path, goals_file))
		errx(2, "-o %s: that is the goals file; the sheet goes elsewhere", out_path);
	for (int i = 0; i < njpaths; i++)
		if (strcmp(jpaths[i], "-") != 0 && overlaps(out_path, jpaths[i]))
			errx(2, "-o %s: that is in the journal (%s), which would read the sheet as "
			    "a note; the sheet goes elsewhere", out_path, jpaths[i]);
}

/* Writes the sheet, len bytes at data, to -o's file: whole or not at all. */
static int
write_out(const char *path, const char *data, size_t len)
{
	struct stat st;
	int exists = stat(path, &st) == 0, rc;

	if (!exists && lstat(path, &st) == 0) {
		warnx("%s: a link to a file that does not exist; not written", path);
		return 2;
	}
	if (exists && !S_ISREG(st.st_mode)) {
		warnx("%s: not a regular file; not written", path);
		return 2;
	}
	rc = file_write_atomic(path, data, len, exists ? &st : NULL);
	if (rc == FILE_CHANGED) {
		warnx("%s: changed while the sheet was written; not written: run sessionsheet "
		    "again", path);
		return 2;
	}
	if (rc < 0) {
		warn("%s: not written", path);
		return 2;
	}
	return 0;
}

static void
free_all(void)
{
	for (size_t i = 0; i < nfigs; i++)
		free(figs[i].bins);
	free(figs);
	progress_free(&progress);
	scores_free(&measured);
	free(item9s);
	if (have_goals)
		goals_free(&goals);
	diags_free(&findings);
	free(pass);
	journal_free(&jr);
	free(recs);
	free(metrics);
	free(tags);
	arena_free(&texts);
	free(cur_text);
	for (int i = 0; i < njpaths; i++)
		file_free(&stream_text[i]);
	free(stream_text);
	free(streams);
	free(jpaths);
	free(saids);
	free(watched);
	free(miracle);
	free(miracle_file);
	free(out_clash);
	free(last_file);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "since", required_argument, NULL, 's' },
		{ "goals", required_argument, NULL, 'g' },
		{ "format", required_argument, NULL, 'f' },
		{ "today", required_argument, NULL, 't' },
		{ "share", no_argument, NULL, 'S' },
		{ "color", required_argument, NULL, 'c' },
		{ "colour", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const said_names[SAID_COUNT][2] = {
		{ "raise", "concern" }, { "ask", "ask" }, { "win", "win" }
	};
	enum color_when when = COLOR_AUTO;
	int ch, status, have_today = 0, stdin_uses = 0;
	char *buf = NULL, a[DATE_BUFSIZE], b[DATE_BUFSIZE];
	size_t len = 0;
	FILE *fp;

	setlocale(LC_CTYPE, "");
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":hC:o:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'C':
			if (chdir(optarg) < 0)
				err(2, "-C %s", optarg);
			break;
		case 'o':
			out_path = optarg;
			break;
		case 's':
			since = cli_date(optarg, "--since");
			has_since = 1;
			break;
		case 'g':
			goals_path = optarg;
			break;
		case 'f':
			format = (enum format)cli_choice(optarg, "--format", format_names);
			break;
		case 't':
			today = cli_date(optarg, "--today");
			have_today = 1;
			break;
		case 'S':
			share = 1;
			break;
		case 'c':
			when = cli_color_when(optarg);
			break;
		case 'h':
			help();
			return cli_finish();
		case 'V':
			puts("sessionsheet (goalkit) " GOALKIT_VERSION);
			return cli_finish();
		default:
			return cli_bad_option(ch, argv, usage);
		}
	}
	argc -= optind;
	argv += optind;
	if (!have_today)
		today = date_today();
	if (has_since && since > today)
		errx(2, "--since: %s is after today (%s)", date_format(since, a),
		    date_format(today, b));
	stdin_uses = goals_path != NULL && strcmp(goals_path, "-") == 0;
	for (int i = 0; i < argc; i++)
		stdin_uses += strcmp(argv[i], "-") == 0;
	if (stdin_uses > 1)
		errx(2, "standard input (-) can be read once: give it as the goals file or as the "
		    "journal, not both");
	if (out_path != NULL && strcmp(out_path, "-") == 0)
		out_path = NULL;
	color = format == FORMAT_MARKDOWN && out_path == NULL && cli_color(when, STDOUT_FILENO);
	blocks = out_path == NULL && isatty(STDOUT_FILENO) &&
	    strcmp(nl_langinfo(CODESET), "UTF-8") == 0;

	journal_init(&jr, "sessionsheet", on_entry, NULL);
	/* Shared, the journal's lines are never even looked at. */
	jr.on_line = share ? NULL : on_line;
	tag_miracle = journal_tag(&jr, "miracle", 7);
	for (int k = 0; k < SAID_COUNT; k++)
		for (int w = 0; w < 2; w++)
			said_tag[k][w] = journal_tag(&jr, said_names[k][w], strlen(said_names[k][w]));
	read_goals();
	progress_init(&progress, &goals, &jr, today);
	scores_init(&measured, &jr, have_goals ? &goals : NULL, LONG_MIN, today);
	nwatched = jr.tags.n;
	watched = xmalloc(nwatched + 1);
	memset(watched, 0, nwatched + 1);
	for (size_t i = 0; i < progress.n; i++)
		if (progress.v[i].tag >= 0)
			watched[progress.v[i].tag] = 1;
	status = find_journal(argc, argv);
	check_output();
	find_period();
	if (njpaths > 0 && read_journal(&jr) != 0)
		status = 2;
	if (nsaids > 0)
		qsort(saids, nsaids, sizeof *saids, by_said_day);
	if (nitem9s > 0)
		qsort(item9s, nitem9s, sizeof *item9s, by_item9_day);
	scores_finish(&measured);
	figure_metrics();

	if ((fp = open_memstream(&buf, &len)) == NULL)
		err(2, "open_memstream");
	if (format == FORMAT_JSON)
		json(fp);
	else
		markdown(fp);
	if (fclose(fp) != 0)
		err(2, "open_memstream");
	if (out_clash != NULL) {
		warnx("-o %s: that is the journal file %s; not written", out_path, out_clash);
		status = 2;
	} else if (out_path != NULL) {
		int st = write_out(out_path, buf, len);

		status = st > status ? st : status;
	} else {
		fwrite(buf, 1, len, stdout);
	}
	free(buf);
	free_all();
	return cli_finish() ? 2 : status;
}
