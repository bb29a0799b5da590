/* progress.h: how a goal's measure went, period by period, from the journal's entries.
 *
 * A goal measured by a tag counts the entries that carry the tag in each period; one
 * measured by a metric takes the mean of the metric's values in each period.  A period
 * counts from the one holding the goal's start (else the journal's first entry) to the last
 * one that ended before today; the current, unfinished period is not judged.  A total (no
 * `per`) counts everything up to today, today included. */
#ifndef GOALKIT_PROGRESS_H
#define GOALKIT_PROGRESS_H

#include "goals.h"
#include "journal.h"
#include "stats.h"

struct goal_progress {
	const struct goal *goal;
	long today;
	int tag, metric;         /* the measure's id in the journal's names, or -1 */
	struct series s;         /* counts[0] for a tag, metric[0] for a metric */
	unsigned long total_n;   /* over the whole goal, for PERIOD_TOTAL */
	double total;
};

struct progress {
	struct goal_progress *v;
	size_t n;
};

/* Follows every goal of g that has a measure with a tag or metric and a target.  The
 * measures' names are added to the journal's, so that entries are matched by number. */
void progress_init(struct progress *p, const struct goals *g, struct journal *j, long today);
void progress_add(struct progress *p, const struct entry *e);

/* The first and last period index to judge; returns 0 when none has ended yet.  first_day
 * is the journal's first day, used when the goal has no start. */
int progress_range(const struct goal_progress *gp, long first_day, long *lo, long *hi);
/* The goal's value in period i (for PERIOD_TOTAL, i is ignored): 1 and *value, or 0 when a
 * metric has no value there. */
int progress_value(const struct goal_progress *gp, long i, double *value);
/* Whether value meets the goal's target. */
int progress_met(const struct goal_progress *gp, double value);

void progress_free(struct progress *p);

#endif
