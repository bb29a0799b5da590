/* sheet_md.c: the session sheet in Markdown, for a person, a printer or pandoc: a renderer of
 * the sheet (sheet.h) that writes what the model holds, escaped so that nothing from the
 * person's files changes the page's structure. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "color.h"
#include "date.h"
#include "markdown.h"
#include "goals.h"
#include "instruments.h"
#include "sheet.h"
#include "spark.h"
#include "stats.h"
#include "text.h"

/* Goal texts in the table are cut after this many characters. */
#define CELL_MAX 90
/* A questionnaire's trend shows at most this many of its latest scores: a page has no room
 * for a year of them, and the change since the first score says the rest. */
#define TREND_MAX 8

/* Colour, for a terminal: set by sheet_markdown for the sheet being written. */
static int color;

static const char *
sgr(enum color c)
{
	return color_code(color, c);
}

/* What a sparkline's lowest and highest marks stand for: each is scaled from its own
 * lowest value to its highest, so 6.25 to 7 hours of sleep would look like great swings
 * without it. */
static void
put_range(FILE *fp, const struct sheet_metric *f)
{
	double lo = NAN, hi = NAN;

	for (size_t i = 0; i < f->nbins; i++) {
		if (isnan(f->bins[i]))
			continue;
		lo = isnan(lo) || f->bins[i] < lo ? f->bins[i] : lo;
		hi = isnan(hi) || f->bins[i] > hi ? f->bins[i] : hi;
	}
	if (isnan(lo))
		return;
	fputs(" (", fp);
	sheet_put_number(fp, round(lo * 10) / 10);
	if (hi > lo) {
		fputs(" to ", fp);
		sheet_put_number(fp, round(hi * 10) / 10);
	}
	fputc(')', fp);
}

/* The bins of a metric as a sparkline inside a code span: block characters on a terminal,
 * ASCII elsewhere, so that pandoc's default PDF engine (pdflatex) takes the sheet. */
static void
put_sparkline(FILE *fp, const struct sheet_metric *f, int blocks)
{
	/* CommonMark takes one space off each end of a span that starts and ends with one. */
	int pad = isnan(f->bins[0]) && isnan(f->bins[f->nbins - 1]);

	fputs(pad ? "` " : "`", fp);
	spark_write(fp, f->bins, f->nbins, !blocks);
	fputs(pad ? " `" : "`", fp);
	put_range(fp, f);
}

/* ---- the sheet ---- */

static void
heading(FILE *fp, const char *text)
{
	fprintf(fp, "\n%s## %s%s\n\n", sgr(COLOR_BOLD), text, sgr(COLOR_RESET));
}

static void
md_header(FILE *fp, const struct sheet *s)
{
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE], c[DATE_BUFSIZE];
	long days = s->today - s->from + 1;

	fprintf(fp, "%s# Session sheet, %s%s\n\n", sgr(COLOR_BOLD), date_format(s->today, a),
	    sgr(COLOR_RESET));
	/* First, before anything else the page says; no option leaves it out. */
	if (s->safety != NULL)
		fprintf(fp, "%s**%s**%s%s\n\n", sgr(COLOR_BOLD_RED), SAFETY_LABEL, sgr(COLOR_RESET),
		    s->safety + strlen(SAFETY_LABEL));
	if (s->item9_unknown != NULL)
		fprintf(fp, "%s**%s**%s%s\n\n", sgr(COLOR_BOLD), ITEM9_LABEL, sgr(COLOR_RESET),
		    s->item9_unknown + strlen(ITEM9_LABEL));
	if (s->goals_error != NULL) {
		fputs("**The goals file could not be read, so this sheet has no goals:** ", fp);
		md_ctext(fp, s->goals_error, MD_PLAIN, 0);
		fputs("\n\n", fp);
	}
	fprintf(fp, "Covering %s to %s (%ld day%s", date_format(s->from, b), a, days,
	    days == 1 ? "" : "s");
	if (s->since == SINCE_SESSION)
		fprintf(fp, "), since the session on %s.\n", date_format(s->session, c));
	else if (s->since == SINCE_DEFAULT && s->has_journal)
		fputs("): no journal entry is tagged `#session`.\n", fp);
	else
		fputs(").\n", fp);
	if (s->share)
		fputs("\nFor sharing: the journal's own words are left out, its numbers kept.\n", fp);
	if (s->mission != NULL && s->mission->len > 0) {
		fputs("\n**What these goals are for:** ", fp);
		md_text(fp, s->mission->value, s->mission->len, MD_PLAIN, 0);
		fputc('\n', fp);
	}
}

