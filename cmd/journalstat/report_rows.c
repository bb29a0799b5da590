/* report_rows.c: journalstat's reports as rows under one header row, for sort, awk and
 * spreadsheets: tsv or csv, every cell written by lib/table. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "color.h"
#include "date.h"
#include "goals.h"
#include "report.h"

/* The summary as key-value rows, one figure a row. */
void
summary_rows(const struct tally *t, const struct report_style *st)
{
	struct table *tab = st->tab;
	char a[DATE_BUFSIZE];
	long current, longest;
	size_t nm, nt;
	int *ids = tally_metrics(t, &nm), *tids = tally_tags(t, &nt);

	dayset_streaks(&t->days, t->today, &current, &longest);
	table_cell(tab, "key"), table_cell(tab, "value"), table_end_row(tab);
	table_cell(tab, "entries"), table_cellf(tab, "%lu", t->entries), table_end_row(tab);
	table_cell(tab, "days"), table_cellf(tab, "%lu", t->days.count), table_end_row(tab);
	table_cell(tab, "first");
	table_cell(tab, t->days.count ? date_format(t->days.first, a) : ""), table_end_row(tab);
	table_cell(tab, "last");
	table_cell(tab, t->days.count ? date_format(t->days.last, a) : ""), table_end_row(tab);
	table_cell(tab, "words"), table_cellf(tab, "%lu", t->words), table_end_row(tab);
	table_cell(tab, "streak.current"), table_cellf(tab, "%ld", current), table_end_row(tab);
	table_cell(tab, "streak.longest"), table_cellf(tab, "%ld", longest), table_end_row(tab);
	for (size_t i = 0; i < nm; i++) {
		const struct moments *m = &t->metric[ids[i]];
		const char *name = t->jr.metrics.name[ids[i]];
		const struct { const char *key; double v; } f[] = {
			{ "n", (double)m->n }, { "mean", m->mean }, { "min", m->min },
			{ "max", m->max }, { "sd", moments_sd(m) },
			{ "recent", mean_of(&t->recent[ids[i]]) },
			{ "before", mean_of(&t->before[ids[i]]) },
		};

		for (size_t k = 0; k < sizeof f / sizeof f[0]; k++) {
			table_cellf(tab, "metric.%s.%s", name, f[k].key);
			table_number(tab, f[k].v);
			table_end_row(tab);
		}
		table_cellf(tab, "metric.%s.kind", name), table_cell(tab, tally_kind(t, ids[i]));
		table_end_row(tab);
	}
	for (size_t i = 0; i < nt; i++) {
		const char *name = t->jr.tags.name[tids[i]];

		table_cellf(tab, "tag.%s.entries", name);
		table_cellf(tab, "%lu", t->tag_total[tids[i]].entries), table_end_row(tab);
		table_cellf(tab, "tag.%s.count", name);
		table_cellf(tab, "%lu", t->tag_total[tids[i]].count), table_end_row(tab);
	}
	free(ids);
	free(tids);
}

void
by_rows(const struct tally *t, const struct report_style *st)
{
	struct table *tab = st->tab;
	const struct series *series = &t->series;
	char label[DATE_BUFSIZE];
	size_t nm;
	int *ids = tally_metrics(t, &nm);

	table_cell(tab, "period"), table_cell(tab, "entries"), table_cell(tab, "words");
	for (size_t i = 0; i < nm; i++)
		table_cell(tab, t->jr.metrics.name[ids[i]]);
	for (size_t k = 0; k < t->ncount; k++)
		table_cellf(tab, "tag:%s", t->jr.tags.name[t->count_ids[k]]);
	/* Last, so that no column moves: the period's first day, which a spreadsheet reads. */
	table_cell(tab, "start");
	/* As journalstat has always written it: --color always ends this header row with the
	 * text header's end of bold, which no other row has.  Kept, for output unchanged. */
	if (st->color)
		fputs(color_code(1, COLOR_RESET), tab->fp);
	table_end_row(tab);
	for (size_t p = 0; p < series->n; p++) {
		const struct row *r = &series->rows[p];
		static const struct mean none;

		date_period_label(series->lo + (long)p, series->per, label);
		table_cell(tab, label), table_cellf(tab, "%lu", r->entries);
		table_cellf(tab, "%lu", r->words);
		for (size_t i = 0; i < nm; i++)
			table_number(tab, mean_of((size_t)ids[i] < r->nmetric ? &r->metric[ids[i]] :
			    &none));
		for (size_t k = 0; k < t->ncount; k++)
			table_cellf(tab, "%lu", r->count ? r->count[k] : 0);
		table_cell(tab, date_format(date_period_start(series->lo + (long)p, series->per),
		    label));
		table_end_row(tab);
	}
	free(ids);
}

