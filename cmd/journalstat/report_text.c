/* report_text.c: journalstat's reports for a person at the terminal: aligned tables, words,
 * and sparklines on a terminal. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "color.h"
#include "date.h"
#include "goals.h"
#include "report.h"
#include "spark.h"
#include "text.h"

/* Text reports fit a terminal this wide, or are turned on their side (--weekday). */
#define TEXT_COLUMNS 80

static const char *
sgr(const struct report_style *st, enum color c)
{
	return color_code(st->color, c);
}

/* A number for a person: whole numbers as they are, others to two places, none as "-". */
#define HUMAN_SIZE 48
static const char *
human(double v, char *buf)
{
	if (isnan(v))
		return strcpy(buf, "-");
	snprintf(buf, HUMAN_SIZE, v == floor(v) && fabs(v) < 1e15 ? "%.0f" : "%.2f", v);
	return buf;
}

static void
put_human(double v, int width)
{
	char buf[HUMAN_SIZE];

	printf("%*s", width, human(v, buf));
}

/* Columns a name takes on the terminal: a tag or a metric may be in any script, or an emoji. */
static int
cols(const char *s)
{
	return (int)text_width(s, strlen(s));
}

/* s padded with spaces to width columns, on the left (right-aligned) or on the right. */
static void
put_padded(const char *s, int width, int right)
{
	int pad = width - cols(s);

	if (right)
		printf("%*s", pad > 0 ? pad : 0, "");
	fputs(s, stdout);
	if (!right)
		printf("%*s", pad > 0 ? pad : 0, "");
}

