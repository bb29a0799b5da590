/* journalstat: statistics over a Markdown journal: entries, streaks, metrics such as mood,
 * tags, series per period, progress toward each measured goal, and the questionnaire scores
 * and goal attainment recorded in it, for a person at the terminal and for a pipe into sort,
 * awk, jq or gnuplot. */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "date.h"
#include "diag.h"
#include "file.h"
#include "goals.h"
#include "journal.h"
#include "json.h"
#include "measures.h"
#include "progress.h"
#include "rules.h"
#include "scores.h"
#include "stats.h"
#include "table.h"

enum format { FORMAT_TEXT, FORMAT_TSV, FORMAT_CSV, FORMAT_JSON };
static const char *const format_names[] = { "text", "tsv", "csv", "json", NULL };
/* From PERIOD_DAY on, in the order of enum period. */
static const char *const period_names[] = { "day", "week", "month", "year", NULL };
enum report { REPORT_SUMMARY, REPORT_BY, REPORT_TAGS, REPORT_WEEKDAY, REPORT_WITH, REPORT_GOALS,
	REPORT_MEASURES };

/* What the command line asked for. */
static enum format format = FORMAT_TEXT;
static enum report report = REPORT_SUMMARY;
static enum period by;
static long today, from, to;
static int has_from, has_to, color, ascii, tty;
static const char *goals_path, *with_tag, *only_tag;
static const char **count_tags;
static size_t ncount_tags;

/* How many tags the summary lists; --tags lists them all. */
#define TOP_TAGS 10
/* Weeks the sparkline of a metric covers. */
#define SPARK_WEEKS 26

/* Everything gathered from the entries, by report. */
static struct journal jr;
static struct dayset days;
static unsigned long entries, words;
static struct moments *metric;            /* by metric id */
static struct mean *recent, *before;      /* the last 4 weeks to today, and the 4 before */
static struct tag_total { unsigned long entries, count; } *tag_total;  /* by tag id */
static size_t nmetric, ntag;
static struct series series;              /* --by, or weeks for the sparklines */
static int only_tag_id = -1, with_tag_id = -1;
static int *count_ids;
static unsigned long week_entries[7];
static struct mean *weekday_mean[7];      /* [weekday][metric id] */
static unsigned long with_entries[2];
static struct mean *with_mean[2];         /* [without, with][metric id] */
static struct goals goals;
static struct progress progress;
static struct scores scores;              /* --measures */

static void
usage(FILE *fp)
{
	fputs("usage: journalstat [-h] [--by day|week|month|year [--count TAG]...] [--tags]\n"
	    "                   [--weekday] [--with TAG] [--goals FILE] [--measures]\n"
	    "                   [--from DATE] [--to DATE] [--last N{d|w|m|y}] [--tag TAG]\n"
	    "                   [--format text|tsv|csv|json] [--today YYYY-MM-DD] [--ascii]\n"
	    "                   [--color auto|always|never] [--version] [PATH ...]\n", fp);
}

static void
help(void)
{
	usage(stdout);
	fputs("\nStatistics over a Markdown journal: PATH is a file, a folder of .md files or -\n"
	    "(standard input); default ./journal/ if it exists, else ./journal.md.\n\n"
	    "Reports (one at a time; the default is a summary):\n"
	    "  --by PERIOD        a row per day, week, month or year\n"
	    "  --count TAG        with --by, a column counting entries tagged TAG\n"
	    "  --tags             every tag, with its entries and occurrences\n"
	    "  --weekday          each metric's mean by day of the week\n"
	    "  --with TAG         each metric's mean with the tag and without it\n"
	    "  --goals FILE       each measured goal's value per period, and how often it was met\n"
	    "  --measures         questionnaire scores (PHQ-9, GAD-7, ORS, SRS): bands and\n"
	    "                     reliable change; with --goals FILE, goal attainment too\n"
	    "Which entries:\n"
	    "  --from DATE, --to DATE   only entries on or after, on or before DATE\n"
	    "  --last N{d|w|m|y}  only the last N days, weeks, months or years to today\n"
	    "  --tag TAG          only entries tagged TAG\n"
	    "Output:\n"
	    "  --format FORMAT    text (default), tsv, csv or json\n"
	    "  --today DATE       count streaks and --last as on this date (default: today)\n"
	    "  --ascii            sparklines in ASCII\n"
	    "  --color WHEN       auto (default: on a terminal, not with NO_COLOR), always, never\n"
	    "  -h, --help         this help\n"
	    "      --version      the version\n\n"
	    "Exit status: 0 done (warnings about the journal do not change it), 2 a path could\n"
	    "not be read or an option is wrong.  See journalstat(1) and journal(5).\n", stdout);
}

static const char *
sgr(const char *code)
{
	return color ? code : "";
}

/* ---- gathering ---- */

/* Grows an array of n elements of size bytes to m, zeroing the new part. */
static void *
grow(void *v, size_t n, size_t m, size_t size)
{
	v = xrealloc(v, m * size);
	memset((char *)v + n * size, 0, (m - n) * size);
	return v;
}

/* Makes every array indexed by metric id hold id. */
static void
have_metric(size_t id)
{
	size_t m = 2 * nmetric > id + 1 ? 2 * nmetric : id + 1;

	if (id < nmetric)
		return;
	metric = grow(metric, nmetric, m, sizeof *metric);
	recent = grow(recent, nmetric, m, sizeof *recent);
	before = grow(before, nmetric, m, sizeof *before);
	for (int d = 0; d < 7; d++)
		weekday_mean[d] = grow(weekday_mean[d], nmetric, m, sizeof **weekday_mean);
	for (int w = 0; w < 2; w++)
		with_mean[w] = grow(with_mean[w], nmetric, m, sizeof **with_mean);
	nmetric = m;
}

