/* lint.c: judges each goal against the five SMART letters and applies the user's settings. */
#include <err.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "draft.h"
#include "goalread.h"
#include "lint.h"
#include "instruments.h"
#include "rules.h"

/* A goal spanning more than this many days is big enough to want steps. */
#define BIG_GOAL_DAYS 84
/* A deadline further than this many days away is implausible for a therapy goal. */
#define FAR_DEADLINE_DAYS 730

unsigned
smart_bit(char c)
{
	const char *p = c ? strchr("SMART", c) : NULL;

	return p ? 1u << (p - "SMART") : 0;
}

/* The file position of sp inside scalar n.  The value's words stand on the source line in
 * the same order, whatever escapes, tags or anchors come before them: the k-th time the words
 * of sp occur in the value is the k-th time they occur on the line from the value's start.
 * A value over several lines points at its start, since folding has moved its words. */
static void
position(const struct ynode *n, struct span sp, struct lines *src, int *line, int *col)
{
	const char *w = n->value + sp.off, *text, *p, *end;
	size_t k = 0, len;
	int c;

	*line = n->line;
	*col = n->col;
	if (sp.len == 0 || n->end_line != n->line || sp.off + sp.len > n->len)
		return;
	for (p = n->value; (p = text_find(p, sp.off + sp.len - (size_t)(p - n->value), w,
	    sp.len)) != NULL && p < w; p++)
		k++;
	if (src == NULL || (text = lines_get(src, n->line, &len)) == NULL) {
		*col += (int)text_codepoints(n->value, sp.off) + (n->quoted ? 1 : 0);
		return;
	}
	/* Find the byte where the value starts on its line, then its k+1-th match. */
	end = text + len;
	for (p = text, c = 1; p < end && c < n->col; c++)
		for (p++; p < end && ((unsigned char)*p & 0xC0) == 0x80; p++)
			;
	for (;;) {
		p = text_find(p, (size_t)(end - p), w, sp.len);
		if (p == NULL) {
			*col += (int)text_codepoints(n->value, sp.off) + (n->quoted ? 1 : 0);
			return;
		}
		if (k-- == 0)
			break;
		p++;
	}
	*col = (int)text_codepoints(text, (size_t)(p - text)) + 1;
}

/* A short quote of a span, for messages. */
static int
quote_len(struct span sp)
{
	return sp.len > 60 ? 60 : (int)sp.len;
}

/* A specific goal to show as an example: from the goal's area (its area: label, else what
 * its sentence is about), so that "Be kinder to myself" is shown a goal about self-esteem,
 * not one about meeting people; a goal about no known area gets the article's own. */
static const char *
example_goal(const struct goal *gl, const struct ynode *s, char buf[DRAFT_EXAMPLE_SIZE])
{
	const char *ex = draft_example(gl->area != NULL ? gl->area->value : NULL,
	    s != NULL ? s->value : NULL, s != NULL ? s->len : 0, buf);

	return ex != NULL ? ex : "Talk to at least two new people each week";
}

static void
check_specific(const struct goal *gl, const struct ynode *s, const struct sentence *sen,
    struct lines *src, struct diags *d)
{
	const char *id = goal_id(gl);
	char ex[DRAFT_EXAMPLE_SIZE];
	int line, col;

	if (gl->text == NULL) {
		rule_report(d, RULE_VAGUE_WORDING, s->line, s->col, id,
		    "only a broad wish so far; add a 'goal:' that says what you will do, "
		    "e.g. goal: %s", example_goal(gl, s, ex));
		return;
	}
	if (sen->specific)
		return;
	position(s, sen->vague_at, src, &line, &col);
	if (sen->vague_at.len > 0)
		rule_report(d, RULE_VAGUE_WORDING, line, col, id,
		    "vague wording '%.*s': name something you will do that others could see, "
		    "e.g. '%s'", quote_len(sen->vague_at), s->value + sen->vague_at.off,
		    example_goal(gl, s, ex));
	else
		rule_report(d, RULE_VAGUE_WORDING, line, col, id,
		    "names no concrete action: say what you will do, e.g. 'Call my sister twice "
		    "a week'");
}

static void
check_measurable(const struct goal *gl, const struct ynode *s, const struct sentence *sen,
    struct diags *d)
{
	const struct measure *m = &gl->measure;
	const char *id = goal_id(gl);