/* "1 entry", "2 entries": n and the word for it. */
static const char *
noun(unsigned long n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* The columns a period's label takes: "week of 28 Sep 2026", "2026-11". */
static int
label_width(enum period per)
{
	return per == PERIOD_WEEK ? (int)strlen("week of 28 Sep 2026") : 10;
}

/* The width of a text column headed by a name, and of a count column headed by "#name". */
static int
width(const char *name)
{
	return cols(name) > 7 ? cols(name) : 7;
}

static int
count_width(const char *name)
{
	return width(name) + (cols(name) >= 7);
}

/* Draws the weekly means of metric id over the SPARK_WEEKS weeks to the last entry's (or
 * fewer, when the journal is younger): a blank is a week without a value. */
static void
sparkline(const struct tally *t, int id, int ascii)
{
	const struct series *series = &t->series;
	long hi = date_period_index(t->days.last < t->today ? t->days.last : t->today,
	    PERIOD_WEEK);
	long first = date_period_index(t->days.first, PERIOD_WEEK);
	long lo = hi - SPARK_WEEKS + 1 > first ? hi - SPARK_WEEKS + 1 : first;
	double v[SPARK_WEEKS];
	size_t n = 0;

	for (long w = lo; w <= hi; w++) {
		const struct row *r = w >= series->lo && w < series->lo + (long)series->n ?
		    &series->rows[w - series->lo] : NULL;

		v[n++] = r && (size_t)id < r->nmetric ? mean_of(&r->metric[id]) : NAN;
	}
	spark_write(stdout, v, n, ascii);
}

/* The figures of metric id for the summary's table, formatted into cells[1..7]. */
static void
metric_row(const struct tally *t, int id, char cells[8][HUMAN_SIZE])
{
	const struct moments *m = &t->metric[id];
	const double v[] = { (double)m->n, m->mean, m->min, m->max, moments_sd(m),
		mean_of(&t->recent[id]), mean_of(&t->before[id]) };

	for (int c = 1; c < 8; c++)
		human(v[c - 1], cells[c]);
}

/* The summary's table of metrics: each column as wide as its widest cell.  A row is
 * formatted twice, to measure it and to print it, rather than kept: a journal may have a
 * hundred thousand metrics. */
static void
metric_table(const struct tally *t, const struct report_style *st, const int *ids, size_t nm)
{
	static const char *const head[] = { "metric", "n", "mean", "min", "max", "sd",
		"last 4w", "4w before" };
	char cells[8][HUMAN_SIZE];
	int w[8];

	w[0] = cols(head[0]);
	for (int c = 1; c < 8; c++)
		w[c] = (int)strlen(head[c]);
	for (size_t i = 0; i < nm; i++) {
		const char *name = t->jr.metrics.name[ids[i]];

		if (cols(name) > w[0])
			w[0] = cols(name);
		metric_row(t, ids[i], cells);
		for (int c = 1; c < 8; c++)
			if ((int)strlen(cells[c]) > w[c])
				w[c] = (int)strlen(cells[c]);
	}
	printf("\n%s", sgr(st, COLOR_BOLD));
	put_padded(head[0], w[0], 0);
	for (int c = 1; c < 8; c++)
		printf("  %*s", w[c], head[c]);
	printf("%s%s\n", st->tty ? "  by week" : "", sgr(st, COLOR_RESET));
	for (size_t i = 0; i < nm; i++) {
		put_padded(t->jr.metrics.name[ids[i]], w[0], 0);
		metric_row(t, ids[i], cells);
		for (int c = 1; c < 8; c++)
			printf("  %*s", w[c], cells[c]);
		if (st->tty) {
			fputs("  ", stdout);
			sparkline(t, ids[i], st->ascii);
		}
		putchar('\n');
	}
}

/* The questionnaires and goal attainment levels among the nm metrics ids, named only:
 * --measures scores them. */
static void
measure_names(const struct tally *t, const struct report_style *st, const int *ids, size_t nm)
{
	size_t shown = 0;

	for (size_t i = 0; i < nm; i++) {
		if (!tally_is_measure(t, ids[i]))
			continue;
		if (shown++ == 0)
			printf("\n%smeasures%s ", sgr(st, COLOR_BOLD), sgr(st, COLOR_RESET));
		printf("%s%s", shown > 1 ? ", " : " ", t->jr.metrics.name[ids[i]]);
	}
	if (shown > 0)
		puts(": scored by journalstat --measures");
}

void
summary_text(const struct tally *t, const struct report_style *st)
{
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE];
	long current, longest;
	size_t nall, nm, nt;
	/* Sorted once for the table and the measures: a journal may have a hundred thousand
	 * metrics. */
	int *all = tally_metrics(t, &nall), *tids = tally_top_tags(t, TOP_TAGS, &nt);
	int *ids = xmalloc((nall ? nall : 1) * sizeof *ids);

	if (nall > 0)
		memcpy(ids, all, nall * sizeof *ids);
	nm = tally_keep_plain(t, ids, nall);
	if (t->entries == 0) {
		puts("no entries");
		free(all);
		free(ids);
		free(tids);
		return;
	}
	dayset_streaks(&t->days, t->today, &current, &longest);
	printf("%sentries%s  %lu on %lu %s, %s to %s (%.0f%% of days)\n", sgr(st, COLOR_BOLD),
	    sgr(st, COLOR_RESET), t->entries, t->days.count, noun(t->days.count, "day", "days"),
	    date_format(t->days.first, a),
	    date_format(t->days.last, b),
	    100.0 * (double)t->days.count / (double)(t->days.last - t->days.first + 1));
	printf("%sstreak%s   %ld %s now, longest %ld\n", sgr(st, COLOR_BOLD),
	    sgr(st, COLOR_RESET), current, noun((unsigned long)current, "day", "days"), longest);
	printf("%swords%s    %lu\n", sgr(st, COLOR_BOLD), sgr(st, COLOR_RESET), t->words);
	if (nm > 0)
		metric_table(t, st, ids, nm);
	measure_names(t, st, all, nall);
	if (nt > 0) {
		printf("\n%stags%s    ", sgr(st, COLOR_BOLD), sgr(st, COLOR_RESET));
		for (size_t i = 0; i < nt && i < TOP_TAGS; i++)
			printf("%s#%s %lu", i ? ", " : " ", t->jr.tags.name[tids[i]],
			    t->tag_total[tids[i]].entries);
		printf("%s\n", nt > TOP_TAGS ? ", ..." : "");
	}
	free(all);
	free(ids);
	free(tids);
}

