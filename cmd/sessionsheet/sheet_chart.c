/* sheet_chart.c: the session sheet's charts in SVG (chart.h): each draws a part of the sheet
 * model with real dates and values on its axes, tells series and states apart by shape and
 * pattern as well as by colour (the page may be printed in grey), and says in its <desc>, in
 * one sentence, what it shows. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "chart.h"
#include "date.h"
#include "goals.h"
#include "html.h"
#include "instruments.h"
#include "plot.h"
#include "svg.h"

/* Every chart's size in pixels, and its plot's margins: room for the labels of the y axis
 * on the left and of the dates below. */
#define CHART_W 240
#define CHART_H 96
#define PLOT_LEFT 34
#define PLOT_RIGHT 8
#define PLOT_TOP 8
#define PLOT_BOTTOM 18

long
chart_step_day(const struct sheet *s, const struct sheet_metric *f, long b)
{
	long first = date_period_index(s->today, s->step) - (long)f->nbins + 1;

	return date_period_start(first + b, s->step);
}

/* A plot over the chart's box, for values x0..x1 and y0..y1. */
static struct svg_plot
plot(FILE *fp, double x0, double x1, double y0, double y1)
{
	struct svg_plot p = { fp, x0, x1, y0, y1, PLOT_LEFT, PLOT_TOP,
		CHART_W - PLOT_LEFT - PLOT_RIGHT, CHART_H - PLOT_TOP - PLOT_BOTTOM };

	return p;
}

/* Opens chart id (its CSS class): its <svg>, then its <title>, whose text the caller writes
 * next. */
static void
chart_begin(FILE *fp, const char *id)
{
	svg_begin(fp, CHART_W, CHART_H, id);
	fputs("<title>", fp);
}

/* Ends the title and opens the <desc>. */
static void
chart_desc(FILE *fp)
{
	fputs("</title>\n<desc>", fp);
}

/* ---- a metric, step by step ---- */

static double
mean1(const struct mean *m)
{
	return round(m->sum / (double)m->n * 10) / 10;
}

/* "mood averaged 6.9 this period, up from 6.6 the period before; the goal social asks at
 * least 7." */
static void
metric_desc(FILE *fp, const struct sheet_metric *f)
{
	char a[SHEET_NUMBER_SIZE], b[SHEET_NUMBER_SIZE];
	double now = mean1(&f->now);

	html_ctext(fp, f->name, 0);
	fprintf(fp, " averaged %s this period", sheet_number(now, a));
	if (f->before.n > 0) {
		double before = mean1(&f->before);

		fprintf(fp, ", %s %s the period before", now > before ? "up from" : now < before ?
		    "down from" : "the same as", sheet_number(before, b));
	}
	if (f->target != NULL && goal_id(f->target) != NULL) {
		fputs("; the goal ", fp);
		html_ctext(fp, goal_id(f->target), 0);
		if (f->target->measure.has_at_least)
			fprintf(fp, " asks at least %s", sheet_number(f->target->measure.at_least, a));
		if (f->target->measure.has_at_most)
			fprintf(fp, "%s at most %s", f->target->measure.has_at_least ? " and" : " asks",
			    sheet_number(f->target->measure.at_most, a));
	}
	fputc('.', fp);
}

/* The values' range, and the target's, made whole steps; returns the step. */
static double
metric_range(const struct sheet_metric *f, double *lo, double *hi)
{
	const struct measure *m = f->target ? &f->target->measure : NULL;

	*lo = INFINITY, *hi = -INFINITY;
	plot_widen(f->bins, f->nbins, lo, hi);
	plot_widen(f->before_bins, f->nbins, lo, hi);
	if (m != NULL && m->has_at_least)
		*lo = fmin(*lo, m->at_least), *hi = fmax(*hi, m->at_least);
	if (m != NULL && m->has_at_most)
		*lo = fmin(*lo, m->at_most), *hi = fmax(*hi, m->at_most);
	return svg_nice_range(lo, hi, 4);
}

