/* check_instruments.c: the published measures scored as published: bands at every boundary,
 * item validation, Jacobson and Truax's reliable change, the GAS T-score against worked
 * values, and the journal's scores gathered in date order. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "check_goalkit.h"
#include "diag.h"
#include "goals.h"
#include "journal.h"
#include "instruments.h"
#include "scores.h"

/* score_parse, with its finding's message in err (200 bytes). */
static int
parse(enum instrument in, const char *text, struct score *s, char *err)
{
	struct diags d = { 0 };
	int rc = score_parse(in, text, strlen(text), s, &d);

	/* A refusal is one error; a score taken may carry one note (a rounding). */
	ck_assert_int_le(d.n, 1);
	ck_assert_int_eq(rc < 0, d.n == 1 && d.v[0].sev == SEV_ERROR);
	snprintf(err, 200, "%s", d.n > 0 ? d.v[0].message : "");
	diags_free(&d);
	return rc;
}

START_TEST(test_measures_instrument_found_by_field_name_any_case)
{
	ck_assert_int_eq(instrument_find("phq9", 4), INST_PHQ9);
	ck_assert_int_eq(instrument_find("GAD7", 4), INST_GAD7);
	ck_assert_int_eq(instrument_find("ors", 3), INST_ORS);
	ck_assert_int_eq(instrument_find("Srs", 3), INST_SRS);
	ck_assert_int_eq(instrument_find("PHQ-9", 5), INST_PHQ9);
	ck_assert_int_eq(instrument_find("gad_7", 5), INST_GAD7);
	ck_assert_int_eq(instrument_find("-phq9", 5), -1);
	ck_assert_int_eq(instrument_find("p-hq9", 5), -1);
	ck_assert_int_eq(instrument_find("phq", 3), -1);
	ck_assert_int_eq(instrument_find("phq99", 5), -1);
	ck_assert_int_eq(instrument_find("mood", 4), -1);
}
END_TEST

START_TEST(test_measures_items_are_summed)
{
	struct score s;
	char err[200];

	ck_assert_int_eq(parse(INST_PHQ9, "1 2 0 3 1 1 0 2 1", &s, err), 0);
	ck_assert_double_eq(s.total, 11);
	ck_assert_int_eq(s.nitems, 9);
	ck_assert_double_eq(s.item[8], 1);
	ck_assert_int_eq(parse(INST_GAD7, "3, 3, 3, 3, 3, 3, 3", &s, err), 0);
	ck_assert_double_eq(s.total, 21);
	/* One-decimal marks keep one decimal: no 26.900000000000002. */
	ck_assert_int_eq(parse(INST_ORS, "7.3 5.1 8 6.5", &s, err), 0);
	ck_assert_double_eq(s.total, 26.9);
	ck_assert_int_eq(parse(INST_SRS, "10 10 10.0 9.9", &s, err), 0);
	ck_assert_double_eq(s.total, 39.9);
	/* A YAML block scalar in front matter brings line breaks. */
	ck_assert_int_eq(parse(INST_GAD7, "1 1 1\n1 1 1 1\n", &s, err), 0);
	ck_assert_double_eq(s.total, 7);
}
END_TEST

START_TEST(test_measures_a_total_is_taken_as_written)
{
	struct score s;
	char err[200];

	ck_assert_int_eq(parse(INST_PHQ9, "12", &s, err), 0);
	ck_assert_double_eq(s.total, 12);
	ck_assert_int_eq(s.nitems, 0);
	ck_assert_int_eq(parse(INST_PHQ9, "27", &s, err), 0);
	ck_assert_int_eq(parse(INST_ORS, "40", &s, err), 0);
	ck_assert_int_eq(parse(INST_ORS, "  31.5  ", &s, err), 0);
	ck_assert_double_eq(s.total, 31.5);
}
END_TEST

