/* date.h: calendar dates as day numbers, so that date arithmetic is integer arithmetic. */
#ifndef GOALKIT_DATE_H
#define GOALKIT_DATE_H

#include <stddef.h>

/* A date is the number of days since 1970-01-01 (negative before it), proleptic Gregorian. */

/* Days from year, month (1-12) and day (1-31). The fields must form a valid date. */
long date_from_ymd(int y, int m, int d);
void date_to_ymd(long date, int *y, int *m, int *d);

int date_is_leap(int y);
int date_days_in_month(int y, int m);
int date_valid(int y, int m, int d);

/* Parses exactly "YYYY-MM-DD" (len bytes, no surrounding space). Returns 1 and sets *out on
 * success; 0 when the text is not of that form; -1 when it is of that form but names a day
 * that does not exist (2026-02-30), so callers can say which. */
int date_parse(const char *s, size_t len, long *out);

/* Writes "YYYY-MM-DD" and a NUL into buf, which holds at least DATE_BUFSIZE bytes. */
#define DATE_BUFSIZE 16
char *date_format(long date, char *buf);

/* 0 = Monday ... 6 = Sunday, as ISO 8601 counts them. */
int date_weekday(long date);

/* The same day of the month n months later (or earlier), clamped to the month's last day. */
long date_add_months(long date, int n);

/* The last day of date's month. */
long date_month_end(long date);

/* ISO 8601 week: *year is the week-numbering year, which can differ from the calendar year
 * in the first and last days of January and December. */
void date_iso_week(long date, int *year, int *week);

/* The periods a target or a series counts over.  PERIOD_TOTAL is the whole life of a goal. */
enum period { PERIOD_TOTAL, PERIOD_DAY, PERIOD_WEEK, PERIOD_MONTH, PERIOD_YEAR };

/* "day", "week", "month", "year" or "total". */
const char *date_period_name(enum period p);

/* Parses "day", "week", "month" or "year" (len bytes). Returns 1 and sets *out, or 0. */
int date_period_parse(const char *s, size_t len, enum period *out);

/* Periods as consecutive integers, so that a series of them is an array: day numbers for
 * days, weeks since the ISO week of 1970-01-01 (a Monday-based count), months since year 0
 * and years.  PERIOD_TOTAL has the one index 0. */
long date_period_index(long date, enum period p);
/* The first day of the period with that index. */
long date_period_start(long index, enum period p);
/* Its label: "2026-01-14", "2026-W03" (ISO week), "2026-01", "2026" or "total", written
 * with a NUL into buf (DATE_BUFSIZE bytes). */
char *date_period_label(long index, enum period p, char *buf);

/* Its label for a person to read: a week as its first day, "week of 9 Nov 2026", which
 * says more to most people (and spreadsheets) than "2026-W46"; other periods as
 * date_period_label writes them.  Into buf (DATE_WORDS_SIZE bytes). */
#define DATE_WORDS_SIZE 32
char *date_period_words(long index, enum period p, char *buf);

/* The local date now. */
long date_today(void);

#endif
