/* check_file.c: whole-file reads, and the errors a person can run into. */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_goalkit.h"
#include "crypt.h"
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


/* ---- file_write_atomic ---- */

/* The whole content of path, which must be under 4 KiB, in a static buffer. */
static const char *
slurp(const char *path)
{
	static char buf[4096];
	FILE *fp = fopen(path, "r");
	size_t n;

	ck_assert_ptr_nonnull(fp);
	n = fread(buf, 1, sizeof buf - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

static void
put(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	ck_assert_int_eq(fclose(fp), 0);
}

/* The number of entries in dir besides . and ..: a temporary file left behind shows here. */
static int
entries(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

START_TEST(test_file_write_atomic_replaces_and_keeps_the_mode)
{
	char path[128];
	struct stat was, now;

	snprintf(path, sizeof path, "%s/goals.yaml", dir);
	put(path, "old\n");
	ck_assert_int_eq(chmod(path, 0640), 0);
	ck_assert_int_eq(stat(path, &was), 0);
	ck_assert_int_eq(file_write_atomic(path, "new\r\n", 5, &was), 0);
	ck_assert_str_eq(slurp(path), "new\r\n");
	ck_assert_int_eq(stat(path, &now), 0);
	ck_assert_int_eq(now.st_mode & 07777, 0640);
	ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(test_file_write_atomic_new_file_is_private)
{
	char path[128];
	struct stat now;

	snprintf(path, sizeof path, "%s/new.yaml", dir);
	ck_assert_int_eq(file_write_atomic(path, "goals:\n", 7, NULL), 0);
	ck_assert_str_eq(slurp(path), "goals:\n");
	ck_assert_int_eq(stat(path, &now), 0);
	ck_assert_int_eq(now.st_mode & 07777, 0600);
}
END_TEST

START_TEST(test_file_write_atomic_refuses_a_file_changed_since_it_was_read)
{
	char path[128];
	struct stat was;

	snprintf(path, sizeof path, "%s/goals.yaml", dir);
	put(path, "as read\n");
	ck_assert_int_eq(stat(path, &was), 0);
	put(path, "changed by an editor\n");   /* meanwhile, someone saves the file */
	ck_assert_int_eq(file_write_atomic(path, "ours\n", 5, &was), FILE_CHANGED);
	ck_assert_str_eq(slurp(path), "changed by an editor\n");
	ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(test_file_write_atomic_refuses_a_file_replaced_by_another)
{
	char path[128], other[128];
	struct stat was;

	/* Same size, and maybe the same time: only the inode tells. */
	snprintf(path, sizeof path, "%s/goals.yaml", dir);
	snprintf(other, sizeof other, "%s/other.yaml", dir);
	put(path, "aaaa\n");
	ck_assert_int_eq(stat(path, &was), 0);
	put(other, "bbbb\n");
	ck_assert_int_eq(rename(other, path), 0);
	ck_assert_int_eq(file_write_atomic(path, "ours\n", 5, &was), FILE_CHANGED);
	ck_assert_str_eq(slurp(path), "bbbb\n");
}
END_TEST

START_TEST(test_file_write_atomic_refuses_a_new_file_that_appeared)
{
	char path[128];

	snprintf(path, sizeof path, "%s/goals.yaml", dir);
	put(path, "made meanwhile\n");
	ck_assert_int_eq(file_write_atomic(path, "ours\n", 5, NULL), FILE_CHANGED);
	ck_assert_str_eq(slurp(path), "made meanwhile\n");
	ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(test_file_write_atomic_follows_a_symbolic_link)
{
	char path[128], link[128];
	struct stat was, lst;

	snprintf(path, sizeof path, "%s/real.yaml", dir);
	snprintf(link, sizeof link, "%s/goals.yaml", dir);
	put(path, "old\n");
	ck_assert_int_eq(symlink("real.yaml", link), 0);
	ck_assert_int_eq(stat(link, &was), 0);
	ck_assert_int_eq(file_write_atomic(link, "new\n", 4, &was), 0);
	ck_assert_str_eq(slurp(path), "new\n");
	ck_assert_int_eq(lstat(link, &lst), 0);
	ck_assert(S_ISLNK(lst.st_mode));
}
END_TEST

START_TEST(test_file_write_atomic_too_big_fails_with_efbig_and_keeps_the_file)
{
	static char big[200000];
	struct rlimit lim = { 65536, 65536 };
	char path[128];
	struct stat was;

	snprintf(path, sizeof path, "%s/goals.yaml", dir);
	put(path, "old\n");
	ck_assert_int_eq(stat(path, &was), 0);
	memset(big, 'x', sizeof big);
	/* As under `ulimit -f 64`: the test runs in its own process, so the limit dies with it.
	 * SIGXFSZ keeps its default action, which ends the process: file_write_atomic must set
	 * it aside itself while it writes. */
	signal(SIGXFSZ, SIG_DFL);
	ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &lim), 0);
	errno = 0;
	ck_assert_int_eq(file_write_atomic(path, big, sizeof big, &was), -1);
	ck_assert_int_eq(errno, EFBIG);
	ck_assert_str_eq(slurp(path), "old\n");
	ck_assert_int_eq(entries(), 1);
}
END_TEST

static void
on_signal(int sig)
{
	(void)sig;
}

/* 1 if sig's action is still handler. */
static int
action_is(int sig, void (*handler)(int))
{
	struct sigaction sa;

	return sigaction(sig, NULL, &sa) == 0 && sa.sa_handler == handler;
}

START_TEST(test_file_write_atomic_puts_back_the_signal_actions_and_mask)
{
	char path[128];
	struct stat was;
	sigset_t before, after;

	/* Its own, the default, ignored: each must be as it was, after success and failure. */
	signal(SIGINT, on_signal);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_IGN);
	signal(SIGXFSZ, SIG_DFL);
	ck_assert_int_eq(sigprocmask(SIG_SETMASK, NULL, &before), 0);
	snprintf(path, sizeof path, "%s/goals.yaml", dir);
	put(path, "old\n");
	ck_assert_int_eq(stat(path, &was), 0);
	ck_assert_int_eq(file_write_atomic(path, "new\n", 4, &was), 0);
	ck_assert_int_eq(file_write_atomic(path, "ours\n", 5, &was), FILE_CHANGED);
	ck_assert_int_eq(sigprocmask(SIG_SETMASK, NULL, &after), 0);
	ck_assert(action_is(SIGINT, on_signal));
	ck_assert(action_is(SIGTERM, SIG_DFL));
	ck_assert(action_is(SIGHUP, SIG_IGN));
	ck_assert(action_is(SIGXFSZ, SIG_DFL));
	for (int sig = 1; sig < 32; sig++)
		ck_assert_int_eq(sigismember(&after, sig), sigismember(&before, sig));
	ck_assert_str_eq(slurp(path), "new\n");
	ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(test_file_write_atomic_missing_folder_fails_with_enoent)
{
	char path[128];

	snprintf(path, sizeof path, "%s/nosuch/goals.yaml", dir);
	errno = 0;
	ck_assert_int_eq(file_write_atomic(path, "x", 1, NULL), -1);
	ck_assert_int_eq(errno, ENOENT);
}
END_TEST

/* What a program says about an encrypted file it could not read or write names the setting
 * that may be missing, in the message itself: the library prints nothing. */
START_TEST(test_crypt_strerror_names_the_missing_setting)
{
	unsetenv("GOALKIT_AGE_IDENTITY");
	unsetenv("GOALKIT_AGE_RECIPIENTS");
	ck_assert_str_eq(crypt_strerror("j.md", ENOENT, 0), strerror(ENOENT));
	ck_assert_str_eq(crypt_strerror("j.md", ENOKEY, 0), strerror(ENOKEY));
	ck_assert_str_eq(crypt_strerror("j.md.age", ENOKEY, 0), "could not be decrypted (the "
	    "line above says why; if it was encrypted to an age key, set GOALKIT_AGE_IDENTITY "
	    "to the file that holds the key)");
	ck_assert_str_eq(crypt_strerror("j.md.gpg", ENOKEY, 0), "could not be decrypted (the "
	    "line above says why)");
	ck_assert_ptr_nonnull(strstr(crypt_strerror("g.yaml.age", ENOKEY, 1),
	    "GOALKIT_AGE_RECIPIENTS"));
	setenv("GOALKIT_AGE_IDENTITY", "key.txt", 1);
	ck_assert_str_eq(crypt_strerror("j.md.age", ENOKEY, 0), "could not be decrypted (the "
	    "line above says why)");
	ck_assert_str_eq(crypt_strerror("g.yaml.age", ENOKEY, 1), "could not be encrypted (the "
	    "line above says why)");
	unsetenv("GOALKIT_AGE_IDENTITY");
}
END_TEST

Suite *
make_file_suite(void)
{
	Suite *s = suite_create("file");
	TCase *tc = tcase_create("read");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_file_read_returns_every_byte);
	tcase_add_test(tc, test_crypt_strerror_names_the_missing_setting);
	tcase_add_test(tc, test_file_read_big_file_returns_every_byte);
	tcase_add_test(tc, test_file_read_empty_file_is_empty_not_an_error);
	tcase_add_test(tc, test_file_read_folder_fails_with_eisdir);
	tcase_add_test(tc, test_file_read_missing_file_fails_with_enoent);
	tcase_add_test(tc, test_file_read_dash_reads_standard_input);
	suite_add_tcase(s, tc);
	tc = tcase_create("write_atomic");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_file_write_atomic_replaces_and_keeps_the_mode);
	tcase_add_test(tc, test_file_write_atomic_new_file_is_private);
	tcase_add_test(tc, test_file_write_atomic_refuses_a_file_changed_since_it_was_read);
	tcase_add_test(tc, test_file_write_atomic_refuses_a_file_replaced_by_another);
	tcase_add_test(tc, test_file_write_atomic_refuses_a_new_file_that_appeared);
	tcase_add_test(tc, test_file_write_atomic_follows_a_symbolic_link);
	tcase_add_test(tc, test_file_write_atomic_too_big_fails_with_efbig_and_keeps_the_file);
	tcase_add_test(tc, test_file_write_atomic_puts_back_the_signal_actions_and_mask);
	tcase_add_test(tc, test_file_write_atomic_missing_folder_fails_with_enoent);
	suite_add_tcase(s, tc);
	return s;
}
