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

	json_str(w, date_format(day, a));
}

/* A text of the goals file, or null. */
static void
put_node(struct json_writer *w, const struct ynode *n)
{
	if (n == NULL || n->kind != YNODE_SCALAR)
		json_null(w);
	else
		json_strn(w, n->value, n->len);
}

/* true, false, or null when not judged (-1). */
static void
put_met(struct json_writer *w, int met)
{
	if (met < 0)
		json_null(w);
	else
		json_bool(w, met);
}

static void
put_goals(struct json_writer *w, const struct sheet *s)
{
	static const char letters[] = "SMART";

	json_newline(w);
	json_key(w, "goals"), json_array(w);
	for (size_t g = 0; g < s->ngoals; g++) {
		const struct sheet_goal *sg = &s->goals[g];
		const struct goal *gl = sg->goal;

		json_newline(w);
		json_object(w);
		json_key(w, "id"), json_str(w, goal_id(gl));
		json_key(w, "goal"), put_node(w, goal_sentence(gl));
		json_key(w, "smart"), json_object(w);
		for (int k = 0; k < 5; k++) {
			char letter[2] = { letters[k], '\0' };

			json_key(w, letter), json_bool(w, (sg->pass & (1u << k)) != 0);
		}
		json_end(w);
		json_key(w, "deadline");
		if (gl->has_deadline) {
			put_date(w, gl->deadline);
			json_key(w, "days_left"), json_int(w, sg->days_left);
		} else {
			json_null(w);
			json_key(w, "days_left"), json_null(w);
		}
		json_key(w, "period");
		if (sg->progress != PROGRESS_SHOWN) {
			json_null(w);
			json_key(w, "since_start"), json_null(w);
		} else {
			const struct period_value *pv = &sg->period;
			const struct since_start *ss = &sg->since_start;

			json_object(w);
			json_key(w, "value"), json_num(w, pv->has ? pv->value : NAN);
			json_key(w, "rate"), json_num(w, pv->rate);
			json_key(w, "met"), put_met(w, pv->met);
			json_end(w);
			json_key(w, "since_start"), json_object(w);
			if (ss->of < 0) {
				json_key(w, "value"), json_num(w, ss->has ? ss->value : NAN);
				json_key(w, "met"), put_met(w, ss->has ? ss->total_met : -1);
			} else {
				json_key(w, "per"), json_str(w, date_period_name(sg->per));
				json_key(w, "met"), json_int(w, ss->met);
				json_key(w, "of"), json_int(w, ss->of);
			}
			json_end(w);
		}
		json_key(w, "advice"), json_str(w, sg->advice);
		json_key(w, "rung"), json_str(w, sg->rung);
		json_key(w, "strength"), json_num(w, round(sg->strength * 1000) / 1000);
		json_end(w);
	}
	json_end(w);
}

/* A score: its date and total, PHQ-9's item 9 (null when unknown), and its band if asked. */
static void
put_score(struct json_writer *w, enum instrument in, const struct score_point *p, int band,
    enum age_group age)
{
	json_object(w);
	json_key(w, "date"), put_date(w, p->day);
	json_key(w, "score"), json_num(w, p->total);
	if (in == INST_PHQ9)
		json_key(w, "item9"), json_num(w, p->item9 < 0 ? (double)NAN : (double)p->item9);
	if (band)
		json_key(w, "band"), json_str(w, score_band(in, p->total, age));
	json_end(w);
}

