/* report.h: journalstat's reports, each written from a struct tally (tally.h) by one
 * renderer per format: report_text.c for a person, report_rows.c for tsv and csv (cells
 * through lib/table), report_json.c.  journalstat.c's table picks the renderer by report and
 * format; a report without a renderer for a format refuses it.  A new format is a new file of
 * renderers and a column of that table. */
#ifndef JOURNALSTAT_REPORT_H
#define JOURNALSTAT_REPORT_H

#include "table.h"
#include "tally.h"

/* How a renderer may dress a report. */
struct report_style {
	int color;              /* ANSI colour */
	int tty;                /* standard output is a terminal: the summary adds sparklines */
	int ascii;              /* sparklines in ASCII */
	const char *goals_path; /* --goals, for --measures' words about it; or NULL */
	struct table *tab;      /* for tsv and csv */
};

typedef void report_fn(const struct tally *t, const struct report_style *st);

/* report_text.c */
report_fn summary_text, by_text, tags_text, weekday_text, with_text, goals_text,
    measures_text;
/* report_rows.c */
report_fn summary_rows, by_rows, tags_rows, weekday_rows, with_rows, goals_rows,
    measures_rows;
/* report_json.c */
report_fn summary_json, by_json, tags_json, weekday_json, with_json, goals_json,
    measures_json;

/* The names of the days of the week, Monday first, as every format writes them. */
extern const char *const weekday_name[7];

#endif