START_TEST(test_measures_bad_scores_are_refused_with_a_reason)
{
	struct score s;
	char err[200];

	ck_assert_int_eq(parse(INST_PHQ9, "1 2 0 3 1 1 0 2", &s, err), -1);
	ck_assert_str_eq(err, "phq9: 8 scores, but PHQ-9 has 9 items (or write the total)");
	ck_assert_int_eq(parse(INST_PHQ9, "1 2 0 3 1 1 0 2 1 0", &s, err), -1);
	ck_assert_str_eq(err, "phq9: 10 scores, but PHQ-9 has 9 items (or write the total)");
	ck_assert_int_eq(parse(INST_SRS, "1 2 3 4 5 6 7 8 9 10 11 12", &s, err), -1);
	ck_assert_str_eq(err, "srs: more than 4 scores; SRS has 4 items (or write the total)");
	ck_assert_int_eq(parse(INST_PHQ9, "1 2 0 4 1 1 0 2 1", &s, err), -1);
	ck_assert_str_eq(err, "phq9: item 4 is 4; PHQ-9's items are scored 0 to 3");
	ck_assert_int_eq(parse(INST_PHQ9, "28", &s, err), -1);
	ck_assert_str_eq(err, "phq9: a total of 28 is more than PHQ-9's highest, 27");
	ck_assert_int_eq(parse(INST_GAD7, "1.5 1 1 1 1 1 1", &s, err), -1);
	ck_assert_ptr_nonnull(strstr(err, "'1.5' has more decimals"));
	ck_assert_int_eq(parse(INST_ORS, "7.255 5 8 6", &s, err), -1);
	ck_assert_str_eq(err, "ors: '7.255' has more decimals than ORS's one");
	ck_assert_int_eq(parse(INST_ORS, "10.1 5 8 6", &s, err), -1);
	ck_assert_str_eq(err, "ors: item 1 is 10.1; ORS's items are scored 0 to 10");
	ck_assert_int_eq(parse(INST_PHQ9, "-1", &s, err), -1);
	ck_assert_str_eq(err, "phq9: '-1' is not a score");
	ck_assert_int_eq(parse(INST_PHQ9, "12 (bad week)", &s, err), -1);
	ck_assert_int_eq(parse(INST_PHQ9, "12abc", &s, err), -1);
	ck_assert_int_eq(parse(INST_SRS, "", &s, err), -1);
	ck_assert_str_eq(err, "srs: no score");
	ck_assert_int_eq(parse(INST_GAD7, "1\nx", &s, err), -1);
	ck_assert_str_eq(err, "gad7: 'x' is not a score");
	/* Refused for another item, a PHQ-9 still shows its item 9 to the caller. */
	ck_assert_int_eq(parse(INST_PHQ9, "0 0 0 0 0 0 0 4 2", &s, err), -1);
	ck_assert_int_eq(s.nitems, 9);
	ck_assert_double_eq(s.item[8], 2);
}
END_TEST

static void
bands(enum instrument in, const double *total, const char *const *want, size_t n)
{
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(strcmp(score_band(in, total[i], AGE_UNKNOWN), want[i]) == 0,
		    "%s %g: %s, not %s", instrument_table[in].name, total[i],
		    score_band(in, total[i], AGE_UNKNOWN), want[i]);
}

/* Kroenke, Spitzer and Williams (2001): 5, 10, 15 and 20 begin the bands. */
START_TEST(test_measures_phq9_bands_at_every_boundary)
{
	static const double t[] = { 0, 4, 5, 9, 10, 14, 15, 19, 20, 27 };
	static const char *const w[] = { "minimal", "minimal", "mild", "mild", "moderate",
		"moderate", "moderately severe", "moderately severe", "severe", "severe" };

	bands(INST_PHQ9, t, w, 10);
}
END_TEST

/* Spitzer, Kroenke, Williams and Löwe (2006): 5, 10 and 15. */
START_TEST(test_measures_gad7_bands_at_every_boundary)
{
	static const double t[] = { 0, 4, 5, 9, 10, 14, 15, 21 };
	static const char *const w[] = { "minimal", "minimal", "mild", "mild", "moderate",
		"moderate", "severe", "severe" };

	bands(INST_GAD7, t, w, 8);
}
END_TEST

START_TEST(test_measures_ors_and_srs_cutoffs)
{
	ck_assert_str_eq(score_band(INST_ORS, 24.9, AGE_UNKNOWN),
	    "below the adult clinical cutoff of 25");
	ck_assert_str_eq(score_band(INST_ORS, 25, AGE_ADULT),
	    "at or above the adult clinical cutoff of 25");
	ck_assert_str_eq(score_band(INST_SRS, 35.9, AGE_UNKNOWN),
	    "below 36: talk about how the sessions are going");
	ck_assert_str_eq(score_band(INST_SRS, 36, AGE_TEEN), "36 or more");
}
END_TEST

