/* draft.h: a SMART goal drafted from one vague sentence: what the sentence already says (read
 * with sentence.h), a specific rewrite for the article's common goal areas, a journal tag for
 * the measure, the concern it serves, and a question for each letter still open. */
#ifndef GOALKIT_DRAFT_H
#define GOALKIT_DRAFT_H

#include <stddef.h>
#include <stdio.h>

#include "arena.h"
#include "goaledit.h"
#include "goals.h"
#include "readout.h"
#include "sentence.h"

/* Where "N" stands in a rewrite until the person says how many. */
#define DRAFT_N "N"

struct draft_area;

struct draft {
	char *broad;                   /* the sentence as given, without surrounding space */
	char *goal;                    /* the sentence to keep: the area's rewrite, or broad */
	char *id;                      /* a short id, unique among the drafter's */
	const struct draft_area *area; /* the goal area the sentence is about, or NULL */
	int rewritten;                 /* goal is the area's rewrite (its "N" is the amount) */

	char *tag;                     /* the journal tag (or, when metric is 1, the rating) */
	int metric;                    /* the target is a rating such as "anxiety below 4/10" */
	enum target_bound bound;       /* TARGET_NONE until an amount is known */
	double amount;
	enum period per;               /* PERIOD_TOTAL: the target is over the whole goal */

	int has_deadline;
	long deadline;

	char *concern;                 /* the id of the concern it serves, or NULL */
	char *why;                     /* or why it matters in the person's words, or NULL */

	char **steps;                  /* small first steps */
	size_t nsteps;

	int absolutist;                /* the wording asks for perfection ("never", "always") */
	/* Comments above the measure and the deadline: where a target and a date came from
	 * when they are suggestions (smartify --journal), or NULL. */
	const char *measure_note, *deadline_note;
	/* A second goal in the same sentence ("... and call my sister every Sunday"): its
	 * words from the verb on, its tag or metric and target; second is NULL when there is
	 * none.  smartify offers to split it off; the draft's own measure is the first goal's. */
	char *second;
	char *tag2;
	int metric2;
	enum target_bound bound2;
	double amount2;
	enum period per2;
	unsigned missing;              /* SMART_* bits (lint.h) of the letters still open */
	long today;
	struct arena mem;              /* every text above */
};

struct drafter;

/* A drafter compiles its patterns once and keeps the ids it has given out.  NULL only when
 * out of memory.  Free with drafter_free. */
struct drafter *drafter_new(void);
void drafter_free(struct drafter *dr);

/* The goals file whose concerns drafts are matched against and whose goal ids new ids must not
 * repeat.  g is borrowed: it must outlive the drafter's use, or be unset with NULL. */
void drafter_use_goals(struct drafter *dr, const struct goals *g);

/* Marks id as taken, so that no draft is given it. */
void drafter_take_id(struct drafter *dr, const char *id);

/* Drafts text (len bytes of UTF-8) as read on the date today into d.  Free with draft_free. */
void draft_make(struct drafter *dr, const char *text, size_t len, long today, struct draft *d);
void draft_free(struct draft *d);

/* What a person answers, applied to a draft; each recomputes the goal and what is missing.
 * A new sentence is read afresh, keeping what the old one gave that the new one does not. */
void draft_set_sentence(struct drafter *dr, struct draft *d, const char *text, size_t len);
void draft_set_target(struct draft *d, enum target_bound bound, double amount, enum period per);
void draft_set_deadline(struct draft *d, long deadline);
void draft_set_concern(struct draft *d, const char *id);
void draft_set_why(struct draft *d, const char *text, size_t len);
void draft_add_step(struct draft *d, const char *text, size_t len);
/* Sets the comment above the measure or the deadline (copied into the draft). */
void draft_set_notes(struct draft *d, const char *measure, const char *deadline);

/* The question for letter c ('S', 'M', 'A', 'R' or 'T') of this draft: static text. */
const char *draft_question(const struct draft *d, char c);

/* An example of a specific goal for advice about a vague one: the rewrite of the goal area
 * that the label area ("relationships", "sleep"; may be NULL) names, else that the sentence
 * text (len bytes) names, with 2 for its amount ("Write down at least 2 things I did well
 * each day"), in buf.  NULL when neither names an area. */
#define DRAFT_EXAMPLE_SIZE 256
const char *draft_example(const char *area, const char *text, size_t len,
    char buf[DRAFT_EXAMPLE_SIZE]);

/* The draft's area name ("socializing", ...) or NULL. */
const char *draft_area_name(const struct draft *d);

/* The goal as fields to write with goaledit.h: id, broad, goal, area, concern or why,
 * measure, deadline, steps, each with the question still open about it.  Texts are allocated
 * from d->mem; f must hold DRAFT_MAXFIELDS fields and sub DRAFT_MAXSUB.  Returns the count. */
#define DRAFT_MAXFIELDS 10
#define DRAFT_MAXSUB 4
size_t draft_fields(struct draft *d, struct gfield *f, struct gfield *sub);

/* Only the fields that --id replaces: goal, measure and deadline. */
size_t draft_edit_fields(struct draft *d, struct gfield *f, struct gfield *sub);

/* For replacing goal gl with the draft (draft_edit_fields' fields f, n of them, room for
 * DRAFT_MAXFIELDS): the goal's old sentence kept as its broad wish, when it has none and
 * the draft says something else, so that the person's own words are never lost.  Returns
 * the new count; f[0] is then the broad field. */
size_t draft_keep_words(struct draft *d, const struct goal *gl, struct gfield *f, size_t n);

/* Writes the draft as one JSON object (no newline); with ro (readout.h), what was read in its
 * sentence too, as "read": one object per value with its words and columns. */
void draft_write_json(FILE *fp, const struct draft *d, const struct readout *ro);

#endif