	/* A key that is there but wrong was reported by goals_load; only a missing one here. */
	if (m->node != NULL) {
		if (ynode_get(m->node, "tag", NULL) == NULL && ynode_get(m->node, "metric", NULL) == NULL)
			rule_report(d, RULE_INCOMPLETE_MEASURE, m->node->line, m->node->col, id,
			    "the measure does not say what to count: add tag: (journal entries "
			    "tagged #tag) or metric: (a journal rating such as mood)");
		if (ynode_get(m->node, "at_least", NULL) == NULL &&
		    ynode_get(m->node, "at_most", NULL) == NULL)
			rule_report(d, RULE_INCOMPLETE_MEASURE, m->node->line, m->node->col, id,
			    "the measure has no target: add at_least: or at_most:, e.g. at_least: 2");
		return;
	}
	if (s != NULL && sen->measurable)
		return;
	rule_report(d, RULE_NO_MEASURE, s ? s->line : gl->node->line, s ? s->col : gl->node->col,
	    id, "no way to see progress: add how many or how often (\"twice a week\", "
	    "\"at least 2\") or a measure: {tag: ..., at_least: ..., per: week}");
}

static void
check_attainable(const struct goal *gl, const struct ynode *s, const struct sentence *sen,
    long today, struct lines *src, struct diags *d)
{
	const char *id = goal_id(gl);
	long from, deadline;
	int line, col;

	if (s != NULL && gl->text != NULL && !sen->attainable) {
		position(s, sen->absolute_at, src, &line, &col);
		rule_report(d, RULE_ABSOLUTIST_WORDING, line, col, id,
		    "'%.*s' asks for perfection no one can keep; aim for what you can do most "
		    "weeks, e.g. 'on at least 5 days a week'",
		    quote_len(sen->absolute_at), s->value + sen->absolute_at.off);
	}
	if (gl->status != STATUS_ACTIVE || (gl->steps != NULL && gl->steps->n > 0))
		return;
	if (gl->has_deadline && !gl->deadline_read)
		deadline = gl->deadline;
	else if (s != NULL && sen->has_deadline)
		deadline = sen->deadline;
	else
		return;
	from = gl->has_start ? gl->start : today;
	if (deadline - from > BIG_GOAL_DAYS)
		rule_report(d, RULE_NO_STEPS, gl->node->line, gl->node->col, id,
		    "a goal over %ld weeks with no steps: break it into small first steps, "
		    "e.g. steps: [Say hello to one neighbour]", (deadline - from) / 7);
}

static void
check_relevant(const struct goals *g, const struct goal *gl, struct diags *d)
{
	const struct ynode *want = gl->concern;
	const char **ids;
	char hint[TEXT_HINT_SIZE];
	size_t n = 0;

	if (want == NULL && gl->why == NULL) {
		rule_report(d, RULE_NO_RELEVANCE, gl->node->line, gl->node->col, goal_id(gl),
		    "not linked to what brought you to therapy: add concern: with a concern's id, "
		    "or why: in your own words");
		return;
	}
	if (want == NULL)
		return;
	for (size_t i = 0; i < g->nconcerns; i++)
		if (g->concerns[i].id != NULL && g->concerns[i].id->len == want->len &&
		    memcmp(g->concerns[i].id->value, want->value, want->len) == 0)
			return;
	/* Not found: gather the ids there are, for a hint. */
	ids = xmalloc((g->nconcerns + 1) * sizeof *ids);
	for (size_t i = 0; i < g->nconcerns; i++)
		if (g->concerns[i].id != NULL)
			ids[n++] = g->concerns[i].id->value;
	ids[n] = NULL;
	rule_report(d, RULE_UNKNOWN_CONCERN, want->line, want->col, goal_id(gl),
	    "concern '%.80s' is not in the concerns list%s", want->value,
	    text_did_you_mean(want->value, want->len, ids, hint));
	diags_fix(d, text_suggest(want->value, want->len, ids));
	free(ids);
}

/* "for the next 6 weeks" with no start: a span that moves with every day it is read. */
static void
report_floating(const struct goal *gl, const struct ynode *s, const struct sentence *sen,
    struct lines *src, struct diags *d)
{
	char day[DATE_BUFSIZE];
	int line, col;

	position(s, sen->deadline_at, src, &line, &col);
	rule_report(d, RULE_FLOATING_DEADLINE, line, col, goal_id(gl),
	    "'%.*s' has no fixed end: counted from today it ends %s, and from tomorrow a day "
	    "later; add deadline: %s, or start: with the day the goal began",
	    quote_len(sen->deadline_at), s->value + sen->deadline_at.off,
	    date_format(sen->deadline, day), day);
}

