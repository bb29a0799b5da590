/* check_text.c: pins UTF-8 validation, code point counting, positions and line tables. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "check_goalkit.h"
#include "text.h"

/* A byte string with its length, because several cases hold NULs or end mid-sequence. */
#define B(s) s, sizeof(s) - 1

static const struct {
	const char *s;
	size_t len;
	size_t bad;  /* the offset text_utf8_invalid must return; len when well-formed */
} utf8_cases[] = {
	{ B(""), 0 },
	{ B("plain ascii"), 11 },
	{ B("\0nul is ascii"), 13 },
	{ B("caf\xC3\xA9"), 5 },                 /* U+00E9, 2 bytes */
	/* a run of two-byte letters (Cyrillic), then a lead byte cut off by the end */
	{ B("\xD0\xBC\xD0\xB8\xD1\x80 ok \xD0\xBC\xD0"), 12 },
	{ B("\xD0\xBC\xD0\xB8\xC0\x80"), 4 },      /* then an overlong lead */
	{ B("\xC2\x80"), 2 },                    /* U+0080, smallest 2-byte */
	{ B("\xDF\xBF"), 2 },                    /* U+07FF */
	{ B("\xE2\x82\xAC"), 3 },                /* U+20AC, 3 bytes */
	{ B("\xE0\xA0\x80"), 3 },                /* U+0800, smallest 3-byte */
	{ B("\xED\x9F\xBF"), 3 },                /* U+D7FF, just below the surrogates */
	{ B("\xEE\x80\x80"), 3 },                /* U+E000, just above them */
	{ B("\xEF\xBF\xBF"), 3 },                /* U+FFFF */
	{ B("\xF0\x9F\x98\x80"), 4 },            /* U+1F600, 4 bytes */
	{ B("\xF0\x90\x80\x80"), 4 },            /* U+10000, smallest 4-byte */
	{ B("\xF4\x8F\xBF\xBF"), 4 },            /* U+10FFFF, the largest */
	{ B("ab\xC0\x80"), 2 },                  /* overlong NUL */
	{ B("\xC1\xBF"), 0 },                    /* overlong 2-byte */
	{ B("x\xE0\x80\x80"), 1 },               /* overlong 3-byte */
	{ B("\xE0\x9F\xBF"), 0 },                /* overlong U+07FF */
	{ B("\xF0\x80\x80\x80"), 0 },            /* overlong 4-byte */
	{ B("\xF0\x8F\xBF\xBF"), 0 },            /* overlong U+FFFF */
	{ B("a\xED\xA0\x80"), 1 },               /* surrogate U+D800 */
	{ B("\xED\xBF\xBF"), 0 },                /* surrogate U+DFFF */
	{ B("\xF4\x90\x80\x80"), 0 },            /* U+110000 */
	{ B("\xF5\x80\x80\x80"), 0 },            /* no lead byte above F4 */
	{ B("\xFF"), 0 },
	{ B("\xFE"), 0 },
	{ B("ok\x80"), 2 },                      /* stray continuation byte */
	{ B("\xC3\xA9\xA9"), 2 },                /* one continuation too many */
	{ B("abc\xC3"), 3 },                     /* 2-byte cut short at the end */
	{ B("abc\xE2\x82"), 3 },                 /* 3-byte cut short at the end */
	{ B("abc\xF0\x9F\x98"), 3 },             /* 4-byte cut short at the end */
	{ B("\xE2\x82z"), 0 },                   /* cut short by an ASCII byte */
	{ B("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80!"), 10 },
};

START_TEST(test_text_utf8_invalid_finds_first_ill_formed_byte)
{
	size_t got = text_utf8_invalid(utf8_cases[_i].s, utf8_cases[_i].len);

	ck_assert_msg(got == utf8_cases[_i].bad, "case %d: got offset %zu, want %zu",
	    _i, got, utf8_cases[_i].bad);
}
END_TEST

/* The sequence length at the reported offset agrees with the validator. */
START_TEST(test_text_utf8_len_is_zero_exactly_at_ill_formed_bytes)
{
	const char *s = utf8_cases[_i].s;
	size_t len = utf8_cases[_i].len, i = 0, n;

	while (i < len && (n = text_utf8_len(s + i, len - i)) > 0)
		i += n;
	ck_assert_uint_eq(i, utf8_cases[_i].bad);
}
END_TEST

static const struct {
	const char *s;
	size_t len;
	size_t n;
} len_cases[] = {
	{ B("a"), 1 },
	{ B("\x7F"), 1 },
	{ B("\xC3\xA9rest"), 2 },
	{ B("\xE2\x82\xAC"), 3 },
	{ B("\xF0\x9F\x98\x80"), 4 },
	{ B("\x80"), 0 },
	{ B("\xC0\x80"), 0 },
	{ B("\xE0\x80\x80"), 0 },
	{ B("\xED\xA0\x80"), 0 },
	{ B("\xF4\x90\x80\x80"), 0 },
	{ B("\xF0\x9F\x98"), 0 },
};

