/* sheet_json.c: the session sheet in JSON, for other tools: a renderer of the sheet (sheet.h)
 * with the same content as the Markdown, its numbers unrounded where the page rounds them,
 * written by lib/json's streaming writer.  sessionsheet(1) documents every field. */
#include <math.h>
#include <stdio.h>

#include "date.h"
#include "goals.h"
#include "json.h"
#include "instruments.h"
#include "sheet.h"

static void
put_date(struct json_writer *w, long day)
{
	char a[DATE_BUFSIZE];

	jsonw_str(w, date_format(day, a));
}

/* A text of the goals file, or null. */
static void
put_node(struct json_writer *w, const struct ynode *n)
{
	if (n == NULL || n->kind != YNODE_SCALAR)
		jsonw_null(w);
	else
		jsonw_strn(w, n->value, n->len);
}

/* true, false, or null when not judged (-1). */
static void
put_met(struct json_writer *w, int met)
{
	if (met < 0)
		jsonw_null(w);
	else
		jsonw_bool(w, met);
}

static void
put_goals(struct json_writer *w, const struct sheet *s)
{
	static const char letters[] = "SMART";

	jsonw_newline(w);
	jsonw_key(w, "goals"), jsonw_array(w);
	for (size_t g = 0; g < s->ngoals; g++) {
		const struct sheet_goal *sg = &s->goals[g];
		const struct goal *gl = sg->goal;

		jsonw_newline(w);
		jsonw_object(w);
		jsonw_key(w, "id"), jsonw_str(w, goal_id(gl));
		jsonw_key(w, "goal"), put_node(w, goal_sentence(gl));
		jsonw_key(w, "smart"), jsonw_object(w);
		for (int k = 0; k < 5; k++) {
			char letter[2] = { letters[k], '\0' };

			jsonw_key(w, letter), jsonw_bool(w, (sg->pass & (1u << k)) != 0);
		}
		jsonw_end(w);
		jsonw_key(w, "deadline");
		if (gl->has_deadline) {
			put_date(w, gl->deadline);
			jsonw_key(w, "days_left"), jsonw_int(w, sg->days_left);
		} else {
			jsonw_null(w);
			jsonw_key(w, "days_left"), jsonw_null(w);
		}
		jsonw_key(w, "period");
		if (sg->progress != PROGRESS_SHOWN) {
			jsonw_null(w);
			jsonw_key(w, "since_start"), jsonw_null(w);
		} else {
			const struct period_value *pv = &sg->period;
			const struct since_start *ss = &sg->since_start;

			jsonw_object(w);
			jsonw_key(w, "value"), jsonw_num(w, pv->has ? pv->value : NAN);
			jsonw_key(w, "rate"), jsonw_num(w, pv->rate);
			if (sg->counts_tag)
				jsonw_key(w, "days"), jsonw_int(w, pv->days);
			jsonw_key(w, "met"), put_met(w, pv->met);
			jsonw_end(w);
			jsonw_key(w, "since_start"), jsonw_object(w);
			if (ss->of < 0) {
				jsonw_key(w, "value"), jsonw_num(w, ss->has ? ss->value : NAN);
				jsonw_key(w, "met"), put_met(w, ss->has ? ss->total_met : -1);
			} else {
				jsonw_key(w, "per"), jsonw_str(w, date_period_name(sg->per));
				jsonw_key(w, "met"), jsonw_int(w, ss->met);
				jsonw_key(w, "of"), jsonw_int(w, ss->of);
			}
			jsonw_end(w);
		}
		jsonw_key(w, "advice"), jsonw_str(w, sg->advice);
		jsonw_key(w, "rung"), jsonw_str(w, sg->rung);
		jsonw_key(w, "strength"), jsonw_num(w, round(sg->strength * 1000) / 1000);
		jsonw_key(w, "days");
		if (sg->has_days) {
			jsonw_object(w);
			for (int k = 0; k < DAY_NSTATES; k++)
				jsonw_key(w, day_state_keys[k]), jsonw_int(w, sg->days.n[k]);
			jsonw_key(w, "streak"), jsonw_int(w, sg->days.streak);
			jsonw_key(w, "longest"), jsonw_int(w, sg->days.longest);
			jsonw_end(w);
		} else
			jsonw_null(w);
		jsonw_end(w);
	}
	jsonw_end(w);
}