static void
check_timebound(const struct goal *gl, const struct ynode *s, const struct sentence *sen,
    long today, struct lines *src, struct diags *d)
{
	const char *id = goal_id(gl);
	const struct ynode *at;
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE];
	long deadline;

	if (gl->has_deadline && !gl->deadline_read) {
		deadline = gl->deadline;
		at = gl->deadline_node;
	} else if (s != NULL && sen->has_deadline) {
		deadline = sen->deadline;
		at = s;
		if (sen->deadline_relative && !gl->has_start && gl->deadline_node == NULL)
			report_floating(gl, s, sen, src, d);
	} else if (s != NULL && sen->bad_date_at.len > 0) {
		int line, col;

		position(s, sen->bad_date_at, src, &line, &col);
		rule_report(d, RULE_INVALID_DATE, line, col, id,
		    "'%.*s' names a day that does not exist; give the deadline a day that does",
		    quote_len(sen->bad_date_at), s->value + sen->bad_date_at.off);
		return;
	} else if (s != NULL && sen->frame_at.len > 0) {
		return;	/* "before my birthday": bounded, the date is the person's to give */
	} else {
		/* An invalid deadline field was reported already; do not also call it missing. */
		if (gl->deadline_node == NULL)
			rule_report(d, RULE_NO_DEADLINE, s ? s->line : gl->node->line,
			    s ? s->col : gl->node->col, id,
			    "no deadline: add deadline: YYYY-MM-DD, or a time frame such as "
			    "'by March 31' or 'for the next 6 weeks'");
		return;
	}
	if (gl->has_start && gl->start > deadline)
		rule_report(d, RULE_START_AFTER_DEADLINE, gl->start_node->line, gl->start_node->col,
		    id, "start %s is after the deadline %s", date_format(gl->start, a),
		    date_format(deadline, b));
	if (gl->status == STATUS_ACTIVE && deadline < today)
		rule_report(d, RULE_DEADLINE_PASSED, at->line, at->col, id,
		    "the deadline %s passed %ld day%s ago: set a new one, or mark the goal "
		    "status: done or dropped", date_format(deadline, a), today - deadline,
		    today - deadline == 1 ? "" : "s");
	else if (deadline - today > FAR_DEADLINE_DAYS)
		rule_report(d, RULE_DEADLINE_TOO_FAR, at->line, at->col, id,
		    "the deadline %s is more than two years away: a nearer one (3 to 12 months) "
		    "keeps the goal in view", date_format(deadline, a));
}

void
lint_goals(const struct goals *g, struct sentence_reader *r, long today, int max_active,
    struct lines *src, struct diags *d)
{
	int active = 0;

	if (g->ngoals > 0 && g->mission == NULL)
		rule_report(d, RULE_NO_MISSION, 1, 1, NULL,
		    "no mission: write what these goals are for, so each can stay relevant to it, "
		    "e.g. mission: Feel connected to people again");
	for (size_t i = 0; i < g->ngoals; i++) {
		const struct goal *gl = &g->goals[i];
		const struct ynode *s = goal_sentence(gl);
		struct sentence sen;

		/* A goal that is done or dropped is history: nothing in it is left to fix. */
		if (gl->status == STATUS_DONE || gl->status == STATUS_DROPPED)
			continue;
		memset(&sen, 0, sizeof sen);
		if (s != NULL)
			goal_sentence_of(gl, r, today, &sen);
		d->scope = (int)i + 1;
		if (s != NULL)
			check_specific(gl, s, &sen, src, d);
		check_measurable(gl, s, &sen, d);
		check_attainable(gl, s, &sen, today, src, d);
		if (gl->status == STATUS_ACTIVE && ++active > max_active)
			rule_report(d, RULE_TOO_MANY_ACTIVE_GOALS, gl->node->line, gl->node->col,
			    goal_id(gl), "active goal number %d, over the limit of %d: prioritise "
			    "your greatest needs and set the others to status: paused", active,
			    max_active);
		check_relevant(g, gl, d);
		check_timebound(gl, s, &sen, today, src, d);
		d->scope = 0;
	}
}

/* Moves the day kept for name number id in *v (n slots, grown as the journal's names grow) to
 * day when day is later. */
static void
note_day(long **v, size_t *n, int id, long day)
{
	if (id < 0)
		return;
	if ((size_t)id >= *n) {
		size_t m = *n ? *n : 16;

		while (m <= (size_t)id)
			m *= 2;
		*v = xrealloc(*v, m * sizeof **v);
		for (size_t k = *n; k < m; k++)
			(*v)[k] = LONG_MIN;
		*n = m;
	}
	if (day > (*v)[id])
		(*v)[id] = day;
}

