/* tally.c: journalstat's one pass over the entries, and the figures derived from its sums. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "tally.h"

/* Grows an array of n elements of size bytes to m, zeroing the new part. */
static void *
grow(void *v, size_t n, size_t m, size_t size)
{
	v = xrealloc(v, m * size);
	memset((char *)v + n * size, 0, (m - n) * size);
	return v;
}

/* Makes every array indexed by metric id hold id. */
static void
have_metric(struct tally *t, size_t id)
{
	size_t m = 2 * t->nmetric > id + 1 ? 2 * t->nmetric : id + 1;

	if (id < t->nmetric)
		return;
	t->metric = grow(t->metric, t->nmetric, m, sizeof *t->metric);
	t->recent = grow(t->recent, t->nmetric, m, sizeof *t->recent);
	t->before = grow(t->before, t->nmetric, m, sizeof *t->before);
	for (int d = 0; d < 7 && t->want_weekdays; d++)
		t->weekday_mean[d] = grow(t->weekday_mean[d], t->nmetric, m,
		    sizeof **t->weekday_mean);
	for (int w = 0; w < 2 && t->want_with; w++)
		t->with_mean[w] = grow(t->with_mean[w], t->nmetric, m, sizeof **t->with_mean);
	t->nmetric = m;
}

/* The metrics of an entry: each value to the same sums, in the same order, as one at a time
 * would, but with the arrays grown once and the entry's period sums picked once. */
static void
entry_values(struct tally *t, const struct entry *e, long age, int weekday, int with,
    struct row *r)
{
	struct mean *period, *day, *group;
	size_t top = 0;

	if (e->nmetrics == 0)
		return;
	for (size_t i = 0; i < e->nmetrics; i++)
		if ((size_t)e->metrics[i].id > top)
			top = (size_t)e->metrics[i].id;
	have_metric(t, top);
	/* The trend compares the 4 weeks to today with the 4 weeks before them. */
	period = age >= 0 && age < 28 ? t->recent : age >= 28 && age < 56 ? t->before : NULL;
	day = t->want_weekdays ? t->weekday_mean[weekday] : NULL;
	group = t->want_with ? t->with_mean[with] : NULL;
	for (size_t i = 0; i < e->nmetrics; i++) {
		size_t id = (size_t)e->metrics[i].id;
		double x = e->metrics[i].value;

		moments_add(&t->metric[id], x);
		if (period != NULL)
			mean_add(&period[id], x);
		if (day != NULL)
			mean_add(&day[id], x);
		if (group != NULL)
			mean_add(&group[id], x);
		if (r != NULL)
			row_add_metric(r, (int)id, x);
	}
}

/* Takes in one entry: every figure of every report is a sum, so nothing of it is kept. */
void
tally_entry(const struct entry *e, void *ctx)
{
	struct tally *t = ctx;
	int weekday = date_weekday(e->day);
	int with = t->with_tag_id >= 0 && entry_has_tag(e, t->with_tag_id);
	long age = t->today - e->day;
	struct row *r = NULL;

	if ((t->has_from && e->day < t->from) || (t->has_to && e->day > t->to))
		return;
	if (t->only_tag_id >= 0 && !entry_has_tag(e, t->only_tag_id))
		return;
	t->entries++;
	t->words += e->words;
	dayset_add(&t->days, e->day);
	t->week_entries[weekday]++;
	t->with_entries[with]++;
	if (t->want_series) {
		r = series_row(&t->series, date_period_index(e->day, t->series.per));
		r->entries++;
		r->words += e->words;
		for (size_t k = 0; k < t->ncount; k++)
			r->count[k] += entry_has_tag(e, t->count_ids[k]);
	}
	entry_values(t, e, age, weekday, with, r);
	for (size_t i = 0; i < e->ntags; i++) {
		size_t id = (size_t)e->tags[i].id;

		if (id >= t->ntag) {
			size_t m = 2 * t->ntag > id + 1 ? 2 * t->ntag : id + 1;

			t->tag_total = grow(t->tag_total, t->ntag, m, sizeof *t->tag_total);
			t->ntag = m;
		}
		t->tag_total[id].entries++;
		t->tag_total[id].count += e->tags[i].count;
	}
	if (t->want_progress) {
		progress_add(&t->progress, e);
		baselines_add(&t->base, e);
		strengths_add(&t->strength, e);
	}
	else if (t->want_scores)
		scores_add(&t->scores, e);
}

