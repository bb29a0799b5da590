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
	jsonw_end(w);
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
	jsonw_begin(&w, stdout);
	jsonw_object(&w);
	jsonw_key(&w, "entries"), jsonw_uint(&w, t->entries);
	jsonw_key(&w, "days"), jsonw_uint(&w, t->days.count);
	jsonw_key(&w, "first"), jsonw_str(&w, t->days.count ? date_format(t->days.first, a) : NULL);
	jsonw_key(&w, "last"), jsonw_str(&w, t->days.count ? date_format(t->days.last, a) : NULL);
	jsonw_key(&w, "words"), jsonw_uint(&w, t->words);
	jsonw_key(&w, "streak"), jsonw_object(&w);
	jsonw_key(&w, "current"), jsonw_int(&w, current);
	jsonw_key(&w, "longest"), jsonw_int(&w, longest);
	jsonw_end(&w);
	jsonw_key(&w, "metrics"), jsonw_object(&w);
	for (size_t i = 0; i < nm; i++) {
		const struct moments *m = &t->metric[ids[i]];

		jsonw_key(&w, t->jr.metrics.name[ids[i]]), jsonw_object(&w);
		jsonw_key(&w, "n"), jsonw_uint(&w, m->n);
		jsonw_key(&w, "mean"), jsonw_num(&w, m->mean);
		jsonw_key(&w, "min"), jsonw_num(&w, m->min);
		jsonw_key(&w, "max"), jsonw_num(&w, m->max);
		jsonw_key(&w, "sd"), jsonw_num(&w, moments_sd(m));
		jsonw_key(&w, "recent"), jsonw_num(&w, mean_of(&t->recent[ids[i]]));
		jsonw_key(&w, "before"), jsonw_num(&w, mean_of(&t->before[ids[i]]));
		jsonw_key(&w, "kind"), jsonw_str(&w, tally_kind(t, ids[i]));
		jsonw_end(&w);
	}
	jsonw_end(&w);
	jsonw_key(&w, "tags"), jsonw_object(&w);
	for (size_t i = 0; i < nt; i++) {
		jsonw_key(&w, t->jr.tags.name[tids[i]]), jsonw_object(&w);
		jsonw_key(&w, "entries"), jsonw_uint(&w, t->tag_total[tids[i]].entries);
		jsonw_key(&w, "count"), jsonw_uint(&w, t->tag_total[tids[i]].count);
		jsonw_end(&w);
	}
	jsonw_end(&w);
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
	jsonw_begin(&w, stdout);
	jsonw_object(&w);
	jsonw_key(&w, "periods"), jsonw_array(&w);
	for (size_t p = 0; p < series->n; p++) {
		const struct row *r = &series->rows[p];
		static const struct mean none;

		date_period_label(series->lo + (long)p, series->per, label);
		jsonw_newline(&w);
		jsonw_object(&w);
		jsonw_key(&w, "period"), jsonw_str(&w, label);
		jsonw_key(&w, "start");
		jsonw_str(&w, date_format(date_period_start(series->lo + (long)p, series->per), label));
		jsonw_key(&w, "entries"), jsonw_uint(&w, r->entries);
		jsonw_key(&w, "words"), jsonw_uint(&w, r->words);
		jsonw_key(&w, "metrics"), jsonw_object(&w);
		for (size_t i = 0; i < nm; i++) {
			jsonw_key(&w, t->jr.metrics.name[ids[i]]);
			jsonw_num(&w, mean_of((size_t)ids[i] < r->nmetric ? &r->metric[ids[i]] :
			    &none));
		}
		jsonw_end(&w);
		jsonw_key(&w, "counts"), jsonw_object(&w);
		for (size_t k = 0; k < t->ncount; k++) {
			jsonw_key(&w, t->jr.tags.name[t->count_ids[k]]);
			jsonw_uint(&w, r->count ? r->count[k] : 0);
		}
		jsonw_end(&w);
		jsonw_end(&w);
	}
	jsonw_end(&w);
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
	jsonw_begin(&w, stdout);
	jsonw_object(&w);
	jsonw_key(&w, "tags"), jsonw_object(&w);
	for (size_t i = 0; i < nt; i++) {
		const struct tag_total *tt = &t->tag_total[tids[i]];

		jsonw_newline(&w);
		jsonw_key(&w, t->jr.tags.name[tids[i]]), jsonw_object(&w);
		jsonw_key(&w, "entries"), jsonw_uint(&w, tt->entries);
		jsonw_key(&w, "count"), jsonw_uint(&w, tt->count);
		jsonw_end(&w);
	}
	jsonw_end(&w);
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
	jsonw_begin(&w, stdout);
	jsonw_object(&w);
	jsonw_key(&w, "weekdays"), jsonw_array(&w);
	for (int d = 0; d < 7; d++) {
		jsonw_newline(&w);
		jsonw_object(&w);
		jsonw_key(&w, "weekday"), jsonw_str(&w, weekday_name[d]);
		jsonw_key(&w, "entries"), jsonw_uint(&w, t->week_entries[d]);
		jsonw_key(&w, "metrics"), jsonw_object(&w);
		for (size_t i = 0; i < nm; i++) {
			const struct mean *m = &t->weekday_mean[d][ids[i]];

			jsonw_key(&w, t->jr.metrics.name[ids[i]]), jsonw_object(&w);
			jsonw_key(&w, "n"), jsonw_uint(&w, m->n);
			jsonw_key(&w, "mean"), jsonw_num(&w, mean_of(m));
			jsonw_key(&w, "kind"), jsonw_str(&w, tally_kind(t, ids[i]));
			jsonw_end(&w);
		}
		jsonw_end(&w);
		jsonw_end(&w);
	}
	jsonw_end(&w);
	finish(&w);
	free(ids);
}

