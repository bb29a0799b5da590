/* stats.h: figures over a stream of journal entries, kept without keeping the entries: running
 * moments, the set of days written on, and series of sums per period (day, week, ...). */
#ifndef GOALKIT_STATS_H
#define GOALKIT_STATS_H

#include <stddef.h>

#include "date.h"

/* n, mean, spread, min and max of a stream of values (Welford's method: stable in one pass). */
struct moments {
	unsigned long n;
	double mean, m2, min, max;
};

/* Welford's update; inline, as journalstat calls it for every value of a journal. */
static inline void
moments_add(struct moments *m, double x)
{
	double d = x - m->mean;

	if (m->n == 0 || x < m->min)
		m->min = x;
	if (m->n == 0 || x > m->max)
		m->max = x;
	m->n++;
	m->mean += d / (double)m->n;
	m->m2 += d * (x - m->mean);
}

/* The sample standard deviation (n - 1); 0 for fewer than two values. */
double moments_sd(const struct moments *m);

/* A sum and a count, for a mean per period or per group. */
struct mean {
	double sum;
	unsigned long n;
};

static inline void
mean_add(struct mean *m, double x)
{
	m->sum += x;
	m->n++;
}

/* The days written on, one bit a day between the first and the last. */
struct dayset {
	long lo;                 /* the day of bit 0 */
	unsigned char *bits;
	size_t nbytes;
	unsigned long count;     /* distinct days */
	long first, last;        /* valid when count > 0 */
};

void dayset_add(struct dayset *d, long day);
int dayset_has(const struct dayset *d, long day);
/* The run of consecutive days ending today (or yesterday, when today has no entry yet) and
 * the longest run. */
void dayset_streaks(const struct dayset *d, long today, long *current, long *longest);
void dayset_free(struct dayset *d);

/* One period of a series: entries, words, a mean per metric and a count per watched tag. */
struct row {
	unsigned long entries, words;
	struct mean *metric;     /* indexed by metric id; nmetric of them */
	size_t nmetric;
	unsigned long *count;    /* indexed like series.ncounts */
};

/* Rows for consecutive periods, from the lowest index seen to the highest. */
struct series {
	enum period per;
	size_t ncounts;          /* how many tag counts a row has: set before the first row */
	long lo;                 /* the period index of rows[0] */
	struct row *rows;        /* n rows, inside the memory below */
	size_t n;
	/* Room is kept on both sides, so that entries in any order cost linear time. */
	struct row *mem;
	long mem_lo;             /* the period index of mem[0] */
	size_t cap;
};

/* The row of period index i, added (with any between) when new. */
struct row *series_row(struct series *s, long i);
void row_add_metric(struct row *r, int id, double x);
void series_free(struct series *s);

#endif
