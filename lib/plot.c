/* plot.c: the drawings goalkit's charts share (plot.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "plot.h"
#include "scores.h"

const char plot_css[] =
    "svg text{font:9px \"DejaVu Sans\",Arial,sans-serif;fill:var(--fg)}\n"
    "svg .axis{fill:var(--mute)}\nsvg .note{font-size:8px;fill:var(--mute)}\n"
    ".grid{stroke:var(--line);stroke-width:0.5}\n"
    ".band0{fill:var(--band0)}\n.band1{fill:var(--band1)}\n"
    ".before-bg{fill:var(--band1)}\n"
    "path.now{fill:none;stroke:var(--now);stroke-width:1.5}\n"
    "circle.now,rect.now,path.now[d$=Z]{fill:var(--now);stroke:none}\n"
    "path.before{fill:none;stroke:var(--before);stroke-width:1;stroke-dasharray:3 2}\n"
    "rect.before{fill:var(--before)}\n"
    ".target,.cutoff{stroke:var(--fg);stroke-width:1;stroke-dasharray:5 3}\n"
    ".bar{stroke:var(--fg);stroke-width:1}\nrect.bar:not(.met){fill:var(--bg);"
    "stroke-dasharray:2 1}\n"
    ".hatch{stroke:var(--now);stroke-width:2}\n.hatch-bg{fill:var(--bg)}\n";

const char *
plot_number(double v, char buf[PLOT_NUMBER_SIZE])
{
	if (fabs(v) < 1e15 && v == floor(v)) {
		/* A whole number, as most are (a calendar of ten years titles 3,650 squares):
		 * what "%.2f" would give, less its ".00", without printf's exact conversion. */
		char tmp[24], *q = tmp + sizeof tmp;
		unsigned long long n = (unsigned long long)fabs(v);

		*--q = '\0';
		do
			*--q = (char)('0' + n % 10);
		while ((n /= 10) > 0);
		if (v < 0)
			*--q = '-';
		memcpy(buf, q, (size_t)(tmp + sizeof tmp - q));
		return buf;
	}
	snprintf(buf, PLOT_NUMBER_SIZE, "%.2f", v);
	/* Trailing zeros, then a trailing point, go. */
	for (size_t n = strlen(buf); n > 1 && strchr(buf, '.'); n--) {
		if (buf[n - 1] != '0' && buf[n - 1] != '.')
			break;
		buf[n - 1] = '\0';
		if (buf[n - 2] == '.') {
			buf[n - 2] = '\0';
			break;
		}
	}
	return strcmp(buf, "-0") == 0 ? "0" : buf;
}

void
plot_widen(const double *v, size_t n, double *lo, double *hi)
{
	for (size_t i = 0; i < n; i++) {
		if (isnan(v[i]))
			continue;
		*lo = fmin(*lo, v[i]);
		*hi = fmax(*hi, v[i]);
	}
}

void
plot_series(const struct svg_plot *p, const double *v, size_t n, long first,
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
	char a[PLOT_NUMBER_SIZE], label[PLOT_NUMBER_SIZE + 16];

	svg_hline(p, v, "target");
	snprintf(label, sizeof label, "%s %s", word, plot_number(v, a));
	svg_text(p->fp, p->left + 2, svg_y(p, v) - 2, "start", "note", label);
}

void
plot_target(const struct svg_plot *p, const struct goal *gl)
{
	if (gl != NULL && gl->measure.has_at_least)
		target_line(p, "at least", gl->measure.at_least);
	if (gl != NULL && gl->measure.has_at_most)
		target_line(p, "at most", gl->measure.at_most);
}

void
plot_hatch(FILE *fp, const char *id)
{
	fprintf(fp, "<defs><pattern id=\"%s-h\" width=\"4\" height=\"4\" "
	    "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
	    "<rect class=\"hatch-bg\" width=\"4\" height=\"4\"/>"
	    "<line class=\"hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\"/></pattern></defs>\n", id);
}

