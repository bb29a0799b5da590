/* reach.c: whether a goal starts where the person is (out-of-reach), has been met long
 * enough to step up (ready-to-step-up), or has slipped (slipping), from the journal.  The
 * words suggest a rung, never a verdict: doc/rules.md gives each rule's reasons. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "lint.h"
#include "rules.h"

/* The second reading: the goals' progress since their start and their baselines. */
struct reading {
	struct progress progress;
	struct baselines base;
	long first;             /* the journal's first day, or LONG_MAX */
	long today;
};

static void
on_entry(const struct entry *e, void *ctx)
{
	struct reading *r = ctx;

	if (e->day > r->today)
		return;
	if (e->day < r->first)
		r->first = e->day;
	progress_add(&r->progress, e);
	baselines_add(&r->base, e);
}

/* The first reading said the journal's findings already. */
static void
quiet(const char *prog, const char *file, const struct diags *d)
{
	(void)prog, (void)file, (void)d;
}

/* What the goal counts, for a person: "#social", "mood". */
static void
what(const struct goal *gl, char *buf, size_t size)
{
	const struct measure *m = &gl->measure;

	if (m->tag != NULL)
		snprintf(buf, size, "#%.40s", m->tag->value + (m->tag->value[0] == '#'));
	else
		snprintf(buf, size, "%.40s", m->metric->value);
}

/* A number as a person writes it: 2, 0.5, 6.3. */
static const char *
num(double v, char *buf)
{
	snprintf(buf, 32, "%.*f", v == floor(v) ? 0 : fabs(v * 10 - round(v * 10)) < 1e-9 ? 1 :
	    2, v);
	return buf;
}

static double
target_of(const struct measure *m)
{
	return m->has_at_least ? m->at_least : m->at_most;
}

/* The baseline's window in words: "the last 4 weeks", or "3 of the last 4 weeks (one had
 * no entry)". */
static const char *
window(const struct baseline *b, const char *per, char *buf)
{
	int gap = BASELINE_PERIODS - b->periods;
	char from[DATE_BUFSIZE], to[DATE_BUFSIZE], some[48] = "";

	if (gap > 0)
		snprintf(some, sizeof some, " (%d had no entry)", gap);
	if (b->before_start)
		snprintf(buf, 128, "the %d %ss before the goal's start, %s to %s%s",
		    BASELINE_PERIODS, per, date_format(b->from, from), date_format(b->to, to),
		    some);
	else
		snprintf(buf, 128, "the last %d %ss%s", BASELINE_PERIODS, per, some);
	return buf;
}

/* "once", "twice", "0.5 times". */
static const char *
times(double v, char *buf)
{
	char n[32];

	if (v == 1 || v == 2)
		return v == 1 ? "once" : "twice";
	snprintf(buf, 32, "%s times", num(v, n));
	return buf;
}

/* The last n whole periods since the start that were judged, newest last, in j, passing
 * over those skipped or with no entry (no entry is not a miss); *at is the index of the
 * oldest.  0 when fewer than n were judged. */
static int
last_judged(const struct progress *p, const struct goal_progress *gp, long first, int n,
    struct period_judgement *j, long *at)
{
	long lo, hi;
	int k = n;

	*at = LONG_MAX;
	if (!progress_range(gp, first, &lo, &hi))
		return 0;
	for (long i = hi; i >= lo && k > 0; i--) {
		progress_judge(p, gp, first, i, &j[k - 1]);
		if (j[k - 1].verdict == VERDICT_MET || j[k - 1].verdict == VERDICT_NOT_MET)
			k--, *at = i;
	}
	return k == 0;
}

/* Whether the goal was met in any of its last n whole periods since its start: then the
 * target is within reach, whatever the baseline said. */
static int
met_lately(const struct progress *p, const struct goal_progress *gp, long first, int n)
{
	struct period_judgement j;
	long lo, hi;

	if (!progress_range(gp, first, &lo, &hi))
		return 0;
	for (long i = hi; i >= lo && i > hi - n; i--) {
		progress_judge(p, gp, first, i, &j);
		if (j.verdict == VERDICT_MET)
			return 1;
	}
	return 0;
}

