/* progress.h: how a goal's measure went, period by period, from the journal's entries.
 *
 * A goal measured by a tag counts the entries that carry the tag in each period; one
 * measured by a metric takes the mean of the metric's values in each period.  Periods run
 * from the one holding the goal's start (else the journal's first entry) to the one holding
 * today, which is shown "so far" and never judged as missed.  A period is judged fairly
 * (doc/goals.md, "Fair periods"): a count's target is pro rata to the days of the period
 * that count (those after the start, on the measure's `days:`, and not skipped); a period
 * with none of those is skipped, and one with no entry at all is not judged.  A total (no
 * `per`) counts everything up to today, today included. */
#ifndef GOALKIT_PROGRESS_H
#define GOALKIT_PROGRESS_H

#include "daymarks.h"
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
	struct day_marks marks;  /* done, not done, skipped, day by day */
};

struct progress {
	struct goal_progress *v;
	size_t n;
	struct dayset written;   /* the days with an entry, up to today */
};

/* What a period's value says about the goal. */
enum verdict {
	VERDICT_MET, VERDICT_NOT_MET,
	VERDICT_SO_FAR,          /* the current period: shown, not judged */
	VERDICT_SKIPPED,         /* no day of it counts: skipped, or off the measure's days */
	VERDICT_NO_ENTRY,        /* no entry in it, or no value of the metric: not zero */
};

/* The names the reports write for a person: "met", "not met", "so far", "skipped", "no
 * entry"; and as keys and values in json, tsv and csv: "not_met", "so_far", "no_entry". */
extern const char *const verdict_names[];
extern const char *const verdict_keys[];

struct period_judgement {
	enum verdict verdict;
	int has;                 /* value holds the period's count or mean */
	double value;
	double at_least, at_most;  /* the target, pro rata for a count over part of a period */
	int days, of;            /* the days that count, of the period's days on the measure */
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
/* Period i judged (for PERIOD_TOTAL, i is ignored): first_day as for progress_range. */
void progress_judge(const struct progress *p, const struct goal_progress *gp, long first_day,
    long i, struct period_judgement *out);
/* The period holding today. */
long progress_current(const struct goal_progress *gp);
/* The goal's days by state from its start (else first_day) to today, and its streak. */
void progress_days(const struct goal_progress *gp, long first_day, struct day_tally *out);

void progress_free(struct progress *p);

#endif