void
plot_bars(const struct svg_plot *p, const struct plot_bar *b, size_t n, const char *id)
{
	for (size_t k = 0; k < n; k++) {
		double x = (double)k;

		if (!b[k].has)
			continue;
		if (b[k].met)
			fprintf(p->fp, "<g class=\"met\" fill=\"url(#%s-h)\">\n", id);
		svg_rect(p, x - 0.35, 0, x + 0.35, b[k].value, b[k].met ? "bar met" : "bar");
		if (b[k].met)
			fputs("</g>\n", p->fp);
	}
}

size_t
plot_bands_of(enum instrument in, enum age_group age, struct plot_band *bands, size_t max)
{
	const struct instrument_info *ii = &instrument_table[in];
	double step = ii->decimals > 0 ? 0.1 : 1;
	const char *last = NULL;
	size_t n = 0;

	for (long k = 0; (double)k * step <= ii->max + step / 2; k++) {
		const char *name = score_band(in, (double)k * step, age);

		if (name == NULL)
			break;	/* a child's ORS: no band to shade */
		if (last != NULL && strcmp(name, last) == 0)
			continue;
		if (n == max)
			break;
		bands[n++] = (struct plot_band){ (double)k * step, name };
		last = name;
	}
	return n;
}

void
plot_bands(const struct svg_plot *p, enum instrument in, const struct plot_band *bands,
    size_t n)
{
	double max = instrument_table[in].max;
	char a[PLOT_NUMBER_SIZE], label[PLOT_NUMBER_SIZE + 16];

	if (n == 2) {
		svg_hband(p, 0, bands[1].lo, instrument_table[in].higher_is_better ?
		    "band1" : "band0");
		svg_hline(p, bands[1].lo, "cutoff");
		snprintf(label, sizeof label, "cutoff %s", plot_number(bands[1].lo, a));
		svg_text(p->fp, p->left + p->width - 2, svg_y(p, bands[1].lo) - 2, "end", "note",
		    label);
		return;
	}
	for (size_t k = 0; k < n; k++) {
		double lo = bands[k].lo, hi = k + 1 < n ? bands[k + 1].lo : max;
		char cls[8];

		snprintf(cls, sizeof cls, "band%zu", k % 2);
		svg_hband(p, lo, hi, cls);
		if (svg_y(p, lo) - svg_y(p, hi) >= 8)
			svg_text(p->fp, p->left + p->width - 2, (svg_y(p, lo) + svg_y(p, hi)) / 2 + 3,
			    "end", "note", bands[k].name);
	}
}

void
plot_date_label(const struct svg_plot *p, double x, long day, const char *anchor)
{
	char a[DATE_BUFSIZE];

	svg_x_label(p, x, date_format(day, a), anchor);
}

void
plot_dated(const struct svg_plot *p, const double *day, const double *v, size_t n,
    enum svg_shape shape)
{
	svg_path(p, day, v, n, "now");
	for (size_t k = 0; k < n; k++)
		svg_marker(p, day[k], v[k], shape, "now");
	plot_date_label(p, p->x0, (long)day[0], n > 1 ? "start" : "middle");
	if (n > 1)
		plot_date_label(p, p->x1, (long)day[n - 1], "end");
}

void
plot_scores(const struct svg_plot *p, enum instrument in, const struct score_series *s,
    const struct plot_band *bands, size_t nbands)
{
	double max = instrument_table[in].max;
	double *x = xmalloc(s->n * sizeof *x), *y = xmalloc(s->n * sizeof *y);

	plot_bands(p, in, bands, nbands);
	svg_y_axis(p, svg_tick_step(0, max, 4), 0);
	for (size_t k = 0; k < s->n; k++)
		x[k] = (double)s->v[k].day, y[k] = s->v[k].total;
	plot_dated(p, x, y, s->n, SVG_CIRCLE);
	free(x);
	free(y);
}
