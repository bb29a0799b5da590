/* scores.h: the instruments a journal records (instruments.h), gathered entry by entry for a
 * report: each questionnaire's scores, and the goal attainment levels of the goals that have
 * a scale with the T-score of each entry that rates any, all in date order.  Memory grows
 * with the number of scores, a few a month, not with the journal. */
#ifndef GOALKIT_SCORES_H
#define GOALKIT_SCORES_H

#include <stddef.h>

#include "goals.h"
#include "journal.h"
#include "instruments.h"

struct score_point {
	long day;
	int minute;             /* -1 when the entry has no time */
	unsigned long seq;      /* reading order, which breaks ties */
	double total;
	int item9;              /* PHQ-9's item 9, or -1 (see struct entry) */
};

struct score_series {
	struct score_point *v;
	size_t n, cap;
};

struct gas_point {
	long day;
	int minute;
	unsigned long seq;
	double *level;          /* one per scale goal: the level rated, or NAN */
	size_t nrated;
	double t;               /* the T-score of the goals rated */
};

struct scores {
	int metric[INST_COUNT];            /* each instrument's metric in the journal */
	struct score_series s[INST_COUNT];
	/* PHQ-9s refused for another item whose item 9 was above 0: total NAN, item9 known.
	 * Never scored, but the safety line counts them. */
	struct score_series unscored9;
	const struct goal **gas;           /* the goals whose scale can be scored */
	int *gas_metric;                   /* and their gas-ID metrics */
	double *weight;                    /* and weights */
	size_t ngas;
	struct gas_point *rated;           /* the entries that rate any of them */
	size_t nrated, cap;
	long lo, hi;                       /* only entries dated lo to hi are kept */
	unsigned long seq;
};

/* Gathers the scores of entries dated lo to hi; g may be NULL (no goal attainment). */
void scores_init(struct scores *sc, struct journal *j, const struct goals *g, long lo, long hi);
void scores_add(struct scores *sc, const struct entry *e);
/* Puts everything in date order (then time, then reading order). */
void scores_finish(struct scores *sc);

/* After the journal has been read: a gas-ID level for an id that no goal of g has is a
 * finding (journal_check_gas). */
void scores_check_gas(struct journal *j, const struct goals *g);
/* After scores_finish: the latest entry that rates scale goal k (of sc->gas), or NULL. */
const struct gas_point *scores_latest_rating(const struct scores *sc, size_t k);
void scores_free(struct scores *sc);

#endif