/* The journal's callback: only the last day of each name matters to stale-goal. */
static void
seen_entry(const struct entry *e, void *ctx)
{
	struct lint_journal *lj = ctx;

	/* An entry dated after today is a plan or a typo, not progress made. */
	if (e->day > lj->today)
		return;
	if (e->day < lj->first)
		lj->first = e->day;
	/* A tag only on #raise lines is a worry, not progress (entry_counts_tag). */
	for (size_t k = 0; k < e->ntags; k++)
		if (e->tags[k].count > e->tags[k].raised)
			note_day(&lj->tag_last, &lj->ntag, e->tags[k].id, e->day);
	for (size_t k = 0; k < e->nmetrics; k++)
		note_day(&lj->metric_last, &lj->nmetric, e->metrics[k].id, e->day);
}

void
lint_journal_init(struct lint_journal *lj, const char *prog, long today)
{
	memset(lj, 0, sizeof *lj);
	journal_init(&lj->j, prog, seen_entry, lj);
	lj->today = today;
	lj->first = LONG_MAX;
}

int
lint_journal_read(struct lint_journal *lj, const char *path)
{
	if (lj->npaths == 0)
		lj->rereadable = 1;
	/* Standard input can be read once only. */
	if (strcmp(path, "-") == 0)
		lj->rereadable = 0;
	lj->paths = xrealloc(lj->paths, (lj->npaths + 1) * sizeof *lj->paths);
	lj->paths[lj->npaths++] = path;
	return journal_read(&lj->j, path);
}

void
lint_journal_free(struct lint_journal *lj)
{
	journal_free(&lj->j);
	free(lj->paths);
	free(lj->tag_last);
	free(lj->metric_last);
	memset(lj, 0, sizeof *lj);
}

long
lint_journal_last(struct lint_journal *lj, int tag, const char *name, size_t len)
{
	int id;

	if (tag) {
		id = journal_tag(&lj->j, name, len);
		return (size_t)id < lj->ntag ? lj->tag_last[id] : LONG_MIN;
	}
	id = journal_metric(&lj->j, name, len);
	return (size_t)id < lj->nmetric ? lj->metric_last[id] : LONG_MIN;
}

static void
check_stale(const struct goal *gl, struct lint_journal *lj, int stale_days, struct diags *d)
{
	const struct measure *m = &gl->measure;
	const char *id = goal_id(gl);
	char how[80] = "", day[DATE_BUFSIZE], *gas_name = NULL;
	long last = LONG_MIN, from, t;
	size_t n;

	/* A tag of "#" alone names nothing to count. */
	if (m->tag != NULL && !(m->tag->len == 1 && m->tag->value[0] == '#')) {
		last = lint_journal_last(lj, 1, m->tag->value, m->tag->len);
		snprintf(how, sizeof how, " (#%.40s)", m->tag->value + (m->tag->value[0] == '#'));
	}
	if (m->metric != NULL && m->metric->len > 0) {
		if ((t = lint_journal_last(lj, 0, m->metric->value, m->metric->len)) > last)
			last = t;
		if (how[0] == '\0')
			snprintf(how, sizeof how, " (%.40s: N)", m->metric->value);
	}
	if (id != NULL) {
		/* A level rated at a session is progress recorded, whatever the measure says. */
		gas_name = gas_field(id, &n);
		if ((t = lint_journal_last(lj, 0, gas_name, n)) > last)
			last = t;
		if (how[0] == '\0' && gl->gas.complete)
			snprintf(how, sizeof how, " (%.40s: -2 to +2)", gas_name);
		free(gas_name);
	}
	/* Only a goal that has some way to write its progress down can be behind on it. */
	if (how[0] == '\0')
		return;
	from = gl->has_start ? gl->start : lj->first;
	if (last != LONG_MIN && last >= from) {
		if (lj->today - last > stale_days)
			rule_report(d, RULE_STALE_GOAL, gl->node->line, gl->node->col, id,
			    "no progress recorded for %ld days (last on %s): write it in the "
			    "journal%s, or pause the goal", lj->today - last, date_format(last, day),
			    how);
	} else if (gl->has_start) {
		if (lj->today - from > stale_days)
			rule_report(d, RULE_STALE_GOAL, gl->node->line, gl->node->col, id,
			    "no progress recorded since the goal started %ld days ago: write it in "
			    "the journal%s, or pause the goal", lj->today - from, how);
	} else if (from != LONG_MAX && lj->today - from > stale_days) {
		rule_report(d, RULE_STALE_GOAL, gl->node->line, gl->node->col, id,
		    "no progress recorded in the %ld days since the journal began (%s): write it "
		    "in the journal%s, or pause the goal", lj->today - from,
		    date_format(from, day), how);
	}
}

