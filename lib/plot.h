/* plot.h: the drawings that goalkit's charts share, on top of svg.h: a series of values with
 * its markers, a goal's target lines, a goal's periods as bars (met ones hatched), a
 * questionnaire's bands, dates on the x axis, and the CSS their classes need.  The session
 * sheet's HTML page and journalstat's SVG document draw with them, so a chart of the same
 * thing looks the same in both. */
#ifndef GOALKIT_PLOT_H
#define GOALKIT_PLOT_H

#include <stddef.h>
#include <stdio.h>

#include "goals.h"
#include "instruments.h"
#include "svg.h"

/* The CSS of the classes these calls and svg.h's write ("now", "before", "bar", "met",
 * "band0", ...), in the custom properties --fg, --bg, --mute, --line, --band0, --band1, --now
 * and --before, which the page or the document sets. */
extern const char plot_css[];

/* A number as a person writes it: at most two decimals, no trailing zeros ("6.5", "7"). */
#define PLOT_NUMBER_SIZE 64
const char *plot_number(double v, char buf[PLOT_NUMBER_SIZE]);

/* Widens *lo and *hi to the lowest and highest of n values (NAN: none). */
void plot_widen(const double *v, size_t n, double *lo, double *hi);

/* n values at x = first, first + 1, ...: a line (a NAN breaks it) and a marker at each. */
void plot_series(const struct svg_plot *p, const double *v, size_t n, long first,
    const char *cls, enum svg_shape shape);

/* The dashed target lines of a goal's measure, each named at its left ("at least 6"); none
 * for NULL. */
void plot_target(const struct svg_plot *p, const struct goal *gl);

/* A period of a goal, drawn as a bar at x = its index. */
struct plot_bar {
	int has;            /* a metric may have no value in a period: no bar */
	double value;
	int met;
};

/* The hatching of met bars, as pattern id-h: written once in the chart, before its bars. */
void plot_hatch(FILE *fp, const char *id);
/* n bars at x = 0, 1, ...: met ones hatched (plot_hatch's id) and outlined, the others hollow
 * and dashed, so that met reads without colour. */
void plot_bars(const struct svg_plot *p, const struct plot_bar *b, size_t n, const char *id);

/* A band of a questionnaire's totals: from lo to the next band's lo (the last: to the
 * instrument's max).  Two bands are a cutoff (ORS, SRS). */
struct plot_band {
	double lo;
	const char *name;           /* score_band's */
};

/* The bands of in's totals for a person of age, found by asking score_band of each total a
 * step apart, so that a chart shades whatever bands instruments.c publishes; at most max of
 * them into bands.  Returns how many (0: none, as for a child's ORS). */
size_t plot_bands_of(enum instrument in, enum age_group age, struct plot_band *bands,
    size_t max);
/* The bands shaded across the plot and named at its right; two bands are a cutoff, drawn as
 * a line. */
void plot_bands(const struct svg_plot *p, enum instrument in, const struct plot_band *bands,
    size_t n);

struct score_series;

/* A questionnaire's scores over time: in's bands (plot_bands), the y axis from 0 to in's max
 * and the scores as a dated line (plot_dated), the series having at least one score.  The
 * plot's x values are days, y 0 to in's max.  journalstat's and the session sheet's
 * questionnaire charts are this drawing, so they cannot drift apart. */
void plot_scores(const struct svg_plot *p, enum instrument in, const struct score_series *s,
    const struct plot_band *bands, size_t nbands);

/* A date as a label under the plot at value x. */
void plot_date_label(const struct svg_plot *p, double x, long day, const char *anchor);

/* n values dated day[i] (the plot's x values are days), n > 0: a line, a marker of a shape at
 * each, and the first and last dates under the plot. */
void plot_dated(const struct svg_plot *p, const double *day, const double *v, size_t n,
    enum svg_shape shape);

#endif
