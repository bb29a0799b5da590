/* tally.h: journalstat's figures, gathered in one pass over the journal's entries into one
 * struct tally, for the reports (report.h) to write.  Every figure is a sum, so no entry is
 * kept: memory grows with the names (tags, metrics) and the periods, not with the journal. */
#ifndef JOURNALSTAT_TALLY_H
#define JOURNALSTAT_TALLY_H

#include <stddef.h>

#include "baseline.h"
#include "goals.h"
#include "journal.h"
#include "instruments.h"
#include "progress.h"
#include "scores.h"
#include "stats.h"
#include "strength.h"

/* Weeks the sparkline of a metric covers. */
#define SPARK_WEEKS 26
/* How many tags the summary lists; --tags lists them all. */
#define TOP_TAGS 10

struct tag_total {
	unsigned long entries, count;
};

/* --calendar: a metric's mean, or a tag's count, on each day (calendar.c). */
struct calendar {
	const char *name;       /* the metric's or the tag's, borrowed from the journal */
	int is_tag;
	long first, last;       /* the first and last day with an entry */
	double *v;              /* v[day - first]: NAN on a day with no entry, or for a metric
	                         * with no value of it; a tag's count may be 0 */
	double lo, hi;          /* the lowest and highest value; lo > hi when none */
	int whole;              /* every value a whole number, as a tag's counts are */
};

struct tally {
	/* Which entries count, and which figures to gather: set before the reading. */
	long today, from, to;
	int has_from, has_to;
	int only_tag_id, with_tag_id;       /* -1: none */
	const int *count_ids;               /* --count's tags, ncount of them */
	size_t ncount;
	int want_series;                    /* rows per period (series.per) */
	int want_progress, want_scores;     /* --goals, --measures */
	/* --weekday's and --with's means: each is nine sums a metric, kept only when asked for
	 * (a device's export may name a hundred thousand metrics). */
	int want_weekdays, want_with;
	enum age_group age;                 /* --measures: the goals file's, for ORS's bands */
	int caseness;                       /* --measures: show NHS caseness (.goalcheck.yaml) */
	const char *cal_name;               /* --calendar's metric or tag, or NULL: choose */
	int cal_tag;                        /* the name was written #tag: a tag, not a metric */

	/* What the entries gave. */
	struct journal jr;                  /* its names: tags and metrics by id */
	struct dayset days;
	unsigned long entries, words;
	struct moments *metric;             /* by metric id, nmetric of each array */
	struct mean *recent, *before;       /* the last 4 weeks to today, and the 4 before */
	size_t nmetric;
	struct tag_total *tag_total;        /* by tag id */
	size_t ntag;
	struct series series;               /* --by, or weeks for the sparklines */
	unsigned long week_entries[7];
	struct mean *weekday_mean[7];       /* [weekday][metric id], with want_weekdays */
	unsigned long with_entries[2];
	struct mean *with_mean[2];          /* [without, with][metric id], with want_with */
	struct progress progress;           /* --goals */
	struct baselines base;              /* --goals: where each goal started from */
	struct strengths strength;          /* --goals: each tag goal's habit strength */
	struct scores scores;               /* --measures */
	struct calendar cal;                /* --calendar, once calendar_build has made it */
};

/* The journal reader's callback: takes in one entry (ctx is the struct tally). */
void tally_entry(const struct entry *e, void *ctx);
/* Frees what the entries gave, the journal included. */
void tally_free(struct tally *t);

/* A mean, NAN when there was no value. */
double mean_of(const struct mean *m);
/* Ids of the metrics with data in name order; of the tags carried by some entry, most used
 * first.  *n of them, malloc'd. */
int *tally_metrics(const struct tally *t, size_t *n);
int *tally_tags(const struct tally *t, size_t *n);
/* The first `top` tags of tally_tags' order (fewer when there are fewer), without sorting
 * them all, for a summary that shows a few of thousands; *n is how many there are in all. */
int *tally_top_tags(const struct tally *t, size_t top, size_t *n);
/* Whether metric id is a questionnaire's score (phq9, gad7, ors, srs) or a goal's attainment
 * level (gas-ID): a measure, whose mean and spread say nothing, shown by --measures.  Its
 * kind for tsv, csv and json: "measure" or "metric". */
