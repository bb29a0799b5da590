/* report_json.c: journalstat's reports in JSON, for jq and other tools, written by lib/json's
 * streaming writer; journalstat(1) gives every field. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "date.h"
#include "goals.h"
#include "json.h"
#include "report.h"

/* Ends the report: its outermost object, and the line. */
static void
finish(struct json_writer *w)
{
	json_end(w);
	putchar('\n');
}

void
summary_json(const struct tally *t, const struct report_style *st)
{
	struct json_writer w;
	char a[DATE_BUFSIZE];
	long current, longest;
	size_t nm, nt;
	int *ids = tally_metrics(t, &nm), *tids = tally_tags(t, &nt);

	(void)st;
	dayset_streaks(&t->days, t->today, &current, &longest);
	json_begin(&w, stdout);
	json_object(&w);
	json_key(&w, "entries"), json_uint(&w, t->entries);
	json_key(&w, "days"), json_uint(&w, t->days.count);
	json_key(&w, "first"), json_str(&w, t->days.count ? date_format(t->days.first, a) : NULL);
	json_key(&w, "last"), json_str(&w, t->days.count ? date_format(t->days.last, a) : NULL);
	json_key(&w, "words"), json_uint(&w, t->words);
	json_key(&w, "streak"), json_object(&w);
	json_key(&w, "current"), json_int(&w, current);
	json_key(&w, "longest"), json_int(&w, longest);
	json_end(&w);
	json_key(&w, "metrics"), json_object(&w);
	for (size_t i = 0; i < nm; i++) {
		const struct moments *m = &t->metric[ids[i]];

		json_key(&w, t->jr.metrics.name[ids[i]]), json_object(&w);
		json_key(&w, "n"), json_uint(&w, m->n);
		json_key(&w, "mean"), json_num(&w, m->mean);
		json_key(&w, "min"), json_num(&w, m->min);
		json_key(&w, "max"), json_num(&w, m->max);
		json_key(&w, "sd"), json_num(&w, moments_sd(m));
		json_key(&w, "recent"), json_num(&w, mean_of(&t->recent[ids[i]]));
		json_key(&w, "before"), json_num(&w, mean_of(&t->before[ids[i]]));
		json_end(&w);
	}
	json_end(&w);
	json_key(&w, "tags"), json_object(&w);
	for (size_t i = 0; i < nt; i++) {
		json_key(&w, t->jr.tags.name[tids[i]]), json_object(&w);
		json_key(&w, "entries"), json_uint(&w, t->tag_total[tids[i]].entries);
		json_key(&w, "count"), json_uint(&w, t->tag_total[tids[i]].count);
		json_end(&w);
	}
	json_end(&w);
	finish(&w);
	free(ids);
	free(tids);
}

void
by_json(const struct tally *t, const struct report_style *st)
{
	const struct series *series = &t->series;
	struct json_writer w;
	char label[DATE_BUFSIZE];
	size_t nm;
	int *ids = tally_metrics(t, &nm);

	(void)st;
	json_begin(&w, stdout);
	json_object(&w);
	json_key(&w, "periods"), json_array(&w);
	for (size_t p = 0; p < series->n; p++) {
		const struct row *r = &series->rows[p];
		static const struct mean none;

		date_period_label(series->lo + (long)p, series->per, label);
		json_newline(&w);
		json_object(&w);
		json_key(&w, "period"), json_str(&w, label);
		json_key(&w, "entries"), json_uint(&w, r->entries);
		json_key(&w, "words"), json_uint(&w, r->words);
		json_key(&w, "metrics"), json_object(&w);
		for (size_t i = 0; i < nm; i++) {
			json_key(&w, t->jr.metrics.name[ids[i]]);
			json_num(&w, mean_of((size_t)ids[i] < r->nmetric ? &r->metric[ids[i]] :
			    &none));
		}
		json_end(&w);
		json_key(&w, "counts"), json_object(&w);
		for (size_t k = 0; k < t->ncount; k++) {
			json_key(&w, t->jr.tags.name[t->count_ids[k]]);
			json_uint(&w, r->count ? r->count[k] : 0);
		}
		json_end(&w);
		json_end(&w);
	}
	json_end(&w);
	finish(&w);
	free(ids);
}

void
tags_json(const struct tally *t, const struct report_style *st)
{
	struct json_writer w;
	size_t nt;
	int *tids = tally_tags(t, &nt);

	(void)st;
	json_begin(&w, stdout);
	json_object(&w);
	json_key(&w, "tags"), json_object(&w);
	for (size_t i = 0; i < nt; i++) {
		const struct tag_total *tt = &t->tag_total[tids[i]];

		json_newline(&w);
		json_key(&w, t->jr.tags.name[tids[i]]), json_object(&w);
		json_key(&w, "entries"), json_uint(&w, tt->entries);
		json_key(&w, "count"), json_uint(&w, tt->count);
		json_end(&w);
	}
	json_end(&w);
	finish(&w);
	free(tids);
}