/* The rungs to talk over, one line a goal: out of reach, ready to step up, or slipping. */
static void
md_rungs(FILE *fp, const struct sheet *s)
{
	int shown = 0;

	for (size_t g = 0; g < s->ngoals; g++) {
		const struct goal *gl = s->goals[g].goal;

		if (s->goals[g].rung == NULL)
			continue;
		if (shown++ == 0)
			fputs("\nA rung to talk over:\n\n", fp);
		fputs("- **", fp);
		if (goal_id(gl))
			md_ctext(fp, goal_id(gl), MD_NAME, 40);
		else
			fprintf(fp, "line %d", gl->node->line);
		fputs("**: ", fp);
		md_ctext(fp, s->goals[g].rung, MD_PLAIN, 0);
		fputc('\n', fp);
	}
}

/* The Goals table's two last cells: the measure in the period, and since the start. */
static void
md_progress(FILE *fp, const struct sheet_goal *sg)
{
	if (sg->progress != PROGRESS_SHOWN) {
		fputs(sg->progress == PROGRESS_NO_MEASURE ? "no measure | " : "no journal | ", fp);
		return;
	}
	sheet_put_period(fp, sg);
	fputs(" | ", fp);
	sheet_put_since_start(fp, sg);
}

static void
md_goals(FILE *fp, const struct sheet *s)
{
	static const char letters[] = "SMART";
	char a[DATE_BUFSIZE];
	size_t flagged = 0;

	if (s->ngoals == 0)
		return;
	heading(fp, "Goals");
	fputs("| Goal | SMART | Deadline | Days left | This period | Since the start |\n"
	    "|---|---|---|---|---|---|\n", fp);
	for (size_t g = 0; g < s->ngoals; g++) {
		const struct sheet_goal *sg = &s->goals[g];
		const struct goal *gl = sg->goal;
		const struct ynode *sn = goal_sentence(gl);

		fputs("| ", fp);
		if (goal_id(gl) != NULL) {
			fputs("**", fp);
			md_ctext(fp, goal_id(gl), MD_NAME, 40);
			fputs("**", fp);
		}
		if (sn != NULL && sn->kind == YNODE_SCALAR) {
			fputs(goal_id(gl) ? ": " : "", fp);
			md_text(fp, sn->value, sn->len, MD_CELL, CELL_MAX);
		}
		/* In a code span, so that no renderer makes "--" a dash. */
		fputs(" | `", fp);
		for (int k = 0; k < 5; k++)
			fputc(sg->pass & (1u << k) ? letters[k] : '-', fp);
		fputs("` | ", fp);
		if (gl->has_deadline) {
			long left = sg->days_left;

			fprintf(fp, "%s | ", date_format(gl->deadline, a));
			if (left < 0)
				fprintf(fp, "passed %ld day%s ago", -left, left == -1 ? "" : "s");
			else
				fprintf(fp, "%ld", left);
		} else {
			fputs("none | ", fp);
		}
		fputs(" | ", fp);
		md_progress(fp, sg);
		fputs(" |\n", fp);
	}
	for (size_t g = 0; g < s->ngoals; g++) {
		const struct goal *gl = s->goals[g].goal;

		if (s->goals[g].advice == NULL)
			continue;
		if (flagged++ == 0)
			fputc('\n', fp);
		fprintf(fp, "- %s**", sgr(COLOR_BOLD_RED));
		if (goal_id(gl))
			md_ctext(fp, goal_id(gl), MD_NAME, 40);
		else
			fprintf(fp, "line %d", gl->node->line);
		fprintf(fp, "**%s: ", sgr(COLOR_RESET));
		md_ctext(fp, s->goals[g].advice, MD_PLAIN, 0);
		fputc('\n', fp);
	}
	md_rungs(fp, s);
}

