/* report.h: journalstat's reports, each written from a struct tally (tally.h) by one
 * renderer per format: report_text.c for a person, report_rows.c for tsv and csv (cells
 * through lib/table), report_json.c.  journalstat.c's table picks the renderer by report and
 * format; a report without a renderer for a format refuses it.  A new format is a new file of
 * renderers and a column of that table.  report_svg.c draws the series and profiles as
 * pictures; --calendar has a renderer in each file. */
#ifndef JOURNALSTAT_REPORT_H
#define JOURNALSTAT_REPORT_H

#include "table.h"
#include "tally.h"

/* How a renderer may dress a report. */
struct report_style {
	int color;              /* ANSI colour */
	int tty;                /* standard output is a terminal: the summary adds sparklines */
	int ascii;              /* sparklines and the calendar in ASCII */
	int depth;              /* with color: 256 or 16777216 colours (COLORTERM, TERM), else 8 */
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
/* report_svg.c: no summary, --tags or --with */
report_fn by_svg, weekday_svg, goals_svg, measures_svg;
/* --calendar, in each */
report_fn calendar_text, calendar_rows, calendar_json, calendar_svg;

/* The calendar's shades, lightest (lowest) first: glyphs that read in order without colour,
 * and colours that keep the order in grey (calendar.c). */
struct cal_shade {
	const char *utf8, *ascii;
	unsigned char rgb[3];
	int xterm;              /* the nearest of the 256 colours */
};
extern const struct cal_shade cal_shade[CAL_LEVELS];

/* The names of the days of the week, Monday first, as every format writes them. */
extern const char *const weekday_name[7];

#endif
