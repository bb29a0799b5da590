/* check_goaledit.c: edits of a goals file's text, byte-exact outside the edit: goals added to
 * every shape of file, one goal's fields replaced, scalars quoted only when YAML needs it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_goalkit.h"
#include "goaledit.h"

/* The one finding of a refused edit in why, as "LINE:COL: MESSAGE" (or "MESSAGE" when it has
 * no place) in buf; and that it is an error of the editor's own rule.  why is emptied. */
static const char *
refusal(struct diags *why, char *buf, size_t size)
{
	ck_assert_uint_eq(why->n, 1);
	ck_assert_str_eq(why->v[0].rule, GOALEDIT_REFUSED);
	ck_assert_int_eq(why->v[0].sev, SEV_ERROR);
	if (why->v[0].line > 0)
		snprintf(buf, size, "%d:%d: %s", why->v[0].line, why->v[0].col, why->v[0].message);
	else
		snprintf(buf, size, "%s", why->v[0].message);
	diags_free(why);
	memset(why, 0, sizeof *why);
	return buf;
}

/* ---- Scalars ---- */

static const struct {
	const char *in;
	int flow;
	const char *out;
} scalars[] = {
	{ "Talk to two people", 0, "Talk to two people" },
	{ "Walk, run or swim", 0, "Walk, run or swim" },
	{ "Walk, run or swim", 1, "\"Walk, run or swim\"" },
	/* In [ ] and { }, libyaml takes ":?" for an indicator. */
	{ "why:?fresh air", 0, "why:?fresh air" },
	{ "why:?fresh air", 1, "\"why:?fresh air\"" },
	{ "[draft] goal", 0, "\"[draft] goal\"" },
	{ "Run: 3 times", 0, "\"Run: 3 times\"" },
	{ "Run 3 times # a week", 0, "\"Run 3 times # a week\"" },
	{ "C#", 0, "C#" },
	{ "yes", 0, "\"yes\"" },
	{ "No", 0, "\"No\"" },
	{ "null", 0, "\"null\"" },
	{ "~", 0, "\"~\"" },
	{ "12", 0, "\"12\"" },
	{ "7.5", 0, "\"7.5\"" },
	{ "2026-03-31", 0, "\"2026-03-31\"" },
	{ "- a list?", 0, "\"- a list?\"" },
	{ "say \"no\"", 0, "say \"no\"" },
	{ "'quoted'", 0, "\"'quoted'\"" },
	{ "line\nbreak", 0, "\"line\\nbreak\"" },
	{ "back\\slash \"q\" ", 0, "\"back\\\\slash \\\"q\\\" \"" },
	{ "ends with:", 0, "\"ends with:\"" },
	{ "", 0, "\"\"" },
	{ "café au lait", 0, "café au lait" },
	/* NEL, LS and PS break lines in YAML: escaped, or the file's lines would shift. */
	{ "a\xc2\x85" "b", 0, "\"a\\Nb\"" },
	{ "a\xe2\x80\xa8" "b\xe2\x80\xa9" "c", 0, "\"a\\Lb\\Pc\"" },
	/* Other C1 controls, U+FEFF, U+FFFE and U+FFFF only as escapes: YAML refuses them. */
	{ "walk\xc2\x95", 0, "\"walk\\x95\"" },
	{ "a\xef\xbb\xbf" "b\xef\xbf\xbf", 1, "\"a\\uFEFFb\\uFFFF\"" },
};

START_TEST(test_goaledit_scalar_is_plain_only_when_yaml_reads_it_back)
{
	struct arena a = { 0 };

	ck_assert_str_eq(goaledit_scalar(&a, scalars[_i].in, strlen(scalars[_i].in),
	    scalars[_i].flow), scalars[_i].out);
	arena_free(&a);
}
END_TEST

/* A comment quoting a person's words stays one line: line breaks and what YAML refuses
 * become spaces (found by tests/fuzz/sentence: a second goal's text with a U+2028). */
START_TEST(test_goaledit_comment_stays_one_line)
{
	struct arena a = { 0 };
	const char in[] = "a\xe2\x80\xa8" "b\nc\xc2\x85" "d\xef\xbb\xbf" "e\x7f" "f caf\xc3\xa9";

	ck_assert_str_eq(goaledit_comment(&a, in, strlen(in)), "a b c d e f caf\xc3\xa9");
	arena_free(&a);
}
END_TEST

