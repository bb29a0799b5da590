/* calendar.c: --calendar's model, the "year in pixels": one value a day, a metric's mean or
 * a tag's count, from the series of days the one pass gathered (tally.c); and the levels it
 * is shaded in, which every renderer of it shares. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "plot.h"
#include "report.h"
#include "tally.h"

/* A sequential ramp from light yellow-green to dark blue (ColorBrewer's YlGnBu): its
 * lightness falls at each step, so it reads in grey and to colour-blind eyes. */
const struct cal_shade cal_shade[CAL_LEVELS] = {
	{ "░", ".", { 0xc7, 0xe9, 0xb4 }, 187 },
	{ "▒", ":", { 0x7f, 0xcd, 0xbb }, 115 },
	{ "▓", "*", { 0x2c, 0x7f, 0xb8 }, 31 },
	{ "█", "#", { 0x25, 0x34, 0x94 }, 24 },
};

void
calendar_prepare(struct tally *t, int *count_id)
{
	const char *name = t->cal_name;

	t->want_series = 1;
	t->series.per = PERIOD_DAY;
	if (name == NULL)
		return;
	if (name[0] == '#')
		name++, t->cal_tag = 1;
	/* A name that cannot be a tag is looked for among the metrics only. */
	if (name[0] == '\0' || journal_tag_len(name, strlen(name)) != strlen(name))
		return;
	*count_id = journal_tag(&t->jr, name, strlen(name));
	t->count_ids = count_id;
	t->ncount = t->series.ncounts = 1;
}

/* The plain metric with the most values, the first in name order of equals; or -1. */
static int
most_recorded(const struct tally *t)
{
	size_t n;
	int *ids = tally_plain_metrics(t, &n), best = -1;

	for (size_t i = 0; i < n; i++)
		if (best < 0 || t->metric[ids[i]].n > t->metric[best].n)
			best = ids[i];
	free(ids);
	return best;
}

/* The metric of that name with a value among the entries read, or -1. */
static int
metric_named(const struct tally *t, const char *name)
{
	int id = names_find(&t->jr.metrics, name, strlen(name));

	return id >= 0 && (size_t)id < t->nmetric && t->metric[id].n > 0 ? id : -1;
}

int
calendar_build(struct tally *t)
{
	struct calendar *c = &t->cal;
	const struct series *s = &t->series;
	int id = t->cal_name == NULL ? most_recorded(t) :
	    t->cal_tag ? -1 : metric_named(t, t->cal_name);
	int tag = id < 0 && t->ncount == 1 && (size_t)t->count_ids[0] < t->ntag &&
	    t->tag_total[t->count_ids[0]].entries > 0 ? t->count_ids[0] : -1;

	memset(c, 0, sizeof *c);
	c->lo = INFINITY, c->hi = -INFINITY;
	if ((id < 0 && tag < 0) || s->n == 0)
		return -1;
	c->is_tag = tag >= 0;
	c->whole = 1;
	c->name = c->is_tag ? t->jr.tags.name[tag] : t->jr.metrics.name[id];
	c->first = date_period_start(s->lo, PERIOD_DAY);
	c->last = c->first + (long)s->n - 1;
	c->v = xmalloc(s->n * sizeof *c->v);
	for (size_t k = 0; k < s->n; k++) {
		const struct row *r = &s->rows[k];

		if (c->is_tag)
			c->v[k] = r->entries > 0 ? (double)r->count[0] : NAN;
		else
			c->v[k] = (size_t)id < r->nmetric ? mean_of(&r->metric[id]) : NAN;
		if (isnan(c->v[k]))
			continue;
		c->lo = fmin(c->lo, c->v[k]), c->hi = fmax(c->hi, c->v[k]);
		c->whole = c->whole && c->v[k] == floor(c->v[k]);
	}
	return 0;
}

void
calendar_free(struct calendar *c)
{
	free(c->v);
	c->v = NULL;
}

int
calendar_level(const struct calendar *c, double v)
{
	int k;

	/* One value throughout: the darkest, which says "every day" at a glance. */
	if (!(c->hi > c->lo))
		return CAL_LEVELS - 1;
	k = (int)floor((v - c->lo) / (c->hi - c->lo) * CAL_LEVELS);
	return k < 0 ? 0 : k >= CAL_LEVELS ? CAL_LEVELS - 1 : k;
}

double
calendar_bound(const struct calendar *c, int k)
{
	if (!(c->hi > c->lo))
		return k == CAL_LEVELS ? c->hi : c->lo;
	return c->lo + (c->hi - c->lo) * k / CAL_LEVELS;
}

/* The first whole number from lo up whose level is k or above (levels rise with the value). */
static double
first_whole_of(const struct calendar *c, int k)
{
	double n = k == 0 ? c->lo : ceil(calendar_bound(c, k));

	while (n <= c->hi && calendar_level(c, n) < k)
		n++;
	while (n - 1 >= c->lo && calendar_level(c, n - 1) >= k)
		n--;
	return n;
}

const char *
calendar_range(const struct calendar *c, int k, char buf[CAL_RANGE_SIZE])
{
	char a[PLOT_NUMBER_SIZE], b[PLOT_NUMBER_SIZE];
	double lo = calendar_bound(c, k), hi = calendar_bound(c, k + 1);
	const char *to = " to ";

	/* One value throughout is all of the darkest level. */
	if (!(c->hi > c->lo))
		return k == CAL_LEVELS - 1 && c->lo <= c->hi ? plot_number(c->hi, buf) : NULL;
	if (c->whole) {
		/* The whole numbers from lo to hi whose level is k. */
		lo = first_whole_of(c, k);
		hi = k == CAL_LEVELS - 1 ? c->hi : first_whole_of(c, k + 1) - 1;
		if (lo > hi)
			return NULL;
	} else if (k < CAL_LEVELS - 1) {
		/* A level holds its lowest value, not its highest: that is the next one's. */
		to = " to under ";
	}
	if (lo == hi)
		snprintf(buf, CAL_RANGE_SIZE, "%s", plot_number(lo, a));
	else
		snprintf(buf, CAL_RANGE_SIZE, "%s%s%s", plot_number(lo, a), to, plot_number(hi, b));
	return buf;
}

int
calendar_value(const struct calendar *c, long day, double *v)
{
	if (c->v == NULL || day < c->first || day > c->last || isnan(c->v[day - c->first]))
		return 0;
	*v = c->v[day - c->first];
	return 1;
}

void
calendar_years(const struct calendar *c, int *first, int *last)
{
	int m, d;

	date_to_ymd(c->first, first, &m, &d);
	date_to_ymd(c->last, last, &m, &d);
}

void
calendar_year(int y, long *jan1, long *dec31, long *monday)
{
	*jan1 = date_from_ymd(y, 1, 1);
	*dec31 = date_from_ymd(y, 12, 31);
	*monday = *jan1 - date_weekday(*jan1);
}