/* Duncan et al. (2006): 13 to 17 year olds' cutoff is 28; children fill in the CORS. */
START_TEST(test_measures_ors_by_age_group)
{
	ck_assert_str_eq(score_band(INST_ORS, 26, AGE_TEEN),
	    "below the clinical cutoff for 13 to 17 year olds, 28");
	ck_assert_str_eq(score_band(INST_ORS, 28, AGE_TEEN),
	    "at or above the clinical cutoff for 13 to 17 year olds, 28");
	ck_assert_ptr_null(score_band(INST_ORS, 20, AGE_CHILD));
	ck_assert_ptr_nonnull(strstr(score_norm_note(INST_ORS, AGE_CHILD), "CORS"));
	ck_assert_ptr_null(score_norm_note(INST_ORS, AGE_ADULT));
	ck_assert_ptr_null(score_norm_note(INST_PHQ9, AGE_CHILD));
	/* A child's PHQ-9 keeps its bands: only the ORS's norms are by age here. */
	ck_assert_str_eq(score_band(INST_PHQ9, 12, AGE_CHILD), "moderate");
	ck_assert_int_eq(age_group_of(18), AGE_ADULT);
	ck_assert_int_eq(age_group_of(17), AGE_TEEN);
	ck_assert_int_eq(age_group_of(13), AGE_TEEN);
	ck_assert_int_eq(age_group_of(12), AGE_CHILD);
}
END_TEST

/* NHS Talking Therapies: PHQ-9 10 or more, GAD-7 8 or more; none for ORS and SRS. */
START_TEST(test_measures_caseness_at_the_thresholds)
{
	char buf[CASENESS_SIZE];

	ck_assert_int_eq(score_caseness(INST_PHQ9, 9), 0);
	ck_assert_int_eq(score_caseness(INST_PHQ9, 10), 1);
	ck_assert_int_eq(score_caseness(INST_GAD7, 7), 0);
	ck_assert_int_eq(score_caseness(INST_GAD7, 8), 1);
	ck_assert_int_eq(score_caseness(INST_ORS, 10), -1);
	ck_assert_ptr_null(caseness_text(INST_SRS, 30, buf));
	ck_assert_str_eq(caseness_text(INST_GAD7, 8, buf),
	    "at or above the NHS Talking Therapies caseness threshold (8)");
	ck_assert_str_eq(caseness_text(INST_PHQ9, 9, buf),
	    "below the NHS Talking Therapies caseness threshold (10)");
}
END_TEST

/* Some apps export ORS and SRS marks in hundredths: rounded to tenths, half up, with a note;
 * three decimals are still refused (above). */
START_TEST(test_measures_two_decimal_marks_rounded)
{
	struct score s;
	char err[200];

	ck_assert_int_eq(parse(INST_ORS, "7.25 5.04 8.35 6", &s, err), 0);
	ck_assert_double_eq(s.item[0], 7.3);
	ck_assert_double_eq(s.item[1], 5.0);
	ck_assert_double_eq(s.item[2], 8.4);	/* 8.35 is 835 hundredths, not 8.3499... */
	ck_assert_double_eq(s.total, 26.7);
	ck_assert_str_eq(err, "ors: '7.25' rounded to 7.3; ORS marks have one decimal");
	ck_assert_int_eq(parse(INST_SRS, "9.1 9.2 9.3 9.4", &s, err), 0);
	ck_assert_str_eq(err, "");
	ck_assert_int_eq(parse(INST_GAD7, "1.25 1 1 1 1 1 1", &s, err), -1);
}
END_TEST

/* A total below 25 leaves item 9 unknown; 25 and up, or the items, tell it. */
START_TEST(test_measures_item9_unknown_only_for_a_total)
{
	char buf[SAFETY_SIZE];

	ck_assert(phq9_item9_unknown(12, -1));
	ck_assert(phq9_item9_unknown(24, -1));
	ck_assert(!phq9_item9_unknown(25, -1));
	ck_assert(!phq9_item9_unknown(12, 0));
	ck_assert(!phq9_item9_unknown(12, 2));
	item9_unknown_sentence(20000, 20000, 1, buf);
	ck_assert_ptr_nonnull(strstr(buf, ITEM9_LABEL " your PHQ-9 of "));
	ck_assert_ptr_nonnull(strstr(buf, "was written as a total"));
	ck_assert_ptr_nonnull(strstr(buf, "unknown, not 0"));
	ck_assert_ptr_null(strstr(buf, "no risk"));
	item9_unknown_sentence(20000, 20007, 2, buf);
	ck_assert_ptr_nonnull(strstr(buf, "were written as totals"));
}
END_TEST

/* doc/measures.md's table of every figure matches instrument_figures, row by row, so the doc
 * cannot cite a figure the code does not use, or call one verified that is not. */
