/* check_spark.c: the characters spark.c draws a series with. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "check_goalkit.h"
#include "spark.h"

static char *
draw(const double *v, size_t n, int ascii)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	ck_assert_ptr_nonnull(fp);
	spark_write(fp, v, n, ascii);
	ck_assert_int_eq(fclose(fp), 0);
	return buf;
}

START_TEST(test_spark_levels_blanks_and_flat)
{
	const double rising[] = { 0, 1, 2, 3, 4, 5, 6, 7 }, gaps[] = { NAN, 2, NAN, 4 };
	const double flat[] = { 5, 5, NAN };
	char *s;

	s = draw(rising, 8, 1);
	ck_assert_str_eq(s, "_.-~=+*#");
	free(s);
	s = draw(rising, 8, 0);
	ck_assert_str_eq(s, "▁▂▃▄▅▆▇█");
	free(s);
	s = draw(gaps, 4, 1);
	ck_assert_str_eq(s, " _ #");
	free(s);
	s = draw(flat, 3, 1);
	ck_assert_str_eq(s, "~~ ");
	free(s);
	s = draw(flat, 0, 1);
	ck_assert_str_eq(s, "");
	free(s);
}
END_TEST

Suite *
make_spark_suite(void)
{
	Suite *s = suite_create("spark");
	TCase *tc = tcase_create("drawing");

	tcase_add_test(tc, test_spark_levels_blanks_and_flat);
	suite_add_tcase(s, tc);
	return s;
}
