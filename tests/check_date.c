/* check_date.c: pins the calendar arithmetic of date.c against dates whose answers are known. */
#include <string.h>

#include "check_goalkit.h"
#include "date.h"

/* Every day from 1900-01-01 to 2200-12-31 survives from_ymd and back, and consecutive days
 * get consecutive numbers, so no day of that range is skipped or counted twice. */
START_TEST(test_date_ymd_round_trips_every_day_1900_to_2200)
{
	long prev = date_from_ymd(1899, 12, 31);

	for (int y = 1900; y <= 2200; y++)
		for (int m = 1; m <= 12; m++)
			for (int d = 1; d <= date_days_in_month(y, m); d++) {
				long n = date_from_ymd(y, m, d);
				int yy, mm, dd;

				/* Plain ifs: a passing ck_assert costs a pipe write per call. */
				if (n != prev + 1)
					ck_abort_msg("%04d-%02d-%02d is day %ld, want %ld",
					    y, m, d, n, prev + 1);
				date_to_ymd(n, &yy, &mm, &dd);
				if (yy != y || mm != m || dd != d)
					ck_abort_msg("%04d-%02d-%02d came back as %04d-%02d-%02d",
					    y, m, d, yy, mm, dd);
				prev = n;
			}
}
END_TEST

static const struct {
	int y, m, d;
	long days;
} known_days[] = {
	{ 1970, 1, 1, 0 },
	{ 1970, 1, 2, 1 },
	{ 1969, 12, 31, -1 },
	{ 2000, 3, 1, 11017 },
	{ 2026, 1, 5, 20458 },
	{ 1900, 1, 1, -25567 },
	{ 1, 1, 1, -719162 },
	{ 9999, 12, 31, 2932896 },
};

START_TEST(test_date_from_ymd_counts_days_since_1970)
{
	int y, m, d;

	ck_assert_int_eq(date_from_ymd(known_days[_i].y, known_days[_i].m, known_days[_i].d),
	    known_days[_i].days);
	date_to_ymd(known_days[_i].days, &y, &m, &d);
	ck_assert_int_eq(y, known_days[_i].y);
	ck_assert_int_eq(m, known_days[_i].m);
	ck_assert_int_eq(d, known_days[_i].d);
}
END_TEST

static const struct {
	int y, leap;
} leap_years[] = {
	{ 1900, 0 }, { 2000, 1 }, { 2024, 1 }, { 2025, 0 }, { 2100, 0 }, { 2400, 1 }, { 1996, 1 },
};

START_TEST(test_date_is_leap_follows_gregorian_century_rule)
{
	ck_assert_int_eq(date_is_leap(leap_years[_i].y), leap_years[_i].leap);
	ck_assert_int_eq(date_days_in_month(leap_years[_i].y, 2), 28 + leap_years[_i].leap);
	ck_assert_int_eq(date_valid(leap_years[_i].y, 2, 29), leap_years[_i].leap);
}
END_TEST

START_TEST(test_date_days_in_month_matches_the_calendar)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	for (int m = 1; m <= 12; m++)
		ck_assert_int_eq(date_days_in_month(2026, m), days[m - 1]);
}
END_TEST

START_TEST(test_date_valid_rejects_impossible_fields)
{
	ck_assert(date_valid(2026, 1, 31));
	ck_assert(!date_valid(2026, 0, 10));
	ck_assert(!date_valid(2026, 13, 1));
	ck_assert(!date_valid(2026, 4, 31));
	ck_assert(!date_valid(2026, 1, 0));
	ck_assert(!date_valid(2026, 2, 29));
	/* Year 0 is no year of the calendar: its weeks were labelled -001-W52. */
	ck_assert(!date_valid(0, 1, 1));
	ck_assert(date_valid(1, 1, 1));
}
END_TEST

