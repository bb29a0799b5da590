/* check_diag.c: pins how findings are stored, ordered and freed, severity names, and the
 * line the one printer (diagout.h) gives a finding wherever its place is known. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "alloc.h"
#include "check_goalkit.h"
#include "diag.h"
#include "diagout.h"

START_TEST(test_diags_add_copies_goal_and_message)
{
	struct diags d = { 0 };
	char goal[] = "sleep", text[] = "too vague";

	diags_add(&d, SEV_WARNING, "vague-measure", 'M', 3, 7, goal, "%s", text);
	goal[0] = 'X';
	text[0] = 'X';
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].sev, SEV_WARNING);
	ck_assert_str_eq(d.v[0].rule, "vague-measure");
	ck_assert_int_eq(d.v[0].smart, 'M');
	ck_assert_int_eq(d.v[0].line, 3);
	ck_assert_int_eq(d.v[0].col, 7);
	ck_assert_ptr_ne(d.v[0].goal, goal);
	ck_assert_str_eq(d.v[0].goal, "sleep");
	ck_assert_str_eq(d.v[0].message, "too vague");
	diags_free(&d);
}
END_TEST

START_TEST(test_diags_add_keeps_null_goal)
{
	struct diags d = { 0 };

	diags_add(&d, SEV_ERROR, "yaml-syntax", 0, 1, 1, NULL, "bad");
	ck_assert_ptr_null(d.v[0].goal);
	ck_assert_int_eq(d.v[0].smart, 0);
	diags_free(&d);
}
END_TEST

START_TEST(test_diags_add_formats_message)
{
	struct diags d = { 0 };

	diags_add(&d, SEV_INFO, "r", 'S', 1, 1, NULL, "%s has %d words (%.1f%%)", "title", 12,
	    37.5);
	diags_add(&d, SEV_INFO, "r", 'S', 1, 1, NULL, "%s", "100% literal, %d not expanded");
	diags_add(&d, SEV_INFO, "r", 'S', 1, 1, NULL, "%s", "");
	ck_assert_str_eq(d.v[0].message, "title has 12 words (37.5%)");
	ck_assert_str_eq(d.v[1].message, "100% literal, %d not expanded");
	ck_assert_str_eq(d.v[2].message, "");
	diags_free(&d);
}
END_TEST

/* A message longer than any fixed buffer a printer might have used survives whole. */
START_TEST(test_diags_add_keeps_long_message_whole)
{
	struct diags d = { 0 };
	char *big = malloc(10001);

	ck_assert_ptr_nonnull(big);
	memset(big, 'w', 10000);
	big[10000] = '\0';
	diags_add(&d, SEV_INFO, "r", 0, 1, 1, NULL, "<%s>", big);
	ck_assert_uint_eq(strlen(d.v[0].message), 10002);
	ck_assert_int_eq(d.v[0].message[10001], '>');
	free(big);
	diags_free(&d);
}
END_TEST

START_TEST(test_diags_add_stamps_current_scope)
{
	struct diags d = { 0 };

	diags_add(&d, SEV_INFO, "r", 0, 1, 1, NULL, "file");
	d.scope = 2;
	diags_add(&d, SEV_INFO, "r", 0, 2, 1, "b", "second goal");
	diags_add(&d, SEV_INFO, "r", 0, 3, 1, "b", "second goal again");
	d.scope = 0;
	diags_add(&d, SEV_INFO, "r", 0, 4, 1, NULL, "file again");
	ck_assert_int_eq(d.v[0].scope, 0);
	ck_assert_int_eq(d.v[1].scope, 2);
	ck_assert_int_eq(d.v[2].scope, 2);
	ck_assert_int_eq(d.v[3].scope, 0);
	diags_free(&d);
}
END_TEST

/* Many findings cross the list's growth without losing any. */
START_TEST(test_diags_add_grows_past_many_findings)
{
	struct diags d = { 0 };

	for (int i = 0; i < 1000; i++)
		diags_add(&d, SEV_INFO, "r", 0, i + 1, 1, NULL, "finding %d", i);
	ck_assert_uint_eq(d.n, 1000);
	ck_assert_uint_ge(d.cap, d.n);
	for (int i = 0; i < 1000; i++)
		if (atoi(d.v[i].message + 8) != i || d.v[i].line != i + 1)
			ck_abort_msg("finding %d lost: \"%s\"", i, d.v[i].message);
	diags_free(&d);
}
END_TEST

