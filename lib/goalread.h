/* goalread.h: what a goal says, its fields first and its sentence where a field is absent,
 * so that goalcheck, journalstat --goals and sessionsheet all take a goal at its word.
 *
 * A sentence's time frame is the goal's: a span counted from the day it is read ("for the
 * next 6 weeks") counts from the goal's start, the day the sentence was written for. */
#ifndef GOALKIT_GOALREAD_H
#define GOALKIT_GOALREAD_H

#include "goals.h"
#include "sentence.h"

/* Reads gl's sentence (goal_sentence) into out as on the day today, except that a deadline
 * counted from the reading day is counted from gl's start when it has one.  A goal with no
 * sentence reads as one that says nothing (see sentence_read). */
void goal_read_sentence(const struct goal *gl, struct sentence_reader *r, long today,
    struct sentence *out);

/* Gives each goal of g the deadline and the measure its sentence says, where the goal has no
 * such field: a deadline with a fixed date (a relative one only from a start), and a target
 * with the journal tag or rating smartify would write for it.  Such a goal's deadline_read or
 * measure.read is set (the measure only with GOALS_READ_MEASURES, since reading it may cost a
 * draft); each goal keeps its reading (goal.read); the names are allocated from g's arena and live until goals_free. */
enum {
	GOALS_READ_MEASURES = 1  /* the measures too: only a journal's progress needs them */
};
void goals_read_sentences(struct goals *g, struct sentence_reader *r, long today, int flags);

/* gl's sentence as read by r on today: the reading goals_read_sentences kept, else read now
 * (goal_read_sentence). */
void goal_sentence_of(const struct goal *gl, struct sentence_reader *r, long today,
    struct sentence *out);

#endif
