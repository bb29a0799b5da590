/* check_svg.c: svg.c's scales and elements: ticks at round numbers, values mapped to pixels
 * with up higher, a line broken where a value is missing, and text escaped. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_goalkit.h"
#include "svg.h"

static const struct {
	double lo, hi;
	int n;
	double step, nice_lo, nice_hi;
} ranges[] = {
	{ 0, 27, 4, 10, 0, 30 },
	{ 2, 9, 4, 2, 2, 10 },
	{ 6.25, 7, 4, 0.2, 6.2, 7 },
	{ 9800, 11700, 4, 500, 9500, 12000 },
	{ 5, 5, 4, 0.5, 4, 6 },
};

START_TEST(test_svg_ranges)
{
	double lo = ranges[_i].lo, hi = ranges[_i].hi, step;

	step = svg_nice_range(&lo, &hi, ranges[_i].n);
	ck_assert_double_eq_tol(step, ranges[_i].step, 1e-9);
	ck_assert_double_eq_tol(lo, ranges[_i].nice_lo, 1e-9);
	ck_assert_double_eq_tol(hi, ranges[_i].nice_hi, 1e-9);
}
END_TEST

START_TEST(test_svg_scale)
{
	struct svg_plot p = { NULL, 0, 10, 0, 100, 30, 10, 200, 80 };

	ck_assert_double_eq_tol(svg_x(&p, 0), 30, 1e-9);
	ck_assert_double_eq_tol(svg_x(&p, 10), 230, 1e-9);
	ck_assert_double_eq_tol(svg_y(&p, 100), 10, 1e-9);
	ck_assert_double_eq_tol(svg_y(&p, 0), 90, 1e-9);
	p.x1 = p.x0;  /* one point: in the middle */
	ck_assert_double_eq_tol(svg_x(&p, 0), 130, 1e-9);
}
END_TEST

START_TEST(test_svg_path_breaks_at_nan)
{
	static const double x[] = { 0, 1, 2, 3 }, y[] = { 0, NAN, 10, 10 };
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	struct svg_plot p = { fp, 0, 3, 0, 10, 0, 0, 30, 10 };

	ck_assert_ptr_nonnull(fp);
	svg_path(&p, x, y, 4, "now");
	svg_text(fp, 1, 2, "end", "axis", "a<b & \"c\"");
	ck_assert_int_eq(fclose(fp), 0);
	ck_assert_str_eq(buf, "<path class=\"now\" d=\"M0.0 10.0 M20.0 0.0 L30.0 0.0\"/>\n"
	    "<text class=\"axis\" x=\"1.0\" y=\"2.0\" text-anchor=\"end\">a&lt;b &amp; "
	    "&quot;c&quot;</text>\n");
	free(buf);
}
END_TEST

/* The path's coordinates are written without printf, and must read as printf's "%.1f" would
 * write them: halves that binary cannot hold, negative zeros, and large values. */
START_TEST(test_svg_path_tenths_as_printf)
{
	static const double v[] = { 0.25, 0.15, 0.35, -0.04, -0.0, 1e-7, 12.349999, 12.35,
		99.95, 123456.78, -3.05, 2e9, 7 };
	size_t n = sizeof v / sizeof v[0];
	struct svg_plot p = { NULL, 0, 1, 0, 1, 0, 0, 1, 1 };
	double x[sizeof v / sizeof v[0]], y[sizeof v / sizeof v[0]];
	char *buf = NULL, want[2048] = "<path class=\"c\" d=\"", num[64];
	size_t len = 0;

	for (size_t i = 0; i < n; i++) {
		/* y up is higher: the pixel of value 1 - v is v. */
		x[i] = v[i], y[i] = 1 - v[i];
		snprintf(num, sizeof num, "%s%c%.1f %.1f", i ? " " : "", i ? 'L' : 'M', svg_x(&p,
		    x[i]), svg_y(&p, y[i]));
		strcat(want, num);
	}
	strcat(want, "\"/>\n");
	p.fp = open_memstream(&buf, &len);
	ck_assert_ptr_nonnull(p.fp);
	svg_path(&p, x, y, n, "c");
	fclose(p.fp);
	ck_assert_str_eq(buf, want);
	free(buf);
}
END_TEST

Suite *
make_svg_suite(void)
{
	Suite *s = suite_create("svg");
	TCase *tc = tcase_create("drawing");

	tcase_add_loop_test(tc, test_svg_ranges, 0, sizeof ranges / sizeof ranges[0]);
	tcase_add_test(tc, test_svg_scale);
	tcase_add_test(tc, test_svg_path_breaks_at_nan);
	tcase_add_test(tc, test_svg_path_tenths_as_printf);
	suite_add_tcase(s, tc);
	return s;
}
