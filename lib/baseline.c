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

/* Room for one more window. */
static struct baseline_goal *
new_window(struct baselines *b)
{
	if (b->n == b->cap) {
		b->cap = b->cap ? 2 * b->cap : 8;
		b->v = xrealloc(b->v, b->cap * sizeof *b->v);
	}
	memset(&b->v[b->n], 0, sizeof b->v[b->n]);
	return &b->v[b->n];
}

void
baselines_init(struct baselines *b, const struct goals *g, struct journal *j, long today)
{
	memset(b, 0, sizeof *b);
	b->today = today;
	for (size_t i = 0; i < g->ngoals; i++) {
		const struct goal *gl = &g->goals[i];
		const struct measure *m = &gl->measure;
		const struct ynode *name = m->tag ? m->tag : m->metric;
		struct baseline_goal *bg;
		long end;

		if (name == NULL || name->kind != YNODE_SCALAR || m->per == PERIOD_TOTAL ||
		    !(m->has_at_least || m->has_at_most))
			continue;
		if (m->tag != NULL && name->len == (size_t)(name->value[0] == '#'))
			continue;	/* "#" alone names nothing */
		bg = new_window(b);
		bg->goal = gl;
		bg->tag = m->tag ? journal_tag(j, name->value, name->len) : -1;
		bg->metric = m->tag ? -1 : journal_metric(j, name->value, name->len);
		bg->per = m->per;
		end = window_end(gl, m->per, today);
		bg->before_start = end != date_period_index(today, m->per);
		bg->lo = end - BASELINE_PERIODS;
		b->n++;
	}
}

size_t
baselines_track(struct baselines *b, int tag, int metric, enum period per)
{
	struct baseline_goal *bg = new_window(b);

	bg->tag = tag;
	bg->metric = metric;
	bg->per = per;
	bg->lo = date_period_index(b->today, per) - BASELINE_PERIODS;
	return b->n++;
}

void
baselines_add(struct baselines *b, const struct entry *e)
{
	for (size_t i = 0; i < b->n; i++) {
		struct baseline_goal *bg = &b->v[i];
		long k = date_period_index(e->day, bg->per) - bg->lo;
		double x;

		if (k < 0 || k >= BASELINE_PERIODS || e->day > b->today)
			continue;
		bg->entries[k]++;
		if (bg->tag >= 0 && entry_counts_tag(e, bg->tag))
			bg->count[k]++;
		if (bg->metric >= 0 && entry_metric(e, bg->metric, &x)) {
			mean_add(&bg->mean[k], x);
			moments_add(&bg->all, x);
		}
	}
}

void
baselines_entry(const struct entry *e, void *ctx)
{
	baselines_add(ctx, e);
}

int
baseline_at(const struct baselines *b, size_t i, struct baseline *out)
{
	const struct baseline_goal *bg = &b->v[i];
	double sum = 0;

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
	out->before_start = bg->before_start;
	out->from = date_period_start(bg->lo, bg->per);
	out->to = date_period_start(bg->lo + BASELINE_PERIODS, bg->per) - 1;
	return 1;
}

int
baseline_get(const struct baselines *b, const struct goal *gl, struct baseline *out)
{
	for (size_t i = 0; i < b->n; i++)
		if (b->v[i].goal == gl)
			return baseline_at(b, i, out);
	return 0;
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
