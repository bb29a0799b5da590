/* check_lint.c: every SMART rule shown firing and not, and the user's say over the findings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_goalkit.h"
#include "lint.h"

#define TODAY "2026-02-01"
#define HEAD "mission: Feel connected\nconcerns:\n  - id: isolation\n    text: Alone\ngoals:\n"
/* Passes every rule as of TODAY. */
#define GOOD(id) \
	"  - id: " id "\n" \
	"    goal: Talk to at least two new people each week\n" \
	"    concern: isolation\n" \
	"    deadline: 2026-03-31\n"

struct lint_case {
	const char *title;
	const char *yaml;
	enum rule rule;
	int fires;     /* 1: reported, on `line`; 0: not reported */
	int line;
};

static const struct lint_case cases[] = {
	{ "a comparative with no behaviour is vague",
	    HEAD "  - id: a\n    goal: Socialize more\n    concern: isolation\n"
	    "    deadline: 2026-03-31\n", RULE_VAGUE_WORDING, 1, 7 },
	{ "a feeling with no action is vague",
	    HEAD "  - id: a\n    goal: Feel better by March\n    concern: isolation\n",
	    RULE_VAGUE_WORDING, 1, 7 },
	{ "a goal with only its broad wish is vague",
	    HEAD "  - id: a\n    broad: Be happier\n    concern: isolation\n",
	    RULE_VAGUE_WORDING, 1, 7 },
	{ "a concrete action is not vague", HEAD GOOD("a"), RULE_VAGUE_WORDING, 0, 0 },
	{ "a sentence with no number and no measure block has no measure",
	    HEAD "  - id: a\n    goal: Call my mum more\n    concern: isolation\n",
	    RULE_NO_MEASURE, 1, 7 },
	{ "a frequency in the sentence is a measure",
	    HEAD "  - id: a\n    goal: Call my mum twice a week\n    concern: isolation\n",
	    RULE_NO_MEASURE, 0, 0 },
	{ "a measure block is a measure",
	    HEAD "  - id: a\n    goal: Call my mum more\n    concern: isolation\n"
	    "    measure: {tag: mum, at_least: 2, per: week}\n", RULE_NO_MEASURE, 0, 0 },
	{ "a measure with no target is incomplete",
	    HEAD GOOD("a") "    measure: {metric: mood, per: week}\n", RULE_INCOMPLETE_MEASURE, 1, 10 },
	{ "a measure with nothing to count is incomplete",
	    HEAD GOOD("a") "    measure: {at_least: 2, per: week}\n", RULE_INCOMPLETE_MEASURE, 1, 10 },
	{ "a measure with a tag and a target is complete",
	    HEAD GOOD("a") "    measure: {tag: social, at_least: 2}\n", RULE_INCOMPLETE_MEASURE, 0, 0 },
	{ "always is absolutist",
	    HEAD "  - id: a\n    goal: Always check in with my partner every evening\n",
	    RULE_ABSOLUTIST_WORDING, 1, 7 },
	{ "never describing the past is not absolutist",
	    HEAD "  - id: a\n    goal: Try one new activity I've never done before each month\n",
	    RULE_ABSOLUTIST_WORDING, 0, 0 },
	{ "a fourth active goal is too many",
	    HEAD GOOD("a") GOOD("b") GOOD("c") GOOD("d"), RULE_TOO_MANY_ACTIVE_GOALS, 1, 18 },
	{ "paused goals do not count as active",
	    HEAD GOOD("a") GOOD("b") GOOD("c") GOOD("d") "    status: paused\n",
	    RULE_TOO_MANY_ACTIVE_GOALS, 0, 0 },
	{ "three active goals are within the limit",
	    HEAD GOOD("a") GOOD("b") GOOD("c"), RULE_TOO_MANY_ACTIVE_GOALS, 0, 0 },
	{ "a goal over most of a year without steps wants steps",
	    HEAD GOOD("a") "    start: 2026-01-05\n    deadline: 2026-12-31\n", RULE_NO_STEPS, 1, 6 },
	{ "a long goal with steps is broken down",
	    HEAD "  - id: a\n    goal: Talk to at least two new people each week\n"
	    "    concern: isolation\n    deadline: 2026-12-31\n    steps: [Say hello]\n",
	    RULE_NO_STEPS, 0, 0 },
	{ "a goal of eight weeks needs no steps", HEAD GOOD("a"), RULE_NO_STEPS, 0, 0 },
	{ "an invalid deadline fails T", HEAD "  - id: a\n    goal: Call my sister twice a week\n"
	    "    concern: isolation\n    deadline: 2026-02-30\n", RULE_INVALID_DATE, 1, 9 },
	{ "a file without a mission is reported once, at its top",
	    "goals:\n" GOOD("a") GOOD("b"), RULE_NO_MISSION, 1, 1 },
	{ "a file with a mission has one", HEAD GOOD("a"), RULE_NO_MISSION, 0, 0 },
	{ "a goal with neither concern nor why has no relevance",
	    HEAD "  - id: a\n    goal: Talk to at least two new people each week\n"
	    "    deadline: 2026-03-31\n", RULE_NO_RELEVANCE, 1, 6 },
	{ "a why is relevance",
	    HEAD "  - id: a\n    goal: Talk to at least two new people each week\n"
	    "    why: I feel alone\n    deadline: 2026-03-31\n", RULE_NO_RELEVANCE, 0, 0 },
	{ "a concern id that is not listed is unknown",
	    HEAD "  - id: a\n    goal: Talk to at least two new people each week\n"
	    "    concern: isolaton\n    deadline: 2026-03-31\n", RULE_UNKNOWN_CONCERN, 1, 8 },
	{ "a listed concern id is known", HEAD GOOD("a"), RULE_UNKNOWN_CONCERN, 0, 0 },
	{ "no deadline field and no time frame is no deadline",
	    HEAD "  - id: a\n    goal: Talk to at least two new people each week\n"
	    "    concern: isolation\n", RULE_NO_DEADLINE, 1, 7 },
	{ "a time frame in the sentence is a deadline",
	    HEAD "  - id: a\n    goal: Talk to at least two new people each week by March 31\n"
	    "    concern: isolation\n", RULE_NO_DEADLINE, 0, 0 },
	{ "a deadline field is a deadline", HEAD GOOD("a"), RULE_NO_DEADLINE, 0, 0 },
	{ "an active goal past its deadline is reported at the deadline",
	    HEAD "  - id: a\n    goal: Talk to at least two new people each week\n"
	    "    concern: isolation\n    deadline: 2026-01-15\n", RULE_DEADLINE_PASSED, 1, 9 },
	{ "a done goal past its deadline is fine",
	    HEAD "  - id: a\n    goal: Talk to at least two new people each week\n"
	    "    concern: isolation\n    deadline: 2026-01-15\n    status: done\n",
	    RULE_DEADLINE_PASSED, 0, 0 },
	{ "a dropped goal is not judged",
	    HEAD "  - id: a\n    goal: Be happier\n    status: dropped\n", RULE_VAGUE_WORDING, 0, 0 },
	{ "a paused goal is still judged",
	    HEAD "  - id: a\n    goal: Be happier\n    status: paused\n", RULE_VAGUE_WORDING, 1, 7 },
	{ "a deadline today has not passed",
	    HEAD "  - id: a\n    goal: Talk to at least two new people each week\n"
	    "    concern: isolation\n    deadline: " TODAY "\n", RULE_DEADLINE_PASSED, 0, 0 },
	{ "a deadline years away is too far",
	    HEAD "  - id: a\n    goal: Talk to at least two new people each week\n"
	    "    concern: isolation\n    deadline: 2030-01-01\n", RULE_DEADLINE_TOO_FAR, 1, 9 },
	{ "a deadline within the year is not too far", HEAD GOOD("a"), RULE_DEADLINE_TOO_FAR, 0, 0 },
	{ "a start after the deadline is reported at the start",
	    HEAD GOOD("a") "    start: 2026-05-01\n", RULE_START_AFTER_DEADLINE, 1, 10 },
	{ "a start before the deadline is fine",
	    HEAD GOOD("a") "    start: 2026-01-05\n", RULE_START_AFTER_DEADLINE, 0, 0 },
};

