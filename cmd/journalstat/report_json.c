/* report_json.c: journalstat's reports in JSON, for jq and other tools; journalstat(1) gives
 * every field. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "date.h"
#include "goals.h"
#include "json.h"
#include "report.h"

/* A mean, or null when there was no value. */
static void
put_mean(const struct mean *m)
{
	if (m->n > 0)
		json_number(stdout, m->sum / (double)m->n);
	else
		fputs("null", stdout);
}

void
summary_json(const struct tally *t, const struct report_style *st)
{
	char a[DATE_BUFSIZE];
	long current, longest;
	size_t nm, nt;
	int *ids = tally_metrics(t, &nm), *tids = tally_tags(t, &nt);

	(void)st;
	dayset_streaks(&t->days, t->today, &current, &longest);
	printf("{\"entries\":%lu,\"days\":%lu,\"first\":", t->entries, t->days.count);
	json_cstring(stdout, t->days.count ? date_format(t->days.first, a) : NULL);
	fputs(",\"last\":", stdout);
	json_cstring(stdout, t->days.count ? date_format(t->days.last, a) : NULL);
	printf(",\"words\":%lu,\"streak\":{\"current\":%ld,\"longest\":%ld},\"metrics\":{",
	    t->words, current, longest);
	for (size_t i = 0; i < nm; i++) {
		const struct moments *m = &t->metric[ids[i]];

		printf("%s", i ? "," : "");
		json_cstring(stdout, t->jr.metrics.name[ids[i]]);
		printf(":{\"n\":%lu,\"mean\":", m->n);
		json_number(stdout, m->mean);
		fputs(",\"min\":", stdout);
		json_number(stdout, m->min);
		fputs(",\"max\":", stdout);
		json_number(stdout, m->max);
		fputs(",\"sd\":", stdout);
		json_number(stdout, moments_sd(m));
		fputs(",\"recent\":", stdout);
		put_mean(&t->recent[ids[i]]);
		fputs(",\"before\":", stdout);
		put_mean(&t->before[ids[i]]);
		putchar('}');
	}
	fputs("},\"tags\":{", stdout);
	for (size_t i = 0; i < nt; i++) {
		printf("%s", i ? "," : "");
		json_cstring(stdout, t->jr.tags.name[tids[i]]);
		printf(":{\"entries\":%lu,\"count\":%lu}", t->tag_total[tids[i]].entries,
		    t->tag_total[tids[i]].count);
	}
	puts("}}");
	free(ids);
	free(tids);
}

void
by_json(const struct tally *t, const struct report_style *st)
{
	const struct series *series = &t->series;
	char label[DATE_BUFSIZE];
	size_t nm;
	int *ids = tally_metrics(t, &nm);

	(void)st;
	fputs("{\"periods\":[", stdout);
	for (size_t p = 0; p < series->n; p++) {
		const struct row *r = &series->rows[p];
		static const struct mean none;

		date_period_label(series->lo + (long)p, series->per, label);
		printf("%s\n{\"period\":\"%s\",\"entries\":%lu,\"words\":%lu,\"metrics\":{",
		    p ? "," : "", label, r->entries, r->words);
		for (size_t i = 0; i < nm; i++) {
			printf("%s", i ? "," : "");
			json_cstring(stdout, t->jr.metrics.name[ids[i]]);
			putchar(':');
			put_mean((size_t)ids[i] < r->nmetric ? &r->metric[ids[i]] : &none);
		}
		fputs("},\"counts\":{", stdout);
		for (size_t k = 0; k < t->ncount; k++) {
			printf("%s", k ? "," : "");
			json_cstring(stdout, t->jr.tags.name[t->count_ids[k]]);
			printf(":%lu", r->count ? r->count[k] : 0);
		}
		fputs("}}", stdout);
	}
	puts("]}");
	free(ids);
}

void
tags_json(const struct tally *t, const struct report_style *st)
{
	size_t nt;
	int *tids = tally_tags(t, &nt);

	(void)st;
	fputs("{\"tags\":{", stdout);
	for (size_t i = 0; i < nt; i++) {
		const struct tag_total *tt = &t->tag_total[tids[i]];

		printf("%s\n", i ? "," : "");
		json_cstring(stdout, t->jr.tags.name[tids[i]]);
		printf(":{\"entries\":%lu,\"count\":%lu}", tt->entries, tt->count);
	}
	puts("}}");
	free(tids);
}

void
weekday_json(const struct tally *t, const struct report_style *st)
{
	size_t nm;
	int *ids = tally_metrics(t, &nm);

	(void)st;
	fputs("{\"weekdays\":[", stdout);
	for (int d = 0; d < 7; d++) {
		printf("%s\n{\"weekday\":\"%s\",\"entries\":%lu,\"metrics\":{", d ? "," : "",
		    weekday_name[d], t->week_entries[d]);
		for (size_t i = 0; i < nm; i++) {
			const struct mean *m = &t->weekday_mean[d][ids[i]];

			printf("%s", i ? "," : "");
			json_cstring(stdout, t->jr.metrics.name[ids[i]]);
			printf(":{\"n\":%lu,\"mean\":", m->n);
			put_mean(m);
			putchar('}');
		}
		fputs("}}", stdout);
	}
	puts("]}");
	free(ids);
}