/* {"n":N,"mean":M} */
static void
put_mean(struct json_writer *w, const struct mean *m)
{
	jsonw_object(w);
	jsonw_key(w, "n"), jsonw_uint(w, m->n);
	jsonw_key(w, "mean"), jsonw_num(w, mean_of(m));
	jsonw_end(w);
}

void
with_json(const struct tally *t, const struct report_style *st)
{
	struct json_writer w;
	size_t nm;
	int *ids = tally_metrics(t, &nm);

	(void)st;
	jsonw_begin(&w, stdout);
	jsonw_object(&w);
	jsonw_key(&w, "tag"), jsonw_str(&w, t->jr.tags.name[t->with_tag_id]);
	jsonw_key(&w, "entries"), jsonw_object(&w);
	jsonw_key(&w, "with"), jsonw_uint(&w, t->with_entries[1]);
	jsonw_key(&w, "without"), jsonw_uint(&w, t->with_entries[0]);
	jsonw_end(&w);
	jsonw_key(&w, "metrics"), jsonw_object(&w);
	for (size_t i = 0; i < nm; i++) {
		jsonw_key(&w, t->jr.metrics.name[ids[i]]), jsonw_object(&w);
		jsonw_key(&w, "with"), put_mean(&w, &t->with_mean[1][ids[i]]);
		jsonw_key(&w, "without"), put_mean(&w, &t->with_mean[0][ids[i]]);
		jsonw_key(&w, "kind"), jsonw_str(&w, tally_kind(t, ids[i]));
		jsonw_end(&w);
	}
	jsonw_end(&w);
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
		jsonw_null(w);
		return;
	}
	jsonw_object(w);
	jsonw_key(w, "value"), jsonw_num(w, b.value);
	if (gp->metric >= 0)
		jsonw_key(w, "sd"), jsonw_num(w, b.sd);
	jsonw_key(w, "periods"), jsonw_int(w, b.periods);
	jsonw_key(w, "from"), jsonw_str(w, date_format(b.from, a));
	jsonw_key(w, "to"), jsonw_str(w, date_format(b.to, a));
	jsonw_end(w);
}

/* A tag goal's days by state and its streak (daymarks.h), or null. */
static void
put_days(struct json_writer *w, const struct tally *t, const struct goal_progress *gp)
{
	struct day_tally d;

	if (gp->tag < 0) {
		jsonw_null(w);
		return;
	}
	tally_goal_days(t, gp, &d);
	jsonw_object(w);
	for (int s = 0; s < DAY_NSTATES; s++)
		jsonw_key(w, day_state_keys[s]), jsonw_int(w, d.n[s]);
	jsonw_key(w, "streak"), jsonw_int(w, d.streak);
	jsonw_key(w, "longest"), jsonw_int(w, d.longest);
	jsonw_end(w);
}

