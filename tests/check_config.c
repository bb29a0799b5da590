/* check_config.c: reading .goalcheck.yaml, its mistakes, and finding it in parent folders. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_goalkit.h"
#include "config.h"

static char tmpdir[64];

static void
setup(void)
{
	test_tmpdir_make(tmpdir, sizeof tmpdir, "config");
}

static void
teardown(void)
{
	test_tmpdir_remove(tmpdir);
}

/* Writes text to tmpdir/name and returns the path in a static buffer. */
static const char *
write_file(const char *name, const char *text)
{
	static char path[256];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	ck_assert_int_eq(fclose(fp), 0);
	return path;
}

/* config_load, with its finding as the text "LINE:COL: message" (or the message alone for a
 * file that cannot be read) in err. */
static int
load(struct config *c, const char *path, char *err, size_t size)
{
	struct diags d = { 0 };
	int rc = config_load(c, path, &d);

	err[0] = '\0';
	if (rc < 0 && d.n > 0 && d.v[0].line > 0)
		snprintf(err, size, "%d:%d: %s", d.v[0].line, d.v[0].col, d.v[0].message);
	else if (rc < 0 && d.n > 0)
		snprintf(err, size, "%s", d.v[0].message);
	ck_assert_int_eq(rc < 0, d.n == 1);
	diags_free(&d);
	return rc;
}

START_TEST(test_config_defaults)
{
	struct config c;

	config_init(&c);
	ck_assert_int_eq(c.max_active, 3);
	ck_assert_int_eq(c.stale_days, 21);
	ck_assert_int_eq(c.sev[RULE_NO_STEPS], SEV_INFO);
	ck_assert_int_eq(c.sev[RULE_YAML_SYNTAX], SEV_ERROR);
	ck_assert_ptr_null(c.path);
	config_free(&c);
}
END_TEST

START_TEST(test_config_reads_every_setting)
{
	const char *path = write_file(".goalcheck.yaml",
	    "max-active-goals: 5\n"
	    "rules:\n"
	    "  no-steps: off\n"
	    "  vague-wording: error\n"
	    "vague: ['\\bsomeday\\b', 'get my act together']\n"
	    "absolutist: ['\\bflawless(ly)?\\b']\n"
	    "stale-days: 28\n");
	struct config c;
	char err[256];

	config_init(&c);
	ck_assert_int_eq(load(&c, path, err, sizeof err), 0);
	ck_assert_int_eq(c.max_active, 5);
	ck_assert_int_eq(c.sev[RULE_NO_STEPS], SEV_OFF);
	ck_assert_int_eq(c.sev[RULE_VAGUE_WORDING], SEV_ERROR);
	ck_assert_int_eq(c.sev[RULE_NO_DEADLINE], SEV_WARNING);
	ck_assert_uint_eq(c.nvague, 2);
	ck_assert_str_eq(c.vague[0].text, "\\bsomeday\\b");
	ck_assert_int_eq(c.vague[1].line, 5);
	ck_assert_uint_eq(c.nabsolutist, 1);
	ck_assert_int_eq(c.stale_days, 28);
	config_free(&c);
}
END_TEST