/* Takes in one entry: every figure of every report is a sum, so nothing of it is kept. */
static void
on_entry(const struct entry *e, void *ctx)
{
	int weekday = date_weekday(e->day);
	int with = with_tag_id >= 0 && entry_has_tag(e, with_tag_id);
	long age = today - e->day;
	struct row *r = NULL;

	(void)ctx;
	if ((has_from && e->day < from) || (has_to && e->day > to))
		return;
	if (only_tag_id >= 0 && !entry_has_tag(e, only_tag_id))
		return;
	entries++;
	words += e->words;
	dayset_add(&days, e->day);
	week_entries[weekday]++;
	with_entries[with]++;
	if (report == REPORT_BY || (report == REPORT_SUMMARY && tty && format == FORMAT_TEXT)) {
		r = series_row(&series, date_period_index(e->day, series.per));
		r->entries++;
		r->words += e->words;
		for (size_t k = 0; k < ncount_tags; k++)
			r->count[k] += entry_has_tag(e, count_ids[k]);
	}
	for (size_t i = 0; i < e->nmetrics; i++) {
		size_t id = (size_t)e->metrics[i].id;
		double x = e->metrics[i].value;

		have_metric(id);
		moments_add(&metric[id], x);
		/* The trend compares the 4 weeks to today with the 4 weeks before them. */
		if (age >= 0 && age < 28)
			mean_add(&recent[id], x);
		else if (age >= 28 && age < 56)
			mean_add(&before[id], x);
		mean_add(&weekday_mean[weekday][id], x);
		mean_add(&with_mean[with][id], x);
		if (r != NULL)
			row_add_metric(r, (int)id, x);
	}
	for (size_t i = 0; i < e->ntags; i++) {
		size_t id = (size_t)e->tags[i].id;

		if (id >= ntag) {
			size_t m = 2 * ntag > id + 1 ? 2 * ntag : id + 1;

			tag_total = grow(tag_total, ntag, m, sizeof *tag_total);
			ntag = m;
		}
		tag_total[id].entries++;
		tag_total[id].count += e->tags[i].count;
	}
	if (report == REPORT_GOALS)
		progress_add(&progress, e);
	else if (report == REPORT_MEASURES)
		scores_add(&scores, e);
}

/* ---- printing ---- */

/* TSV and CSV rows, written by the table module. */
static struct table tab;

/* A mean, or nothing (null in JSON) when there was no value. */
static void
put_mean(const struct mean *m)
{
	if (m->n > 0)
		json_number(stdout, m->sum / (double)m->n);
	else if (format == FORMAT_JSON)
		fputs("null", stdout);
}

