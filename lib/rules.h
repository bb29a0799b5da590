/* rules.h: the rules goalcheck applies, each with a stable name, a SMART letter and a default
 * severity, and the one way findings are reported against them. */
#ifndef GOALKIT_RULES_H
#define GOALKIT_RULES_H

#include "diag.h"

/* In the order doc/rules.md presents them: the file's structure first, then S, M, A, R, T. */
enum rule {
	RULE_YAML_SYNTAX,
	RULE_WRONG_TYPE,
	RULE_UNKNOWN_KEY,
	RULE_DUPLICATE_KEY,
	RULE_MISSING_FIELD,
	RULE_DUPLICATE_ID,
	RULE_INVALID_VALUE,
	RULE_NO_GOALS,
	RULE_EXTRA_DOCUMENT,
	RULE_UNKNOWN_RULE,
	RULE_VAGUE_WORDING,
	RULE_NO_MEASURE,
	RULE_INCOMPLETE_MEASURE,
	RULE_GAS_SCALE,
	RULE_STALE_GOAL,
	RULE_ABSOLUTIST_WORDING,
	RULE_TOO_MANY_ACTIVE_GOALS,
	RULE_NO_STEPS,
	RULE_OUT_OF_REACH,
	RULE_READY_TO_STEP_UP,
	RULE_SLIPPING,
	RULE_NO_MISSION,
	RULE_NO_RELEVANCE,
	RULE_UNKNOWN_CONCERN,
	RULE_NO_DEADLINE,
	RULE_FLOATING_DEADLINE,
	RULE_DEADLINE_PASSED,
	RULE_DEADLINE_TOO_FAR,
	RULE_START_AFTER_DEADLINE,
	RULE_INVALID_DATE,
	RULE_COUNT
};

struct rule_info {
	const char *name;      /* kebab-case, stable: configs and comments name it */
	char smart;            /* 'S', 'M', 'A', 'R', 'T', or 0 for structure */
	enum severity sev;     /* default severity */
	const char *summary;   /* one line, for --list-rules */
};

extern const struct rule_info rule_table[RULE_COUNT];

/* yaml-syntax can be neither turned off nor lowered: a file that is not YAML cannot be
 * checked, so passing it would tell a person their goals are fine when nothing was read. */
#define RULE_FIXED RULE_YAML_SYNTAX

/* Every rule's name, NULL-terminated, for "did you mean" hints. */
const char *const *rule_names(void);

/* The rule called name, or -1. */
int rule_find(const char *name);

/* Reports a finding against rule r with its letter and default severity.  Severities set by
 * the user are applied later, in one place (lint.h), so reporting code never needs a config. */
void rule_report(struct diags *d, enum rule r, int line, int col, const char *goal,
    const char *fmt, ...) __attribute__((format(printf, 6, 7)));

#endif