static const struct {
	const char *title, *text, *want;  /* want: the start of the message */
} bad[] = {
	{ "an unknown rule is named with its place", "rules:\n  no-such-rule: off\n",
	    "2:3: unknown rule 'no-such-rule'" },
	{ "a severity that is not one is refused", "rules:\n  no-steps: loud\n",
	    "2:13: rule 'no-steps' should be set to one of" },
	{ "an unknown setting is refused", "max-goals: 2\n", "1:1: unknown setting 'max-goals'" },
	{ "a limit that is not a whole number is refused", "max-active-goals: 2.5\n",
	    "1:19: max-active-goals should be a whole number" },
	{ "a limit of zero is refused", "max-active-goals: 0\n",
	    "1:19: max-active-goals should be a whole number" },
	{ "patterns that are not a list are refused", "vague: someday\n",
	    "1:8: 'vague' should be a list" },
	{ "a config that is a list is refused", "- a\n", "1:1: the config should be a mapping" },
	{ "a config that is not YAML is refused with libyaml's mark", "rules: [a\n", "2:1: " },
	{ "yaml-syntax cannot be turned off", "rules:\n  yaml-syntax: off\n",
	    "2:3: rule 'yaml-syntax' cannot be changed" },
	{ "patterns given twice are refused", "vague: [a]\nvague: [b]\n", "2:1: 'vague' is set twice" },
	{ "a rule name with a typo gets a hint", "rules:\n  no-deadlne: off\n",
	    "2:3: unknown rule 'no-deadlne'; did you mean 'no-deadline'?" },
	{ "an empty pattern is refused", "vague: ['']\n", "1:9: an empty pattern" },
	{ "stale-days of zero is refused", "stale-days: 0\n",
	    "1:13: stale-days should be a whole number of days from 1 to 3650" },
	{ "negative stale-days are refused", "stale-days: -7\n", "1:13: stale-days should be" },
	{ "fractional stale-days are refused", "stale-days: 1.5\n", "1:13: stale-days should be" },
	{ "stale-days past ten years are refused", "stale-days: 3651\n",
	    "1:13: stale-days should be" },
	{ "stale-days with a unit are refused", "stale-days: 3w\n", "1:13: stale-days should be" },
	{ "stale-days in words are refused", "stale-days: three\n", "1:13: stale-days should be" },
	{ "quoted stale-days are refused, as quoted numbers are in goals", "stale-days: \"21\"\n",
	    "1:13: stale-days should be" },
	{ "stale-days as a list are refused", "stale-days: [21]\n", "1:13: stale-days should be" },
	{ "stale-days given twice are refused", "stale-days: 21\nstale-days: 28\n",
	    "2:1: 'stale-days' is set twice" },
	{ "a misspelt stale-days is an unknown setting, with the name it likely meant",
	    "stale_days: 21\n", "1:1: unknown setting 'stale_days'; did you mean 'stale-days'?" },
	{ "an unknown setting like none lists the known ones",
	    "colour: red\n", "1:1: unknown setting 'colour' (known: max-active-goals, "
	    "stale-days," },
};

START_TEST(test_config_refuses_mistakes)
{
	const char *path = write_file("bad.yaml", bad[_i].text);
	struct config c;
	char err[256];

	config_init(&c);
	ck_assert_int_eq(load(&c, path, err, sizeof err), -1);
	ck_assert_msg(strncmp(err, bad[_i].want, strlen(bad[_i].want)) == 0, "%s: got '%s'",
	    bad[_i].title, err);
	config_free(&c);
}
END_TEST

START_TEST(test_config_empty_values_are_no_values)
{
	const char *path = write_file("c.yaml", "max-active-goals:\nrules: ~\nstale-days: ~\n");
	struct config c;
	char err[256];

	config_init(&c);
	ck_assert_int_eq(load(&c, path, err, sizeof err), 0);
	ck_assert_int_eq(c.max_active, 3);
	ck_assert_int_eq(c.stale_days, 21);
	config_free(&c);
}
END_TEST

/* The two ends of stale-days' range are both allowed. */
START_TEST(test_config_stale_days_range)
{
	static const struct {
		const char *text;
		int want;
	} ok[] = { { "stale-days: 1\n", 1 }, { "stale-days: 3650\n", 3650 },
	    { "stale-days: 14.0\n", 14 } };
	struct config c;
	char err[256];

	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		const char *path = write_file("days.yaml", ok[i].text);

		config_init(&c);
		ck_assert_msg(load(&c, path, err, sizeof err) == 0, "%s: %s", ok[i].text, err);
		ck_assert_int_eq(c.stale_days, ok[i].want);
		config_free(&c);
	}
}
END_TEST

START_TEST(test_config_missing_file_is_a_system_error)
{
	struct config c;
	char err[256];

	config_init(&c);
	ck_assert_int_eq(load(&c, "/nonexistent/.goalcheck.yaml", err, sizeof err), -1);
	ck_assert_str_eq(err, "No such file or directory");
	config_free(&c);
}
END_TEST

START_TEST(test_config_empty_file_keeps_defaults)
{
	const char *path = write_file("empty.yaml", "# nothing yet\n");
	struct config c;
	char err[256];

	config_init(&c);
	ck_assert_int_eq(load(&c, path, err, sizeof err), 0);
	ck_assert_int_eq(c.max_active, 3);
	config_free(&c);
}
END_TEST

