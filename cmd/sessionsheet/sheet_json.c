/* sheet_json.c: the session sheet in JSON, for other tools: a renderer of the sheet (sheet.h)
 * with the same content as the Markdown, its numbers unrounded where the page rounds them.
 * sessionsheet(1) documents every field. */
#include <math.h>
#include <stdio.h>

#include "date.h"
#include "goals.h"
#include "json.h"
#include "measures.h"
#include "sheet.h"

static void
json_date(FILE *fp, long day)
{
	char a[DATE_BUFSIZE];

	fprintf(fp, "\"%s\"", date_format(day, a));
}

static void
json_node(FILE *fp, const struct ynode *n)
{
	if (n == NULL || n->kind != YNODE_SCALAR)
		fputs("null", fp);
	else
		json_string(fp, n->value, n->len);
}

static void
json_goals(FILE *fp, const struct sheet *s)
{
	static const char letters[] = "SMART";

	fputs(",\n\"goals\":[", fp);
	for (size_t g = 0; g < s->ngoals; g++) {
		const struct sheet_goal *sg = &s->goals[g];
		const struct goal *gl = sg->goal;

		fprintf(fp, "%s\n{\"id\":", g == 0 ? "" : ",");
		json_cstring(fp, goal_id(gl));
		fputs(",\"goal\":", fp);
		json_node(fp, goal_sentence(gl));
		fputs(",\"smart\":{", fp);
		for (int k = 0; k < 5; k++)
			fprintf(fp, "%s\"%c\":%s", k ? "," : "", letters[k],
			    sg->pass & (1u << k) ? "true" : "false");
		fputs("},\"deadline\":", fp);
		if (gl->has_deadline) {
			json_date(fp, gl->deadline);
			fprintf(fp, ",\"days_left\":%ld", sg->days_left);
		} else {
			fputs("null,\"days_left\":null", fp);
		}
		fputs(",\"period\":", fp);
		if (sg->progress != PROGRESS_SHOWN) {
			fputs("null,\"since_start\":null", fp);
		} else {
			const struct period_value *pv = &sg->period;
			const struct since_start *ss = &sg->since_start;

			fputs("{\"value\":", fp);
			json_number(fp, pv->has ? pv->value : NAN);
			fputs(",\"rate\":", fp);
			json_number(fp, pv->rate);
			fprintf(fp, ",\"met\":%s},\"since_start\":",
			    pv->met < 0 ? "null" : pv->met ? "true" : "false");
			if (ss->of < 0) {
				fputs("{\"value\":", fp);
				json_number(fp, ss->has ? ss->value : NAN);
				fprintf(fp, ",\"met\":%s}", !ss->has ? "null" : ss->total_met ? "true" :
				    "false");
			} else {
				fprintf(fp, "{\"per\":\"%s\",\"met\":%ld,\"of\":%ld}",
				    date_period_name(sg->per), ss->met, ss->of);
			}
		}
		fputs(",\"advice\":", fp);
		json_cstring(fp, sg->advice);
		fputc('}', fp);
	}
	fputs("]", fp);
}

/* A score: its date and total, PHQ-9's item 9 (null when unknown), and its band if asked. */
static void
json_score(FILE *fp, enum instrument in, const struct score_point *p, int band)
{
	fputs("{\"date\":", fp);
	json_date(fp, p->day);
	fputs(",\"score\":", fp);
	json_number(fp, p->total);
	if (in == INST_PHQ9) {
		fputs(",\"item9\":", fp);
		json_number(fp, p->item9 < 0 ? (double)NAN : (double)p->item9);
	}
	if (band) {
		fputs(",\"band\":", fp);
		json_cstring(fp, score_band(in, p->total));
	}
	fputc('}', fp);
}