START_TEST(test_measures_doc_lists_every_figure)
{
	FILE *fp = fopen(SRCDIR "/doc/measures.md", "r");
	char line[512], want[512];
	size_t i = 0;
	int in_table = 0;

	ck_assert_ptr_nonnull(fp);
	while (fgets(line, sizeof line, fp) != NULL) {
		if (strcmp(line, "## Every figure and its source\n") == 0)
			in_table = 1;
		else if (in_table && strncmp(line, "## ", 3) == 0)
			break;
		if (!in_table || strncmp(line, "| ", 2) != 0 || strncmp(line, "| Figure ", 9) == 0)
			continue;
		ck_assert_ptr_nonnull(instrument_figures[i].name);
		snprintf(want, sizeof want, "| %s | %s | %s | %s |\n",
		    instrument_figures[i].name, instrument_figures[i].value,
		    instrument_figures[i].source,
		    instrument_figures[i].verified ? "verified" : "unverified");
		ck_assert_str_eq(line, want);
		i++;
	}
	fclose(fp);
	ck_assert_ptr_null(instrument_figures[i].name);
	ck_assert_int_gt(i, 10);
}
END_TEST

/* Jacobson and Truax's formula with published inputs: the LDQ's s1 = 7.6 and test-retest
 * rxx = 0.95 (Raistrick et al. 1994).  SE = 7.6 * sqrt(0.05) = 1.6994, Sdiff = sqrt(2) * SE =
 * 2.4033; a fall of 5 points is RC = -2.0805, a reliable change; one of 4 is -1.664, not. */
START_TEST(test_measures_rci_worked_example)
{
	ck_assert_double_eq_tol(rci(30, 25, 7.6, 0.95), -5 / 2.40333, 1e-4);
	ck_assert_double_eq_tol(rci(30, 25, 7.6, 0.95), -2.0805, 1e-4);
	ck_assert_double_eq_tol(rci(30, 26, 7.6, 0.95), -1.6644, 1e-4);
	ck_assert_double_eq_tol(rci(10, 10, 7.6, 0.95), 0, 1e-12);
	/* The SD a 6-point criterion implies with PHQ-9's alpha of 0.89. */
	ck_assert_double_eq_tol(rci_sd(6, 0.89), 6 / (1.96 * sqrt(2) * sqrt(0.11)), 1e-12);
	ck_assert_double_eq_tol(rci_sd(6, 0.89), 6.5265, 1e-4);
}
END_TEST

/* A change of exactly the published criterion is reliable; one point less is not. */
START_TEST(test_measures_reliable_change_at_the_criterion)
{
	ck_assert_int_eq(score_change(INST_PHQ9, score_rci(INST_PHQ9, 16, 10)), CHANGE_BETTER);
	ck_assert_int_eq(score_change(INST_PHQ9, score_rci(INST_PHQ9, 16, 11)), CHANGE_NONE);
	ck_assert_int_eq(score_change(INST_PHQ9, score_rci(INST_PHQ9, 10, 16)), CHANGE_WORSE);
	ck_assert_int_eq(score_change(INST_PHQ9, score_rci(INST_PHQ9, 11, 16)), CHANGE_NONE);
	ck_assert_double_eq_tol(score_rci(INST_PHQ9, 16, 10), -1.96, 1e-9);
	ck_assert_int_eq(score_change(INST_GAD7, score_rci(INST_GAD7, 12, 8)), CHANGE_BETTER);
	ck_assert_int_eq(score_change(INST_GAD7, score_rci(INST_GAD7, 12, 9)), CHANGE_NONE);
	ck_assert_int_eq(score_change(INST_GAD7, score_rci(INST_GAD7, 8, 12)), CHANGE_WORSE);
	/* ORS: higher is better. */
	ck_assert_int_eq(score_change(INST_ORS, score_rci(INST_ORS, 20, 25)), CHANGE_BETTER);
	ck_assert_int_eq(score_change(INST_ORS, score_rci(INST_ORS, 20, 24.9)), CHANGE_NONE);
	ck_assert_int_eq(score_change(INST_ORS, score_rci(INST_ORS, 25, 20)), CHANGE_WORSE);
	/* SRS has no published criterion. */
	ck_assert(isnan(score_rci(INST_SRS, 30, 39)));
	ck_assert_int_eq(score_change(INST_SRS, score_rci(INST_SRS, 30, 39)), CHANGE_NONE);
	ck_assert_str_eq(change_name(CHANGE_BETTER), "reliable improvement");
	ck_assert_str_eq(change_name(CHANGE_WORSE), "reliable deterioration");
	ck_assert_str_eq(change_name(CHANGE_NONE), "no reliable change");
}
END_TEST

