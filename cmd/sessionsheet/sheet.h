/* sheet.h: the session sheet as data, built once from the goals file and the journal; each
 * output format is a renderer of it (sheet_md.c, sheet_json.c, sheet_html.c) that writes
 * what it holds and decides nothing of what the sheet says.  A new format is a new renderer, one file, and an
 * entry in sessionsheet.c's table of renderers: the model does not change.
 *
 * Everything a struct sheet points to lives until sheet_free: the goals model, the journal's
 * names, and the sheet's own arrays and texts. */
#ifndef SESSIONSHEET_SHEET_H
#define SESSIONSHEET_SHEET_H

#include <stddef.h>
#include <stdio.h>

#include "goals.h"
#include "instruments.h"
#include "plot.h"
#include "progress.h"
#include "scores.h"
#include "stats.h"

/* What the command line asked of the sheet. */
struct sheet_request {
	long today;
	long since;             /* when has_since */
	int has_since;
	int share;              /* leave out the journal's own words */
	const char *goals_path; /* NULL: goals.yaml, which may be missing */
	const char *out_path;   /* -o, which must not be one of the inputs; NULL: stdout */
	int argc;               /* the journal paths; none: ./journal/ or ./journal.md */
	char **argv;
};

/* How the period was chosen. */
enum sheet_since { SINCE_DEFAULT, SINCE_SESSION, SINCE_OPTION };

/* How a goal's progress can be told. */
enum sheet_progress { PROGRESS_NO_MEASURE, PROGRESS_NO_JOURNAL, PROGRESS_SHOWN };

/* A goal's measure over the period: the entries tagged, or the metric's mean. */
struct period_value {
	int has;
	double value;       /* a count, or a mean */
	double rate;        /* a count per the measure's period; NAN for totals and metrics */
	int met;            /* -1 when not judged */
	long days;          /* the sheet's days it was counted over (a count) */
};

/* A goal's measure since its start: how many whole periods met it, or the total so far. */
struct since_start {
	long met, of;       /* periods; of = -1 for a total */
	int has;
	double value;       /* the total or mean, for a total */
	int total_met;
};

/* A whole period of a goal's measure, for a chart of the goal against its target. */
struct sheet_bar {
	long day;           /* the period's first day */
	int has;            /* a metric may have no value in a period */
	double value;       /* a count, or a mean */
	int met;
};
/* A chart of a goal shows at most this many of its latest whole periods. */
#define SHEET_BARS 12

/* An active goal, as the Goals section shows it. */
struct sheet_goal {
	const struct goal *goal;     /* its id, sentence and deadline, from the goals file */
	unsigned pass;               /* bit k: passes the k-th letter of SMART */
	long days_left;              /* when goal->has_deadline; negative when passed */
	enum sheet_progress progress;
	int counts_tag;              /* the measure counts a tag (else averages a metric) */
	enum period per;             /* the measure's period */
	struct period_value period;  /* when PROGRESS_SHOWN */
	struct since_start since_start;
	const char *advice;          /* goalcheck's one line of advice, or NULL */
	const char *rung;            /* a rung to talk over (lint.h's reach rules), or NULL */
	double strength;             /* the habit's strength (strength.h), 0 to 1, or NAN */
	int has_days;                /* days holds its days by state and its streak */
	struct day_tally days;
	struct sheet_bar *bars;      /* its last whole periods, oldest first; with a per */
	size_t nbars;
};

/* A questionnaire's chart shades at most this many bands (plot.h). */
#define SHEET_BANDS 8

/* One questionnaire that has scores. */
struct sheet_instrument {
	enum instrument in;
	const struct score_series *scores;  /* in date order, n > 0 */
	double rci;                 /* first to latest; NAN with one score or none published */
	const char *verdict;        /* change_name of it, or NULL for a NAN rci */
	const char *band;           /* the latest score's, or NULL (a child's ORS) */
	enum age_group age;         /* the person's, for the bands of other scores */
	const char *note;           /* why there is no band, or NULL */
	const char *caseness;       /* the latest score's NHS caseness, or NULL (none, or off) */
	int at_caseness;            /* 1 at or above it, 0 below, -1 with caseness NULL */
	char caseness_buf[CASENESS_SIZE];
	struct plot_band bands[SHEET_BANDS];  /* in order of totals */
	size_t nbands;
};

/* A goal with a goal attainment scale: its latest level and its baseline. */
struct sheet_gas {
	const struct goal *goal;
	const struct gas_point *latest;     /* the latest rating of it, or NULL */
	double level;                       /* its level there */
	const struct ynode *level_text;     /* what that level looks like, or NULL */
	const struct ynode *baseline_text;  /* the same for the baseline */
};

/* A value of a day, with the entry's words to remember it by. */
struct sheet_day {
	long day;
	double value;
	const char *text;       /* the entry's title, else its first line; NULL with share */
};

/* One metric written in the period. */
struct sheet_metric {
	const char *name;
	int better_high;
	struct mean now, before;     /* this period, the period before */
	struct sheet_day best, hardest;
	double *bins;                /* nbins means, one a step, NAN where none */
	size_t nbins;
	double *before_bins;         /* the period before, the nbins steps just before bins' */
	const struct goal *target;   /* an active goal that averages this metric, or NULL */
};