/* A goal attainment level as the scale writes it: -2, -1, 0, +1, +2 ("gas-x: -0" is 0). */
static void
put_level(FILE *fp, double level)
{
	fprintf(fp, level > 0 ? "+%.0f" : "%.0f", level == 0 ? 0 : level);
}

/* One questionnaire, on one line: the latest score with its band, the one before, the trend
 * of the last TREND_MAX, and the change since the first with its reliable change index.  A
 * line, not a table: the sentences wrap across the page where cells would make columns of
 * single words. */
static void md_change(FILE *fp, const struct sheet_instrument *si);

static void
md_instrument(FILE *fp, const struct sheet_instrument *si)
{
	enum instrument in = si->in;
	const struct instrument_info *ii = &instrument_table[in];
	const struct score_series *s = si->scores;
	const struct score_point *last = &s->v[s->n - 1];
	char a[DATE_BUFSIZE];

	fprintf(fp, "- **%s** (%s): **", ii->name, ii->about);
	sheet_put_score(fp, in, last->total);
	fprintf(fp, "** (%s) on %s", si->band != NULL ? si->band : "no band",
	    date_format(last->day, a));
	if (s->n == 1)
		fputs(", the first score", fp);
	else
		md_change(fp, si);
	fputc('\n', fp);
	if (si->note != NULL)
		fprintf(fp, "  - %s\n", si->note);
	if (si->caseness != NULL)
		fprintf(fp, "  - caseness: the latest score is %s\n", si->caseness);
}

/* The rest of a questionnaire's line: the score before, the trend, the reliable change. */
static void
md_change(FILE *fp, const struct sheet_instrument *si)
{
	enum instrument in = si->in;
	const struct instrument_info *ii = &instrument_table[in];
	const struct score_series *s = si->scores;
	const struct score_point *last = &s->v[s->n - 1], *first = &s->v[0];
	size_t from = s->n > TREND_MAX ? s->n - TREND_MAX : 0;
	char a[DATE_BUFSIZE];

	fputs("; before, ", fp);
	sheet_put_score(fp, in, s->v[s->n - 2].total);
	fprintf(fp, " on %s; trend ", date_format(s->v[s->n - 2].day, a));
	if (s->n > TREND_MAX)
		fputs("... ", fp);
	for (size_t k = from; k < s->n; k++) {
		fputs(k > from ? " → " : "", fp);
		sheet_put_score(fp, in, s->v[k].total);
	}
	/* SRS: no reliable change published; its band, the alliance cutoff, is the signal. */
	if (!isnan(si->rci)) {
		fputs("; from ", fp);
		sheet_put_score(fp, in, first->total);
		fprintf(fp, " on %s, ", date_format(first->day, a));
		fprintf(fp, "%+.*f", ii->decimals, last->total - first->total);
		fprintf(fp, ": %s (RCI ", si->verdict);
		sheet_put_signed(fp, si->rci);
		fputc(')', fp);
	}
}

/* A level and what it looks like: "+1 (Three new people a week)". */
static void
put_gas_level(FILE *fp, double level, const struct ynode *t)
{
	put_level(fp, level);
	if (t != NULL) {
		fputs(" (", fp);
		md_text(fp, t->value, t->len, MD_PLAIN, CELL_MAX);
		fputc(')', fp);
	}
}

