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

/* A date as an axis label, under x. */
static void
date_label(const struct svg_plot *p, double x, long day, const char *anchor)
{
	char a[DATE_BUFSIZE];

	svg_x_label(p, x, date_format(day, a), anchor);
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

/* The lowest and highest of n values (NAN: none) into *lo and *hi. */
static void
widen(const double *v, size_t n, double *lo, double *hi)
{
	for (size_t i = 0; i < n; i++) {
		if (isnan(v[i]))
			continue;
		*lo = fmin(*lo, v[i]);
		*hi = fmax(*hi, v[i]);
	}
}

/* The values' range, and the target's, made whole steps; returns the step. */
static double
metric_range(const struct sheet_metric *f, double *lo, double *hi)
{
	const struct measure *m = f->target ? &f->target->measure : NULL;

	*lo = INFINITY, *hi = -INFINITY;
	widen(f->bins, f->nbins, lo, hi);
	widen(f->before_bins, f->nbins, lo, hi);
	if (m != NULL && m->has_at_least)
		*lo = fmin(*lo, m->at_least), *hi = fmax(*hi, m->at_least);
	if (m != NULL && m->has_at_most)
		*lo = fmin(*lo, m->at_most), *hi = fmax(*hi, m->at_most);
	return svg_nice_range(lo, hi, 4);
}

/* n values at x = first, first + 1, ...: a line, and a marker at each. */
static void
metric_series(const struct svg_plot *p, const double *v, size_t n, long first,
    const char *cls, enum svg_shape shape)
{
	double *x = xmalloc((n ? n : 1) * sizeof *x);

	for (size_t i = 0; i < n; i++)
		x[i] = (double)first + (double)i;
	svg_path(p, x, v, n, cls);
	for (size_t i = 0; i < n; i++)
		if (!isnan(v[i]))
			svg_marker(p, x[i], v[i], shape, cls);
	free(x);
}

/* A dashed line at a target, named at its left: "at least 6". */
static void
target_line(const struct svg_plot *p, const char *word, double v)
{
	char a[SHEET_NUMBER_SIZE], label[SHEET_NUMBER_SIZE + 16];

	svg_hline(p, v, "target");
	snprintf(label, sizeof label, "%s %s", word, sheet_number(v, a));
	svg_text(p->fp, p->left + 2, svg_y(p, v) - 2, "start", "note", label);
}

/* The target lines of a goal's measure (or none, for NULL). */
static void
metric_target(const struct svg_plot *p, const struct goal *gl)
{
	if (gl != NULL && gl->measure.has_at_least)
		target_line(p, "at least", gl->measure.at_least);
	if (gl != NULL && gl->measure.has_at_most)
		target_line(p, "at most", gl->measure.at_most);
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

	widen(f->before_bins, f->nbins, &blo, &bhi);
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
	metric_target(&p, f->target);
	metric_series(&p, f->before_bins, f->nbins, -nb, "before", SVG_SQUARE);
	metric_series(&p, f->bins, f->nbins, 0, "now", SVG_CIRCLE);
	if (blo <= bhi)
		date_label(&p, p.x0, chart_step_day(s, f, -nb), "start");
	date_label(&p, blo <= bhi ? -0.5 : p.x0, s->from, blo <= bhi ? "middle" : "start");
	date_label(&p, p.x1, chart_step_day(s, f, nb - 1), "end");
	svg_end(fp);
}

/* ---- a questionnaire's scores ---- */

/* Its bands shaded, each named at the right; two bands are a cutoff, drawn as a line. */
static void
instrument_bands(const struct svg_plot *p, const struct sheet_instrument *si)
{
	double max = instrument_table[si->in].max;
	char a[SHEET_NUMBER_SIZE], label[SHEET_NUMBER_SIZE + 16];

	if (si->nbands == 2) {
		svg_hband(p, 0, si->bands[1].lo, instrument_table[si->in].higher_is_better ?
		    "band1" : "band0");
		svg_hline(p, si->bands[1].lo, "cutoff");
		snprintf(label, sizeof label, "cutoff %s", sheet_number(si->bands[1].lo, a));
		svg_text(p->fp, p->left + p->width - 2, svg_y(p, si->bands[1].lo) - 2, "end", "note",
		    label);
		return;
	}
	for (size_t k = 0; k < si->nbands; k++) {
		double lo = si->bands[k].lo, hi = k + 1 < si->nbands ? si->bands[k + 1].lo : max;
		char cls[8];

		snprintf(cls, sizeof cls, "band%zu", k % 2);
		svg_hband(p, lo, hi, cls);
		if (svg_y(p, lo) - svg_y(p, hi) >= 8)
			svg_text(p->fp, p->left + p->width - 2, (svg_y(p, lo) + svg_y(p, hi)) / 2 + 3,
			    "end", "note", si->bands[k].name);
	}
}

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
	double *x = xmalloc(sc->n * sizeof *x), *y = xmalloc(sc->n * sizeof *y);
	struct svg_plot p = plot(fp, (double)sc->v[0].day, (double)sc->v[sc->n - 1].day, 0,
	    ii->max);
	char id[32];

	snprintf(id, sizeof id, "measure%zu", i);
	chart_begin(fp, id);
	fprintf(fp, "%s (%s) over time", ii->name, ii->about);
	chart_desc(fp);
	instrument_desc(fp, si);
	fputs("</desc>\n", fp);
	instrument_bands(&p, si);
	svg_y_axis(&p, svg_tick_step(0, ii->max, 4), 0);
	for (size_t k = 0; k < sc->n; k++)
		x[k] = (double)sc->v[k].day, y[k] = sc->v[k].total;
	svg_path(&p, x, y, sc->n, "now");
	for (size_t k = 0; k < sc->n; k++)
		svg_marker(&p, x[k], y[k], SVG_CIRCLE, "now");
	date_label(&p, p.x0, sc->v[0].day, sc->n > 1 ? "start" : "middle");
	if (sc->n > 1)
		date_label(&p, p.x1, sc->v[sc->n - 1].day, "end");
	svg_end(fp);
	free(x);
	free(y);
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

/* The bars: met ones hatched and outlined, the others hollow, each with its value. */
static void
goal_bar_rects(const struct svg_plot *p, const struct sheet_goal *sg, const char *id)
{
	for (size_t k = 0; k < sg->nbars; k++) {
		const struct sheet_bar *b = &sg->bars[k];
		double x = (double)k;

		if (!b->has)
			continue;
		if (b->met)
			fprintf(p->fp, "<g class=\"met\" fill=\"url(#%s-h)\">\n", id);
		svg_rect(p, x - 0.35, 0, x + 0.35, b->value, b->met ? "bar met" : "bar");
		if (b->met)
			fputs("</g>\n", p->fp);
	}
}

void
chart_goal(FILE *fp, const struct sheet *s, size_t g)
{
	const struct sheet_goal *sg = &s->goals[g];
	const struct measure *m = &sg->goal->measure;
	double lo = 0, hi = -INFINITY, step;
	char id[32];
	struct svg_plot p;

	if (sg->nbars == 0)
		return;
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
	fprintf(fp, "</desc>\n<defs><pattern id=\"%s-h\" width=\"4\" height=\"4\" "
	    "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
	    "<rect class=\"hatch-bg\" width=\"4\" height=\"4\"/>"
	    "<line class=\"hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\"/></pattern></defs>\n", id);
	svg_y_axis(&p, step, step < 1 ? 1 : 0);
	goal_bar_rects(&p, sg, id);
	metric_target(&p, sg->goal);
	date_label(&p, 0, sg->bars[0].day, sg->nbars > 1 ? "start" : "middle");
	if (sg->nbars > 1)
		date_label(&p, (double)sg->nbars - 1, sg->bars[sg->nbars - 1].day, "end");
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
	widen(y, s->nrated, &lo, &hi);
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
	svg_path(&p, x, y, s->nrated, "now");
	for (size_t k = 0; k < s->nrated; k++)
		svg_marker(&p, x[k], y[k], SVG_DIAMOND, "now");
	date_label(&p, p.x0, s->rated[0].day, s->nrated > 1 ? "start" : "middle");
	if (s->nrated > 1)
		date_label(&p, p.x1, last->day, "end");
	svg_end(fp);
	free(x);
	free(y);
}
