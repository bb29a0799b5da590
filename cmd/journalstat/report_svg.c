/* report_svg.c: journalstat's series and profiles as pictures: one SVG document on standard
 * output, its charts stacked top to bottom, each a nested <svg> with role="img", a <title>
 * and a one-sentence <desc>, drawn with lib/plot as the session sheet draws its charts.
 * Every name from the journal (metrics, tags, goal ids) is escaped on its way out.  The
 * reports that are a list or a table of words (the summary, --tags, --with) have no picture:
 * journalstat refuses --format svg for them before it reads anything. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "goals.h"
#include "html.h"
#include "plot.h"
#include "report.h"

/* The document's width, and each chart's height and plot margins, in pixels: room for the
 * chart's heading above its plot, the values on the left and the dates below. */
#define DOC_W 640
#define CHART_H 190
#define GAP 10
#define PLOT_LEFT 44
#define PLOT_RIGHT 16
#define PLOT_TOP 24
#define PLOT_BOTTOM 20

/* The colours of plot_css's custom properties.  A document alone is opened by image viewers
 * and editors as well as by browsers, and some of them (librsvg) know no var(): its style
 * has the colours written in, light, as on paper. */
static const struct {
	const char *name, *value;
} colors[] = {
	{ "--fg", "#111" }, { "--bg", "#fff" }, { "--mute", "#555" }, { "--line", "#bbb" },
	{ "--band0", "#e6e6e6" }, { "--band1", "#f5f5f5" }, { "--now", "#1f4e99" },
	{ "--before", "#999" },
};

/* The document's own rules, in the same properties. */
static const char doc_css[] =
    ".page{fill:var(--bg)}\nsvg text.head{font-size:11px;font-weight:bold}\n"
    ".day{stroke:var(--line);stroke-width:0.5}\n.day.none{fill:none}\n";

/* css with each var(--name) of the table written as its colour. */
static void
put_css(FILE *fp, const char *css)
{
	const char *p;

	while ((p = strstr(css, "var(")) != NULL) {
		const char *end = strchr(p, ')');
		size_t k = 0;

		fwrite(css, 1, (size_t)(p - css), fp);
		while (k < sizeof colors / sizeof colors[0] && (strlen(colors[k].name) !=
		    (size_t)(end - p - 4) || strncmp(colors[k].name, p + 4, (size_t)(end - p - 4)) != 0))
			k++;
		if (k < sizeof colors / sizeof colors[0])
			fputs(colors[k].value, fp);
		else
			fwrite(p, 1, (size_t)(end + 1 - p), fp);
		css = end + 1;
	}
	fputs(css, fp);
}

/* The document being written: the charts go to a buffer first, since the document's
 * <svg> names its height before them. */
struct doc {
	FILE *fp;
	char *buf;
	size_t len;
	int w;                  /* the document's width */
	int y;                  /* the top of the next chart */
	int charts;
};

static void
doc_open(struct doc *d)
{
	d->fp = open_memstream(&d->buf, &d->len);
	if (d->fp == NULL)
		out_of_memory();
	d->w = DOC_W;
	d->y = 0;
	d->charts = 0;
}

/* Writes the document to standard output: its title (the caller's words, escaped), a line
 * of text above the charts (or NULL), and the charts; an empty one says so in words. */
/* The lead's lines: at most LEAD_CHARS bytes each, broken at spaces (a word longer than
 * that is a line of its own); their number, with put set, written at y = 15, 31, ... */
#define LEAD_CHARS 96
static int
lead_lines(const char *lead, int put)
{
	int n = 0;

	while (lead != NULL && *lead != '\0') {
		size_t len = strlen(lead), cut = len;
		char *line;

		if (len > LEAD_CHARS) {
			cut = LEAD_CHARS;
			while (cut > 0 && lead[cut] != ' ')
				cut--;
			if (cut == 0)
				cut = strcspn(lead, " ");
		}
		if (put) {
			line = xmalloc(cut + 1);
			memcpy(line, lead, cut);
			line[cut] = '\0';
			svg_text(stdout, 4, 15 + 16 * n, "start", "head", line);
			free(line);
		}
		n++;
		lead += cut;
		lead += *lead == ' ';
	}
	return n;
}

