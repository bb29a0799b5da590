/* progress.c: goals' measures followed through the journal. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "progress.h"

void
progress_init(struct progress *p, const struct goals *g, struct journal *j, long today)
{
	memset(p, 0, sizeof *p);
	p->v = xmalloc((g->ngoals ? g->ngoals : 1) * sizeof *p->v);
	for (size_t i = 0; i < g->ngoals; i++) {
		const struct measure *m = &g->goals[i].measure;
		const struct ynode *name = m->tag ? m->tag : m->metric;
		struct goal_progress *gp = &p->v[p->n];

		/* A tag of "#" alone names nothing to count. */
		if (name == NULL || name->kind != YNODE_SCALAR ||
		    name->len == (size_t)(m->tag && name->value[0] == '#') ||
		    !(m->has_at_least || m->has_at_most))
			continue;
		memset(gp, 0, sizeof *gp);
		gp->goal = &g->goals[i];
		gp->today = today;
		gp->tag = m->tag ? journal_tag(j, name->value, name->len) : -1;
		gp->metric = m->tag ? -1 : journal_metric(j, name->value, name->len);
		gp->s.per = m->per;
		gp->s.ncounts = 1;
		day_marks_init(&gp->marks, m, j);
		p->n++;
	}
}

void
progress_add(struct progress *p, const struct entry *e)
{
	if (p->n > 0 && e->day <= p->v[0].today)
		dayset_add(&p->written, e->day);
	for (size_t i = 0; i < p->n; i++) {
		struct goal_progress *gp = &p->v[i];
		double x = 1;
		int has;

		/* Today counts: the current period is shown so far, and a total so far. */
		if ((gp->goal->has_start && e->day < gp->goal->start) || e->day > gp->today)
			continue;
		day_marks_add(&gp->marks, e);
		if (!measure_counts_day(&gp->goal->measure, e->day))
			continue;
		has = gp->tag >= 0 ? entry_counts_tag(e, gp->tag) : entry_metric(e, gp->metric, &x);
		/* A value written on a skipped day is not the person's usual (a tag still counts:
		 * done on a skipped day is done). */
		if (!has || (gp->tag < 0 && day_marks_skips(&gp->marks, e)))
			continue;
		if (gp->s.per == PERIOD_TOTAL)
			gp->total += x, gp->total_n++;
		else if (gp->tag >= 0)
			series_row(&gp->s, date_period_index(e->day, gp->s.per))->count[0]++;
		else
			row_add_metric(series_row(&gp->s, date_period_index(e->day, gp->s.per)), 0, x);
	}
}

int
progress_range(const struct goal_progress *gp, long first_day, long *lo, long *hi)
{
	enum period per = gp->s.per;

	if (per == PERIOD_TOTAL) {
		*lo = *hi = 0;
		return 1;
	}
	*lo = date_period_index(gp->goal->has_start ? gp->goal->start : first_day, per);
	/* The period holding today has not ended, nor has any after it. */
	*hi = date_period_index(gp->today, per) - 1;
	return *lo <= *hi;
}

int
progress_value(const struct goal_progress *gp, long i, double *value)
{
	const struct row *r;

	if (gp->s.per == PERIOD_TOTAL) {
		if (gp->tag >= 0)
			*value = (double)gp->total_n;
		else if (gp->total_n == 0)
			return 0;
		else
			*value = gp->total / (double)gp->total_n;
		return 1;
	}
	r = gp->s.n && i >= gp->s.lo && i < gp->s.lo + (long)gp->s.n ? &gp->s.rows[i - gp->s.lo] :
	    NULL;
	if (gp->tag >= 0) {
		/* A period without a tagged entry counted none: that is a value, zero. */
		*value = r && r->count ? (double)r->count[0] : 0;
		return 1;
	}
	if (r == NULL || r->nmetric == 0 || r->metric[0].n == 0)
		return 0;
	*value = r->metric[0].sum / (double)r->metric[0].n;
	return 1;
}