void
tags_rows(const struct tally *t, const struct report_style *st)
{
	struct table *tab = st->tab;
	size_t nt;
	int *tids = tally_tags(t, &nt);

	table_cell(tab, "tag"), table_cell(tab, "entries"), table_cell(tab, "count");
	table_end_row(tab);
	for (size_t i = 0; i < nt; i++) {
		const struct tag_total *tt = &t->tag_total[tids[i]];

		table_cell(tab, t->jr.tags.name[tids[i]]), table_cellf(tab, "%lu", tt->entries);
		table_cellf(tab, "%lu", tt->count), table_end_row(tab);
	}
	free(tids);
}

void
weekday_rows(const struct tally *t, const struct report_style *st)
{
	struct table *tab = st->tab;
	size_t nm;
	int *ids = tally_metrics(t, &nm);

	table_cell(tab, "weekday"), table_cell(tab, "metric"), table_cell(tab, "n");
	table_cell(tab, "mean"), table_cell(tab, "kind"), table_end_row(tab);
	for (int d = 0; d < 7; d++) {
		for (size_t i = 0; i < nm; i++) {
			const struct mean *m = &t->weekday_mean[d][ids[i]];

			table_cell(tab, weekday_name[d]);
			table_cell(tab, t->jr.metrics.name[ids[i]]);
			table_cellf(tab, "%lu", m->n), table_number(tab, mean_of(m));
			table_cell(tab, tally_kind(t, ids[i])), table_end_row(tab);
		}
	}
	free(ids);
}

void
with_rows(const struct tally *t, const struct report_style *st)
{
	struct table *tab = st->tab;
	size_t nm;
	int *ids = tally_metrics(t, &nm);

	table_cell(tab, "metric"), table_cell(tab, "with_n"), table_cell(tab, "with_mean");
	table_cell(tab, "without_n"), table_cell(tab, "without_mean"), table_cell(tab, "kind");
	table_end_row(tab);
	for (size_t i = 0; i < nm; i++) {
		const struct mean *w = &t->with_mean[1][ids[i]], *wo = &t->with_mean[0][ids[i]];

		table_cell(tab, t->jr.metrics.name[ids[i]]), table_cellf(tab, "%lu", w->n);
		table_number(tab, mean_of(w)), table_cellf(tab, "%lu", wo->n);
		table_number(tab, mean_of(wo)), table_cell(tab, tally_kind(t, ids[i]));
		table_end_row(tab);
	}
	free(ids);
}

void
goals_rows(const struct tally *t, const struct report_style *st)
{
	struct table *tab = st->tab;
	char label[DATE_BUFSIZE];

	table_cell(tab, "goal"), table_cell(tab, "period"), table_cell(tab, "value");
	table_cell(tab, "met"), table_cell(tab, "strength"), table_cell(tab, "start");
	table_cell(tab, "verdict"), table_cell(tab, "target"), table_cell(tab, "days");
	table_cell(tab, "of");
	for (int s = 0; s < DAY_NSTATES; s++)
		table_cellf(tab, "days.%s", day_state_keys[s]);
	table_cell(tab, "streak"), table_cell(tab, "longest");
	table_end_row(tab);
	for (size_t g = 0; g < t->progress.n; g++) {
		const struct goal_progress *gp = &t->progress.v[g];
		const struct measure *m = &gp->goal->measure;
		const char *id = tally_goal_id(gp);
		struct day_tally d;
		long lo, hi;

		tally_goal_periods(t, gp, &lo, &hi);
		tally_goal_days(t, gp, &d);
		for (long i = lo; i <= hi; i++) {
			struct period_judgement j;

			tally_goal_judge(t, gp, i, &j);
			if (j.of == 0 && gp->s.per != PERIOD_TOTAL)
				continue;
			date_period_label(i, gp->s.per, label);
			table_cell(tab, id), table_cell(tab, label);
			table_number(tab, j.has ? j.value : NAN);
			table_cell(tab, j.verdict == VERDICT_MET ? "yes" : "no");
			/* The strength, as of yesterday, on the goal's last row. */
			table_number(tab, i == hi ? round(tally_strength(t, gp) * 1000) / 1000 : NAN);
			table_cell(tab, gp->s.per == PERIOD_TOTAL ? "" :
			    date_format(date_period_start(i, gp->s.per), label));
			table_cell(tab, verdict_keys[j.verdict]);
			table_number(tab, round((m->has_at_least ? j.at_least : j.at_most) * 1000) /
			    1000);
			table_cellf(tab, "%d", j.days), table_cellf(tab, "%d", j.of);
			/* The days by state and the streak, on the goal's last row, as the strength. */
			for (int s = 0; s < DAY_NSTATES; s++)
				table_number(tab, i == hi && gp->tag >= 0 ? (double)d.n[s] : NAN);
			table_number(tab, i == hi && gp->tag >= 0 ? (double)d.streak : NAN);
			table_number(tab, i == hi && gp->tag >= 0 ? (double)d.longest : NAN);
			table_end_row(tab);
		}
	}
}

