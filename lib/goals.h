/* goals.h: the goals file (doc/goals.md) read into a model whose every value keeps its place.
 *
 * Loading checks the file's structure (types, keys, dates, ids) and reports what is wrong as
 * findings; the SMART judgement of each goal is lint.h's.  Strings and nodes in the model are
 * borrowed from the YAML tree that struct goals owns: they live until goals_free. */
#ifndef GOALKIT_GOALS_H
#define GOALKIT_GOALS_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "diag.h"
#include "file.h"
#include "instruments.h"
#include "ytree.h"

enum goal_status { STATUS_ACTIVE, STATUS_PAUSED, STATUS_DONE, STATUS_DROPPED };

struct sentence;
struct sentence_reader;

struct measure {
	const struct ynode *node;     /* the measure mapping, or NULL when the goal has none */
	const struct ynode *tag;      /* a journal tag to count ... */
	const struct ynode *metric;   /* ... or a journal metric to average */
	int has_at_least, has_at_most;
	double at_least, at_most;
	enum period per;              /* PERIOD_TOTAL when `per` is absent */
	/* The days of the week the measure counts (`days:`), bit 0 Monday to bit 6 Sunday:
	 * GOAL_EVERY_DAY when absent (0
	 * is every day too).  Other days are neither counted nor missed. */
	unsigned days;
	const struct ynode *days_node;
	int read;                     /* no measure field: read from the sentence (goalread.h) */
};

#define GOAL_EVERY_DAY 0x7fu
#define GOAL_WEEKDAYS 0x1fu
#define GOAL_WEEKENDS 0x60u
/* Whether the measure counts day (a day number, date.h). */
int measure_counts_day(const struct measure *m, long day);
/* "weekdays" or "weekends" for a measure's `days:` other than every day, else NULL. */
const char *measure_days_name(const struct measure *m);

/* A goal attainment scale (doc/measures.md): how much the goal weighs, and what each level of
 * attainment from -2 (much less than expected) to +2 (much more) looks like. */
struct gas {
	const struct ynode *node;     /* the gas mapping, or NULL when the goal has none */
	double weight;                /* 1 unless given */
	int has_baseline, baseline;   /* the level at the start, -2 to +2 */
	const struct ynode *level[5]; /* the descriptions of -2 .. +2, NULL where missing */
	int complete;                 /* five distinct levels and a valid weight: it can be scored */
};

struct goal {
	const struct ynode *node;     /* the goal's mapping: its line, col and end_line */
	const struct ynode *id;
	const struct ynode *broad;
	const struct ynode *text;     /* the `goal:` sentence */
	const struct ynode *area;
	const struct ynode *concern;
	const struct ynode *why;
	struct measure measure;
	struct gas gas;
	const struct ynode *start_node, *deadline_node;
	int has_start, has_deadline;  /* set only when the date is valid */
	long start, deadline;
	int deadline_read;            /* no deadline field: read from the sentence (goalread.h) */
	/* The sentence as goals_read_sentences read it, by reader read_by on day read_today,
	 * kept (in the arena) so that the rules need not read it again; NULL before. */
	const struct sentence *read;
	const struct sentence_reader *read_by;
	long read_today;
	const struct ynode *steps;    /* a list of texts, or NULL */
	enum goal_status status;
	/* Bit r: rule r is off for this goal, by a comment `# goalcheck: disable=RULE, RULE` on
	 * one of its lines, from its `- ` line to its last line with a value.  A name that is
	 * no rule is reported as unknown-rule. */
	uint32_t disabled;
};

struct concern {
	const struct ynode *node;
	const struct ynode *id;
	const struct ynode *text;
};

struct goals {
	const struct ynode *mission;
	enum age_group age;     /* from age: or age-group:, for the questionnaires' norms */
	struct concern *concerns;
	size_t nconcerns;
	struct goal *goals;
	size_t ngoals;
	struct ydoc doc;
};

/* The goals file a program reads when none is named: ./goals.yaml, or else the one kept
 * encrypted, goals.yaml.age or goals.yaml.gpg; "goals.yaml" when there is none of them. */
const char *goals_default_path(void);

/* Gives each goal with an id the id goal-N, N its place in the file, for output that is
 * shared without what the goals are about (journalstat --redact). */
void goals_redact_ids(struct goals *g);

/* The rule of a goals file that cannot be read at all. */
#define GOALS_UNREADABLE "unreadable"

/* Reads the text of the goals file at path ("-" is standard input) into f (file.h).  Returns 0,
 * or -1 with why it cannot as one error in d, its message naming the file (diag_say_brief
 * with no file says it), with a hint when path is a folder. */
int goals_read_text(struct file_text *f, const char *path, struct diags *d);

/* A file beside the missing path whose name is near its own (goals.yml or Goals.yaml for
 * goals.yaml): its path in buf (size bytes), or NULL.  The name a person chose is the
 * likeliest reason for a goals file not being found; goals_read_text names it. */
const char *goals_name_beside(const char *path, char *buf, size_t size);

/* Reads a goals file from len bytes of buf, reporting structure problems into d (see rules.h
 * for their names).  Returns 0 when the model could be built, even with findings, and -1 when
 * the text is not YAML or not a goals file at all (one finding says why).  Either way call
 * goals_free.  buf need not outlive g. */
int goals_load(struct goals *g, const char *buf, size_t len, struct diags *d);
void goals_free(struct goals *g);


/* The goal's id text, or NULL; and the sentence to judge: `goal`, else `broad`, else NULL. */
const char *goal_id(const struct goal *gl);
const struct ynode *goal_sentence(const struct goal *gl);

/* The keys a goal and a measure may have, NULL-terminated: for completion in an editor. */
const char *const *goal_key_names(void);
const char *const *measure_key_names(void);

/* "active", "paused", "done", "dropped". */
const char *goal_status_name(enum goal_status s);

/* Parses a YAML plain number ("2", "7.5", "1e3"); 1 on success. */
int goals_number(const struct ynode *n, double *out);

#endif
