/* check_stats.c: the running figures journalstat reports, against values worked by hand, and
 * goals' progress period by period. */
#include <math.h>
#include <string.h>

#include "check_goalkit.h"
#include "diag.h"
#include "goals.h"
#include "journal.h"
#include "baseline.h"
#include "progress.h"
#include "stats.h"
#include "strength.h"

static long
day(const char *iso)
{
	long d;

	ck_assert_int_eq(date_parse(iso, strlen(iso), &d), 1);
	return d;
}

/* 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample sd sqrt(32/7). */
START_TEST(test_stats_moments_mean_sd_min_max)
{
	static const double v[] = { 4, 2, 9, 4, 5, 4, 7, 5 };
	struct moments m = { 0 };

	ck_assert(moments_sd(&m) == 0);
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		moments_add(&m, v[i]);
	ck_assert_uint_eq(m.n, 8);
	ck_assert_double_eq_tol(m.mean, 5, 1e-12);
	ck_assert_double_eq_tol(moments_sd(&m), sqrt(32.0 / 7), 1e-12);
	ck_assert(m.min == 2 && m.max == 9);
}
END_TEST

START_TEST(test_stats_one_value_has_no_spread)
{
	struct moments m = { 0 };

	moments_add(&m, -3.5);
	ck_assert(m.mean == -3.5 && m.min == -3.5 && m.max == -3.5 && moments_sd(&m) == 0);
}
END_TEST

START_TEST(test_stats_dayset_counts_distinct_days_and_streaks)
{
	struct dayset d = { 0 };
	long current, longest;

	dayset_streaks(&d, day("2026-01-10"), &current, &longest);
	ck_assert(current == 0 && longest == 0);
	/* 1..3, then 5..9 twice over and out of order. */
	for (int k = 9; k >= 5; k--)
		dayset_add(&d, day("2026-01-01") + k - 1), dayset_add(&d, day("2026-01-01") + k - 1);
	for (int k = 1; k <= 3; k++)
		dayset_add(&d, day("2026-01-01") + k - 1);
	ck_assert_uint_eq(d.count, 8);
	ck_assert_int_eq(d.first, day("2026-01-01"));
	ck_assert_int_eq(d.last, day("2026-01-09"));
	ck_assert(!dayset_has(&d, day("2026-01-04")) && dayset_has(&d, day("2026-01-05")));
	/* Today (the 10th) not written yet: the streak to yesterday still counts. */
	dayset_streaks(&d, day("2026-01-10"), &current, &longest);
	ck_assert_int_eq(current, 5);
	ck_assert_int_eq(longest, 5);
	dayset_streaks(&d, day("2026-01-11"), &current, &longest);
	ck_assert_int_eq(current, 0);
	dayset_streaks(&d, day("2026-01-03"), &current, &longest);
	ck_assert_int_eq(current, 3);
	dayset_free(&d);
}
END_TEST

/* Days far apart on both sides grow the set without losing the ones already in it. */
START_TEST(test_stats_dayset_grows_both_ways)
{
	struct dayset d = { 0 };
	long a = day("2026-06-15"), b = day("1900-01-01"), c = day("2300-12-31");

	dayset_add(&d, a);
	dayset_add(&d, b);
	dayset_add(&d, c);
	dayset_add(&d, a + 1);
	ck_assert(dayset_has(&d, a) && dayset_has(&d, b) && dayset_has(&d, c));
	ck_assert(dayset_has(&d, a + 1) && !dayset_has(&d, a - 1) && !dayset_has(&d, c + 1));
	ck_assert_uint_eq(d.count, 4);
	ck_assert(d.first == b && d.last == c);
	dayset_free(&d);
}
END_TEST

