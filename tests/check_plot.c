/* check_plot.c: plot.c's shared drawings: numbers as a person writes them, the bands a
 * questionnaire's chart shades (from instruments.c's own), the range of values with gaps, and
 * the bars of a goal, met ones hatched. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_goalkit.h"
#include "plot.h"

static const struct {
	double v;
	const char *want;
} numbers[] = {
	{ 7, "7" }, { 6.5, "6.5" }, { 6.25, "6.25" }, { 6.125, "6.12" }, { 0.1 + 0.2, "0.3" },
	{ -0.001, "0" }, { 10000, "10000" }, { -2.5, "-2.5" },
	/* Whole numbers, which plot_number writes without printf: as printf would. */
	{ 0, "0" }, { -0.0, "0" }, { -3, "-3" }, { 999999999999999, "999999999999999" },
	{ -999999999999999, "-999999999999999" }, { 1e15, "1000000000000000" },
	{ 2.9999999, "3" }, { -1e-300, "0" },
};

START_TEST(test_plot_number)
{
	char buf[PLOT_NUMBER_SIZE];

	ck_assert_str_eq(plot_number(numbers[_i].v, buf), numbers[_i].want);
}
END_TEST

/* PHQ-9's five published bands, each from its lowest total; the ORS a cutoff of two. */
START_TEST(test_plot_bands_of)
{
	struct plot_band b[8];
	static const double phq9_lo[] = { 0, 5, 10, 15, 20 };
	size_t n = plot_bands_of(INST_PHQ9, AGE_ADULT, b, 8);

	ck_assert_uint_eq(n, 5);
	for (size_t k = 0; k < n; k++)
		ck_assert_double_eq_tol(b[k].lo, phq9_lo[k], 1e-9);
	ck_assert_str_eq(b[0].name, "minimal");
	ck_assert_str_eq(b[4].name, "severe");
	n = plot_bands_of(INST_ORS, AGE_ADULT, b, 8);
	ck_assert_uint_eq(n, 2);
	ck_assert_double_eq_tol(b[1].lo, 25, 1e-9);
	/* No more than asked for. */
	ck_assert_uint_eq(plot_bands_of(INST_PHQ9, AGE_ADULT, b, 3), 3);
}
END_TEST

START_TEST(test_plot_widen_skips_nan)
{
	const double v[] = { NAN, 4, 2.5, NAN, 9 };
	double lo = INFINITY, hi = -INFINITY;

	plot_widen(v, 5, &lo, &hi);
	ck_assert_double_eq(lo, 2.5);
	ck_assert_double_eq(hi, 9);
}
END_TEST

/* A met bar is drawn inside the hatching's group; a period without a value, not at all. */
START_TEST(test_plot_bars)
{
	const struct plot_bar bars[] = { { 1, 3, 1 }, { 0, 0, 0 }, { 1, 1, 0 } };
	struct svg_plot p = { NULL, -0.5, 2.5, 0, 4, 0, 0, 30, 40 };
	char *buf = NULL;
	size_t len = 0;

	p.fp = open_memstream(&buf, &len);
	ck_assert_ptr_nonnull(p.fp);
	plot_bars(&p, bars, 3, "g1");
	fclose(p.fp);
	ck_assert_str_eq(buf, "<g class=\"met\" fill=\"url(#g1-h)\">\n"
	    "<rect class=\"bar met\" x=\"1.5\" y=\"10.0\" width=\"7.0\" height=\"30.0\"/>\n"
	    "</g>\n"
	    "<rect class=\"bar\" x=\"21.5\" y=\"30.0\" width=\"7.0\" height=\"10.0\"/>\n");
	free(buf);
}
END_TEST

Suite *
make_plot_suite(void)
{
	Suite *s = suite_create("plot");
	TCase *tc = tcase_create("charts");

	tcase_add_loop_test(tc, test_plot_number, 0, sizeof numbers / sizeof numbers[0]);
	tcase_add_test(tc, test_plot_bands_of);
	tcase_add_test(tc, test_plot_widen_skips_nan);
	tcase_add_test(tc, test_plot_bars);
	suite_add_tcase(s, tc);
	return s;
}
