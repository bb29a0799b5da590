/* check_html.c: what html.c escapes, so that a person's words never become markup in a page
 * or an inline SVG. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_goalkit.h"
#include "html.h"

static const struct {
	const char *s;
	size_t max;
	const char *want;
} cases[] = {
	{ "<script>alert(1)</script>", 0, "&lt;script&gt;alert(1)&lt;/script&gt;" },
	{ "Tom & Jerry &amp;", 0, "Tom &amp; Jerry &amp;amp;" },
	{ "\"quoted\" 'single'", 0, "&quot;quoted&quot; &#39;single&#39;" },
	{ "]]> </svg>", 0, "]]&gt; &lt;/svg&gt;" },
	{ "tab\there\nline", 0, "tab\there\nline" },
	{ "bell\a del\x7f", 0, "bell  del " },
	{ "c1\xC2\x85 nbsp\xC2\xA0", 0, "c1  nbsp\xC2\xA0" },
	{ "bad\xff byte", 0, "bad\xEF\xBF\xBD byte" },
	{ "rtl \xE2\x80\x8F mark, emoji \xF0\x9F\x98\x80", 0,
	    "rtl \xE2\x80\x8F mark, emoji \xF0\x9F\x98\x80" },
	{ "abcdef", 3, "abc..." },
	{ "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 2, "\xC3\xA9\xC3\xA9..." },
	{ "<<", 1, "&lt;..." },
	{ "abc", 3, "abc" },
};

START_TEST(test_html_escapes)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	ck_assert_ptr_nonnull(fp);
	html_ctext(fp, cases[_i].s, cases[_i].max);
	ck_assert_int_eq(fclose(fp), 0);
	ck_assert_str_eq(buf, cases[_i].want);
	free(buf);
}
END_TEST

/* A NUL inside the text counted by length is a control character, and NULL writes nothing. */
START_TEST(test_html_nul_and_null)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	ck_assert_ptr_nonnull(fp);
	html_text(fp, "a\0b", 3, 0);
	html_ctext(fp, NULL, 0);
	ck_assert_int_eq(fclose(fp), 0);
	ck_assert_uint_eq(len, 3);
	ck_assert_str_eq(buf, "a b");
	free(buf);
}
END_TEST

Suite *
make_html_suite(void)
{
	Suite *s = suite_create("html");
	TCase *tc = tcase_create("escaping");

	tcase_add_loop_test(tc, test_html_escapes, 0, sizeof cases / sizeof cases[0]);
	tcase_add_test(tc, test_html_nul_and_null);
	suite_add_tcase(s, tc);
	return s;
}