START_TEST(test_stats_series_rows_fill_gaps_and_grow_down)
{
	struct series s = { .per = PERIOD_WEEK, .ncounts = 2 };
	struct row *r = series_row(&s, 100);

	r->entries = 1;
	row_add_metric(r, 3, 6);
	row_add_metric(r, 3, 8);
	r->count[1] = 5;
	series_row(&s, 103)->entries = 2;
	series_row(&s, 98)->entries = 3;
	ck_assert_int_eq(s.lo, 98);
	ck_assert_uint_eq(s.n, 6);
	ck_assert_uint_eq(s.rows[0].entries, 3);
	ck_assert_uint_eq(s.rows[1].entries, 0);       /* a gap, zero */
	ck_assert_ptr_null(s.rows[1].count);
	ck_assert_uint_eq(s.rows[2].entries, 1);
	ck_assert_uint_eq(s.rows[2].count[1], 5);
	ck_assert_uint_eq(s.rows[2].metric[3].n, 2);
	ck_assert(s.rows[2].metric[3].sum == 14);
	ck_assert_uint_eq(s.rows[5].entries, 2);
	ck_assert_uint_eq(s.rows[5].count[0], 0);
	series_free(&s);
}
END_TEST

/* Periods met newest first (a journal written top-down) grow the series in linear time and
 * keep every row where it belongs. */
START_TEST(test_stats_series_in_reverse_order)
{
	struct series s = { .per = PERIOD_DAY };

	for (long i = 20000; i >= 0; i -= 2)
		series_row(&s, i)->entries = (unsigned long)i;
	ck_assert_int_eq(s.lo, 0);
	ck_assert_uint_eq(s.n, 20001);
	for (long i = 0; i <= 20000; i++)
		if (s.rows[i].entries != (unsigned long)(i % 2 ? 0 : i))
			ck_abort_msg("row %ld holds %lu", i, s.rows[i].entries);
	series_free(&s);
}
END_TEST

/* The goals and journal of one test of progress. */
struct fixture {
	struct goals g;
	struct diags d;
	struct journal j;
	struct progress p;
};

static void
feed(const struct entry *e, void *ctx)
{
	progress_add(ctx, e);
}

static void
feed_strength(const struct entry *e, void *ctx)
{
	strengths_add(ctx, e);
}

static void
fixture_load(struct fixture *f, const char *goals, const char *journal, const char *today)
{
	memset(f, 0, sizeof *f);
	ck_assert_int_eq(goals_load(&f->g, goals, strlen(goals), &f->d), 0);
	journal_init(&f->j, "check", feed, &f->p);
	progress_init(&f->p, &f->g, &f->j, day(today));
	journal_read_buffer(&f->j, "j.md", journal, strlen(journal));
}

static void
fixture_free(struct fixture *f)
{
	progress_free(&f->p);
	journal_free(&f->j);
	goals_free(&f->g);
	diags_free(&f->d);
}

/* {tag: social, at_least: 2, per: week} counts tagged entries in each ISO week from the
 * start's week to the last week that ended before today; an empty week is 0, not met. */
START_TEST(test_progress_tag_counts_per_week)
{
	struct fixture f;
	long lo, hi;
	double v;

	fixture_load(&f,
	    "goals:\n  - id: social\n    goal: Talk to two new people each week\n"
	    "    measure: {tag: Social, at_least: 2, per: week}\n    start: 2026-01-07\n"
	    "  - id: nomeasure\n    goal: Walk\n",
	    "## 2026-01-06\n#social before the start\n## 2026-01-07\n#social\n"
	    "## 2026-01-08\n#SOCIAL #social\n## 2026-01-13\n#social\n"
	    "## 2026-01-26\n#social\n## 2026-01-27\n#social\n",
	    "2026-01-28");
	ck_assert_uint_eq(f.p.n, 1);
	ck_assert(progress_range(&f.p.v[0], 0, &lo, &hi));
	/* W02 (from the 7th) to W04; W05 holds today and is not over. */
	ck_assert_int_eq(lo, date_period_index(day("2026-01-07"), PERIOD_WEEK));
	ck_assert_int_eq(hi, lo + 2);
	ck_assert(progress_value(&f.p.v[0], lo, &v) && v == 2 && progress_met(&f.p.v[0], v));
	ck_assert(progress_value(&f.p.v[0], lo + 1, &v) && v == 1 && !progress_met(&f.p.v[0], v));
	ck_assert(progress_value(&f.p.v[0], lo + 2, &v) && v == 0 && !progress_met(&f.p.v[0], v));
	fixture_free(&f);
}
END_TEST

