/* baseline.c: the last whole periods before a goal, for a first rung it can reach. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "baseline.h"
#include "date.h"

/* Where the window ends: at the start's period when the goal started at least a window ago,
 * so that the baseline is what came before it; else at today's period. */
static long
window_end(const struct goal *gl, enum period per, long today)
{
	long now = date_period_index(today, per);

	if (gl->has_start && date_period_index(gl->start, per) <= now - BASELINE_PERIODS)
		return date_period_index(gl->start, per);
	return now;
}

void
baselines_init(struct baselines *b, const struct goals *g, struct journal *j, long today)
{
	memset(b, 0, sizeof *b);
	b->today = today;
	b->v = xmalloc((g->ngoals ? g->ngoals : 1) * sizeof *b->v);
	for (size_t i = 0; i < g->ngoals; i++) {
		const struct goal *gl = &g->goals[i];
		const struct measure *m = &gl->measure;
		const struct ynode *name = m->tag ? m->tag : m->metric;
		struct baseline_goal *bg = &b->v[b->n];

		if (name == NULL || name->kind != YNODE_SCALAR || m->per == PERIOD_TOTAL ||
		    !(m->has_at_least || m->has_at_most))
			continue;
		if (m->tag != NULL && name->len == (size_t)(name->value[0] == '#'))
			continue;	/* "#" alone names nothing */
		memset(bg, 0, sizeof *bg);
		bg->goal = gl;
		bg->tag = m->tag ? journal_tag(j, name->value, name->len) : -1;
		bg->metric = m->tag ? -1 : journal_metric(j, name->value, name->len);
		bg->lo = window_end(gl, m->per, today) - BASELINE_PERIODS;
		b->n++;
	}
}

void
baselines_add(struct baselines *b, const struct entry *e)
{
	for (size_t i = 0; i < b->n; i++) {
		struct baseline_goal *bg = &b->v[i];
		long k = date_period_index(e->day, bg->goal->measure.per) - bg->lo;
		double x;

		if (k < 0 || k >= BASELINE_PERIODS || e->day > b->today)
			continue;
		bg->entries[k]++;
		if (bg->tag >= 0 && entry_has_tag(e, bg->tag))
			bg->count[k]++;
		if (bg->metric >= 0 && entry_metric(e, bg->metric, &x)) {
			mean_add(&bg->mean[k], x);
			moments_add(&bg->all, x);
		}
	}
}

int
baseline_get(const struct baselines *b, const struct goal *gl, struct baseline *out)
{
	const struct baseline_goal *bg = NULL;
	double sum = 0;
	enum period per = gl->measure.per;

	for (size_t i = 0; i < b->n && bg == NULL; i++)
		if (b->v[i].goal == gl)
			bg = &b->v[i];
	if (bg == NULL)
		return 0;
	memset(out, 0, sizeof *out);
	for (int k = 0; k < BASELINE_PERIODS; k++) {
		/* A period counts as data when the journal has an entry in it; for a metric, one
		 * that gives the metric. */
		if (bg->tag >= 0 ? bg->entries[k] == 0 : bg->mean[k].n == 0)
			continue;
		out->periods++;
		sum += bg->tag >= 0 ? (double)bg->count[k] :
		    bg->mean[k].sum / (double)bg->mean[k].n;
	}
	if (out->periods < BASELINE_MIN_PERIODS)
		return 0;
	out->value = sum / out->periods;
	out->sd = bg->tag >= 0 ? 0 : moments_sd(&bg->all);
	out->before_start = gl->has_start &&
	    date_period_index(gl->start, per) == bg->lo + BASELINE_PERIODS;
	out->from = date_period_start(bg->lo, per);
	out->to = date_period_start(bg->lo + BASELINE_PERIODS, per) - 1;
	return 1;
}

void
baselines_free(struct baselines *b)
{
	free(b->v);
	memset(b, 0, sizeof *b);
}

double
rung_count(double from, double target, int at_most)
{
	double r;

	if (at_most) {
		/* A quarter less, and at least one less: 12 to 9, 3 to 2. */
		r = floor(from * 0.75);
		if (from - r < 1)
			r = ceil(from) - 1;
		return r < target ? target : r;
	}
	/* The next whole number and half as much again: 0.5 to 1, 1 to 2, 4 to 6. */
	r = floor(from);
	r += r < 2 ? 1 : floor(r / 2);
	return r > target ? target : r;
}

double
rung_metric(double from, double sd, double target)
{
	double step = sd < 0.5 ? 0.5 : sd, r;

	if (target >= from) {
		r = round((from + step) * 10) / 10;
		return r > target ? target : r;
	}
	r = round((from - step) * 10) / 10;
	return r < target ? target : r;
}
