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
		p->n++;
	}
}

void
progress_add(struct progress *p, const struct entry *e)
{
	for (size_t i = 0; i < p->n; i++) {
		struct goal_progress *gp = &p->v[i];
		double x = 1;
		int has;

		/* Today is no whole period yet, but a total so far counts it. */
		if ((gp->goal->has_start && e->day < gp->goal->start) || e->day > gp->today ||
		    (e->day == gp->today && gp->s.per != PERIOD_TOTAL))
			continue;
		has = gp->tag >= 0 ? entry_has_tag(e, gp->tag) : entry_metric(e, gp->metric, &x);
		if (!has)
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

void
progress_free(struct progress *p)
{
	for (size_t i = 0; i < p->n; i++)
		series_free(&p->v[i].s);
	free(p->v);
	memset(p, 0, sizeof *p);
}
