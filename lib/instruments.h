/* instruments.h: the published instruments a journal may record, scored by their published
 * rules (doc/measures.md gives each formula with its source): four questionnaires (PHQ-9,
 * GAD-7, ORS, SRS) with their bands and the reliable change between two scores, and the
 * T-score of Goal Attainment Scaling.  Not a goal's own `measure:`, which progress.h
 * follows.  These are figures to talk over with a therapist, never a diagnosis. */
#ifndef GOALKIT_INSTRUMENTS_H
#define GOALKIT_INSTRUMENTS_H

#include <stddef.h>

#include "diag.h"

enum instrument { INST_PHQ9, INST_GAD7, INST_ORS, INST_SRS, INST_COUNT };

#define INSTRUMENT_MAX_ITEMS 9

struct instrument_info {
	const char *key;        /* the journal field that records it: "phq9" */
	const char *name;       /* as published: "PHQ-9" */
	const char *about;      /* what it asks about, for a person: "depression" */
	int items;              /* how many items ... */
	int decimals;           /* ... with this many decimals (ORS and SRS marks: 1) ... */
	double item_max;        /* ... each scored 0 to item_max */
	double max;             /* the highest total */
	/* For the reliable change index: the instrument's published reliability (Cronbach's
	 * alpha) and its published reliable change criterion in points, from which the standard
	 * deviation is taken (doc/measures.md shows the arithmetic); criterion 0: none. */
	double reliability, criterion;
	int higher_is_better;   /* ORS and SRS: a higher score is better */
	double caseness;        /* NHS Talking Therapies caseness from this total; 0: none */
};

/* A published figure, its source, and whether the source was found (doc/measures.md lists
 * them all, and a unit test holds the doc to this table).  The last has name NULL. */
struct instrument_figure {
	const char *name;       /* "PHQ-9 alpha" */
	const char *value;      /* as the doc writes it: "0.89" */
	const char *source;
	int verified;
};
extern const struct instrument_figure instrument_figures[];

/* The age groups whose norms differ (ORS: 25 for adults, 28 for 13 to 17, and the CORS for
 * children 6 to 12).  AGE_UNKNOWN is read as adult, and the band says "adult". */
enum age_group { AGE_UNKNOWN, AGE_ADULT, AGE_TEEN, AGE_CHILD, AGE_COUNT };
enum age_group age_group_of(int years);

extern const struct instrument_info instrument_table[INST_COUNT];

/* The instrument a journal field names ("phq9"; any case, and "PHQ-9" too), or -1. */
int instrument_find(const char *key, size_t len);

/* One recorded score: its total, and its items when they were written one by one. */
struct score {
	double total;
	int nitems;             /* 0 when only the total was written */
	double item[INSTRUMENT_MAX_ITEMS];
};

/* The rule of a score that cannot be right. */
#define SCORE_RULE "bad-score"

/* Reads a field's value (len bytes): a total ("12") or every item's score separated by
 * spaces ("1 2 0 3 1 1 0 2 1").  Returns 0, or -1 when the count or a score is out of range,
 * with why as one error in d, at line 0 (the caller knows the file and the line). */
int score_parse(enum instrument in, const char *val, size_t len, struct score *s,
    struct diags *d);

/* The published band of a total: "moderate" for PHQ-9's 10 to 14; for ORS, whether it is
 * below the clinical cutoff of the age group; for SRS, whether it is below the alliance
 * cutoff.  NULL for a child's ORS, which has no band (score_norm_note says why). */
const char *score_band(enum instrument in, double total, enum age_group age);
/* Why a band is missing, once per questionnaire; or NULL. */
const char *score_norm_note(enum instrument in, enum age_group age);

/* Whether a total is at or above the NHS Talking Therapies caseness threshold (PHQ-9 10,
 * GAD-7 8): 1 or 0; -1 for an instrument without one.  Not the NHS's combined outcome. */
int score_caseness(enum instrument in, double total);
/* "at or above the NHS Talking Therapies caseness threshold (10)", or NULL. */
#define CASENESS_SIZE 96
const char *caseness_text(enum instrument in, double total, char buf[CASENESS_SIZE]);

/* Jacobson and Truax's reliable change index from score x1 to score x2:
 * (x2 - x1) / Sdiff, Sdiff = sqrt(2 * SE^2), SE = sd * sqrt(1 - reliability). */
double rci(double x1, double x2, double sd, double reliability);
/* The standard deviation at which a change of `criterion` points gives an RCI of 1.96. */
double rci_sd(double criterion, double reliability);
/* The instrument's RCI from x1 to x2; NAN when it has no published criterion (SRS). */
double score_rci(enum instrument in, double x1, double x2);

enum change { CHANGE_NONE, CHANGE_BETTER, CHANGE_WORSE };
/* Whether an RCI is a reliable change (|RCI| of 1.96 or more, so that a change of exactly the
 * published criterion counts, as its publishers count it) and which way. */
enum change score_change(enum instrument in, double rci_value);
/* "reliable improvement", "reliable deterioration", "no reliable change". */
const char *change_name(enum change c);

/* Item 9 of the PHQ-9 asks about thoughts of being better off dead or of hurting oneself.
 * Whether a PHQ-9 answered it above 0: as written (item9 0 to 3, or -1 when only the total was
 * written), or, for a total alone, when the other eight items could not reach it (25 and up). */
int phq9_item9_above_0(double total, int item9);

/* The safety sentence, the same in every program and format: it opens journalstat's
 * --measures and the session sheet, never coloured but for its label and never left out,
 * since the person may be reading it alone.  ndays > 0 days (two PHQ-9s of one day are one
 * day) from first to latest answered item 9 above 0.  Returns buf. */
#define SAFETY_LABEL "Please raise this first:"
#define SAFETY_SIZE 400
const char *safety_sentence(long first, long latest, size_t ndays, char buf[SAFETY_SIZE]);

/* Whether a PHQ-9 leaves item 9 unknown: only a total was written, and one the other eight
 * items can reach (24 or less). */
int phq9_item9_unknown(double total, int item9);

/* The line for PHQ-9s written as totals, so that "not recorded" never reads as "0": shown
 * wherever the safety sentence would be, always, and never coloured but for its label.
 * ndays > 0 days from first to latest.  Returns buf. */
#define ITEM9_LABEL "Item 9 not recorded:"
const char *item9_unknown_sentence(long first, long latest, size_t ndays,
    char buf[SAFETY_SIZE]);

/* Goal Attainment Scaling (Kiresuk and Sherman 1968): the T-score of n goals attained at
 * levels x[i] (-2 to +2) with weights w[i], with the published correlation of 0.3 between
 * goals.  50 is "as expected" on every goal.  A goal whose x[i] is NAN was not rated and is
 * left out; with none rated the T-score is NAN. */
#define GAS_RHO 0.3
double gas_tscore(const double *w, const double *x, size_t n);

/* The metric a session entry records a goal's GAS level in: "gas-" and the goal's id. */
#define GAS_PREFIX "gas-"

/* That metric's name for goal id, malloc'd (free it), its length in *len. */
char *gas_field(const char *id, size_t *len);

/* A GAS level as written, in a journal or as a scale's key: an optional sign, then 0, 1 or 2,
 * and nothing else (n bytes of p).  Returns 1 with *level, or 0. */
int gas_level_parse(const char *p, size_t n, int *level);

#endif
