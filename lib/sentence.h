/* sentence.h: what a goal sentence says: how many, how often, by when, and whether its
 * wording is specific, vague or absolutist.  goalcheck judges with it and smartify extracts
 * with it, so the two tools never disagree about a sentence. */
#ifndef GOALKIT_SENTENCE_H
#define GOALKIT_SENTENCE_H

#include <stddef.h>

#include "date.h"
#include "diag.h"

enum target_bound { TARGET_NONE, TARGET_AT_LEAST, TARGET_AT_MOST };

/* How a goal's measure is kept in the journal: a tag counts entries, a metric records an
 * amount ("coffees: 2"), a rating is a metric on a scale ("anxiety: 3"). */
enum measure_kind { MEASURE_NONE, MEASURE_TAG, MEASURE_METRIC, MEASURE_RATING };

/* Extra wording a user adds through .goalcheck.yaml. */
enum wording { WORDING_VAGUE, WORDING_ABSOLUTIST };

/* A place in the sentence: byte offset and length.  len == 0 means "not found". */
struct span {
	size_t off, len;
};

struct sentence {
	/* Target: at_least or at_most `amount` per `per` (PERIOD_TOTAL: over the whole goal). */
	enum target_bound bound;
	double amount;
	enum period per;
	struct span target_at;

	/* Deadline, as a day number (see date.h), when the sentence pins one to a date. */
	int has_deadline;
	long deadline;
	struct span deadline_at;
	/* The deadline is a span counted from the reading day ("for the next 6 weeks", "within
	 * 2 months"), so it means a date only from the day the goal started. */
	int deadline_relative;
	/* A time frame with no date the reader can know ("before my birthday", "this
	 * summer"): the goal is time-bound, and the date is the person's to give. */
	struct span frame_at;
	/* A date that does not exist ("by 30 February"): no deadline is read from it. */
	struct span bad_date_at;

	/* What the target counts or measures, as a journal names it: a tag for occurrences (a
	 * call, a panic attack), a metric for amounts and ratings (coffees, hours, anxiety).
	 * measure is empty when the sentence names nothing the reader can name. */
	char measure[24];
	enum measure_kind measure_kind;
	struct span measure_at;

	/* A second goal joined to the first ("walk 3 times a week and call my sister every
	 * Sunday"): its target, read like the first; bound2 is TARGET_NONE when there is none.
	 * The judgement above is of the first goal. */
	enum target_bound bound2;
	double amount2;
	enum period per2;
	struct span second_at;

	struct span vague_at;      /* first vague wording ("more", "better", "work on") */
	struct span absolute_at;   /* first absolutist wording ("never", "100%") */

	/* The SMART judgement of the sentence alone (1 passes, 0 fails), as the labelling
	 * rules of tests/devset/README.md define it. */
	int specific, measurable, attainable, timebound;
};

struct sentence_reader;

/* A reader of sentences; it compiles its built-in patterns as the sentences it reads need
 * them.  Returns NULL only when out of memory.  Free with sentence_reader_free. */
struct sentence_reader *sentence_reader_new(void);

/* The rule of the finding about a user's pattern that does not compile (an error). */
#define SENTENCE_BAD_PATTERN "bad-pattern"

/* Adds a user's PCRE2 pattern (matched caselessly, UTF-8) of the given kind, read at
 * line:col of a config (0:0 when it comes from no file).  Returns 0, or -1 with the problem
 * and its offset in the pattern as one finding in d, at line:col. */
int sentence_reader_add(struct sentence_reader *r, enum wording kind, const char *pattern,
    int line, int col, struct diags *d);

void sentence_reader_free(struct sentence_reader *r);

/* Turns the fast path off (on != 0) or on: every built-in pattern is tried everywhere in the
 * text, whatever its words.  The fast path (sentence_word.c) skips patterns that cannot
 * match; a read must come out the same either way, which tests/check_sentence.c checks. */
void sentence_reader_full_scan(struct sentence_reader *r, int on);

/* Reads text (len bytes of UTF-8, no NUL needed) relative to the date `today` and fills out.
 * Spans index text.  The reader keeps match state, so one reader serves one thread.
 * Ill-formed UTF-8 and NULs are read as spaces; empty text (or no memory) reads as a sentence
 * that says nothing: no target, no deadline, S = M = T = 0 and A = 1. */
void sentence_read(struct sentence_reader *r, const char *text, size_t len, long today,
    struct sentence *out);

/* Every vague (kind WORDING_VAGUE) or absolutist wording of text, up to max spans in v, in
 * order of place: what sentence_read's vague_at or absolute_at gives first, and each later
 * one, the user's patterns' included.  Returns how many.  For saying what was read
 * (smartify --explain); a judgement needs only sentence_read. */
size_t sentence_wording(struct sentence_reader *r, const char *text, size_t len, long today,
    enum wording kind, struct span *v, size_t max);

#endif