/* A score: its date and total, PHQ-9's item 9 (null when unknown), and its band if asked. */
static void
put_score(struct json_writer *w, enum instrument in, const struct score_point *p, int band,
    enum age_group age)
{
	jsonw_object(w);
	jsonw_key(w, "date"), put_date(w, p->day);
	jsonw_key(w, "score"), jsonw_num(w, p->total);
	if (in == INST_PHQ9)
		jsonw_key(w, "item9"), jsonw_num(w, p->item9 < 0 ? (double)NAN : (double)p->item9);
	if (band)
		jsonw_key(w, "band"), jsonw_str(w, score_band(in, p->total, age));
	jsonw_end(w);
}

static void
put_instruments(struct json_writer *w, const struct sheet *sh)
{
	jsonw_newline(w);
	jsonw_key(w, "measures"), jsonw_array(w);
	for (size_t i = 0; i < sh->ninstruments; i++) {
		const struct sheet_instrument *si = &sh->instruments[i];
		const struct instrument_info *ii = &instrument_table[si->in];
		const struct score_series *s = si->scores;

		jsonw_newline(w);
		jsonw_object(w);
		jsonw_key(w, "key"), jsonw_str(w, ii->key);
		jsonw_key(w, "name"), jsonw_str(w, ii->name);
		jsonw_key(w, "about"), jsonw_str(w, ii->about);
		jsonw_key(w, "higher_is_better"), jsonw_bool(w, ii->higher_is_better);
		jsonw_key(w, "latest"), put_score(w, si->in, &s->v[s->n - 1], 1, sh->age);
		jsonw_key(w, "before");
		if (s->n > 1)
			put_score(w, si->in, &s->v[s->n - 2], 1, sh->age);
		else
			jsonw_null(w);
		jsonw_key(w, "scores"), jsonw_array(w);
		for (size_t k = 0; k < s->n; k++)
			put_score(w, si->in, &s->v[k], 0, sh->age);
		jsonw_end(w);
		jsonw_key(w, "change");
		if (s->n > 1) {
			jsonw_object(w);
			jsonw_key(w, "points");
			jsonw_num(w, round((s->v[s->n - 1].total - s->v[0].total) * 100) / 100);
			jsonw_key(w, "rci"), jsonw_num(w, round(si->rci * 100) / 100);
			jsonw_key(w, "verdict"), jsonw_str(w, si->verdict);
			jsonw_end(w);
		} else {
			jsonw_null(w);
		}
		if (si->note != NULL)
			jsonw_key(w, "note"), jsonw_str(w, si->note);
		if (si->caseness != NULL)
			jsonw_key(w, "caseness"), jsonw_str(w, si->caseness);
		jsonw_end(w);
	}
	jsonw_end(w);
}

/* A T-score: the date of the rating, its value, and how many of the scaled goals it rates. */
static void
put_tscore(struct json_writer *w, const struct gas_point *p, size_t ngas)
{
	if (p == NULL) {
		jsonw_null(w);
		return;
	}
	jsonw_object(w);
	jsonw_key(w, "date"), put_date(w, p->day);
	jsonw_key(w, "value"), jsonw_num(w, round(p->t * 10) / 10);
	jsonw_key(w, "rated"), jsonw_uint(w, p->nrated);
	jsonw_key(w, "of"), jsonw_uint(w, ngas);
	jsonw_end(w);
}