START_TEST(test_text_utf8_len_measures_one_sequence)
{
	ck_assert_uint_eq(text_utf8_len(len_cases[_i].s, len_cases[_i].len), len_cases[_i].n);
}
END_TEST

/* A length shorter than the sequence makes it ill-formed even if the bytes follow. */
START_TEST(test_text_utf8_len_respects_len)
{
	ck_assert_uint_eq(text_utf8_len("\xE2\x82\xAC", 2), 0);
	ck_assert_uint_eq(text_utf8_len("\xF0\x9F\x98\x80", 3), 0);
	ck_assert_uint_eq(text_utf8_len("\xC3\xA9", 1), 0);
}
END_TEST

static const struct {
	const char *s;
	size_t len;
	size_t n;
} cp_cases[] = {
	{ B(""), 0 },
	{ B("abc"), 3 },
	{ B("caf\xC3\xA9"), 4 },
	{ B("\xE2\x82\xAC\xF0\x9F\x98\x80"), 2 },
	{ B("\xFF"), 1 },
	{ B("a\x80z"), 3 },          /* a stray continuation byte is one ill-formed byte */
	{ B("\x80\x80"), 2 },
	{ B("\xC0\x80"), 2 },        /* an overlong is two ill-formed bytes */
	{ B("\xED\xA0\x80"), 3 },    /* so is each byte of a surrogate */
	{ B("ab\xE2\x82"), 4 },      /* a truncated sequence counts its bytes */
};

START_TEST(test_text_codepoints_counts_ill_formed_bytes_as_one)
{
	size_t got = text_codepoints(cp_cases[_i].s, cp_cases[_i].len);

	ck_assert_msg(got == cp_cases[_i].n, "case %d: %zu code points, want %zu",
	    _i, got, cp_cases[_i].n);
}
END_TEST

static const struct {
	const char *buf;
	size_t off;
	int line, col;
} pos_cases[] = {
	{ "abc", 0, 1, 1 },
	{ "abc", 2, 1, 3 },
	{ "abc", 3, 1, 4 },
	{ "ab\ncd", 2, 1, 3 },         /* the newline itself is on line 1 */
	{ "ab\ncd", 3, 2, 1 },
	{ "ab\ncd", 4, 2, 2 },
	{ "\n\n\nx", 3, 4, 1 },
	{ "ab\r\ncd", 4, 2, 1 },       /* CRLF: one line break */
	{ "ab\r\ncd", 5, 2, 2 },
	{ "ab\r\ncd", 2, 1, 3 },
	{ "\xC3\xA9t\xC3\xA9: x", 5, 1, 4 },  /* columns count code points */
	{ "a\n\xF0\x9F\x98\x80x", 6, 2, 2 },
	{ "a\n\xE2\x82\xAC\xE2\x82\xAC!", 8, 2, 3 },
};

START_TEST(test_text_position_counts_lines_and_code_points)
{
	int line = 0, col = 0;

	text_position(pos_cases[_i].buf, pos_cases[_i].off, &line, &col);
	ck_assert_msg(line == pos_cases[_i].line && col == pos_cases[_i].col,
	    "case %d: %d:%d, want %d:%d", _i, line, col, pos_cases[_i].line, pos_cases[_i].col);
}
END_TEST

static const struct {
	const char *buf;
	size_t nlines;
	const char *want[4];
} lines_cases[] = {
	{ "one\ntwo\nthree\n", 3, { "one", "two", "three" } },
	{ "one\ntwo\nthree", 3, { "one", "two", "three" } },
	{ "one\r\ntwo\r\n", 2, { "one", "two" } },
	{ "a\r\n\r\nb", 3, { "a", "", "b" } },
	{ "a\n\n", 2, { "a", "" } },
	{ "\n", 1, { "" } },
	{ "", 1, { "" } },
	{ "x", 1, { "x" } },
};

START_TEST(test_lines_get_returns_each_line_without_its_ending)
{
	struct lines l;
	const char *t;
	size_t len = 99;

	ck_assert_int_eq(lines_index(&l, lines_cases[_i].buf, strlen(lines_cases[_i].buf)), 0);
	ck_assert_ptr_null(lines_get(&l, (int)lines_cases[_i].nlines + 1, &len));
	for (size_t i = 0; i < lines_cases[_i].nlines; i++) {
		t = lines_get(&l, (int)i + 1, &len);
		ck_assert_ptr_nonnull(t);
		ck_assert_msg(len == strlen(lines_cases[_i].want[i]) &&
		    memcmp(t, lines_cases[_i].want[i], len) == 0,
		    "case %d line %zu: \"%.*s\", want \"%s\"", _i, i + 1, (int)len, t,
		    lines_cases[_i].want[i]);
	}
	lines_free(&l);
}
END_TEST