START_TEST(test_diags_sort_orders_by_line_then_column)
{
	static const int pos[][2] = { { 5, 2 }, { 1, 9 }, { 5, 1 }, { 3, 3 }, { 1, 1 }, { 10, 1 } };
	static const int want[][2] = {
		{ 1, 1 }, { 1, 9 }, { 3, 3 }, { 5, 1 }, { 5, 2 }, { 10, 1 },
	};
	struct diags d = { 0 };

	for (size_t i = 0; i < sizeof pos / sizeof pos[0]; i++)
		diags_add(&d, SEV_INFO, "r", 0, pos[i][0], pos[i][1], NULL, "%zu", i);
	diags_sort(&d);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		ck_assert_int_eq(d.v[i].line, want[i][0]);
		ck_assert_int_eq(d.v[i].col, want[i][1]);
	}
	diags_free(&d);
}
END_TEST

/* Findings at one position keep the order they were added in, whatever surrounds them. */
START_TEST(test_diags_sort_is_stable_for_equal_positions)
{
	struct diags d = { 0 };
	int seq = 0, last_line = 0, last_col = 0, last_seq = -1;

	/* Positions cycle through a few values, in an order that makes a merge sort move them. */
	for (int i = 0; i < 200; i++) {
		int line = 1 + (i * 7) % 5, col = 1 + (i * 3) % 2;

		diags_add(&d, i % 3 == 0 ? SEV_ERROR : SEV_INFO, "r", 0, line, col, NULL, "%d", i);
	}
	diags_sort(&d);
	ck_assert_uint_eq(d.n, 200);
	for (size_t i = 0; i < d.n; i++) {
		seq = atoi(d.v[i].message);
		if (d.v[i].line == last_line && d.v[i].col == last_col) {
			if (seq < last_seq)
				ck_abort_msg("%d:%d: #%d came after #%d", last_line, last_col,
				    seq, last_seq);
		} else if (d.v[i].line < last_line ||
		    (d.v[i].line == last_line && d.v[i].col < last_col)) {
			ck_abort_msg("%d:%d came after %d:%d", d.v[i].line, d.v[i].col,
			    last_line, last_col);
		}
		last_line = d.v[i].line;
		last_col = d.v[i].col;
		last_seq = seq;
	}
	diags_free(&d);
}
END_TEST

START_TEST(test_diags_sort_keeps_order_when_all_positions_equal)
{
	static const char *const msgs[] = { "first", "second", "third", "fourth", "fifth" };
	struct diags d = { 0 };

	for (size_t i = 0; i < sizeof msgs / sizeof msgs[0]; i++)
		diags_add(&d, SEV_WARNING, "r", 'A', 4, 2, "g", "%s", msgs[i]);
	diags_sort(&d);
	for (size_t i = 0; i < sizeof msgs / sizeof msgs[0]; i++)
		ck_assert_str_eq(d.v[i].message, msgs[i]);
	diags_free(&d);
}
END_TEST

START_TEST(test_diags_sort_handles_empty_and_single)
{
	struct diags d = { 0 };

	diags_sort(&d);
	ck_assert_uint_eq(d.n, 0);
	diags_add(&d, SEV_INFO, "r", 0, 9, 9, NULL, "only");
	diags_sort(&d);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_str_eq(d.v[0].message, "only");
	diags_free(&d);
}
END_TEST

START_TEST(test_diags_free_resets_for_reuse)
{
	struct diags d = { 0 };

	diags_add(&d, SEV_INFO, "r", 0, 1, 1, "g", "one");
	diags_free(&d);
	ck_assert_ptr_null(d.v);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(d.cap, 0);
	diags_free(&d);
	diags_add(&d, SEV_ERROR, "r", 0, 2, 2, NULL, "two");
	ck_assert_uint_eq(d.n, 1);
	ck_assert_str_eq(d.v[0].message, "two");
	diags_free(&d);
}
END_TEST

static const struct {
	enum severity sev;
	const char *name;
} severities[] = {
	{ SEV_INFO, "info" },
	{ SEV_WARNING, "warning" },
	{ SEV_ERROR, "error" },
};

START_TEST(test_severity_name_and_parse_round_trip)
{
	ck_assert_str_eq(severity_name(severities[_i].sev), severities[_i].name);
	ck_assert_int_eq(severity_parse(severities[_i].name), (int)severities[_i].sev);
}
END_TEST

START_TEST(test_severity_parse_returns_minus_one_for_unknown)
{
	static const char *const bad[] = { "", "Error", "ERROR", "err", "errors", "warn", " info",
		"fatal" };

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(severity_parse(bad[i]) == -1, "\"%s\" parsed", bad[i]);
}
END_TEST