void
by_text(const struct tally *t, const struct report_style *st)
{
	char label[DATE_WORDS_SIZE], buf[HUMAN_SIZE];
	int lw = label_width(t->series.per);
	const struct series *series = &t->series;
	size_t nm;
	int *ids = tally_plain_metrics(t, &nm);
	int *w = xmalloc((nm ? nm : 1) * sizeof *w);

	/* Each metric's column as wide as its name or its widest mean. */
	for (size_t i = 0; i < nm; i++) {
		w[i] = width(t->jr.metrics.name[ids[i]]);
		for (size_t p = 0; p < series->n; p++)
			if ((size_t)ids[i] < series->rows[p].nmetric &&
			    (int)strlen(human(mean_of(&series->rows[p].metric[ids[i]]), buf)) > w[i])
				w[i] = (int)strlen(buf);
	}
	printf("%s%-*s %7s %7s", sgr(st, COLOR_BOLD), lw, "period", "entries", "words");
	for (size_t i = 0; i < nm; i++) {
		putchar(' ');
		put_padded(t->jr.metrics.name[ids[i]], w[i], 1);
	}
	for (size_t k = 0; k < t->ncount; k++) {
		const char *name = t->jr.tags.name[t->count_ids[k]];

		printf(" %*s#%s", count_width(name) - cols(name) - 1, "", name);
	}
	fputs(sgr(st, COLOR_RESET), stdout);
	putchar('\n');
	for (size_t p = 0; p < series->n; p++) {
		const struct row *r = &series->rows[p];
		static const struct mean none;

		date_period_words(series->lo + (long)p, series->per, label);
		printf("%-*s %7lu %7lu", lw, label, r->entries, r->words);
		for (size_t i = 0; i < nm; i++) {
			const struct mean *m = (size_t)ids[i] < r->nmetric ? &r->metric[ids[i]] : &none;

			putchar(' ');
			put_human(mean_of(m), w[i]);
		}
		for (size_t k = 0; k < t->ncount; k++)
			printf(" %*lu", count_width(t->jr.tags.name[t->count_ids[k]]),
			    r->count ? r->count[k] : 0);
		putchar('\n');
	}
	free(w);
	free(ids);
}

void
tags_text(const struct tally *t, const struct report_style *st)
{
	size_t nt;
	int *tids = tally_tags(t, &nt), w = 20;

	/* As wide as the widest "#tag" on the terminal, at least 20 columns. */
	for (size_t i = 0; i < nt; i++)
		if (1 + cols(t->jr.tags.name[tids[i]]) > w)
			w = 1 + cols(t->jr.tags.name[tids[i]]);
	printf("%s%-*s %7s %7s%s\n", sgr(st, COLOR_BOLD), w, "tag", "entries", "count",
	    sgr(st, COLOR_RESET));
	for (size_t i = 0; i < nt; i++) {
		const struct tag_total *tt = &t->tag_total[tids[i]];

		putchar('#');
		put_padded(t->jr.tags.name[tids[i]], w - 1, 0);
		printf(" %7lu %7lu\n", tt->entries, tt->count);
	}
	free(tids);
}

/* --weekday with a row per weekday and, for each metric, its mean and n: the layout to
 * read down a column, when it fits the terminal. */
static void
weekday_rows_text(const struct tally *t, const struct report_style *st, const int *ids,
    size_t nm, const int *w)
{
	printf("%s%-7s %7s", sgr(st, COLOR_BOLD), "weekday", "entries");
	for (size_t i = 0; i < nm; i++) {
		fputs("  ", stdout);
		put_padded(t->jr.metrics.name[ids[i]], w[i], 1);
		printf(" %4s", "n");
	}
	printf("%s\n", sgr(st, COLOR_RESET));
	for (int d = 0; d < 7; d++) {
		printf("%-7s %7lu", weekday_name[d], t->week_entries[d]);
		for (size_t i = 0; i < nm; i++) {
			const struct mean *m = &t->weekday_mean[d][ids[i]];

			fputs("  ", stdout);
			put_human(mean_of(m), w[i]);
			printf(" %4lu", m->n);
		}
		putchar('\n');
	}
}

/* --weekday turned on its side, when a column per metric is too wide for the terminal: a
 * column per weekday, a row for each metric's means and one for their n under it. */