int tally_is_measure(const struct tally *t, int id);
const char *tally_kind(const struct tally *t, int id);
/* tally_metrics less the measures: what the text tables of means list.  Malloc'd. */
int *tally_plain_metrics(const struct tally *t, size_t *n);
/* Keeps, in order, the metrics of the n ids that are not measures; returns how many. */
size_t tally_keep_plain(const struct tally *t, int *ids, size_t n);

/* --goals: the periods of a goal to report, *lo to *hi (none when *lo > *hi): from its start
 * (else the first entry's) to the one holding today, shown "so far"; and period i judged
 * (progress.h), the days by state and the streak (daymarks.h). */
void tally_goal_periods(const struct tally *t, const struct goal_progress *gp, long *lo,
    long *hi);
void tally_goal_judge(const struct tally *t, const struct goal_progress *gp, long i,
    struct period_judgement *j);
void tally_goal_days(const struct tally *t, const struct goal_progress *gp,
    struct day_tally *d);
/* The goal's habit strength (strength.h), or NAN. */
double tally_strength(const struct tally *t, const struct goal_progress *gp);
/* The goal's id, or "" for a goal without one. */
const char *tally_goal_id(const struct goal_progress *gp);

/* --measures: the change from the first score of the selection to the latest. */
struct first_latest {
	double first, latest, change;
	double rci;             /* to two decimals; NAN when no criterion is published (SRS) */
	enum change verdict;
};

/* Fills c for instrument in; 0 when it has fewer than two scores, so no change. */
int first_to_latest(const struct tally *t, enum instrument in, struct first_latest *c);
/* The safety sentence (instruments.h) in buf, with *latest the latest PHQ-9 that called for
 * it (a refused one among them: total NAN); or NULL when none did.  It opens the report in
 * every format. */
const char *tally_safety(const struct tally *t, char buf[SAFETY_SIZE],
    const struct score_point **latest);
/* The item 9 line (instruments.h) of the PHQ-9s written as totals below 25, likewise. */
const char *tally_item9_unknown(const struct tally *t, char buf[SAFETY_SIZE],
    const struct score_point **latest);
/* The T-score, to one decimal as it is published. */
double tscore_of(const struct gas_point *gp);
/* Whether any questionnaire has a score. */
int any_scores(const struct tally *t);

/* --calendar: before the reading, makes the series count the tag cal_name may be (the
 * series is then one row a day); after it, makes t->cal of the metric cal_name (or, when it
 * is #written or no metric has that name, of the tag); with no cal_name, of the plain metric
 * with the most values (the first in name order of equals).  Returns 0, or -1 with no such
 * metric or tag (none at all without cal_name).  calendar_free frees what it made. */
void calendar_prepare(struct tally *t, int *count_id);
int calendar_build(struct tally *t);
void calendar_free(struct calendar *c);

/* The shades of the calendar, lightest (lowest) first. */
#define CAL_LEVELS 4
/* The level (0 to CAL_LEVELS - 1) of value v: the range lo to hi in equal parts. */
int calendar_level(const struct calendar *c, double v);
/* The lowest value of level k; of level CAL_LEVELS, hi. */
double calendar_bound(const struct calendar *c, int k);
/* The values of level k in words, for a legend, into buf, no two levels sharing a value:
 * "3.75 to under 5.5" (the last level "5.5 to 7.25"); when every value is a whole number (a
 * tag's counts always), the whole numbers it holds ("0", "2 to 4").  Returns NULL when it
 * holds none. */
#define CAL_RANGE_SIZE 160
const char *calendar_range(const struct calendar *c, int k, char buf[CAL_RANGE_SIZE]);
/* Day's value into *v: 1, or 0 with none (no entry, or outside first to last). */
int calendar_value(const struct calendar *c, long day, double *v);
/* The first and last year drawn, and of year y: its first day, its last, and the Monday of
 * its first week (the first column of its row of months). */
void calendar_years(const struct calendar *c, int *first, int *last);
void calendar_year(int y, long *jan1, long *dec31, long *monday);

#endif