void
tally_free(struct tally *t)
{
	journal_free(&t->jr);
	dayset_free(&t->days);
	series_free(&t->series);
	free(t->metric);
	free(t->recent);
	free(t->before);
	for (int d = 0; d < 7; d++)
		free(t->weekday_mean[d]);
	free(t->with_mean[0]);
	free(t->with_mean[1]);
	free(t->tag_total);
}

double
mean_of(const struct mean *m)
{
	return m->n ? m->sum / (double)m->n : NAN;
}

/* What the comparisons below sort by: qsort passes them no context. */
static const struct names *sort_names;
static const struct tag_total *sort_totals;

static int
by_name(const void *a, const void *b)
{
	return strcmp(sort_names->name[*(const int *)a], sort_names->name[*(const int *)b]);
}

int *
tally_metrics(const struct tally *t, size_t *n)
{
	int *ids = xmalloc((t->nmetric ? t->nmetric : 1) * sizeof *ids);

	*n = 0;
	for (size_t i = 0; i < t->nmetric && i < t->jr.metrics.n; i++)
		if (t->metric[i].n > 0)
			ids[(*n)++] = (int)i;
	sort_names = &t->jr.metrics;
	qsort(ids, *n, sizeof *ids, by_name);
	return ids;
}

int
tally_is_measure(const struct tally *t, int id)
{
	const char *name = t->jr.metrics.name[id];

	return instrument_find(name, strlen(name)) >= 0 ||
	    strncmp(name, GAS_PREFIX, strlen(GAS_PREFIX)) == 0;
}

size_t
tally_keep_plain(const struct tally *t, int *ids, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		if (!tally_is_measure(t, ids[i]))
			ids[k++] = ids[i];
	return k;
}

int *
tally_plain_metrics(const struct tally *t, size_t *n)
{
	int *ids = tally_metrics(t, n);

	*n = tally_keep_plain(t, ids, *n);
	return ids;
}

const char *
tally_kind(const struct tally *t, int id)
{
	return tally_is_measure(t, id) ? "measure" : "metric";
}

static int
by_tag_use(const void *a, const void *b)
{
	const struct tag_total *x = &sort_totals[*(const int *)a];
	const struct tag_total *y = &sort_totals[*(const int *)b];

	if (x->entries != y->entries)
		return x->entries > y->entries ? -1 : 1;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(sort_names->name[*(const int *)a], sort_names->name[*(const int *)b]);
}

int *
tally_tags(const struct tally *t, size_t *n)
{
	int *ids = xmalloc((t->ntag ? t->ntag : 1) * sizeof *ids);

	*n = 0;
	for (size_t i = 0; i < t->ntag && i < t->jr.tags.n; i++)
		if (t->tag_total[i].entries > 0)
			ids[(*n)++] = (int)i;
	sort_names = &t->jr.tags;
	sort_totals = t->tag_total;
	qsort(ids, *n, sizeof *ids, by_tag_use);
	return ids;
}

int *
tally_top_tags(const struct tally *t, size_t top, size_t *n)
{
	int *best = xmalloc((top ? top : 1) * sizeof *best);
	size_t have = 0;

	*n = 0;
	sort_names = &t->jr.tags;
	sort_totals = t->tag_total;
	for (size_t i = 0; i < t->ntag && i < t->jr.tags.n; i++) {
		int id = (int)i;
		size_t at;

		if (t->tag_total[i].entries == 0)
			continue;
		(*n)++;
		if (top == 0 || (have == top && by_tag_use(&id, &best[top - 1]) >= 0))
			continue;
		/* Into its place among the best so far, the last dropped when they are full. */
		for (at = have < top ? have++ : top - 1; at > 0 && by_tag_use(&id, &best[at - 1]) < 0;
		    at--)
			best[at] = best[at - 1];
		best[at] = id;
	}
	return best;
}

/* ---- --goals ---- */

void
tally_goal_periods(const struct tally *t, const struct goal_progress *gp, long *lo, long *hi)
{
	int any = t->days.count > 0 || gp->goal->has_start;

	/* progress_range's whole periods, and the one holding today. */
	if (!any || (!progress_range(gp, t->days.first, lo, hi) && *lo > *hi + 1))
		*lo = 1, *hi = 0;
	else
		*hi = progress_current(gp);
}

