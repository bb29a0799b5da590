/* svg.c: the elements of a chart in SVG (svg.h). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "html.h"
#include "svg.h"

void
svg_begin(FILE *fp, int width, int height, const char *cls)
{
	fprintf(fp, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
	    "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" class=\"%s\">\n", width, height,
	    width, height, cls);
}

void
svg_end(FILE *fp)
{
	fputs("</svg>\n", fp);
}

double
svg_x(const struct svg_plot *p, double x)
{
	if (p->x1 == p->x0)
		return p->left + p->width / 2;
	return p->left + (x - p->x0) / (p->x1 - p->x0) * p->width;
}

double
svg_y(const struct svg_plot *p, double y)
{
	if (p->y1 == p->y0)
		return p->top + p->height / 2;
	return p->top + (p->y1 - y) / (p->y1 - p->y0) * p->height;
}

double
svg_tick_step(double lo, double hi, int n)
{
	double raw = (hi - lo) / (n > 0 ? n : 1), mag;

	if (!(raw > 0))
		return 1;
	mag = pow(10, floor(log10(raw)));
	if (raw / mag <= 1)
		return mag;
	if (raw / mag <= 2)
		return 2 * mag;
	return raw / mag <= 5 ? 5 * mag : 10 * mag;
}

double
svg_nice_range(double *lo, double *hi, int n)
{
	double step;

	if (*hi <= *lo) {
		*lo -= 1;
		*hi += 1;
	}
	step = svg_tick_step(*lo, *hi, n);
	*lo = floor(*lo / step) * step;
	*hi = ceil(*hi / step) * step;
	return step;
}

void
svg_y_axis(const struct svg_plot *p, double step, int decimals)
{
	/* Counted in whole steps: a sum of steps would drift (0.1 + 0.2). */
	long n = step > 0 ? (long)floor((p->y1 - p->y0) / step + 1e-9) : 0;

	for (long k = 0; k <= n; k++) {
		double v = p->y0 + (double)k * step, py = svg_y(p, v);
		char label[32];

		fprintf(p->fp, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
		    p->left, py, p->left + p->width, py);
		snprintf(label, sizeof label, "%.*f", decimals, fabs(v) < step / 1000 ? 0 : v);
		svg_text(p->fp, p->left - 3, py + 3, "end", "axis", label);
	}
}

void
svg_x_label(const struct svg_plot *p, double x, const char *text, const char *anchor)
{
	svg_text(p->fp, svg_x(p, x), p->top + p->height + 11, anchor, "axis", text);
}

void
svg_hline(const struct svg_plot *p, double y, const char *cls)
{
	double py = svg_y(p, y);

	fprintf(p->fp, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
	    cls, p->left, py, p->left + p->width, py);
}

void
svg_hband(const struct svg_plot *p, double y0, double y1, const char *cls)
{
	svg_rect(p, p->x0, y0, p->x1, y1, cls);
}

void
svg_rect(const struct svg_plot *p, double x0, double y0, double x1, double y1,
    const char *cls)
{
	double a = svg_x(p, x0), b = svg_x(p, x1), c = svg_y(p, y0), d = svg_y(p, y1);

	fprintf(p->fp, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
	    "height=\"%.1f\"/>\n", cls, fmin(a, b), fmin(c, d), fabs(b - a), fabs(d - c));
}

/* Room for a coordinate put_tenths writes, its NUL included ("%.1f" of at most DBL_MAX). */
#define SVG_TENTHS_SIZE 320

/* v as printf's "%.1f" writes it, into out, returning its length; without printf where the
 * rounding is plain: a line of ten years of days has tens of thousands of coordinates, and
 * printf's exact conversion of each was most of the time it took.  Near a half, where only
 * the exact conversion can say which way it rounds, printf writes it. */
static size_t
put_tenths(char *out, double v)
{
	double t = v * 10, r = nearbyint(t);
	char buf[32], *q = buf + sizeof buf;
	unsigned long n;
	size_t len;

	if (!(fabs(v) < 1e9) || fabs(t - r) >= 0.49)
		return (size_t)snprintf(out, SVG_TENTHS_SIZE, "%.1f", v);
	n = (unsigned long)fabs(r);
	*--q = (char)('0' + n % 10);
	*--q = '.';
	n /= 10;
	do
		*--q = (char)('0' + n % 10);
	while ((n /= 10) > 0);
	if (signbit(v))
		*--q = '-';
	len = (size_t)(buf + sizeof buf - q);
	memcpy(out, q, len);
	return len;
}

void
svg_path(const struct svg_plot *p, const double *x, const double *y, size_t n,
    const char *cls)
{
	int pen = 0, any = 0;

	for (size_t i = 0; i < n; i++) {
		/* A point a write: a line of ten years of days has 3,650 of them. */
		char pt[2 * SVG_TENTHS_SIZE + 4];
		size_t len = 0;

		if (isnan(y[i])) {
			pen = 0;
			continue;
		}
		if (!any)
			fprintf(p->fp, "<path class=\"%s\" d=\"", cls);
		else
			pt[len++] = ' ';
		pt[len++] = pen ? 'L' : 'M';
		len += put_tenths(pt + len, svg_x(p, x[i]));
		pt[len++] = ' ';
		len += put_tenths(pt + len, svg_y(p, y[i]));
		fwrite(pt, 1, len, p->fp);
		pen = any = 1;
	}
	if (any)
		fputs("\"/>\n", p->fp);
}

void
svg_marker(const struct svg_plot *p, double x, double y, enum svg_shape shape,
    const char *cls)
{
	double px = svg_x(p, x), py = svg_y(p, y), r = 3;

	switch (shape) {
	case SVG_CIRCLE:
		fprintf(p->fp, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>\n", cls,
		    px, py, r);
		break;
	case SVG_SQUARE:
		fprintf(p->fp, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"%.1f\"/>\n", cls, px - r, py - r, 2 * r, 2 * r);
		break;
	case SVG_TRIANGLE:
		fprintf(p->fp, "<path class=\"%s\" d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\"/>\n", cls,
		    px, py - r - 1, px + r + 1, py + r, px - r - 1, py + r);
		break;
	case SVG_DIAMOND:
		fprintf(p->fp, "<path class=\"%s\" d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ\"/>\n",
		    cls, px, py - r - 1, px + r + 1, py, px, py + r + 1, px - r - 1, py);
		break;
	}
}

void
svg_text(FILE *fp, double px, double py, const char *anchor, const char *cls,
    const char *text)
{
	fprintf(fp, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", cls, px, py,
	    anchor);
	html_ctext(fp, text, 0);
	fputs("</text>\n", fp);
}