/* A level with its date (when rated) and what it looks like. */
static void
put_level(struct json_writer *w, const struct gas_point *p, double level,
    const struct ynode *text)
{
	jsonw_object(w);
	if (p != NULL)
		jsonw_key(w, "date"), put_date(w, p->day);
	jsonw_key(w, "level"), jsonw_num(w, level == 0 ? 0 : level);  /* not -0 */
	jsonw_key(w, "text"), put_node(w, text);
	jsonw_end(w);
}

static void
put_gas(struct json_writer *w, const struct sheet *s)
{
	jsonw_newline(w);
	jsonw_key(w, "gas");
	if (s->ngas == 0) {
		jsonw_null(w);
		return;
	}
	jsonw_object(w);
	jsonw_key(w, "t"), put_tscore(w, s->t_latest, s->ngas);
	jsonw_key(w, "before"), put_tscore(w, s->t_before, s->ngas);
	jsonw_key(w, "goals"), jsonw_array(w);
	for (size_t k = 0; k < s->ngas; k++) {
		const struct sheet_gas *sg = &s->gas[k];
		const struct goal *gl = sg->goal;

		jsonw_newline(w);
		jsonw_object(w);
		jsonw_key(w, "id"), jsonw_str(w, goal_id(gl));
		jsonw_key(w, "status"), jsonw_str(w, goal_status_name(gl->status));
		jsonw_key(w, "weight"), jsonw_num(w, gl->gas.weight);
		jsonw_key(w, "baseline");
		if (gl->gas.has_baseline)
			put_level(w, NULL, gl->gas.baseline, sg->baseline_text);
		else
			jsonw_null(w);
		jsonw_key(w, "latest");
		if (sg->latest != NULL)
			put_level(w, sg->latest, sg->level, sg->level_text);
		else
			jsonw_null(w);
		jsonw_end(w);
	}
	jsonw_end(w);
	jsonw_end(w);
}

static void
put_day(struct json_writer *w, const struct sheet_day *d)
{
	jsonw_object(w);
	jsonw_key(w, "date"), put_date(w, d->day);
	jsonw_key(w, "value"), jsonw_num(w, d->value);
	jsonw_key(w, "text"), jsonw_str(w, d->text);
	jsonw_end(w);
}

static void
put_metrics(struct json_writer *w, const struct sheet *s)
{
	jsonw_newline(w);
	jsonw_key(w, "metrics"), jsonw_object(w);
	jsonw_key(w, "step"), jsonw_str(w, date_period_name(s->step));
	jsonw_key(w, "list"), jsonw_array(w);
	for (size_t i = 0; i < s->nmetrics; i++) {
		const struct sheet_metric *f = &s->metrics[i];

		jsonw_newline(w);
		jsonw_object(w);
		jsonw_key(w, "name"), jsonw_str(w, f->name);
		jsonw_key(w, "mean"), jsonw_num(w, f->now.sum / (double)f->now.n);
		jsonw_key(w, "before");
		jsonw_num(w, f->before.n ? f->before.sum / (double)f->before.n : NAN);
		jsonw_key(w, "n"), jsonw_uint(w, f->now.n);
		jsonw_key(w, "higher_is_better"), jsonw_bool(w, f->better_high);
		jsonw_key(w, "series"), jsonw_array(w);
		for (size_t b = 0; b < f->nbins; b++)
			jsonw_num(w, f->bins[b]);
		jsonw_end(w);
		jsonw_key(w, "best"), put_day(w, &f->best);
		jsonw_key(w, "hardest"), put_day(w, &f->hardest);
		jsonw_end(w);
	}
	jsonw_end(w);
	jsonw_end(w);
}

static void
put_said(struct json_writer *w, const struct sheet *s, const char *key, enum said kind)
{
	jsonw_newline(w);
	jsonw_key(w, key), jsonw_array(w);
	for (size_t i = 0; i < s->nsaid[kind]; i++) {
		jsonw_object(w);
		jsonw_key(w, "date"), put_date(w, s->said[kind][i].day);
		jsonw_key(w, "text"), jsonw_str(w, s->said[kind][i].text);
		jsonw_end(w);
	}
	jsonw_end(w);
}