static void
put_instruments(struct json_writer *w, const struct sheet *sh)
{
	json_newline(w);
	json_key(w, "measures"), json_array(w);
	for (size_t i = 0; i < sh->ninstruments; i++) {
		const struct sheet_instrument *si = &sh->instruments[i];
		const struct instrument_info *ii = &instrument_table[si->in];
		const struct score_series *s = si->scores;

		json_newline(w);
		json_object(w);
		json_key(w, "key"), json_str(w, ii->key);
		json_key(w, "name"), json_str(w, ii->name);
		json_key(w, "about"), json_str(w, ii->about);
		json_key(w, "higher_is_better"), json_bool(w, ii->higher_is_better);
		json_key(w, "latest"), put_score(w, si->in, &s->v[s->n - 1], 1, sh->age);
		json_key(w, "before");
		if (s->n > 1)
			put_score(w, si->in, &s->v[s->n - 2], 1, sh->age);
		else
			json_null(w);
		json_key(w, "scores"), json_array(w);
		for (size_t k = 0; k < s->n; k++)
			put_score(w, si->in, &s->v[k], 0, sh->age);
		json_end(w);
		json_key(w, "change");
		if (s->n > 1) {
			json_object(w);
			json_key(w, "points");
			json_num(w, round((s->v[s->n - 1].total - s->v[0].total) * 100) / 100);
			json_key(w, "rci"), json_num(w, round(si->rci * 100) / 100);
			json_key(w, "verdict"), json_str(w, si->verdict);
			json_end(w);
		} else {
			json_null(w);
		}
		if (si->note != NULL)
			json_key(w, "note"), json_str(w, si->note);
		if (si->caseness != NULL)
			json_key(w, "caseness"), json_str(w, si->caseness);
		json_end(w);
	}
	json_end(w);
}

/* A T-score: the date of the rating, its value, and how many of the scaled goals it rates. */
static void
put_tscore(struct json_writer *w, const struct gas_point *p, size_t ngas)
{
	if (p == NULL) {
		json_null(w);
		return;
	}
	json_object(w);
	json_key(w, "date"), put_date(w, p->day);
	json_key(w, "value"), json_num(w, round(p->t * 10) / 10);
	json_key(w, "rated"), json_uint(w, p->nrated);
	json_key(w, "of"), json_uint(w, ngas);
	json_end(w);
}

/* A level with its date (when rated) and what it looks like. */
static void
put_level(struct json_writer *w, const struct gas_point *p, double level,
    const struct ynode *text)
{
	json_object(w);
	if (p != NULL)
		json_key(w, "date"), put_date(w, p->day);
	json_key(w, "level"), json_num(w, level == 0 ? 0 : level);  /* not -0 */
	json_key(w, "text"), put_node(w, text);
	json_end(w);
}

static void
put_gas(struct json_writer *w, const struct sheet *s)
{
	json_newline(w);
	json_key(w, "gas");
	if (s->ngas == 0) {
		json_null(w);
		return;
	}
	json_object(w);
	json_key(w, "t"), put_tscore(w, s->t_latest, s->ngas);
	json_key(w, "before"), put_tscore(w, s->t_before, s->ngas);
	json_key(w, "goals"), json_array(w);
	for (size_t k = 0; k < s->ngas; k++) {
		const struct sheet_gas *sg = &s->gas[k];
		const struct goal *gl = sg->goal;

		json_newline(w);
		json_object(w);
		json_key(w, "id"), json_str(w, goal_id(gl));
		json_key(w, "status"), json_str(w, goal_status_name(gl->status));
		json_key(w, "weight"), json_num(w, gl->gas.weight);
		json_key(w, "baseline");
		if (gl->gas.has_baseline)
			put_level(w, NULL, gl->gas.baseline, sg->baseline_text);
		else
			json_null(w);
		json_key(w, "latest");
		if (sg->latest != NULL)
			put_level(w, sg->latest, sg->level, sg->level_text);
		else
			json_null(w);
		json_end(w);
	}
	json_end(w);
	json_end(w);
}

static void
put_day(struct json_writer *w, const struct sheet_day *d)
{
	json_object(w);
	json_key(w, "date"), put_date(w, d->day);
	json_key(w, "value"), json_num(w, d->value);
	json_key(w, "text"), json_str(w, d->text);
	json_end(w);
}

static void
put_metrics(struct json_writer *w, const struct sheet *s)
{
	json_newline(w);
	json_key(w, "metrics"), json_object(w);
	json_key(w, "step"), json_str(w, date_period_name(s->step));
	json_key(w, "list"), json_array(w);
	for (size_t i = 0; i < s->nmetrics; i++) {
		const struct sheet_metric *f = &s->metrics[i];

		json_newline(w);
		json_object(w);
		json_key(w, "name"), json_str(w, f->name);
		json_key(w, "mean"), json_num(w, f->now.sum / (double)f->now.n);
		json_key(w, "before");
		json_num(w, f->before.n ? f->before.sum / (double)f->before.n : NAN);
		json_key(w, "n"), json_uint(w, f->now.n);
		json_key(w, "higher_is_better"), json_bool(w, f->better_high);
		json_key(w, "series"), json_array(w);
		for (size_t b = 0; b < f->nbins; b++)
			json_num(w, f->bins[b]);
		json_end(w);
		json_key(w, "best"), put_day(w, &f->best);
		json_key(w, "hardest"), put_day(w, &f->hardest);
		json_end(w);
	}
	json_end(w);
	json_end(w);
}