static void
doc_close(struct doc *d, const char *title, const char *lead)
{
	int top = 16 * lead_lines(lead, 0) + (lead != NULL ? 6 : 0);

	if (fclose(d->fp) != 0)
		out_of_memory();
	printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" "
	    "height=\"%d\">\n<title>", d->w, top + d->y + (d->charts == 0 ? 22 : 0), d->w,
	    top + d->y + (d->charts == 0 ? 22 : 0));
	html_ctext(stdout, title, 0);
	fputs("</title>\n<style>\n", stdout);
	put_css(stdout, doc_css);
	put_css(stdout, plot_css);
	fputs("</style>\n<rect class=\"page\" width=\"100%\" height=\"100%\"/>\n", stdout);
	lead_lines(lead, 1);
	if (d->charts == 0)
		svg_text(stdout, 4, top + 15, "start", "note",
		    "Nothing to draw: no entry has a value for this report.");
	printf("<g transform=\"translate(0 %d)\">\n", top);
	fwrite(d->buf, 1, d->len, stdout);
	fputs("</g>\n</svg>\n", stdout);
	free(d->buf);
}

/* Opens the next chart, of height h: its nested <svg> and its title, whose text the caller
 * writes next; returns the plot over its box for values x0..x1 and y0..y1. */
static struct svg_plot
chart_begin(struct doc *d, int h, double x0, double x1, double y0, double y1)
{
	struct svg_plot p = { d->fp, x0, x1, y0, y1, PLOT_LEFT, PLOT_TOP,
		DOC_W - PLOT_LEFT - PLOT_RIGHT, h - PLOT_TOP - PLOT_BOTTOM };

	fprintf(d->fp, "<g transform=\"translate(0 %d)\">\n", d->y);
	svg_begin(d->fp, DOC_W, h, "chart");
	fputs("<title>", d->fp);
	d->y += h + GAP;
	d->charts++;
	return p;
}

/* Ends the title and opens the <desc>. */
static void
chart_desc(FILE *fp)
{
	fputs("</title>\n<desc>", fp);
}

/* Ends the <desc> and writes the chart's heading at its top left: a name (escaped) and
 * words of ours after it; and at its top right, a note (or NULL) of what its values are. */
static void
chart_head(FILE *fp, const char *name, const char *words, const char *note)
{
	fputs("</desc>\n<text class=\"head\" x=\"4\" y=\"14\" text-anchor=\"start\">", fp);
	html_ctext(fp, name, 0);
	fprintf(fp, "%s</text>\n", words);
	if (note != NULL)
		svg_text(fp, DOC_W - PLOT_RIGHT, 14, "end", "note", note);
}

static void
chart_end(struct doc *d)
{
	svg_end(d->fp);
	fputs("</g>\n", d->fp);
}

/* Dates under the plot for periods 0..n-1 (period k starts on start(k)): the first, the
 * last and up to three between. */
static void
period_labels(const struct svg_plot *p, long lo, enum period per, size_t n)
{
	size_t ticks = n > 4 ? 4 : n - 1, last = (size_t)-1;

	if (n == 1) {
		plot_date_label(p, 0, date_period_start(lo, per), "middle");
		return;
	}
	for (size_t k = 0; k <= ticks; k++) {
		size_t i = k * (n - 1) / ticks;

		if (i == last)
			continue;
		plot_date_label(p, (double)i, date_period_start(lo + (long)i, per),
		    k == 0 ? "start" : k == ticks ? "end" : "middle");
		last = i;
	}
}

/* The y range of n values (and of extra, when not NAN) in whole steps; returns the step. */
static double
value_range(const double *v, size_t n, double extra, int from_zero, double *lo, double *hi)
{
	*lo = from_zero ? 0 : INFINITY;
	*hi = -INFINITY;
	plot_widen(v, n, lo, hi);
	plot_widen(&extra, 1, lo, hi);
	if (*lo > *hi)
		*lo = 0, *hi = 1;
	return svg_nice_range(lo, hi, 4);
}

