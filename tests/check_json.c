/* check_json.c: pins the exact bytes json.c writes for strings and numbers. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_goalkit.h"
#include "json.h"

/* Captures what a writer prints, so tests compare whole outputs. */
struct capture {
	FILE *fp;
	char *buf;
	size_t len;
};

static void
capture_open(struct capture *c)
{
	c->buf = NULL;
	c->len = 0;
	c->fp = open_memstream(&c->buf, &c->len);
	ck_assert_ptr_nonnull(c->fp);
}

/* Closes the stream; c->buf then holds the output and must be freed. */
static const char *
capture_close(struct capture *c)
{
	ck_assert_int_eq(fclose(c->fp), 0);
	c->fp = NULL;
	return c->buf;
}

#define B(s) s, sizeof(s) - 1

static const struct {
	const char *s;
	size_t len;
	const char *want;
} string_cases[] = {
	{ B(""), "\"\"" },
	{ B("plain"), "\"plain\"" },
	{ B("say \"hi\""), "\"say \\\"hi\\\"\"" },
	{ B("C:\\dir"), "\"C:\\\\dir\"" },
	{ B("a\nb"), "\"a\\nb\"" },
	{ B("a\tb"), "\"a\\tb\"" },
	{ B("a\r\n"), "\"a\\r\\n\"" },
	{ B("\x01"), "\"\\u0001\"" },
	{ B("\x1F\x08\x0C"), "\"\\u001f\\u0008\\u000c\"" },
	{ B("a\0b"), "\"a\\u0000b\"" },                  /* embedded NUL, kept by len */
	{ B("\x7F"), "\"\x7F\"" },                       /* DEL needs no escape */
	{ B("/"), "\"/\"" },
	{ B("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"),
	  "\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"" },  /* valid UTF-8 passes through */
	{ B("a\xFFz"), "\"a\xEF\xBF\xBDz\"" },           /* ill-formed byte -> U+FFFD */
	{ B("\xC0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"" },  /* overlong: one per byte */
	{ B("\xED\xA0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"" },  /* surrogate */
	{ B("ab\xE2\x82"), "\"ab\xEF\xBF\xBD\xEF\xBF\xBD\"" },  /* truncated at the end */
	{ B("\x80\""), "\"\xEF\xBF\xBD\\\"\"" },          /* stray continuation, then a quote */
};

START_TEST(test_json_string_escapes_what_json_requires)
{
	struct capture c;
	const char *got;

	capture_open(&c);
	jsonw_string(c.fp, string_cases[_i].s, string_cases[_i].len);
	got = capture_close(&c);
	ck_assert_msg(strcmp(got, string_cases[_i].want) == 0, "case %d: got %s, want %s",
	    _i, got, string_cases[_i].want);
	free(c.buf);
}
END_TEST

/* Every byte value alone makes a string of only printable ASCII or well-formed UTF-8. */
START_TEST(test_json_string_never_writes_raw_control_chars)
{
	struct capture c;
	const char *got;
	char b;

	for (int v = 0; v < 256; v++) {
		b = (char)v;
		capture_open(&c);
		jsonw_string(c.fp, &b, 1);
		got = capture_close(&c);
		ck_assert_uint_eq(strlen(got), c.len);
		for (size_t i = 0; i < c.len; i++)
			ck_assert_msg((unsigned char)got[i] >= 0x20,
			    "byte 0x%02X wrote control byte 0x%02X", v, (unsigned char)got[i]);
		if (v >= 0x80)
			ck_assert_str_eq(got, "\"\xEF\xBF\xBD\"");
		free(c.buf);
	}
}
END_TEST

START_TEST(test_json_string_writes_only_len_bytes)
{
	struct capture c;

	capture_open(&c);
	jsonw_string(c.fp, "abcdef", 3);
	ck_assert_str_eq(capture_close(&c), "\"abc\"");
	free(c.buf);
}
END_TEST

START_TEST(test_json_cstring_writes_null_for_null)
{
	struct capture c;

	capture_open(&c);
	jsonw_cstring(c.fp, NULL);
	ck_assert_str_eq(capture_close(&c), "null");
	free(c.buf);
}
END_TEST

START_TEST(test_json_cstring_escapes_like_json_string)
{
	struct capture c;

	capture_open(&c);
	jsonw_cstring(c.fp, "x\"y\n");
	ck_assert_str_eq(capture_close(&c), "\"x\\\"y\\n\"");
	free(c.buf);
	capture_open(&c);
	jsonw_cstring(c.fp, "");
	ck_assert_str_eq(capture_close(&c), "\"\"");
	free(c.buf);
}
END_TEST

static const struct {
	double v;
	const char *want;
} number_cases[] = {
	{ 2, "2" },
	{ 2.5, "2.5" },
	{ 0.125, "0.125" },
	{ -3, "-3" },
	{ 0, "0" },
	{ 0.1, "0.1" },
	{ -0.5, "-0.5" },
	{ 100, "100" },
	{ 1234567, "1234567" },
	{ 1e20, "1e+20" },
	{ 1e-7, "1e-07" },
	{ 999999999999999.0, "999999999999999" },
	{ 1.0 / 3.0, "0.333333333333333" },
};

START_TEST(test_json_number_writes_no_trailing_zeros)
{
	struct capture c;
	const char *got;

	capture_open(&c);
	jsonw_number(c.fp, number_cases[_i].v);
	got = capture_close(&c);
	ck_assert_msg(strcmp(got, number_cases[_i].want) == 0, "%g wrote %s, want %s",
	    number_cases[_i].v, got, number_cases[_i].want);
	free(c.buf);
}
END_TEST

START_TEST(test_json_number_writes_null_for_nan_and_infinity)
{
	const double bad[] = { NAN, INFINITY, -INFINITY };
	struct capture c;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		capture_open(&c);
		jsonw_number(c.fp, bad[i]);
		ck_assert_str_eq(capture_close(&c), "null");
		free(c.buf);
	}
}
END_TEST

/* What jsonw_number writes reads back as the same double, to the 15 digits it promises. */
START_TEST(test_json_number_reads_back_as_same_value)
{
	const double vals[] = { 2, 2.5, 0.125, -3, 1e20, 3.14159, -1e-300, 123456.789, 1e15 };
	struct capture c;

	for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
		double back;

		capture_open(&c);
		jsonw_number(c.fp, vals[i]);
		back = strtod(capture_close(&c), NULL);
		ck_assert_double_eq_tol(back, vals[i], fabs(vals[i]) * 1e-14);
		free(c.buf);
	}
}
END_TEST

#define NCASES(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* The writer keeps the commas and the nesting; a line break goes after a member's comma. */
START_TEST(test_json_writer_nests_and_separates)
{
	struct capture c;
	struct json_writer w;

	capture_open(&c);
	jsonw_begin(&w, c.fp);
	jsonw_object(&w);
	jsonw_key(&w, "a"), jsonw_array(&w);
	jsonw_end(&w);
	jsonw_key(&w, "b"), jsonw_array(&w);
	for (int i = 0; i < 3; i++) {
		jsonw_newline(&w);
		jsonw_object(&w);
		jsonw_key(&w, "n"), jsonw_int(&w, i - 1);
		jsonw_key(&w, "x"), jsonw_num(&w, i == 2 ? NAN : 0.5);
		jsonw_key(&w, "s"), jsonw_str(&w, i ? "q\"" : NULL);
		jsonw_end(&w);
	}
	jsonw_end(&w);
	jsonw_newline(&w);
	jsonw_key(&w, "t"), jsonw_bool(&w, 1);
	jsonw_key(&w, "u"), jsonw_uint(&w, 7);
	jsonw_key(&w, "v"), jsonw_strn(&w, "abc", 2);
	jsonw_key(&w, "w"), jsonw_null(&w);
	jsonw_end(&w);
	ck_assert_str_eq(capture_close(&c), "{\"a\":[],\"b\":[\n{\"n\":-1,\"x\":0.5,\"s\":null},"
	    "\n{\"n\":0,\"x\":0.5,\"s\":\"q\\\"\"},\n{\"n\":1,\"x\":null,\"s\":\"q\\\"\"}],"
	    "\n\"t\":true,\"u\":7,\"v\":\"ab\",\"w\":null}");
	free(c.buf);
}
END_TEST

Suite *
make_json_suite(void)
{
	Suite *s = suite_create("json");
	TCase *tc;

	tc = tcase_create("strings");
	tcase_add_loop_test(tc, test_json_string_escapes_what_json_requires, 0,
	    NCASES(string_cases));
	tcase_add_test(tc, test_json_string_never_writes_raw_control_chars);
	tcase_add_test(tc, test_json_string_writes_only_len_bytes);
	tcase_add_test(tc, test_json_cstring_writes_null_for_null);
	tcase_add_test(tc, test_json_cstring_escapes_like_json_string);
	suite_add_tcase(s, tc);

	tc = tcase_create("numbers");
	tcase_add_loop_test(tc, test_json_number_writes_no_trailing_zeros, 0,
	    NCASES(number_cases));
	tcase_add_test(tc, test_json_number_writes_null_for_nan_and_infinity);
	tcase_add_test(tc, test_json_number_reads_back_as_same_value);
	suite_add_tcase(s, tc);

	tc = tcase_create("writer");
	tcase_add_test(tc, test_json_writer_nests_and_separates);
	suite_add_tcase(s, tc);

	return s;
}