static void
weekday_columns_text(const struct tally *t, const struct report_style *st, const int *ids,
    size_t nm)
{
	char buf[HUMAN_SIZE];
	int nw = (int)strlen("entries"), vw = 4;

	for (size_t i = 0; i < nm; i++) {
		if (cols(t->jr.metrics.name[ids[i]]) > nw)
			nw = cols(t->jr.metrics.name[ids[i]]);
		for (int d = 0; d < 7; d++)
			if ((int)strlen(human(mean_of(&t->weekday_mean[d][ids[i]]), buf)) > vw)
				vw = (int)strlen(buf);
	}
	printf("%s%-*s", sgr(st, COLOR_BOLD), nw, "weekday");
	for (int d = 0; d < 7; d++)
		printf("  %*s", vw, weekday_name[d]);
	printf("%s\n%-*s", sgr(st, COLOR_RESET), nw, "entries");
	for (int d = 0; d < 7; d++)
		printf("  %*lu", vw, t->week_entries[d]);
	putchar('\n');
	for (size_t i = 0; i < nm; i++) {
		put_padded(t->jr.metrics.name[ids[i]], nw, 0);
		for (int d = 0; d < 7; d++) {
			fputs("  ", stdout);
			put_human(mean_of(&t->weekday_mean[d][ids[i]]), vw);
		}
		printf("\n%-*s", nw, "  n");
		for (int d = 0; d < 7; d++)
			printf("  %*lu", vw, t->weekday_mean[d][ids[i]].n);
		putchar('\n');
	}
}

void
weekday_text(const struct tally *t, const struct report_style *st)
{
	size_t nm;
	int *ids = tally_plain_metrics(t, &nm);
	int *w = xmalloc((nm ? nm : 1) * sizeof *w), total = 15;
	char buf[HUMAN_SIZE];

	for (size_t i = 0; i < nm; i++) {
		w[i] = width(t->jr.metrics.name[ids[i]]);
		for (int d = 0; d < 7; d++)
			if ((int)strlen(human(mean_of(&t->weekday_mean[d][ids[i]]), buf)) > w[i])
				w[i] = (int)strlen(buf);
		total += 2 + w[i] + 5;
	}
	if (total <= TEXT_COLUMNS)
		weekday_rows_text(t, st, ids, nm, w);
	else
		weekday_columns_text(t, st, ids, nm);
	free(w);
	free(ids);
}

void
with_text(const struct tally *t, const struct report_style *st)
{
	size_t nm;
	int *ids = tally_plain_metrics(t, &nm);
	const char *tag = t->jr.tags.name[t->with_tag_id];
	char head[HUMAN_SIZE + 8], buf[HUMAN_SIZE];
	int nw = (int)strlen("metric"), ww, wn = 1, ow = (int)strlen("without"), on = 1;

	printf("%lu %s with #%s, %lu without\n", t->with_entries[1],
	    noun(t->with_entries[1], "entry", "entries"), tag, t->with_entries[0]);
	if (nm == 0) {
		free(ids);
		return;
	}
	snprintf(head, sizeof head, "with #%s", tag);
	ww = cols(head);
	/* Each column as wide as its head or its widest cell. */
	for (size_t i = 0; i < nm; i++) {
		const struct mean *w = &t->with_mean[1][ids[i]], *wo = &t->with_mean[0][ids[i]];

		if (cols(t->jr.metrics.name[ids[i]]) > nw)
			nw = cols(t->jr.metrics.name[ids[i]]);
		if ((int)strlen(human(mean_of(w), buf)) > ww)
			ww = (int)strlen(buf);
		if ((int)strlen(human(mean_of(wo), buf)) > ow)
			ow = (int)strlen(buf);
		if (snprintf(buf, sizeof buf, "%lu", w->n) > wn)
			wn = (int)strlen(buf);
		if (snprintf(buf, sizeof buf, "%lu", wo->n) > on)
			on = (int)strlen(buf);
	}
	printf("\n%s%-*s  ", sgr(st, COLOR_BOLD), nw, "metric");
	put_padded(head, ww, 1);
	printf("  %*s  %*s  %*s%s\n", wn, "n", ow, "without", on, "n", sgr(st, COLOR_RESET));
	for (size_t i = 0; i < nm; i++) {
		const struct mean *w = &t->with_mean[1][ids[i]], *wo = &t->with_mean[0][ids[i]];

		put_padded(t->jr.metrics.name[ids[i]], nw, 0);
		fputs("  ", stdout);
		put_human(mean_of(w), ww);
		printf("  %*lu  ", wn, w->n);
		put_human(mean_of(wo), ow);
		printf("  %*lu\n", on, wo->n);
	}
	free(ids);
}