/* T = 50 + 10 * sum(w x) / sqrt(0.7 sum(w^2) + 0.3 (sum w)^2). */
START_TEST(test_measures_gas_tscore_worked_values)
{
	static const double w1[] = { 1 }, x1[] = { 1 };
	static const double w3[] = { 1, 1, 1 }, x3[] = { -1, -1, -1 }, z3[] = { 0, 0, 0 };
	/* sum(w x) = -6 + 0 - 1 + 8 + 0 + 6 = 7; sum(w^2) = 91; sum(w) = 21: 0.7 * 91 + 0.3 *
	 * 441 = 196, whose root is 14; T = 50 + 70 / 14 = 55. */
	static const double w6[] = { 3, 5, 1, 4, 2, 6 }, x6[] = { -2, 0, -1, 2, 0, 1 };

	ck_assert_double_eq_tol(gas_tscore(w1, x1, 1), 60, 1e-12);
	/* 50 - 30 / sqrt(2.1 + 2.7) = 36.3069. */
	ck_assert_double_eq_tol(gas_tscore(w3, x3, 3), 50 - 30 / sqrt(4.8), 1e-12);
	ck_assert_double_eq_tol(gas_tscore(w3, x3, 3), 36.3069, 1e-4);
	ck_assert_double_eq_tol(gas_tscore(w3, z3, 3), 50, 1e-12);
	ck_assert_double_eq_tol(gas_tscore(w6, x6, 6), 55, 1e-12);
	/* Scaling every weight alike changes nothing, however small or large. */
	{
		static const double tiny[] = { 1e-200 }, huge[] = { 1e308 };
		double w6s[6];

		for (int i = 0; i < 6; i++)
			w6s[i] = w6[i] * 1e-250;
		ck_assert_double_eq_tol(gas_tscore(tiny, x1, 1), 60, 1e-12);
		ck_assert_double_eq_tol(gas_tscore(huge, x1, 1), 60, 1e-12);
		ck_assert_double_eq_tol(gas_tscore(w6s, x6, 6), 55, 1e-9);
	}
	ck_assert(isnan(gas_tscore(w1, x1, 0)));
	/* A goal not rated (NAN) is left out: its weight counts for nothing, however large. */
	{
		static const double w2[] = { 1, 1e9 }, x2[] = { 1, NAN }, n2[] = { NAN, NAN };

		ck_assert_double_eq_tol(gas_tscore(w2, x2, 2), 60, 1e-12);
		ck_assert(isnan(gas_tscore(w2, n2, 2)));
	}
}
END_TEST

struct gathered {
	struct scores sc;
};

static void
gather(const struct entry *e, void *ctx)
{
	scores_add(&((struct gathered *)ctx)->sc, e);
}

static const char goals_text[] =
	"goals:\n"
	"  - id: social\n"
	"    goal: Talk to two new people each week\n"
	"    gas:\n"
	"      weight: 2\n"
	"      levels: {-2: none, -1: one, 0: two, +1: three, +2: four}\n"
	"  - id: sleep\n"
	"    goal: Sleep seven hours\n"
	"    gas:\n"
	"      levels: {-2: a, -1: b, 0: c, 1: d, 2: e}\n"
	"  - id: broken\n"
	"    goal: Half a scale\n"
	"    gas: {levels: {-2: a, 0: c}}\n";

/* Out of order in the file, scores come out in date order; a T-score for each rating entry
 * over the goals it rates; an incomplete scale is left out; a bad score is not counted. */
