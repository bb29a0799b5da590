/* strength.h: how strong a habit is, forgiving of a bad day: Loop Habit Tracker's score, an
 * exponential moving average with a half-life of 13 days for a daily habit (longer for a rarer
 * one).  Source: iSoron/uhabits, uhabits-core Score.kt (compute) and ScoreList.kt (the rolling
 * sum); doc/measures.md gives the formula.  For goals that count a tag per day, week or month;
 * a day counts once however many entries carry the tag, and a skipped day (#skip for every
 * goal, "skip: walk" or "#walk:skip" for one; daymarks.h), like a day the measure's `days:`
 * leaves out, leaves the score where it was. */
#ifndef GOALKIT_STRENGTH_H
#define GOALKIT_STRENGTH_H

#include <stddef.h>

#include "daymarks.h"
#include "goals.h"
#include "journal.h"
#include "stats.h"

/* The score, 0 to 1, after ndays days from `first`: done(day) says whether the goal's tag was
 * on that day, skipped(day) whether the day was skipped.  target per `period_days` days;
 * at_most: the score starts at 1 and falls as the rolling sum goes over the target. */
struct strength_days {
	const struct dayset *done, *skipped;
	long first;
	size_t ndays;
	const struct measure *m;   /* its `days:` (a day off them is as if skipped), or NULL */
};
double strength_score(const struct strength_days *sd, double target, int period_days,
    int at_most);

struct strength_goal {
	const struct goal *goal;
	struct day_marks marks;
};

struct strengths {
	struct strength_goal *v;
	size_t n;
	long today;
};

/* Follows every goal of g that counts a tag per day, week or month. */
void strengths_init(struct strengths *s, const struct goals *g, struct journal *j, long today);
void strengths_add(struct strengths *s, const struct entry *e);
/* Goal gl's score from its start (else first_day) to yesterday: 1 and *out, or 0 when it is
 * not followed or no day has passed. */
int strength_get(const struct strengths *s, const struct goal *gl, long first_day,
    double *out);
void strengths_free(struct strengths *s);

#endif