static const char *
by_word(enum period per)
{
	static const char *const words[] = { "in all", "day by day", "week by week",
		"month by month", "year by year" };

	return words[per];
}

/* ---- --by ---- */

/* A metric's means per period: a line with a marker at each. */
static void
by_metric(struct doc *d, const struct tally *t, int id)
{
	const struct series *s = &t->series;
	const char *name = t->jr.metrics.name[id];
	double *v = xmalloc(s->n * sizeof *v), lo, hi, step, vlo = INFINITY, vhi = -INFINITY;
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE], x[PLOT_NUMBER_SIZE], y[PLOT_NUMBER_SIZE],
	    z[PLOT_NUMBER_SIZE], words[32], note[32];
	struct svg_plot p;

	for (size_t k = 0; k < s->n; k++) {
		const struct row *r = &s->rows[k];

		v[k] = (size_t)id < r->nmetric ? mean_of(&r->metric[id]) : NAN;
	}
	plot_widen(v, s->n, &vlo, &vhi);
	step = value_range(v, s->n, NAN, 0, &lo, &hi);
	p = chart_begin(d, CHART_H, -0.5, (double)s->n - 0.5, lo, hi);
	html_ctext(d->fp, name, 0);
	fprintf(d->fp, ", %s", by_word(s->per));
	chart_desc(d->fp);
	html_ctext(d->fp, name, 0);
	fprintf(d->fp, " %s from %s to %s: a mean of %s over %lu value%s; the %s means run "
	    "from %s to %s.", by_word(s->per), date_format(date_period_start(s->lo, s->per), a),
	    date_format(date_period_start(s->lo + (long)s->n - 1, s->per), b),
	    plot_number(t->metric[id].mean, x), t->metric[id].n, t->metric[id].n == 1 ? "" : "s",
	    date_period_name(s->per),
	    plot_number(vlo, y), plot_number(vhi, z));
	snprintf(words, sizeof words, ", %s", by_word(s->per));
	snprintf(note, sizeof note, "mean per %s", date_period_name(s->per));
	chart_head(d->fp, name, words, note);
	svg_y_axis(&p, step, step < 1 ? 1 : 0);
	/* A marker a period, while they stand apart (4 pixels or more): ten years of days
	 * would be a smear of them, and the one line says it alone. */
	if ((double)s->n * 4 <= p.width) {
		plot_series(&p, v, s->n, 0, "now", SVG_CIRCLE);
	} else {
		double *xs = xmalloc(s->n * sizeof *xs);

		for (size_t k = 0; k < s->n; k++)
			xs[k] = (double)k;
		svg_path(&p, xs, v, s->n, "now");
		free(xs);
	}
	period_labels(&p, s->lo, s->per, s->n);
	chart_end(d);
	free(v);
}

