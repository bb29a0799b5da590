/* check_goalkit.h: the suites of the unit test runner, one per library module. */
#ifndef CHECK_GOALKIT_H
#define CHECK_GOALKIT_H

#include <stddef.h>

#include <check.h>

/* A fresh folder under /tmp for one test, named into dir (size bytes), and its removal. */
void test_tmpdir_make(char *dir, size_t size, const char *what);
void test_tmpdir_remove(const char *dir);

Suite *make_arena_suite(void);
Suite *make_date_suite(void);
Suite *make_text_suite(void);
Suite *make_markdown_suite(void);
Suite *make_html_suite(void);
Suite *make_svg_suite(void);
Suite *make_plot_suite(void);
Suite *make_json_suite(void);
Suite *make_table_suite(void);
Suite *make_file_suite(void);
Suite *make_diag_suite(void);
Suite *make_ytree_suite(void);
Suite *make_goals_suite(void);
Suite *make_config_suite(void);
Suite *make_sentence_suite(void);
Suite *make_lint_suite(void);
Suite *make_goaledit_suite(void);
Suite *make_draft_suite(void);
Suite *make_journal_suite(void);
Suite *make_stats_suite(void);
Suite *make_spark_suite(void);
Suite *make_instruments_suite(void);

#endif
