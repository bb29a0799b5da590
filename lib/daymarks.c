/* daymarks.c: done, not done, skipped and no entry, day by day. */
#include <string.h>

#include "daymarks.h"

const char *const day_state_names[DAY_NSTATES] = { "done", "not done", "skipped", "no entry" };
const char *const day_state_keys[DAY_NSTATES] = { "done", "not_done", "skipped", "no_entry" };

void
day_marks_init(struct day_marks *d, const struct measure *m, struct journal *j)
{
	const struct ynode *name = m->tag ? m->tag : m->metric;

	memset(d, 0, sizeof *d);
	d->m = m;
	d->tag = d->no_tag = d->skip_tag = d->metric = -1;
	d->skip_all = journal_tag(j, JOURNAL_SKIPPED, strlen(JOURNAL_SKIPPED));
	if (name == NULL || name->kind != YNODE_SCALAR)
		return;
	d->skip_tag = journal_tag_state(j, name->value, name->len, JOURNAL_SKIPPED);
	if (m->tag == NULL)
		return;
	d->tag = journal_tag(j, name->value, name->len);
	d->no_tag = journal_tag_state(j, name->value, name->len, JOURNAL_NOT_DONE);
	/* "walk: 0" says the walk was not done; the field's name is the tag's, without '#'. */
	d->metric = journal_metric(j, name->value + (name->value[0] == '#'),
	    name->len - (name->value[0] == '#'));
}

int
day_marks_skips(const struct day_marks *d, const struct entry *e)
{
	return entry_has_tag(e, d->skip_all) || (d->skip_tag >= 0 && entry_has_tag(e, d->skip_tag));
}

void
day_marks_add(struct day_marks *d, const struct entry *e)
{
	double v;

	if (day_marks_skips(d, e))
		dayset_add(&d->skipped, e->day);
	if (d->tag < 0)
		return;
	if (entry_counts_tag(e, d->tag))
		dayset_add(&d->done, e->day);
	if (entry_has_tag(e, d->no_tag) || (entry_metric(e, d->metric, &v) && v == 0))
		dayset_add(&d->not_done, e->day);
}

enum day_state
day_marks_state(const struct day_marks *d, long day)
{
	if (dayset_has(&d->done, day))
		return DAY_DONE;
	if (dayset_has(&d->skipped, day))
		return DAY_SKIPPED;
	if (dayset_has(&d->not_done, day))
		return DAY_NOT_DONE;
	return DAY_NO_ENTRY;
}

void
day_marks_tally(const struct day_marks *d, long from, long to, struct day_tally *out)
{
	long run = 0;

	memset(out, 0, sizeof *out);
	for (long day = from; day <= to; day++) {
		enum day_state s;

		if (!measure_counts_day(d->m, day))
			continue;
		s = day_marks_state(d, day);
		out->n[s]++;
		/* Silence is not a miss: only a day that says so ends a run. */
		if (s == DAY_DONE && ++run > out->longest)
			out->longest = run;
		else if (s == DAY_NOT_DONE)
			run = 0;
	}
	out->streak = run;
}

void
day_marks_free(struct day_marks *d)
{
	dayset_free(&d->done);
	dayset_free(&d->not_done);
	dayset_free(&d->skipped);
}