/* Counts per period (of a --count tag, or of entries): a bar each. */
static void
by_counts(struct doc *d, const struct tally *t, const char *tag, size_t k)
{
	const struct series *s = &t->series;
	double *v = xmalloc(s->n * sizeof *v), lo, hi, step, sum = 0, top = 0;
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE], note[32];
	char *head = xmalloc(tag != NULL ? strlen(tag) + 2 : sizeof "Entries");
	struct svg_plot p;

	if (tag != NULL)
		head[0] = '#', strcpy(head + 1, tag);
	else
		strcpy(head, "Entries");

	for (size_t i = 0; i < s->n; i++) {
		const struct row *r = &s->rows[i];

		v[i] = tag != NULL ? (double)(r->count ? r->count[k] : 0) : (double)r->entries;
		sum += v[i];
		top = fmax(top, v[i]);
	}
	/* Counts are whole: at least one step of 1. */
	step = value_range(v, s->n, 1, 1, &lo, &hi);
	if (step < 1)
		step = 1, hi = ceil(hi);
	p = chart_begin(d, CHART_H, -0.5, (double)s->n - 0.5, lo, hi);
	if (tag != NULL) {
		fputs("#", d->fp);
		html_ctext(d->fp, tag, 0);
		fputs(", entries tagged", d->fp);
	} else {
		fputs("Entries", d->fp);
	}
	fprintf(d->fp, " per %s", date_period_name(s->per));
	chart_desc(d->fp);
	fprintf(d->fp, "%.0f entries%s", sum, tag != NULL ? " tagged #" : "");
	if (tag != NULL)
		html_ctext(d->fp, tag, 0);
	fprintf(d->fp, " from %s to %s, at most %.0f in a %s.",
	    date_format(date_period_start(s->lo, s->per), a),
	    date_format(date_period_start(s->lo + (long)s->n - 1, s->per), b), top,
	    date_period_name(s->per));
	snprintf(note, sizeof note, "entries per %s", date_period_name(s->per));
	chart_head(d->fp, head, "", note);
	svg_y_axis(&p, step, 0);
	for (size_t i = 0; i < s->n; i++)
		if (v[i] > 0)
			svg_rect(&p, (double)i - 0.4, 0, (double)i + 0.4, v[i], "now");
	period_labels(&p, s->lo, s->per, s->n);
	chart_end(d);
	free(v);
	free(head);
}

void
by_svg(const struct tally *t, const struct report_style *st)
{
	struct doc d;
	size_t nm;
	int *ids = tally_plain_metrics(t, &nm);
	char title[64];

	(void)st;
	doc_open(&d);
	for (size_t i = 0; i < nm && t->series.n > 0; i++)
		by_metric(&d, t, ids[i]);
	for (size_t k = 0; k < t->ncount && t->series.n > 0; k++)
		by_counts(&d, t, t->jr.tags.name[t->count_ids[k]], k);
	/* Without a metric or a tag to count, the entries themselves. */
	if (d.charts == 0 && t->series.n > 0)
		by_counts(&d, t, NULL, 0);
	snprintf(title, sizeof title, "journalstat: the journal %s", by_word(t->series.per));
	doc_close(&d, title, NULL);
	free(ids);
}

/* ---- --weekday ---- */

static void
weekday_metric(struct doc *d, const struct tally *t, int id)
{
	const char *name = t->jr.metrics.name[id];
	double v[7], lo, hi, step;
	int best = -1, worst = -1, none = 0;
	char a[PLOT_NUMBER_SIZE], b[PLOT_NUMBER_SIZE];
	struct svg_plot p;

	for (int k = 0; k < 7; k++) {
		v[k] = mean_of(&t->weekday_mean[k][id]);
		if (isnan(v[k])) {
			none++;
			continue;
		}
		if (best < 0 || v[k] > v[best])
			best = k;
		if (worst < 0 || v[k] < v[worst])
			worst = k;
	}
	step = value_range(v, 7, NAN, 1, &lo, &hi);
	p = chart_begin(d, CHART_H, -0.5, 6.5, lo, hi);
	html_ctext(d->fp, name, 0);
	fputs(" by day of the week", d->fp);
	chart_desc(d->fp);
	html_ctext(d->fp, name, 0);
	fprintf(d->fp, " by day of the week: highest on %s (%s), lowest on %s (%s).",
	    weekday_name[best], plot_number(v[best], a), weekday_name[worst],
	    plot_number(v[worst], b));
	if (none > 0) {
		fputs(" No value on", d->fp);
		for (int k = 0, said = 0; k < 7; k++)
			if (isnan(v[k]))
				fprintf(d->fp, "%s %s", said++ ? "," : "", weekday_name[k]);
		fputc('.', d->fp);
	}
	chart_head(d->fp, name, " by day of the week", "mean");
	svg_y_axis(&p, step, step < 1 ? 1 : 0);
	for (int k = 0; k < 7; k++) {
		/* A day with no value says so where its bar would stand: no bar could be read
		 * as a mean of nothing, or of zero. */
		if (isnan(v[k]))
			svg_text(d->fp, svg_x(&p, k), svg_y(&p, fmax(lo, 0)) - 4, "middle", "note",
			    "no value");
		else
			svg_rect(&p, k - 0.35, fmax(lo, 0), k + 0.35, v[k], "now");
		svg_x_label(&p, k, weekday_name[k], "middle");
	}
	chart_end(d);
}

