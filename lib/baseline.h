/* baseline.h: where a person is, before a goal asks more of them: for each measured goal, its
 * rate (a tag) or its mean (a metric) per period over the last BASELINE_PERIODS whole periods
 * before the goal's start, or before today when the goal has no start or started within those
 * periods.  The rules of lint.h (out-of-reach) and the reports read it.  Memory is a fixed
 * window per goal, whatever the journal's length. */
#ifndef GOALKIT_BASELINE_H
#define GOALKIT_BASELINE_H

#include <stddef.h>

#include "goals.h"
#include "journal.h"
#include "stats.h"

#define BASELINE_PERIODS 4
/* With fewer periods holding any entry, there is no baseline and nothing is judged from it. */
#define BASELINE_MIN_PERIODS 2

/* One goal's window, filled entry by entry. */
struct baseline_goal {
	const struct goal *goal;                /* NULL for a name followed by baselines_track */
	int tag, metric;                        /* the measure's name in the journal, or -1 */
	enum period per;
	long lo;                                /* the window: periods lo to lo + 3 */
	int before_start;                       /* the window ends where the goal starts */
	unsigned long entries[BASELINE_PERIODS];
	unsigned long count[BASELINE_PERIODS];  /* entries carrying the tag */
	struct mean mean[BASELINE_PERIODS];     /* the metric's values */
	struct moments all;                     /* every value of the metric in the window */
};

struct baselines {
	struct baseline_goal *v;
	size_t n, cap;
	long today;
};

/* What the window says. */
struct baseline {
	double value;           /* a count per period, or the mean of the periods' means */
	double sd;              /* a metric's standard deviation over the window; 0 for a tag */
	int periods;            /* periods of the window that hold an entry (2 to 4) */
	long from, to;          /* the window's first and last day */
	int before_start;       /* the window ends where the goal starts (else at today) */
};

/* Follows every goal of g with a tag or metric measure per day, week or month; the
 * measures' names are added to j's. */
void baselines_init(struct baselines *b, const struct goals *g, struct journal *j, long today);
void baselines_add(struct baselines *b, const struct entry *e);
/* baselines_add as a journal reader's callback: ctx is the struct baselines. */
void baselines_entry(const struct entry *e, void *ctx);
/* Goal gl's baseline: 1 and *out, or 0 when it has none (not followed, or too little data). */
int baseline_get(const struct baselines *b, const struct goal *gl, struct baseline *out);
/* Follows a tag or a metric (its id in the journal's names; the other -1) per `per` over the
 * last whole periods before today, for a goal not yet written (smartify).  b may have been
 * set up by baselines_init with no goals.  Returns its index for baseline_at. */
size_t baselines_track(struct baselines *b, int tag, int metric, enum period per);
int baseline_at(const struct baselines *b, size_t i, struct baseline *out);
void baselines_free(struct baselines *b);

/* The next rung up from `from` toward `target` for a goal that counts (at_least: a step of
 * half as much again, at least 1; at_most: a quarter less, at least 1), never past target. */
double rung_count(double from, double target, int at_most);
/* For a metric: one standard deviation (at least half a point) toward target, not past it. */
double rung_metric(double from, double sd, double target);

#endif
