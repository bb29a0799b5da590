/* journalstat: statistics over a Markdown journal: entries, streaks, metrics such as mood,
 * tags, series per period, progress toward each measured goal, and the questionnaire scores
 * and goal attainment recorded in it, for a person at the terminal and for a pipe into sort,
 * awk, jq or gnuplot.
 *
 * This file is the command line: the entries are tallied in one pass (tally.c), then the
 * report asked for is written by its renderer for the format asked for, from the table below
 * (report_text.c, report_rows.c, report_json.c). */
#include <err.h>
#include <getopt.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "alloc.h"
#include "cli.h"
#include "config.h"
#include "date.h"
#include "diag.h"
#include "diagout.h"
#include "file.h"
#include "goalread.h"
#include "goals.h"
#include "journal.h"
#include "report.h"
#include "rules.h"
#include "table.h"
#include "tally.h"

enum format { FORMAT_TEXT, FORMAT_TSV, FORMAT_CSV, FORMAT_JSON, FORMAT_SVG, FORMAT_COUNT };
static const char *const format_names[] = { "text", "tsv", "csv", "json", "svg", NULL };
/* From PERIOD_DAY on, in the order of enum period. */
static const char *const period_names[] = { "day", "week", "month", "year", NULL };
enum report { REPORT_SUMMARY, REPORT_BY, REPORT_TAGS, REPORT_WEEKDAY, REPORT_WITH, REPORT_GOALS,
	REPORT_MEASURES, REPORT_CALENDAR, REPORT_COUNT };

/* Each report's renderer for each format: a row a report, a column a format.  tsv and csv
 * share the rows' renderer, which writes through a table of either kind.  NULL: the report
 * has no such form (a list of words has no picture). */
static report_fn *const renderers[REPORT_COUNT][FORMAT_COUNT] = {
	[REPORT_SUMMARY] = { summary_text, summary_rows, summary_rows, summary_json, NULL },
	[REPORT_BY] = { by_text, by_rows, by_rows, by_json, by_svg },
	[REPORT_TAGS] = { tags_text, tags_rows, tags_rows, tags_json, NULL },
	[REPORT_WEEKDAY] = { weekday_text, weekday_rows, weekday_rows, weekday_json, weekday_svg },
	[REPORT_WITH] = { with_text, with_rows, with_rows, with_json, NULL },
	[REPORT_GOALS] = { goals_text, goals_rows, goals_rows, goals_json, goals_svg },
	[REPORT_MEASURES] = { measures_text, measures_rows, measures_rows, measures_json,
		measures_svg },
	[REPORT_CALENDAR] = { calendar_text, calendar_rows, calendar_rows, calendar_json,
		calendar_svg },
};

const char *const weekday_name[7] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

/* What the command line asked for. */
static enum report report = REPORT_SUMMARY;
static const char *goals_path;
static struct goals goals;
static struct tally tally;

static void
usage(FILE *fp)
{
	fputs("usage: journalstat [-h] [--by day|week|month|year [--count TAG]...] [--tags]\n"
	    "                   [--weekday] [--with TAG] [--goals FILE] [--measures]\n"
	    "                   [--calendar [METRIC|TAG]]\n"
	    "                   [--from DATE] [--to DATE] [--last N{d|w|m|y}] [--tag TAG]\n"
	    "                   [--format text|tsv|csv|json|svg] [--today YYYY-MM-DD] [--ascii]\n"
	    "                   [--redact] [--color auto|always|never] [--version] [PATH ...]\n",
	    fp);
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
	    "  --calendar [NAME]  a square a day, shaded by a metric's value or a tag's count\n"
	    "                     (default: the metric with the most values)\n"
	    "Which entries:\n"
	    "  --from DATE, --to DATE   only entries on or after, on or before DATE\n"
	    "  --last N{d|w|m|y}  only the last N days, weeks, months or years to today\n"
	    "  --tag TAG          only entries tagged TAG\n"
	    "Output:\n"
	    "  --format FORMAT    text (default), tsv, csv, json or svg (--by, --weekday,\n"
	    "                     --goals, --measures and --calendar)\n"
	    "  --today DATE       count streaks and --last as on this date (default: today)\n"
	    "  --ascii            sparklines and the calendar in ASCII\n"
	    "  --redact           tags as tag-1, tag-2..., goal ids as goal-1...: for sharing\n"
	    "  --color WHEN       auto (default: on a terminal, not with NO_COLOR), always, never\n"
	    "  -h, --help         this help\n"
	    "      --version      the version\n\n"
	    "Exit status: 0 done (warnings about the journal do not change it), 2 a path could\n"
	    "not be read or an option is wrong.  See journalstat(1) and journal(5).\n", stdout);
}