void
tally_goal_judge(const struct tally *t, const struct goal_progress *gp, long i,
    struct period_judgement *j)
{
	progress_judge(&t->progress, gp, t->days.first, i, j);
}

void
tally_goal_days(const struct tally *t, const struct goal_progress *gp, struct day_tally *d)
{
	progress_days(gp, t->days.count ? t->days.first : gp->today, d);
}

const char *
tally_goal_id(const struct goal_progress *gp)
{
	return goal_id(gp->goal) ? goal_id(gp->goal) : "";
}

double
tally_strength(const struct tally *t, const struct goal_progress *gp)
{
	double v;

	if (!strength_get(&t->strength, gp->goal, t->days.count ? t->days.first : LONG_MIN, &v))
		return NAN;
	return v;
}

/* ---- --measures ---- */

/* The next PHQ-9 in date order from the scored ones (a) and, when b is not NULL, the refused
 * ones whose item 9 was above 0 (b); NULL at the end. */
static const struct score_point *
next_phq9(const struct score_series *a, const struct score_series *b, size_t *i, size_t *j)
{
	const struct score_point *x = *i < a->n ? &a->v[*i] : NULL;
	const struct score_point *y = b != NULL && *j < b->n ? &b->v[*j] : NULL;

	if (x != NULL && (y == NULL || x->day < y->day || (x->day == y->day && x->seq < y->seq))) {
		++*i;
		return x;
	}
	if (y != NULL)
		++*j;
	return y;
}

/* The sentence `say` makes of the PHQ-9s that `pick` picks, or NULL for none; *latest is the
 * latest of them.  The safety sentence counts refused PHQ-9s too (with_refused). */
static const char *
phq9_sentence(const struct tally *t, int (*pick)(double, int), int with_refused,
    const char *(*say)(long, long, size_t, char *), char buf[SAFETY_SIZE],
    const struct score_point **latest)
{
	const struct score_series *s = &t->scores.s[INST_PHQ9];
	const struct score_point *p, *first = NULL;
	size_t ndays = 0, i = 0, j = 0;

	*latest = NULL;
	/* In date order; two of one day are one day to speak of. */
	while ((p = next_phq9(s, with_refused ? &t->scores.unscored9 : NULL, &i, &j)) != NULL) {
		if (!(isnan(p->total) ? p->item9 > 0 : pick(p->total, p->item9)))
			continue;
		if (first == NULL)
			first = p;
		ndays += *latest == NULL || p->day != (*latest)->day;
		*latest = p;
	}
	if (first == NULL)
		return NULL;
	return say(first->day, (*latest)->day, ndays, buf);
}

const char *
tally_safety(const struct tally *t, char buf[SAFETY_SIZE], const struct score_point **latest)
{
	return phq9_sentence(t, phq9_item9_above_0, 1, safety_sentence, buf, latest);
}

const char *
tally_item9_unknown(const struct tally *t, char buf[SAFETY_SIZE],
    const struct score_point **latest)
{
	return phq9_sentence(t, phq9_item9_unknown, 0, item9_unknown_sentence, buf, latest);
}

/* Rounds to the given decimal places; adding 0.0 makes a rounded -0 a plain 0. */
static double
to_places(double v, int places)
{
	double scale = places == 2 ? 100 : places == 1 ? 10 : 1;

	return round(v * scale) / scale + 0.0;
}

int
first_to_latest(const struct tally *t, enum instrument in, struct first_latest *c)
{
	const struct score_series *s = &t->scores.s[in];

	if (s->n < 2)
		return 0;
	c->first = s->v[0].total;
	c->latest = s->v[s->n - 1].total;
	/* Totals have at most one decimal; rounding drops the binary fraction's tail. */
	c->change = to_places(c->latest - c->first, 1);
	c->rci = score_rci(in, c->first, c->latest);
	/* The verdict is taken before rounding; the RCI is shown to two places, as published. */
	c->verdict = score_change(in, c->rci);
	c->rci = to_places(c->rci, 2);
	return 1;
}

double
tscore_of(const struct gas_point *gp)
{
	return to_places(gp->t, 1);
}

int
any_scores(const struct tally *t)
{
	for (int in = 0; in < INST_COUNT; in++)
		if (t->scores.s[in].n > 0)
			return 1;
	return 0;
}