void
with_json(const struct tally *t, const struct report_style *st)
{
	size_t nm;
	int *ids = tally_metrics(t, &nm);

	(void)st;
	fputs("{\"tag\":", stdout);
	json_cstring(stdout, t->jr.tags.name[t->with_tag_id]);
	printf(",\"entries\":{\"with\":%lu,\"without\":%lu},\"metrics\":{", t->with_entries[1],
	    t->with_entries[0]);
	for (size_t i = 0; i < nm; i++) {
		const struct mean *w = &t->with_mean[1][ids[i]], *wo = &t->with_mean[0][ids[i]];

		printf("%s", i ? "," : "");
		json_cstring(stdout, t->jr.metrics.name[ids[i]]);
		printf(":{\"with\":{\"n\":%lu,\"mean\":", w->n);
		put_mean(w);
		printf("},\"without\":{\"n\":%lu,\"mean\":", wo->n);
		put_mean(wo);
		fputs("}}", stdout);
	}
	puts("}}");
	free(ids);
}

void
goals_json(const struct tally *t, const struct report_style *st)
{
	char label[DATE_BUFSIZE];

	(void)st;
	fputs("{\"goals\":[", stdout);
	for (size_t g = 0; g < t->progress.n; g++) {
		const struct goal_progress *gp = &t->progress.v[g];
		const char *id = tally_goal_id(gp);
		long lo, hi, met = 0, of = 0;

		tally_goal_periods(t, gp, &lo, &hi);
		printf("%s\n{\"id\":", g ? "," : "");
		json_cstring(stdout, id);
		printf(",\"%s\":", gp->tag >= 0 ? "tag" : "metric");
		json_cstring(stdout, gp->tag >= 0 ? t->jr.tags.name[gp->tag] :
		    t->jr.metrics.name[gp->metric]);
		printf(",\"per\":\"%s\",\"periods\":[", date_period_name(gp->s.per));
		for (long i = lo; i <= hi; i++) {
			double v;
			int ok, has = tally_goal_value(gp, i, &v, &ok);

			met += ok;
			of++;
			date_period_label(i, gp->s.per, label);
			printf("%s{\"period\":\"%s\",\"value\":", i > lo ? "," : "", label);
			if (has)
				json_number(stdout, v);
			else
				fputs("null", stdout);
			printf(",\"met\":%s}", ok ? "true" : "false");
		}
		printf("],\"met\":%ld,\"of\":%ld}", met, of);
	}
	puts("]}");
}

void
measures_json(const struct tally *t, const struct report_style *st)
{
	const struct scores *scores = &t->scores;
	char a[DATE_BUFSIZE], buf[SAFETY_SIZE];
	size_t at = 0;
	int shown = 0;

	(void)st;
	fputs("{\"safety\":", stdout);
	json_cstring(stdout, tally_safety(t, buf, &at));
	fputs(",\"measures\":[", stdout);
	for (int in = 0; in < INST_COUNT; in++) {
		const struct instrument_info *ii = &instrument_table[in];
		const struct score_series *s = &scores->s[in];
		struct first_latest fl;
		int has = first_to_latest(t, (enum instrument)in, &fl);

		if (s->n == 0)
			continue;
		printf("%s\n{\"key\":\"%s\",\"name\":\"%s\",\"about\":", shown++ ? "," : "",
		    ii->key, ii->name);
		json_cstring(stdout, ii->about);
		fputs(",\"scores\":[", stdout);
		for (size_t i = 0; i < s->n; i++) {
			printf("%s{\"date\":\"%s\",\"score\":", i ? "," : "",
			    date_format(s->v[i].day, a));
			json_number(stdout, s->v[i].total);
			fputs(",\"band\":", stdout);
			json_cstring(stdout, score_band((enum instrument)in, s->v[i].total));
			if (s->v[i].item9 >= 0)
				printf(",\"item9\":%d", s->v[i].item9);
			putchar('}');
		}
		fputs("],\"first\":", stdout);
		json_number(stdout, s->v[0].total);
		fputs(",\"latest\":", stdout);
		json_number(stdout, s->v[s->n - 1].total);
		fputs(",\"change\":", stdout);
		json_number(stdout, has ? fl.change : NAN);
		fputs(",\"rci\":", stdout);
		json_number(stdout, has ? fl.rci : NAN);
		fputs(",\"verdict\":", stdout);
		json_cstring(stdout, has && !isnan(fl.rci) ? change_name(fl.verdict) : NULL);
		putchar('}');
	}
	fputs("],\"gas\":{\"goals\":[", stdout);
	for (size_t k = 0; k < scores->ngas; k++) {
		const struct gas *gs = &scores->gas[k]->gas;

		printf("%s{\"id\":", k ? "," : "");
		json_cstring(stdout, goal_id(scores->gas[k]));
		fputs(",\"weight\":", stdout);
		json_number(stdout, gs->weight);
		fputs(",\"baseline\":", stdout);
		json_number(stdout, gs->has_baseline ? (double)gs->baseline : NAN);
		putchar('}');
	}
	fputs("],\"ratings\":[", stdout);
	for (size_t r = 0; r < scores->nrated; r++) {
		const struct gas_point *gp = &scores->rated[r];

		printf("%s\n{\"date\":\"%s\",\"levels\":{", r ? "," : "", date_format(gp->day, a));
		for (size_t k = 0; k < scores->ngas; k++) {
			printf("%s", k ? "," : "");
			json_cstring(stdout, goal_id(scores->gas[k]));
			putchar(':');
			json_number(stdout, gp->level[k]);
		}
		fputs("},\"t\":", stdout);
		json_number(stdout, tscore_of(gp));
		putchar('}');
	}
	puts("]}}");
}