/* "at least 2 entries tagged #social a week", "anxiety at most 4, as a weekly mean". */
static void
describe_target(const struct tally *t, const struct goal_progress *gp)
{
	const struct measure *m = &gp->goal->measure;
	const char *per = m->per == PERIOD_DAY ? "daily " : m->per == PERIOD_WEEK ? "weekly " :
	    m->per == PERIOD_MONTH ? "monthly " : m->per == PERIOD_YEAR ? "yearly " : "";

	if (gp->metric >= 0)
		printf("%s ", t->jr.metrics.name[gp->metric]);
	if (m->has_at_least && m->has_at_most)
		printf("between %g and %g", m->at_least, m->at_most);
	else
		printf("at %s %g", m->has_at_least ? "least" : "most",
		    m->has_at_least ? m->at_least : m->at_most);
	if (gp->metric >= 0)
		printf(", as a %smean", per);
	else
		printf(" %s tagged #%s%s%s", !m->has_at_most && m->at_least == 1 ? "entry" :
		    "entries", t->jr.tags.name[gp->tag],
		    m->per == PERIOD_TOTAL ? "" : " a ",
		    m->per == PERIOD_TOTAL ? "" : date_period_name(m->per));
	if (measure_days_name(m) != NULL)
		printf(", on %s only", measure_days_name(m));
}

/* v with at most two decimals and no trailing zeros: 0.5, 4.52, 2. */
#define TRIMMED_SIZE 40
static const char *
trimmed(double v, char buf[TRIMMED_SIZE])
{
	int w = snprintf(buf, TRIMMED_SIZE, "%.2f", v);
	size_t n = w < 0 ? 0 : w >= TRIMMED_SIZE ? TRIMMED_SIZE - 1 : (size_t)w;

	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
	return buf;
}

/* Where the goal started from (baseline.h): "baseline: 0.5 a week, 2026-11-02 to 2026-11-29
 * (4 weeks with entries)". */
static void
put_baseline(const struct tally *t, const struct goal_progress *gp)
{
	struct baseline b;
	char a[TRIMMED_SIZE], c[DATE_BUFSIZE];
	const char *per = date_period_name(gp->s.per);

	if (!baseline_get(&t->base, gp->goal, &b))
		return;
	if (gp->metric >= 0)
		printf("  baseline: a mean of %s (sd %.2f)", trimmed(b.value, a), b.sd);
	else
		printf("  baseline: %s a %s", trimmed(b.value, a), per);
	printf(", %s", date_format(b.from, a));
	printf(" to %s (%d %ss with entries)\n", date_format(b.to, c), b.periods, per);
}

/* A period's verdict, with its share of the target when only some of its days count:
 * "met", "not met, pro rata 2.29 for 4 of 7 days", "so far, 3 of 7 days". */
static void
put_verdict(const struct goal_progress *gp, const struct period_judgement *j)
{
	const struct measure *m = &gp->goal->measure;
	char a[TRIMMED_SIZE];

	if (gp->s.per == PERIOD_TOTAL && j->verdict == VERDICT_SO_FAR && j->has &&
	    m->has_at_least) {
		/* The line's label says "so far" already. */
		printf("%s to go\n", trimmed(m->at_least - j->value, a));
		return;
	}
	fputs(verdict_names[j->verdict], stdout);
	if (j->verdict == VERDICT_SO_FAR && gp->s.per != PERIOD_TOTAL && gp->s.per != PERIOD_DAY)
		printf(", %d of %d days", j->days, j->of);
	else if ((j->verdict == VERDICT_MET || j->verdict == VERDICT_NOT_MET) && j->days < j->of &&
	    gp->tag >= 0)
		printf(", pro rata %s for %d of %d days",
		    trimmed(m->has_at_least ? j->at_least : j->at_most, a), j->days, j->of);
	putchar('\n');
}