static const struct {
	const char *s;
	int rc;
	int y, m, d;
} parse_cases[] = {
	{ "2026-01-05", 1, 2026, 1, 5 },
	{ "2024-02-29", 1, 2024, 2, 29 },
	{ "2000-02-29", 1, 2000, 2, 29 },
	{ "0001-01-01", 1, 1, 1, 1 },
	{ "9999-12-31", 1, 9999, 12, 31 },
	{ "2026-1-5", 0, 0, 0, 0 },
	{ "20260105", 0, 0, 0, 0 },
	{ "2026-01-05x", 0, 0, 0, 0 },
	{ " 2026-01-05", 0, 0, 0, 0 },
	{ "2026-01-5 ", 0, 0, 0, 0 },
	{ "2026/01/05", 0, 0, 0, 0 },
	{ "2026-0a-05", 0, 0, 0, 0 },
	{ "+026-01-05", 0, 0, 0, 0 },
	{ "2026--1-05", 0, 0, 0, 0 },
	{ "", 0, 0, 0, 0 },
	{ "2026-02-30", -1, 0, 0, 0 },
	{ "2026-13-01", -1, 0, 0, 0 },
	{ "2026-00-10", -1, 0, 0, 0 },
	{ "2026-01-00", -1, 0, 0, 0 },
	{ "2026-04-31", -1, 0, 0, 0 },
	{ "1900-02-29", -1, 0, 0, 0 },
	{ "2026-99-99", -1, 0, 0, 0 },
	{ "0000-01-01", -1, 0, 0, 0 },
	{ "0000-12-31", -1, 0, 0, 0 },
};

START_TEST(test_date_parse_tells_bad_form_from_missing_day)
{
	const char *s = parse_cases[_i].s;
	long out = 12345;
	int rc = date_parse(s, strlen(s), &out);

	ck_assert_msg(rc == parse_cases[_i].rc, "date_parse(\"%s\") = %d, want %d",
	    s, rc, parse_cases[_i].rc);
	if (rc == 1)
		ck_assert_int_eq(out, date_from_ymd(parse_cases[_i].y, parse_cases[_i].m,
		    parse_cases[_i].d));
	else
		ck_assert_int_eq(out, 12345);
}
END_TEST

/* The length bounds the parse: a date followed by more text in the buffer still parses. */
START_TEST(test_date_parse_reads_only_len_bytes)
{
	const char *s = "2026-01-05T10:00";
	long out;

	ck_assert_int_eq(date_parse(s, 10, &out), 1);
	ck_assert_int_eq(out, date_from_ymd(2026, 1, 5));
	ck_assert_int_eq(date_parse(s, 9, &out), 0);
}
END_TEST

START_TEST(test_date_format_writes_zero_padded_iso_date)
{
	char buf[DATE_BUFSIZE];

	memset(buf, 'x', sizeof buf);
	ck_assert_ptr_eq(date_format(date_from_ymd(2026, 1, 5), buf), buf);
	ck_assert_str_eq(buf, "2026-01-05");
	ck_assert_str_eq(date_format(date_from_ymd(1, 2, 3), buf), "0001-02-03");
	ck_assert_str_eq(date_format(date_from_ymd(1999, 12, 31), buf), "1999-12-31");
	ck_assert_str_eq(date_format(0, buf), "1970-01-01");
}
END_TEST

START_TEST(test_date_format_then_parse_round_trips)
{
	char buf[DATE_BUFSIZE];
	long from = date_from_ymd(1900, 1, 1), to = date_from_ymd(2200, 12, 31), out;

	for (long n = from; n <= to; n++) {
		date_format(n, buf);
		if (date_parse(buf, strlen(buf), &out) != 1 || out != n)
			ck_abort_msg("day %ld formatted as %s did not parse back", n, buf);
	}
}
END_TEST

START_TEST(test_date_format_stays_four_digits_out_of_range)
{
	char buf[DATE_BUFSIZE];

	ck_assert_uint_eq(strlen(date_format(date_from_ymd(12026, 1, 5), buf)), 10);
	ck_assert_uint_eq(strlen(date_format(date_from_ymd(-5, 1, 5), buf)), 10);
}
END_TEST

static const struct {
	int y, m, d, wd;
} weekdays[] = {
	{ 2026, 1, 5, 0 },    /* Monday */
	{ 2026, 11, 25, 2 },  /* Wednesday */
	{ 1970, 1, 1, 3 },    /* Thursday */
	{ 1969, 12, 28, 6 },  /* Sunday, before the epoch */
	{ 2000, 1, 1, 5 },    /* Saturday */
	{ 1900, 1, 1, 0 },    /* Monday */
	{ 2024, 2, 29, 3 },   /* Thursday */
};

START_TEST(test_date_weekday_counts_monday_as_zero)
{
	ck_assert_int_eq(date_weekday(date_from_ymd(weekdays[_i].y, weekdays[_i].m,
	    weekdays[_i].d)), weekdays[_i].wd);
}
END_TEST