/* {metric: anxiety, at_most: 4, per: week} takes each week's mean; a week without the metric
 * has no value. */
START_TEST(test_progress_metric_mean_per_week)
{
	struct fixture f;
	long lo, hi;
	double v;

	fixture_load(&f,
	    "goals:\n  - id: calm\n    goal: Keep anxiety at most 4/10 each week\n"
	    "    measure: {metric: anxiety, at_most: 4, per: week}\n",
	    "## 2026-01-05\nanxiety: 6\n## 2026-01-06\nanxiety: 2\n## 2026-01-13\nmood: 5\n"
	    "## 2026-01-19\nanxiety: 5\n",
	    "2026-01-26");
	/* No start: from the journal's first day. */
	ck_assert(progress_range(&f.p.v[0], day("2026-01-05"), &lo, &hi));
	ck_assert_int_eq(hi - lo, 2);
	ck_assert(progress_value(&f.p.v[0], lo, &v) && v == 4 && progress_met(&f.p.v[0], v));
	ck_assert(!progress_value(&f.p.v[0], lo + 1, &v));
	ck_assert(progress_value(&f.p.v[0], lo + 2, &v) && v == 5 && !progress_met(&f.p.v[0], v));
	fixture_free(&f);
}
END_TEST

/* Without per, the target is a total over the goal's life to today, today included. */
START_TEST(test_progress_total_without_period)
{
	struct fixture f;
	long lo, hi;
	double v;

	fixture_load(&f,
	    "goals:\n  - id: books\n    goal: Read 3 books by June\n"
	    "    measure: {tag: book-done, at_least: 3}\n",
	    "## 2026-01-05\n#book-done\n## 2026-02-05\n#book-done\n## 2026-03-05\n#book-done\n",
	    "2026-03-05");
	ck_assert(progress_range(&f.p.v[0], day("2026-01-05"), &lo, &hi));
	ck_assert_int_eq(lo, hi);
	/* A total so far counts today's entry: the third book was finished today. */
	ck_assert(progress_value(&f.p.v[0], lo, &v) && v == 3 && progress_met(&f.p.v[0], v));
	fixture_free(&f);
}
END_TEST

START_TEST(test_progress_no_whole_period_yet)
{
	struct fixture f;
	long lo, hi;

	fixture_load(&f,
	    "goals:\n  - id: m\n    goal: x\n    measure: {tag: t, at_least: 1, per: month}\n"
	    "    start: 2026-01-05\n", "", "2026-01-30");
	ck_assert(!progress_range(&f.p.v[0], 0, &lo, &hi));
	fixture_free(&f);
}
END_TEST

/* The baseline: the last 4 whole weeks before today (no start), a week with an entry but no
 * tag counting 0; the window and the number of weeks with entries. */
struct base_fixture {
	struct goals g;
	struct diags d;
	struct journal j;
	struct baselines b;
};

static void
base_feed(const struct entry *e, void *ctx)
{
	baselines_add(ctx, e);
}

static void
base_load(struct base_fixture *f, const char *goals, const char *journal, const char *today)
{
	memset(f, 0, sizeof *f);
	ck_assert_int_eq(goals_load(&f->g, goals, strlen(goals), &f->d), 0);
	journal_init(&f->j, "check", base_feed, &f->b);
	baselines_init(&f->b, &f->g, &f->j, day(today));
	journal_read_buffer(&f->j, "j.md", journal, strlen(journal));
}

