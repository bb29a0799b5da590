/* date.c: the Gregorian calendar as integer arithmetic on day numbers. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "date.h"

/* The civil-from-days and days-from-civil algorithms count in 400-year eras starting on
 * 1 March, which puts the leap day last and makes every month's offset a linear formula. */
long
date_from_ymd(int y, int m, int d)
{
	long yy = y - (m <= 2);
	long era = (yy >= 0 ? yy : yy - 399) / 400;
	long yoe = yy - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void
date_to_ymd(long date, int *y, int *m, int *d)
{
	long z = date + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long mm = mp < 10 ? mp + 3 : mp - 9;

	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)mm;
	*y = (int)(yoe + era * 400 + (mm <= 2));
}

int
date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && date_is_leap(y))
		return 29;
	return days[m - 1];
}

int
date_valid(int y, int m, int d)
{
	/* Year 0 is no year of the calendar people write (1 BC came before AD 1), and its weeks
	 * would be labelled in year -1. */
	return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= date_days_in_month(y, m);
}

static int
digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int
date_parse(const char *s, size_t len, long *out)
{
	int y, m, d;

	if (len != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	if ((y = digits(s, 4)) < 0 || (m = digits(s + 5, 2)) < 0 || (d = digits(s + 8, 2)) < 0)
		return 0;
	if (!date_valid(y, m, d))
		return -1;
	*out = date_from_ymd(y, m, d);
	return 1;
}

char *
date_format(long date, char *buf)
{
	int y, m, d;

	date_to_ymd(date, &y, &m, &d);
	/* Years outside 0..9999 cannot come from date_parse; keep the output bounded anyway. */
	if (y < 0 || y > 9999)
		y = y < 0 ? 0 : 9999;
	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + d / 10);
	buf[9] = (char)('0' + d % 10);
	buf[10] = '\0';
	return buf;
}

int
date_weekday(long date)
{
	/* 1970-01-01 was a Thursday, weekday 3. */
	long w = (date + 3) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

long
date_add_months(long date, int n)
{
	int y, m, d;
	long months;

	date_to_ymd(date, &y, &m, &d);
	months = (long)y * 12 + (m - 1) + n;
	y = (int)(months >= 0 ? months / 12 : (months - 11) / 12);
	m = (int)(months - (long)y * 12) + 1;
	if (d > date_days_in_month(y, m))
		d = date_days_in_month(y, m);
	return date_from_ymd(y, m, d);
}

long
date_month_end(long date)
{
	int y, m, d;

	date_to_ymd(date, &y, &m, &d);
	return date_from_ymd(y, m, date_days_in_month(y, m));
}

void
date_iso_week(long date, int *year, int *week)
{
	/* The week belongs to the year that holds its Thursday. */
	long thursday = date - date_weekday(date) + 3;
	int y, m, d;

	date_to_ymd(thursday, &y, &m, &d);
	*year = y;
	*week = (int)((thursday - date_from_ymd(y, 1, 1)) / 7 + 1);
}

/* Floor division, for indexes of dates before 1970. */
static long
floor_div(long a, long b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

long
date_period_index(long date, enum period p)
{
	int y, m, d;

	switch (p) {
	case PERIOD_DAY:
		return date;
	case PERIOD_WEEK:
		/* 1970-01-01 was a Thursday; its week began on Monday 1969-12-29, day -3. */
		return floor_div(date + 3, 7);
	case PERIOD_MONTH:
		date_to_ymd(date, &y, &m, &d);
		return (long)y * 12 + (m - 1);
	case PERIOD_YEAR:
		date_to_ymd(date, &y, &m, &d);
		return y;
	case PERIOD_TOTAL:
		break;
	}
	return 0;
}

long
date_period_start(long index, enum period p)
{
	int y;

	switch (p) {
	case PERIOD_DAY:
		return index;
	case PERIOD_WEEK:
		return index * 7 - 3;
	case PERIOD_MONTH:
		y = (int)floor_div(index, 12);
		return date_from_ymd(y, (int)(index - (long)y * 12) + 1, 1);
	case PERIOD_YEAR:
		return date_from_ymd((int)index, 1, 1);
	case PERIOD_TOTAL:
		break;
	}
	return 0;
}

char *
date_period_label(long index, enum period p, char *buf)
{
	int y, w;
	long start = date_period_start(index, p);

	switch (p) {
	case PERIOD_DAY:
		return date_format(start, buf);
	case PERIOD_WEEK:
		date_iso_week(start, &y, &w);
		snprintf(buf, DATE_BUFSIZE, "%04d-W%02d", y, w);
		return buf;
	case PERIOD_MONTH:
		date_format(start, buf);
		buf[7] = '\0';
		return buf;
	case PERIOD_YEAR:
		date_format(start, buf);
		buf[4] = '\0';
		return buf;
	case PERIOD_TOTAL:
		break;
	}
	return strcpy(buf, "total");
}

char *
date_period_words(long index, enum period p, char *buf)
{
	static const char *const month[12] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
		"Aug", "Sep", "Oct", "Nov", "Dec" };
	int y, m, d;

	if (p != PERIOD_WEEK)
		return date_period_label(index, p, buf);
	date_to_ymd(date_period_start(index, p), &y, &m, &d);
	snprintf(buf, DATE_WORDS_SIZE, "week of %d %s %d", d, month[m - 1], y);
	return buf;
}

long
date_today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	if (localtime_r(&now, &tm) == NULL)
		return 0;
	return date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

static const char *const period_names[] = { "total", "day", "week", "month", "year" };

const char *
date_period_name(enum period p)
{
	return period_names[p];
}

int
date_period_parse(const char *s, size_t len, enum period *out)
{
	for (int p = PERIOD_DAY; p <= PERIOD_YEAR; p++) {
		if (strlen(period_names[p]) == len && memcmp(period_names[p], s, len) == 0) {
			*out = (enum period)p;
			return 1;
		}
	}
	return 0;
}