void
weekday_json(const struct tally *t, const struct report_style *st)
{
	struct json_writer w;
	size_t nm;
	int *ids = tally_metrics(t, &nm);

	(void)st;
	json_begin(&w, stdout);
	json_object(&w);
	json_key(&w, "weekdays"), json_array(&w);
	for (int d = 0; d < 7; d++) {
		json_newline(&w);
		json_object(&w);
		json_key(&w, "weekday"), json_str(&w, weekday_name[d]);
		json_key(&w, "entries"), json_uint(&w, t->week_entries[d]);
		json_key(&w, "metrics"), json_object(&w);
		for (size_t i = 0; i < nm; i++) {
			const struct mean *m = &t->weekday_mean[d][ids[i]];

			json_key(&w, t->jr.metrics.name[ids[i]]), json_object(&w);
			json_key(&w, "n"), json_uint(&w, m->n);
			json_key(&w, "mean"), json_num(&w, mean_of(m));
			json_end(&w);
		}
		json_end(&w);
		json_end(&w);
	}
	json_end(&w);
	finish(&w);
	free(ids);
}

/* {"n":N,"mean":M} */
static void
put_mean(struct json_writer *w, const struct mean *m)
{
	json_object(w);
	json_key(w, "n"), json_uint(w, m->n);
	json_key(w, "mean"), json_num(w, mean_of(m));
	json_end(w);
}

void
with_json(const struct tally *t, const struct report_style *st)
{
	struct json_writer w;
	size_t nm;
	int *ids = tally_metrics(t, &nm);

	(void)st;
	json_begin(&w, stdout);
	json_object(&w);
	json_key(&w, "tag"), json_str(&w, t->jr.tags.name[t->with_tag_id]);
	json_key(&w, "entries"), json_object(&w);
	json_key(&w, "with"), json_uint(&w, t->with_entries[1]);
	json_key(&w, "without"), json_uint(&w, t->with_entries[0]);
	json_end(&w);
	json_key(&w, "metrics"), json_object(&w);
	for (size_t i = 0; i < nm; i++) {
		json_key(&w, t->jr.metrics.name[ids[i]]), json_object(&w);
		json_key(&w, "with"), put_mean(&w, &t->with_mean[1][ids[i]]);
		json_key(&w, "without"), put_mean(&w, &t->with_mean[0][ids[i]]);
		json_end(&w);
	}
	json_end(&w);
	finish(&w);
	free(ids);
}

/* The goal's baseline (baseline.h), or null. */
static void
put_baseline(struct json_writer *w, const struct tally *t, const struct goal_progress *gp)
{
	struct baseline b;
	char a[DATE_BUFSIZE];

	if (!baseline_get(&t->base, gp->goal, &b)) {
		json_null(w);
		return;
	}
	json_object(w);
	json_key(w, "value"), json_num(w, b.value);
	if (gp->metric >= 0)
		json_key(w, "sd"), json_num(w, b.sd);
	json_key(w, "periods"), json_int(w, b.periods);
	json_key(w, "from"), json_str(w, date_format(b.from, a));
	json_key(w, "to"), json_str(w, date_format(b.to, a));
	json_end(w);
}

void
goals_json(const struct tally *t, const struct report_style *st)
{
	struct json_writer w;
	char label[DATE_BUFSIZE];

	(void)st;
	json_begin(&w, stdout);
	json_object(&w);
	json_key(&w, "goals"), json_array(&w);
	for (size_t g = 0; g < t->progress.n; g++) {
		const struct goal_progress *gp = &t->progress.v[g];
		long lo, hi, met = 0, of = 0;

		tally_goal_periods(t, gp, &lo, &hi);
		json_newline(&w);
		json_object(&w);
		json_key(&w, "id"), json_str(&w, tally_goal_id(gp));
		if (gp->tag >= 0)
			json_key(&w, "tag"), json_str(&w, t->jr.tags.name[gp->tag]);
		else
			json_key(&w, "metric"), json_str(&w, t->jr.metrics.name[gp->metric]);
		json_key(&w, "per"), json_str(&w, date_period_name(gp->s.per));
		json_key(&w, "periods"), json_array(&w);
		for (long i = lo; i <= hi; i++) {
			double v;
			int ok, has = tally_goal_value(gp, i, &v, &ok);

			met += ok;
			of++;
			json_object(&w);
			json_key(&w, "period");
			json_str(&w, date_period_label(i, gp->s.per, label));
			json_key(&w, "value"), json_num(&w, has ? v : NAN);
			json_key(&w, "met"), json_bool(&w, ok);
			json_end(&w);
		}
		json_end(&w);
		json_key(&w, "met"), json_int(&w, met);
		json_key(&w, "of"), json_int(&w, of);
		json_key(&w, "baseline"), put_baseline(&w, t, gp);
		json_key(&w, "strength"), json_num(&w, round(tally_strength(t, gp) * 1000) / 1000);
		json_end(&w);
	}
	json_end(&w);
	finish(&w);
}