static void
base_free(struct base_fixture *f)
{
	baselines_free(&f->b);
	journal_free(&f->j);
	goals_free(&f->g);
	diags_free(&f->d);
}

START_TEST(test_baseline_tag_rate_over_four_weeks)
{
	struct base_fixture f;
	struct baseline b;

	/* Today Sat 2026-12-05: the weeks of Nov 2, 9, 16 and 23; #social 0, 1, 0, 2 times. */
	base_load(&f,
	    "goals:\n  - id: social\n    goal: Talk to 5 people each week\n"
	    "    measure: {tag: social, at_least: 5, per: week}\n",
	    "## 2026-10-30\n#social (before the window)\n## 2026-11-03\nno tag\n"
	    "## 2026-11-10\n#social\n## 2026-11-17\nno tag\n## 2026-11-24\n#social\n"
	    "## 2026-11-25\n#social\n## 2026-12-01\n#social (this week: not whole)\n",
	    "2026-12-05");
	ck_assert(baseline_get(&f.b, &f.g.goals[0], &b));
	ck_assert_int_eq(b.periods, 4);
	ck_assert_double_eq(b.value, 0.75);
	ck_assert_int_eq(b.from, day("2026-11-02"));
	ck_assert_int_eq(b.to, day("2026-11-29"));
	base_free(&f);
}
END_TEST

/* A goal that started more than a window ago: the 4 weeks before its start.  One week with an
 * entry is too little. */
START_TEST(test_baseline_before_start_and_too_little)
{
	struct base_fixture f;
	struct baseline b;

	base_load(&f,
	    "goals:\n  - id: calm\n    goal: Anxiety at most 3\n    start: 2026-11-02\n"
	    "    measure: {metric: anxiety, at_most: 3, per: week}\n"
	    "  - id: walk\n    goal: Walk 3 times a week\n"
	    "    measure: {tag: walk, at_least: 3, per: week}\n",
	    "## 2026-10-06\nanxiety: 6\n## 2026-10-07\nanxiety: 8\n## 2026-10-13\nanxiety: 5\n"
	    "## 2026-11-24\nanxiety: 1\n#walk\n",
	    "2026-12-05");
	ck_assert(baseline_get(&f.b, &f.g.goals[0], &b));
	ck_assert_int_eq(b.periods, 2);
	ck_assert_double_eq(b.value, 6);	/* (7 + 5) / 2: the weeks' means */
	ck_assert_double_eq_tol(b.sd, 1.5275, 1e-4);
	ck_assert_int_eq(b.from, day("2026-10-05"));
	ck_assert(!baseline_get(&f.b, &f.g.goals[1], &b));
	base_free(&f);
}
END_TEST

START_TEST(test_baseline_rungs)
{
	ck_assert_double_eq(rung_count(0.5, 5, 0), 1);
	ck_assert_double_eq(rung_count(1, 5, 0), 2);
	ck_assert_double_eq(rung_count(0, 5, 0), 1);
	ck_assert_double_eq(rung_count(4, 10, 0), 6);
	ck_assert_double_eq(rung_count(4, 5, 0), 5);	/* never past the target */
	ck_assert_double_eq(rung_count(12, 2, 1), 9);
	ck_assert_double_eq(rung_count(3, 0, 1), 2);
	ck_assert_double_eq(rung_count(3, 2.5, 1), 2.5);
	ck_assert_double_eq(rung_metric(4.5, 0.4, 7), 5);
	ck_assert_double_eq(rung_metric(4.5, 1.2, 7), 5.7);
	ck_assert_double_eq(rung_metric(6.8, 1, 7), 7);
	ck_assert_double_eq(rung_metric(6, 1.5, 3), 4.5);
	ck_assert_double_eq(rung_metric(3.2, 1.5, 3), 3);
}
END_TEST