/* Whether the target is a leap from the baseline, by cfg's thresholds. */
static int
is_leap(const struct goal_progress *gp, const struct baseline *b, const struct reach_settings *cfg)
{
	const struct measure *m = &gp->goal->measure;
	double t = target_of(m), sd = b->sd < 0.5 ? 0.5 : b->sd;

	if (gp->tag >= 0 && m->has_at_least)
		return t > cfg->times * b->value && t > b->value + cfg->plus;
	if (gp->tag >= 0)
		return b->value > cfg->times * t && b->value > t + cfg->plus;
	return fabs(t - b->value) > cfg->sd * sd && (m->has_at_least ?
	    t > b->value : t < b->value);
}

static void
check_leap(const struct progress *p, const struct goal_progress *gp, const struct baseline *b,
    long first, const struct reach_settings *cfg, struct diags *d)
{
	const struct goal *gl = gp->goal;
	const struct measure *m = &gl->measure;
	const char *per = date_period_name(m->per);
	char name[48], a[32], c[32], e[48], t[32], when[128];
	double r1, r2;

	if (!is_leap(gp, b, cfg) || met_lately(p, gp, first, (int)cfg->step_up))
		return;
	what(gl, name, sizeof name);
	if (gp->tag >= 0) {
		r1 = rung_count(b->value, target_of(m), m->has_at_most);
		r2 = rung_count(r1, target_of(m), m->has_at_most);
		rule_report(d, RULE_OUT_OF_REACH, gl->node->line, gl->node->col, goal_id(gl),
		    "you logged %s %s a %s over %s, and the goal asks for %s %s: try %s "
		    "a %s first, then %s", name, times(b->value, a), per, window(b, per, when),
		    m->has_at_least ? "at least" : "at most", num(target_of(m), t), num(r1, c),
		    per, num(r2, e));
		return;
	}
	r1 = rung_metric(b->value, b->sd, target_of(m));
	if (round(b->sd * 10) > 0)
		snprintf(e, sizeof e, " (give or take %.1f)", round(b->sd * 10) / 10);
	else
		e[0] = '\0';
	rule_report(d, RULE_OUT_OF_REACH, gl->node->line, gl->node->col, goal_id(gl),
	    "your %s averaged %s%s over %s, and the goal asks for %s %s a %s: try %s %s "
	    "first", name, num(round(b->value * 10) / 10, a), e, window(b, per, when),
	    m->has_at_least ? "at least" : "at most", num(target_of(m), t), per,
	    m->has_at_least ? "at least" : "at most", num(r1, c));
}

/* The next rung past the target, for a goal met period after period. */
static double
next_rung(const struct goal_progress *gp)
{
	const struct measure *m = &gp->goal->measure;

	if (gp->tag >= 0)
		return rung_count(target_of(m), m->has_at_most ? 0 : 1e9, m->has_at_most);
	return rung_metric(target_of(m), 0.5, m->has_at_least ? 1e9 : -1e9);
}

static void
check_step_up(const struct progress *p, const struct goal_progress *gp, long first,
    const struct reach_settings *cfg, struct diags *d)
{
	const struct goal *gl = gp->goal;
	const struct measure *m = &gl->measure;
	const char *per = date_period_name(m->per);
	struct period_judgement j[64];
	int n = (int)cfg->step_up;
	char a[32], broad[120] = "";
	long at, lo, hi;

	if (m->has_at_least && m->has_at_most)
		return;	/* a range is a place to stay, not a rung */
	/* "The last n" allows a few periods with no entry among them, not a journal left for
	 * years: then the goal is stale, and what was met long ago says nothing of now. */
	if (!last_judged(p, gp, first, n, j, &at) || !progress_range(gp, first, &lo, &hi) ||
	    at <= hi - 2 * n)
		return;
	for (int k = 0; k < n; k++)
		if (j[k].verdict != VERDICT_MET)
			return;
	if (gl->broad != NULL && gl->broad->kind == YNODE_SCALAR)
		snprintf(broad, sizeof broad, ", toward your wish '%.80s'", gl->broad->value);
	rule_report(d, RULE_READY_TO_STEP_UP, gl->node->line, gl->node->col, goal_id(gl),
	    "met in each of the last %d %ss: ready for a next rung? for example %s %s a %s%s, "
	    "if it feels right", n, per, m->has_at_least ? "at least" : "at most",
	    num(next_rung(gp), a), per, broad);
}