/* Loads and lints yaml as of TODAY with the default limit; the caller frees g, d and r. */
static void
lint_text(const char *yaml, struct goals *g, struct diags *d, struct sentence_reader **r)
{
	long today;

	ck_assert_int_eq(date_parse(TODAY, 10, &today), 1);
	*r = sentence_reader_new();
	ck_assert_ptr_nonnull(*r);
	if (goals_load(g, yaml, strlen(yaml), d) == 0)
		lint_goals(g, *r, today, 3, NULL, d);
}

static const struct diag *
find(const struct diags *d, enum rule r)
{
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->v[i].rule, rule_table[r].name) == 0)
			return &d->v[i];
	return NULL;
}

/* The letters goal i passes, out of the first four goals. */
static unsigned
letters(const struct diags *d, size_t i)
{
	unsigned pass[4];

	lint_letters(d, pass, 4);
	return pass[i];
}

START_TEST(test_smart_rule)
{
	const struct lint_case *c = &cases[_i];
	struct sentence_reader *r;
	struct diags d = { 0 };
	struct goals g;
	const struct diag *f;

	lint_text(c->yaml, &g, &d, &r);
	f = find(&d, c->rule);
	if (c->fires) {
		ck_assert_msg(f != NULL, "%s: %s did not fire", c->title, rule_table[c->rule].name);
		ck_assert_msg(f->line == c->line, "%s: on line %d, want %d", c->title, f->line,
		    c->line);
		ck_assert_msg(f->smart == rule_table[c->rule].smart, "%s: letter %c", c->title,
		    f->smart);
	} else {
		ck_assert_msg(f == NULL, "%s: %s fired: %s", c->title, rule_table[c->rule].name,
		    f ? f->message : "");
	}
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

START_TEST(test_smart_good_goal_passes_all_letters)
{
	struct sentence_reader *r;
	struct diags d = { 0 };
	struct goals g;

	lint_text(HEAD GOOD("a") "    steps: [Say hello]\n", &g, &d, &r);
	ck_assert_msg(d.n == 0, "unexpected: %s", d.n ? d.v[0].message : "");
	ck_assert_uint_eq(letters(&d, 0), SMART_ALL);
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

START_TEST(test_smart_letters_fail_only_where_findings_are)
{
	struct sentence_reader *r;
	struct diags d = { 0 };
	struct goals g;

	lint_text(HEAD GOOD("good") "  - id: vague\n    goal: Be happier\n", &g, &d, &r);
	ck_assert_uint_eq(letters(&d, 0), SMART_ALL);
	/* "Be happier": not specific, not measurable, no concern, no deadline; attainable. */
	ck_assert_uint_eq(letters(&d, 1), SMART_A);
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

START_TEST(test_apply_drops_rules_turned_off)
{
	struct config cfg;
	struct sentence_reader *r;
	struct diags d = { 0 };
	struct goals g;

	config_init(&cfg);
	cfg.sev[RULE_NO_DEADLINE] = SEV_OFF;
	lint_text(HEAD "  - id: a\n    goal: Call my sister twice a week\n"
	    "    concern: isolation\n", &g, &d, &r);
	ck_assert_ptr_nonnull(find(&d, RULE_NO_DEADLINE));
	lint_apply(&d, &g, cfg.sev);
	ck_assert_ptr_null(find(&d, RULE_NO_DEADLINE));
	ck_assert_uint_eq(letters(&d, 0), SMART_ALL);
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

START_TEST(test_finish_applies_the_config_orders_by_place_and_gives_letters)
{
	struct config cfg;
	struct sentence_reader *r;
	struct diags d = { 0 };
	struct goals g;
	unsigned *pass;

	config_init(&cfg);
	cfg.sev[RULE_NO_DEADLINE] = SEV_OFF;
	/* Goal b is vague and has no deadline; a lacks one too. */
	lint_text(HEAD "  - id: a\n    goal: Call my sister twice a week\n"
	    "    concern: isolation\n"
	    "  - id: b\n    goal: Be happier\n    concern: isolation\n", &g, &d, &r);
	ck_assert_ptr_nonnull(find(&d, RULE_NO_DEADLINE));
	pass = lint_finish(&d, &g, cfg.sev);
	ck_assert_ptr_null(find(&d, RULE_NO_DEADLINE));
	ck_assert_uint_gt(d.n, 1);
	for (size_t i = 1; i < d.n; i++)
		ck_assert(d.v[i - 1].line < d.v[i].line ||
		    (d.v[i - 1].line == d.v[i].line && d.v[i - 1].col <= d.v[i].col));
	ck_assert_uint_eq(pass[0], SMART_ALL);
	ck_assert_uint_ne(pass[1], SMART_ALL);
	free(pass);
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

START_TEST(test_apply_sets_configured_severity)
{
	struct config cfg;
	struct sentence_reader *r;
	struct diags d = { 0 };
	struct goals g;

	config_init(&cfg);
	cfg.sev[RULE_NO_DEADLINE] = SEV_ERROR;
	lint_text(HEAD "  - id: a\n    goal: Call my sister twice a week\n"
	    "    concern: isolation\n", &g, &d, &r);
	lint_apply(&d, &g, cfg.sev);
	ck_assert_int_eq(find(&d, RULE_NO_DEADLINE)->sev, SEV_ERROR);
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

START_TEST(test_apply_inline_comment_silences_its_goal_only)
{
	static const char yaml[] = HEAD
	    "  - id: a   # goalcheck: disable=no-relevance,no-deadline\n"
	    "    goal: Call my sister twice a week\n"
	    "  - id: b\n"
	    "    goal: Call my brother twice a week  # goalcheck: disable=no-deadline\n"
	    "  - id: c\n"
	    "    goal: Call my dad twice a week\n";
	struct config cfg;
	struct sentence_reader *r;
	struct diags d = { 0 };
	struct goals g;
	int seen[4] = { 0 };

	config_init(&cfg);
	lint_text(yaml, &g, &d, &r);
	lint_apply(&d, &g, cfg.sev);
	for (size_t i = 0; i < d.n; i++)
		if (strcmp(d.v[i].rule, "no-relevance") == 0 || strcmp(d.v[i].rule, "no-deadline") == 0)
			seen[d.v[i].scope] |= strcmp(d.v[i].rule, "no-deadline") == 0 ? 1 : 2;
	ck_assert_int_eq(seen[1], 0);      /* a: both silenced */
	ck_assert_int_eq(seen[2], 2);      /* b: only the deadline silenced */
	ck_assert_int_eq(seen[3], 1 | 2);  /* c: nothing silenced */
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

START_TEST(test_apply_comment_between_goals_belongs_to_neither)
{
	static const char yaml[] = HEAD
	    "  - id: a\n    goal: Call my sister twice a week\n"
	    "  # goalcheck: disable=no-deadline\n"
	    "  - id: b\n    goal: Call my brother twice a week\n";
	struct config cfg;
	struct sentence_reader *r;
	struct diags d = { 0 };
	struct goals g;
	int seen[3] = { 0 };

	config_init(&cfg);
	lint_text(yaml, &g, &d, &r);
	lint_apply(&d, &g, cfg.sev);
	for (size_t i = 0; i < d.n; i++)
		if (strcmp(d.v[i].rule, "no-deadline") == 0)
			seen[d.v[i].scope] = 1;
	ck_assert_int_eq(seen[1], 1);
	ck_assert_int_eq(seen[2], 1);
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

START_TEST(test_apply_keeps_yaml_syntax_whatever_the_config)
{
	static const char yaml[] = "goals: [\n";
	struct config cfg;
	struct sentence_reader *r;
	struct diags d = { 0 };
	struct goals g;

	config_init(&cfg);
	cfg.sev[RULE_YAML_SYNTAX] = SEV_OFF;
	lint_text(yaml, &g, &d, &r);
	lint_apply(&d, &g, cfg.sev);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.v[0].sev, SEV_ERROR);
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

START_TEST(test_info_findings_do_not_fail_a_letter)
{
	struct sentence_reader *r;
	struct diags d = { 0 };
	struct goals g;

	lint_text(HEAD GOOD("a") "    start: 2026-01-05\n    deadline: 2026-12-31\n", &g, &d, &r);
	ck_assert_ptr_nonnull(find(&d, RULE_NO_STEPS));
	ck_assert_uint_eq(letters(&d, 0), SMART_ALL);
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

START_TEST(test_apply_ignores_disable_text_inside_a_value)
{
	static const char yaml[] = HEAD
	    "  - id: a\n    goal: Call my sister twice a week\n"
	    "    why: \"see#goalcheck: disable=no-deadline\"\n";
	struct config cfg;
	struct sentence_reader *r;
	struct diags d = { 0 };
	struct goals g;

	config_init(&cfg);
	lint_text(yaml, &g, &d, &r);
	lint_apply(&d, &g, cfg.sev);
	ck_assert_ptr_nonnull(find(&d, RULE_NO_DEADLINE));
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

START_TEST(test_limit_of_active_goals_is_a_parameter)
{
	static const char yaml[] = HEAD GOOD("a") GOOD("b") GOOD("c") GOOD("d");
	struct sentence_reader *r = sentence_reader_new();
	struct diags d = { 0 };
	struct goals g;
	long today;

	date_parse(TODAY, 10, &today);
	ck_assert_int_eq(goals_load(&g, yaml, sizeof yaml - 1, &d), 0);
	lint_goals(&g, r, today, 4, NULL, &d);
	ck_assert_ptr_null(find(&d, RULE_TOO_MANY_ACTIVE_GOALS));
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

/* The column of the first text w on line ln of yaml, counted as goalcheck counts. */
static int
column_of(const char *yaml, int ln, const char *w)
{
	const char *line = yaml, *at;

	while (--ln > 0)
		line = strchr(line, '\n') + 1;
	at = strstr(line, w);
	return (int)text_codepoints(line, (size_t)(at - line)) + 1;
}

static const char *const placed[] = {
	HEAD "  - id: a\n    goal: 'I''ll always call my sister twice a week'\n",
	HEAD "  - id: a\n    goal: \"I \\\"really\\\" \\u00e9 always call my sister twice a week\"\n",
	HEAD "  - id: a\n    goal: !!str I always call my sister twice a week\n",
	HEAD "  - id: a\n    goal: &g I always call my sister twice a week\n",
	HEAD "  - id: a\n    goal: Caf\xC3\xA9 \xE2\x82\xAC" "5, I always call my sister twice a week\n",
};

START_TEST(test_finding_points_at_the_word_on_its_line)
{
	const char *yaml = placed[_i];
	struct sentence_reader *r = sentence_reader_new();
	struct diags d = { 0 };
	struct goals g;
	struct lines src;
	const struct diag *f;
	long today;

	date_parse(TODAY, 10, &today);
	ck_assert_int_eq(lines_index(&src, yaml, strlen(yaml)), 0);
	if (goals_load(&g, yaml, strlen(yaml), &d) == 0)
		lint_goals(&g, r, today, 3, &src, &d);
	f = find(&d, RULE_ABSOLUTIST_WORDING);
	ck_assert_msg(f != NULL, "case %d: no absolutist finding", _i);
	ck_assert_int_eq(f->line, 7);
	ck_assert_int_eq(f->col, column_of(yaml, 7, "always"));
	lines_free(&src);
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(r);
}
END_TEST

START_TEST(test_smart_bit_maps_letters)
{
	ck_assert_uint_eq(smart_bit('S'), SMART_S);
	ck_assert_uint_eq(smart_bit('T'), SMART_T);
	ck_assert_uint_eq(smart_bit(0), 0);
	ck_assert_uint_eq(smart_bit('x'), 0);
}
END_TEST

/* ---- stale-goal ---- */

#define JOURNAL \
	"## 2026-01-06\nanxiety: 6\n\nSaid hello #social.\n\n" \
	"## 2026-01-19 #session\ngas-walk: -1\n\n" \
	"## 2026-02-10\nPlans #social\n"
#define SCALE "    gas: {levels: {-2: none, -1: one, 0: three, +1: five, +2: daily}}\n"
/* A goal `meet` whose measure counts tag; extra lines follow. */
#define TAGGED(tag, extra) \
	"  - id: meet\n    goal: Walk for 20 minutes on at least 3 days a week\n" \
	"    concern: isolation\n    measure: {tag: " tag ", at_least: 3, per: week}\n" extra

struct stale_case {
	const char *title;
	const char *goals;    /* after HEAD */
	const char *journal;
	const char *today;
	int days;
	const char *want;     /* part of the message, or NULL: not reported */
};

static const struct stale_case stale_cases[] = {
	{ "exactly stale-days after the last entry is not stale yet",
	    TAGGED("social", "    start: 2026-01-05\n"), JOURNAL, "2026-01-27", 21, NULL },
	{ "a day more is stale, and an entry dated after today does not count",
	    TAGGED("social", "    start: 2026-01-05\n"), JOURNAL, "2026-01-28", 21,
	    "no progress recorded for 22 days (last on 2026-01-06): write it in the journal "
	    "(#social), or pause the goal" },
	{ "an entry on today counts", TAGGED("social", ""), JOURNAL, "2026-02-10", 21, NULL },
	{ "stale-days is the caller's", TAGGED("social", ""), JOURNAL, "2026-01-28", 30, NULL },
	{ "a metric's last value is progress",
	    "  - id: calm\n    goal: Breathe for 10 minutes on 5 mornings a week\n"
	    "    measure: {metric: Anxiety, at_most: 4, per: week}\n", JOURNAL, "2026-02-01", 21,
	    "for 26 days (last on 2026-01-06): write it in the journal (Anxiety: N)" },
	{ "a level rated at a session is progress for a goal with only a scale",
	    "  - id: walk\n    goal: Walk for 20 minutes on at least 3 days a week\n" SCALE,
	    JOURNAL, "2026-02-10", 21, "for 22 days (last on 2026-01-19): write it in the journal "
	    "(gas-walk: -2 to +2)" },
	{ "a level rated counts even when the measure's tag is older",
	    "  - id: walk\n    goal: Walk for 20 minutes on at least 3 days a week\n"
	    "    measure: {tag: social, at_least: 3, per: week}\n" SCALE, JOURNAL, "2026-02-05",
	    21, NULL },
	{ "an incomplete scale and no measure give no way to record progress",
	    "  - id: walk\n    goal: Walk for 20 minutes on at least 3 days a week\n"
	    "    gas: {levels: {-2: none, +2: daily}}\n", "", "2026-06-01", 21, NULL },
	{ "a measure only in the sentence gives no way to record progress",
	    "  - id: walk\n    goal: Walk for 20 minutes on at least 3 days a week\n"
	    "    start: 2026-01-05\n", JOURNAL, "2026-06-01", 21, NULL },
	{ "a paused goal is not stale",
	    TAGGED("social", "    status: paused\n"), JOURNAL, "2026-06-01", 21, NULL },
	{ "a done goal is not stale",
	    TAGGED("social", "    status: done\n"), JOURNAL, "2026-06-01", 21, NULL },
	{ "a goal that starts later is not stale",
	    TAGGED("calls", "    start: 2026-07-01\n"), JOURNAL, "2026-06-01", 21, NULL },
	{ "a goal that started stale-days ago is not stale yet",
	    TAGGED("calls", "    start: 2026-01-10\n"), JOURNAL, "2026-01-31", 21, NULL },
	{ "a goal never recorded counts from its start",
	    TAGGED("calls", "    start: 2026-01-10\n"), JOURNAL, "2026-02-01", 21,
	    "no progress recorded since the goal started 22 days ago" },
	{ "progress before the start counts from the start",
	    TAGGED("social", "    start: 2026-01-10\n"), JOURNAL, "2026-02-01", 21,
	    "since the goal started 22 days ago" },
	{ "without a start, a goal never recorded counts from the journal's first entry",
	    TAGGED("calls", ""), JOURNAL, "2026-01-28", 21,
	    "no progress recorded in the 22 days since the journal began (2026-01-06)" },
	{ "without a start or any entry there is nothing to count from",
	    TAGGED("calls", ""), "", "2026-06-01", 21, NULL },
	{ "a tag written with its '#' is still the tag",
	    TAGGED("\"#Social\"", ""), JOURNAL, "2026-01-28", 21, "(#Social)" },
};

START_TEST(test_stale_goal)
{
	const struct stale_case *c = &stale_cases[_i];
	char yaml[1024];
	struct lint_journal lj;
	struct diags d = { 0 };
	struct goals g;
	const struct diag *f;
	long today;

	snprintf(yaml, sizeof yaml, "%s%s", HEAD, c->goals);
	ck_assert_int_eq(date_parse(c->today, 10, &today), 1);
	ck_assert_int_eq(goals_load(&g, yaml, strlen(yaml), &d), 0);
	lint_journal_init(&lj, "check", today);
	journal_read_buffer(&lj.j, "journal.md", c->journal, strlen(c->journal));
	lint_stale(&g, &lj, c->days, &d);
	f = find(&d, RULE_STALE_GOAL);
	if (c->want == NULL) {
		ck_assert_msg(f == NULL, "%s: reported: %s", c->title, f ? f->message : "");
	} else {
		ck_assert_msg(f != NULL, "%s: not reported", c->title);
		ck_assert_msg(strstr(f->message, c->want) != NULL, "%s: '%s'", c->title, f->message);
		ck_assert_int_eq(f->line, 6);
		ck_assert_int_eq(f->scope, 1);
		ck_assert_str_eq(f->goal, goal_id(&g.goals[0]));
	}
	lint_journal_free(&lj);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

/* One journal serves several goals files: the names each adds do not disturb the others. */
START_TEST(test_stale_journal_serves_several_files)
{
	static const char a[] = HEAD TAGGED("social", "");
	static const char b[] = HEAD TAGGED("calls", "    start: 2026-01-05\n");
	struct lint_journal lj;
	struct diags d = { 0 };
	struct goals g;
	long today = date_from_ymd(2026, 1, 28);

	lint_journal_init(&lj, "check", today);
	journal_read_buffer(&lj.j, "journal.md", JOURNAL, strlen(JOURNAL));
	for (int k = 0; k < 2; k++) {
		ck_assert_int_eq(goals_load(&g, k ? b : a, strlen(k ? b : a), &d), 0);
		lint_stale(&g, &lj, 21, &d);
		goals_free(&g);
	}
	ck_assert_uint_eq(d.n, 2);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "for 22 days"));
	ck_assert_ptr_nonnull(strstr(d.v[1].message, "since the goal started 23 days ago"));
	lint_journal_free(&lj);
	diags_free(&d);
}
END_TEST

Suite *
make_lint_suite(void)
{
	Suite *s = suite_create("lint");
	TCase *tc = tcase_create("smart");

	tcase_add_loop_test(tc, test_smart_rule, 0, (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, test_smart_good_goal_passes_all_letters);
	tcase_add_test(tc, test_smart_letters_fail_only_where_findings_are);
	tcase_add_test(tc, test_apply_drops_rules_turned_off);
	tcase_add_test(tc, test_apply_sets_configured_severity);
	tcase_add_test(tc, test_finish_applies_the_config_orders_by_place_and_gives_letters);
	tcase_add_test(tc, test_apply_inline_comment_silences_its_goal_only);
	tcase_add_test(tc, test_apply_ignores_disable_text_inside_a_value);
	tcase_add_test(tc, test_apply_comment_between_goals_belongs_to_neither);
	tcase_add_test(tc, test_apply_keeps_yaml_syntax_whatever_the_config);
	tcase_add_test(tc, test_info_findings_do_not_fail_a_letter);
	tcase_add_test(tc, test_limit_of_active_goals_is_a_parameter);
	tcase_add_test(tc, test_smart_bit_maps_letters);
	tcase_add_loop_test(tc, test_finding_points_at_the_word_on_its_line, 0,
	    (int)(sizeof placed / sizeof placed[0]));
	tcase_add_loop_test(tc, test_stale_goal, 0, (int)(sizeof stale_cases / sizeof stale_cases[0]));
	tcase_add_test(tc, test_stale_journal_serves_several_files);
	suite_add_tcase(s, tc);
	return s;
}