void
weekday_svg(const struct tally *t, const struct report_style *st)
{
	struct doc d;
	size_t nm;
	int *ids = tally_plain_metrics(t, &nm);

	(void)st;
	doc_open(&d);
	for (size_t i = 0; i < nm; i++)
		weekday_metric(&d, t, ids[i]);
	doc_close(&d, "journalstat: each metric by day of the week", NULL);
	free(ids);
}

/* ---- --goals ---- */

static void
goal_chart(struct doc *d, const struct tally *t, const struct goal_progress *gp, long lo,
    long hi)
{
	const struct measure *m = &gp->goal->measure;
	size_t n = (size_t)(hi - lo + 1), met = 0, judged = 0;
	enum verdict last = VERDICT_NO_ENTRY;
	struct plot_bar *bars = xmalloc(n * sizeof *bars);
	double *v = xmalloc(n * sizeof *v), ylo, yhi, step, target;
	char id[32], a[PLOT_NUMBER_SIZE], b[PLOT_NUMBER_SIZE];
	const char *per = date_period_name(gp->s.per);
	struct svg_plot p;

	/* A bar for each period with a value; only a met or missed period counts in the
	 * description: the period still going, a skipped one and one with no entry are not
	 * judged (progress.h). */
	for (size_t k = 0; k < n; k++) {
		struct period_judgement j;

		tally_goal_judge(t, gp, lo + (long)k, &j);
		bars[k].has = j.has && j.verdict != VERDICT_NO_ENTRY && j.verdict != VERDICT_SKIPPED;
		bars[k].value = j.value;
		bars[k].met = j.verdict == VERDICT_MET;
		v[k] = bars[k].has ? bars[k].value : NAN;
		met += bars[k].met != 0;
		judged += j.verdict == VERDICT_MET || j.verdict == VERDICT_NOT_MET;
		last = j.verdict;
	}
	target = m->has_at_least ? m->at_least : m->has_at_most ? m->at_most : NAN;
	step = value_range(v, n, m->has_at_least && m->has_at_most ? fmax(m->at_least,
	    m->at_most) : target, 1, &ylo, &yhi);
	p = chart_begin(d, CHART_H, -0.5, (double)n - 0.5, ylo, yhi);
	snprintf(id, sizeof id, "goal%d", d->charts);
	html_ctext(d->fp, tally_goal_id(gp), 0);
	fprintf(d->fp, ", %s %s %s, against its target", gp->tag >= 0 ? "count" : "mean",
	    gp->s.per == PERIOD_TOTAL ? "in" : "by", per);
	chart_desc(d->fp);
	html_ctext(d->fp, tally_goal_id(gp), 0);
	if (gp->s.per == PERIOD_TOTAL)
		fprintf(d->fp, ": %s in total; the target is", last == VERDICT_MET ? "met" :
		    last == VERDICT_SO_FAR ? "not met so far" : "not met");
	else
		fprintf(d->fp, ": met %zu of %zu %s%s judged; the target is", met, judged, per,
		    judged == 1 ? "" : "s");
	if (m->has_at_least)
		fprintf(d->fp, " at least %s", plot_number(m->at_least, a));
	if (m->has_at_most)
		fprintf(d->fp, "%s at most %s", m->has_at_least ? " and" : "",
		    plot_number(m->at_most, b));
	fprintf(d->fp, " %s %s.", gp->s.per == PERIOD_TOTAL ? "in" : "a", per);
	chart_head(d->fp, tally_goal_id(gp), gp->tag >= 0 ? ", count" : ", mean",
	    "hatched: met the target");
	plot_hatch(d->fp, id);
	svg_y_axis(&p, step, step < 1 ? 1 : 0);
	plot_bars(&p, bars, n, id);
	plot_target(&p, gp->goal);
	if (gp->s.per == PERIOD_TOTAL)
		svg_x_label(&p, 0, "total", "middle");
	else
		period_labels(&p, lo, gp->s.per, n);
	chart_end(d);
	free(bars);
	free(v);
}