void
sheet_json(FILE *fp, const struct sheet *s, const struct sheet_style *st)
{
	struct json_writer w;

	(void)st;
	jsonw_begin(&w, fp);
	jsonw_object(&w);
	jsonw_key(&w, "date"), put_date(&w, s->today);
	jsonw_key(&w, "safety");
	if (s->safety != NULL) {
		jsonw_object(&w);
		jsonw_key(&w, "text"), jsonw_str(&w, s->safety);
		jsonw_key(&w, "phq9"), jsonw_array(&w);
		for (size_t i = 0; i < s->nitem9; i++) {
			jsonw_object(&w);
			jsonw_key(&w, "date"), put_date(&w, s->item9[i].day);
			jsonw_key(&w, "score"), jsonw_num(&w, s->item9[i].total);
			jsonw_key(&w, "item9");
			jsonw_num(&w, s->item9[i].value < 0 ? (double)NAN : (double)s->item9[i].value);
			jsonw_end(&w);
		}
		jsonw_end(&w);
		jsonw_end(&w);
	} else {
		jsonw_null(&w);
	}
	jsonw_key(&w, "item9_unknown"), jsonw_str(&w, s->item9_unknown);
	jsonw_key(&w, "goals_error"), jsonw_str(&w, s->goals_error);
	jsonw_key(&w, "share"), jsonw_bool(&w, s->share);
	jsonw_newline(&w);
	jsonw_key(&w, "period"), jsonw_object(&w);
	jsonw_key(&w, "from"), put_date(&w, s->from);
	jsonw_key(&w, "to"), put_date(&w, s->today);
	jsonw_key(&w, "days"), jsonw_int(&w, s->today - s->from + 1);
	jsonw_key(&w, "since");
	jsonw_str(&w, s->since == SINCE_OPTION ? "option" : s->since == SINCE_SESSION ? "session" :
	    "default");
	jsonw_key(&w, "session");
	if (s->since == SINCE_SESSION)
		put_date(&w, s->session);
	else
		jsonw_null(&w);
	jsonw_end(&w);
	jsonw_newline(&w);
	jsonw_key(&w, "mission"), put_node(&w, s->mission);
	put_goals(&w, s);
	put_instruments(&w, s);
	put_gas(&w, s);
	put_metrics(&w, s);
	jsonw_newline(&w);
	jsonw_key(&w, "concerns"), jsonw_array(&w);
	for (size_t i = 0; i < s->nconcerns; i++) {
		jsonw_object(&w);
		jsonw_key(&w, "id"), put_node(&w, s->concerns[i]->id);
		jsonw_key(&w, "text"), put_node(&w, s->concerns[i]->text);
		jsonw_end(&w);
	}
	jsonw_end(&w);
	put_said(&w, s, "raise", SAID_RAISE);
	put_said(&w, s, "ask", SAID_ASK);
	put_said(&w, s, "win", SAID_WIN);
	jsonw_newline(&w);
	jsonw_key(&w, "steps"), jsonw_array(&w);
	for (size_t i = 0; i < s->nsteps; i++) {
		jsonw_object(&w);
		jsonw_key(&w, "goal"), jsonw_str(&w, goal_id(s->steps[i].goal));
		jsonw_key(&w, "text"), jsonw_strn(&w, s->steps[i].text, s->steps[i].len);
		jsonw_end(&w);
	}
	jsonw_end(&w);
	jsonw_newline(&w);
	jsonw_key(&w, "miracle");
	if (s->miracle != NULL) {
		jsonw_object(&w);
		jsonw_key(&w, "date"), put_date(&w, s->miracle_day);
		jsonw_key(&w, "text"), jsonw_str(&w, s->miracle);
		jsonw_key(&w, "complete"), jsonw_bool(&w, !s->miracle_cut);
		jsonw_end(&w);
	} else {
		jsonw_null(&w);
	}
	jsonw_end(&w);
	fputc('\n', fp);
}