/* "days: 40 done, 3 not done, 6 skipped, 316 no entry; streak 12 done days, longest 30". */
static void
put_days(const struct tally *t, const struct goal_progress *gp)
{
	struct day_tally d;

	if (gp->tag < 0)
		return;
	tally_goal_days(t, gp, &d);
	printf("  days: %ld %s, %ld %s, %ld %s, %ld %s; streak %ld done day%s, longest %ld\n",
	    d.n[DAY_DONE], day_state_names[DAY_DONE], d.n[DAY_NOT_DONE],
	    day_state_names[DAY_NOT_DONE], d.n[DAY_SKIPPED], day_state_names[DAY_SKIPPED],
	    d.n[DAY_NO_ENTRY], day_state_names[DAY_NO_ENTRY], d.streak, d.streak == 1 ? "" : "s",
	    d.longest);
}

void
goals_text(const struct tally *t, const struct report_style *st)
{
	char label[DATE_WORDS_SIZE], a[DATE_BUFSIZE];

	for (size_t g = 0; g < t->progress.n; g++) {
		const struct goal_progress *gp = &t->progress.v[g];
		const char *id = tally_goal_id(gp);
		long lo, hi, n[VERDICT_NO_ENTRY + 1] = { 0 };

		tally_goal_periods(t, gp, &lo, &hi);
		printf("%s%s%s  ", sgr(st, COLOR_BOLD), id, sgr(st, COLOR_RESET));
		describe_target(t, gp);
		putchar('\n');
		for (long i = lo; i <= hi; i++) {
			struct period_judgement j;

			tally_goal_judge(t, gp, i, &j);
			/* A day the measure leaves out (days: weekdays) is no day of the goal. */
			if (j.of == 0 && gp->s.per != PERIOD_TOTAL)
				continue;
			n[j.verdict]++;
			date_period_words(i, gp->s.per, label);
			printf("  %-*s ", label_width(gp->s.per),
			    gp->s.per == PERIOD_TOTAL ? "so far" : label);
			put_human(j.has ? j.value : NAN, 7);
			fputs("  ", stdout);
			put_verdict(gp, &j);
		}
		if (lo > hi)
			puts("  nothing to count yet");
		else if (gp->s.per == PERIOD_TOTAL)
			printf("  counted since %s\n", date_format(gp->goal->has_start ?
			    gp->goal->start : t->days.first, a));
		else if (n[VERDICT_MET] + n[VERDICT_NOT_MET] == 0)
			printf("  no whole %s yet, since %s\n", date_period_name(gp->s.per),
			    date_format(gp->goal->has_start ? gp->goal->start : t->days.first, a));
		else {
			printf("  met %ld of %ld %s%s since %s", n[VERDICT_MET],
			    n[VERDICT_MET] + n[VERDICT_NOT_MET], date_period_name(gp->s.per),
			    n[VERDICT_MET] + n[VERDICT_NOT_MET] == 1 ? "" : "s",
			    date_format(gp->goal->has_start ? gp->goal->start : t->days.first, a));
			if (n[VERDICT_SKIPPED] > 0)
				printf("; %ld skipped", n[VERDICT_SKIPPED]);
			if (n[VERDICT_NO_ENTRY] > 0)
				printf("; %ld with no entry, not counted", n[VERDICT_NO_ENTRY]);
			putchar('\n');
		}
		put_days(t, gp);
		put_baseline(t, gp);
		if (!isnan(tally_strength(t, gp)))
			printf("  strength: %.2f (0 to 1, a moving average that one bad day moves little)\n",
			    tally_strength(t, gp));
	}
}

/* A score for a person, with as many decimals as the instrument's scores have: 14 on the
 * PHQ-9, 24.9 and 25.0 on the ORS; a change with its sign. */
static const char *
score_text(enum instrument in, double v, int sign, char *buf)
{
	snprintf(buf, HUMAN_SIZE, sign && v != 0 ? "%+.*f" : "%.*f", instrument_table[in].decimals,
	    v);
	return buf;
}

