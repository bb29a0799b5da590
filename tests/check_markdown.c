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
	/* An image would be fetched when the sheet becomes a PDF: it is left a link. */
	{ "see ![me](http://example.org/a.png)", MD_PLAIN, 0,
	    "see \\![me](http://example.org/a.png)" },
	{ "wow! [link](http://example.org)", MD_QUOTE, 0, "wow! [link](http://example.org)" },
	{ "`![code](x)`", MD_PLAIN, 0, "`![code](x)`" },
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

/* md_spans_at answers as md_code_span does, asked at every backtick from left to right (as
 * md_text asks, runs' second backticks included) or at each run a span does not cover (as
 * the journal's tag reader asks), on random lines of runs of 1 to 40 backticks (the short
 * ones remembered by a bit, the long ones indexed) between words. */
START_TEST(test_markdown_spans_index_answers_as_code_span)
{
	static const char alphabet[] = "a #";
	char line[8192];
	unsigned seed = 31;
	long spans = 0, open = 0;

	for (int round = 0; round < 20000; round++) {
		size_t n = 0, want_n;
		struct md_spans sp;

		seed = seed * 1103515245 + 12345;
		want_n = round % 250 == 0 ? 7000 : (seed >> 16) % 400;
		while (n < want_n) {
			size_t run;

			seed = seed * 1103515245 + 12345;
			run = (seed >> 16) % 3 ? 0 : (seed >> 8) % 4 ? 1 + (seed >> 4) % 5 :
			    1 + (seed >> 4) % 40;
			/* Every 250th line has 16 to 115 backticks in a run, so that the index
			 * grows past its first 64 slots (and, each asked of md_code_span, which
			 * reads on to the line's end, these lines are most of the test's time). */
			if (round % 250 == 0 && run > 0)
				run = 16 + (seed >> 4) % 100;
			for (size_t k = 0; k < run; k++)
				line[n++] = '`';
			line[n++] = alphabet[(seed >> 20) % (sizeof alphabet - 1)];
		}
		md_spans_init(&sp, line, n);
		for (size_t i = 0; i < n; ) {
			size_t want, got;

			if (line[i] != '`') {
				i++;
				continue;
			}
			want = md_code_span(line, i, n);
			got = md_spans_at(&sp, i);
			/* Not ck_assert_msg, which under fork writes each check's place to a
			 * pipe: a million system calls. */
			if (got != want)
				ck_abort_msg("round %d at %zu: %zu, want %zu", round, i, got, want);
			spans += want > 0;
			open += want == 0;
			/* Odd rounds skip the span, or the run, as the tag reader does. */
			if (round % 2 == 0)
				i++;
			else if (want > 0)
				i += want;
			else
				while (i < n && line[i] == '`')
					i++;
		}
		md_spans_free(&sp);
	}
	ck_assert_int_gt(spans, 10000);
	ck_assert_int_gt(open, 10000);
}
END_TEST

Suite *
make_markdown_suite(void)
{
	Suite *s = suite_create("markdown");
	TCase *tc = tcase_create("escaping");

	tcase_add_loop_test(tc, test_markdown_escapes_by_context, 0,
	    sizeof cases / sizeof cases[0]);
	tcase_add_test(tc, test_markdown_spans_index_answers_as_code_span);
	suite_add_tcase(s, tc);
	return s;
}
