/* sheet.c: the session sheet's model, built once: the goals file read and judged as
 * goalcheck judges it, the journal read twice (first for the last session, then for the
 * period), and every figure the sheet shows, for the renderers to write (sheet.h). */
/* realpath(3), for -o inside the journal folder. */
#define _XOPEN_SOURCE 700

#include <err.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "config.h"
#include "date.h"
#include "diag.h"
#include "diagout.h"
#include "file.h"
#include "goalread.h"
#include "goals.h"
#include "journal.h"
#include "lint.h"
#include "instruments.h"
#include "progress.h"
#include "rules.h"
#include "scores.h"
#include "sheet.h"
#include "strength.h"
#include "text.h"

/* Without a session to count from, the sheet covers this many days to today. */
#define DEFAULT_DAYS 28
/* The most lines of the miracle answer the page has room for. */
#define MIRACLE_LINES 24
/* A sparkline has at most this many steps: days, else weeks, months or years. */
#define SPARK_MAX 31
/* Lines from the journal are kept to this many bytes. */
#define LINE_MAX_BYTES 1000

/* What the command line asked for. */
static long today, since;
static int has_since, share;
static const char *goals_path, *out_path;

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
struct said_line {
	long day;
	enum said kind;
	size_t order;         /* of reading, to keep a day's lines as written */
	const char *text;     /* in texts */
};

/* The journal's paths.  It is read twice, once to find the last session and once for the
 * sheet, so what can be read only once (standard input, a pipe) is kept in memory. */
static const char **jpaths;
static int njpaths;
static struct journal_sources sources;

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
/* Up to MIRACLE_LINES lines joined by newlines, and whether there was more. */
struct lines_kept {
	char *text;
	size_t len, cap, nlines;
	int more;
};
/* In case the entry being read turns out to answer the miracle question: its lines (for a
 * tag in its heading or front matter), the paragraph being read, and the answer once a line
 * carries the tag: from that line's paragraph to the next heading, or the section under a
 * heading that carries it. */
static struct lines_kept cur, par, ans;
enum answer { ANS_NONE, ANS_PARAGRAPH, ANS_SECTION, ANS_DONE };
static enum answer ans_state;
static int ans_level;                  /* the tagged heading's level, for ANS_SECTION */
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
/* Those written as a total that leaves item 9 unknown, from the same entries. */
static struct item9 *unknown9s;
static size_t nunknown9s, capunknown9s;
/* Why the goals file could not be read as one, for the sheet's top; "" when it could. */
static char goals_error[400];
/* .goalcheck.yaml's caseness switch and reach thresholds (config.h). */
static int caseness_on = 1;
static struct reach_settings reach_cfg;
static int reach_sev[RULE_COUNT];
/* Where each goal started from, and what goalcheck --journal would say of its reach. */
static struct baselines base;
static struct diags reach_findings;
static struct strengths strength;

static struct goals goals;
static int have_goals;
static unsigned *pass;                 /* by goal: the SMART letters it passes */
static struct diags findings;
static struct progress progress;

static size_t clip(const char *s, size_t n, size_t max);

/* Adds a line (clipped) to k, unless k is full; a blank line only between lines. */
static void
keep_line(struct lines_kept *k, const char *s, size_t n)
{
	size_t kept = clip(s, n, LINE_MAX_BYTES);

	if (k->nlines == MIRACLE_LINES) {
		k->more |= n > 0;
		return;
	}
	if (n == 0 && k->nlines == 0)
		return;
	if (k->len + kept + 1 > k->cap) {
		k->cap = 2 * (k->len + kept + 1);
		k->text = xrealloc(k->text, k->cap);
	}
	if (k->len > 0 || k->nlines > 0)
		k->text[k->len++] = '\n';
	memcpy(k->text + k->len, s, kept);
	k->len += kept;
	k->nlines++;
	k->more |= kept < n;
}

static void
lines_clear(struct lines_kept *k)
{
	k->len = k->nlines = 0;
	k->more = 0;
}