START_TEST(test_lines_get_walks_backwards_too)
{
	struct lines l;
	const char *t;
	size_t len;

	ck_assert_int_eq(lines_index(&l, lines_cases[_i].buf, strlen(lines_cases[_i].buf)), 0);
	for (size_t i = lines_cases[_i].nlines; i > 0; i--) {
		t = lines_get(&l, (int)i, &len);
		ck_assert_ptr_nonnull(t);
		ck_assert_msg(len == strlen(lines_cases[_i].want[i - 1]) &&
		    memcmp(t, lines_cases[_i].want[i - 1], len) == 0, "case %d line %zu", _i, i);
	}
	lines_free(&l);
}
END_TEST

START_TEST(test_lines_get_returns_null_out_of_range)
{
	struct lines l;
	size_t len = 7;

	ck_assert_int_eq(lines_index(&l, "a\nb\n", 4), 0);
	ck_assert_ptr_null(lines_get(&l, 0, &len));
	ck_assert_ptr_null(lines_get(&l, -1, &len));
	ck_assert_ptr_null(lines_get(&l, 3, &len));
	ck_assert_ptr_null(lines_get(&l, 1000, &len));
	ck_assert_uint_eq(len, 7);
	lines_free(&l);
	ck_assert_ptr_null(l.buf);
}
END_TEST

/* Many lines, asked for far apart in both directions. */
START_TEST(test_lines_index_grows_past_many_lines)
{
	static char buf[5000 * 6];
	struct lines l;
	const char *t;
	size_t len, n = 0;

	for (int i = 0; i < 5000; i++)
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%04d\n", i);
	ck_assert_int_eq(lines_index(&l, buf, n), 0);
	ck_assert_ptr_null(lines_get(&l, 5001, &len));
	t = lines_get(&l, 4321, &len);
	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(len, 4);
	ck_assert_int_eq(memcmp(t, "4320", 4), 0);
	t = lines_get(&l, 12, &len);
	ck_assert_int_eq(memcmp(t, "0011", 4), 0);
	t = lines_get(&l, 5000, &len);
	ck_assert_int_eq(memcmp(t, "4999", 4), 0);
	lines_free(&l);
}
END_TEST

static const char *const suggest_names[] = {
	"id", "title", "status", "created", "concern", "measure", "achievable",
	"relevant", "deadline", "target", "period", "goal", NULL,
};

static const struct {
	const char *s;
	const char *want;  /* NULL: no hint */
} suggest_cases[] = {
	{ "titel", "title" },
	{ "staus", "status" },
	{ "STATUS", "status" },
	{ "Deadlnie", "deadline" },
	{ "acheivable", "achievable" },
	{ "messure", "measure" },
	{ "title", "title" },
	{ "ix", "id" },
	{ "banana", NULL },
	{ "tit", NULL },          /* two slips in three letters is a guess, not a typo */
	{ "gaol", "goal" },       /* two letters swapped are one slip */
	{ "dI", "id" },
	{ "gloa", NULL },         /* two slips in four letters */
	{ "xyzzy", NULL },
	{ "", NULL },
	{ "relevant-relevant-relevant-relevant-relevant-relevant-relevant-relevant", NULL },
};

START_TEST(test_text_suggest_names_likely_typo_or_nothing)
{
	const char *s = suggest_cases[_i].s;
	const char *got = text_suggest(s, strlen(s), suggest_names);

	if (suggest_cases[_i].want == NULL)
		ck_assert_msg(got == NULL, "\"%s\" suggested \"%s\"", s, got ? got : "");
	else
		ck_assert_msg(got != NULL && strcmp(got, suggest_cases[_i].want) == 0,
		    "\"%s\" suggested \"%s\", want \"%s\"", s, got ? got : "(null)",
		    suggest_cases[_i].want);
}
END_TEST

/* The input is len bytes, not a C string: text after len does not count. */
START_TEST(test_text_suggest_reads_only_len_bytes)
{
	const char *got = text_suggest("titlexxxxxxx", 5, suggest_names);

	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, "title");
	ck_assert_ptr_null(text_suggest("title", 5, (const char *const[]){ NULL }));
}
END_TEST

/* text_suggest_among answers as text_suggest does, on names of a few letters (so that many
 * are within reach of one another, ties included) and on slips of them: one letter dropped,
 * doubled, changed or swapped with the next, up to three times. */
