/* check_goals.c: the goals file model and every structure rule, each shown firing and not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_goalkit.h"
#include "goals.h"
#include "rules.h"

/* A goal that breaks no structure rule, to build the cases on. */
#define OK_GOAL \
	"  - id: social\n" \
	"    goal: Talk to at least two new people each week\n" \
	"    concern: isolation\n" \
	"    deadline: 2026-03-31\n"
/* A complete goal attainment scale, as a flow mapping. */
#define LEVELS "{-2: none, -1: one, 0: two, +1: three, +2: a friend}"
#define HEAD "mission: Feel connected\nconcerns:\n  - id: isolation\n    text: Alone\ngoals:\n"

struct rule_case {
	const char *title;  /* the behaviour pinned */
	const char *yaml;
	enum rule rule;
	int fires;          /* 1: the rule reports, at line:col below; 0: it does not */
	int line, col;
};

static const struct rule_case cases[] = {
	{ "a well-formed file has no syntax error", HEAD OK_GOAL, RULE_YAML_SYNTAX, 0, 0, 0 },
	{ "an unclosed quote is reported where the quote opens",
	    "goals:\n  - id: \"x\n", RULE_YAML_SYNTAX, 1, 2, 9 },
	{ "a tab in the indentation is a syntax error at the tab",
	    "goals:\n\t- id: x\n", RULE_YAML_SYNTAX, 1, 2, 1 },
	{ "invalid UTF-8 is reported at its byte, in code points",
	    "mission: \xC3\xA9t\xC3\xA9 caf\xE9\n", RULE_YAML_SYNTAX, 1, 1, 17 },
	{ "a NUL byte is reported where it is",
	    "mission: a\nb: c\0d\n", RULE_YAML_SYNTAX, 1, 2, 5 },
	{ "a top level that is a list is the wrong type",
	    "- a\n- b\n", RULE_WRONG_TYPE, 1, 1, 1 },
	{ "goals that is a text is the wrong type",
	    "goals: some\n", RULE_WRONG_TYPE, 1, 1, 8 },
	{ "a goal that is a text is the wrong type",
	    "goals:\n  - Socialize more\n", RULE_WRONG_TYPE, 1, 2, 5 },
	{ "steps that is a text is the wrong type",
	    HEAD OK_GOAL "    steps: Say hello\n", RULE_WRONG_TYPE, 1, 10, 12 },
	{ "a goal sentence that is a list is the wrong type",
	    HEAD "  - id: a\n    goal: [a, b]\n", RULE_WRONG_TYPE, 1, 7, 11 },
	{ "steps as a list of texts are the right type",
	    HEAD OK_GOAL "    steps: [Say hello, Join a club]\n", RULE_WRONG_TYPE, 0, 0, 0 },
	{ "a misspelt key is unknown, at the key",
	    HEAD OK_GOAL "    dedline: 2026-03-01\n", RULE_UNKNOWN_KEY, 1, 10, 5 },
	{ "an unknown top-level key is reported",
	    HEAD OK_GOAL "extra: 1\n", RULE_UNKNOWN_KEY, 1, 10, 1 },
	{ "every key of the format is known", HEAD OK_GOAL
	    "    broad: Socialize more\n    area: relationships\n    why: Because\n"
	    "    measure: {tag: social, at_least: 2, per: week}\n    start: 2026-01-05\n"
	    "    steps: [a]\n    status: active\n", RULE_UNKNOWN_KEY, 0, 0, 0 },
	{ "a key given twice in a goal is a duplicate, at the second",
	    HEAD OK_GOAL "    goal: Again\n", RULE_DUPLICATE_KEY, 1, 10, 5 },
	{ "a key given twice in a measure is a duplicate",
	    HEAD OK_GOAL "    measure: {tag: a, tag: b, at_least: 1}\n", RULE_DUPLICATE_KEY, 1, 10, 23 },
	{ "distinct keys are no duplicate", HEAD OK_GOAL, RULE_DUPLICATE_KEY, 0, 0, 0 },
	{ "a goal with no id misses a field",
	    HEAD "  - goal: Call my sister twice a week\n", RULE_MISSING_FIELD, 1, 6, 5 },
	{ "a goal with no sentence misses a field",
	    HEAD "  - id: a\n    deadline: 2026-03-01\n", RULE_MISSING_FIELD, 1, 6, 5 },
	{ "a concern mapping with no text misses a field",
	    "concerns:\n  - id: a\ngoals:\n" OK_GOAL, RULE_MISSING_FIELD, 1, 2, 5 },
	{ "a goal with only a broad wish has its sentence",
	    HEAD "  - id: a\n    broad: Socialize more\n", RULE_MISSING_FIELD, 0, 0, 0 },
	{ "two goals with one id are duplicates, at the second",
	    HEAD OK_GOAL OK_GOAL, RULE_DUPLICATE_ID, 1, 10, 9 },
	{ "two concerns with one id are duplicates",
	    "concerns:\n  - {id: a, text: x}\n  - {id: a, text: y}\ngoals:\n" OK_GOAL,
	    RULE_DUPLICATE_ID, 1, 3, 10 },
	{ "distinct ids are no duplicates",
	    HEAD OK_GOAL "  - id: other\n    goal: Call my sister twice a week\n",
	    RULE_DUPLICATE_ID, 0, 0, 0 },
	{ "a deadline on a day that does not exist is invalid",
	    HEAD "  - id: a\n    goal: x\n    deadline: 2026-02-30\n", RULE_INVALID_DATE, 1, 8, 15 },
	{ "a start that is not a date is invalid",
	    HEAD "  - id: a\n    goal: x\n    start: next week\n", RULE_INVALID_DATE, 1, 8, 12 },
	{ "a leap day in a leap year is valid",
	    HEAD "  - id: a\n    goal: x\n    deadline: 2028-02-29\n", RULE_INVALID_DATE, 0, 0, 0 },
	{ "an unknown status is an invalid value",
	    HEAD OK_GOAL "    status: finished\n", RULE_INVALID_VALUE, 1, 10, 13 },
	{ "per of a year is an invalid value",
	    HEAD OK_GOAL "    measure: {tag: a, at_least: 1, per: year}\n", RULE_INVALID_VALUE, 1, 10, 41 },
	{ "days: weekdays is a measure's key, not an unknown one",
	    HEAD OK_GOAL "    measure: {tag: a, at_least: 4, per: week, days: weekdays}\n",
	    RULE_UNKNOWN_KEY, 0, 0, 0 },
	{ "days: weekdays is a valid value",
	    HEAD OK_GOAL "    measure: {tag: a, at_least: 4, per: week, days: Weekdays}\n",
	    RULE_INVALID_VALUE, 0, 0, 0 },
	{ "days: weekday (no s) is an invalid value",
	    HEAD OK_GOAL "    measure: {tag: a, at_least: 4, per: week, days: weekday}\n",
	    RULE_INVALID_VALUE, 1, 10, 53 },
	{ "a hexadecimal target is an invalid value",
	    HEAD OK_GOAL "    measure: {tag: a, at_least: 0x10}\n", RULE_INVALID_VALUE, 1, 10, 33 },
	{ "a target that is not a number is an invalid value",
	    HEAD OK_GOAL "    measure: {tag: a, at_least: two}\n", RULE_INVALID_VALUE, 1, 10, 33 },
	{ "a negative target is an invalid value",
	    HEAD OK_GOAL "    measure: {tag: a, at_most: -1}\n", RULE_INVALID_VALUE, 1, 10, 32 },
	{ "a measure with both a tag and a metric is an invalid value",
	    HEAD OK_GOAL "    measure: {tag: a, metric: mood, at_most: 4}\n", RULE_INVALID_VALUE,
	    1, 10, 31 },
	{ "every status the format names is valid",
	    HEAD OK_GOAL "    status: paused\n", RULE_INVALID_VALUE, 0, 0, 0 },
	{ "an empty file has no goals", "", RULE_NO_GOALS, 1, 1, 1 },
	{ "a file of comments has no goals", "# a\n# b\n", RULE_NO_GOALS, 1, 1, 1 },
	{ "an empty goals list has no goals", "mission: x\ngoals: []\n", RULE_NO_GOALS, 1, 2, 8 },
	{ "a file with a goal has goals", HEAD OK_GOAL, RULE_NO_GOALS, 0, 0, 0 },
	{ "a disable comment naming no rule is reported, with a hint",
	    HEAD OK_GOAL "    why: x   # goalcheck: disable=no-relevanse\n", RULE_UNKNOWN_RULE,
	    1, 10, 35 },
	{ "a disable comment that is not disable= is reported",
	    HEAD OK_GOAL "    why: x   # goalcheck: enable=no-steps\n", RULE_UNKNOWN_RULE, 1, 10, 27 },
	{ "a disable comment cut off at the end of the file, blanks after it, is reported",
	    HEAD OK_GOAL "    why: x   # goalcheck: disable\t\t", RULE_UNKNOWN_RULE, 1, 10, 36 },
	{ "a disable comment naming real rules is fine",
	    HEAD OK_GOAL "    why: x   # goalcheck: disable = no-steps,no-mission\n", RULE_UNKNOWN_RULE,
	    0, 0, 0 },
	{ "goalcheck text inside a quoted value is no comment",
	    HEAD OK_GOAL "    why: \"see # goalcheck: disable=nothing-real\"\n", RULE_UNKNOWN_RULE,
	    0, 0, 0 },
	{ "an empty id is a missing id",
	    HEAD "  - id: \"\"\n    goal: Call my sister twice a week\n", RULE_MISSING_FIELD, 1, 6, 5 },
	{ "at_least above at_most is an invalid value",
	    HEAD OK_GOAL "    measure: {tag: a, at_least: 5, at_most: 2}\n", RULE_INVALID_VALUE, 1, 10, 14 },
	{ "a tag written with its '#' is an invalid value",
	    HEAD OK_GOAL "    measure: {tag: \"#social\", at_least: 2}\n", RULE_INVALID_VALUE, 1, 10, 20 },
	{ "a second document is extra", HEAD OK_GOAL "---\nmission: y\n", RULE_EXTRA_DOCUMENT,
	    1, 10, 1 },
	{ "one document is not extra", "---\n" HEAD OK_GOAL, RULE_EXTRA_DOCUMENT, 0, 0, 0 },
	{ "a scale with five distinct levels is complete",
	    HEAD OK_GOAL "    gas: {weight: 2, baseline: -1, levels: " LEVELS "}\n", RULE_GAS_SCALE,
	    0, 0, 0 },
	{ "a scale that lacks a level is reported at the scale",
	    HEAD OK_GOAL "    gas:\n      levels: {-2: a, -1: b, 0: c, +1: d}\n", RULE_GAS_SCALE,
	    1, 11, 7 },
	{ "a scale with no levels at all is reported",
	    HEAD OK_GOAL "    gas: {weight: 1}\n", RULE_GAS_SCALE, 1, 10, 10 },
	{ "a level given as 1 and as +1 is given twice, at the second",
	    HEAD OK_GOAL "    gas:\n      levels:\n        -2: a\n        -1: b\n        0: c\n"
	    "        1: d\n        +1: e\n        +2: f\n", RULE_GAS_SCALE, 1, 16, 9 },
	{ "two levels with the same words, whatever their case, are reported at the second",
	    HEAD OK_GOAL "    gas:\n      levels:\n        -2: a\n        -1: b\n        0: Same\n"
	    "        +1: same\n        +2: f\n", RULE_GAS_SCALE, 1, 15, 13 },
	{ "a level key that is no level is reported at the key",
	    HEAD OK_GOAL "    gas:\n      levels:\n        -2: a\n        -1: b\n        0: c\n"
	    "        +1: d\n        +2: e\n        3: f\n", RULE_GAS_SCALE, 1, 17, 9 },
	{ "a weight of 0 is an invalid value",
	    HEAD OK_GOAL "    gas: {weight: 0, levels: " LEVELS "}\n", RULE_INVALID_VALUE, 1, 10, 19 },
	{ "a negative weight is an invalid value",
	    HEAD OK_GOAL "    gas: {weight: -1, levels: " LEVELS "}\n", RULE_INVALID_VALUE, 1, 10, 19 },
	{ "a weight in words is an invalid value",
	    HEAD OK_GOAL "    gas: {weight: two, levels: " LEVELS "}\n", RULE_INVALID_VALUE, 1, 10, 19 },
	{ "a baseline past +2 is an invalid value",
	    HEAD OK_GOAL "    gas: {baseline: 3, levels: " LEVELS "}\n", RULE_INVALID_VALUE, 1, 10, 21 },
	{ "a baseline written as a level key is valid",
	    HEAD OK_GOAL "    gas: {baseline: +1, levels: " LEVELS "}\n", RULE_INVALID_VALUE, 0, 0, 0 },
	{ "a scale written as a text is the wrong type",
	    HEAD OK_GOAL "    gas: very good\n", RULE_WRONG_TYPE, 1, 10, 10 },
	{ "levels written as a list are the wrong type",
	    HEAD OK_GOAL "    gas: {levels: [a, b]}\n", RULE_WRONG_TYPE, 1, 10, 19 },
	{ "a misspelt key in a scale is unknown",
	    HEAD OK_GOAL "    gas: {wieght: 2, levels: " LEVELS "}\n", RULE_UNKNOWN_KEY, 1, 10, 11 },
};