START_TEST(test_severity_orders_worst_last)
{
	ck_assert_int_lt(SEV_INFO, SEV_WARNING);
	ck_assert_int_lt(SEV_WARNING, SEV_ERROR);
}
END_TEST

START_TEST(test_xstrndup_copies_n_bytes_and_terminates)
{
	char *p = xstrndup("abcdef", 3), *q = xstrndup("", 0);

	ck_assert_str_eq(p, "abc");
	ck_assert_str_eq(q, "");
	free(p);
	free(q);
}
END_TEST

START_TEST(test_xmalloc_and_xrealloc_accept_zero)
{
	char *p = xmalloc(0);

	ck_assert_ptr_nonnull(p);
	p = xrealloc(p, 0);
	ck_assert_ptr_nonnull(p);
	p = xrealloc(p, 32);
	memset(p, 1, 32);
	free(p);
}
END_TEST

START_TEST(test_diag_files_take_moves_the_list_and_copies_the_name)
{
	struct diag_files f = { 0 };
	struct diags d = { 0 };
	char name[] = "journal/2026-02-01.md";

	diags_add(&d, SEV_WARNING, "no-such-date", 0, 5, 0, NULL, "no such day");
	diag_files_take(&f, name, &d);
	name[0] = 'X';
	ck_assert_uint_eq(d.n, 0);
	ck_assert_ptr_null(d.v);
	/* d is ready for the next file's findings. */
	diags_add(&d, SEV_WARNING, "undated-note", 0, 0, 0, NULL, "nothing read");
	diag_files_take(&f, "notes.md", &d);
	ck_assert_uint_eq(f.n, 2);
	ck_assert_str_eq(f.v[0].file, "journal/2026-02-01.md");
	ck_assert_uint_eq(f.v[0].d.n, 1);
	ck_assert_str_eq(f.v[0].d.v[0].message, "no such day");
	ck_assert_str_eq(f.v[1].file, "notes.md");
	ck_assert_str_eq(f.v[1].d.v[0].rule, "undated-note");
	diag_files_free(&f);
	ck_assert_uint_eq(f.n, 0);
	diags_free(&d);
}
END_TEST

/* A finding's place as far as it is known: line and column, the line only, or the file. */
static const struct {
	int line, col;
	const char *text, *json;
} places[] = {
	{ 3, 7, "f.md:3:7: warning: m [r]\n", "\"line\":3,\"column\":7" },
	{ 3, 0, "f.md:3: warning: m [r]\n", "\"line\":3,\"column\":null" },
	{ 0, 0, "f.md: warning: m [r]\n", "\"line\":null,\"column\":null" },
	{ 0, 4, "f.md: warning: m [r]\n", "\"line\":null,\"column\":null" },
};

START_TEST(test_diag_print_shows_the_place_as_far_as_known)
{
	struct diags d = { 0 };
	struct json_writer w;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	ck_assert_ptr_nonnull(fp);
	diags_add(&d, SEV_WARNING, "r", 0, places[_i].line, places[_i].col, NULL, "m");
	diag_print_line(fp, "f.md", &d.v[0], 0);
	fflush(fp);
	ck_assert_str_eq(buf, places[_i].text);
	rewind(fp);
	memset(buf, 0, len);
	jsonw_begin(&w, fp);
	diag_print_json(&w, "f.md", &d.v[0]);
	fclose(fp);
	ck_assert_ptr_nonnull(strstr(buf, places[_i].json));
	free(buf);
	diags_free(&d);
}
END_TEST

/* What diag_say_brief_suffix says on standard error for findings at each kind of place,
 * after the program's name: the line smartify ends with "; not changed". */
static const struct {
	const char *file;
	int line, col;
	const char *said;
} briefs[] = {
	{ "goals.yaml", 2, 8, ": goals.yaml:2:8: 'goals' is a text; not changed\n" },
	{ "goals.yaml", 4, 0, ": goals.yaml:4: 'goals' is a text; not changed\n" },
	{ "goals.yaml", 0, 0, ": goals.yaml: 'goals' is a text; not changed\n" },
	{ NULL, 0, 0, ": 'goals' is a text; not changed\n" },
};

