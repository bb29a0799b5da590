/* lint.h: the SMART judgement of every goal in a goals file, with what a journal says about
 * their progress, and the user's say over it (severities, disabled rules, inline
 * `# goalcheck: disable=RULE` comments). */
#ifndef GOALKIT_LINT_H
#define GOALKIT_LINT_H

#include "config.h"
#include "baseline.h"
#include "goals.h"
#include "journal.h"
#include "progress.h"
#include "sentence.h"
#include "text.h"

/* Bit for each letter in the masks below. */
enum { SMART_S = 1, SMART_M = 2, SMART_A = 4, SMART_R = 8, SMART_T = 16, SMART_ALL = 31 };

/* Which of "SMART" the letter c is, as a bit, or 0. */
unsigned smart_bit(char c);

/* The settings that judge the goals file at lookup (NULL: one in the working folder): the
 * config file config_path, else the .goalcheck.yaml config_find finds, else the defaults; and
 * a sentence reader with the config's own patterns.  Returns 0, or -1 with why the config
 * cannot be used as one error in d, about cfg->path (diag_say_brief says it).  Either way
 * free cfg with config_free, and on success *rp with sentence_reader_free. */
int lint_settings(const char *config_path, const char *lookup, struct config *cfg,
    struct sentence_reader **rp, struct diags *d);
/* The same from a config's text of len bytes, read as the file at path: an editor's, which
 * judges the goals files it governs before it is saved (goalcheck --lsp). */
int lint_settings_text(const char *path, const char *text, size_t len, struct config *cfg,
    struct sentence_reader **rp, struct diags *d);
/* Reports the SMART findings for every goal of g into d, judged on `today`.  src, the file's
 * text (may be NULL), lets a finding point at the very word inside a quoted value. */
void lint_goals(const struct goals *g, struct sentence_reader *r, long today, int max_active,
    struct lines *src, struct diags *d);

/* What a journal says about progress, for stale-goal: the last day up to `today` on which
 * each of its tags and each of its metrics (gas-ID levels among them) was written, and its
 * first day.  Memory grows with the journal's names, not its entries. */
struct lint_journal {
	struct journal j;
	long today;
	long first;                   /* the first entry's day, or LONG_MAX when there is none */
	long *tag_last, *metric_last; /* by name number: the last day, or LONG_MIN */
	size_t ntag, nmetric;
	const char **paths;           /* what lint_journal_read read, for a second reading */
	size_t npaths;
	int rereadable;               /* no path was standard input */
	/* Set by a reader that knew the goals before it read the journal (goalcheck --lsp): the
	 * goals' progress and baselines from that one reading, which lint_reach then judges
	 * from instead of reading the paths again.  Borrowed; NULL otherwise. */
	const struct progress *progress;
	const struct baselines *base;
};

/* Reads path into lj->j and keeps the path, for the rules that read it again with the goals
 * known (lint_reach).  Returns journal_read's result. */
int lint_journal_read(struct lint_journal *lj, const char *path);

/* Reports out-of-reach, ready-to-step-up and slipping into d for each active goal of g with
 * a measure per day, week or month, from lj's progress and baselines when set, else from a
 * second reading of lj's paths (none when one was standard input): its baseline
 * (baseline.h) against its target, and its last periods. */
void lint_reach(const struct goals *g, struct lint_journal *lj,
    const struct reach_settings *cfg, struct diags *d);
/* The same judgement from a reading already made: p and base filled from the journal whose
 * first day is `first` (for goals without a start). */
void reach_judge(const struct goals *g, const struct progress *p, const struct baselines *base,
    long first, const struct reach_settings *cfg, struct diags *d);

/* Sets up lj to count entries dated up to today; journal warnings are said as prog's.  Read
 * the journal into lj->j with journal_read. */
void lint_journal_init(struct lint_journal *lj, const char *prog, long today);
void lint_journal_free(struct lint_journal *lj);

/* The last day up to today on which the tag (tag 1) or the metric called name (len bytes,
 * as a goal's measure writes it) was written in the journal, or LONG_MIN for none. */
long lint_journal_last(struct lint_journal *lj, int tag, const char *name, size_t len);

/* Reports stale-goal into d for each active goal of g that can record progress in the
 * journal (its measure has a tag or a metric, or it has a complete gas scale) and has had
 * none for more than stale_days days, counted from the later of its start (else the
 * journal's first day) and its last recorded progress.  lj's names gain the goals'. */
void lint_stale(const struct goals *g, struct lint_journal *lj, int stale_days,
    struct diags *d);

/* Drops findings of rules that are off in sev[] or disabled by a comment in the goal they are
 * about (see goals.h), and gives the others their configured severity. */
void lint_apply(struct diags *d, const struct goals *g, const int sev[RULE_COUNT]);

/* Fills pass[0..ngoals) with the letters each goal passes (SMART_* bits), given the
 * findings left after lint_apply.  One pass over the findings, whatever the number of goals. */
void lint_letters(const struct diags *d, unsigned *pass, size_t ngoals);

/* What every reader of the findings does last: lint_apply, then orders them by place, then
 * returns the letters each goal passes as lint_letters gives them, in an array of
 * g->ngoals + 1 (at least one) to free with free(). */
unsigned *lint_finish(struct diags *d, const struct goals *g, const int sev[RULE_COUNT]);

/* goalcheck's judgement of a goals file, the one pipeline every program that judges goals
 * calls (goalcheck, sessionsheet): when loaded (goals_load succeeded), lint_goals with cfg's
 * limit, then lint_stale against journal when not NULL; then lint_finish with cfg's
 * severities.  Returns what lint_finish returns. */
unsigned *lint_check(const struct goals *g, int loaded, struct sentence_reader *r,
    const struct config *cfg, long today, struct lint_journal *journal, struct lines *src,
    struct diags *d);

#endif