void
goals_svg(const struct tally *t, const struct report_style *st)
{
	struct doc d;

	(void)st;
	doc_open(&d);
	for (size_t g = 0; g < t->progress.n; g++) {
		const struct goal_progress *gp = &t->progress.v[g];
		long lo, hi;

		tally_goal_periods(t, gp, &lo, &hi);
		if (lo <= hi)
			goal_chart(&d, t, gp, lo, hi);
	}
	doc_close(&d, "journalstat: each measured goal's periods against its target", NULL);
}

/* ---- --measures ---- */

/* "PHQ-9: 5 scores, from 14 on 2026-01-05 to 6 (mild) on 2026-03-02: reliable improvement." */
static void
instrument_desc(FILE *fp, const struct tally *t, enum instrument in)
{
	const struct instrument_info *ii = &instrument_table[in];
	const struct score_series *s = &t->scores.s[in];
	const char *band = score_band(in, s->v[s->n - 1].total, t->age);
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE];
	struct first_latest fl;

	if (s->n == 1) {
		fprintf(fp, "%s: one score, %.*f (%s) on %s.", ii->name, ii->decimals, s->v[0].total,
		    band != NULL ? band : "no band", date_format(s->v[0].day, a));
		return;
	}
	fprintf(fp, "%s: %zu scores, from %.*f on %s to %.*f (%s) on %s", ii->name, s->n,
	    ii->decimals, s->v[0].total, date_format(s->v[0].day, a), ii->decimals,
	    s->v[s->n - 1].total, band != NULL ? band : "no band",
	    date_format(s->v[s->n - 1].day, b));
	if (first_to_latest(t, in, &fl) && !isnan(fl.rci))
		fprintf(fp, ": %s", change_name(fl.verdict));
	fputc('.', fp);
}

static void
instrument_chart(struct doc *d, const struct tally *t, enum instrument in)
{
	const struct instrument_info *ii = &instrument_table[in];
	const struct score_series *s = &t->scores.s[in];
	struct plot_band bands[8];
	size_t nb = plot_bands_of(in, t->age, bands, sizeof bands / sizeof bands[0]);
	struct svg_plot p = chart_begin(d, CHART_H, (double)s->v[0].day,
	    (double)s->v[s->n - 1].day, 0, ii->max);

	fprintf(d->fp, "%s (%s) over time", ii->name, ii->about);
	chart_desc(d->fp);
	instrument_desc(d->fp, t, in);
	chart_head(d->fp, ii->name, " over time", ii->about);
	plot_scores(&p, in, s, bands, nb);
	chart_end(d);
}

static void
gas_chart(struct doc *d, const struct tally *t)
{
	const struct scores *sc = &t->scores;
	const struct gas_point *last = &sc->rated[sc->nrated - 1];
	double lo = 40, hi = 60, step, *x = xmalloc(sc->nrated * sizeof *x);
	double *y = xmalloc(sc->nrated * sizeof *y);
	char a[DATE_BUFSIZE];
	struct svg_plot p;

	for (size_t k = 0; k < sc->nrated; k++)
		x[k] = (double)sc->rated[k].day, y[k] = tscore_of(&sc->rated[k]);
	plot_widen(y, sc->nrated, &lo, &hi);
	step = svg_nice_range(&lo, &hi, 4);
	p = chart_begin(d, CHART_H, x[0], (double)last->day, lo, hi);
	fputs("Goal attainment T-score over the ratings", d->fp);
	chart_desc(d->fp);
	fprintf(d->fp, "Goal attainment T-score %.1f on %s", tscore_of(last),
	    date_format(last->day, a));
	if (sc->nrated > 1)
		fprintf(d->fp, ", %s %.1f", tscore_of(last) >= y[sc->nrated - 2] ? "up from" :
		    "down from", y[sc->nrated - 2]);
	fputs("; 50 is as expected on every goal.", d->fp);
	chart_head(d->fp, "Goal attainment T-score", "", "50: as expected");
	svg_y_axis(&p, step, 0);
	svg_hline(&p, 50, "cutoff");
	plot_dated(&p, x, y, sc->nrated, SVG_DIAMOND);
	chart_end(d);
	free(x);
	free(y);
}