void
measures_json(const struct tally *t, const struct report_style *st)
{
	const struct scores *scores = &t->scores;
	struct json_writer w;
	char a[DATE_BUFSIZE], buf[SAFETY_SIZE];
	const struct score_point *at = NULL;

	(void)st;
	json_begin(&w, stdout);
	json_object(&w);
	json_key(&w, "safety"), json_str(&w, tally_safety(t, buf, &at));
	json_key(&w, "item9_unknown"), json_str(&w, tally_item9_unknown(t, buf, &at));
	json_key(&w, "measures"), json_array(&w);
	for (int in = 0; in < INST_COUNT; in++) {
		const struct instrument_info *ii = &instrument_table[in];
		const struct score_series *s = &scores->s[in];
		struct first_latest fl;
		int has = first_to_latest(t, (enum instrument)in, &fl);

		if (s->n == 0)
			continue;
		json_newline(&w);
		json_object(&w);
		json_key(&w, "key"), json_str(&w, ii->key);
		json_key(&w, "name"), json_str(&w, ii->name);
		json_key(&w, "about"), json_str(&w, ii->about);
		json_key(&w, "scores"), json_array(&w);
		for (size_t i = 0; i < s->n; i++) {
			json_object(&w);
			json_key(&w, "date"), json_str(&w, date_format(s->v[i].day, a));
			json_key(&w, "score"), json_num(&w, s->v[i].total);
			json_key(&w, "band");
			json_str(&w, score_band((enum instrument)in, s->v[i].total, t->age));
			if (s->v[i].item9 >= 0)
				json_key(&w, "item9"), json_int(&w, s->v[i].item9);
			if (t->caseness && score_caseness((enum instrument)in, s->v[i].total) >= 0)
				json_key(&w, "caseness"),
				json_bool(&w, score_caseness((enum instrument)in, s->v[i].total));
			json_end(&w);
		}
		json_end(&w);
		json_key(&w, "first"), json_num(&w, s->v[0].total);
		json_key(&w, "latest"), json_num(&w, s->v[s->n - 1].total);
		json_key(&w, "change"), json_num(&w, has ? fl.change : NAN);
		json_key(&w, "rci"), json_num(&w, has ? fl.rci : NAN);
		json_key(&w, "verdict");
		json_str(&w, has && !isnan(fl.rci) ? change_name(fl.verdict) : NULL);
		if (score_norm_note((enum instrument)in, t->age) != NULL)
			json_key(&w, "note"),
			json_str(&w, score_norm_note((enum instrument)in, t->age));
		json_end(&w);
	}
	json_end(&w);
	json_key(&w, "gas"), json_object(&w);
	json_key(&w, "goals"), json_array(&w);
	for (size_t k = 0; k < scores->ngas; k++) {
		const struct gas *gs = &scores->gas[k]->gas;

		json_object(&w);
		json_key(&w, "id"), json_str(&w, goal_id(scores->gas[k]));
		json_key(&w, "weight"), json_num(&w, gs->weight);
		json_key(&w, "baseline");
		json_num(&w, gs->has_baseline ? (double)gs->baseline : NAN);
		json_end(&w);
	}
	json_end(&w);
	json_key(&w, "ratings"), json_array(&w);
	for (size_t r = 0; r < scores->nrated; r++) {
		const struct gas_point *gp = &scores->rated[r];

		json_newline(&w);
		json_object(&w);
		json_key(&w, "date"), json_str(&w, date_format(gp->day, a));
		json_key(&w, "levels"), json_object(&w);
		for (size_t k = 0; k < scores->ngas; k++)
			json_key(&w, goal_id(scores->gas[k])), json_num(&w, gp->level[k]);
		json_end(&w);
		json_key(&w, "t"), json_num(&w, tscore_of(gp));
		json_end(&w);
	}
	json_end(&w);
	json_end(&w);
	finish(&w);
}