/* ---- Appending ---- */

static const struct gfield measure_keys[] = {
	{ "tag", "walk", NULL, NULL, 0, NULL },
	{ "at_least", "1", NULL, NULL, 0, NULL },
	{ "per", "day", NULL, NULL, 0, NULL },
};

static const struct gfield new_goal[] = {
	{ "id", "walk", NULL, NULL, 0, NULL },
	{ "goal", "Walk, every day", NULL, NULL, 0, NULL },
	{ "concern", NULL, "Which concern does this serve?", NULL, 0, NULL },
	{ "measure", NULL, NULL, measure_keys, 3, NULL },
	{ "deadline", NULL, "By when?", NULL, 0, NULL },
};

#define NEW_BLOCK(ind) \
	ind "- id: walk\n" \
	ind "  goal: Walk, every day\n" \
	ind "  # TODO: Which concern does this serve?\n" \
	ind "  measure: {tag: walk, at_least: 1, per: day}\n" \
	ind "  # TODO: By when?\n"
#define NEW_FLOW \
	"{id: walk, goal: \"Walk, every day\", measure: {tag: walk, at_least: 1, per: day}}"

static const struct {
	const char *name, *in, *out;
} appends[] = {
	{ "empty file", "", "goals:\n" NEW_BLOCK("  ") },
	{ "comments only, no final line break", "# my goals",
	  "# my goals\ngoals:\n" NEW_BLOCK("  ") },
	{ "no goals key", "mission: Feel at home\nconcerns: [a]   # one\n",
	  "mission: Feel at home\nconcerns: [a]   # one\ngoals:\n" NEW_BLOCK("  ") },
	{ "goals key with no value, then another key",
	  "goals:   # none yet\nmission: m\n",
	  "goals:   # none yet\n" NEW_BLOCK("  ") "mission: m\n" },
	{ "goals: ~", "goals: ~\n", "goals:\n" NEW_BLOCK("  ") },
	{ "a last goal whose steps end with an alias, a comment after it",
	  "goals:\n  - id: a\n    steps:\n      - &s one\n      - *s   # again\n  # later\n",
	  "goals:\n  - id: a\n    steps:\n      - &s one\n      - *s   # again\n" NEW_BLOCK("  ")
	  "  # later\n" },
	{ "goals: [] becomes a block list", "mission: m\ngoals: []  # later\n",
	  "mission: m\ngoals:  # later\n" NEW_BLOCK("  ") },
	{ "goals: [] with a comment right after it, which stays one",
	  "goals: []# none yet\n", "goals: # none yet\n" NEW_BLOCK("  ") },
	{ "goals: [] on a line below a comment, which stays",
	  "goals:   # none yet\n  []\nmission: m\n",
	  "goals:   # none yet\n\n" NEW_BLOCK("  ") "mission: m\n" },
	{ "flow list gets a flow item", "goals: [{id: a, goal: Run}]  # one\n",
	  "goals: [{id: a, goal: Run}, " NEW_FLOW "]  # one\n" },
	{ "flow list over lines with a trailing comma",
	  "goals: [\n  {id: a, goal: Run},\n]\n",
	  "goals: [\n  {id: a, goal: Run}, " NEW_FLOW ",\n]\n" },
	{ "flow top level without goals", "{mission: m}\n",
	  "{mission: m, goals: [" NEW_FLOW "]}\n" },
	{ "flow top level with an empty last value and a trailing comma", "{mission: , }\n",
	  "{mission: , goals: [" NEW_FLOW "], }\n" },
	{ "block list: after the last goal and its comments, before the footer",
	  "goals:\n"
	  "  - id: a\n"
	  "    goal: 'Run'   # quoted\n"
	  "    # about a\n"
	  "# footer\n",
	  "goals:\n"
	  "  - id: a\n"
	  "    goal: 'Run'   # quoted\n"
	  "    # about a\n"
	  NEW_BLOCK("  ")
	  "# footer\n" },
	{ "block list with goals set apart by blank lines",
	  "goals:\n"
	  "  - id: a\n"
	  "    goal: Run\n"
	  "\n"
	  "  # b is next\n"
	  "  - id: b\n"
	  "    goal: Swim\n"
	  "    steps:\n"
	  "      - Buy goggles\n"
	  "\n"
	  "mission: m\n",
	  "goals:\n"
	  "  - id: a\n"
	  "    goal: Run\n"
	  "\n"
	  "  # b is next\n"
	  "  - id: b\n"
	  "    goal: Swim\n"
	  "    steps:\n"
	  "      - Buy goggles\n"
	  "\n"
	  NEW_BLOCK("  ")
	  "\n"
	  "mission: m\n" },
	{ "block list at column 1", "goals:\n- id: a\n  goal: Run\n",
	  "goals:\n- id: a\n  goal: Run\n" NEW_BLOCK("") },
	{ "block scalar as the last value",
	  "goals:\n  - id: a\n    goal: |\n      Run\n      far\n\nmission: m\n",
	  "goals:\n  - id: a\n    goal: |\n      Run\n      far\n" NEW_BLOCK("  ")
	  "\nmission: m\n" },
	{ "last goal with an empty value", "goals:\n  - id: a\n    goal: Run\n    why:\n",
	  "goals:\n  - id: a\n    goal: Run\n    why:\n" NEW_BLOCK("  ") },
	{ "no line break at the end", "goals:\n  - id: a\n    goal: Run",
	  "goals:\n  - id: a\n    goal: Run\n" NEW_BLOCK("  ") },
	{ "byte-order mark and a non-ASCII value",
	  "\xEF\xBB\xBFgoals:\n  - id: café\n    goal: Boire un café\n",
	  "\xEF\xBB\xBFgoals:\n  - id: café\n    goal: Boire un café\n" NEW_BLOCK("  ") },
	/* An anchor or a tag stays where it is: an alias elsewhere may name it. */
	{ "anchored empty flow list", "goals: &g []\nx: 1\n",
	  "goals: &g\n" NEW_BLOCK("  ") "x: 1\n" },
	{ "anchored flow list", "goals: &g [{id: a, goal: Run}]\n",
	  "goals: &g [{id: a, goal: Run}, " NEW_FLOW "]\n" },
	/* A tag on the key's line and the anchor on the next: the list is still a flow one
	 * (read as a block list with no items, it crashed the editor, a fuzz finding). */
	{ "tag above an anchored empty flow list", "goals: !!seq\n  &g []\nx: 1\n",
	  "goals: !!seq\n  &g [" NEW_FLOW "]\nx: 1\n" },
	{ "tag above an anchored flow list", "goals: !\n  &g [{id: a, goal: Run}]\n",
	  "goals: !\n  &g [{id: a, goal: Run}, " NEW_FLOW "]\n" },
	{ "an empty last goal (a dash alone), before another key",
	  "goals:\n  - id: a\n  -\nmission: m\n",
	  "goals:\n  - id: a\n  -\n" NEW_BLOCK("  ") "mission: m\n" },
	{ "a last goal on the line below its dash",
	  "goals:\n  - id: a\n  -\n    id: b\n",
	  "goals:\n  - id: a\n  -\n    id: b\n" NEW_BLOCK("  ") },
	{ "a last goal whose last value is an alias of a node in the goal before",
	  "goals:\n  - id: a\n    measure: &m {tag: walk}\n  - id: b\n    measure: *m\n",
	  "goals:\n  - id: a\n    measure: &m {tag: walk}\n  - id: b\n    measure: *m\n"
	  NEW_BLOCK("  ") },
	{ "CRLF line endings are kept and used",
	  "mission: m\r\n# c\r\ngoals:\r\n  - id: a\r\n    goal: Run\r\n\r\n# end\r\n",
	  "mission: m\r\n# c\r\ngoals:\r\n  - id: a\r\n    goal: Run\r\n"
	  "  - id: walk\r\n"
	  "    goal: Walk, every day\r\n"
	  "    # TODO: Which concern does this serve?\r\n"
	  "    measure: {tag: walk, at_least: 1, per: day}\r\n"
	  "    # TODO: By when?\r\n"
	  "\r\n# end\r\n" },
};