START_TEST(test_date_weekday_advances_by_one_each_day)
{
	long from = date_from_ymd(1900, 1, 1);

	for (long n = from; n < from + 200000; n++)
		if (date_weekday(n + 1) != (date_weekday(n) + 1) % 7)
			ck_abort_msg("weekday of day %ld does not follow day %ld", n + 1, n);
}
END_TEST

static const struct {
	int y, m, d, n;
	int wy, wm, wd;
} add_months[] = {
	{ 2026, 1, 31, 1, 2026, 2, 28 },
	{ 2024, 1, 31, 1, 2024, 2, 29 },
	{ 2026, 1, 15, 1, 2026, 2, 15 },
	{ 2026, 3, 31, 1, 2026, 4, 30 },
	{ 2026, 1, 31, 0, 2026, 1, 31 },
	{ 2026, 12, 15, 1, 2027, 1, 15 },
	{ 2026, 1, 15, 12, 2027, 1, 15 },
	{ 2026, 1, 15, 25, 2028, 2, 15 },
	{ 2024, 2, 29, 12, 2025, 2, 28 },
	{ 2024, 2, 29, 48, 2028, 2, 29 },
	{ 2026, 3, 31, -1, 2026, 2, 28 },
	{ 2026, 1, 15, -1, 2025, 12, 15 },
	{ 2026, 1, 31, -2, 2025, 11, 30 },
	{ 2026, 5, 31, -15, 2025, 2, 28 },
	{ 2026, 1, 1, -12, 2025, 1, 1 },
	{ 2026, 1, 1, -13, 2024, 12, 1 },
	{ 1, 3, 31, -1, 1, 2, 28 },
	{ 1, 1, 10, -1, 0, 12, 10 },
	{ 1, 1, 10, -13, -1, 12, 10 },
};

START_TEST(test_date_add_months_clamps_to_month_end)
{
	long got = date_add_months(date_from_ymd(add_months[_i].y, add_months[_i].m,
	    add_months[_i].d), add_months[_i].n);
	int y, m, d;

	date_to_ymd(got, &y, &m, &d);
	ck_assert_msg(y == add_months[_i].wy && m == add_months[_i].wm && d == add_months[_i].wd,
	    "%d-%d-%d %+d months = %d-%d-%d, want %d-%d-%d", add_months[_i].y, add_months[_i].m,
	    add_months[_i].d, add_months[_i].n, y, m, d, add_months[_i].wy, add_months[_i].wm,
	    add_months[_i].wd);
}
END_TEST

static const struct {
	int y, m, d, end;
} month_ends[] = {
	{ 2026, 1, 1, 31 },
	{ 2026, 2, 14, 28 },
	{ 2024, 2, 1, 29 },
	{ 1900, 2, 28, 28 },
	{ 2000, 2, 29, 29 },
	{ 2026, 4, 30, 30 },
	{ 2026, 12, 31, 31 },
};

START_TEST(test_date_month_end_is_last_day_of_same_month)
{
	long got = date_month_end(date_from_ymd(month_ends[_i].y, month_ends[_i].m,
	    month_ends[_i].d));

	ck_assert_int_eq(got, date_from_ymd(month_ends[_i].y, month_ends[_i].m,
	    month_ends[_i].end));
}
END_TEST

static const struct {
	int y, m, d;
	int wy, ww;
} iso_weeks[] = {
	{ 2026, 1, 1, 2026, 1 },
	{ 2027, 1, 1, 2026, 53 },
	{ 2024, 12, 30, 2025, 1 },
	{ 2024, 12, 29, 2024, 52 },
	{ 2021, 1, 3, 2020, 53 },
	{ 2021, 1, 4, 2021, 1 },
	{ 2026, 1, 5, 2026, 2 },
	{ 2026, 12, 31, 2026, 53 },
	{ 2008, 12, 29, 2009, 1 },
	{ 2010, 1, 3, 2009, 53 },
	{ 2023, 1, 1, 2022, 52 },
	{ 2026, 6, 15, 2026, 25 },
};

START_TEST(test_date_iso_week_crosses_year_boundaries)
{
	int y, w;

	date_iso_week(date_from_ymd(iso_weeks[_i].y, iso_weeks[_i].m, iso_weeks[_i].d), &y, &w);
	ck_assert_msg(y == iso_weeks[_i].wy && w == iso_weeks[_i].ww,
	    "%d-%02d-%02d is %d-W%02d, want %d-W%02d", iso_weeks[_i].y, iso_weeks[_i].m,
	    iso_weeks[_i].d, y, w, iso_weeks[_i].wy, iso_weeks[_i].ww);
}
END_TEST