START_TEST(test_measures_scores_gathered_in_date_order)
{
	static const char text[] =
		"## 2026-03-02 Session\n"
		"phq9: 0 0 1 1 0 0 1 0 1\n"
		"gas-social: 1\n"
		"gas-sleep: -1\n"
		"gas-broken: 2\n"
		"\n"
		"## 2026-01-05 First session\n"
		"phq9: 14\n"
		"ors: 4.2 3.1 5.0 4.6\n"
		"gas-social: -1\n"
		"\n"
		"## 2026-02-02 Session\n"
		"phq9: 1 1 1\n"
		"gad7: 9\n"
		"\n"
		"## 2027-01-01 Too late\n"
		"phq9: 20\n";
	struct goals g;
	struct diags d = { 0 };
	struct journal j;
	struct gathered ga;

	ck_assert_int_eq(goals_load(&g, goals_text, strlen(goals_text), &d), 0);
	journal_init(&j, "test", gather, &ga);
	scores_init(&ga.sc, &j, &g, 0, date_from_ymd(2026, 12, 31));
	journal_read_buffer(&j, "j.md", text, strlen(text));
	scores_finish(&ga.sc);
	ck_assert_uint_eq(j.warnings, 1);       /* "phq9: 1 1 1" */
	ck_assert_uint_eq(ga.sc.s[INST_PHQ9].n, 2);
	ck_assert_double_eq(ga.sc.s[INST_PHQ9].v[0].total, 14);
	ck_assert_int_eq(ga.sc.s[INST_PHQ9].v[0].item9, -1);
	ck_assert_double_eq(ga.sc.s[INST_PHQ9].v[1].total, 4);
	ck_assert_int_eq(ga.sc.s[INST_PHQ9].v[1].item9, 1);
	ck_assert_uint_eq(ga.sc.s[INST_GAD7].n, 1);
	ck_assert_uint_eq(ga.sc.s[INST_ORS].n, 1);
	ck_assert_double_eq(ga.sc.s[INST_ORS].v[0].total, 16.9);
	ck_assert_uint_eq(ga.sc.ngas, 2);
	ck_assert_uint_eq(ga.sc.nrated, 2);
	ck_assert_int_eq(ga.sc.rated[0].day, date_from_ymd(2026, 1, 5));
	ck_assert_uint_eq(ga.sc.rated[0].nrated, 1);
	ck_assert_double_eq_tol(ga.sc.rated[0].t, 40, 1e-12);
	ck_assert(isnan(ga.sc.rated[0].level[1]));
	/* Weights 2 and 1 at +1 and -1: 50 + 10 * 1 / sqrt(0.7 * 5 + 0.3 * 9) = 54.016. */
	ck_assert_double_eq_tol(ga.sc.rated[1].t, 50 + 10 / sqrt(6.2), 1e-12);
	scores_free(&ga.sc);
	journal_free(&j);
	goals_free(&g);
	diags_free(&d);
}
END_TEST

/* A level outside -2..+2 is warned about and not counted. */
START_TEST(test_measures_gas_level_out_of_range_not_counted)
{
	static const char text[] = "## 2026-03-02\ngas-social: 3\ngas-sleep: 1.5\n";
	struct journal j;
	struct gathered ga;

	journal_init(&j, "test", gather, &ga);
	scores_init(&ga.sc, &j, NULL, 0, date_from_ymd(2026, 12, 31));
	journal_read_buffer(&j, "j.md", text, strlen(text));
	ck_assert_uint_eq(j.warnings, 2);
	ck_assert_int_eq(names_find(&j.metrics, "gas-social", 10), -1);
	scores_free(&ga.sc);
	journal_free(&j);
}
END_TEST

Suite *
make_instruments_suite(void)
{
	Suite *s = suite_create("instruments");
	TCase *tc = tcase_create("measures");

	tcase_add_test(tc, test_measures_instrument_found_by_field_name_any_case);
	tcase_add_test(tc, test_measures_items_are_summed);
	tcase_add_test(tc, test_measures_a_total_is_taken_as_written);
	tcase_add_test(tc, test_measures_bad_scores_are_refused_with_a_reason);
	tcase_add_test(tc, test_measures_phq9_bands_at_every_boundary);
	tcase_add_test(tc, test_measures_gad7_bands_at_every_boundary);
	tcase_add_test(tc, test_measures_ors_and_srs_cutoffs);
	tcase_add_test(tc, test_measures_ors_by_age_group);
	tcase_add_test(tc, test_measures_caseness_at_the_thresholds);
	tcase_add_test(tc, test_measures_two_decimal_marks_rounded);
	tcase_add_test(tc, test_measures_item9_unknown_only_for_a_total);
	tcase_add_test(tc, test_measures_doc_lists_every_figure);
	tcase_add_test(tc, test_measures_rci_worked_example);
	tcase_add_test(tc, test_measures_reliable_change_at_the_criterion);
	tcase_add_test(tc, test_measures_gas_tscore_worked_values);
	tcase_add_test(tc, test_measures_scores_gathered_in_date_order);
	tcase_add_test(tc, test_measures_gas_level_out_of_range_not_counted);
	suite_add_tcase(s, tc);
	return s;
}
