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
	strcpy(dir, "/tmp/goalkit-file-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
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
	size_t len = 0;
	char *buf = file_read(make_file("g.yaml", 200000), &len);

	ck_assert_ptr_nonnull(buf);
	ck_assert_uint_eq(len, 200000);
	ck_assert_int_eq(memcmp(buf, "goals\ngoals\n", 12), 0);
	ck_assert_int_eq(buf[199999], "goals\n"[199999 % 6]);
	free(buf);
}
END_TEST

START_TEST(test_file_read_empty_file_is_empty_not_an_error)
{
	size_t len = 99;
	char *buf = file_read(make_file("empty.yaml", 0), &len);

	ck_assert_ptr_nonnull(buf);
	ck_assert_uint_eq(len, 0);
	free(buf);
}
END_TEST

START_TEST(test_file_read_folder_fails_with_eisdir)
{
	size_t len;

	errno = 0;
	ck_assert_ptr_null(file_read(dir, &len));
	ck_assert_int_eq(errno, EISDIR);
}
END_TEST

START_TEST(test_file_read_missing_file_fails_with_enoent)
{
	char path[128];
	size_t len;

	snprintf(path, sizeof path, "%s/nosuch.yaml", dir);
	errno = 0;
	ck_assert_ptr_null(file_read(path, &len));
	ck_assert_int_eq(errno, ENOENT);
}
END_TEST

START_TEST(test_file_read_dash_reads_standard_input)
{
	const char *path = make_file("in.yaml", 100000);
	size_t len = 0;
	char *buf;

	/* The test runs in its own process: taking over its standard input is harmless. */
	ck_assert_ptr_nonnull(freopen(path, "r", stdin));
	buf = file_read("-", &len);
	ck_assert_ptr_nonnull(buf);
	ck_assert_uint_eq(len, 100000);
	free(buf);
}
END_TEST

Suite *
make_file_suite(void)
{
	Suite *s = suite_create("file");
	TCase *tc = tcase_create("read");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_file_read_returns_every_byte);
	tcase_add_test(tc, test_file_read_empty_file_is_empty_not_an_error);
	tcase_add_test(tc, test_file_read_folder_fails_with_eisdir);
	tcase_add_test(tc, test_file_read_missing_file_fails_with_enoent);
	tcase_add_test(tc, test_file_read_dash_reads_standard_input);
	suite_add_tcase(s, tc);
	return s;
}
