/* svg.h: drawing charts in SVG, inline in a page or alone: a plot maps values to the
 * drawing's pixels, and each call writes one element of it.  Text given to these calls is
 * the caller's own (labels, numbers); the person's words go through html_text. */
#ifndef GOALKIT_SVG_H
#define GOALKIT_SVG_H

#include <stddef.h>
#include <stdio.h>

/* A plot: values x0..x1 and y0..y1 drawn in the box left, top, width, height (pixels). */
struct svg_plot {
	FILE *fp;
	double x0, x1, y0, y1;
	double left, top, width, height;
};

/* The shapes of markers: a series or a state is told by its shape, not its colour alone. */
enum svg_shape { SVG_CIRCLE, SVG_SQUARE, SVG_TRIANGLE, SVG_DIAMOND };

/* Opens an <svg> of width by height pixels and CSS class cls, with role="img": its first
 * children, which the caller writes next, are a <title> (its name for a screen reader) and
 * a <desc> (its description). */
void svg_begin(FILE *fp, int width, int height, const char *cls);
void svg_end(FILE *fp);

/* The pixel of value x, and of value y (up is higher). */
double svg_x(const struct svg_plot *p, double x);
double svg_y(const struct svg_plot *p, double y);

/* A step for about n ticks over lo..hi: 1, 2 or 5 times a power of ten. */
double svg_tick_step(double lo, double hi, int n);
/* Widens *lo and *hi to whole steps of svg_tick_step(*lo, *hi, n), and returns the step. */
double svg_nice_range(double *lo, double *hi, int n);

/* The y axis: a grid line and a label at each step from y0 to y1. */
void svg_y_axis(const struct svg_plot *p, double step, int decimals);
/* A label under the plot at value x (text is the caller's, escaped). */
void svg_x_label(const struct svg_plot *p, double x, const char *text, const char *anchor);

/* A horizontal line at value y across the plot, of CSS class cls. */
void svg_hline(const struct svg_plot *p, double y, const char *cls);
/* A band from value y0 to y1 across the plot. */
void svg_hband(const struct svg_plot *p, double y0, double y1, const char *cls);
/* A rectangle from (x0, y0) to (x1, y1) in values. */
void svg_rect(const struct svg_plot *p, double x0, double y0, double x1, double y1,
    const char *cls);
/* A line through the n points (x[i], y[i]); a NAN y breaks it. */
void svg_path(const struct svg_plot *p, const double *x, const double *y, size_t n,
    const char *cls);
/* A marker of a shape at value (x, y). */
void svg_marker(const struct svg_plot *p, double x, double y, enum svg_shape shape,
    const char *cls);
/* Text at pixel (px, py), anchored "start", "middle" or "end"; text is escaped. */
void svg_text(FILE *fp, double px, double py, const char *anchor, const char *cls,
    const char *text);

#endif
