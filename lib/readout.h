/* readout.h: what the sentence reader read in a goal sentence, value by value, each with the
 * words it came from and their columns.  The one model that smartify --format json, smartify
 * --explain and goalcheck's hover in an editor render, so they never disagree. */
#ifndef GOALKIT_READOUT_H
#define GOALKIT_READOUT_H

#include <stddef.h>

#include "sentence.h"

enum readout_kind { RO_TARGET, RO_PERIOD, RO_DEADLINE, RO_METRIC, RO_VAGUE, RO_ABSOLUTE };

struct readout_value {
	enum readout_kind kind;
	char value[48];      /* "at least 3", "week", "2026-03-31", "anxiety", or the word itself */
	struct span at;      /* the words, as bytes of the sentence */
	int col, end_col;    /* the same, as 1-based code points; end_col is just past the end */
};

#define READOUT_MAX 24

struct readout {
	const char *text;    /* the sentence read, borrowed: it must outlive the readout's use */
	struct readout_value v[READOUT_MAX];
	size_t n;
};

/* Reads text (len bytes) as on the day today into out: the target, its period, the deadline
 * (or "a time frame with no date", or "no such day"), the metric when metric is not NULL
 * (the rating the target is on, named as the draft names it), then every vague and every
 * absolutist wording.  A value read from no words is left out.  With read not NULL, the
 * target and deadline are read's, text's reading already made (goalread.h's, say, which
 * counts a span from the goal's start). */
void readout_make(struct sentence_reader *r, const char *text, size_t len, long today,
    const struct sentence *read, const char *metric, struct readout *out);

/* "target", "period", "deadline", "metric", "vague", "absolute". */
const char *readout_kind_name(enum readout_kind k);

#endif