/* Loop's score with a half-life of 13 days: 13 perfect days of a daily habit from 0 give 0.5;
 * a skipped day freezes it; one missed day after 60 barely moves it. */
START_TEST(test_strength_daily_half_life)
{
	struct dayset done = { 0 }, skipped = { 0 };
	struct strength_days sd = { &done, &skipped, 20000, 13, NULL };
	double m = pow(0.5, 1 / 13.0), before;

	for (long d = 20000; d < 20013; d++)
		dayset_add(&done, d);
	ck_assert_double_eq_tol(strength_score(&sd, 1, 1, 0), 0.5, 1e-12);
	/* Day 6 not done but skipped: 12 steps, not a miss. */
	dayset_add(&skipped, 20006);
	ck_assert_double_eq_tol(strength_score(&sd, 1, 1, 0), 1 - pow(m, 12), 1e-12);
	dayset_free(&done);
	dayset_free(&skipped);
	memset(&done, 0, sizeof done), memset(&skipped, 0, sizeof skipped);
	for (long d = 20000; d < 20060; d++)
		dayset_add(&done, d);
	sd.ndays = 60;
	before = strength_score(&sd, 1, 1, 0);
	sd.ndays = 61;
	ck_assert_double_eq_tol(before - strength_score(&sd, 1, 1, 0), (1 - m) * before, 1e-12);
	ck_assert_double_lt(before - strength_score(&sd, 1, 1, 0), 0.05);
	dayset_free(&done);
}
END_TEST

/* 3 times a week, f = 3/7: done on days 0, 2 and 4 of a week, the rolling sum over 7 days
 * gives values 1/3, 1/3, 2/3, 2/3, 1, 1, 1; with m = 0.5^(sqrt(3/7) / 13) = 0.965697 the
 * score is 0.158781 (worked by hand from score = score * m + value * (1 - m)).  An at-most
 * goal of 0 never broken stays at 1. */
START_TEST(test_strength_three_a_week_and_at_most)
{
	struct dayset done = { 0 }, skipped = { 0 };
	struct strength_days sd = { &done, &skipped, 20000, 7, NULL };

	dayset_add(&done, 20000), dayset_add(&done, 20002), dayset_add(&done, 20004);
	ck_assert_double_eq_tol(strength_score(&sd, 3, 7, 0), 0.158781275, 1e-8);
	dayset_free(&done);
	memset(&done, 0, sizeof done);
	ck_assert_double_eq(strength_score(&sd, 0, 1, 1), 1);
	dayset_add(&done, 20003);	/* one cigarette on day 3: the score falls, then recovers */
	ck_assert_double_lt(strength_score(&sd, 0, 1, 1), 1);
	dayset_free(&done);
}
END_TEST

/* The verdict of period i of goal g of fixture f, judged from the journal's first day. */
static enum verdict
verdict_of(const struct fixture *f, size_t g, const char *day_in_period)
{
	struct period_judgement j;
	const struct goal_progress *gp = &f->p.v[g];

	progress_judge(&f->p, gp, f->p.written.first,
	    date_period_index(day(day_in_period), gp->s.per), &j);
	return j.verdict;
}

#define WALK_DAILY "goals:\n  - id: walk\n    goal: Walk every day\n" \
	"    measure: {tag: walk, at_least: 1, per: day}\n    start: 2026-01-05\n"

/* Done, not done, skipped, no entry: a skipped day or one with no entry neither adds to a
 * streak nor ends it; a day that says "not done" ends it. */