void
goals_json(const struct tally *t, const struct report_style *st)
{
	struct json_writer w;
	char label[DATE_BUFSIZE];

	(void)st;
	jsonw_begin(&w, stdout);
	jsonw_object(&w);
	jsonw_key(&w, "goals"), jsonw_array(&w);
	for (size_t g = 0; g < t->progress.n; g++) {
		const struct goal_progress *gp = &t->progress.v[g];
		long lo, hi, met = 0, of = 0;

		tally_goal_periods(t, gp, &lo, &hi);
		jsonw_newline(&w);
		jsonw_object(&w);
		jsonw_key(&w, "id"), jsonw_str(&w, tally_goal_id(gp));
		if (gp->tag >= 0)
			jsonw_key(&w, "tag"), jsonw_str(&w, t->jr.tags.name[gp->tag]);
		else
			jsonw_key(&w, "metric"), jsonw_str(&w, t->jr.metrics.name[gp->metric]);
		jsonw_key(&w, "per"), jsonw_str(&w, date_period_name(gp->s.per));
		jsonw_key(&w, "periods"), jsonw_array(&w);
		for (long i = lo; i <= hi; i++) {
			struct period_judgement j;

			tally_goal_judge(t, gp, i, &j);
			if (j.of == 0 && gp->s.per != PERIOD_TOTAL)
				continue;
			met += j.verdict == VERDICT_MET;
			of += j.verdict == VERDICT_MET || j.verdict == VERDICT_NOT_MET;
			jsonw_object(&w);
			jsonw_key(&w, "period");
			jsonw_str(&w, date_period_label(i, gp->s.per, label));
			if (gp->s.per != PERIOD_TOTAL) {
				jsonw_key(&w, "start");
				jsonw_str(&w, date_format(date_period_start(i, gp->s.per), label));
			}
			jsonw_key(&w, "value"), jsonw_num(&w, j.has ? j.value : NAN);
			jsonw_key(&w, "met"), jsonw_bool(&w, j.verdict == VERDICT_MET);
			jsonw_key(&w, "verdict"), jsonw_str(&w, verdict_keys[j.verdict]);
			if (gp->s.per != PERIOD_TOTAL) {
				/* The target asked of this period: pro rata to its days that count. */
				jsonw_key(&w, "target");
				jsonw_num(&w, round((gp->goal->measure.has_at_least ? j.at_least :
				    j.at_most) * 1000) / 1000);
				jsonw_key(&w, "days"), jsonw_int(&w, j.days);
				jsonw_key(&w, "of"), jsonw_int(&w, j.of);
			}
			jsonw_end(&w);
		}
		jsonw_end(&w);
		jsonw_key(&w, "met"), jsonw_int(&w, met);
		jsonw_key(&w, "of"), jsonw_int(&w, of);
		jsonw_key(&w, "baseline"), put_baseline(&w, t, gp);
		jsonw_key(&w, "strength"), jsonw_num(&w, round(tally_strength(t, gp) * 1000) / 1000);
		jsonw_key(&w, "days"), put_days(&w, t, gp);
		jsonw_end(&w);
	}
	jsonw_end(&w);
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
	jsonw_begin(&w, stdout);
	jsonw_object(&w);
	jsonw_key(&w, "safety"), jsonw_str(&w, tally_safety(t, buf, &at));
	jsonw_key(&w, "item9_unknown"), jsonw_str(&w, tally_item9_unknown(t, buf, &at));
	jsonw_key(&w, "measures"), jsonw_array(&w);
	for (int in = 0; in < INST_COUNT; in++) {
		const struct instrument_info *ii = &instrument_table[in];
		const struct score_series *s = &scores->s[in];
		struct first_latest fl;
		int has = first_to_latest(t, (enum instrument)in, &fl);

		if (s->n == 0)
			continue;
		jsonw_newline(&w);
		jsonw_object(&w);
		jsonw_key(&w, "key"), jsonw_str(&w, ii->key);
		jsonw_key(&w, "name"), jsonw_str(&w, ii->name);
		jsonw_key(&w, "about"), jsonw_str(&w, ii->about);
		jsonw_key(&w, "scores"), jsonw_array(&w);
		for (size_t i = 0; i < s->n; i++) {
			jsonw_object(&w);
			jsonw_key(&w, "date"), jsonw_str(&w, date_format(s->v[i].day, a));
			jsonw_key(&w, "score"), jsonw_num(&w, s->v[i].total);
			jsonw_key(&w, "band");
			jsonw_str(&w, score_band((enum instrument)in, s->v[i].total, t->age));
			if (s->v[i].item9 >= 0)
				jsonw_key(&w, "item9"), jsonw_int(&w, s->v[i].item9);
			if (t->caseness && score_caseness((enum instrument)in, s->v[i].total) >= 0)
				jsonw_key(&w, "caseness"),
				jsonw_bool(&w, score_caseness((enum instrument)in, s->v[i].total));
			jsonw_end(&w);
		}
		jsonw_end(&w);
		jsonw_key(&w, "first"), jsonw_num(&w, s->v[0].total);
		jsonw_key(&w, "latest"), jsonw_num(&w, s->v[s->n - 1].total);
		jsonw_key(&w, "change"), jsonw_num(&w, has ? fl.change : NAN);
		jsonw_key(&w, "rci"), jsonw_num(&w, has ? fl.rci : NAN);
		jsonw_key(&w, "verdict");
		jsonw_str(&w, has && !isnan(fl.rci) ? change_name(fl.verdict) : NULL);
		if (score_norm_note((enum instrument)in, t->age) != NULL)
			jsonw_key(&w, "note"),
			jsonw_str(&w, score_norm_note((enum instrument)in, t->age));
		jsonw_end(&w);
	}
	jsonw_end(&w);
	jsonw_key(&w, "gas"), jsonw_object(&w);
	jsonw_key(&w, "goals"), jsonw_array(&w);
	for (size_t k = 0; k < scores->ngas; k++) {
		const struct gas *gs = &scores->gas[k]->gas;

		jsonw_object(&w);
		jsonw_key(&w, "id"), jsonw_str(&w, goal_id(scores->gas[k]));
		jsonw_key(&w, "weight"), jsonw_num(&w, gs->weight);
		jsonw_key(&w, "baseline");
		jsonw_num(&w, gs->has_baseline ? (double)gs->baseline : NAN);
		jsonw_end(&w);
	}
	jsonw_end(&w);
	jsonw_key(&w, "ratings"), jsonw_array(&w);
	for (size_t r = 0; r < scores->nrated; r++) {
		const struct gas_point *gp = &scores->rated[r];

		jsonw_newline(&w);
		jsonw_object(&w);
		jsonw_key(&w, "date"), jsonw_str(&w, date_format(gp->day, a));
		jsonw_key(&w, "levels"), jsonw_object(&w);
		for (size_t k = 0; k < scores->ngas; k++)
			jsonw_key(&w, goal_id(scores->gas[k])), jsonw_num(&w, gp->level[k]);
		jsonw_end(&w);
		jsonw_key(&w, "t"), jsonw_num(&w, tscore_of(gp));
		jsonw_end(&w);
	}
	jsonw_end(&w);
	jsonw_end(&w);
	finish(&w);
}

/* --calendar: {"metric": NAME, "days": [{"date": D, "value": V}, ...]} ("tag" for a tag),
 * a day from the first entry to the last, the value null on a day with none (never 0). */
void
calendar_json(const struct tally *t, const struct report_style *st)
{
	const struct calendar *c = &t->cal;
	struct json_writer w;
	char a[DATE_BUFSIZE];

	(void)st;
	jsonw_begin(&w, stdout);
	jsonw_object(&w);
	jsonw_key(&w, c->is_tag ? "tag" : "metric"), jsonw_str(&w, c->name);
	jsonw_key(&w, "days"), jsonw_array(&w);
	for (long day = c->first; day <= c->last; day++) {
		jsonw_newline(&w);
		jsonw_object(&w);
		jsonw_key(&w, "date"), jsonw_str(&w, date_format(day, a));
		jsonw_key(&w, "value"), jsonw_num(&w, c->v[day - c->first]);
		jsonw_end(&w);
	}
	jsonw_end(&w);
	finish(&w);
}