/* The T-score of the latest rating and the one before, then each scaled goal's latest level
 * with what that level looks like, and its baseline. */
static void
md_gas(FILE *fp, const struct sheet *s)
{
	char a[DATE_BUFSIZE];

	if (s->ngas == 0)
		return;
	if (s->t_latest == NULL) {
		fputs("Goal attainment: no level rated yet; write each scaled goal's level, -2 to "
		    "+2, in a session's entry as `gas-ID: LEVEL`.\n", fp);
		return;
	}
	fputs("Goal attainment: T-score **", fp);
	fprintf(fp, "%.1f** on %s", s->t_latest->t, date_format(s->t_latest->day, a));
	if (s->t_latest->nrated < s->ngas)
		fprintf(fp, " (%zu of %zu goals rated)", s->t_latest->nrated, s->ngas);
	if (s->t_before != NULL)
		fprintf(fp, ", before %.1f on %s", s->t_before->t, date_format(s->t_before->day, a));
	fputs("; 50 is as expected on every goal.\n\n", fp);
	for (size_t k = 0; k < s->ngas; k++) {
		const struct sheet_gas *sg = &s->gas[k];
		const struct goal *gl = sg->goal;

		fputs("- **", fp);
		md_ctext(fp, goal_id(gl), MD_NAME, 40);
		fputs("**", fp);
		if (gl->status != STATUS_ACTIVE)
			fprintf(fp, " (%s)", goal_status_name(gl->status));
		fputs(": ", fp);
		if (sg->latest == NULL) {
			fputs("not rated yet", fp);
		} else {
			put_gas_level(fp, sg->level, sg->level_text);
			fprintf(fp, " on %s", date_format(sg->latest->day, a));
		}
		if (gl->gas.has_baseline) {
			fputs("; baseline ", fp);
			put_gas_level(fp, gl->gas.baseline, sg->baseline_text);
		}
		fputc('\n', fp);
	}
}

static void
md_measures(FILE *fp, const struct sheet *s)
{
	if (s->ninstruments == 0 && s->ngas == 0)
		return;
	heading(fp, "Measures");
	for (size_t i = 0; i < s->ninstruments; i++)
		md_instrument(fp, &s->instruments[i]);
	if (s->ninstruments > 0 && s->ngas > 0)
		fputc('\n', fp);
	md_gas(fp, s);
}

/* "best 8 on 2026-11-30 (Said hello)": a value, its day, and the entry's words. */
static void
put_day(FILE *fp, const char *label, const struct sheet_day *d)
{
	char a[DATE_BUFSIZE];

	fputs(label, fp);
	sheet_put_number(fp, d->value);
	fprintf(fp, " on %s", date_format(d->day, a));
	if (d->text != NULL && d->text[0] != '\0') {
		fputs(" (", fp);
		md_ctext(fp, d->text, MD_PLAIN, 60);
		fputc(')', fp);
	}
}

static void
md_metrics(FILE *fp, const struct sheet *s, int blocks)
{
	if (s->nmetrics == 0)
		return;
	heading(fp, "How it went");
	fprintf(fp, "| Metric | This period | The period before | Change | %s |\n"
	    "|---|---|---|---|---|\n", s->step == PERIOD_DAY ? "Day by day" :
	    s->step == PERIOD_WEEK ? "Week by week" : s->step == PERIOD_MONTH ?
	    "Month by month" : "Year by year");
	for (size_t i = 0; i < s->nmetrics; i++) {
		const struct sheet_metric *f = &s->metrics[i];

		fputs("| ", fp);
		md_ctext(fp, f->name, MD_NAME, 40);
		fputs(" | ", fp);
		sheet_put_mean(fp, &f->now);
		fputs(" | ", fp);
		sheet_put_mean(fp, &f->before);
		fputs(" | ", fp);
		if (f->before.n > 0) {
			double d = round(f->now.sum / (double)f->now.n * 10) / 10 -
			    round(f->before.sum / (double)f->before.n * 10) / 10;

			fputs(d > 0.04 ? "+" : "", fp);
			sheet_put_number(fp, round(d * 10) / 10);
		}
		fputs(" | ", fp);
		put_sparkline(fp, f, blocks);
		fputs(" |\n", fp);
	}
	fputc('\n', fp);
	for (size_t i = 0; i < s->nmetrics; i++) {
		const struct sheet_metric *f = &s->metrics[i];

		fputs("- ", fp);
		md_ctext(fp, f->name, MD_NAME, 40);
		put_day(fp, ": best ", &f->best);
		put_day(fp, ", hardest ", &f->hardest);
		fputs("\n", fp);
	}
}