START_TEST(test_days_skip_inside_streak)
{
	struct fixture f;
	struct day_tally t;

	fixture_load(&f, WALK_DAILY,
	    "## 2026-01-05\n#walk\n## 2026-01-06\n#Walk\n## 2026-01-07\nIll. #skip\n"
	    "## 2026-01-09\nskip: walk, social\n## 2026-01-10\n#walk\n"
	    "## 2026-01-11\n#walk:no.\n## 2026-01-12\n#walk\n## 2026-01-13\nwalk: 0\n",
	    "2026-01-14");
	ck_assert_int_eq(day_marks_state(&f.p.v[0].marks, day("2026-01-07")), DAY_SKIPPED);
	ck_assert_int_eq(day_marks_state(&f.p.v[0].marks, day("2026-01-08")), DAY_NO_ENTRY);
	ck_assert_int_eq(day_marks_state(&f.p.v[0].marks, day("2026-01-09")), DAY_SKIPPED);
	ck_assert_int_eq(day_marks_state(&f.p.v[0].marks, day("2026-01-11")), DAY_NOT_DONE);
	ck_assert_int_eq(day_marks_state(&f.p.v[0].marks, day("2026-01-13")), DAY_NOT_DONE);
	progress_days(&f.p.v[0], day("2026-01-05"), &t);
	ck_assert_int_eq(t.n[DAY_DONE], 4);
	ck_assert_int_eq(t.n[DAY_NOT_DONE], 2);
	ck_assert_int_eq(t.n[DAY_SKIPPED], 2);
	ck_assert_int_eq(t.n[DAY_NO_ENTRY], 2);
	/* 5, 6, (7 skipped, 8 no entry, 9 skipped), 10: a run of 3; 11 ends it. */
	ck_assert_int_eq(t.longest, 3);
	ck_assert_int_eq(t.streak, 0);
	/* A skipped day is not judged, a day with no entry is not a miss, "not done" is. */
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-07"), VERDICT_SKIPPED);
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-08"), VERDICT_NO_ENTRY);
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-11"), VERDICT_NOT_MET);
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-12"), VERDICT_MET);
	fixture_free(&f);
}
END_TEST

/* The other way: a tag that only starts like the goal's, or says something else after ':',
 * is not a mark of it; nothing else skips the day. */
START_TEST(test_days_marks_need_the_exact_words)
{
	struct fixture f;
	struct day_tally t;

	fixture_load(&f, WALK_DAILY,
	    "## 2026-01-05\n#walk\n## 2026-01-06\n#walkies:no #walk:nothing\n"
	    "## 2026-01-07\n#skipping skip: run\n## 2026-01-08\n#walk\n",
	    "2026-01-08");
	progress_days(&f.p.v[0], day("2026-01-05"), &t);
	/* "#walk:nothing" is #walk followed by text: done. */
	ck_assert_int_eq(t.n[DAY_DONE], 3);
	ck_assert_int_eq(t.n[DAY_NOT_DONE], 0);
	ck_assert_int_eq(t.n[DAY_SKIPPED], 0);
	ck_assert_int_eq(t.n[DAY_NO_ENTRY], 1);
	ck_assert_int_eq(t.streak, 3);
	fixture_free(&f);
}
END_TEST

/* A partial first week asks for its share of the target: the journal starts on a Thursday,
 * 4 of the week's 7 days, so 2 a week asks 8/7 there: 1 falls short, 2 meet it. */
START_TEST(test_progress_partial_first_period_pro_rata)
{
	struct fixture f;
	struct period_judgement j;
	const char *goals = "goals:\n  - id: social\n    goal: Talk to two people a week\n"
	    "    measure: {tag: social, at_least: 2, per: week}\n";

	fixture_load(&f, goals, "## 2026-01-01\n#social\n## 2026-01-05\nquiet\n", "2026-01-20");
	progress_judge(&f.p, &f.p.v[0], day("2026-01-01"),
	    date_period_index(day("2026-01-01"), PERIOD_WEEK), &j);
	ck_assert_int_eq(j.days, 4);
	ck_assert_int_eq(j.of, 7);
	ck_assert_double_eq_tol(j.at_least, 8.0 / 7, 1e-12);
	ck_assert_int_eq(j.verdict, VERDICT_NOT_MET);
	fixture_free(&f);
	fixture_load(&f, goals, "## 2026-01-01\n#social\n## 2026-01-02\n#social\n", "2026-01-20");
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-01"), VERDICT_MET);
	/* The next week, whole, has no entry at all: not judged, not a miss. */
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-05"), VERDICT_NO_ENTRY);
	fixture_free(&f);
}
END_TEST