void
chart_metric(FILE *fp, const struct sheet *s, size_t i)
{
	static const char *const steps[] = { "", "day by day", "week by week", "month by month",
		"year by year" };
	const struct sheet_metric *f = &s->metrics[i];
	long nb = (long)f->nbins;
	double lo, hi, step, blo = INFINITY, bhi = -INFINITY;
	char id[32];
	struct svg_plot p;

	plot_widen(f->before_bins, f->nbins, &blo, &bhi);
	step = metric_range(f, &lo, &hi);
	p = plot(fp, blo <= bhi ? (double)-nb - 0.5 : -0.5, (double)nb - 0.5, lo, hi);
	snprintf(id, sizeof id, "metric%zu", i);
	chart_begin(fp, id);
	html_ctext(fp, f->name, 0);
	fprintf(fp, ", %s", steps[s->step]);
	chart_desc(fp);
	metric_desc(fp, f);
	fputs("</desc>\n", fp);
	if (blo <= bhi)
		svg_rect(&p, p.x0, lo, -0.5, hi, "before-bg");
	svg_y_axis(&p, step, step < 1 ? 1 : 0);
	plot_target(&p, f->target);
	plot_series(&p, f->before_bins, f->nbins, -nb, "before", SVG_SQUARE);
	plot_series(&p, f->bins, f->nbins, 0, "now", SVG_CIRCLE);
	if (blo <= bhi)
		plot_date_label(&p, p.x0, chart_step_day(s, f, -nb), "start");
	plot_date_label(&p, blo <= bhi ? -0.5 : p.x0, s->from, blo <= bhi ? "middle" : "start");
	plot_date_label(&p, p.x1, chart_step_day(s, f, nb - 1), "end");
	svg_end(fp);
}

/* ---- a questionnaire's scores ---- */

/* "PHQ-9 from 14 on 2026-01-05 to 2 on 2026-11-23: reliable improvement." */
static void
instrument_desc(FILE *fp, const struct sheet_instrument *si)
{
	const struct instrument_info *ii = &instrument_table[si->in];
	const struct score_series *sc = si->scores;
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE];

	if (sc->n == 1) {
		fprintf(fp, "%s: one score, %.*f (%s) on %s.", ii->name, ii->decimals, sc->v[0].total,
		    sheet_band(si, sc->v[0].total), date_format(sc->v[0].day, a));
		return;
	}
	fprintf(fp, "%s: %zu scores, from %.*f on %s to %.*f (%s) on %s", ii->name, sc->n,
	    ii->decimals, sc->v[0].total, date_format(sc->v[0].day, a), ii->decimals,
	    sc->v[sc->n - 1].total, sheet_band(si, sc->v[sc->n - 1].total),
	    date_format(sc->v[sc->n - 1].day, b));
	fprintf(fp, "%s%s.", si->verdict ? ": " : "", si->verdict ? si->verdict : "");
}

void
chart_instrument(FILE *fp, const struct sheet *s, size_t i)
{
	const struct sheet_instrument *si = &s->instruments[i];
	const struct instrument_info *ii = &instrument_table[si->in];
	const struct score_series *sc = si->scores;
	struct svg_plot p = plot(fp, (double)sc->v[0].day, (double)sc->v[sc->n - 1].day, 0,
	    ii->max);
	char id[32];

	snprintf(id, sizeof id, "measure%zu", i);
	chart_begin(fp, id);
	fprintf(fp, "%s (%s) over time", ii->name, ii->about);
	chart_desc(fp);
	instrument_desc(fp, si);
	fputs("</desc>\n", fp);
	plot_scores(&p, si->in, sc, si->bands, si->nbands);
	svg_end(fp);
}

/* ---- a goal's periods ---- */