/* A week number changes exactly on Mondays and never leaves 1..53. */
START_TEST(test_date_iso_week_changes_only_on_monday)
{
	long from = date_from_ymd(1990, 1, 1), to = date_from_ymd(2100, 1, 1);
	int py, pw, y, w;

	date_iso_week(from, &py, &pw);
	for (long n = from + 1; n <= to; n++) {
		int changed;

		date_iso_week(n, &y, &w);
		changed = y != py || w != pw;
		if (w < 1 || w > 53 || changed != (date_weekday(n) == 0))
			ck_abort_msg("day %ld is %d-W%02d after %d-W%02d", n, y, w, py, pw);
		py = y;
		pw = w;
	}
}
END_TEST

static const struct {
	enum period p;
	const char *name;
} periods[] = {
	{ PERIOD_DAY, "day" },
	{ PERIOD_WEEK, "week" },
	{ PERIOD_MONTH, "month" },
	{ PERIOD_YEAR, "year" },
};

START_TEST(test_date_period_name_and_parse_round_trip)
{
	enum period out = PERIOD_TOTAL;
	const char *name = date_period_name(periods[_i].p);

	ck_assert_str_eq(name, periods[_i].name);
	ck_assert_int_eq(date_period_parse(name, strlen(name), &out), 1);
	ck_assert_int_eq(out, periods[_i].p);
}
END_TEST

START_TEST(test_date_period_parse_rejects_total_and_unknown)
{
	static const char *const bad[] = { "total", "Day", "days", "da", "", "weekly", "year " };
	enum period out = PERIOD_WEEK;

	ck_assert_str_eq(date_period_name(PERIOD_TOTAL), "total");
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		ck_assert_msg(date_period_parse(bad[i], strlen(bad[i]), &out) == 0,
		    "\"%s\" parsed as a period", bad[i]);
		ck_assert_int_eq(out, PERIOD_WEEK);
	}
}
END_TEST

START_TEST(test_date_period_parse_reads_only_len_bytes)
{
	enum period out;

	ck_assert_int_eq(date_period_parse("monthly", 5, &out), 1);
	ck_assert_int_eq(out, PERIOD_MONTH);
	ck_assert_int_eq(date_period_parse("month", 4, &out), 0);
}
END_TEST

START_TEST(test_date_today_is_a_plausible_date)
{
	int y, m, d;

	date_to_ymd(date_today(), &y, &m, &d);
	ck_assert_int_ge(y, 2020);
	ck_assert(date_valid(y, m, d));
}
END_TEST

static const struct {
	const char *date;
	enum period per;
	const char *label, *start;
} period_cases[] = {
	{ "2026-01-14", PERIOD_DAY, "2026-01-14", "2026-01-14" },
	{ "2026-01-14", PERIOD_WEEK, "2026-W03", "2026-01-12" },
	{ "2026-01-01", PERIOD_WEEK, "2026-W01", "2025-12-29" },   /* ISO year differs */
	{ "2027-01-03", PERIOD_WEEK, "2026-W53", "2026-12-28" },   /* 2026 has 53 weeks */
	{ "1969-12-31", PERIOD_WEEK, "1970-W01", "1969-12-29" },   /* before day 0 */
	{ "1960-06-15", PERIOD_WEEK, "1960-W24", "1960-06-13" },
	{ "2026-02-28", PERIOD_MONTH, "2026-02", "2026-02-01" },
	{ "1969-12-31", PERIOD_MONTH, "1969-12", "1969-12-01" },
	{ "2026-12-31", PERIOD_YEAR, "2026", "2026-01-01" },
};

/* A date's period has the label people write (ISO weeks with their own year) and starts on
 * the right day, before 1970 too. */
START_TEST(test_date_period_index_label_and_start)
{
	char buf[DATE_BUFSIZE];
	long d, start, i;

	ck_assert_int_eq(date_parse(period_cases[_i].date, 10, &d), 1);
	i = date_period_index(d, period_cases[_i].per);
	ck_assert_str_eq(date_period_label(i, period_cases[_i].per, buf), period_cases[_i].label);
	ck_assert_int_eq(date_parse(period_cases[_i].start, 10, &start), 1);
	ck_assert_int_eq(date_period_start(i, period_cases[_i].per), start);
}
END_TEST