/* Loads src, applies fn's edit and checks the result reads back as a goals file. */
static void
check_reads_back(const struct goaledit_out *out)
{
	struct diags d = { 0 };
	struct goals g;

	ck_assert_int_eq(goals_load(&g, out->data, out->len, &d), 0);
	goals_free(&g);
	diags_free(&d);
}

START_TEST(test_goaledit_append_into_each_shape_of_file)
{
	const struct gitem item = { new_goal, 5 };
	struct goaledit_out out;
	struct diags d = { 0 };
	struct goals g;
	struct diags why = { 0 };

	goals_load(&g, appends[_i].in, strlen(appends[_i].in), &d);
	ck_assert_msg(goaledit_append(appends[_i].in, strlen(appends[_i].in), &g, &item, 1, &out,
	    &why) == 0, "%s: %s", appends[_i].name, why.n ? why.v[0].message : "");
	ck_assert_uint_eq(why.n, 0);
	ck_assert_msg(out.len == strlen(appends[_i].out) &&
	    memcmp(out.data, appends[_i].out, out.len) == 0, "%s: got\n%.*s\nwant\n%s",
	    appends[_i].name, (int)out.len, out.data, appends[_i].out);
	check_reads_back(&out);
	free(out.data);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

START_TEST(test_goaledit_append_two_goals_keeps_their_order)
{
	static const struct gfield second[] = { { "id", "second", NULL, NULL, 0, NULL },
		{ "goal", "Swim", NULL, NULL, 0, NULL } };
	const struct gitem items[] = { { new_goal, 5 }, { second, 2 } };
	const char *in = "goals:\n  - id: a\n    goal: Run\n";
	struct goaledit_out out;
	struct diags d = { 0 };
	struct goals g;
	struct diags why = { 0 };

	goals_load(&g, in, strlen(in), &d);
	ck_assert_int_eq(goaledit_append(in, strlen(in), &g, items, 2, &out, &why), 0);
	ck_assert_uint_eq(why.n, 0);
	ck_assert_str_eq(out.data, "goals:\n  - id: a\n    goal: Run\n" NEW_BLOCK("  ")
	    "  - id: second\n    goal: Swim\n");
	free(out.data);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

static const struct {
	const char *in, *err;
} refusals[] = {
	{ "goals: 5\n", "1:8: 'goals' is a text, not a list of goals" },
	{ "goals:\n  a: 1\n", "2:3: 'goals' is a mapping, not a list of goals" },
	{ "- a\n- b\n", "1:1: the top level is not a mapping of mission, concerns and goals" },
	{ "goals:\n  - &g {id: a}\n  - *g\n",
	  "2:3: the list of goals ends with an alias (*name); add goals to it by hand" },
	/* A goal that is a list holding itself: no comparison ends, so none is finished. */
	{ "goals:\n - &g\n  - *g\n", "2:4: adding the goals would change this too (through an "
	  "*alias, or a layout the editor gets wrong); add them by hand" },
	/* x repeats the list: the new goals would be x's too. */
	{ "goals: &g []\nx: *g\n", "2:1: adding the goals would change this too (through an "
	  "*alias, or a layout the editor gets wrong); add them by hand" },
};

START_TEST(test_goaledit_append_refuses_a_file_with_no_place_for_goals)
{
	const struct gitem item = { new_goal, 5 };
	struct goaledit_out out;
	struct diags d = { 0 };
	struct goals g;
	struct diags why = { 0 };
	char err[256];

	goals_load(&g, refusals[_i].in, strlen(refusals[_i].in), &d);
	ck_assert_int_eq(goaledit_append(refusals[_i].in, strlen(refusals[_i].in), &g, &item, 1,
	    &out, &why), -1);
	ck_assert_str_eq(refusal(&why, err, sizeof err), refusals[_i].err);
	ck_assert_ptr_null(out.data);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

/* ---- Replacing ---- */

static const struct gfield new_measure[] = {
	{ "tag", "bedtime", NULL, NULL, 0, NULL },
	{ "at_least", "5", NULL, NULL, 0, NULL },
	{ "per", "week", NULL, NULL, 0, NULL },
};

static const struct gfield replacement[] = {
	{ "goal", "Go to bed by 23:00 on five nights a week", NULL, NULL, 0, NULL },
	{ "measure", NULL, "How many?", new_measure, 3, NULL },
	{ "deadline", "2026-03-31", NULL, NULL, 0, NULL },
	{ "steps", NULL, "What is a small first step?", NULL, 0, NULL },
};

static const struct {
	const char *name, *in, *out;
} replaces[] = {
	{ "block goal with comments, a quoted goal and a block measure keeping its tag",
	  "# top\n"
	  "goals:\n"
	  "  - id: other\n"
	  "    goal: Run\n"
	  "  - id: sleep   # the hard one\n"
	  "    goal: \"Sleep better\"   # quoted\n"
	  "    # inner comment\n"
	  "    measure:\n"
	  "      tag: sleep   # keep\n"
	  "      at_least: 1\n"
	  "    why: because\n"
	  "\n"
	  "# footer\n",
	  "# top\n"
	  "goals:\n"
	  "  - id: other\n"
	  "    goal: Run\n"
	  "  - id: sleep   # the hard one\n"
	  "    goal: \"Go to bed by 23:00 on five nights a week\"   # quoted\n"
	  "    # inner comment\n"
	  "    # TODO: How many?\n"
	  "    measure:\n"
	  "      tag: sleep   # keep\n"
	  "      at_least: 5\n"
	  "      per: week\n"
	  "    why: because\n"
	  "    deadline: 2026-03-31\n"
	  "    # TODO: What is a small first step?\n"
	  "\n"
	  "# footer\n" },
	{ "single quotes, empty deadline, steps kept, measure added with its question",
	  "goals:\n"
	  "- goal: 'Sleep'\n"
	  "  id: sleep\n"
	  "  deadline:\n"
	  "  steps: [a]\n",
	  "goals:\n"
	  "- goal: 'Go to bed by 23:00 on five nights a week'\n"
	  "  id: sleep\n"
	  "  deadline: 2026-03-31\n"
	  "  # TODO: What is a small first step?\n"
	  "  steps: [a]\n"
	  "  # TODO: How many?\n"
	  "  measure: {tag: bedtime, at_least: 5, per: week}\n" },
	{ "flow goal and flow measure of the same kind, edited key by key",
	  "goals: [{id: sleep, goal: Sleep, measure: {tag: bed, at_least: 3}}]  # one\n",
	  "goals: [{id: sleep, goal: Go to bed by 23:00 on five nights a week, "
	  "measure: {tag: bed, at_least: 5, per: week}, "
	  "deadline: 2026-03-31}]  # one\n" },
	{ "a measure of a metric replaced whole by one of a tag",
	  "goals:\n  - id: sleep\n    measure:   # hours\n      metric: sleep\n"
	  "      at_least: 7   # a night\n    goal: Sleep\n",
	  "goals:\n  - id: sleep\n"
	  "    # TODO: How many?\n"
	  "    measure: {tag: bedtime, at_least: 5, per: week}   # a night\n"
	  "    goal: Go to bed by 23:00 on five nights a week\n"
	  "    deadline: 2026-03-31\n"
	  "    # TODO: What is a small first step?\n" },
	{ "an anchored goal and a tagged and anchored flow measure",
	  "goals:\n  - id: sleep\n    goal: &s Sleep\n    broad: Sleep well\n"
	  "    measure: !!map &m {tag: bed}\n",
	  "goals:\n  - id: sleep\n    goal: &s Go to bed by 23:00 on five nights a week\n"
	  "    broad: Sleep well\n"
	  "    # TODO: How many?\n"
	  "    measure: !!map &m {tag: bed, at_least: 5, per: week}\n"
	  "    deadline: 2026-03-31\n"
	  "    # TODO: What is a small first step?\n" },
	{ "a comment written right after the old value, which a new plain one must not take in",
	  "goals:\n  - id: sleep\n    goal: [Sleep]# c\n",
	  "goals:\n  - id: sleep\n    goal: Go to bed by 23:00 on five nights a week # c\n"
	  "    # TODO: How many?\n"
	  "    measure: {tag: bedtime, at_least: 5, per: week}\n"
	  "    deadline: 2026-03-31\n"
	  "    # TODO: What is a small first step?\n" },
	{ "an empty last key and no line break at the end",
	  "goals:\n  - id: sleep\n    measure:",
	  "goals:\n  - id: sleep\n"
	  "    # TODO: How many?\n"
	  "    measure: {tag: bedtime, at_least: 5, per: week}\n"
	  "    goal: Go to bed by 23:00 on five nights a week\n"
	  "    deadline: 2026-03-31\n"
	  "    # TODO: What is a small first step?\n" },
	{ "measure keys and goal keys added at the end of a file with no last line break",
	  "goals:\n  - id: sleep\n    measure:\n      tag: bed",
	  "goals:\n  - id: sleep\n"
	  "    # TODO: How many?\n"
	  "    measure:\n      tag: bed\n      at_least: 5\n      per: week\n"
	  "    goal: Go to bed by 23:00 on five nights a week\n"
	  "    deadline: 2026-03-31\n"
	  "    # TODO: What is a small first step?\n" },
	/* A block scalar last, then a NEL and the end of the document: the keys go before the
	 * "...", inside the goal (they went after it, a fuzz finding). */
	{ "block scalar last, ended by a NEL before the document's end",
	  "goals:\n  - id: sleep\n    goal: Sleep\n    why: |\n      rest\xC2\x85...\n",
	  "goals:\n  - id: sleep\n    goal: Go to bed by 23:00 on five nights a week\n"
	  "    why: |\n      rest\xC2\x85"
	  "    # TODO: How many?\n"
	  "    measure: {tag: bedtime, at_least: 5, per: week}\n"
	  "    deadline: 2026-03-31\n"
	  "    # TODO: What is a small first step?\n"
	  "...\n" },
	{ "CRLF goal",
	  "goals:\r\n  - id: sleep\r\n    goal: Sleep\r\n    deadline: 2026-01-31  # old\r\n",
	  "goals:\r\n  - id: sleep\r\n    goal: Go to bed by 23:00 on five nights a week\r\n"
	  "    deadline: 2026-03-31  # old\r\n"
	  "    # TODO: How many?\r\n"
	  "    measure: {tag: bedtime, at_least: 5, per: week}\r\n"
	  "    # TODO: What is a small first step?\r\n" },
};

START_TEST(test_goaledit_replace_edits_only_the_goals_fields)
{
	struct goaledit_out out;
	struct diags d = { 0 };
	struct goals g;
	struct diags why = { 0 };

	ck_assert_int_eq(goals_load(&g, replaces[_i].in, strlen(replaces[_i].in), &d), 0);
	ck_assert_msg(goaledit_replace(replaces[_i].in, strlen(replaces[_i].in), &g, "sleep",
	    replacement, 4, &out, &why) == 0, "%s: %s", replaces[_i].name,
	    why.n ? why.v[0].message : "");
	ck_assert_uint_eq(why.n, 0);
	ck_assert_msg(out.len == strlen(replaces[_i].out) &&
	    memcmp(out.data, replaces[_i].out, out.len) == 0, "%s: got\n%.*s\nwant\n%s",
	    replaces[_i].name, (int)out.len, out.data, replaces[_i].out);
	check_reads_back(&out);
	free(out.data);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

START_TEST(test_goaledit_replace_missing_id_names_the_ids_there_are)
{
	const char *in = "goals:\n  - id: a\n    goal: Run\n  - id: b\n    goal: Swim\n";
	struct goaledit_out out;
	struct diags d = { 0 };
	struct goals g;
	struct diags why = { 0 };
	char err[256];

	goals_load(&g, in, strlen(in), &d);
	ck_assert_int_eq(goaledit_replace(in, strlen(in), &g, "c", replacement, 4, &out,
	    &why), -1);
	ck_assert_str_eq(refusal(&why, err, sizeof err),
	    "no goal has the id 'c'; the ids are: a, b");
	ck_assert_ptr_null(out.data);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

START_TEST(test_goaledit_replace_in_a_file_with_no_goals)
{
	struct goaledit_out out;
	struct diags d = { 0 };
	struct goals g;
	struct diags why = { 0 };
	char err[256];

	goals_load(&g, "", 0, &d);
	ck_assert_int_eq(goaledit_replace("", 0, &g, "c", replacement, 4, &out, &why),
	    -1);
	ck_assert_str_eq(refusal(&why, err, sizeof err),
	    "no goal has the id 'c' (the file has no goal with an id)");
	goals_free(&g);
	diags_free(&d);
}
END_TEST

/* Values an alias shares with the rest of the file: an edit would change them there too. */
static const struct {
	const char *in, *err;
} replace_refusals[] = {
	/* The measure is the other goal's. */
	{ "goals:\n  - id: a\n    measure: &m {tag: walk}\n"
	  "  - id: sleep\n    goal: Sleep\n    measure: *m\n",
	  "3:14: goal sleep takes a value from this anchor, through an *alias: edit it by hand" },
	/* broad repeats the goal's text: a new text would silently become the broad goal too. */
	{ "goals:\n  - id: sleep\n    goal: &s Sleep\n    broad: *s\n",
	  "4:5: editing goal sleep would change this too (through an *alias, or a layout the "
	  "editor gets wrong); edit it by hand" },
	/* The mission repeats it. */
	{ "goals:\n  - id: sleep\n    goal: &s Sleep\nmission: *s\n",
	  "4:1: editing goal sleep would change this too (through an *alias, or a layout the "
	  "editor gets wrong); edit it by hand" },
};

START_TEST(test_goaledit_replace_refuses_a_value_an_alias_shares)
{
	const char *in = replace_refusals[_i].in;
	struct goaledit_out out;
	struct diags d = { 0 };
	struct goals g;
	struct diags why = { 0 };
	char err[256];

	ck_assert_int_eq(goals_load(&g, in, strlen(in), &d), 0);
	ck_assert_int_eq(goaledit_replace(in, strlen(in), &g, "sleep", replacement, 4, &out,
	    &why), -1);
	ck_assert_str_eq(refusal(&why, err, sizeof err), replace_refusals[_i].err);
	ck_assert_ptr_null(out.data);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

/* Checks an edit that returned rc: the text want, or (want NULL) refused with want_err; and
 * frees what it made. */
static void
edited_as_told(int rc, struct goaledit_out *out, const char *want, struct diags *why,
    const char *want_err)
{
	char err[256];

	if (want != NULL) {
		ck_assert_int_eq(rc, 0);
		ck_assert_uint_eq(why->n, 0);
		ck_assert_str_eq(out->data, want);
	} else {
		ck_assert_int_eq(rc, -1);
		ck_assert_str_eq(refusal(why, err, sizeof err), want_err);
	}
	free(out->data);
}

/* Turning a rule off for the second goal: where the comment goes, or why it cannot. */
static const struct {
	const char *in, *rule, *out, *err;
} disables[] = {
	/* After the goal's first line. */
	{ "goals:\n  - id: a\n    goal: x\n  - id: b\n    goal: y\n", "no-deadline",
	  "goals:\n  - id: a\n    goal: x\n  - id: b # goalcheck: disable=no-deadline\n"
	  "    goal: y\n", NULL },
	/* Added to the goal's own comment, before a CRLF and trailing blanks. */
	{ "goals:\n- id: a\n- id: b\r\n  goal: y  # goalcheck: disable=no-steps  \r\n",
	  "no-measure",
	  "goals:\n- id: a\n- id: b\r\n  goal: y  # goalcheck: disable=no-steps, "
	  "no-measure  \r\n", NULL },
	/* A line with another comment, and a plain text over two lines, are passed over. */
	{ "goals:\n- id: a\n- id: b # mine\n  goal: one\n    two\n  why: z\n", "no-steps",
	  "goals:\n- id: a\n- id: b # mine\n  goal: one\n    two # goalcheck: "
	  "disable=no-steps\n  why: z\n", NULL },
	{ "goals:\n- id: a\n- id: b\n", "yaml-syntax", NULL,
	  "rule 'yaml-syntax' cannot be turned off for a goal" },
	{ "goals:\n- id: a\n- {id: b, goal: x} # goalcheck: disable=no-steps\n", "no-steps",
	  NULL, "rule no-steps is already off for this goal" },
};

START_TEST(test_goaledit_disable_adds_the_comment_where_it_reads)
{
	const char *in = disables[_i].in;
	struct goaledit_out out;
	struct diags d = { 0 };
	struct goals g;
	struct diags why = { 0 };
	int rc;

	ck_assert_int_eq(goals_load(&g, in, strlen(in), &d), 0);
	rc = goaledit_disable(in, strlen(in), &g, 1, disables[_i].rule, &out, &why);
	edited_as_told(rc, &out, disables[_i].out, &why, disables[_i].err);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

/* A "did you mean" put in place: a key, a value in a flow mapping, or refused. */
static const struct {
	const char *in;
	int line, col;
	const char *text, *out, *err;
} retexts[] = {
	{ "goals:\n  - id: a\n    deadlin: 2026-06-30\n", 3, 5, "deadline",
	  "goals:\n  - id: a\n    deadline: 2026-06-30\n", NULL },
	{ "goals:\n- {id: a, measure: {tag: x, per: weak}}  # mine\n", 2, 34, "week",
	  "goals:\n- {id: a, measure: {tag: x, per: week}}  # mine\n", NULL },
	/* A text that needs quotes in YAML gets them. */
	{ "goals:\n- id: a\n  concern: x\n", 3, 12, "a: b",
	  "goals:\n- id: a\n  concern: \"a: b\"\n", NULL },
	{ "goals:\n- id: a\n", 2, 1, "x", NULL, "no text on one line starts there" },
	/* The mission repeats the status through an alias: it would change too (and the text
	 * starts at its anchor, which would go). */
	{ "goals:\n- id: a\n  status: &s activ\nmission: *s\n", 3, 11, "active", NULL,
	  "3:11: putting the text there would change what the file says elsewhere; edit it by "
	  "hand" },
};

START_TEST(test_goaledit_retext_puts_one_text_in_place)
{
	const char *in = retexts[_i].in;
	struct goaledit_out out;
	struct diags d = { 0 };
	struct goals g;
	struct diags why = { 0 };
	int rc;

	goals_load(&g, in, strlen(in), &d);
	rc = goaledit_retext(in, strlen(in), &g, retexts[_i].line, retexts[_i].col,
	    retexts[_i].text, &out, &why);
	edited_as_told(rc, &out, retexts[_i].out, &why, retexts[_i].err);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

Suite *
make_goaledit_suite(void)
{
	Suite *s = suite_create("goaledit");
	TCase *tc = tcase_create("goaledit");

	tcase_add_loop_test(tc, test_goaledit_scalar_is_plain_only_when_yaml_reads_it_back, 0,
	    sizeof scalars / sizeof scalars[0]);
	tcase_add_test(tc, test_goaledit_comment_stays_one_line);
	tcase_add_loop_test(tc, test_goaledit_append_into_each_shape_of_file, 0,
	    sizeof appends / sizeof appends[0]);
	tcase_add_test(tc, test_goaledit_append_two_goals_keeps_their_order);
	tcase_add_loop_test(tc, test_goaledit_append_refuses_a_file_with_no_place_for_goals, 0,
	    sizeof refusals / sizeof refusals[0]);
	tcase_add_loop_test(tc, test_goaledit_replace_edits_only_the_goals_fields, 0,
	    sizeof replaces / sizeof replaces[0]);
	tcase_add_test(tc, test_goaledit_replace_missing_id_names_the_ids_there_are);
	tcase_add_test(tc, test_goaledit_replace_in_a_file_with_no_goals);
	tcase_add_loop_test(tc, test_goaledit_replace_refuses_a_value_an_alias_shares, 0,
	    sizeof replace_refusals / sizeof replace_refusals[0]);
	tcase_add_loop_test(tc, test_goaledit_disable_adds_the_comment_where_it_reads, 0,
	    sizeof disables / sizeof disables[0]);
	tcase_add_loop_test(tc, test_goaledit_retext_puts_one_text_in_place, 0,
	    sizeof retexts / sizeof retexts[0]);
	suite_add_tcase(s, tc);
	return s;
}