static void
check_slipping(const struct progress *p, const struct goal_progress *gp, long first,
    const struct reach_settings *cfg, struct diags *d)
{
	const struct goal *gl = gp->goal;
	const struct measure *m = &gl->measure;
	const char *per = date_period_name(m->per);
	int n = (int)cfg->slipping, met_before = 0;
	struct period_judgement j[64], x;
	double recent = 0, rung;
	long lo, hi, at;
	char a[32];

	if (!last_judged(p, gp, first, n, j, &at) || !progress_range(gp, first, &lo, &hi))
		return;
	for (int k = 0; k < n; k++) {
		if (j[k].verdict != VERDICT_NOT_MET)
			return;
		recent += j[k].value / n;
	}
	for (long i = lo; i < at && !met_before; i++) {
		progress_judge(p, gp, first, i, &x);
		met_before = x.verdict == VERDICT_MET;
	}
	if (!met_before)
		return;
	rung = gp->tag >= 0 ? rung_count(recent, target_of(m), m->has_at_most) :
	    rung_metric(recent, 0.5, target_of(m));
	if (rung == target_of(m))	/* no smaller step in between */
		rule_report(d, RULE_SLIPPING, gl->node->line, gl->node->col, goal_id(gl),
		    "met in earlier %ss, but not in the last %d: that happens; picking it up "
		    "again, even once, is what counts now", per, n);
	else
		rule_report(d, RULE_SLIPPING, gl->node->line, gl->node->col, goal_id(gl),
		    "met in earlier %ss, but not in the last %d: that happens; a smaller step "
		    "for now, such as %s %s a %s, still counts", per, n, m->has_at_least ?
		    "at least" : "at most", num(rung, a), per);
}

/* Reads lj's paths again, with the goals known. */
static void
read_again(struct reading *r, const struct goals *g, struct lint_journal *lj)
{
	struct journal j;

	journal_init(&j, "goalcheck", on_entry, r);
	j.on_findings = quiet;
	progress_init(&r->progress, g, &j, lj->today);
	baselines_init(&r->base, g, &j, lj->today);
	r->first = LONG_MAX;
	r->today = lj->today;
	for (size_t i = 0; i < lj->npaths; i++)
		journal_read(&j, lj->paths[i]);
	journal_free(&j);
}

void
reach_judge(const struct goals *g, const struct progress *p, const struct baselines *base,
    long first, const struct reach_settings *cfg, struct diags *d)
{
	struct baseline b;

	for (size_t i = 0; i < p->n; i++) {
		const struct goal_progress *gp = &p->v[i];

		if (gp->goal->status != STATUS_ACTIVE || gp->s.per == PERIOD_TOTAL)
			continue;
		d->scope = (int)(gp->goal - g->goals) + 1;
		if (baseline_get(base, gp->goal, &b))
			check_leap(p, gp, &b, first, cfg, d);
		check_step_up(p, gp, first, cfg, d);
		check_slipping(p, gp, first, cfg, d);
		d->scope = 0;
	}
}

void
lint_reach(const struct goals *g, struct lint_journal *lj, const struct reach_settings *cfg,
    struct diags *d)
{
	struct reading r;

	if (lj->progress != NULL && lj->base != NULL) {
		reach_judge(g, lj->progress, lj->base, lj->first, cfg, d);
		return;
	}
	if (!lj->rereadable || lj->npaths == 0)
		return;
	read_again(&r, g, lj);
	reach_judge(g, &r.progress, &r.base, r.first, cfg, d);
	progress_free(&r.progress);
	baselines_free(&r.base);
}
