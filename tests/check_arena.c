/* check_arena.c: the arena hands out aligned, separate memory and gives it all back. */
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "check_goalkit.h"

START_TEST(test_arena_alloc_is_aligned_and_separate)
{
	struct arena a = { 0 };
	char *p = arena_alloc(&a, 3, 1);
	double *q = arena_alloc(&a, sizeof *q, _Alignof(double));
	char *r = arena_alloc(&a, 5, 1);

	ck_assert_uint_eq((uintptr_t)q % _Alignof(double), 0);
	memset(p, 'p', 3);
	*q = 2.5;
	memset(r, 'r', 5);
	ck_assert(p[2] == 'p' && *q == 2.5 && r[0] == 'r');
	arena_free(&a);
	ck_assert_ptr_null(a.blocks);
	ck_assert_uint_eq(a.total, 0);
}
END_TEST

START_TEST(test_arena_grows_from_small_to_big_blocks)
{
	struct arena a = { 0 };
	char *first = arena_alloc(&a, 100, 1), *last = NULL;

	memset(first, 1, 100);
	/* 40 MB in 1 KB pieces crosses from malloc'd blocks to mapped huge-page blocks. */
	for (int i = 0; i < 40 * 1024; i++) {
		last = arena_alloc(&a, 1024, 8);
		memset(last, i & 0xFF, 1024);
	}
	ck_assert_int_eq(first[99], 1);
	ck_assert_int_eq((unsigned char)last[1023], (40 * 1024 - 1) & 0xFF);
	ck_assert_uint_ge(a.total, 40u * 1024 * 1024);
	arena_free(&a);
}
END_TEST

/* An arena that holds little takes little: a program may keep thousands (a file's findings
 * each), so the first block is 1 KB and each after it as big as all before it (never more
 * than the arena already holds), up to 64 KB. */
START_TEST(test_arena_small_arena_takes_a_small_block)
{
	struct arena a = { 0 };
	size_t used = 0, before;

	arena_strndup(&a, "phq9: 3 scores", 14);
	ck_assert_uint_le(a.total, 1024);
	while (used < 200 * 1024) {
		before = a.total;
		arena_alloc(&a, 100, 8);
		used += 100;
		ck_assert_uint_le(a.total - before, before > 64 * 1024 ? 64 * 1024 : before + 1024);
	}
	ck_assert_uint_le(a.total, 2 * used + 64 * 1024);
	arena_free(&a);
}
END_TEST

START_TEST(test_arena_takes_one_piece_bigger_than_a_block)
{
	struct arena a = { 0 };
	size_t n = 20 * 1024 * 1024;
	char *big = arena_alloc(&a, n, 1);

	big[0] = 'a';
	big[n - 1] = 'z';
	ck_assert(big[0] == 'a' && big[n - 1] == 'z');
	arena_free(&a);
}
END_TEST

START_TEST(test_arena_strndup_copies_and_terminates)
{
	struct arena a = { 0 };
	char *s = arena_strndup(&a, "goalcheck", 4);

	ck_assert_str_eq(s, "goal");
	arena_free(&a);
	/* A freed arena is ready for use again. */
	ck_assert_str_eq(arena_strndup(&a, "again", 5), "again");
	arena_free(&a);
}
END_TEST

START_TEST(test_pages_alloc_is_huge_page_aligned_and_writable)
{
	size_t n = 3 * 1024 * 1024 + 1;
	char *p = pages_alloc(n);

	ck_assert_uint_eq((uintptr_t)p % (2 * 1024 * 1024), 0);
	memset(p, 7, n);
	ck_assert_int_eq(p[n - 1], 7);
	pages_free(p, n);
}
END_TEST

Suite *
make_arena_suite(void)
{
	Suite *s = suite_create("arena");
	TCase *tc = tcase_create("arena");

	tcase_add_test(tc, test_arena_alloc_is_aligned_and_separate);
	tcase_add_test(tc, test_arena_grows_from_small_to_big_blocks);
	tcase_add_test(tc, test_arena_takes_one_piece_bigger_than_a_block);
	tcase_add_test(tc, test_arena_small_arena_takes_a_small_block);
	tcase_add_test(tc, test_arena_strndup_copies_and_terminates);
	tcase_add_test(tc, test_pages_alloc_is_huge_page_aligned_and_writable);
	suite_add_tcase(s, tc);
	return s;
}