static const struct diag *
find(const struct diags *d, enum rule r)
{
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->v[i].rule, rule_table[r].name) == 0)
			return &d->v[i];
	return NULL;
}

START_TEST(test_structure_rule)
{
	const struct rule_case *c = &cases[_i];
	const char *yaml = c->yaml;
	size_t len = strlen(yaml);
	struct diags d = { 0 };
	struct goals g;
	const struct diag *f;
	char *copy;

	/* The NUL case holds a NUL inside: measure it up to its final newline. */
	if (c->rule == RULE_YAML_SYNTAX && strstr(c->title, "NUL") != NULL)
		len = strlen(yaml) + 1 + strlen(yaml + strlen(yaml) + 1);
	/* In a buffer of its own length, so that the sanitizers catch a read past its end. */
	copy = malloc(len ? len : 1);
	ck_assert_ptr_nonnull(copy);
	memcpy(copy, yaml, len);
	goals_load(&g, copy, len, &d);
	f = find(&d, c->rule);
	if (c->fires) {
		ck_assert_msg(f != NULL, "%s: %s did not fire", c->title, rule_table[c->rule].name);
		ck_assert_msg(f->line == c->line && f->col == c->col, "%s: at %d:%d, want %d:%d",
		    c->title, f->line, f->col, c->line, c->col);
		ck_assert_msg(f->message[0] != '\0', "%s: empty message", c->title);
	} else {
		ck_assert_msg(f == NULL, "%s: %s fired: %s", c->title, rule_table[c->rule].name,
		    f ? f->message : "");
	}
	goals_free(&g);
	diags_free(&d);
	free(copy);
}
END_TEST