/* Consecutive periods have consecutive indexes, and every day of a period maps to it. */
START_TEST(test_date_period_index_is_consecutive)
{
	for (enum period p = PERIOD_DAY; p <= PERIOD_YEAR; p++) {
		long prev = date_period_index(date_from_ymd(1950, 1, 1), p);

		for (long d = date_from_ymd(1950, 1, 2); d < date_from_ymd(2060, 1, 1); d++) {
			long i = date_period_index(d, p);

			if (i != prev && i != prev + 1)
				ck_abort_msg("%s: day %ld jumps from %ld to %ld", date_period_name(p),
				    d, prev, i);
			if (i == prev + 1 && date_period_start(i, p) != d)
				ck_abort_msg("%s: period %ld starts on %ld, not %ld", date_period_name(p),
				    i, date_period_start(i, p), d);
			prev = i;
		}
	}
}
END_TEST

#define NCASES(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* A week for a person is its Monday; other periods keep their labels. */
START_TEST(test_date_period_words_name_a_weeks_first_day)
{
	char buf[DATE_WORDS_SIZE];

	ck_assert_str_eq(date_period_words(date_period_index(date_from_ymd(2026, 11, 12),
	    PERIOD_WEEK), PERIOD_WEEK, buf), "week of 9 Nov 2026");
	/* ISO week 1 of 2026 starts in 2025. */
	ck_assert_str_eq(date_period_words(date_period_index(date_from_ymd(2026, 1, 1),
	    PERIOD_WEEK), PERIOD_WEEK, buf), "week of 29 Dec 2025");
	ck_assert_str_eq(date_period_words(date_period_index(date_from_ymd(2026, 11, 12),
	    PERIOD_MONTH), PERIOD_MONTH, buf), "2026-11");
}
END_TEST

Suite *
make_date_suite(void)
{
	Suite *s = suite_create("date");
	TCase *tc;

	tc = tcase_create("days");
	tcase_add_test(tc, test_date_ymd_round_trips_every_day_1900_to_2200);
	tcase_add_loop_test(tc, test_date_from_ymd_counts_days_since_1970, 0, NCASES(known_days));
	tcase_add_loop_test(tc, test_date_is_leap_follows_gregorian_century_rule, 0,
	    NCASES(leap_years));
	tcase_add_test(tc, test_date_days_in_month_matches_the_calendar);
	tcase_add_test(tc, test_date_valid_rejects_impossible_fields);
	tcase_add_test(tc, test_date_today_is_a_plausible_date);
	suite_add_tcase(s, tc);

	tc = tcase_create("text");
	tcase_add_loop_test(tc, test_date_parse_tells_bad_form_from_missing_day, 0,
	    NCASES(parse_cases));
	tcase_add_test(tc, test_date_parse_reads_only_len_bytes);
	tcase_add_test(tc, test_date_format_writes_zero_padded_iso_date);
	tcase_add_test(tc, test_date_format_then_parse_round_trips);
	tcase_add_test(tc, test_date_format_stays_four_digits_out_of_range);
	suite_add_tcase(s, tc);

	tc = tcase_create("arithmetic");
	tcase_add_loop_test(tc, test_date_weekday_counts_monday_as_zero, 0, NCASES(weekdays));
	tcase_add_test(tc, test_date_weekday_advances_by_one_each_day);
	tcase_add_loop_test(tc, test_date_add_months_clamps_to_month_end, 0, NCASES(add_months));
	tcase_add_loop_test(tc, test_date_month_end_is_last_day_of_same_month, 0,
	    NCASES(month_ends));
	tcase_add_loop_test(tc, test_date_iso_week_crosses_year_boundaries, 0, NCASES(iso_weeks));
	tcase_add_test(tc, test_date_iso_week_changes_only_on_monday);
	suite_add_tcase(s, tc);

	tc = tcase_create("periods");
	tcase_add_loop_test(tc, test_date_period_name_and_parse_round_trip, 0, NCASES(periods));
	tcase_add_test(tc, test_date_period_parse_rejects_total_and_unknown);
	tcase_add_test(tc, test_date_period_parse_reads_only_len_bytes);
	tcase_add_loop_test(tc, test_date_period_index_label_and_start, 0, NCASES(period_cases));
	tcase_add_test(tc, test_date_period_index_is_consecutive);
	tcase_add_test(tc, test_date_period_words_name_a_weeks_first_day);
	suite_add_tcase(s, tc);

	return s;
}
