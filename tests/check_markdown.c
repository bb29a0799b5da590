/* check_markdown.c: what markdown.c escapes, by context, so that a person's words never change
 * a page's structure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_goalkit.h"
#include "markdown.h"

static const struct {
	const char *s;
	enum md_how how;
	size_t max;
	const char *want;
} cases[] = {
	{ "# ask Sam", MD_ITEM, 0, "\\# ask Sam" },
	{ "# ask Sam", MD_PLAIN, 0, "# ask Sam" },
	{ "- [ ] x", MD_ITEM, 0, "\\- [ ] x" },
	{ "1. first", MD_ITEM, 0, "1\\. first" },
	{ "a|b", MD_CELL, 0, "a\\|b" },
	{ "`a|b`", MD_CELL, 0, "`a\\|b`" },
	{ "a*b_c", MD_NAME, 0, "a\\*b\\_c" },
	{ "<!-- hide", MD_PLAIN, 0, "\\<!-- hide" },
	{ "Tom & Jerry &amp;", MD_PLAIN, 0, "Tom & Jerry \\&amp;" },
	{ "> quoted", MD_QUOTE, 0, "> quoted" },
	{ "tab\there", MD_PLAIN, 0, "tab here" },
	{ "bad\xff", MD_PLAIN, 0, "bad?" },
	{ "abcdef", MD_PLAIN, 3, "abc..." },
	{ "C:\\Users", MD_PLAIN, 0, "C:\\\\Users" },
};

START_TEST(test_markdown_escapes_by_context)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	ck_assert_ptr_nonnull(fp);
	md_ctext(fp, cases[_i].s, cases[_i].how, cases[_i].max);
	ck_assert_int_eq(fclose(fp), 0);
	ck_assert_str_eq(buf, cases[_i].want);
	free(buf);
}
END_TEST

Suite *
make_markdown_suite(void)
{
	Suite *s = suite_create("markdown");
	TCase *tc = tcase_create("escaping");

	tcase_add_loop_test(tc, test_markdown_escapes_by_context, 0,
	    sizeof cases / sizeof cases[0]);
	suite_add_tcase(s, tc);
	return s;
}
