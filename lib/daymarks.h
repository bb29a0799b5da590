/* daymarks.h: how each day went for a goal that counts a tag (doc/journal.md, "Done, not
 * done, skipped"): done (the tag), not done (an entry says so: "#walk:no", "walk: 0"),
 * skipped (#skip, "skip: walk", "#walk:skip": illness, travel), or no entry (nothing that
 * day says either way).  Streaks, the strength score and fair periods read them. */
#ifndef GOALKIT_DAYMARKS_H
#define GOALKIT_DAYMARKS_H

#include "goals.h"
#include "journal.h"
#include "stats.h"

enum day_state { DAY_DONE, DAY_NOT_DONE, DAY_SKIPPED, DAY_NO_ENTRY, DAY_NSTATES };

/* The states' names, as the reports write them for a person: "done", "not done", "skipped",
 * "no entry"; and as keys in json, tsv and csv: "not_done", "no_entry". */
extern const char *const day_state_names[DAY_NSTATES];
extern const char *const day_state_keys[DAY_NSTATES];

struct day_marks {
	const struct measure *m;
	int tag, no_tag, skip_tag, skip_all, metric;  /* ids in the journal's names, or -1 */
	struct dayset done, not_done, skipped;
};

/* Follows measure m's tag (or only its skips, for a metric); its names are added to j's. */
void day_marks_init(struct day_marks *d, const struct measure *m, struct journal *j);
void day_marks_add(struct day_marks *d, const struct entry *e);
/* Whether entry e skips the goal: #skip, or a skip of the goal's own. */
int day_marks_skips(const struct day_marks *d, const struct entry *e);
/* The day's state: done wins over skipped, skipped over not done. */
enum day_state day_marks_state(const struct day_marks *d, long day);

/* The days from `from` to `to` that the measure counts (`days:`), by state, and the streak:
 * a run of done days, which a skipped day or one with no entry neither adds to nor ends and
 * a not-done day ends.  streak is the run still going at `to`, longest the longest. */
struct day_tally {
	long n[DAY_NSTATES];
	long streak, longest;
};
void day_marks_tally(const struct day_marks *d, long from, long to, struct day_tally *out);
void day_marks_free(struct day_marks *d);

#endif