/* ---- the command line ---- */

/* Reads the goals file for --goals; a file that is not a goals file stops the run.  Errors
 * in the file change what is counted, so each is said, as goalcheck says it; for
 * --measures, so is a goal attainment scale left unscored for lacking a level.  A goal's
 * sentence counts where its fields are absent, as goalcheck reads it on the day today. */
static void
load_goals(const char *path, long today)
{
	struct sentence_reader *reader;

	struct file_text f;
	struct diags d = { 0 };
	int failed;

	if (goals_read_text(&f, path, &d) < 0) {
		diag_say_brief(NULL, &d);
		exit(2);
	}
	failed = goals_load(&goals, f.data, f.len, &d) < 0;
	/* The one finding of a file that is not a goals file says why, as goalcheck would. */
	if (failed)
		diag_say(path, &d.v[0]);
	for (size_t i = 0; !failed && i < d.n; i++)
		if (d.v[i].sev == SEV_ERROR || (report == REPORT_MEASURES &&
		    strcmp(d.v[i].rule, rule_table[RULE_GAS_SCALE].name) == 0))
			diag_say(path, &d.v[i]);
	diags_free(&d);
	file_free(&f);
	if (failed) {
		goals_free(&goals);
		exit(2);
	}
	if ((reader = sentence_reader_new()) == NULL)
		out_of_memory();
	goals_read_sentences(&goals, reader, today, GOALS_READ_MEASURES);
	sentence_reader_free(reader);
}

/* Whether .goalcheck.yaml (beside the goals file, or up from here) lets the reports show the
 * NHS caseness line; a config that cannot be read stops the run, as it would goalcheck. */
static int
caseness_setting(const char *goals_at)
{
	struct config cfg;
	struct diags d = { 0 };
	char *path = config_find(goals_at);
	int on;

	config_init(&cfg);
	if (path != NULL && config_load(&cfg, path, &d) < 0) {
		diag_say_brief(cfg.path, &d);
		exit(2);
	}
	on = cfg.caseness;
	config_free(&cfg);
	diags_free(&d);
	free(path);
	return on;
}

/* A tag named on the command line must be one the journal could hold, by the reader's own
 * rule: "a—b" would match nothing, the reader ending the tag at the dash. */
static const char *
check_tag(const char *tag, const char *opt)
{
	const char *t = tag != NULL && tag[0] == '#' ? tag + 1 : tag;
	size_t len = t != NULL ? strlen(t) : 0, k = len > 0 ? journal_tag_len(t, len) : 0;

	/* "walk:no" and "walk:skip", a day not done and one skipped, are tags too (journal(5)),
	 * which the summary lists. */
	if (k > 0 && k < len && t[k] == ':' && (strcasecmp(t + k + 1, JOURNAL_NOT_DONE) == 0 ||
	    strcasecmp(t + k + 1, JOURNAL_SKIPPED) == 0))
		return tag;
	if (k == 0 || k != len)
		errx(2, "%s: '%s' is not a tag (letters, digits, '-', '_' and '/', starting with "
		    "a letter)", opt, tag);
	return tag;
}

static void
set_report(enum report r, const char *opt)
{
	if (report != REPORT_SUMMARY && report != r)
		errx(2, "%s: one report at a time (--by, --tags, --weekday, --with, --goals, "
		    "--measures, --calendar)", opt);
	report = r;
}

/* How many colours the terminal shows, as it says in COLORTERM and TERM: the calendar's
 * shades in truecolor, in the 256 colours, or in its glyphs alone. */
static int
color_depth(void)
{
	const char *ct = getenv("COLORTERM"), *term = getenv("TERM");

	if (ct != NULL && (strcmp(ct, "truecolor") == 0 || strcmp(ct, "24bit") == 0))
		return 1 << 24;
	return term != NULL && strstr(term, "256color") != NULL ? 256 : 8;
}

/* "--calendar NAME" as "--calendar=NAME", since getopt takes an optional value only after
 * '=': the next word is the name when it is not an option, not a path (no '/') and no file
 * or folder of that name exists.  Returns a new argv, whose joined words are malloc'd and
 * listed in *joined (the caller frees them and it). */