/* The week holding today is "so far": never missed, even at 0, and not met early either. */
START_TEST(test_progress_current_period_so_far)
{
	struct fixture f;
	struct period_judgement j;

	fixture_load(&f,
	    "goals:\n  - id: social\n    goal: Talk to two people a week\n"
	    "    measure: {tag: social, at_least: 2, per: week}\n    start: 2026-01-05\n",
	    "## 2026-01-05\n#social\n## 2026-01-26\nnothing yet\n## 2026-01-28\n#social #social\n",
	    "2026-01-28");
	progress_judge(&f.p, &f.p.v[0], 0, date_period_index(day("2026-01-28"), PERIOD_WEEK), &j);
	ck_assert_int_eq(j.verdict, VERDICT_SO_FAR);
	/* Today's entry counts so far; 3 of the week's days have come. */
	ck_assert(j.has && j.value == 1);
	ck_assert_int_eq(j.days, 3);
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-05"), VERDICT_NOT_MET);
	fixture_free(&f);
}
END_TEST

/* days: weekdays: a weekend is no day of the goal (not judged, not counted), and a week's
 * target is asked of its 5 weekdays. */
START_TEST(test_progress_weekdays_only)
{
	struct fixture f;
	struct period_judgement j;

	fixture_load(&f,
	    "goals:\n  - id: move\n    goal: 20 minutes on weekdays\n"
	    "    measure: {metric: exercise, at_least: 20, per: day, days: weekdays}\n"
	    "  - id: early\n    goal: Leave by six on four weekdays\n"
	    "    measure: {tag: left, at_least: 4, per: week, days: weekdays}\n",
	    "## 2026-01-05\nexercise: 25\n#left\n## 2026-01-06\nexercise: 10\n#left\n"
	    "## 2026-01-07\n#left\n## 2026-01-08\n#left #skip\n"
	    "## 2026-01-10\nexercise: 0\n#left #left\n## 2026-01-11\n#left\n",
	    "2026-01-20");
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-05"), VERDICT_MET);
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-06"), VERDICT_NOT_MET);
	progress_judge(&f.p, &f.p.v[0], day("2026-01-05"),
	    date_period_index(day("2026-01-10"), PERIOD_DAY), &j);
	ck_assert_int_eq(j.of, 0);
	ck_assert_int_eq(j.verdict, VERDICT_SKIPPED);
	/* Week 2: 4 on weekdays (the weekend's 3 left out); the 8th is skipped but done. */
	progress_judge(&f.p, &f.p.v[1], day("2026-01-05"),
	    date_period_index(day("2026-01-05"), PERIOD_WEEK), &j);
	ck_assert_double_eq(j.value, 4);
	ck_assert_int_eq(j.of, 5);
	ck_assert_int_eq(j.verdict, VERDICT_MET);
	fixture_free(&f);
}
END_TEST

/* A week skipped whole is not judged; the strength score honours a goal's own skip too and
 * another goal's skip does not freeze it. */