START_TEST(test_diag_say_brief_suffix_ends_each_line_with_it)
{
	struct diags d = { 0 };
	char buf[256] = { 0 };
	int fd[2], saved = dup(STDERR_FILENO);
	ssize_t n;

	ck_assert_int_eq(pipe(fd), 0);
	ck_assert_int_ge(saved, 0);
	diags_add(&d, SEV_ERROR, "edit-refused", 0, briefs[_i].line, briefs[_i].col, NULL,
	    "'goals' is a text");
	fflush(stderr);
	dup2(fd[1], STDERR_FILENO);
	diag_say_brief_suffix(briefs[_i].file, &d, "; not changed");
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	close(fd[1]);
	for (size_t got = 0; got < sizeof buf - 1; got += (size_t)n)
		if ((n = read(fd[0], buf + got, sizeof buf - 1 - got)) <= 0)
			break;
	close(fd[0]);
	/* The program's name is the test runner's; only what follows it is pinned. */
	ck_assert_ptr_nonnull(strchr(buf, ':'));
	ck_assert_str_eq(strchr(buf, ':'), briefs[_i].said);
	diags_free(&d);
}
END_TEST

/* A bug in goalkit ends the program with SIGABRT (a core) and a line that says so, in a
 * child process here, since the suite runs without a fork per test. */
START_TEST(test_internal_error_says_so_and_aborts)
{
	int fd[2], status;
	char buf[256] = { 0 };
	ssize_t n;
	pid_t pid;

	ck_assert_int_eq(pipe(fd), 0);
	if ((pid = fork()) == 0) {
		struct rlimit no_core = { 0, 0 };

		setrlimit(RLIMIT_CORE, &no_core);  /* no core file left in the test folder */
		dup2(fd[1], STDERR_FILENO);
		signal(SIGABRT, SIG_DFL);
		internal_error("pattern %d does not compile", 7);
	}
	close(fd[1]);
	/* warnx may write the line in pieces. */
	for (size_t got = 0; got < sizeof buf - 1; got += (size_t)n)
		if ((n = read(fd[0], buf + got, sizeof buf - 1 - got)) <= 0)
			break;
	close(fd[0]);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
	ck_assert_ptr_nonnull(strstr(buf, ": internal error: pattern 7 does not compile (a bug "
	    "in goalkit: please report it)\n"));
}
END_TEST

#define NCASES(a) ((int)(sizeof(a) / sizeof((a)[0])))

Suite *
make_diag_suite(void)
{
	Suite *s = suite_create("diag");
	TCase *tc;

	tc = tcase_create("add");
	tcase_add_test(tc, test_diags_add_copies_goal_and_message);
	tcase_add_test(tc, test_diags_add_keeps_null_goal);
	tcase_add_test(tc, test_diags_add_formats_message);
	tcase_add_test(tc, test_diags_add_keeps_long_message_whole);
	tcase_add_test(tc, test_diags_add_stamps_current_scope);
	tcase_add_test(tc, test_diags_add_grows_past_many_findings);
	tcase_add_test(tc, test_diags_free_resets_for_reuse);
	suite_add_tcase(s, tc);

	tc = tcase_create("sort");
	tcase_add_test(tc, test_diags_sort_orders_by_line_then_column);
	tcase_add_test(tc, test_diags_sort_is_stable_for_equal_positions);
	tcase_add_test(tc, test_diags_sort_keeps_order_when_all_positions_equal);
	tcase_add_test(tc, test_diags_sort_handles_empty_and_single);
	suite_add_tcase(s, tc);

	tc = tcase_create("severity");
	tcase_add_loop_test(tc, test_severity_name_and_parse_round_trip, 0, NCASES(severities));
	tcase_add_test(tc, test_severity_parse_returns_minus_one_for_unknown);
	tcase_add_test(tc, test_severity_orders_worst_last);
	suite_add_tcase(s, tc);

	tc = tcase_create("files");
	tcase_add_test(tc, test_diag_files_take_moves_the_list_and_copies_the_name);
	tcase_add_loop_test(tc, test_diag_print_shows_the_place_as_far_as_known, 0,
	    NCASES(places));
	tcase_add_loop_test(tc, test_diag_say_brief_suffix_ends_each_line_with_it, 0,
	    NCASES(briefs));
	suite_add_tcase(s, tc);

	tc = tcase_create("alloc");
	tcase_add_test(tc, test_xstrndup_copies_n_bytes_and_terminates);
	tcase_add_test(tc, test_xmalloc_and_xrealloc_accept_zero);
	tcase_add_test(tc, test_internal_error_says_so_and_aborts);
	suite_add_tcase(s, tc);

	return s;
}