static void
json_instruments(FILE *fp, const struct sheet *sh)
{
	fputs(",\n\"measures\":[", fp);
	for (size_t i = 0; i < sh->ninstruments; i++) {
		const struct sheet_instrument *si = &sh->instruments[i];
		const struct instrument_info *ii = &instrument_table[si->in];
		const struct score_series *s = si->scores;

		fprintf(fp, "%s\n{\"key\":\"%s\",\"name\":\"%s\",\"about\":\"%s\","
		    "\"higher_is_better\":%s,\"latest\":", i == 0 ? "" : ",", ii->key, ii->name,
		    ii->about, ii->higher_is_better ? "true" : "false");
		json_score(fp, si->in, &s->v[s->n - 1], 1);
		fputs(",\"before\":", fp);
		if (s->n > 1)
			json_score(fp, si->in, &s->v[s->n - 2], 1);
		else
			fputs("null", fp);
		fputs(",\"scores\":[", fp);
		for (size_t k = 0; k < s->n; k++) {
			fputs(k ? "," : "", fp);
			json_score(fp, si->in, &s->v[k], 0);
		}
		fputs("],\"change\":", fp);
		if (s->n > 1) {
			fputs("{\"points\":", fp);
			json_number(fp, round((s->v[s->n - 1].total - s->v[0].total) * 100) / 100);
			fputs(",\"rci\":", fp);
			json_number(fp, round(si->rci * 100) / 100);
			fputs(",\"verdict\":", fp);
			json_cstring(fp, si->verdict);
			fputc('}', fp);
		} else {
			fputs("null", fp);
		}
		fputc('}', fp);
	}
	fputc(']', fp);
}

/* A T-score: the date of the rating, its value, and how many of the scaled goals it rates. */
static void
json_tscore(FILE *fp, const struct gas_point *p, size_t ngas)
{
	if (p == NULL) {
		fputs("null", fp);
		return;
	}
	fputs("{\"date\":", fp);
	json_date(fp, p->day);
	fputs(",\"value\":", fp);
	json_number(fp, round(p->t * 10) / 10);
	fprintf(fp, ",\"rated\":%zu,\"of\":%zu}", p->nrated, ngas);
}

/* A level with its date (when rated) and what it looks like. */
static void
json_level(FILE *fp, const struct gas_point *p, double level, const struct ynode *text)
{
	fputs("{", fp);
	if (p != NULL) {
		fputs("\"date\":", fp);
		json_date(fp, p->day);
		fputc(',', fp);
	}
	fputs("\"level\":", fp);
	json_number(fp, level == 0 ? 0 : level);  /* not -0 */
	fputs(",\"text\":", fp);
	json_node(fp, text);
	fputc('}', fp);
}

static void
json_gas(FILE *fp, const struct sheet *s)
{
	fputs(",\n\"gas\":", fp);
	if (s->ngas == 0) {
		fputs("null", fp);
		return;
	}
	fputs("{\"t\":", fp);
	json_tscore(fp, s->t_latest, s->ngas);
	fputs(",\"before\":", fp);
	json_tscore(fp, s->t_before, s->ngas);
	fputs(",\"goals\":[", fp);
	for (size_t k = 0; k < s->ngas; k++) {
		const struct sheet_gas *sg = &s->gas[k];
		const struct goal *gl = sg->goal;

		fputs(k ? ",\n{\"id\":" : "\n{\"id\":", fp);
		json_cstring(fp, goal_id(gl));
		fprintf(fp, ",\"status\":\"%s\",\"weight\":", goal_status_name(gl->status));
		json_number(fp, gl->gas.weight);
		fputs(",\"baseline\":", fp);
		if (gl->gas.has_baseline)
			json_level(fp, NULL, gl->gas.baseline, sg->baseline_text);
		else
			fputs("null", fp);
		fputs(",\"latest\":", fp);
		if (sg->latest != NULL)
			json_level(fp, sg->latest, sg->level, sg->level_text);
		else
			fputs("null", fp);
		fputc('}', fp);
	}
	fputs("]}", fp);
}

static void
json_day_text(FILE *fp, const struct sheet_day *d)
{
	fputs("{\"date\":", fp);
	json_date(fp, d->day);
	fputs(",\"value\":", fp);
	json_number(fp, d->value);
	fputs(",\"text\":", fp);
	json_cstring(fp, d->text);
	fputc('}', fp);
}