START_TEST(test_goals_model_reads_every_field)
{
	static const char yaml[] =
	    "mission: Feel connected to people again\n"
	    "concerns:\n"
	    "  - id: isolation\n"
	    "    text: I spend most evenings alone\n"
	    "  - A plain worry\n"
	    "goals:\n"
	    "  - id: social\n"
	    "    broad: Socialize more\n"
	    "    goal: Talk to at least two new people each week\n"
	    "    area: relationships\n"
	    "    concern: isolation\n"
	    "    measure: {tag: social, at_least: 2, per: week}\n"
	    "    start: 2026-01-05\n"
	    "    deadline: 2026-03-31\n"
	    "    steps: [Say hello to one neighbour, Join the Thursday book club]\n"
	    "    status: paused\n";
	struct diags d = { 0 };
	struct goals g;
	const struct goal *gl;

	ck_assert_int_eq(goals_load(&g, yaml, sizeof yaml - 1, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_str_eq(g.mission->value, "Feel connected to people again");
	ck_assert_uint_eq(g.nconcerns, 2);
	ck_assert_str_eq(g.concerns[0].id->value, "isolation");
	ck_assert_ptr_null(g.concerns[1].id);
	ck_assert_str_eq(g.concerns[1].text->value, "A plain worry");
	ck_assert_uint_eq(g.ngoals, 1);
	gl = &g.goals[0];
	ck_assert_str_eq(goal_id(gl), "social");
	ck_assert_int_eq(gl->node->line, 7);
	ck_assert_str_eq(goal_sentence(gl)->value, "Talk to at least two new people each week");
	ck_assert_int_eq(gl->text->line, 9);
	ck_assert_int_eq(gl->text->col, 11);
	ck_assert_str_eq(gl->measure.tag->value, "social");
	ck_assert(gl->measure.has_at_least && !gl->measure.has_at_most);
	ck_assert(gl->measure.at_least == 2);
	ck_assert_int_eq(gl->measure.per, PERIOD_WEEK);
	ck_assert(gl->has_start && gl->start == date_from_ymd(2026, 1, 5));
	ck_assert(gl->has_deadline && gl->deadline == date_from_ymd(2026, 3, 31));
	ck_assert_uint_eq(gl->steps->n, 2);
	ck_assert_int_eq(gl->status, STATUS_PAUSED);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

START_TEST(test_goals_gas_scale_is_read_into_the_model)
{
	static const char yaml[] = "goals:\n"
	    "  - id: social\n    goal: Talk to at least two new people each week\n"
	    "    gas:\n      weight: 2.5\n      baseline: -1\n      levels:\n"
	    "        +2: A friend\n        1: Three a week\n        0: Two a week\n"
	    "        -1: One a week\n        -2: No one\n"
	    "  - id: plain\n    goal: Call my sister twice a week\n"
	    "  - id: half\n    goal: Call my brother twice a week\n"
	    "    gas: {weight: 0, levels: {-2: a, -1: b, 0: c, +1: d, +2: e}}\n";
	struct diags d = { 0 };
	struct goals g;
	const struct gas *gs;

	ck_assert_int_eq(goals_load(&g, yaml, sizeof yaml - 1, &d), 0);
	ck_assert_uint_eq(g.ngoals, 3);
	gs = &g.goals[0].gas;
	ck_assert_ptr_nonnull(gs->node);
	ck_assert(gs->weight == 2.5);
	ck_assert(gs->has_baseline && gs->baseline == -1);
	/* Levels are kept in order from -2, whatever order the file gives them in. */
	ck_assert_str_eq(gs->level[0]->value, "No one");
	ck_assert_str_eq(gs->level[3]->value, "Three a week");
	ck_assert_str_eq(gs->level[4]->value, "A friend");
	ck_assert_int_eq(gs->complete, 1);
	/* No scale: weight 1, nothing to score. */
	gs = &g.goals[1].gas;
	ck_assert_ptr_null(gs->node);
	ck_assert(gs->weight == 1);
	ck_assert_int_eq(gs->complete, 0);
	/* A bad weight falls back to 1 and leaves the scale unscored. */
	gs = &g.goals[2].gas;
	ck_assert(gs->weight == 1);
	ck_assert_int_eq(gs->complete, 0);
	ck_assert_uint_eq(d.n, 1);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

START_TEST(test_goals_defaults_status_active_and_total_period)
{
	static const char yaml[] = "goals:\n  - id: a\n    goal: Read 5 books\n"
	    "    measure: {tag: book, at_least: 5}\n";
	struct diags d = { 0 };
	struct goals g;

	ck_assert_int_eq(goals_load(&g, yaml, sizeof yaml - 1, &d), 0);
	ck_assert_int_eq(g.goals[0].status, STATUS_ACTIVE);
	ck_assert_int_eq(g.goals[0].measure.per, PERIOD_TOTAL);
	ck_assert_ptr_null(g.mission);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

START_TEST(test_goals_bom_and_crlf_read_like_lf)
{
	static const char lf[] = "goals:\n  - id: a\n    goal: Walk daily\n    bogus: 1\n";
	static const char crlf[] = "\xEF\xBB\xBFgoals:\r\n  - id: a\r\n    goal: Walk daily\r\n"
	    "    bogus: 1\r\n";
	struct diags d1 = { 0 }, d2 = { 0 };
	struct goals g1, g2;

	ck_assert_int_eq(goals_load(&g1, lf, sizeof lf - 1, &d1), 0);
	ck_assert_int_eq(goals_load(&g2, crlf, sizeof crlf - 1, &d2), 0);
	ck_assert_uint_eq(d1.n, 1);
	ck_assert_uint_eq(d2.n, 1);
	ck_assert_int_eq(d1.v[0].line, d2.v[0].line);
	ck_assert_int_eq(d1.v[0].col, d2.v[0].col);
	ck_assert_str_eq(g2.goals[0].text->value, "Walk daily");
	goals_free(&g1);
	goals_free(&g2);
	diags_free(&d1);
	diags_free(&d2);
}
END_TEST

START_TEST(test_goals_unknown_key_suggests_the_close_one)
{
	static const char yaml[] = "goals:\n  - id: a\n    goal: x\n    deadlnie: 2026-01-01\n"
	    "    colour: blue\n";
	struct diags d = { 0 };
	struct goals g;

	goals_load(&g, yaml, sizeof yaml - 1, &d);
	ck_assert_uint_eq(d.n, 2);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "did you mean 'deadline'"));
	ck_assert_ptr_null(strstr(d.v[1].message, "did you mean"));
	goals_free(&g);
	diags_free(&d);
}
END_TEST

START_TEST(test_goals_disable_comments_set_the_goal_bits)
{
	static const char yaml[] = "goals:\n"
	    "  - id: a  # goalcheck: disable=no-steps, no-deadline\n"
	    "    goal: x\n"
	    "  # goalcheck: disable=no-mission\n"
	    "  - id: b\n"
	    "    goal: \"y # goalcheck: disable=no-relevance\"\n";
	struct diags d = { 0 };
	struct goals g;

	ck_assert_int_eq(goals_load(&g, yaml, sizeof yaml - 1, &d), 0);
	ck_assert_uint_eq(g.goals[0].disabled,
	    (1u << RULE_NO_STEPS) | (1u << RULE_NO_DEADLINE));
	/* The comment between the goals belongs to neither; the quoted one is text. */
	ck_assert_uint_eq(g.goals[1].disabled, 0);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

START_TEST(test_goals_quoted_target_is_reported_once)
{
	static const char yaml[] = "goals:\n  - id: a\n    goal: x\n"
	    "    measure: {tag: a, at_least: \"2\", per: Week}\n";
	struct diags d = { 0 };
	struct goals g;

	goals_load(&g, yaml, sizeof yaml - 1, &d);
	ck_assert_uint_eq(d.n, 2);
	ck_assert_str_eq(d.v[0].rule, "invalid-value");
	ck_assert_ptr_nonnull(strstr(d.v[1].message, "did you mean 'week'"));
	goals_free(&g);
	diags_free(&d);
}
END_TEST

START_TEST(test_goals_findings_name_their_goal)
{
	static const char yaml[] = "goals:\n  - id: first\n    goal: x\n  - id: second\n"
	    "    goal: y\n    deadline: 2026-13-01\n";
	struct diags d = { 0 };
	struct goals g;

	goals_load(&g, yaml, sizeof yaml - 1, &d);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_str_eq(d.v[0].goal, "second");
	ck_assert_int_eq(d.v[0].scope, 2);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

START_TEST(test_goals_many_duplicate_keys_stay_fast_and_all_reported)
{
	/* 20,000 copies of one key: reported once each, in n log n, not n squared. */
	size_t n = 20000, len = 0;
	char *yaml = malloc(n * 10 + 64);
	struct diags d = { 0 };
	struct goals g;

	len += (size_t)sprintf(yaml, "goals:\n  - id: a\n    goal: x\n");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(yaml + len, "    a: 1\n");
	goals_load(&g, yaml, len, &d);
	/* n unknown keys, n - 1 duplicates. */
	ck_assert_uint_eq(d.n, 2 * n - 1);
	goals_free(&g);
	diags_free(&d);
	free(yaml);
}
END_TEST

Suite *
make_goals_suite(void)
{
	Suite *s = suite_create("goals");
	TCase *tc = tcase_create("structure");

	tcase_add_loop_test(tc, test_structure_rule, 0, (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, test_goals_model_reads_every_field);
	tcase_add_test(tc, test_goals_gas_scale_is_read_into_the_model);
	tcase_add_test(tc, test_goals_defaults_status_active_and_total_period);
	tcase_add_test(tc, test_goals_bom_and_crlf_read_like_lf);
	tcase_add_test(tc, test_goals_unknown_key_suggests_the_close_one);
	tcase_add_test(tc, test_goals_findings_name_their_goal);
	tcase_add_test(tc, test_goals_disable_comments_set_the_goal_bits);
	tcase_add_test(tc, test_goals_quoted_target_is_reported_once);
	tcase_add_test(tc, test_goals_many_duplicate_keys_stay_fast_and_all_reported);
	suite_add_tcase(s, tc);
	return s;
}