void
lint_stale(const struct goals *g, struct lint_journal *lj, int stale_days, struct diags *d)
{
	for (size_t i = 0; i < g->ngoals; i++) {
		/* A paused goal is resting on purpose, and one done or dropped is history. */
		if (g->goals[i].status != STATUS_ACTIVE)
			continue;
		d->scope = (int)i + 1;
		check_stale(&g->goals[i], lj, stale_days, d);
		d->scope = 0;
	}
}

/* The index of the rule a finding names: its name points into rule_table. */
static int
rule_of(const struct diag *f)
{
	for (int r = 0; r < RULE_COUNT; r++)
		if (f->rule == rule_table[r].name)
			return r;
	return rule_find(f->rule);
}

void
lint_apply(struct diags *d, const struct goals *g, const int sev[RULE_COUNT])
{
	size_t kept = 0;

	for (size_t i = 0; i < d->n; i++) {
		struct diag *f = &d->v[i];
		int r = rule_of(f), drop = 0;

		if (r == RULE_FIXED)
			drop = 0;
		else if (r >= 0 && sev[r] == SEV_OFF)
			drop = 1;
		else if (r >= 0 && f->scope > 0 && (size_t)f->scope <= g->ngoals)
			/* NOLINTNEXTLINE(bugprone-narrowing-conversions): a bit, 0 or 1 */
			drop = (g->goals[f->scope - 1].disabled >> r) & 1;
		if (drop)
			continue;  /* its texts stay in the list's arena until diags_free */
		if (r >= 0 && r != RULE_FIXED)
			f->sev = (enum severity)sev[r];
		d->v[kept++] = *f;
	}
	d->n = kept;
}

void
lint_letters(const struct diags *d, unsigned *pass, size_t ngoals)
{
	for (size_t i = 0; i < ngoals; i++)
		pass[i] = SMART_ALL;
	/* Info findings are advice: they do not fail a letter. */
	for (size_t k = 0; k < d->n; k++)
		if (d->v[k].scope > 0 && (size_t)d->v[k].scope <= ngoals &&
		    d->v[k].sev >= SEV_WARNING)
			pass[d->v[k].scope - 1] &= ~smart_bit(d->v[k].smart);
}

unsigned *
lint_finish(struct diags *d, const struct goals *g, const int sev[RULE_COUNT])
{
	unsigned *pass = xmalloc((g->ngoals + 1) * sizeof *pass);

	lint_apply(d, g, sev);
	diags_sort(d);
	lint_letters(d, pass, g->ngoals);
	return pass;
}

unsigned *
lint_check(const struct goals *g, int loaded, struct sentence_reader *r,
    const struct config *cfg, long today, struct lint_journal *journal, struct lines *src,
    struct diags *d)
{
	if (loaded) {
		lint_goals(g, r, today, (int)cfg->max_active, src, d);
		if (journal != NULL) {
			lint_stale(g, journal, (int)cfg->stale_days, d);
			lint_reach(g, journal, &cfg->reach, d);
		}
	}
	return lint_finish(d, g, cfg->sev);
}

/* The sentence reader of cfg's own patterns into *rp.  Returns 0, or -1 with the first
 * pattern that does not compile in d. */
static int
settings_reader(const struct config *cfg, struct sentence_reader **rp, struct diags *d)
{
	if ((*rp = sentence_reader_new()) == NULL)
		out_of_memory();
	for (size_t i = 0; i < cfg->nvague + cfg->nabsolutist; i++) {
		const struct config_pattern *p = i < cfg->nvague ? &cfg->vague[i] :
		    &cfg->absolutist[i - cfg->nvague];

		if (sentence_reader_add(*rp, i < cfg->nvague ? WORDING_VAGUE : WORDING_ABSOLUTIST,
		    p->text, p->line, p->col, d) < 0) {
			sentence_reader_free(*rp);
			*rp = NULL;
			return -1;
		}
	}
	return 0;
}

int
lint_settings(const char *config_path, const char *lookup, struct config *cfg,
    struct sentence_reader **rp, struct diags *d)
{
	char *found = NULL;
	const char *path = config_path;

	config_init(cfg);
	if (path == NULL)
		path = found = config_find(lookup);
	if (path != NULL && config_load(cfg, path, d) < 0) {
		free(found);
		return -1;
	}
	free(found);
	return settings_reader(cfg, rp, d);
}

int
lint_settings_text(const char *path, const char *text, size_t len, struct config *cfg,
    struct sentence_reader **rp, struct diags *d)
{
	config_init(cfg);
	if (config_parse(cfg, path, text, len, d) < 0)
		return -1;
	return settings_reader(cfg, rp, d);
}