static void
md_said(FILE *fp, const struct sheet *s, enum said kind)
{
	char a[DATE_BUFSIZE];

	for (size_t i = 0; i < s->nsaid[kind]; i++) {
		fprintf(fp, "- %s: ", date_format(s->said[kind][i].day, a));
		md_ctext(fp, s->said[kind][i].text, MD_PLAIN, 0);
		fputc('\n', fp);
	}
}

static void
md_raise(FILE *fp, const struct sheet *s)
{
	if (s->nconcerns + s->nsaid[SAID_RAISE] > 0) {
		heading(fp, "To raise");
		for (size_t i = 0; i < s->nconcerns; i++) {
			const struct ynode *t = s->concerns[i]->text;

			fputs("- ", fp);
			md_text(fp, t->value, t->len, MD_ITEM, 0);
			fputc('\n', fp);
		}
		md_said(fp, s, SAID_RAISE);
	}
	if (s->nsaid[SAID_ASK] > 0) {
		heading(fp, "Questions");
		md_said(fp, s, SAID_ASK);
	}
	if (s->nsaid[SAID_WIN] > 0) {
		heading(fp, "Wins");
		md_said(fp, s, SAID_WIN);
	}
}

static void
md_steps(FILE *fp, const struct sheet *s)
{
	if (s->nsteps == 0)
		return;
	heading(fp, "Steps to try next");
	for (size_t i = 0; i < s->nsteps; i++) {
		const struct sheet_step *st = &s->steps[i];

		fputs("- [ ] ", fp);
		md_text(fp, st->text, st->len, MD_ITEM, 0);
		if (goal_id(st->goal)) {
			fputs(" (", fp);
			md_ctext(fp, goal_id(st->goal), MD_NAME, 40);
			fputc(')', fp);
		}
		fputc('\n', fp);
	}
}

static void
md_miracle(FILE *fp, const struct sheet *s)
{
	char a[DATE_BUFSIZE];
	const char *p = s->miracle;

	if (p == NULL)
		return;
	heading(fp, "The miracle question");
	fprintf(fp, "As answered on %s:\n\n", date_format(s->miracle_day, a));
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);

		fputs(n ? "> " : ">", fp);
		md_text(fp, p, n, MD_QUOTE, 0);
		fputc('\n', fp);
		p += n + (e != NULL);
	}
	if (s->miracle_cut) {
		fputs("\n(The rest is in ", fp);
		md_ctext(fp, s->miracle_file, MD_NAME, 0);
		fprintf(fp, ", line %ld.)\n", s->miracle_line);
	}
}

static void
md_notes(FILE *fp)
{
	heading(fp, "Notes");
	for (int i = 0; i < 6; i++)
		fputs(i ? "\n-----\n" : "-----\n", fp);
}

void
sheet_markdown(FILE *fp, const struct sheet *s, const struct sheet_style *st)
{
	color = st->color;
	md_header(fp, s);
	md_goals(fp, s);
	md_measures(fp, s);
	md_metrics(fp, s, st->blocks);
	md_raise(fp, s);
	md_steps(fp, s);
	md_miracle(fp, s);
	md_notes(fp);
}