/* A row for a sentence about PHQ-9 (the safety sentence, the item 9 line): its kind, the
 * latest PHQ-9 it speaks of, and the sentence in the band column. */
static void
sentence_row(struct table *tab, const char *kind, const struct score_point *p, const char *text)
{
	char a[DATE_BUFSIZE];

	table_cell(tab, kind), table_cell(tab, date_format(p->day, a));
	table_cell(tab, "");
	table_cell(tab, text);
	/* A total above 24 says item 9 was above 0, not what it was. */
	if (p->item9 >= 0)
		table_cellf(tab, "%d", p->item9);
	else
		table_cell(tab, "");
	table_empty(tab, 7), table_end_row(tab);
}

/* A score's row; the change from the first score is on the latest's. */
static void
score_row(struct table *tab, const struct tally *t, enum instrument in, size_t i,
    const struct first_latest *fl)
{
	const struct score_series *s = &t->scores.s[in];
	const char *band = score_band(in, s->v[i].total, t->age);
	char a[DATE_BUFSIZE];
	int caseness = score_caseness(in, s->v[i].total);

	table_cell(tab, instrument_table[in].key);
	table_cell(tab, date_format(s->v[i].day, a));
	table_number(tab, s->v[i].total);
	table_cell(tab, band != NULL ? band : "");
	if (s->v[i].item9 >= 0)
		table_cellf(tab, "%d", s->v[i].item9);
	else
		table_cell(tab, "");
	if (fl != NULL && i == s->n - 1) {
		table_number(tab, fl->change);
		table_number(tab, fl->rci);
		table_cell(tab, isnan(fl->rci) ? "" : change_name(fl->verdict));
	} else {
		table_empty(tab, 3);
	}
	table_empty(tab, 3);
	table_cell(tab, !t->caseness || caseness < 0 ? "" : caseness ? "1" : "0");
	table_end_row(tab);
}

/* One row per score and one per goal of each day of goal attainment, under one header; the
 * safety sentence and the item 9 line, when there are any, are the first rows. */
void
measures_rows(const struct tally *t, const struct report_style *st)
{
	struct table *tab = st->tab;
	const struct scores *scores = &t->scores;
	char a[DATE_BUFSIZE], buf[SAFETY_SIZE];
	const struct score_point *at = NULL;

	table_cell(tab, "measure"), table_cell(tab, "date"), table_cell(tab, "score");
	table_cell(tab, "band"), table_cell(tab, "item9"), table_cell(tab, "change");
	table_cell(tab, "rci"), table_cell(tab, "verdict"), table_cell(tab, "goal");
	table_cell(tab, "level"), table_cell(tab, "t"), table_cell(tab, "caseness");
	table_end_row(tab);
	if (tally_safety(t, buf, &at) != NULL)
		sentence_row(tab, "safety", at, buf);
	if (tally_item9_unknown(t, buf, &at) != NULL)
		sentence_row(tab, "item9-unknown", at, buf);
	for (int in = 0; in < INST_COUNT; in++) {
		struct first_latest fl;
		int has = first_to_latest(t, (enum instrument)in, &fl);

		for (size_t i = 0; i < scores->s[in].n; i++)
			score_row(tab, t, (enum instrument)in, i, has ? &fl : NULL);
	}
	for (size_t r = 0; r < scores->nrated; r++) {
		const struct gas_point *gp = &scores->rated[r];

		for (size_t k = 0; k < scores->ngas; k++) {
			table_cell(tab, "gas"), table_cell(tab, date_format(gp->day, a));
			table_empty(tab, 6);
			table_cell(tab, goal_id(scores->gas[k]));
			table_number(tab, gp->level[k]);
			table_number(tab, tscore_of(gp));
			table_cell(tab, "");
			table_end_row(tab);
		}
	}
}

/* --calendar: a row a day from the first entry to the last, the value empty on a day with
 * none (never 0). */
void
calendar_rows(const struct tally *t, const struct report_style *st)
{
	const struct calendar *c = &t->cal;
	struct table *tab = st->tab;
	char a[DATE_BUFSIZE];

	table_cell(tab, "date");
	if (c->is_tag)
		table_cellf(tab, "tag:%s", c->name);
	else
		table_cell(tab, c->name);
	table_end_row(tab);
	for (long day = c->first; day <= c->last; day++) {
		table_cell(tab, date_format(day, a));
		table_number(tab, c->v[day - c->first]);
		table_end_row(tab);
	}
}