void
measures_svg(const struct tally *t, const struct report_style *st)
{
	struct doc d;
	char buf[SAFETY_SIZE];
	const struct score_point *at;

	(void)st;
	doc_open(&d);
	for (int in = 0; in < INST_COUNT; in++)
		if (t->scores.s[in].n > 0)
			instrument_chart(&d, t, (enum instrument)in);
	if (t->scores.nrated > 0)
		gas_chart(&d, t);
	/* The safety sentence opens the report in every format. */
	doc_close(&d, "journalstat: questionnaire scores against their bands",
	    tally_safety(t, buf, &at));
}

/* ---- --calendar ---- */

/* A day's square and the step from one to the next, the room for the weekdays on the left,
 * for the legend above the years, and for a year's label and months above its squares. */
#define CAL_CELL 11
#define CAL_STEP 13
#define CAL_LEFT 40
#define CAL_LEGEND 26
#define CAL_YEAR_HEAD 16
#define CAL_YEAR_H (CAL_YEAR_HEAD + 7 * CAL_STEP + 8)
#define CAL_WEEKS 54

static const char *const month_abbr[12] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
	"Aug", "Sep", "Oct", "Nov", "Dec" };

/* The legend: a square of each level that holds values, and its values. */
static void
calendar_legend(FILE *fp, const struct calendar *c)
{
	char buf[CAL_RANGE_SIZE];
	double x = CAL_LEFT;

	for (int k = 0; k < CAL_LEVELS; k++) {
		if (calendar_range(c, k, buf) == NULL)
			continue;
		fprintf(fp, "<rect class=\"day l%d\" x=\"%.0f\" y=\"6\" width=\"%d\" "
		    "height=\"%d\"/>\n", k, x, CAL_CELL, CAL_CELL);
		svg_text(fp, x + CAL_CELL + 3, 15, "start", "axis", buf);
		x += CAL_CELL + 12 + 6.0 * (double)strlen(buf);
	}
	fprintf(fp, "<rect class=\"day none\" x=\"%.0f\" y=\"6\" width=\"%d\" height=\"%d\"/>"
	    "\n", x, CAL_CELL, CAL_CELL);
	svg_text(fp, x + CAL_CELL + 3, 15, "start", "axis", "no entry");
}

/* Copies s to q, returning the end: the pieces of a day's square. */
static char *
put_str(char *q, const char *s)
{
	return stpcpy(q, s);
}

/* Writes v in decimal at q, returning the end. */
static char *
put_long(char *q, long v)
{
	char buf[24], *p = buf + sizeof buf;
	unsigned long n = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

	do
		*--p = (char)('0' + n % 10);
	while ((n /= 10) > 0);
	if (v < 0)
		*--p = '-';
	memcpy(q, p, (size_t)(buf + sizeof buf - p));
	return q + (buf + sizeof buf - p);
}

/* Year y's row of months at top: its label and months, then a square a day, the weeks in
 * columns and the weekdays in rows, each day's date and value in its <title>. */