static void
put_said(struct json_writer *w, const struct sheet *s, const char *key, enum said kind)
{
	json_newline(w);
	json_key(w, key), json_array(w);
	for (size_t i = 0; i < s->nsaid[kind]; i++) {
		json_object(w);
		json_key(w, "date"), put_date(w, s->said[kind][i].day);
		json_key(w, "text"), json_str(w, s->said[kind][i].text);
		json_end(w);
	}
	json_end(w);
}

void
sheet_json(FILE *fp, const struct sheet *s, const struct sheet_style *st)
{
	struct json_writer w;

	(void)st;
	json_begin(&w, fp);
	json_object(&w);
	json_key(&w, "date"), put_date(&w, s->today);
	json_key(&w, "safety");
	if (s->safety != NULL) {
		json_object(&w);
		json_key(&w, "text"), json_str(&w, s->safety);
		json_key(&w, "phq9"), json_array(&w);
		for (size_t i = 0; i < s->nitem9; i++) {
			json_object(&w);
			json_key(&w, "date"), put_date(&w, s->item9[i].day);
			json_key(&w, "score"), json_num(&w, s->item9[i].total);
			json_key(&w, "item9");
			json_num(&w, s->item9[i].value < 0 ? (double)NAN : (double)s->item9[i].value);
			json_end(&w);
		}
		json_end(&w);
		json_end(&w);
	} else {
		json_null(&w);
	}
	json_key(&w, "item9_unknown"), json_str(&w, s->item9_unknown);
	json_key(&w, "goals_error"), json_str(&w, s->goals_error);
	json_key(&w, "share"), json_bool(&w, s->share);
	json_newline(&w);
	json_key(&w, "period"), json_object(&w);
	json_key(&w, "from"), put_date(&w, s->from);
	json_key(&w, "to"), put_date(&w, s->today);
	json_key(&w, "days"), json_int(&w, s->today - s->from + 1);
	json_key(&w, "since");
	json_str(&w, s->since == SINCE_OPTION ? "option" : s->since == SINCE_SESSION ? "session" :
	    "default");
	json_key(&w, "session");
	if (s->since == SINCE_SESSION)
		put_date(&w, s->session);
	else
		json_null(&w);
	json_end(&w);
	json_newline(&w);
	json_key(&w, "mission"), put_node(&w, s->mission);
	put_goals(&w, s);
	put_instruments(&w, s);
	put_gas(&w, s);
	put_metrics(&w, s);
	json_newline(&w);
	json_key(&w, "concerns"), json_array(&w);
	for (size_t i = 0; i < s->nconcerns; i++) {
		json_object(&w);
		json_key(&w, "id"), put_node(&w, s->concerns[i]->id);
		json_key(&w, "text"), put_node(&w, s->concerns[i]->text);
		json_end(&w);
	}
	json_end(&w);
	put_said(&w, s, "raise", SAID_RAISE);
	put_said(&w, s, "ask", SAID_ASK);
	put_said(&w, s, "win", SAID_WIN);
	json_newline(&w);
	json_key(&w, "steps"), json_array(&w);
	for (size_t i = 0; i < s->nsteps; i++) {
		json_object(&w);
		json_key(&w, "goal"), json_str(&w, goal_id(s->steps[i].goal));
		json_key(&w, "text"), json_strn(&w, s->steps[i].text, s->steps[i].len);
		json_end(&w);
	}
	json_end(&w);
	json_newline(&w);
	json_key(&w, "miracle");
	if (s->miracle != NULL) {
		json_object(&w);
		json_key(&w, "date"), put_date(&w, s->miracle_day);
		json_key(&w, "text"), json_str(&w, s->miracle);
		json_key(&w, "complete"), json_bool(&w, !s->miracle_cut);
		json_end(&w);
	} else {
		json_null(&w);
	}
	json_end(&w);
	fputc('\n', fp);
}