START_TEST(test_progress_skipped_week_and_strength)
{
	struct fixture f;
	struct strengths st;
	double with_skip, without;
	const char *goals = WALK_DAILY "  - id: read\n    goal: Read daily\n"
	    "    measure: {tag: read, at_least: 1, per: day}\n    start: 2026-01-05\n";
	const char *journal = "## 2026-01-05\n#walk #read\n## 2026-01-06\nskip: walk\n"
	    "## 2026-01-07\n#walk #read\n";

	fixture_load(&f, goals, journal, "2026-01-08");
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-06"), VERDICT_SKIPPED);
	ck_assert_int_eq(verdict_of(&f, 1, "2026-01-06"), VERDICT_NOT_MET);
	journal_free(&f.j);
	journal_init(&f.j, "check", feed_strength, &st);
	strengths_init(&st, &f.g, &f.j, day("2026-01-08"));
	journal_read_buffer(&f.j, "j.md", journal, strlen(journal));
	ck_assert(strength_get(&st, &f.g.goals[0], 0, &with_skip));
	ck_assert(strength_get(&st, &f.g.goals[1], 0, &without));
	/* Walk: two steps of 1 (the skip froze it); read: 1, 0, 1. */
	ck_assert_double_gt(with_skip, without);
	ck_assert_double_eq_tol(with_skip, 1 - pow(0.5, 2 / 13.0), 1e-12);
	strengths_free(&st);
	fixture_free(&f);
}
END_TEST

/* A goal's tag on a #raise or #concern line is a worry to bring up, not progress; the same
 * tag elsewhere in the entry still counts. */
START_TEST(test_progress_raised_tag_is_no_progress)
{
	struct fixture f;
	const char *goals = "goals:\n  - id: friends\n    goal: See a friend each day\n"
	    "    measure: {tag: friends, at_least: 1, per: day}\n";

	fixture_load(&f, goals,
	    "## 2026-01-05\nCancelled on Sam again #friends #raise\n"
	    "## 2026-01-06\n- #concern drifting from #friends\nSaw Jo. #friends\n"
	    "## 2026-01-07\n#friends\n",
	    "2026-01-09");
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-05"), VERDICT_NOT_MET);
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-06"), VERDICT_MET);
	ck_assert_int_eq(verdict_of(&f, 0, "2026-01-07"), VERDICT_MET);
	fixture_free(&f);
}
END_TEST

Suite *
make_stats_suite(void)
{
	Suite *s = suite_create("stats");
	TCase *tc = tcase_create("figures");

	tcase_add_test(tc, test_stats_moments_mean_sd_min_max);
	tcase_add_test(tc, test_stats_one_value_has_no_spread);
	tcase_add_test(tc, test_stats_dayset_counts_distinct_days_and_streaks);
	tcase_add_test(tc, test_stats_dayset_grows_both_ways);
	tcase_add_test(tc, test_stats_series_rows_fill_gaps_and_grow_down);
	tcase_add_test(tc, test_stats_series_in_reverse_order);
	suite_add_tcase(s, tc);

	tc = tcase_create("progress");
	tcase_add_test(tc, test_progress_tag_counts_per_week);
	tcase_add_test(tc, test_progress_metric_mean_per_week);
	tcase_add_test(tc, test_progress_total_without_period);
	tcase_add_test(tc, test_progress_no_whole_period_yet);
	suite_add_tcase(s, tc);

	tc = tcase_create("fair");
	tcase_add_test(tc, test_days_skip_inside_streak);
	tcase_add_test(tc, test_days_marks_need_the_exact_words);
	tcase_add_test(tc, test_progress_partial_first_period_pro_rata);
	tcase_add_test(tc, test_progress_current_period_so_far);
	tcase_add_test(tc, test_progress_weekdays_only);
	tcase_add_test(tc, test_progress_skipped_week_and_strength);
	tcase_add_test(tc, test_progress_raised_tag_is_no_progress);
	suite_add_tcase(s, tc);

	tc = tcase_create("baseline");
	tcase_add_test(tc, test_baseline_tag_rate_over_four_weeks);
	tcase_add_test(tc, test_baseline_before_start_and_too_little);
	tcase_add_test(tc, test_baseline_rungs);
	tcase_add_test(tc, test_strength_daily_half_life);
	tcase_add_test(tc, test_strength_three_a_week_and_at_most);
	suite_add_tcase(s, tc);
	return s;
}