/* Under a questionnaire's scores: why it has no band, and the latest score's caseness. */
static void
measure_notes(const struct tally *t, enum instrument in, double latest)
{
	char buf[CASENESS_SIZE];
	const char *note = score_norm_note(in, t->age);

	if (note != NULL)
		printf("  %s\n", note);
	if (t->caseness && caseness_text(in, latest, buf) != NULL)
		printf("  caseness: the latest score is %s\n", buf);
}

void
measures_text(const struct tally *t, const struct report_style *st)
{
	char a[DATE_BUFSIZE], b[HUMAN_SIZE], c[HUMAN_SIZE], d[HUMAN_SIZE], buf[SAFETY_SIZE];
	const struct scores *scores = &t->scores;
	const struct score_point *at = NULL;
	const char *safety = tally_safety(t, buf, &at);
	int w = 1, shown = 0;

	/* First, and in plain text: nothing may hide them. */
	if (safety != NULL)
		printf("%s\n\n", safety);
	if (tally_item9_unknown(t, buf, &at) != NULL)
		printf("%s\n\n", buf);
	if (!any_scores(t) && scores->nrated == 0) {
		printf("no questionnaire scores (phq9, gad7, ors, srs)%s in these entries\n",
		    st->goals_path != NULL ? " or goal attainment levels (gas-ID)" : "");
		return;
	}
	/* One width for every score, so that the questionnaires line up. */
	for (int in = 0; in < INST_COUNT; in++)
		for (size_t i = 0; i < scores->s[in].n; i++)
			if ((int)strlen(score_text((enum instrument)in, scores->s[in].v[i].total, 0,
			    b)) > w)
				w = (int)strlen(b);
	for (int in = 0; in < INST_COUNT; in++) {
		const struct instrument_info *ii = &instrument_table[in];
		const struct score_series *s = &scores->s[in];
		struct first_latest fl;
		const char *band;

		if (s->n == 0)
			continue;
		printf("%s%s%s%s (%s)\n", shown++ ? "\n" : "", sgr(st, COLOR_BOLD), ii->name,
		    sgr(st, COLOR_RESET), ii->about);
		for (size_t i = 0; i < s->n; i++) {
			band = score_band((enum instrument)in, s->v[i].total, t->age);
			printf("  %s  %*s  %s", date_format(s->v[i].day, a), w,
			    score_text((enum instrument)in, s->v[i].total, 0, b),
			    band != NULL ? band : "no band");
			if (s->v[i].item9 > 0)
				printf(" (item 9: %d)", s->v[i].item9);
			else if (in == INST_PHQ9 &&
			    phq9_item9_above_0(s->v[i].total, s->v[i].item9))
				fputs(" (item 9 at least 1)", stdout);
			putchar('\n');
		}
		measure_notes(t, (enum instrument)in, s->v[s->n - 1].total);
		if (!first_to_latest(t, (enum instrument)in, &fl)) {
			puts("  one score: nothing to compare it with yet");
			continue;
		}
		printf("  first to latest: %s to %s (%s)", score_text((enum instrument)in, fl.first,
		    0, b), score_text((enum instrument)in, fl.latest, 0, c),
		    score_text((enum instrument)in, fl.change, 1, d));
		if (isnan(fl.rci))
			printf("; no reliable change criterion published for %s\n", ii->name);
		else
			printf(", RCI %.2f: %s\n", fl.rci, change_name(fl.verdict));
	}
	if (!shown)
		puts("no questionnaire scores (phq9, gad7, ors, srs) in these entries");
	if (st->goals_path != NULL) {
		printf("\n%sGoal attainment%s", sgr(st, COLOR_BOLD), sgr(st, COLOR_RESET));
		if (scores->ngas == 0)
			printf(": no goal in %s has a gas: scale with all five levels\n",
			    st->goals_path);
		else if (scores->nrated == 0)
			puts(": no level (gas-ID: LEVEL) of its goals in these entries");
		else
			puts(" (T-score: 50 when each goal rated is as expected)");
	}
	if (scores->nrated > 0) {
		printf("%s  %-10s", sgr(st, COLOR_BOLD), "date");
		for (size_t k = 0; k < scores->ngas; k++) {
			const char *id = goal_id(scores->gas[k]);

			printf("  %*s", strlen(id) > 2 ? (int)strlen(id) : 2, id);
		}
		printf("  %4s%s\n", "T", sgr(st, COLOR_RESET));
	}
	for (size_t r = 0; r < scores->nrated; r++) {
		const struct gas_point *gp = &scores->rated[r];

		printf("  %s", date_format(gp->day, a));
		for (size_t k = 0; k < scores->ngas; k++) {
			size_t len = strlen(goal_id(scores->gas[k]));
			double x = gp->level[k];

			/* A level is written with its sign, as a scale names it: -1, 0, +1. */
			if (isnan(x))
				snprintf(b, sizeof b, "-");
			else
				snprintf(b, sizeof b, x > 0 ? "+%.0f" : "%.0f", x);
			printf("  %*s", len > 2 ? (int)len : 2, b);
		}
		printf("  %4.1f\n", tscore_of(gp));
	}
	puts("\nThese are figures to discuss with your therapist, not a diagnosis.");
}