static void
calendar_year_svg(FILE *fp, const struct calendar *c, int y, int top)
{
	long jan1, dec31, monday;
	char a[DATE_BUFSIZE], label[16], num[PLOT_NUMBER_SIZE];

	calendar_year(y, &jan1, &dec31, &monday);
	snprintf(label, sizeof label, "%d", y);
	svg_text(fp, 2, top + 11, "start", "head", label);
	for (int m = 1; m <= 12; m++) {
		long week = (date_from_ymd(y, m, 1) - monday) / 7;

		svg_text(fp, CAL_LEFT + (double)(week * CAL_STEP), top + 11, "start", "axis",
		    month_abbr[m - 1]);
	}
	for (int wd = 0; wd < 7; wd += 2)
		svg_text(fp, CAL_LEFT - 3, top + CAL_YEAR_HEAD + wd * CAL_STEP + 9, "end", "axis",
		    weekday_name[wd]);
	for (long day = jan1; day <= dec31; day++) {
		long w = (day - monday) / 7;
		int wd = date_weekday(day);
		double v;
		int has = calendar_value(c, day, &v);
		char level[] = { 'l', (char)('0' + (has ? calendar_level(c, v) : 0)), '\0' };
		char line[256 + PLOT_NUMBER_SIZE], *q = line;

		/* Put together by hand and written at once: ten years are 3,650 squares, and
		 * printf's parsing of the format was most of the time they took. */
		q = put_str(q, "<rect class=\"day ");
		q = put_str(q, has ? level : "none");
		q = put_long(put_str(q, "\" x=\""), CAL_LEFT + w * CAL_STEP);
		q = put_long(put_str(q, "\" y=\""), top + CAL_YEAR_HEAD + wd * CAL_STEP);
		q = put_long(put_str(q, "\" width=\""), CAL_CELL);
		q = put_long(put_str(q, "\" height=\""), CAL_CELL);
		q = put_str(put_str(q, "\"><title>"), date_format(day, a));
		q = put_str(put_str(q, ": "), has ? plot_number(v, num) : "no entry");
		q = put_str(q, "</title></rect>\n");
		fwrite(line, 1, (size_t)(q - line), fp);
	}
}

void
calendar_svg(const struct tally *t, const struct report_style *st)
{
	const struct calendar *c = &t->cal;
	struct doc d;
	int first, last, h;
	size_t days = 0;
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE], lo[PLOT_NUMBER_SIZE], hi[PLOT_NUMBER_SIZE];
	char *title;

	(void)st;
	calendar_years(c, &first, &last);
	h = CAL_LEGEND + (last - first + 1) * CAL_YEAR_H;
	doc_open(&d);
	d.w = CAL_LEFT + CAL_WEEKS * CAL_STEP + 4;
	for (long day = c->first; day <= c->last; day++)
		days += !isnan(c->v[day - c->first]);
	fputs("<g transform=\"translate(0 0)\">\n", d.fp);
	svg_begin(d.fp, d.w, h, "calendar");
	d.y += h + GAP;
	d.charts++;
	fputs("<title>", d.fp);
	fputs(c->is_tag ? "#" : "", d.fp);
	html_ctext(d.fp, c->name, 0);
	fputs(", day by day</title>\n<desc>", d.fp);
	fputs(c->is_tag ? "The count of #" : "", d.fp);
	html_ctext(d.fp, c->name, 0);
	fprintf(d.fp, " on each day from %s to %s, a square a day, a row of months a year: %zu "
	    "days with %s, from %s (lightest) to %s (darkest); a day with no entry is left "
	    "empty.</desc>\n<style>", date_format(c->first, a), date_format(c->last, b), days,
	    c->is_tag ? "an entry" : "a value", plot_number(c->lo, lo), plot_number(c->hi, hi));
	for (int k = 0; k < CAL_LEVELS; k++)
		fprintf(d.fp, ".l%d{fill:#%02x%02x%02x}", k, cal_shade[k].rgb[0], cal_shade[k].rgb[1],
		    cal_shade[k].rgb[2]);
	fputs("</style>\n", d.fp);
	calendar_legend(d.fp, c);
	for (int y = first; y <= last; y++)
		calendar_year_svg(d.fp, c, y, CAL_LEGEND + (y - first) * CAL_YEAR_H);
	chart_end(&d);
	title = xmalloc(strlen(c->name) + 64);
	sprintf(title, "journalstat: %s%s, day by day", c->is_tag ? "#" : "", c->name);
	doc_close(&d, title, NULL);
	free(title);
}
