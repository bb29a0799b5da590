/* rules.c: the table of rules.  doc/rules.md explains each one with a fix. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"

_Static_assert(RULE_COUNT <= 32, "struct goal keeps disabled rules in 32 bits");

const struct rule_info rule_table[RULE_COUNT] = {
	[RULE_YAML_SYNTAX] = { "yaml-syntax", 0, SEV_ERROR,
	    "the file is not well-formed YAML (or not UTF-8 text)" },
	[RULE_WRONG_TYPE] = { "wrong-type", 0, SEV_ERROR,
	    "a value is a text, a list or a mapping where another kind belongs" },
	[RULE_UNKNOWN_KEY] = { "unknown-key", 0, SEV_WARNING,
	    "a key the goals format does not define (often a typo)" },
	[RULE_DUPLICATE_KEY] = { "duplicate-key", 0, SEV_ERROR,
	    "the same key twice in one mapping; only the first is read" },
	[RULE_MISSING_FIELD] = { "missing-field", 0, SEV_ERROR,
	    "a goal without an id or any sentence, or a concern without its text" },
	[RULE_DUPLICATE_ID] = { "duplicate-id", 0, SEV_ERROR,
	    "two goals or two concerns share an id" },
	[RULE_INVALID_VALUE] = { "invalid-value", 0, SEV_ERROR,
	    "a value outside what the field allows (status, per, a target number)" },
	[RULE_NO_GOALS] = { "no-goals", 0, SEV_WARNING,
	    "the file holds no goals" },
	[RULE_EXTRA_DOCUMENT] = { "extra-document", 0, SEV_WARNING,
	    "more than one YAML document; only the first is read" },
	[RULE_UNKNOWN_RULE] = { "unknown-rule", 0, SEV_WARNING,
	    "a '# goalcheck: disable=' comment names a rule that does not exist" },
	[RULE_VAGUE_WORDING] = { "vague-wording", 'S', SEV_WARNING,
	    "the goal names no concrete action, or only a wish to do more, better or less" },
	[RULE_NO_MEASURE] = { "no-measure", 'M', SEV_WARNING,
	    "neither a measure block nor a number, frequency or threshold in the sentence" },
	[RULE_INCOMPLETE_MEASURE] = { "incomplete-measure", 'M', SEV_WARNING,
	    "a measure block that lacks what to count or the target" },
	[RULE_GAS_SCALE] = { "gas-scale", 'M', SEV_WARNING,
	    "a goal attainment scale without all five levels, -2 to +2, each described differently" },
	[RULE_STALE_GOAL] = { "stale-goal", 'M', SEV_WARNING,
	    "with --journal: an active goal with no progress recorded for weeks (21 days unless set)" },
	[RULE_ABSOLUTIST_WORDING] = { "absolutist-wording", 'A', SEV_WARNING,
	    "never, always, completely, perfectly, 100%: a goal no one can keep" },
	[RULE_TOO_MANY_ACTIVE_GOALS] = { "too-many-active-goals", 'A', SEV_WARNING,
	    "more active goals than the limit (3 unless set): prioritise your greatest needs" },
	[RULE_NO_STEPS] = { "no-steps", 'A', SEV_INFO,
	    "a goal over more than 12 weeks with no steps to break it down" },
	[RULE_OUT_OF_REACH] = { "out-of-reach", 'A', SEV_WARNING,
	    "with --journal: the target asks for much more than the last 4 periods gave" },
	[RULE_READY_TO_STEP_UP] = { "ready-to-step-up", 'A', SEV_INFO,
	    "with --journal: met in each of the last 4 periods; a next rung may be due" },
	[RULE_SLIPPING] = { "slipping", 'A', SEV_INFO,
	    "with --journal: met before, but not in the last 2 periods; a smaller step for now" },
	[RULE_NO_MISSION] = { "no-mission", 'R', SEV_INFO,
	    "the file states no mission for its goals to stay relevant to" },
	[RULE_NO_RELEVANCE] = { "no-relevance", 'R', SEV_WARNING,
	    "the goal names neither a concern nor why it matters" },
	[RULE_UNKNOWN_CONCERN] = { "unknown-concern", 'R', SEV_ERROR,
	    "the goal names a concern id that the concerns list does not have" },
	[RULE_NO_DEADLINE] = { "no-deadline", 'T', SEV_WARNING,
	    "neither a deadline field nor a time frame in the sentence" },
	[RULE_FLOATING_DEADLINE] = { "floating-deadline", 'T', SEV_INFO,
	    "a time frame counted from today (\"for the next 6 weeks\") with no start to fix it" },
	[RULE_DEADLINE_PASSED] = { "deadline-passed", 'T', SEV_WARNING,
	    "an active goal whose deadline has passed" },
	[RULE_DEADLINE_TOO_FAR] = { "deadline-too-far", 'T', SEV_WARNING,
	    "a deadline more than two years away" },
	[RULE_START_AFTER_DEADLINE] = { "start-after-deadline", 'T', SEV_ERROR,
	    "the start date comes after the deadline" },
	[RULE_INVALID_DATE] = { "invalid-date", 'T', SEV_ERROR,
	    "a date that is not YYYY-MM-DD or does not exist (2026-02-30)" },
};

const char *const *
rule_names(void)
{
	static const char *names[RULE_COUNT + 1];

	if (names[0] == NULL)
		for (int r = 0; r < RULE_COUNT; r++)
			names[r] = rule_table[r].name;
	return names;
}

int
rule_find(const char *name)
{
	for (int r = 0; r < RULE_COUNT; r++)
		if (strcmp(rule_table[r].name, name) == 0)
			return r;
	return -1;
}

void
rule_report(struct diags *d, enum rule r, int line, int col, const char *goal,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diags_addv(d, rule_table[r].sev, rule_table[r].name, rule_table[r].smart, line, col, goal,
	    fmt, ap);
	va_end(ap);
}
