/* check_main.c: runs every library suite; exits non-zero if any test failed.
 * Run from tests/, where the fixtures are. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "check_goalkit.h"

void
test_tmpdir_make(char *dir, size_t size, const char *what)
{
	snprintf(dir, size, "/tmp/goalkit-%s-XXXXXX", what);
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

void
test_tmpdir_remove(const char *dir)
{
	char cmd[256];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

int
main(void)
{
	Suite *(*const suites[])(void) = {
		make_arena_suite, make_date_suite, make_text_suite, make_markdown_suite,
		make_html_suite, make_svg_suite, make_plot_suite,
		make_json_suite, make_table_suite, make_diag_suite, make_ytree_suite,
		make_goals_suite, make_config_suite, make_sentence_suite, make_lint_suite,
		make_goaledit_suite, make_draft_suite, make_journal_suite, make_stats_suite,
		make_spark_suite, make_instruments_suite,
	};
	SRunner *sr = srunner_create(NULL), *file = srunner_create(make_file_suite());
	int failed;

	for (size_t i = 0; i < sizeof suites / sizeof suites[0]; i++)
		srunner_add_suite(sr, suites[i]());
	/* These suites leave the process as they found it, so they run in this one: a fork per
	 * test cost five times as much as the tests.  A crash still fails the run, and the
	 * alarm ends a hang, which no test's own timeout would without a fork.  The file suite
	 * sets a file size limit and signal actions, so its tests keep a process each.
	 * CK_FORK=yes or no in the environment decides for both. */
	if (getenv("CK_FORK") == NULL)
		srunner_set_fork_status(sr, CK_NOFORK);
	alarm(600);
	srunner_run_all(sr, CK_NORMAL);
	srunner_run_all(file, CK_NORMAL);
	alarm(0);
	failed = srunner_ntests_failed(sr) + srunner_ntests_failed(file);
	/* One line last, for make check to show; Check's own lines above go to its log. */
	printf("unit: %d checks, %d failed\n", srunner_ntests_run(sr) + srunner_ntests_run(file),
	    failed);
	srunner_free(sr);
	srunner_free(file);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