static char **
join_calendar(int argc, char *argv[], char ***joined, size_t *njoined)
{
	char **v = xmalloc(((size_t)argc + 1) * sizeof *v);
	int n = 0;

	*joined = xmalloc(((size_t)argc + 1) * sizeof **joined);
	*njoined = 0;
	for (int i = 0; i < argc && argv[i] != NULL; i++) {
		const char *next = i + 1 < argc ? argv[i + 1] : NULL;

		v[n++] = argv[i];
		if (strcmp(argv[i], "--") == 0) {
			while (++i < argc)
				v[n++] = argv[i];
			break;
		}
		if (i == 0 || strcmp(argv[i], "--calendar") != 0 || next == NULL ||
		    next[0] == '-' || next[0] == '\0' || strchr(next, '/') != NULL ||
		    access(next, F_OK) == 0)
			continue;
		v[n - 1] = xmalloc(strlen(next) + sizeof "--calendar=");
		strcpy(v[n - 1], "--calendar="), strcat(v[n - 1], next);
		(*joined)[(*njoined)++] = v[n - 1];
		i++;
	}
	v[n] = NULL;
	return v;
}

/* The reports without a picture, for --format svg's refusal. */
static const char *const report_words[REPORT_COUNT] = {
	[REPORT_SUMMARY] = "the summary", [REPORT_TAGS] = "--tags", [REPORT_WITH] = "--with",
};

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
		{ "calendar", optional_argument, NULL, 'K' },
		{ "from", required_argument, NULL, 'F' },
		{ "to", required_argument, NULL, 'U' },
		{ "last", required_argument, NULL, 'l' },
		{ "tag", required_argument, NULL, 'G' },
		{ "format", required_argument, NULL, 'f' },
		{ "ascii", no_argument, NULL, 'a' },
		{ "redact", no_argument, NULL, 'r' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct tally *t = &tally;
	struct report_style style = { 0 };
	struct table tab;
	enum format format = FORMAT_TEXT;
	enum period by = PERIOD_WEEK;
	struct cli_common common = { .name = "journalstat", .help = help };
	const char *last = NULL, *with_tag = NULL, *only_tag = NULL, **count_tags;
	size_t ncount_tags = 0;
	int *count_ids;
	int ch, status = 0, redact = 0;
	char **joined, **args;
	size_t njoined;

	setlocale(LC_CTYPE, "");
	style.ascii = strcmp(nl_langinfo(CODESET), "UTF-8") != 0;
	count_tags = xmalloc((size_t)argc * sizeof *count_tags);
	argv = args = join_calendar(argc, argv, &joined, &njoined);
	argc = 0;
	while (argv[argc] != NULL)
		argc++;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		if (cli_common(&common, ch, optarg))
			continue;
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
		case 'K':
			set_report(REPORT_CALENDAR, "--calendar");
			if (optarg != NULL && (optarg[0] == '\0' || strcmp(optarg, "#") == 0))
				errx(2, "--calendar: '%s' is not the name of a metric or a tag", optarg);
			t->cal_name = optarg;
			break;
		case 'F':
			t->from = cli_date(optarg, "--from");
			t->has_from = 1;
			break;
		case 'U':
			t->to = cli_date(optarg, "--to");
			t->has_to = 1;
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
		case 'a':
			style.ascii = 1;
			break;
		case 'r':
			redact = 1;
			break;
		default:
			free(count_tags);
			ch = cli_bad_option(ch, argv, usage);
			for (size_t k = 0; k < njoined; k++)
				free(joined[k]);
			free(joined);
			free(args);
			return ch;
		}
	}
	argc -= optind;
	argv += optind;
	if (ncount_tags > 0 && report != REPORT_BY)
		errx(2, "--count: only with --by");
	if (renderers[report][format] == NULL)
		errx(2, "--format %s: %s has no picture (svg is for --by, --weekday, --goals, "
		    "--measures and --calendar)", format_names[format], report_words[report]);
	cli_common_done(&common);
	t->today = common.today;
	if (last != NULL) {
		char *unit;
		/* strtol, not sscanf's %d, whose overflow is undefined: glibc read 4294967297d
		 * as 1d. */
		long n = strtol(last, &unit, 10);

		if (t->has_from || t->has_to)
			errx(2, "--last: not with --from or --to");
		if (n <= 0 || n > 100000 || unit[0] == '\0' || unit[1] != '\0' ||
		    strchr("dwmy", unit[0]) == NULL)
			errx(2, "--last: '%s' is not a number of days, weeks, months or years "
			    "(30d, 8w, 6m, 1y)", last);
		t->from = *unit == 'd' ? t->today - n + 1 : *unit == 'w' ?
		    t->today - 7L * n + 1 :
		    date_add_months(t->today, (int)(*unit == 'm' ? -n : -12 * n)) + 1;
		t->to = t->today;
		t->has_from = t->has_to = 1;
	}
	style.tty = isatty(STDOUT_FILENO);
	style.color = cli_color(common.when, STDOUT_FILENO);
	style.depth = color_depth();
	style.goals_path = goals_path;
	table_init(&tab, stdout, format == FORMAT_CSV ? TABLE_CSV : TABLE_TSV);
	style.tab = &tab;

	journal_init(&t->jr, "journalstat", tally_entry, t);
	t->jr.on_findings = diag_say_notes;
	/* No report shows an entry's title or first line. */
	t->jr.no_text = 1;
	t->only_tag_id = only_tag ? journal_tag(&t->jr, only_tag, strlen(only_tag)) : -1;
	t->with_tag_id = with_tag ? journal_tag(&t->jr, with_tag, strlen(with_tag)) : -1;
	count_ids = xmalloc((ncount_tags ? ncount_tags : 1) * sizeof *count_ids);
	for (size_t k = 0; k < ncount_tags; k++)
		count_ids[k] = journal_tag(&t->jr, count_tags[k], strlen(count_tags[k]));
	t->count_ids = count_ids;
	t->ncount = ncount_tags;
	/* The summary's sparklines need the weeks, for a person at a terminal. */
	t->want_series = report == REPORT_BY ||
	    (report == REPORT_SUMMARY && style.tty && format == FORMAT_TEXT);
	t->series.per = report == REPORT_BY ? by : PERIOD_WEEK;
	t->want_weekdays = report == REPORT_WEEKDAY;
	t->want_with = report == REPORT_WITH;
	t->series.ncounts = ncount_tags;
	if (report == REPORT_CALENDAR)
		calendar_prepare(t, count_ids);
	if (report == REPORT_GOALS) {
		load_goals(goals_path, t->today);
		progress_init(&t->progress, &goals, &t->jr, t->today);
		baselines_init(&t->base, &goals, &t->jr, t->today);
		strengths_init(&t->strength, &goals, &t->jr, t->today);
		t->want_progress = 1;
	} else if (report == REPORT_MEASURES) {
		if (goals_path != NULL)
			load_goals(goals_path, t->today);
		t->age = goals.age;
		t->caseness = caseness_setting(goals_path);
		/* tally_entry has chosen the entries already: every day it passes on is kept. */
		scores_init(&t->scores, &t->jr, goals_path != NULL ? &goals : NULL, LONG_MIN,
		    LONG_MAX);
		t->want_scores = 1;
	}

	if (argc == 0) {
		const char *path = journal_default_path();

		if (path == NULL)
			errx(2, "no journal here: neither ./journal/ nor ./journal.md exists (name "
			    "one: journalstat PATH)");
		status = journal_read(&t->jr, path) < 0 ? 2 : 0;
	}
	for (int i = 0; i < argc; i++)
		if (journal_read(&t->jr, argv[i]) < 0)
			status = 2;
	journal_check_names(&t->jr);
	journal_check_dates(&t->jr);
	if (goals_path != NULL && goals.ngoals > 0)
		scores_check_gas(&t->jr, &goals);
	/* Last, once every name has been looked up: the reports then print only placeholders. */
	if (redact) {
		journal_redact_tags(&t->jr);
		goals_redact_ids(&goals);
	}

	if (report == REPORT_MEASURES)
		scores_finish(&t->scores);
	if (report == REPORT_CALENDAR && calendar_build(t) < 0) {
		if (t->cal_name != NULL)
			errx(2, "--calendar: no metric or tag '%s' in these entries", t->cal_name);
		errx(2, "--calendar: no metric in these entries (name a tag: --calendar TAG)");
	}
	renderers[report][format](t, &style);
	if (report == REPORT_GOALS) {
		progress_free(&t->progress);
		baselines_free(&t->base);
		strengths_free(&t->strength);
		goals_free(&goals);
	} else if (report == REPORT_MEASURES) {
		scores_free(&t->scores);
		if (goals_path != NULL)
			goals_free(&goals);
	}
	calendar_free(&t->cal);
	tally_free(t);
	free(count_ids);
	free(count_tags);
	for (size_t k = 0; k < njoined; k++)
		free(joined[k]);
	free(joined);
	free(args);
	return cli_finish() ? 2 : status;
}