static double
mean_of(const struct mean *m)
{
	return m->n ? m->sum / (double)m->n : NAN;
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

/* The width of a text column headed by a name, and of a count column headed by "#name". */
static int
width(const char *name)
{
	return strlen(name) > 7 ? (int)strlen(name) : 7;
}

static int
count_width(const char *name)
{
	return width(name) + (strlen(name) >= 7);
}

/* Ids of the metrics (or tags) in name order, only those with data. */
static struct names *sort_names;

static int
by_name(const void *a, const void *b)
{
	return strcmp(sort_names->name[*(const int *)a], sort_names->name[*(const int *)b]);
}

static int *
metrics_in_order(size_t *n)
{
	int *ids = xmalloc((nmetric ? nmetric : 1) * sizeof *ids);

	*n = 0;
	for (size_t i = 0; i < nmetric && i < jr.metrics.n; i++)
		if (metric[i].n > 0)
			ids[(*n)++] = (int)i;
	sort_names = &jr.metrics;
	qsort(ids, *n, sizeof *ids, by_name);
	return ids;
}

static int
by_tag_use(const void *a, const void *b)
{
	const struct tag_total *x = &tag_total[*(const int *)a], *y = &tag_total[*(const int *)b];

	if (x->entries != y->entries)
		return x->entries > y->entries ? -1 : 1;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(jr.tags.name[*(const int *)a], jr.tags.name[*(const int *)b]);
}

/* Ids of the tags carried by some entry, most used first. */
static int *
tags_in_order(size_t *n)
{
	int *ids = xmalloc((ntag ? ntag : 1) * sizeof *ids);

	*n = 0;
	for (size_t i = 0; i < ntag && i < jr.tags.n; i++)
		if (tag_total[i].entries > 0)
			ids[(*n)++] = (int)i;
	qsort(ids, *n, sizeof *ids, by_tag_use);
	return ids;
}

/* Draws the weekly means of metric id over the SPARK_WEEKS weeks to the last entry's (or
 * fewer, when the journal is younger): a blank is a week without a value. */
static void
sparkline(int id)
{
	static const char *const blocks[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
	static const char levels[] = "_.-~=+*#";
	long hi = date_period_index(days.last < today ? days.last : today, PERIOD_WEEK);
	long first = date_period_index(days.first, PERIOD_WEEK);
	long lo = hi - SPARK_WEEKS + 1 > first ? hi - SPARK_WEEKS + 1 : first;
	double min = INFINITY, max = -INFINITY;

	for (long w = lo; w <= hi; w++) {
		const struct row *r = w >= series.lo && w < series.lo + (long)series.n ?
		    &series.rows[w - series.lo] : NULL;
		double v = r && (size_t)id < r->nmetric ? mean_of(&r->metric[id]) : NAN;

		if (!isnan(v) && v < min)
			min = v;
		if (!isnan(v) && v > max)
			max = v;
	}
	for (long w = lo; w <= hi; w++) {
		const struct row *r = w >= series.lo && w < series.lo + (long)series.n ?
		    &series.rows[w - series.lo] : NULL;
		double v = r && (size_t)id < r->nmetric ? mean_of(&r->metric[id]) : NAN;
		int k = isnan(v) ? -1 : max > min ? (int)((v - min) / (max - min) * 7.999) : 3;

		if (k < 0)
			putchar(' ');
		else if (ascii)
			putchar(levels[k]);
		else
			fputs(blocks[k], stdout);
	}
}

static void
summary_text(void)
{
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE];
	long current, longest;
	size_t nm, nt;
	int *ids = metrics_in_order(&nm), *tids = tags_in_order(&nt);

	if (entries == 0) {
		puts("no entries");
		free(ids);
		free(tids);
		return;
	}
	dayset_streaks(&days, today, &current, &longest);
	printf("%sentries%s  %lu on %lu days, %s to %s (%.0f%% of days)\n", sgr("\033[1m"),
	    sgr("\033[0m"), entries, days.count, date_format(days.first, a),
	    date_format(days.last, b),
	    100.0 * (double)days.count / (double)(days.last - days.first + 1));
	printf("%sstreak%s   %ld day%s now, longest %ld\n", sgr("\033[1m"), sgr("\033[0m"),
	    current, current == 1 ? "" : "s", longest);
	printf("%swords%s    %lu\n", sgr("\033[1m"), sgr("\033[0m"), words);
	if (nm > 0) {
		static const char *const head[] = { "metric", "n", "mean", "min", "max", "sd",
			"last 4w", "4w before" };
		int w[8];
		char (*cells)[8][HUMAN_SIZE] = xmalloc(nm * sizeof *cells);

		/* Each column as wide as its widest cell. */
		for (int c = 0; c < 8; c++)
			w[c] = (int)strlen(head[c]);
		for (size_t i = 0; i < nm; i++) {
			const struct moments *m = &metric[ids[i]];
			const double v[] = { (double)m->n, m->mean, m->min, m->max, moments_sd(m),
				mean_of(&recent[ids[i]]), mean_of(&before[ids[i]]) };

			snprintf(cells[i][0], HUMAN_SIZE, "%s", jr.metrics.name[ids[i]]);
			for (int c = 1; c < 8; c++)
				human(v[c - 1], cells[i][c]);
			for (int c = 0; c < 8; c++)
				if ((int)strlen(cells[i][c]) > w[c])
					w[c] = (int)strlen(cells[i][c]);
		}
		printf("\n%s%-*s", sgr("\033[1m"), w[0], head[0]);
		for (int c = 1; c < 8; c++)
			printf("  %*s", w[c], head[c]);
		printf("%s%s\n", tty ? "  by week" : "", sgr("\033[0m"));
		for (size_t i = 0; i < nm; i++) {
			printf("%-*s", w[0], cells[i][0]);
			for (int c = 1; c < 8; c++)
				printf("  %*s", w[c], cells[i][c]);
			if (tty) {
				fputs("  ", stdout);
				sparkline(ids[i]);
			}
			putchar('\n');
		}
		free(cells);
	}
	if (nt > 0) {
		printf("\n%stags%s    ", sgr("\033[1m"), sgr("\033[0m"));
		for (size_t i = 0; i < nt && i < TOP_TAGS; i++)
			printf("%s#%s %lu", i ? ", " : " ", jr.tags.name[tids[i]],
			    tag_total[tids[i]].entries);
		printf("%s\n", nt > TOP_TAGS ? ", ..." : "");
	}
	free(ids);
	free(tids);
}

static void
summary_json(void)
{
	char a[DATE_BUFSIZE];
	long current, longest;
	size_t nm, nt;
	int *ids = metrics_in_order(&nm), *tids = tags_in_order(&nt);

	dayset_streaks(&days, today, &current, &longest);
	printf("{\"entries\":%lu,\"days\":%lu,\"first\":", entries, days.count);
	json_cstring(stdout, days.count ? date_format(days.first, a) : NULL);
	fputs(",\"last\":", stdout);
	json_cstring(stdout, days.count ? date_format(days.last, a) : NULL);
	printf(",\"words\":%lu,\"streak\":{\"current\":%ld,\"longest\":%ld},\"metrics\":{",
	    words, current, longest);
	for (size_t i = 0; i < nm; i++) {
		const struct moments *m = &metric[ids[i]];

		printf("%s", i ? "," : "");
		json_cstring(stdout, jr.metrics.name[ids[i]]);
		printf(":{\"n\":%lu,\"mean\":", m->n);
		json_number(stdout, m->mean);
		fputs(",\"min\":", stdout);
		json_number(stdout, m->min);
		fputs(",\"max\":", stdout);
		json_number(stdout, m->max);
		fputs(",\"sd\":", stdout);
		json_number(stdout, moments_sd(m));
		fputs(",\"recent\":", stdout);
		put_mean(&recent[ids[i]]);
		fputs(",\"before\":", stdout);
		put_mean(&before[ids[i]]);
		putchar('}');
	}
	fputs("},\"tags\":{", stdout);
	for (size_t i = 0; i < nt; i++) {
		printf("%s", i ? "," : "");
		json_cstring(stdout, jr.tags.name[tids[i]]);
		printf(":{\"entries\":%lu,\"count\":%lu}", tag_total[tids[i]].entries,
		    tag_total[tids[i]].count);
	}
	puts("}}");
	free(ids);
	free(tids);
}

/* The summary as key-value rows, one figure a row, for awk and spreadsheets. */
static void
summary_rows(void)
{
	char a[DATE_BUFSIZE];
	long current, longest;
	size_t nm, nt;
	int *ids = metrics_in_order(&nm), *tids = tags_in_order(&nt);

	dayset_streaks(&days, today, &current, &longest);
	table_cell(&tab, "key"), table_cell(&tab, "value"), table_end_row(&tab);
	table_cell(&tab, "entries"), table_cellf(&tab, "%lu", entries), table_end_row(&tab);
	table_cell(&tab, "days"), table_cellf(&tab, "%lu", days.count), table_end_row(&tab);
	table_cell(&tab, "first");
	table_cell(&tab, days.count ? date_format(days.first, a) : ""), table_end_row(&tab);
	table_cell(&tab, "last");
	table_cell(&tab, days.count ? date_format(days.last, a) : ""), table_end_row(&tab);
	table_cell(&tab, "words"), table_cellf(&tab, "%lu", words), table_end_row(&tab);
	table_cell(&tab, "streak.current"), table_cellf(&tab, "%ld", current), table_end_row(&tab);
	table_cell(&tab, "streak.longest"), table_cellf(&tab, "%ld", longest), table_end_row(&tab);
	for (size_t i = 0; i < nm; i++) {
		const struct moments *m = &metric[ids[i]];
		const char *name = jr.metrics.name[ids[i]];
		const struct { const char *key; double v; } f[] = {
			{ "n", (double)m->n }, { "mean", m->mean }, { "min", m->min },
			{ "max", m->max }, { "sd", moments_sd(m) },
			{ "recent", mean_of(&recent[ids[i]]) },
			{ "before", mean_of(&before[ids[i]]) },
		};

		for (size_t k = 0; k < sizeof f / sizeof f[0]; k++) {
			table_cellf(&tab, "metric.%s.%s", name, f[k].key);
			table_number(&tab, f[k].v);
			table_end_row(&tab);
		}
	}
	for (size_t i = 0; i < nt; i++) {
		const char *name = jr.tags.name[tids[i]];

		table_cellf(&tab, "tag.%s.entries", name);
		table_cellf(&tab, "%lu", tag_total[tids[i]].entries), table_end_row(&tab);
		table_cellf(&tab, "tag.%s.count", name);
		table_cellf(&tab, "%lu", tag_total[tids[i]].count), table_end_row(&tab);
	}
	free(ids);
	free(tids);
}

/* ---- the other reports ---- */

static void
by_report(void)
{
	char label[DATE_BUFSIZE], buf[HUMAN_SIZE];
	size_t nm;
	int *ids = metrics_in_order(&nm);
	int *w = xmalloc((nm ? nm : 1) * sizeof *w);

	/* Each metric's column as wide as its name or its widest mean. */
	for (size_t i = 0; i < nm; i++) {
		w[i] = width(jr.metrics.name[ids[i]]);
		for (size_t p = 0; p < series.n; p++)
			if ((size_t)ids[i] < series.rows[p].nmetric &&
			    (int)strlen(human(mean_of(&series.rows[p].metric[ids[i]]), buf)) > w[i])
				w[i] = (int)strlen(buf);
	}

	if (format == FORMAT_JSON) {
		fputs("{\"periods\":[", stdout);
	} else {
		if (format == FORMAT_TEXT)
			printf("%s%-10s %7s %7s", sgr("\033[1m"), "period", "entries", "words");
		else
			table_cell(&tab, "period"), table_cell(&tab, "entries"),
			    table_cell(&tab, "words");
		for (size_t i = 0; i < nm; i++) {
			if (format == FORMAT_TEXT)
				printf(" %*s", w[i], jr.metrics.name[ids[i]]);
			else
				table_cell(&tab, jr.metrics.name[ids[i]]);
		}
		for (size_t k = 0; k < ncount_tags; k++) {
			const char *name = jr.tags.name[count_ids[k]];

			if (format == FORMAT_TEXT)
				printf(" %*s#%s", count_width(name) - (int)strlen(name) - 1, "", name);
			else
				table_cellf(&tab, "tag:%s", name);
		}
		fputs(sgr("\033[0m"), stdout);
		table_end_row(&tab);
	}
	for (size_t p = 0; p < series.n; p++) {
		const struct row *r = &series.rows[p];
		static const struct mean none;

		date_period_label(series.lo + (long)p, by, label);
		if (format == FORMAT_JSON) {
			printf("%s\n{\"period\":\"%s\",\"entries\":%lu,\"words\":%lu,\"metrics\":{",
			    p ? "," : "", label, r->entries, r->words);
			for (size_t i = 0; i < nm; i++) {
				printf("%s", i ? "," : "");
				json_cstring(stdout, jr.metrics.name[ids[i]]);
				putchar(':');
				put_mean((size_t)ids[i] < r->nmetric ? &r->metric[ids[i]] : &none);
			}
			fputs("},\"counts\":{", stdout);
			for (size_t k = 0; k < ncount_tags; k++) {
				printf("%s", k ? "," : "");
				json_cstring(stdout, jr.tags.name[count_ids[k]]);
				printf(":%lu", r->count ? r->count[k] : 0);
			}
			fputs("}}", stdout);
			continue;
		}
		if (format == FORMAT_TEXT)
			printf("%-10s %7lu %7lu", label, r->entries, r->words);
		else
			table_cell(&tab, label), table_cellf(&tab, "%lu", r->entries),
			    table_cellf(&tab, "%lu", r->words);
		for (size_t i = 0; i < nm; i++) {
			const struct mean *m = (size_t)ids[i] < r->nmetric ? &r->metric[ids[i]] : &none;

			if (format == FORMAT_TEXT) {
				putchar(' ');
				put_human(mean_of(m), w[i]);
			} else {
				table_number(&tab, mean_of(m));
			}
		}
		for (size_t k = 0; k < ncount_tags; k++) {
			if (format == FORMAT_TEXT)
				printf(" %*lu", count_width(jr.tags.name[count_ids[k]]),
				    r->count ? r->count[k] : 0);
			else
				table_cellf(&tab, "%lu", r->count ? r->count[k] : 0);
		}
		table_end_row(&tab);
	}
	if (format == FORMAT_JSON)
		puts("]}");
	free(w);
	free(ids);
}

static void
tags_report(void)
{
	size_t nt;
	int *tids = tags_in_order(&nt);

	if (format == FORMAT_JSON)
		fputs("{\"tags\":{", stdout);
	else if (format == FORMAT_TEXT)
		printf("%s%-20s %7s %7s%s\n", sgr("\033[1m"), "tag", "entries", "count",
		    sgr("\033[0m"));
	else
		table_cell(&tab, "tag"), table_cell(&tab, "entries"), table_cell(&tab, "count"),
		    table_end_row(&tab);
	for (size_t i = 0; i < nt; i++) {
		const char *name = jr.tags.name[tids[i]];
		const struct tag_total *t = &tag_total[tids[i]];

		if (format == FORMAT_JSON) {
			printf("%s\n", i ? "," : "");
			json_cstring(stdout, name);
			printf(":{\"entries\":%lu,\"count\":%lu}", t->entries, t->count);
		} else if (format == FORMAT_TEXT) {
			printf("#%-19s %7lu %7lu\n", name, t->entries, t->count);
		} else {
			table_cell(&tab, name), table_cellf(&tab, "%lu", t->entries);
			table_cellf(&tab, "%lu", t->count), table_end_row(&tab);
		}
	}
	if (format == FORMAT_JSON)
		puts("}}");
	free(tids);
}

static const char *const weekday_name[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

static void
weekday_report(void)
{
	size_t nm;
	int *ids = metrics_in_order(&nm);
	int *w = xmalloc((nm ? nm : 1) * sizeof *w);
	char buf[HUMAN_SIZE];

	for (size_t i = 0; i < nm; i++) {
		w[i] = width(jr.metrics.name[ids[i]]);
		for (int d = 0; d < 7; d++)
			if ((int)strlen(human(mean_of(&weekday_mean[d][ids[i]]), buf)) > w[i])
				w[i] = (int)strlen(buf);
	}

	if (format == FORMAT_JSON)
		fputs("{\"weekdays\":[", stdout);
	else if (format == FORMAT_TEXT) {
		printf("%s%-7s %7s", sgr("\033[1m"), "weekday", "entries");
		for (size_t i = 0; i < nm; i++)
			printf("  %*s %4s", w[i], jr.metrics.name[ids[i]],
			    "n");
		printf("%s\n", sgr("\033[0m"));
	} else
		table_cell(&tab, "weekday"), table_cell(&tab, "metric"), table_cell(&tab, "n"),
		    table_cell(&tab, "mean"), table_end_row(&tab);
	for (int d = 0; d < 7; d++) {
		if (format == FORMAT_JSON)
			printf("%s\n{\"weekday\":\"%s\",\"entries\":%lu,\"metrics\":{", d ? "," : "",
			    weekday_name[d], week_entries[d]);
		else if (format == FORMAT_TEXT)
			printf("%-7s %7lu", weekday_name[d], week_entries[d]);
		for (size_t i = 0; i < nm; i++) {
			const struct mean *m = &weekday_mean[d][ids[i]];

			if (format == FORMAT_JSON) {
				printf("%s", i ? "," : "");
				json_cstring(stdout, jr.metrics.name[ids[i]]);
				printf(":{\"n\":%lu,\"mean\":", m->n);
				put_mean(m);
				putchar('}');
			} else if (format == FORMAT_TEXT) {
				fputs("  ", stdout);
				put_human(mean_of(m), w[i]);
				printf(" %4lu", m->n);
			} else {
				table_cell(&tab, weekday_name[d]);
				table_cell(&tab, jr.metrics.name[ids[i]]);
				table_cellf(&tab, "%lu", m->n), table_number(&tab, mean_of(m));
				table_end_row(&tab);
			}
		}
		if (format == FORMAT_JSON)
			fputs("}}", stdout);
		else if (format == FORMAT_TEXT)
			putchar('\n');
	}
	if (format == FORMAT_JSON)
		puts("]}");
	free(w);
	free(ids);
}

static void
with_report(void)
{
	size_t nm;
	int *ids = metrics_in_order(&nm);
	const char *tag = jr.tags.name[with_tag_id];

	if (format == FORMAT_JSON) {
		fputs("{\"tag\":", stdout);
		json_cstring(stdout, tag);
		printf(",\"entries\":{\"with\":%lu,\"without\":%lu},\"metrics\":{", with_entries[1],
		    with_entries[0]);
	} else if (format == FORMAT_TEXT) {
		printf("%lu entries with #%s, %lu without\n", with_entries[1], tag, with_entries[0]);
	} else {
		table_cell(&tab, "metric"), table_cell(&tab, "with_n"), table_cell(&tab, "with_mean");
		table_cell(&tab, "without_n");
		table_cell(&tab, "without_mean"), table_end_row(&tab);
	}
	for (size_t i = 0; i < nm; i++) {
		const struct mean *w = &with_mean[1][ids[i]], *wo = &with_mean[0][ids[i]];
		const char *name = jr.metrics.name[ids[i]];

		if (format == FORMAT_JSON) {
			printf("%s", i ? "," : "");
			json_cstring(stdout, name);
			printf(":{\"with\":{\"n\":%lu,\"mean\":", w->n);
			put_mean(w);
			printf("},\"without\":{\"n\":%lu,\"mean\":", wo->n);
			put_mean(wo);
			fputs("}}", stdout);
		} else if (format == FORMAT_TEXT) {
			printf("%s ", name);
			put_human(mean_of(w), 0);
			printf(" with #%s (n=%lu), ", tag, w->n);
			put_human(mean_of(wo), 0);
			printf(" without (n=%lu)\n", wo->n);
		} else {
			table_cell(&tab, name), table_cellf(&tab, "%lu", w->n);
			table_number(&tab, mean_of(w)), table_cellf(&tab, "%lu", wo->n);
			table_number(&tab, mean_of(wo)), table_end_row(&tab);
		}
	}
	if (format == FORMAT_JSON)
		puts("}}");
	free(ids);
}

/* "at least 2 entries tagged #social a week", "anxiety at most 4, as a weekly mean". */
static void
describe_target(const struct goal_progress *gp)
{
	const struct measure *m = &gp->goal->measure;
	const char *per = m->per == PERIOD_DAY ? "daily " : m->per == PERIOD_WEEK ? "weekly " :
	    m->per == PERIOD_MONTH ? "monthly " : m->per == PERIOD_YEAR ? "yearly " : "";

	if (gp->metric >= 0)
		printf("%s ", jr.metrics.name[gp->metric]);
	if (m->has_at_least && m->has_at_most)
		printf("between %g and %g", m->at_least, m->at_most);
	else
		printf("at %s %g", m->has_at_least ? "least" : "most",
		    m->has_at_least ? m->at_least : m->at_most);
	if (gp->metric >= 0)
		printf(", as a %smean", per);
	else
		printf(" entries tagged #%s%s%s", jr.tags.name[gp->tag],
		    m->per == PERIOD_TOTAL ? "" : " a ",
		    m->per == PERIOD_TOTAL ? "" : date_period_name(m->per));
}

static void
goals_report(void)
{
	char label[DATE_BUFSIZE], a[DATE_BUFSIZE];

	if (format == FORMAT_JSON)
		fputs("{\"goals\":[", stdout);
	else if (format != FORMAT_TEXT)
		table_cell(&tab, "goal"), table_cell(&tab, "period"), table_cell(&tab, "value"),
		    table_cell(&tab, "met"), table_end_row(&tab);
	for (size_t g = 0; g < progress.n; g++) {
		const struct goal_progress *gp = &progress.v[g];
		const char *id = goal_id(gp->goal) ? goal_id(gp->goal) : "";
		long lo, hi, met = 0, of = 0;
		int any = days.count > 0 || gp->goal->has_start;

		if (!any || !progress_range(gp, days.first, &lo, &hi))
			lo = 1, hi = 0;
		if (format == FORMAT_JSON) {
			printf("%s\n{\"id\":", g ? "," : "");
			json_cstring(stdout, id);
			printf(",\"%s\":", gp->tag >= 0 ? "tag" : "metric");
			json_cstring(stdout, gp->tag >= 0 ? jr.tags.name[gp->tag] :
			    jr.metrics.name[gp->metric]);
			printf(",\"per\":\"%s\",\"periods\":[", date_period_name(gp->s.per));
		} else if (format == FORMAT_TEXT) {
			printf("%s%s%s  ", sgr("\033[1m"), id, sgr("\033[0m"));
			describe_target(gp);
			putchar('\n');
		}
		for (long i = lo; i <= hi; i++) {
			double v;
			int has = progress_value(gp, i, &v), ok = has && progress_met(gp, v);

			met += ok;
			of++;
			date_period_label(i, gp->s.per, label);
			if (format == FORMAT_JSON) {
				printf("%s{\"period\":\"%s\",\"value\":", i > lo ? "," : "", label);
				if (has)
					json_number(stdout, v);
				else
					fputs("null", stdout);
				printf(",\"met\":%s}", ok ? "true" : "false");
			} else if (format == FORMAT_TEXT) {
				printf("  %-10s ", gp->s.per == PERIOD_TOTAL ? "so far" : label);
				put_human(has ? v : NAN, 7);
				printf("  %s\n", ok ? "met" : "not met");
			} else {
				table_cell(&tab, id), table_cell(&tab, label);
				table_number(&tab, has ? v : NAN);
				table_cell(&tab, ok ? "yes" : "no"), table_end_row(&tab);
			}
		}
		if (format == FORMAT_JSON) {
			printf("],\"met\":%ld,\"of\":%ld}", met, of);
		} else if (format == FORMAT_TEXT) {
			if (of == 0)
				puts("  no whole period yet");
			else if (gp->s.per == PERIOD_TOTAL)
				printf("  counted since %s\n", date_format(gp->goal->has_start ?
				    gp->goal->start : days.first, a));
			else
				printf("  met %ld of %ld %s%s since %s\n", met, of,
				    date_period_name(gp->s.per), of == 1 ? "" : "s",
				    date_format(gp->goal->has_start ? gp->goal->start : days.first, a));
		}
	}
	if (format == FORMAT_JSON)
		puts("]}");
}

/* ---- --measures ---- */

/* The safety sentence (measures.h) in buf, with *at the index of the latest PHQ-9 that
 * called for it; or NULL when none did.  It opens the report in every format. */
static const char *
safety_of_scores(char *buf, size_t *at)
{
	const struct score_series *s = &scores.s[INST_PHQ9];
	size_t ndays = 0, first = 0;

	/* The scores are in date order; two of one day are one day to speak of. */
	for (size_t i = 0; i < s->n; i++) {
		if (!phq9_item9_above_0(s->v[i].total, s->v[i].item9))
			continue;
		if (ndays == 0)
			first = i;
		ndays += ndays == 0 || s->v[i].day != s->v[*at].day;
		*at = i;
	}
	if (ndays == 0)
		return NULL;
	return safety_sentence(s->v[first].day, s->v[*at].day, ndays, buf);
}

/* Rounds to the given decimal places; adding 0.0 makes a rounded -0 a plain 0. */
static double
to_places(double v, int places)
{
	double scale = places == 2 ? 100 : places == 1 ? 10 : 1;

	return round(v * scale) / scale + 0.0;
}

/* The change from the first score of the selection to the latest. */
struct first_latest {
	double first, latest, change;
	double rci;             /* to two decimals; NAN when no criterion is published (SRS) */
	enum change verdict;
};

/* Fills c for instrument in; 0 when it has fewer than two scores, so no change. */
static int
first_to_latest(enum instrument in, struct first_latest *c)
{
	const struct score_series *s = &scores.s[in];

	if (s->n < 2)
		return 0;
	c->first = s->v[0].total;
	c->latest = s->v[s->n - 1].total;
	/* Totals have at most one decimal; rounding drops the binary fraction's tail. */
	c->change = to_places(c->latest - c->first, 1);
	c->rci = score_rci(in, c->first, c->latest);
	/* The verdict is taken before rounding; the RCI is shown to two places, as published. */
	c->verdict = score_change(in, c->rci);
	c->rci = to_places(c->rci, 2);
	return 1;
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

/* The T-score, to one decimal as it is published. */
static double
tscore_of(const struct gas_point *gp)
{
	return to_places(gp->t, 1);
}

static int
any_scores(void)
{
	for (int in = 0; in < INST_COUNT; in++)
		if (scores.s[in].n > 0)
			return 1;
	return 0;
}

static void
measures_text(const char *safety)
{
	char a[DATE_BUFSIZE], b[HUMAN_SIZE], c[HUMAN_SIZE], d[HUMAN_SIZE];
	int w = 1, shown = 0;

	/* First, and in plain text: nothing may hide it. */
	if (safety != NULL)
		printf("%s\n\n", safety);
	if (!any_scores() && scores.nrated == 0) {
		printf("no questionnaire scores (phq9, gad7, ors, srs)%s in these entries\n",
		    goals_path != NULL ? " or goal attainment levels (gas-ID)" : "");
		return;
	}
	/* One width for every score, so that the questionnaires line up. */
	for (int in = 0; in < INST_COUNT; in++)
		for (size_t i = 0; i < scores.s[in].n; i++)
			if ((int)strlen(score_text((enum instrument)in, scores.s[in].v[i].total, 0,
			    b)) > w)
				w = (int)strlen(b);
	for (int in = 0; in < INST_COUNT; in++) {
		const struct instrument_info *ii = &instrument_table[in];
		const struct score_series *s = &scores.s[in];
		struct first_latest fl;

		if (s->n == 0)
			continue;
		printf("%s%s%s%s (%s)\n", shown++ ? "\n" : "", sgr("\033[1m"), ii->name,
		    sgr("\033[0m"), ii->about);
		for (size_t i = 0; i < s->n; i++) {
			printf("  %s  %*s  %s", date_format(s->v[i].day, a), w,
			    score_text((enum instrument)in, s->v[i].total, 0, b),
			    score_band((enum instrument)in, s->v[i].total));
			if (s->v[i].item9 > 0)
				printf(" (item 9: %d)", s->v[i].item9);
			else if (in == INST_PHQ9 &&
			    phq9_item9_above_0(s->v[i].total, s->v[i].item9))
				fputs(" (item 9 at least 1)", stdout);
			putchar('\n');
		}
		if (!first_to_latest((enum instrument)in, &fl)) {
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
	if (goals_path != NULL) {
		printf("\n%sGoal attainment%s", sgr("\033[1m"), sgr("\033[0m"));
		if (scores.ngas == 0)
			printf(": no goal in %s has a gas: scale with all five levels\n",
			    goals_path);
		else if (scores.nrated == 0)
			puts(": no level (gas-ID: LEVEL) of its goals in these entries");
		else
			puts(" (T-score: 50 when each goal rated is as expected)");
	}
	if (scores.nrated > 0) {
		printf("%s  %-10s", sgr("\033[1m"), "date");
		for (size_t k = 0; k < scores.ngas; k++) {
			const char *id = goal_id(scores.gas[k]);

			printf("  %*s", strlen(id) > 2 ? (int)strlen(id) : 2, id);
		}
		printf("  %4s%s\n", "T", sgr("\033[0m"));
	}
	for (size_t r = 0; r < scores.nrated; r++) {
		const struct gas_point *gp = &scores.rated[r];

		printf("  %s", date_format(gp->day, a));
		for (size_t k = 0; k < scores.ngas; k++) {
			size_t len = strlen(goal_id(scores.gas[k]));
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

/* One row per score and one per goal of each day of goal attainment, under one header; the
 * safety sentence, when there is one, is the first row. */
static void
measures_rows(const char *safety, size_t safety_at)
{
	char a[DATE_BUFSIZE];

	table_cell(&tab, "measure"), table_cell(&tab, "date"), table_cell(&tab, "score");
	table_cell(&tab, "band"), table_cell(&tab, "item9"), table_cell(&tab, "change");
	table_cell(&tab, "rci"), table_cell(&tab, "verdict"), table_cell(&tab, "goal");
	table_cell(&tab, "level"), table_cell(&tab, "t");
	table_end_row(&tab);
	if (safety != NULL) {
		const struct score_point *p = &scores.s[INST_PHQ9].v[safety_at];

		table_cell(&tab, "safety"), table_cell(&tab, date_format(p->day, a));
		table_cell(&tab, "");
		table_cell(&tab, safety);
		/* A total above 24 says item 9 was above 0, not what it was. */
		if (p->item9 >= 0)
			table_cellf(&tab, "%d", p->item9);
		else
			table_cell(&tab, "");
		table_empty(&tab, 6), table_end_row(&tab);
	}
	for (int in = 0; in < INST_COUNT; in++) {
		const struct score_series *s = &scores.s[in];
		struct first_latest fl;
		int has = first_to_latest((enum instrument)in, &fl);

		for (size_t i = 0; i < s->n; i++) {
			table_cell(&tab, instrument_table[in].key);
			table_cell(&tab, date_format(s->v[i].day, a));
			table_number(&tab, s->v[i].total);
			table_cell(&tab, score_band((enum instrument)in, s->v[i].total));
			if (s->v[i].item9 >= 0)
				table_cellf(&tab, "%d", s->v[i].item9);
			else
				table_cell(&tab, "");
			/* The change from the first score is on the latest's row. */
			if (has && i == s->n - 1) {
				table_number(&tab, fl.change);
				table_number(&tab, fl.rci);
				table_cell(&tab, isnan(fl.rci) ? "" : change_name(fl.verdict));
			} else {
				table_empty(&tab, 3);
			}
			table_empty(&tab, 3);
			table_end_row(&tab);
		}
	}
	for (size_t r = 0; r < scores.nrated; r++) {
		const struct gas_point *gp = &scores.rated[r];

		for (size_t k = 0; k < scores.ngas; k++) {
			table_cell(&tab, "gas"), table_cell(&tab, date_format(gp->day, a));
			table_empty(&tab, 6);
			table_cell(&tab, goal_id(scores.gas[k]));
			table_number(&tab, gp->level[k]);
			table_number(&tab, tscore_of(gp));
			table_end_row(&tab);
		}
	}
}

static void
measures_json(const char *safety)
{
	char a[DATE_BUFSIZE];
	int shown = 0;

	fputs("{\"safety\":", stdout);
	json_cstring(stdout, safety);
	fputs(",\"measures\":[", stdout);
	for (int in = 0; in < INST_COUNT; in++) {
		const struct instrument_info *ii = &instrument_table[in];
		const struct score_series *s = &scores.s[in];
		struct first_latest fl;
		int has = first_to_latest((enum instrument)in, &fl);

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
	for (size_t k = 0; k < scores.ngas; k++) {
		const struct gas *gs = &scores.gas[k]->gas;

		printf("%s{\"id\":", k ? "," : "");
		json_cstring(stdout, goal_id(scores.gas[k]));
		fputs(",\"weight\":", stdout);
		json_number(stdout, gs->weight);
		fputs(",\"baseline\":", stdout);
		json_number(stdout, gs->has_baseline ? (double)gs->baseline : NAN);
		putchar('}');
	}
	fputs("],\"ratings\":[", stdout);
	for (size_t r = 0; r < scores.nrated; r++) {
		const struct gas_point *gp = &scores.rated[r];

		printf("%s\n{\"date\":\"%s\",\"levels\":{", r ? "," : "", date_format(gp->day, a));
		for (size_t k = 0; k < scores.ngas; k++) {
			printf("%s", k ? "," : "");
			json_cstring(stdout, goal_id(scores.gas[k]));
			putchar(':');
			json_number(stdout, gp->level[k]);
		}
		fputs("},\"t\":", stdout);
		json_number(stdout, tscore_of(gp));
		putchar('}');
	}
	puts("]}}");
}

static void
measures_report(void)
{
	char buf[SAFETY_SIZE];
	size_t at = 0;
	const char *safety = safety_of_scores(buf, &at);

	if (format == FORMAT_TEXT)
		measures_text(safety);
	else if (format == FORMAT_JSON)
		measures_json(safety);
	else
		measures_rows(safety, at);
}

/* ---- the command line ---- */

/* Reads the goals file for --goals; a file that is not a goals file stops the run.  Errors
 * in the file change what is counted, so each is said, as goalcheck says it; for
 * --measures, so is a goal attainment scale left unscored for lacking a level. */
static void
load_goals(const char *path)
{
	struct file_text f;
	struct diags d = { 0 };
	int failed;

	if (goals_read_text(&f, path) < 0)
		exit(2);
	failed = goals_load(&goals, f.data, f.len, &d) < 0;
	/* The one finding of a file that is not a goals file says why, as goalcheck would. */
	if (failed)
		goals_say(path, &d.v[0]);
	for (size_t i = 0; !failed && i < d.n; i++)
		if (d.v[i].sev == SEV_ERROR || (report == REPORT_MEASURES &&
		    strcmp(d.v[i].rule, rule_table[RULE_GAS_SCALE].name) == 0))
			goals_say(path, &d.v[i]);
	diags_free(&d);
	file_free(&f);
	if (failed) {
		goals_free(&goals);
		exit(2);
	}
}

/* A tag named on the command line must be one the journal could hold, by the reader's own
 * rule: "a—b" would match nothing, the reader ending the tag at the dash. */
static const char *
check_tag(const char *tag, const char *opt)
{
	const char *t = tag[0] == '#' ? tag + 1 : tag;
	size_t len = strlen(t);

	if (len == 0 || journal_tag_len(t, len) != len)
		errx(2, "%s: '%s' is not a tag (letters, digits, '-', '_' and '/', starting with "
		    "a letter)", opt, tag);
	return tag;
}

static void
set_report(enum report r, const char *opt)
{
	if (report != REPORT_SUMMARY && report != r)
		errx(2, "%s: one report at a time (--by, --tags, --weekday, --with, --goals, "
		    "--measures)", opt);
	report = r;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "by", required_argument, NULL, 'b' },
		{ "count", required_argument, NULL, 'c' },
		{ "tags", no_argument, NULL, 'T' },
		{ "weekday", no_argument, NULL, 'w' },
		{ "with", required_argument, NULL, 'W' },
		{ "goals", required_argument, NULL, 'g' },
		{ "measures", no_argument, NULL, 'M' },
		{ "from", required_argument, NULL, 'F' },
		{ "to", required_argument, NULL, 'U' },
		{ "last", required_argument, NULL, 'l' },
		{ "tag", required_argument, NULL, 'G' },
		{ "format", required_argument, NULL, 'f' },
		{ "today", required_argument, NULL, 't' },
		{ "ascii", no_argument, NULL, 'a' },
		{ "color", required_argument, NULL, 'C' },
		{ "colour", required_argument, NULL, 'C' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	enum color_when when = COLOR_AUTO;
	const char *last = NULL;
	int ch, status = 0, have_today = 0;

	setlocale(LC_CTYPE, "");
	ascii = strcmp(nl_langinfo(CODESET), "UTF-8") != 0;
	count_tags = xmalloc((size_t)argc * sizeof *count_tags);
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'b':
			set_report(REPORT_BY, "--by");
			by = (enum period)(PERIOD_DAY + cli_choice(optarg, "--by", period_names));
			break;
		case 'c':
			count_tags[ncount_tags++] = check_tag(optarg, "--count");
			break;
		case 'T':
			set_report(REPORT_TAGS, "--tags");
			break;
		case 'w':
			set_report(REPORT_WEEKDAY, "--weekday");
			break;
		case 'W':
			set_report(REPORT_WITH, "--with");
			with_tag = check_tag(optarg, "--with");
			break;
		case 'g':
			/* With --measures, the goals file gives the goals' attainment scales. */
			if (report != REPORT_MEASURES)
				set_report(REPORT_GOALS, "--goals");
			goals_path = optarg;
			break;
		case 'M':
			if (report == REPORT_GOALS)
				report = REPORT_SUMMARY;
			set_report(REPORT_MEASURES, "--measures");
			break;
		case 'F':
			from = cli_date(optarg, "--from");
			has_from = 1;
			break;
		case 'U':
			to = cli_date(optarg, "--to");
			has_to = 1;
			break;
		case 'l':
			last = optarg;
			break;
		case 'G':
			only_tag = check_tag(optarg, "--tag");
			break;
		case 'f':
			format = (enum format)cli_choice(optarg, "--format", format_names);
			break;
		case 't':
			today = cli_date(optarg, "--today");
			have_today = 1;
			break;
		case 'a':
			ascii = 1;
			break;
		case 'C':
			when = cli_color_when(optarg);
			break;
		case 'h':
			help();
			return cli_finish();
		case 'V':
			puts("journalstat (goalkit) " GOALKIT_VERSION);
			return cli_finish();
		default:
			return cli_bad_option(ch, argv, usage);
		}
	}
	argc -= optind;
	argv += optind;
	if (ncount_tags > 0 && report != REPORT_BY)
		errx(2, "--count: only with --by");
	if (!have_today)
		today = date_today();
	if (last != NULL) {
		char *unit;
		/* strtol, not sscanf's %d, whose overflow is undefined: glibc read 4294967297d
		 * as 1d. */
		long n = strtol(last, &unit, 10);

		if (has_from || has_to)
			errx(2, "--last: not with --from or --to");
		if (n <= 0 || n > 100000 || unit[0] == '\0' || unit[1] != '\0' ||
		    strchr("dwmy", unit[0]) == NULL)
			errx(2, "--last: '%s' is not a number of days, weeks, months or years "
			    "(30d, 8w, 6m, 1y)", last);
		from = *unit == 'd' ? today - n + 1 : *unit == 'w' ? today - 7L * n + 1 :
		    date_add_months(today, (int)(*unit == 'm' ? -n : -12 * n)) + 1;
		to = today;
		has_from = has_to = 1;
	}
	tty = isatty(STDOUT_FILENO);
	table_init(&tab, stdout, format == FORMAT_CSV ? TABLE_CSV : TABLE_TSV);
	color = cli_color(when, STDOUT_FILENO);

	journal_init(&jr, "journalstat", on_entry, NULL);
	if (only_tag)
		only_tag_id = journal_tag(&jr, only_tag, strlen(only_tag));
	if (with_tag)
		with_tag_id = journal_tag(&jr, with_tag, strlen(with_tag));
	count_ids = xmalloc((ncount_tags ? ncount_tags : 1) * sizeof *count_ids);
	for (size_t k = 0; k < ncount_tags; k++)
		count_ids[k] = journal_tag(&jr, count_tags[k], strlen(count_tags[k]));
	series.per = report == REPORT_BY ? by : PERIOD_WEEK;
	series.ncounts = ncount_tags;
	if (report == REPORT_GOALS) {
		load_goals(goals_path);
		progress_init(&progress, &goals, &jr, today);
	} else if (report == REPORT_MEASURES) {
		if (goals_path != NULL)
			load_goals(goals_path);
		/* on_entry has chosen the entries already: every day it passes on is kept. */
		scores_init(&scores, &jr, goals_path != NULL ? &goals : NULL, LONG_MIN, LONG_MAX);
	}

	if (argc == 0) {
		const char *path = journal_default_path();

		if (path == NULL)
			errx(2, "no journal here: neither ./journal/ nor ./journal.md exists (name "
			    "one: journalstat PATH)");
		status = journal_read(&jr, path) < 0 ? 2 : 0;
	}
	for (int i = 0; i < argc; i++)
		if (journal_read(&jr, argv[i]) < 0)
			status = 2;

	switch (report) {
	case REPORT_SUMMARY:
		if (format == FORMAT_TEXT)
			summary_text();
		else if (format == FORMAT_JSON)
			summary_json();
		else
			summary_rows();
		break;
	case REPORT_BY:
		by_report();
		break;
	case REPORT_TAGS:
		tags_report();
		break;
	case REPORT_WEEKDAY:
		weekday_report();
		break;
	case REPORT_WITH:
		with_report();
		break;
	case REPORT_GOALS:
		goals_report();
		progress_free(&progress);
		goals_free(&goals);
		break;
	case REPORT_MEASURES:
		scores_finish(&scores);
		measures_report();
		scores_free(&scores);
		if (goals_path != NULL)
			goals_free(&goals);
		break;
	}

	journal_free(&jr);
	dayset_free(&days);
	series_free(&series);
	free(metric);
	free(recent);
	free(before);
	for (int d = 0; d < 7; d++)
		free(weekday_mean[d]);
	free(with_mean[0]);
	free(with_mean[1]);
	free(tag_total);
	free(count_ids);
	free(count_tags);
	return cli_finish() ? 2 : status;
}