int
progress_met(const struct goal_progress *gp, double value)
{
	const struct measure *m = &gp->goal->measure;

	return (!m->has_at_least || value >= m->at_least) &&
	    (!m->has_at_most || value <= m->at_most);
}

const char *const verdict_names[] = {
	[VERDICT_MET] = "met", [VERDICT_NOT_MET] = "not met", [VERDICT_SO_FAR] = "so far",
	[VERDICT_SKIPPED] = "skipped", [VERDICT_NO_ENTRY] = "no entry",
};

const char *const verdict_keys[] = {
	[VERDICT_MET] = "met", [VERDICT_NOT_MET] = "not_met", [VERDICT_SO_FAR] = "so_far",
	[VERDICT_SKIPPED] = "skipped", [VERDICT_NO_ENTRY] = "no_entry",
};

long
progress_current(const struct goal_progress *gp)
{
	return gp->s.per == PERIOD_TOTAL ? 0 : date_period_index(gp->today, gp->s.per);
}

/* The first day the goal is followed from. */
static long
goal_from(const struct goal_progress *gp, long first_day)
{
	return gp->goal->has_start ? gp->goal->start : first_day;
}

/* Period i's days (to today at most) that count, *of all its days on the measure, and
 * whether an entry was written on one of them. */
static int
period_days(const struct progress *p, const struct goal_progress *gp, long first_day, long i,
    int *of, int *written)
{
	const struct measure *m = &gp->goal->measure;
	long lo = date_period_start(i, gp->s.per), hi = date_period_start(i + 1, gp->s.per) - 1;
	long from = goal_from(gp, first_day);
	int days = 0;

	*of = *written = 0;
	for (long d = lo; d <= hi; d++) {
		if (!measure_counts_day(m, d))
			continue;
		++*of;
		if (d < from || d > gp->today || day_marks_state(&gp->marks, d) == DAY_SKIPPED)
			continue;
		days++;
		*written |= dayset_has(&p->written, d);
	}
	return days;
}

void
progress_judge(const struct progress *p, const struct goal_progress *gp, long first_day,
    long i, struct period_judgement *out)
{
	const struct measure *m = &gp->goal->measure;
	int written;

	memset(out, 0, sizeof *out);
	out->at_least = m->at_least;
	out->at_most = m->at_most;
	out->has = progress_value(gp, i, &out->value);
	if (gp->s.per == PERIOD_TOTAL) {
		/* A total short of its floor may yet reach it: so far, not missed.  One over its
		 * ceiling cannot come back under it. */
		out->verdict = out->has && progress_met(gp, out->value) ? VERDICT_MET :
		    out->has && m->has_at_most && out->value > m->at_most ? VERDICT_NOT_MET :
		    VERDICT_SO_FAR;
		return;
	}
	out->days = period_days(p, gp, first_day, i, &out->of, &written);
	if (gp->tag >= 0 && out->days < out->of) {
		/* Pro rata: a partial period asks for its share of the target. */
		out->at_least = m->at_least * out->days / out->of;
		out->at_most = m->at_most * out->days / out->of;
	}
	if (i >= progress_current(gp))
		out->verdict = VERDICT_SO_FAR;
	else if (out->days == 0)
		out->verdict = VERDICT_SKIPPED;
	else if (!written || !out->has)
		out->verdict = VERDICT_NO_ENTRY;
	else
		out->verdict = (!m->has_at_least || out->value >= out->at_least - 1e-9) &&
		    (!m->has_at_most || out->value <= out->at_most + 1e-9) ? VERDICT_MET :
		    VERDICT_NOT_MET;
}

void
progress_days(const struct goal_progress *gp, long first_day, struct day_tally *out)
{
	day_marks_tally(&gp->marks, goal_from(gp, first_day), gp->today, out);
}

void
progress_free(struct progress *p)
{
	for (size_t i = 0; i < p->n; i++) {
		series_free(&p->v[i].s);
		day_marks_free(&p->v[i].marks);
	}
	dayset_free(&p->written);
	free(p->v);
	memset(p, 0, sizeof *p);
}
