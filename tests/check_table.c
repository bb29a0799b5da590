/* check_table.c: the tsv and csv cells table.c writes, quoting included. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_goalkit.h"
#include "table.h"

/* Writes one row of cells in format and returns it (to be freed). */
static char *
row(enum table_format format, const char *const *cells, double number)
{
	struct table t;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	ck_assert_ptr_nonnull(fp);
	table_init(&t, fp, format);
	for (; *cells; cells++)
		table_cell(&t, *cells);
	table_cellf(&t, "n=%d", 3);
	table_number(&t, number);
	table_empty(&t, 1);
	table_end_row(&t);
	ck_assert_int_eq(fclose(fp), 0);
	return buf;
}

static const struct {
	enum table_format format;
	const char *cells[4];
	double number;
	const char *want;
} cases[] = {
	{ TABLE_CSV, { "plain", "", NULL }, 2.5, "plain,,n=3,2.5,\n" },
	{ TABLE_CSV, { "a,b", "say \"hi\"", NULL }, 7, "\"a,b\",\"say \"\"hi\"\"\",n=3,7,\n" },
	{ TABLE_CSV, { "two\nlines", "a\tb", NULL }, NAN, "\"two\nlines\",a b,n=3,,\n" },
	{ TABLE_TSV, { "a,b", "say \"hi\"", NULL }, 0.125, "a,b\tsay \"hi\"\tn=3\t0.125\t\n" },
	{ TABLE_TSV, { "a\tb", "c\r\nd", NULL }, NAN, "a b\tc  d\tn=3\t\t\n" },
	/* Numbers in full, never with an exponent, to 15 significant digits. */
	{ TABLE_CSV, { NULL }, 1e-7, "n=3,0.0000001,\n" },
	{ TABLE_CSV, { NULL }, -1.2345e-19, "n=3,-0.00000000000000000012345,\n" },
	{ TABLE_TSV, { NULL }, 2.0 / 3e5, "n=3\t0.00000666666666666667\t\n" },
	{ TABLE_TSV, { NULL }, 1e15, "n=3\t1000000000000000\t\n" },
	{ TABLE_TSV, { NULL }, -2.5e20, "n=3\t-250000000000000000000\t\n" },
	{ TABLE_TSV, { NULL }, 1234567.25, "n=3\t1234567.25\t\n" },
};

START_TEST(test_table_row)
{
	char *got = row(cases[_i].format, cases[_i].cells, cases[_i].number);

	ck_assert_str_eq(got, cases[_i].want);
	free(got);
}
END_TEST

/* A cell longer than table_cellf's own buffer is written whole. */
START_TEST(test_table_long_cell)
{
	struct table t;
	char *buf = NULL, *want = malloc(1002);
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	ck_assert_ptr_nonnull(want);
	memset(want, 'x', 1000);
	want[1000] = '\0';
	table_init(&t, fp, TABLE_CSV);
	table_cellf(&t, "%s", want);
	table_end_row(&t);
	ck_assert_int_eq(fclose(fp), 0);
	strcat(want, "\n");
	ck_assert_str_eq(buf, want);
	free(buf);
	free(want);
}
END_TEST

Suite *
make_table_suite(void)
{
	Suite *s = suite_create("table");
	TCase *tc = tcase_create("cells");

	tcase_add_loop_test(tc, test_table_row, 0, sizeof cases / sizeof cases[0]);
	tcase_add_test(tc, test_table_long_cell);
	suite_add_tcase(s, tc);
	return s;
}