/* A Markdown heading's level ("## Miracle" is 2), or 0 for another line. */
static int
heading_level(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && i < 6 && s[i] == '#')
		i++;
	return i > 0 && i < n && s[i] == ' ' ? (int)i : 0;
}

/* Follows the miracle answer through a line of the entry's body. */
static void
answer_line(const struct entry_line *l)
{
	int level = heading_level(l->text, l->len), tagged = 0;

	for (size_t i = 0; i < l->ntags && !tagged; i++)
		tagged = l->tags[i] == tag_miracle;
	/* A section ends at a heading of its level or above; a tagged paragraph's answer runs on
	 * to the next heading (the question often stands alone, its answer below it). */
	if ((ans_state == ANS_SECTION && level > 0 && level <= ans_level) ||
	    (ans_state == ANS_PARAGRAPH && level > 0))
		ans_state = ANS_DONE;
	if (ans_state == ANS_NONE && tagged) {
		ans_state = level > 0 ? ANS_SECTION : ANS_PARAGRAPH;
		ans_level = level;
		lines_clear(&ans);
		if (level == 0)	/* the paragraph so far, then this line */
			for (size_t i = 0, from = 0; i <= par.len; i++)
				if (i == par.len || par.text[i] == '\n') {
					keep_line(&ans, par.text + from, i - from);
					from = i + 1;
				}
		if (level > 0)
			return;	/* the heading is the question, not the answer */
	}
	if (ans_state == ANS_PARAGRAPH || ans_state == ANS_SECTION)
		keep_line(&ans, l->text, l->len);
	if (l->len == 0)
		lines_clear(&par);
	else
		keep_line(&par, l->text, l->len);
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

/* The first reading: only the last session before today.  A session dated today is the one
 * the sheet is for: counting from it would leave a sheet of one day, without the #raise, #ask
 * and #win lines written since the session before. */
static void
find_session(const struct entry *e, void *ctx)
{
	struct moment m = { e->day, e->minute, seq++ };

	if (e->day < today && entry_has_tag(e, *(const int *)ctx) &&
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

static void
add_item9(struct item9 **v, size_t *n, size_t *cap, struct moment m, double total, int value)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		*v = xrealloc(*v, *cap * sizeof **v);
	}
	(*v)[(*n)++] = (struct item9){ m, total, value };
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
	baselines_add(&base, e);
	strengths_add(&strength, e);
	scores_add(&measured, e);
	if (first_day == LONG_MIN || e->day < first_day)
		first_day = e->day;
	/* The last session's own entry counts too: a questionnaire is often filled in at the
	 * session and written in its entry, and would otherwise reach no sheet at all. */
	if (!entry_metric(e, measured.metric[INST_PHQ9], &total))
		total = NAN;	/* none, or refused for another item: item 9 may still be known */
	if ((!isnan(total) || e->phq9_item9 > 0) && (in_period(&m) ||
	    (has_session && m.day == session.day && m.seq == session.seq))) {
		if (e->phq9_item9 > 0 || (!isnan(total) && phq9_item9_above_0(total, -1)))
			add_item9(&item9s, &nitem9s, &capitem9s, m, total, e->phq9_item9);
		else if (phq9_item9_unknown(total, e->phq9_item9))
			add_item9(&unknown9s, &nunknown9s, &capunknown9s, m, total, -1);
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
		/* The tagged paragraph or section; the whole entry for a tag on no line. */
		const struct lines_kept *k = ans_state != ANS_NONE ? &ans : &cur;
		size_t n = k->len;

		/* Without the blank lines at its end. */
		while (n > 0 && k->text[n - 1] == '\n')
			n--;
		free(miracle);
		free(miracle_file);
		miracle = xstrndup(n ? k->text : "", n);
		miracle_file = xstrndup(e->file, strlen(e->file));
		miracle_at = m;
		miracle_line = e->line;
		miracle_cut = k->more;
	}
	/* The next entry's lines come after this call. */
	lines_clear(&cur);
	lines_clear(&par);
	lines_clear(&ans);
	ans_state = ANS_NONE;
	if (e->day > today || e->day < before_from)
		return;
	for (size_t i = 0; i < e->ntags; i++)
		nt += (size_t)e->tags[i].id < nwatched && watched[e->tags[i].id] &&
		    entry_counts_tag(e, e->tags[i].id);
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
		/* A goal's tag on a #raise line is a worry, not progress (entry_counts_tag). */
		if ((size_t)e->tags[i].id < nwatched && watched[e->tags[i].id] &&
		    entry_counts_tag(e, e->tags[i].id))
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
	if (!l->heading) {
		keep_line(&cur, l->text, l->len);
		answer_line(l);
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
 * said and left out; one that cannot be read stops the sheet; one that is not YAML or not a
 * goals file is said, on standard error and at the sheet's top, and left out. */
static void
read_goals(void)
{
	const char *path = goals_path ? goals_path : goals_default_path();
	struct sentence_reader *reader;
	struct file_text text;
	struct config cfg;
	struct lines src = { 0 };
	struct stat st;

	if (goals_path == NULL && stat(path, &st) < 0 && errno == ENOENT) {
		char near[PATH_MAX];

		if (goals_name_beside(path, near, sizeof near) != NULL)
			warnx("no goals.yaml here, but %s is: rename it goals.yaml, or name it "
			    "(--goals %s); the sheet has no goals, concerns or steps", near, near);
		else
			warnx("no goals.yaml here; the sheet has no goals, concerns or steps");
		return;
	}
	if (goals_read_text(&text, path, &findings) < 0) {
		diag_say_brief(NULL, &findings);
		exit(2);
	}
	if (goals_load(&goals, text.data, text.len, &findings) < 0) {
		/* The journal's sections can still be shown, under the reason there are no goals. */
		const struct diag *f = &findings.v[0];

		diag_say(path, f);
		snprintf(goals_error, sizeof goals_error, "%s:%d:%d: %s", path, f->line, f->col,
		    f->message);
		goals_free(&goals);
		file_free(&text);
		return;
	}
	for (size_t i = 0; i < findings.n; i++)
		if (findings.v[i].sev == SEV_ERROR)
			diag_say(path, &findings.v[i]);
	if (lint_settings(NULL, strcmp(path, "-") == 0 ? NULL : path, &cfg, &reader,
	    &findings) < 0) {
		diag_say_brief(cfg.path, &findings);
		exit(2);
	}
	if (lines_index(&src, text.data, text.len) < 0)
		out_of_memory();
	goals_read_sentences(&goals, reader, today, GOALS_READ_MEASURES);
	pass = lint_check(&goals, 1, reader, &cfg, today, NULL, &src, &findings);
	caseness_on = cfg.caseness;
	reach_cfg = cfg.reach;
	memcpy(reach_sev, cfg.sev, sizeof reach_sev);
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
	if (argc == 0 && path == NULL) {
		warnx("no journal here (neither ./journal/ nor ./journal.md); the sheet has no "
		    "journal sections");
		return 0;
	}
	njpaths = argc > 0 ? argc : 1;
	jpaths = xmalloc((size_t)njpaths * sizeof *jpaths);
	for (int i = 0; i < njpaths; i++)
		jpaths[i] = argc > 0 ? argv[i] : path;
	return journal_sources_open(&sources, jpaths, njpaths, "sessionsheet",
	    diag_say_notes) < 0 ? 2 : 0;
}

/* Reads every path of the journal into j.  Returns 0, or 2 when a path could not be read
 * (said when j has on_findings set, and the rest read). */
static int
read_journal(struct journal *j)
{
	seq = 0;
	return journal_sources_read(&sources, j) < 0 ? 2 : 0;
}

/* Sets the period: after --since, else after the last session (found by a first reading of
 * the journal, whose findings are dropped: the second says them), else the last DEFAULT_DAYS
 * days; the period before is as long. */
static void
find_period(void)
{
	struct journal first;
	int id;

	if (!has_since && njpaths > 0) {
		journal_init(&first, "sessionsheet", find_session, &id);
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
	double *before_bins;        /* the nbins steps before, for the period before */
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

/* Metric id step by step over the nb steps before the period's first, which a chart draws
 * fainter behind the period: nb means, NAN where none. */
static double *
before_bins(int id, size_t nb)
{
	long lo = bin_lo - (long)nb;
	struct mean *sums = xmalloc(nb * sizeof *sums);
	double *bins = xmalloc(nb * sizeof *bins), v;

	memset(sums, 0, nb * sizeof *sums);
	for (size_t i = 0; i < nrecs; i++) {
		long b = date_period_index(recs[i].at.day, bin_per) - lo;

		if (!recs[i].in_period && b >= 0 && b < (long)nb && rec_metric(&recs[i], id, &v))
			mean_add(&sums[b], v);
	}
	for (size_t b = 0; b < nb; b++)
		bins[b] = sums[b].n ? sums[b].sum / (double)sums[b].n : NAN;
	free(sums);
	return bins;
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
	for (size_t i = 0; i < nfigs; i++)
		figs[i].before_bins = before_bins(figs[i].id, nb);
	qsort(figs, nfigs, sizeof *figs, by_metric_name);
}

static struct period_value
goal_in_period(const struct goal_progress *gp)
{
	static const double per_days[] = { 0, 1, 7, 30.436875, 365.2425 };
	struct period_value pv = { 0, 0, NAN, -1, 0 };
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
		pv.days = today - period_from + 1;
		/* A rate from less than one whole period would be a guess: the count is shown
		 * "so far", with its days, and not judged. */
		if (gp->s.per != PERIOD_TOTAL && (double)pv.days >= per_days[gp->s.per]) {
			pv.rate = pv.value / ((double)pv.days / per_days[gp->s.per]);
			pv.met = progress_met(gp, pv.rate);
		}
	} else if (m.n > 0) {
		pv.has = 1;
		pv.value = m.sum / (double)m.n;
		pv.met = progress_met(gp, pv.value);
	}
	return pv;
}

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
		struct period_judgement j;

		progress_judge(&progress, gp, first_day, i, &j);
		ss.met += j.verdict == VERDICT_MET;
		ss.of += j.verdict == VERDICT_MET || j.verdict == VERDICT_NOT_MET;
	}
	return ss;
}

/* The last SHEET_BARS whole periods of a goal's measure, oldest first, into sg. */
static void
goal_bars(const struct goal_progress *gp, struct sheet_goal *sg)
{
	long lo, hi;

	if (gp->s.per == PERIOD_TOTAL || (first_day == LONG_MIN && !gp->goal->has_start) ||
	    !progress_range(gp, first_day, &lo, &hi))
		return;
	if (hi - lo + 1 > SHEET_BARS)
		lo = hi - SHEET_BARS + 1;
	sg->bars = xmalloc((size_t)(hi - lo + 1) * sizeof *sg->bars);
	for (long i = lo; i <= hi; i++) {
		struct sheet_bar *b = &sg->bars[sg->nbars++];
		struct period_judgement j;

		progress_judge(&progress, gp, first_day, i, &j);
		b->day = date_period_start(i, gp->s.per);
		b->has = j.has;
		b->value = j.value;
		b->met = j.verdict == VERDICT_MET;
	}
}

/* The active goal that averages metric id, or NULL. */
static const struct goal *
metric_target(int id)
{
	for (size_t i = 0; i < progress.n; i++)
		if (progress.v[i].metric == id && progress.v[i].goal->status == STATUS_ACTIVE)
			return progress.v[i].goal;
	return NULL;
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

/* What goalcheck --journal says of a goal's reach (out-of-reach, ready-to-step-up, slipping),
 * with its rung; NULL when nothing. */
static const char *
rung_for(size_t g)
{
	for (size_t i = 0; i < reach_findings.n; i++)
		if (reach_findings.v[i].scope == (int)g + 1)
			return reach_findings.v[i].message;
	return NULL;
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

/* The sentence `say` (instruments.h) makes of the n > 0 PHQ-9s of v, in date order, in buf. */
static const char *
phq9_text(const struct item9 *v, size_t n, const char *(*say)(long, long, size_t, char *),
    char *buf)
{
	size_t days = 0;

	/* Two entries of one day are one PHQ-9 to speak of. */
	for (size_t i = 0; i < n; i++)
		days += i == 0 || v[i].at.day != v[i - 1].at.day;
	return say(v[0].at.day, v[n - 1].at.day, days, buf);
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

/* Lists in date order, as written within a day, however the journal's files were ordered. */
static int
by_said_day(const void *a, const void *b)
{
	const struct said_line *x = a, *y = b;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

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
	const char *goals_file = goals_path ? goals_path : goals_default_path();

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


/* ---- the model ---- */

/* Fills s from what the readings gathered and figured. */
static void
fill(struct sheet *s)
{
	size_t skip;

	s->today = today;
	s->age = have_goals ? goals.age : AGE_UNKNOWN;
	s->goals_error = goals_error[0] != '\0' ? goals_error : NULL;
	s->share = share;
	if (nitem9s > 0) {
		s->safety = phq9_text(item9s, nitem9s, safety_sentence, s->safety_buf);
		s->item9 = xmalloc(nitem9s * sizeof *s->item9);
		for (size_t i = 0; i < nitem9s; i++)
			s->item9[i] = (struct sheet_item9){ item9s[i].at.day, item9s[i].total,
			    item9s[i].value };
		s->nitem9 = nitem9s;
	}
	if (nunknown9s > 0)
		s->item9_unknown = phq9_text(unknown9s, nunknown9s, item9_unknown_sentence,
		    s->item9_unknown_buf);
	s->from = period_from;
	s->since = has_since ? SINCE_OPTION : has_session ? SINCE_SESSION : SINCE_DEFAULT;
	s->session = has_session ? session.day : 0;
	s->has_journal = njpaths > 0;
	if (have_goals && goals.mission != NULL && goals.mission->kind == YNODE_SCALAR)
		s->mission = goals.mission;

	/* The goals shown are the active ones, everywhere on the sheet. */
	s->goals = xmalloc((have_goals && goals.ngoals ? goals.ngoals : 1) * sizeof *s->goals);
	for (size_t g = 0; have_goals && g < goals.ngoals; g++) {
		const struct goal *gl = &goals.goals[g];
		const struct goal_progress *gp = progress_of(gl);
		struct sheet_goal *sg = &s->goals[s->ngoals];

		if (gl->status != STATUS_ACTIVE)
			continue;
		memset(sg, 0, sizeof *sg);
		sg->goal = gl;
		sg->pass = pass[g];
		sg->days_left = gl->has_deadline ? gl->deadline - today : 0;
		sg->progress = gp == NULL ? PROGRESS_NO_MEASURE : njpaths == 0 ?
		    PROGRESS_NO_JOURNAL : PROGRESS_SHOWN;
		if (gp != NULL) {
			sg->counts_tag = gp->tag >= 0;
			sg->per = gp->s.per;
		}
		if (sg->progress == PROGRESS_SHOWN) {
			sg->period = goal_in_period(gp);
			sg->since_start = goal_since_start(gp);
			goal_bars(gp, sg);
			/* The days by state, for a goal that counts a tag (daymarks.h). */
			if ((sg->has_days = gp->tag >= 0 && (first_day != LONG_MIN ||
			    gl->has_start)))
				progress_days(gp, first_day != LONG_MIN ? first_day : gl->start,
				    &sg->days);
		}
		sg->advice = advice_for(g);
		sg->rung = rung_for(g);
		if (!strength_get(&strength, gl, first_day, &sg->strength))
			sg->strength = NAN;
		s->ngoals++;
		/* Steps of active goals only, each still to try. */
		for (size_t i = 0; gl->steps && i < gl->steps->n; i++) {
			const struct ynode *st = gl->steps->items[i];

			if (!step_to_try(st, &skip))
				continue;
			s->steps = xrealloc(s->steps, (s->nsteps + 1) * sizeof *s->steps);
			s->steps[s->nsteps++] = (struct sheet_step){ gl, st->value + skip,
			    st->len - skip };
		}
	}

	for (int i = 0; i < INST_COUNT; i++) {
		const struct score_series *ss = &measured.s[i];
		struct sheet_instrument *si = &s->instruments[s->ninstruments];

		if (ss->n == 0)
			continue;
		si->in = (enum instrument)i;
		si->scores = ss;
		si->rci = ss->n > 1 ? score_rci(si->in, ss->v[0].total, ss->v[ss->n - 1].total) :
		    NAN;
		si->verdict = isnan(si->rci) ? NULL : change_name(score_change(si->in, si->rci));
		si->band = score_band(si->in, ss->v[ss->n - 1].total, s->age);
		si->note = score_norm_note(si->in, s->age);
		si->age = s->age;
		si->caseness = caseness_on ? caseness_text(si->in, ss->v[ss->n - 1].total,
		    si->caseness_buf) : NULL;
		si->at_caseness = si->caseness != NULL ?
		    score_caseness(si->in, ss->v[ss->n - 1].total) : -1;
		si->nbands = plot_bands_of(si->in, s->age, si->bands, SHEET_BANDS);
		s->ninstruments++;
	}
	s->ngas = measured.ngas;
	s->gas = xmalloc((s->ngas ? s->ngas : 1) * sizeof *s->gas);
	s->t_latest = measured.nrated > 0 ? &measured.rated[measured.nrated - 1] : NULL;
	s->t_before = measured.nrated > 1 ? &measured.rated[measured.nrated - 2] : NULL;
	s->rated = measured.rated;
	s->nrated = measured.nrated;
	for (size_t k = 0; k < measured.ngas; k++) {
		const struct goal *gl = measured.gas[k];
		struct sheet_gas *sg = &s->gas[k];

		sg->goal = gl;
		sg->latest = scores_latest_rating(&measured, k);
		sg->level = sg->latest ? sg->latest->level[k] : NAN;
		sg->level_text = sg->latest ? gas_text(gl, sg->level) : NULL;
		sg->baseline_text = gl->gas.has_baseline ? gas_text(gl, gl->gas.baseline) : NULL;
	}

	s->step = bin_per;
	s->metrics = xmalloc((nfigs ? nfigs : 1) * sizeof *s->metrics);
	for (size_t i = 0; i < nfigs; i++) {
		const struct metric_figures *f = &figs[i];

		s->metrics[i] = (struct sheet_metric){
			.name = jr.metrics.name[f->id], .better_high = f->better_high,
			.now = f->now, .before = f->before,
			.best = { f->best->at.day, f->best_v, share ? NULL : f->best->text },
			.hardest = { f->hardest->at.day, f->hardest_v,
			    share ? NULL : f->hardest->text },
			.bins = f->bins, .nbins = f->nbins, .before_bins = f->before_bins,
			.target = metric_target(f->id),
		};
	}
	s->nmetrics = nfigs;

	s->concerns = xmalloc((have_goals && goals.nconcerns ? goals.nconcerns : 1) *
	    sizeof *s->concerns);
	for (size_t i = 0; have_goals && i < goals.nconcerns; i++)
		if (goals.concerns[i].text != NULL && goals.concerns[i].text->kind == YNODE_SCALAR)
			s->concerns[s->nconcerns++] = &goals.concerns[i];
	for (int k = 0; k < SAID_COUNT; k++)
		s->said[k] = xmalloc((nsaids ? nsaids : 1) * sizeof *s->said[k]);
	for (size_t i = 0; i < nsaids; i++)
		s->said[saids[i].kind][s->nsaid[saids[i].kind]++] = (struct sheet_said){
			saids[i].day, saids[i].text };

	if (miracle != NULL) {
		s->miracle = miracle;
		s->miracle_day = miracle_at.day;
		s->miracle_cut = miracle_cut;
		s->miracle_file = miracle_file;
		s->miracle_line = miracle_line;
	}
	s->out_clash = out_clash;
}

int
sheet_build(struct sheet *s, const struct sheet_request *rq)
{
	static const char *const said_names[SAID_COUNT][2] = {
		{ "raise", "concern" }, { "ask", "ask" }, { "win", "win" }
	};
	int status;

	memset(s, 0, sizeof *s);
	today = rq->today;
	since = rq->since;
	has_since = rq->has_since;
	share = rq->share;
	goals_path = rq->goals_path;
	out_path = rq->out_path;

	journal_init(&jr, "sessionsheet", on_entry, NULL);
	jr.on_findings = diag_say_notes;
	/* Shared, the journal's lines are never even looked at. */
	jr.on_line = share ? NULL : on_line;
	tag_miracle = journal_tag(&jr, "miracle", 7);
	for (int k = 0; k < SAID_COUNT; k++)
		for (int w = 0; w < 2; w++)
			said_tag[k][w] = journal_tag(&jr, said_names[k][w], strlen(said_names[k][w]));
	read_goals();
	progress_init(&progress, &goals, &jr, today);
	baselines_init(&base, &goals, &jr, today);
	strengths_init(&strength, &goals, &jr, today);
	scores_init(&measured, &jr, have_goals ? &goals : NULL, LONG_MIN, today);
	nwatched = jr.tags.n;
	watched = xmalloc(nwatched + 1);
	memset(watched, 0, nwatched + 1);
	for (size_t i = 0; i < progress.n; i++)
		if (progress.v[i].tag >= 0)
			watched[progress.v[i].tag] = 1;
	status = find_journal(rq->argc, rq->argv);
	if (have_goals && goals.ngoals > 0)
		scores_check_gas(&jr, &goals);
	/* An empty sheet would look like a sheet with nothing to say. */
	if (!have_goals && njpaths == 0 && goals_error[0] == '\0')
		errx(2, "nothing to make a sheet from: no goals.yaml and no journal here (run it "
		    "in the folder that holds them, or name them: sessionsheet --goals FILE JOURNAL)");
	check_output();
	find_period();
	if (njpaths > 0 && read_journal(&jr) != 0)
		status = 2;
	if (goals_error[0] != '\0')
		status = 2;
	if (nsaids > 0)
		qsort(saids, nsaids, sizeof *saids, by_said_day);
	if (nitem9s > 0)
		qsort(item9s, nitem9s, sizeof *item9s, by_item9_day);
	if (nunknown9s > 0)
		qsort(unknown9s, nunknown9s, sizeof *unknown9s, by_item9_day);
	scores_finish(&measured);
	if (have_goals && njpaths > 0) {
		reach_judge(&goals, &progress, &base, first_day, &reach_cfg, &reach_findings);
		lint_apply(&reach_findings, &goals, reach_sev);
	}
	figure_metrics();
	fill(s);
	return status;
}

void
sheet_free(struct sheet *s)
{
	for (size_t i = 0; i < s->nmetrics; i++) {
		free(s->metrics[i].bins);
		free(s->metrics[i].before_bins);
	}
	free(s->metrics);
	for (size_t g = 0; g < s->ngoals; g++)
		free(s->goals[g].bars);
	free(s->item9);
	free(s->goals);
	free(s->steps);
	free(s->gas);
	free(s->concerns);
	for (int k = 0; k < SAID_COUNT; k++)
		free(s->said[k]);
	free(figs);
	progress_free(&progress);
	baselines_free(&base);
	strengths_free(&strength);
	diags_free(&reach_findings);
	scores_free(&measured);
	free(item9s);
	free(unknown9s);
	if (have_goals)
		goals_free(&goals);
	diags_free(&findings);
	free(pass);
	journal_free(&jr);
	free(recs);
	free(metrics);
	free(tags);
	arena_free(&texts);
	free(cur.text);
	free(par.text);
	free(ans.text);
	journal_sources_free(&sources);
	free(jpaths);
	free(saids);
	free(watched);
	free(miracle);
	free(miracle_file);
	free(out_clash);
	free(last_file);
}