/* "social: met 9 of the last 12 weeks; the target is at least 2 a week." */
static void
goal_desc(FILE *fp, const struct sheet_goal *sg)
{
	const struct measure *m = &sg->goal->measure;
	size_t met = 0;
	char a[SHEET_NUMBER_SIZE], b[SHEET_NUMBER_SIZE];

	for (size_t k = 0; k < sg->nbars; k++)
		met += sg->bars[k].met != 0;
	html_ctext(fp, goal_id(sg->goal), 0);
	fprintf(fp, ": met %zu of the last %zu %s%s; the target is", met, sg->nbars,
	    sheet_per_word(sg->per), sg->nbars == 1 ? "" : "s");
	if (m->has_at_least)
		fprintf(fp, " at least %s", sheet_number(m->at_least, a));
	if (m->has_at_most)
		fprintf(fp, "%s at most %s", m->has_at_least ? " and" : "", sheet_number(m->at_most, b));
	fprintf(fp, " a %s.", sheet_per_word(sg->per));
}

void
chart_goal(FILE *fp, const struct sheet *s, size_t g)
{
	const struct sheet_goal *sg = &s->goals[g];
	const struct measure *m = &sg->goal->measure;
	double lo = 0, hi = -INFINITY, step;
	char id[32];
	struct svg_plot p;
	struct plot_bar *bars;

	if (sg->nbars == 0)
		return;
	bars = xmalloc(sg->nbars * sizeof *bars);
	for (size_t k = 0; k < sg->nbars; k++)
		if (sg->bars[k].has)
			hi = fmax(hi, sg->bars[k].value);
	hi = fmax(hi, m->has_at_least ? m->at_least : 0);
	hi = fmax(hi, m->has_at_most ? m->at_most : 0);
	step = svg_nice_range(&lo, &hi, 4);
	p = plot(fp, -0.5, (double)sg->nbars - 0.5, lo, hi);
	snprintf(id, sizeof id, "goal%zu", g);
	chart_begin(fp, id);
	html_ctext(fp, goal_id(sg->goal), 0);
	fprintf(fp, ", %s by %s, against its target", sg->counts_tag ? "count" : "mean",
	    sheet_per_word(sg->per));
	chart_desc(fp);
	goal_desc(fp, sg);
	fputs("</desc>\n", fp);
	plot_hatch(fp, id);
	svg_y_axis(&p, step, step < 1 ? 1 : 0);
	for (size_t k = 0; k < sg->nbars; k++)
		bars[k] = (struct plot_bar){ sg->bars[k].has, sg->bars[k].value, sg->bars[k].met };
	plot_bars(&p, bars, sg->nbars, id);
	free(bars);
	plot_target(&p, sg->goal);
	plot_date_label(&p, 0, sg->bars[0].day, sg->nbars > 1 ? "start" : "middle");
	if (sg->nbars > 1)
		plot_date_label(&p, (double)sg->nbars - 1, sg->bars[sg->nbars - 1].day, "end");
	svg_end(fp);
}

/* ---- goal attainment ---- */

void
chart_gas(FILE *fp, const struct sheet *s)
{
	double lo = 40, hi = 60, step, *x, *y;
	const struct gas_point *last = s->t_latest;
	char a[DATE_BUFSIZE];
	struct svg_plot p;

	if (s->nrated == 0 || last == NULL)
		return;
	x = xmalloc(s->nrated * sizeof *x), y = xmalloc(s->nrated * sizeof *y);
	for (size_t k = 0; k < s->nrated; k++)
		x[k] = (double)s->rated[k].day, y[k] = s->rated[k].t;
	plot_widen(y, s->nrated, &lo, &hi);
	step = svg_nice_range(&lo, &hi, 4);
	p = plot(fp, (double)s->rated[0].day, (double)last->day, lo, hi);
	chart_begin(fp, "gas");
	fputs("Goal attainment T-score over the ratings", fp);
	chart_desc(fp);
	fprintf(fp, "Goal attainment T-score %.1f on %s", last->t, date_format(last->day, a));
	if (s->t_before != NULL)
		fprintf(fp, ", %s %.1f", last->t >= s->t_before->t ? "up from" : "down from",
		    s->t_before->t);
	fputs("; 50 is as expected on every goal.</desc>\n", fp);
	svg_y_axis(&p, step, 0);
	svg_hline(&p, 50, "cutoff");
	plot_dated(&p, x, y, s->nrated, SVG_DIAMOND);
	svg_end(fp);
	free(x);
	free(y);
}