START_TEST(test_config_found_in_a_parent_folder)
{
	char sub[128], goals[160], want[160], *found;

	write_file(".goalcheck.yaml", "max-active-goals: 4\n");
	snprintf(sub, sizeof sub, "%s/a", tmpdir);
	ck_assert_int_eq(mkdir(sub, 0700), 0);
	snprintf(sub, sizeof sub, "%s/a/b", tmpdir);
	ck_assert_int_eq(mkdir(sub, 0700), 0);
	snprintf(goals, sizeof goals, "%s/goals.yaml", sub);
	snprintf(want, sizeof want, "%s/a/b/../../.goalcheck.yaml", tmpdir);
	found = config_find(goals);
	ck_assert_ptr_nonnull(found);
	ck_assert_str_eq(found, want);
	free(found);
}
END_TEST

START_TEST(test_config_nearest_folder_wins)
{
	char sub[128], goals[160], want[160], *found;

	write_file(".goalcheck.yaml", "max-active-goals: 4\n");
	snprintf(sub, sizeof sub, "%s/a", tmpdir);
	ck_assert_int_eq(mkdir(sub, 0700), 0);
	write_file("a/.goalcheck.yaml", "max-active-goals: 2\n");
	snprintf(goals, sizeof goals, "%s/goals.yaml", sub);
	snprintf(want, sizeof want, "%s/.goalcheck.yaml", sub);
	found = config_find(goals);
	ck_assert_str_eq(found, want);
	free(found);
}
END_TEST

START_TEST(test_config_relative_path_stays_relative_up_the_tree)
{
	char *old = getcwd(NULL, 0), sub[128], *found;

	write_file(".goalcheck.yaml", "max-active-goals: 4\n");
	snprintf(sub, sizeof sub, "%s/a", tmpdir);
	ck_assert_int_eq(mkdir(sub, 0700), 0);
	ck_assert_int_eq(chdir(sub), 0);
	found = config_find("goals.yaml");
	ck_assert_int_eq(chdir(old), 0);
	ck_assert_ptr_nonnull(found);
	ck_assert_str_eq(found, "../.goalcheck.yaml");
	free(found);
	free(old);
}
END_TEST

START_TEST(test_config_none_up_to_the_root)
{
	char goals[160];

	snprintf(goals, sizeof goals, "%s/goals.yaml", tmpdir);
	/* /tmp and / hold no .goalcheck.yaml on a test machine. */
	ck_assert_ptr_null(config_find(goals));
}
END_TEST

START_TEST(test_config_relative_path_starts_in_working_folder)
{
	char *old = getcwd(NULL, 0), want[160], *found;

	write_file(".goalcheck.yaml", "max-active-goals: 4\n");
	ck_assert_int_eq(chdir(tmpdir), 0);
	snprintf(want, sizeof want, ".goalcheck.yaml");
	found = config_find("goals.yaml");
	ck_assert_int_eq(chdir(old), 0);
	ck_assert_ptr_nonnull(found);
	ck_assert_str_eq(found, want);
	free(found);
	free(old);
}
END_TEST

Suite *
make_config_suite(void)
{
	Suite *s = suite_create("config");
	TCase *tc = tcase_create("config");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_config_defaults);
	tcase_add_test(tc, test_config_reads_every_setting);
	tcase_add_loop_test(tc, test_config_refuses_mistakes, 0, (int)(sizeof bad / sizeof bad[0]));
	tcase_add_test(tc, test_config_missing_file_is_a_system_error);
	tcase_add_test(tc, test_config_empty_values_are_no_values);
	tcase_add_test(tc, test_config_stale_days_range);
	tcase_add_test(tc, test_config_empty_file_keeps_defaults);
	tcase_add_test(tc, test_config_found_in_a_parent_folder);
	tcase_add_test(tc, test_config_nearest_folder_wins);
	tcase_add_test(tc, test_config_relative_path_starts_in_working_folder);
	tcase_add_test(tc, test_config_relative_path_stays_relative_up_the_tree);
	tcase_add_test(tc, test_config_none_up_to_the_root);
	suite_add_tcase(s, tc);
	return s;
}