/* ---- --calendar ---- */

/* Months, as the row of a year names them. */
static const char *const month_abbr[12] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
	"Aug", "Sep", "Oct", "Nov", "Dec" };

/* A day's square: its level's glyph in its colour, when the terminal has the colours. */
static void
put_day(const struct report_style *st, int level)
{
	const struct cal_shade *sh = &cal_shade[level];

	if (st->color && st->depth > 256)
		printf("\033[38;2;%d;%d;%dm", sh->rgb[0], sh->rgb[1], sh->rgb[2]);
	else if (st->color && st->depth == 256)
		printf("\033[38;5;%dm", sh->xterm);
	fputs(st->ascii ? sh->ascii : sh->utf8, stdout);
	if (st->color && st->depth >= 256)
		fputs(sgr(st, COLOR_RESET), stdout);
}

/* The legend: each level's glyph and its values. */
static void
calendar_legend(const struct calendar *c, const struct report_style *st)
{
	char buf[CAL_RANGE_SIZE];

	printf("%s%s%s%s, day by day:", sgr(st, COLOR_BOLD), c->is_tag ? "#" : "", c->name,
	    sgr(st, COLOR_RESET));
	for (int k = 0; k < CAL_LEVELS; k++) {
		if (calendar_range(c, k, buf) == NULL)
			continue;
		fputs("  ", stdout);
		put_day(st, k);
		printf(" %s", buf);
	}
	printf("; blank: %s\n", c->is_tag ? "no entry" : "no entry or no value");
}

/* Year y's row of months: the year, the months named over their first week, then a line a
 * weekday, a column a week. */
static void
calendar_year_text(const struct calendar *c, const struct report_style *st, int y)
{
	long jan1, dec31, monday, weeks;
	int col = 0;

	calendar_year(y, &jan1, &dec31, &monday);
	weeks = (dec31 - monday) / 7 + 1;
	printf("\n%s%d%s\n    ", sgr(st, COLOR_BOLD), y, sgr(st, COLOR_RESET));
	col = 4;
	for (int m = 1; m <= 12; m++) {
		int at = 4 + (int)((date_from_ymd(y, m, 1) - monday) / 7);

		printf("%*s%s", at > col ? at - col : 0, "", month_abbr[m - 1]);
		col = (at > col ? at : col) + 3;
	}
	putchar('\n');
	for (int wd = 0; wd < 7; wd++) {
		printf("%s ", weekday_name[wd]);
		for (long w = 0; w < weeks; w++) {
			long day = monday + 7 * w + wd;
			double v;

			if (day >= jan1 && day <= dec31 && calendar_value(c, day, &v))
				put_day(st, calendar_level(c, v));
			else
				putchar(' ');
		}
		putchar('\n');
	}
}

void
calendar_text(const struct tally *t, const struct report_style *st)
{
	const struct calendar *c = &t->cal;
	int first, last;

	calendar_legend(c, st);
	calendar_years(c, &first, &last);
	for (int y = first; y <= last; y++)
		calendar_year_text(c, st, y);
}
