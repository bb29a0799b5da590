/* datex.h: the date grammar of the sentence reader.  It reads, over the tokens of lexicon.h,
 * the time frames of a goal sentence: deadlines ("by the 3rd of March", "within a
 * fortnight", "until Easter"), frames that bound a goal without a date ("before my
 * birthday", "this summer"), and starts ("from Monday"), which bound nothing. */
#ifndef GOALKIT_DATEX_H
#define GOALKIT_DATEX_H

#include "lexicon.h"

struct frame {
	int from, to;	/* tokens [from, to) */
	int dated;	/* 1: day is the frame's last day */
	long day;
	int start;	/* a start ("from Monday", "starting 1 March"), not an end */
	int invalid;	/* a day that does not exist ("30 February"): no date, a finding */
	int relative;	/* a span counted from the reading day ("for the next 6 weeks") */
};

/* Finds up to max frames in t, left to right, as read on the day `today`; returns how many.
 * Every frame's words are no target of the goal. */
int datex_find(const struct tokens *t, long today, struct frame *out, int max);

/* Whether token i makes the unit after it a rate: "a", "per", "each", "every", "/". */
int datex_per_word(const struct tokens *t, int i);

/* Easter Sunday of year y (Gregorian), as a day number. */
long datex_easter(int y);

#endif
