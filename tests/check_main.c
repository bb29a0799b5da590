/* check_main.c: runs every library suite; exits non-zero if any test failed.
 * Run from tests/, where the fixtures are. */
#include <stdio.h>
#include <stdlib.h>

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
		make_arena_suite, make_date_suite, make_text_suite, make_json_suite,
		make_file_suite, make_diag_suite, make_ytree_suite, make_goals_suite,
		make_config_suite, make_sentence_suite, make_lint_suite, make_goaledit_suite,
		make_draft_suite, make_journal_suite, make_stats_suite, make_measures_suite,
	};
	SRunner *sr = srunner_create(NULL);
	int failed;

	for (size_t i = 0; i < sizeof suites / sizeof suites[0]; i++)
		srunner_add_suite(sr, suites[i]());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