static void
json_metrics(FILE *fp, const struct sheet *s)
{
	fprintf(fp, ",\n\"metrics\":{\"step\":\"%s\",\"list\":[", date_period_name(s->step));
	for (size_t i = 0; i < s->nmetrics; i++) {
		const struct sheet_metric *f = &s->metrics[i];

		fprintf(fp, "%s\n{\"name\":", i ? "," : "");
		json_cstring(fp, f->name);
		fputs(",\"mean\":", fp);
		json_number(fp, f->now.sum / (double)f->now.n);
		fputs(",\"before\":", fp);
		json_number(fp, f->before.n ? f->before.sum / (double)f->before.n : NAN);
		fprintf(fp, ",\"n\":%lu,\"higher_is_better\":%s,\"series\":[", f->now.n,
		    f->better_high ? "true" : "false");
		for (size_t b = 0; b < f->nbins; b++) {
			fputs(b ? "," : "", fp);
			json_number(fp, f->bins[b]);
		}
		fputs("],\"best\":", fp);
		json_day_text(fp, &f->best);
		fputs(",\"hardest\":", fp);
		json_day_text(fp, &f->hardest);
		fputc('}', fp);
	}
	fputs("]}", fp);
}

static void
json_said(FILE *fp, const struct sheet *s, const char *key, enum said kind)
{
	fprintf(fp, ",\n\"%s\":[", key);
	for (size_t i = 0; i < s->nsaid[kind]; i++) {
		fputs(i == 0 ? "{\"date\":" : ",{\"date\":", fp);
		json_date(fp, s->said[kind][i].day);
		fputs(",\"text\":", fp);
		json_cstring(fp, s->said[kind][i].text);
		fputc('}', fp);
	}
	fputc(']', fp);
}

void
sheet_json(FILE *fp, const struct sheet *s, const struct sheet_style *st)
{
	(void)st;
	fputs("{\"date\":", fp);
	json_date(fp, s->today);
	fputs(",\"safety\":", fp);
	if (s->safety != NULL) {
		fputs("{\"text\":", fp);
		json_cstring(fp, s->safety);
		fputs(",\"phq9\":[", fp);
		for (size_t i = 0; i < s->nitem9; i++) {
			fputs(i ? ",{\"date\":" : "{\"date\":", fp);
			json_date(fp, s->item9[i].day);
			fputs(",\"score\":", fp);
			json_number(fp, s->item9[i].total);
			fputs(",\"item9\":", fp);
			json_number(fp, s->item9[i].value < 0 ? (double)NAN :
			    (double)s->item9[i].value);
			fputc('}', fp);
		}
		fputs("]}", fp);
	} else {
		fputs("null", fp);
	}
	fprintf(fp, ",\"share\":%s", s->share ? "true" : "false");
	fputs(",\n\"period\":{\"from\":", fp);
	json_date(fp, s->from);
	fputs(",\"to\":", fp);
	json_date(fp, s->today);
	fprintf(fp, ",\"days\":%ld,\"since\":\"%s\",\"session\":", s->today - s->from + 1,
	    s->since == SINCE_OPTION ? "option" : s->since == SINCE_SESSION ? "session" :
	    "default");
	if (s->since == SINCE_SESSION)
		json_date(fp, s->session);
	else
		fputs("null", fp);
	fputs("},\n\"mission\":", fp);
	json_node(fp, s->mission);
	json_goals(fp, s);
	json_instruments(fp, s);
	json_gas(fp, s);
	json_metrics(fp, s);
	fputs(",\n\"concerns\":[", fp);
	for (size_t i = 0; i < s->nconcerns; i++) {
		fputs(i == 0 ? "{\"id\":" : ",{\"id\":", fp);
		json_node(fp, s->concerns[i]->id);
		fputs(",\"text\":", fp);
		json_node(fp, s->concerns[i]->text);
		fputc('}', fp);
	}
	fputc(']', fp);
	json_said(fp, s, "raise", SAID_RAISE);
	json_said(fp, s, "ask", SAID_ASK);
	json_said(fp, s, "win", SAID_WIN);
	fputs(",\n\"steps\":[", fp);
	for (size_t i = 0; i < s->nsteps; i++) {
		fputs(i == 0 ? "{\"goal\":" : ",{\"goal\":", fp);
		json_cstring(fp, goal_id(s->steps[i].goal));
		fputs(",\"text\":", fp);
		json_string(fp, s->steps[i].text, s->steps[i].len);
		fputc('}', fp);
	}
	fputs("],\n\"miracle\":", fp);
	if (s->miracle != NULL) {
		fputs("{\"date\":", fp);
		json_date(fp, s->miracle_day);
		fputs(",\"text\":", fp);
		json_cstring(fp, s->miracle);
		fprintf(fp, ",\"complete\":%s}", s->miracle_cut ? "false" : "true");
	} else {
		fputs("null", fp);
	}
	fputs("}\n", fp);
}