START_TEST(test_text_suggest_among_answers_as_text_suggest)
{
	static const char letters[] = "aabcde-";
	char names[80][72], query[80];
	const char *list[81];
	struct text_name among[80];
	unsigned seed = 99;
	int hinted = 0, none = 0;

	for (int i = 0; i < 80; i++) {
		seed = seed * 1103515245 + 12345;
		size_t len = 1 + (seed >> 16) % (i < 76 ? 14 : 70);

		for (size_t k = 0; k < len; k++) {
			seed = seed * 1103515245 + 12345;
			names[i][k] = letters[(seed >> 16) % (sizeof letters - 1)];
		}
		names[i][len] = '\0';
		list[i] = names[i];
		among[i] = text_name_of(names[i]);
	}
	list[80] = NULL;
	for (int round = 0; round < 20000; round++) {
		size_t len;
		const char *want, *got;

		seed = seed * 1103515245 + 12345;
		strcpy(query, names[(seed >> 16) % 80]);
		len = strlen(query);
		for (int slips = (int)((seed >> 8) % 4); slips > 0 && len > 1; slips--) {
			size_t at;

			seed = seed * 1103515245 + 12345;
			at = (seed >> 16) % (len - 1);
			switch ((seed >> 8) % 4) {
			case 0: memmove(query + at, query + at + 1, len - at); len--; break;
			case 1: memmove(query + at + 1, query + at, len - at + 1); len++; break;
			case 2: query[at] = (char)(round % 3 ? 'A' + (int)(seed % 5) : 'b'); break;
			default: { char c = query[at]; query[at] = query[at + 1]; query[at + 1] = c; }
			}
		}
		want = text_suggest(query, len, list);
		got = text_suggest_among(query, len, among, 80);
		ck_assert_msg(want == got, "\"%s\": text_suggest \"%s\", among \"%s\"", query,
		    want ? want : "(null)", got ? got : "(null)");
		hinted += want != NULL;
		none += want == NULL;
	}
	/* Both answers were put to the test. */
	ck_assert_int_gt(hinted, 5000);
	ck_assert_int_gt(none, 500);
}
END_TEST

#define NCASES(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Columns on a terminal, in a UTF-8 locale: a CJK letter or an emoji takes two, a combining
 * accent none, an ill-formed byte one. */
START_TEST(test_text_width_counts_terminal_columns)
{
	static const struct {
		const char *s;
		size_t want;
	} cases[] = {
		{ "plain", 5 }, { "caf\xc3\xa9", 4 }, { "\xe6\x97\xa5\xe6\x9c\xac", 4 },
		{ "\xf0\x9f\x98\x80!", 3 }, { "e\xcc\x81", 1 }, { "a\xff" "b", 3 }, { "", 0 },
	};

	ck_assert_ptr_nonnull(setlocale(LC_CTYPE, "C.UTF-8"));
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		ck_assert_msg(text_width(cases[i].s, strlen(cases[i].s)) == cases[i].want,
		    "case %zu: %zu columns, want %zu", i,
		    text_width(cases[i].s, strlen(cases[i].s)), cases[i].want);
	setlocale(LC_CTYPE, "C");
}
END_TEST

Suite *
make_text_suite(void)
{
	Suite *s = suite_create("text");
	TCase *tc;

	tc = tcase_create("utf8");
	tcase_add_loop_test(tc, test_text_utf8_invalid_finds_first_ill_formed_byte, 0,
	    NCASES(utf8_cases));
	tcase_add_loop_test(tc, test_text_utf8_len_is_zero_exactly_at_ill_formed_bytes, 0,
	    NCASES(utf8_cases));
	tcase_add_loop_test(tc, test_text_utf8_len_measures_one_sequence, 0, NCASES(len_cases));
	tcase_add_test(tc, test_text_utf8_len_respects_len);
	tcase_add_loop_test(tc, test_text_codepoints_counts_ill_formed_bytes_as_one, 0,
	    NCASES(cp_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("position");
	tcase_add_loop_test(tc, test_text_position_counts_lines_and_code_points, 0,
	    NCASES(pos_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("lines");
	tcase_add_loop_test(tc, test_lines_get_returns_each_line_without_its_ending, 0,
	    NCASES(lines_cases));
	tcase_add_loop_test(tc, test_lines_get_walks_backwards_too, 0,
	    (int)(sizeof lines_cases / sizeof lines_cases[0]));
	tcase_add_test(tc, test_lines_get_returns_null_out_of_range);
	tcase_add_test(tc, test_lines_index_grows_past_many_lines);
	suite_add_tcase(s, tc);

	tc = tcase_create("suggest");
	tcase_add_loop_test(tc, test_text_suggest_names_likely_typo_or_nothing, 0,
	    NCASES(suggest_cases));
	tcase_add_test(tc, test_text_suggest_reads_only_len_bytes);
	tcase_add_test(tc, test_text_suggest_among_answers_as_text_suggest);
	tcase_add_test(tc, test_text_width_counts_terminal_columns);
	suite_add_tcase(s, tc);

	return s;
}
