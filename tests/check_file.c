/* check_file.c: whole-file reads, and the errors a person can run into. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_goalkit.h"
#include "file.h"

static char dir[64];

static void
setup(void)
{
	test_tmpdir_make(dir, sizeof dir, "file");
}

static void
teardown(void)
{
	test_tmpdir_remove(dir);
}

/* Writes n bytes of a repeating pattern to dir/name; returns the path in a static buffer. */
static const char *
make_file(const char *name, size_t n)
{
	static char path[128];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	ck_assert_ptr_nonnull(fp = fopen(path, "w"));
	for (size_t i = 0; i < n; i++)
		putc("goals\n"[i % 6], fp);
	ck_assert_int_eq(fclose(fp), 0);
	return path;
}

START_TEST(test_file_read_returns_every_byte)
{
	struct file_text f;

	ck_assert_int_eq(file_read(&f, make_file("g.yaml", 200000)), 0);
	ck_assert_uint_eq(f.len, 200000);
	ck_assert_int_eq(memcmp(f.data, "goals\ngoals\n", 12), 0);
	ck_assert_int_eq(f.data[199999], "goals\n"[199999 % 6]);
	file_free(&f);
}
END_TEST

START_TEST(test_file_read_big_file_returns_every_byte)
{
	struct file_text f;

	ck_assert_int_eq(file_read(&f, make_file("big.yaml", 3 * 1024 * 1024 + 7)), 0);
	ck_assert_uint_eq(f.len, 3 * 1024 * 1024 + 7);
	ck_assert_int_eq(f.data[f.len - 1], "goals\n"[(f.len - 1) % 6]);
	file_free(&f);
}
END_TEST

START_TEST(test_file_read_empty_file_is_empty_not_an_error)
{
	struct file_text f;

	ck_assert_int_eq(file_read(&f, make_file("empty.yaml", 0)), 0);
	ck_assert_uint_eq(f.len, 0);
	file_free(&f);
}
END_TEST

START_TEST(test_file_read_folder_fails_with_eisdir)
{
	struct file_text f;

	errno = 0;
	ck_assert_int_eq(file_read(&f, dir), -1);
	ck_assert_int_eq(errno, EISDIR);
}
END_TEST

START_TEST(test_file_read_missing_file_fails_with_enoent)
{
	char path[128];
	struct file_text f;

	snprintf(path, sizeof path, "%s/nosuch.yaml", dir);
	errno = 0;
	ck_assert_int_eq(file_read(&f, path), -1);
	ck_assert_int_eq(errno, ENOENT);
}
END_TEST

START_TEST(test_file_read_dash_reads_standard_input)
{
	const char *path = make_file("in.yaml", 100000);
	struct file_text f;

	/* The test runs in its own process: taking over its standard input is harmless. */
	ck_assert_ptr_nonnull(freopen(path, "r", stdin));
	ck_assert_int_eq(file_read(&f, "-"), 0);
	ck_assert_uint_eq(f.len, 100000);
	file_free(&f);
}
END_TEST

Suite *
make_file_suite(void)
{
	Suite *s = suite_create("file");
	TCase *tc = tcase_create("read");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_file_read_returns_every_byte);
	tcase_add_test(tc, test_file_read_big_file_returns_every_byte);
	tcase_add_test(tc, test_file_read_empty_file_is_empty_not_an_error);
	tcase_add_test(tc, test_file_read_folder_fails_with_eisdir);
	tcase_add_test(tc, test_file_read_missing_file_fails_with_enoent);
	tcase_add_test(tc, test_file_read_dash_reads_standard_input);
	suite_add_tcase(s, tc);
	return s;
}