/* The lists the journal's tagged lines make. */
enum said { SAID_RAISE, SAID_ASK, SAID_WIN, SAID_COUNT };
struct sheet_said {
	long day;
	const char *text;
};

/* A PHQ-9 that answered item 9 above 0. */
struct sheet_item9 {
	long day;
	double total;
	int value;              /* -1 when only a total was written */
};

/* A step to try next. */
struct sheet_step {
	const struct goal *goal;
	const char *text;       /* without a checkbox; len bytes, not NUL-ended */
	size_t len;
};

struct sheet {
	long today;
	int share;
	/* The safety sentence (instruments.h), or NULL; and the PHQ-9s that called for it. */
	const char *safety;
	char safety_buf[SAFETY_SIZE];
	struct sheet_item9 *item9;
	size_t nitem9;
	/* The item 9 line (instruments.h) for PHQ-9s written as totals, or NULL. */
	const char *item9_unknown;
	char item9_unknown_buf[SAFETY_SIZE];
	enum age_group age;     /* the goals file's, for the ORS's bands */
	/* "goals.yaml:3:1: a tab character here..." when the goals file is not YAML or not a
	 * goals file (the sheet then has the journal's sections only), else NULL. */
	const char *goals_error;
	/* The period. */
	long from;
	enum sheet_since since;
	long session;           /* the last session's day, with SINCE_SESSION */
	int has_journal;        /* a journal was found (or named) */
	const struct ynode *mission;  /* a scalar, or NULL */
	struct sheet_goal *goals;     /* the active goals, in file order */
	size_t ngoals;
	struct sheet_instrument instruments[INST_COUNT];
	size_t ninstruments;
	/* Goal attainment: the goals with a scale (none: no attainment at all), and the T-scores
	 * of the latest rating and the one before (NULL when none). */
	struct sheet_gas *gas;
	size_t ngas;
	const struct gas_point *t_latest, *t_before;
	const struct gas_point *rated;  /* every rating's T-score, in date order */
	size_t nrated;
	/* The metrics, in name order, with their sparkline's step. */
	enum period step;
	struct sheet_metric *metrics;
	size_t nmetrics;
	const struct concern **concerns;  /* those with a text */
	size_t nconcerns;
	struct sheet_said *said[SAID_COUNT];
	size_t nsaid[SAID_COUNT];
	struct sheet_step *steps;
	size_t nsteps;
	/* The latest answer to the miracle question, when there is one (not with share). */
	const char *miracle;
	long miracle_day;
	int miracle_cut;        /* the answer goes on in miracle_file from miracle_line */
	const char *miracle_file;
	long miracle_line;
	/* The journal file that is the -o file, which must not be written; or NULL. */
	const char *out_clash;
};

/* Builds the sheet: reads the goals file and judges it as goalcheck does, reads the journal
 * twice (for the last session, then for the period), and figures.  Problems with the input
 * are said on standard error; what makes a sheet impossible exits with status 2.  Returns 0,
 * or 2 when a journal path could not be read (the rest is on the sheet). */
int sheet_build(struct sheet *s, const struct sheet_request *rq);
void sheet_free(struct sheet *s);

/* How a renderer may dress the sheet for a terminal. */
struct sheet_style {
	int color;              /* ANSI colour */
	int blocks;             /* sparklines in block characters, else ASCII */
};

/* The renderers: each writes the whole sheet to fp. */
void sheet_markdown(FILE *fp, const struct sheet *s, const struct sheet_style *st);
void sheet_json(FILE *fp, const struct sheet *s, const struct sheet_style *st);
void sheet_html(FILE *fp, const struct sheet *s, const struct sheet_style *st);

/* What the renderers write alike (sheet_text.c): a number as people write it (7, 6.5, 6.25)
 * into buf, which it returns, or to fp; a mean to one decimal, or "none"; a change or an
 * index with its sign (+4, -7, 0); a score as its questionnaire writes it, ORS and SRS with
 * their one decimal (29.0); "day", "week", "month" or "year"; and a goal's measure in the period ("10 (3.3 a week), met") and since
 * its start ("met 33 of 48 weeks"), when its progress is PROGRESS_SHOWN. */
#define SHEET_NUMBER_SIZE PLOT_NUMBER_SIZE
const char *sheet_number(double v, char buf[SHEET_NUMBER_SIZE]);
void sheet_put_number(FILE *fp, double v);
void sheet_put_mean(FILE *fp, const struct mean *m);
void sheet_put_signed(FILE *fp, double v);
void sheet_put_score(FILE *fp, enum instrument in, double v);
/* The band of a total of si's questionnaire for the person's age, or "no band". */
const char *sheet_band(const struct sheet_instrument *si, double total);
const char *sheet_per_word(enum period p);
void sheet_put_period(FILE *fp, const struct sheet_goal *sg);
void sheet_put_since_start(FILE *fp, const struct sheet_goal *sg);

#endif
