/* sheet_html.c: the session sheet as one self-contained HTML page, to read in a browser or
 * print on one sheet of paper: a renderer of the sheet (sheet.h) with the same sections in
 * the same order as the Markdown, its charts drawn inline in SVG (sheet_chart.c), its CSS
 * inline, no script and nothing fetched, and every word of the person's escaped. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "chart.h"
#include "date.h"
#include "goals.h"
#include "html.h"
#include "instruments.h"
#include "plot.h"
#include "sheet.h"

/* Goal texts in the table are cut after this many characters, as on the Markdown sheet. */
#define CELL_MAX 90

/* Nothing may be fetched or run: the page holds everything it shows. */
static const char csp[] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/* The page's style, up to the charts' own rules (plot.h's plot_css): small type and charts
 * side by side, so that a sheet fits one page of A4 and of US Letter.  The @page rule leaves the paper to the printer and sets margins that
 * leave room on both: the page is laid out for the narrower of the two (A4, 210 mm) and the
 * shorter (Letter, 279 mm).  Sections break between, never inside, a chart, a row or an
 * item.  Print is always light; the screen follows a dark preference. */
static const char style[] =
    ":root{color-scheme:light dark;--fg:#111;--bg:#fff;--mute:#555;--line:#bbb;"
    "--band0:#e6e6e6;--band1:#f5f5f5;--now:#1f4e99;--before:#999;--accent:#b00020}\n"
    "@media screen and (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#181818;"
    "--mute:#aaa;--line:#555;--band0:#2c2c2c;--band1:#222;--now:#8fb4ff;--before:#777;"
    "--accent:#ff7a8a}}\n"
    "@page{margin:8mm 12mm}\n"
    "html{background:var(--bg);color:var(--fg)}\n"
    "body{font:10pt/1.3 \"DejaVu Sans\",Arial,Helvetica,sans-serif;max-width:186mm;"
    "margin:0 auto;padding:0 4mm}\n"
    "h1{font-size:14pt;margin:2mm 0 1mm}\n"
    "h2{font-size:11pt;margin:3mm 0 1mm;border-bottom:1px solid var(--line);"
    "break-after:avoid}\n"
    "p,ul,blockquote,table{margin:0 0 1mm}\nul{padding-left:5mm}\n"
    "section,figure,tr,li,svg{break-inside:avoid}\n"
    "main,p,li,td,blockquote{overflow-wrap:anywhere}\n"
    ".safety{border:2px solid var(--accent);padding:1mm 2mm;font-weight:bold}\n"
    ".safety strong{color:var(--accent)}\n"
    "table{border-collapse:collapse;width:100%}\n"
    "th,td{border:1px solid var(--line);padding:0.3mm 1mm;text-align:left;"
    "vertical-align:top}\n"
    ".charts{display:flex;flex-wrap:wrap;gap:1mm 2mm}\n.charts>.lines{flex:1 1 60mm}\n"
    "figure{margin:0;width:60mm}\nfigure svg{width:100%;height:auto;display:block}\n"
    "figcaption{font-size:8pt;color:var(--mute)}\n";
/* After the charts' own rules (plot_css): the rest of the page. */
static const char style_rest[] =
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
    "white-space:nowrap}\n"
    ".miracle{white-space:pre-wrap;border-left:3px solid var(--line);padding-left:2mm;"
    "margin-left:0}\n"
    ".notes hr{border:0;border-bottom:1px solid var(--line);margin:0;height:6mm}\n"
    "code{font-size:9pt}\ntime,th,code{white-space:nowrap}\n"
    ".cols{columns:2 80mm;column-gap:6mm}\n.cols h2{margin-top:0}\n"
    "@media print{:root{--fg:#000;--bg:#fff;--mute:#444;--line:#999;--band0:#e0e0e0;"
    "--band1:#f2f2f2;--now:#1f4e99;--before:#888;--accent:#b00020}"
    "body{font-size:8pt;line-height:1.15;padding:0;max-width:none}h1{font-size:12pt}"
    "h2{font-size:9.5pt;margin-top:1.5mm}th,td{font-size:7.5pt}figure{width:35.5mm}figcaption{font-size:7pt}"
    ".sr{display:none}.notes hr{height:4.5mm}.notes hr:nth-child(n+3){display:none}"
    ".miracle{font-size:7.5pt}}\n";

static void
put_date(FILE *fp, long day)
{
	char a[DATE_BUFSIZE];

	fprintf(fp, "<time>%s</time>", date_format(day, a));
}

/* A text of the goals file, isolated from the page's direction (a right-to-left word must
 * not reorder what follows it). */
static void
put_node(FILE *fp, const struct ynode *n, size_t max)
{
	if (n == NULL || n->kind != YNODE_SCALAR)
		return;
	fputs("<bdi>", fp);
	html_text(fp, n->value, n->len, max);
	fputs("</bdi>", fp);
}

/* The same for a NUL-terminated string. */
static void
put_text(FILE *fp, const char *s, size_t max)
{
	fputs("<bdi>", fp);
	html_ctext(fp, s, max);
	fputs("</bdi>", fp);
}

static void
open_section(FILE *fp, const char *id, const char *title)
{
	fprintf(fp, "<section id=\"%s\">\n<h2>%s</h2>\n", id, title);
}

/* ---- the header ---- */

/* The safety sentence, its label bold: whatever the model says, first and always. */
static void
html_safety(FILE *fp, const char *text)
{
	size_t label = strncmp(text, SAFETY_LABEL, strlen(SAFETY_LABEL)) == 0 ?
	    strlen(SAFETY_LABEL) : strncmp(text, ITEM9_LABEL, strlen(ITEM9_LABEL)) == 0 ?
	    strlen(ITEM9_LABEL) : 0;

	fputs("<p class=\"safety\" role=\"alert\"><strong>", fp);
	html_text(fp, text, label, 0);
	fputs("</strong>", fp);
	html_ctext(fp, text + label, 0);
	fputs("</p>\n", fp);
}

static void
html_period(FILE *fp, const struct sheet *s)
{
	long days = s->today - s->from + 1;

	fputs("<p>Covering ", fp);
	put_date(fp, s->from);
	fputs(" to ", fp);
	put_date(fp, s->today);
	fprintf(fp, " (%ld day%s", days, days == 1 ? "" : "s");
	if (s->since == SINCE_SESSION) {
		fputs("), since the session on ", fp);
		put_date(fp, s->session);
		fputs(".</p>\n", fp);
	} else if (s->since == SINCE_DEFAULT && s->has_journal) {
		fputs("): no journal entry is tagged <code>#session</code>.</p>\n", fp);
	} else {
		fputs(").</p>\n", fp);
	}
}

static void
html_header(FILE *fp, const struct sheet *s)
{
	char a[DATE_BUFSIZE];

	fprintf(fp, "<header>\n<h1>Session sheet, %s</h1>\n", date_format(s->today, a));
	if (s->safety != NULL)
		html_safety(fp, s->safety);
	if (s->item9_unknown != NULL)
		html_safety(fp, s->item9_unknown);
	if (s->goals_error != NULL) {
		fputs("<p><strong>The goals file could not be read, so this sheet has no "
		    "goals:</strong> ", fp);
		html_ctext(fp, s->goals_error, 0);
		fputs("</p>\n", fp);
	}
	html_period(fp, s);
	if (s->share)
		fputs("<p>For sharing: the journal's own words are left out, its numbers "
		    "kept.</p>\n", fp);
	if (s->mission != NULL && s->mission->len > 0) {
		fputs("<p><strong>What these goals are for:</strong> ", fp);
		put_node(fp, s->mission, 0);
		fputs("</p>\n", fp);
	}
	fputs("</header>\n", fp);
}

/* ---- goals ---- */

static void
html_deadline(FILE *fp, const struct sheet_goal *sg)
{
	if (!sg->goal->has_deadline) {
		fputs("<td>none</td><td></td>", fp);
		return;
	}
	fputs("<td>", fp);
	put_date(fp, sg->goal->deadline);
	if (sg->days_left < 0)
		fprintf(fp, "</td><td>passed %ld day%s ago</td>", -sg->days_left,
		    sg->days_left == -1 ? "" : "s");
	else
		fprintf(fp, "</td><td>%ld</td>", sg->days_left);
}

static void
html_goal_row(FILE *fp, const struct sheet_goal *sg)
{
	static const char letters[] = "SMART";
	const struct goal *gl = sg->goal;
	const struct ynode *sn = goal_sentence(gl);

	fputs("<tr><td>", fp);
	if (goal_id(gl) != NULL) {
		fputs("<strong>", fp);
		put_text(fp, goal_id(gl), 40);
		fputs("</strong>", fp);
	}
	if (sn != NULL && sn->kind == YNODE_SCALAR) {
		fputs(goal_id(gl) ? ": " : "", fp);
		put_node(fp, sn, CELL_MAX);
	}
	fputs("</td><td><code>", fp);
	for (int k = 0; k < 5; k++)
		fputc(sg->pass & (1u << k) ? letters[k] : '-', fp);
	fputs("</code></td>", fp);
	html_deadline(fp, sg);
	if (sg->progress != PROGRESS_SHOWN) {
		fprintf(fp, "<td>%s</td><td></td></tr>\n", sg->progress == PROGRESS_NO_MEASURE ?
		    "no measure" : "no journal");
		return;
	}
	fputs("<td>", fp);
	sheet_put_period(fp, sg);
	fputs("</td><td>", fp);
	sheet_put_since_start(fp, sg);
	fputs("</td></tr>\n", fp);
}

static const char *
advice_of(const struct sheet_goal *sg)
{
	return sg->advice;
}

static const char *
rung_of(const struct sheet_goal *sg)
{
	return sg->rung;
}

/* One line a goal that has one: goalcheck's advice, or a rung to talk over. */
static void
html_goal_lines(FILE *fp, const struct sheet *s, const char *(*line)(const struct sheet_goal *),
    const char *title)
{
	size_t shown = 0;

	for (size_t g = 0; g < s->ngoals; g++) {
		const struct goal *gl = s->goals[g].goal;

		if (line(&s->goals[g]) == NULL)
			continue;
		if (shown++ == 0)
			fprintf(fp, "%s<ul>\n", title);
		fputs("<li><strong>", fp);
		if (goal_id(gl))
			put_text(fp, goal_id(gl), 40);
		else
			fprintf(fp, "line %d", gl->node->line);
		fputs("</strong>: ", fp);
		html_ctext(fp, line(&s->goals[g]), 0);
		fputs("</li>\n", fp);
	}
	if (shown > 0)
		fputs("</ul>\n", fp);
}

/* A goal's periods as a table for screen readers, beside its chart. */
static void
html_goal_table(FILE *fp, const struct sheet_goal *sg)
{
	fputs("<table class=\"sr\"><caption>", fp);
	put_text(fp, goal_id(sg->goal), 40);
	fprintf(fp, " by %s</caption>\n<tr><th>%s from</th><th>value</th><th>met</th></tr>\n",
	    sheet_per_word(sg->per), sheet_per_word(sg->per));
	for (size_t k = 0; k < sg->nbars; k++) {
		fputs("<tr><td>", fp);
		put_date(fp, sg->bars[k].day);
		fputs("</td><td>", fp);
		if (sg->bars[k].has)
			sheet_put_number(fp, round(sg->bars[k].value * 10) / 10);
		else
			fputs("none", fp);
		fprintf(fp, "</td><td>%s</td></tr>\n", sg->bars[k].met ? "yes" : "no");
	}
	fputs("</table>\n", fp);
}

/* The goals' charts, in a row after the advice. */
static void
html_goal_charts(FILE *fp, const struct sheet *s)
{
	for (size_t g = 0; g < s->ngoals; g++) {
		if (s->goals[g].nbars == 0)
			continue;
		fputs("<figure>\n", fp);
		chart_goal(fp, s, g);
		fputs("<figcaption>", fp);
		put_text(fp, goal_id(s->goals[g].goal), 40);
		fputs(": hatched bars met the target</figcaption>\n", fp);
		html_goal_table(fp, &s->goals[g]);
		fputs("</figure>\n", fp);
	}
}

static void
html_goals(FILE *fp, const struct sheet *s)
{
	size_t shown = 0, lines = 0;

	if (s->ngoals == 0)
		return;
	open_section(fp, "goals", "Goals");
	fputs("<table>\n<tr><th>Goal</th><th>SMART</th><th>Deadline</th><th>Days left</th>"
	    "<th>This period</th><th>Since the start</th></tr>\n", fp);
	for (size_t g = 0; g < s->ngoals; g++) {
		html_goal_row(fp, &s->goals[g]);
		shown += s->goals[g].advice != NULL || s->goals[g].rung != NULL ||
		    s->goals[g].nbars > 0;
	}
	fputs("</table>\n", fp);
	/* An empty row is no element for a page. */
	if (shown == 0) {
		fputs("</section>\n", fp);
		return;
	}
	fputs("<div class=\"charts\">\n", fp);
	/* The advice and the rungs are one item of the row, so the charts stay beside them. */
	for (size_t g = 0; g < s->ngoals; g++)
		lines += s->goals[g].advice != NULL || s->goals[g].rung != NULL;
	if (lines > 0)
		fputs("<div class=\"lines\">\n", fp);
	html_goal_lines(fp, s, advice_of, "");
	html_goal_lines(fp, s, rung_of, "<p>A rung to talk over:</p>\n");
	if (lines > 0)
		fputs("</div>\n", fp);
	html_goal_charts(fp, s);
	fputs("</div>\n</section>\n", fp);
}

/* ---- measures ---- */

/* Under a questionnaire's chart: its latest score and band, and the change since the first
 * with the reliable change verdict in words. */
static void
html_instrument_caption(FILE *fp, const struct sheet_instrument *si)
{
	const struct instrument_info *ii = &instrument_table[si->in];
	const struct score_series *s = si->scores;
	const struct score_point *last = &s->v[s->n - 1], *first = &s->v[0];

	fprintf(fp, "<figcaption><strong>%s</strong>: <strong>", ii->name);
	sheet_put_score(fp, si->in, last->total);
	fprintf(fp, "</strong> (%s) on ", si->band != NULL ? si->band : "no band");
	put_date(fp, last->day);
	if (s->n == 1) {
		fputs(", the first score", fp);
	} else if (!isnan(si->rci)) {
		fputs("; since ", fp);
		sheet_put_score(fp, si->in, first->total);
		fprintf(fp, ", %+.*f: <strong>%s</strong> (RCI ", ii->decimals,
		    last->total - first->total, si->verdict);
		sheet_put_signed(fp, si->rci);
		fputc(')', fp);
	}
	/* Short on the page, which must print on one sheet; the table below has it in full. */
	if (si->at_caseness >= 0)
		fprintf(fp, "; NHS caseness %g: %s", ii->caseness, si->at_caseness ?
		    "at or above" : "below");
	if (si->note != NULL)
		fprintf(fp, ". %s", si->note);
	fputs("</figcaption>\n", fp);
}

/* A questionnaire's scores as a table for screen readers. */
static void
html_instrument_table(FILE *fp, const struct sheet_instrument *si)
{
	const struct score_series *s = si->scores;

	fprintf(fp, "<table class=\"sr\"><caption>%s scores</caption>\n"
	    "<tr><th>date</th><th>score</th><th>band</th></tr>\n", instrument_table[si->in].name);
	for (size_t k = 0; k < s->n; k++) {
		fputs("<tr><td>", fp);
		put_date(fp, s->v[k].day);
		fputs("</td><td>", fp);
		sheet_put_score(fp, si->in, s->v[k].total);
		fprintf(fp, "</td><td>%s</td></tr>\n", sheet_band(si, s->v[k].total));
	}
	if (si->caseness != NULL)
		fprintf(fp, "<tr><td colspan=\"3\">caseness: the latest score is %s</td></tr>\n",
		    si->caseness);
	fputs("</table>\n", fp);
}

/* A level as the scale writes it, and what it looks like. */
static void
put_gas_level(FILE *fp, double level, const struct ynode *t)
{
	fprintf(fp, level > 0 ? "+%.0f" : "%.0f", level == 0 ? 0 : level);
	if (t != NULL) {
		fputs(" (", fp);
		put_node(fp, t, CELL_MAX);
		fputc(')', fp);
	}
}

static void
html_gas_goal(FILE *fp, const struct sheet_gas *sg)
{
	const struct goal *gl = sg->goal;

	fputs("<li><strong>", fp);
	put_text(fp, goal_id(gl), 40);
	fputs("</strong>", fp);
	if (gl->status != STATUS_ACTIVE)
		fprintf(fp, " (%s)", goal_status_name(gl->status));
	fputs(": ", fp);
	if (sg->latest == NULL) {
		fputs("not rated yet", fp);
	} else {
		put_gas_level(fp, sg->level, sg->level_text);
		fputs(" on ", fp);
		put_date(fp, sg->latest->day);
	}
	if (gl->gas.has_baseline) {
		fputs("; baseline ", fp);
		put_gas_level(fp, gl->gas.baseline, sg->baseline_text);
	}
	fputs("</li>\n", fp);
}

static void
html_gas(FILE *fp, const struct sheet *s)
{
	if (s->ngas == 0)
		return;
	if (s->t_latest == NULL) {
		fputs("<p>Goal attainment: no level rated yet; write each scaled goal's level, -2 "
		    "to +2, in a session's entry as <code>gas-ID: LEVEL</code>.</p>\n", fp);
		return;
	}
	fprintf(fp, "<p>Goal attainment: T-score <strong>%.1f</strong> on ", s->t_latest->t);
	put_date(fp, s->t_latest->day);
	if (s->t_latest->nrated < s->ngas)
		fprintf(fp, " (%zu of %zu goals rated)", s->t_latest->nrated, s->ngas);
	if (s->t_before != NULL) {
		fprintf(fp, ", before %.1f on ", s->t_before->t);
		put_date(fp, s->t_before->day);
	}
	fputs("; 50 is as expected on every goal.</p>\n<ul>\n", fp);
	for (size_t k = 0; k < s->ngas; k++)
		html_gas_goal(fp, &s->gas[k]);
	fputs("</ul>\n", fp);
}

static void
html_gas_table(FILE *fp, const struct sheet *s)
{
	fputs("<table class=\"sr\"><caption>Goal attainment T-scores</caption>\n"
	    "<tr><th>date</th><th>T-score</th></tr>\n", fp);
	for (size_t k = 0; k < s->nrated; k++) {
		fputs("<tr><td>", fp);
		put_date(fp, s->rated[k].day);
		fprintf(fp, "</td><td>%.1f</td></tr>\n", s->rated[k].t);
	}
	fputs("</table>\n", fp);
}

static void
html_measures(FILE *fp, const struct sheet *s)
{
	if (s->ninstruments == 0 && s->ngas == 0)
		return;
	open_section(fp, "measures", "Measures");
	if (s->ninstruments > 0 || s->nrated > 0)
		fputs("<div class=\"charts\">\n", fp);
	for (size_t i = 0; i < s->ninstruments; i++) {
		fputs("<figure>\n", fp);
		chart_instrument(fp, s, i);
		html_instrument_caption(fp, &s->instruments[i]);
		html_instrument_table(fp, &s->instruments[i]);
		fputs("</figure>\n", fp);
	}
	if (s->nrated > 0) {
		fputs("<figure>\n", fp);
		chart_gas(fp, s);
		fputs("<figcaption>Goal attainment T-score; the dashed line is 50</figcaption>\n", fp);
		html_gas_table(fp, s);
		fputs("</figure>\n", fp);
	}
	if (s->ninstruments > 0 || s->nrated > 0)
		fputs("</div>\n", fp);
	html_gas(fp, s);
	fputs("</section>\n", fp);
}

/* ---- how it went ---- */

/* The Markdown table's row as a caption: "mood 6.9, before 6.6 (+0.3)". */
static void
html_metric_means(FILE *fp, const struct sheet_metric *f)
{
	fputs("<strong>", fp);
	put_text(fp, f->name, 40);
	fputs("</strong> ", fp);
	sheet_put_mean(fp, &f->now);
	fputs(", before ", fp);
	sheet_put_mean(fp, &f->before);
	if (f->before.n > 0) {
		double d = round(f->now.sum / (double)f->now.n * 10) / 10 -
		    round(f->before.sum / (double)f->before.n * 10) / 10;

		fputs(d > 0.04 ? " (+" : " (", fp);
		sheet_put_number(fp, round(d * 10) / 10);
		fputc(')', fp);
	}
}

/* "best 8 on 2026-11-30 (Said hello)". */
static void
put_day(FILE *fp, const char *label, const struct sheet_day *d)
{
	fputs(label, fp);
	sheet_put_number(fp, d->value);
	fputs(" on ", fp);
	put_date(fp, d->day);
	if (d->text != NULL && d->text[0] != '\0') {
		fputs(" (", fp);
		put_text(fp, d->text, 40);
		fputc(')', fp);
	}
}

/* A metric's steps as a table for screen readers. */
static void
html_metric_table(FILE *fp, const struct sheet *s, const struct sheet_metric *f)
{
	fputs("<table class=\"sr\"><caption>", fp);
	put_text(fp, f->name, 40);
	fputs(" this period</caption>\n<tr><th>from</th><th>mean</th></tr>\n", fp);
	for (size_t b = 0; b < f->nbins; b++) {
		fputs("<tr><td>", fp);
		put_date(fp, chart_step_day(s, f, (long)b));
		fputs("</td><td>", fp);
		if (isnan(f->bins[b]))
			fputs("none", fp);
		else
			sheet_put_number(fp, round(f->bins[b] * 100) / 100);
		fputs("</td></tr>\n", fp);
	}
	fputs("</table>\n", fp);
}

static void
html_metric_figure(FILE *fp, const struct sheet *s, size_t i)
{
	const struct sheet_metric *f = &s->metrics[i];

	fputs("<figure>\n", fp);
	chart_metric(fp, s, i);
	fputs("<figcaption>", fp);
	html_metric_means(fp, f);
	put_day(fp, "; best ", &f->best);
	put_day(fp, ", hardest ", &f->hardest);
	fputs("</figcaption>\n", fp);
	html_metric_table(fp, s, f);
	fputs("</figure>\n", fp);
}

static void
html_metrics(FILE *fp, const struct sheet *s)
{
	if (s->nmetrics == 0)
		return;
	open_section(fp, "metrics", "How it went");
	fputs("<p>The mean of each metric this period and the period before; in the charts, "
	    "this period solid with dots, the period before dashed on the left, a goal's target "
	    "dashed.</p>\n<div class=\"charts\">\n", fp);
	for (size_t i = 0; i < s->nmetrics; i++)
		html_metric_figure(fp, s, i);
	fputs("</div>\n</section>\n", fp);
}

/* ---- the lists ---- */

static void
html_said(FILE *fp, const struct sheet *s, enum said kind)
{
	for (size_t i = 0; i < s->nsaid[kind]; i++) {
		fputs("<li>", fp);
		put_date(fp, s->said[kind][i].day);
		fputs(": ", fp);
		put_text(fp, s->said[kind][i].text, 0);
		fputs("</li>\n", fp);
	}
}

/* A section of one list of tagged lines, when it has any. */
static void
html_said_section(FILE *fp, const struct sheet *s, enum said kind, const char *id,
    const char *title)
{
	if (s->nsaid[kind] == 0)
		return;
	open_section(fp, id, title);
	fputs("<ul>\n", fp);
	html_said(fp, s, kind);
	fputs("</ul>\n</section>\n", fp);
}

static void
html_raise(FILE *fp, const struct sheet *s)
{
	if (s->nconcerns + s->nsaid[SAID_RAISE] > 0) {
		open_section(fp, "raise", "To raise");
		fputs("<ul>\n", fp);
		for (size_t i = 0; i < s->nconcerns; i++) {
			fputs("<li>", fp);
			put_node(fp, s->concerns[i]->text, 0);
			fputs("</li>\n", fp);
		}
		html_said(fp, s, SAID_RAISE);
		fputs("</ul>\n</section>\n", fp);
	}
	html_said_section(fp, s, SAID_ASK, "questions", "Questions");
	html_said_section(fp, s, SAID_WIN, "wins", "Wins");
}

static void
html_steps(FILE *fp, const struct sheet *s)
{
	if (s->nsteps == 0)
		return;
	open_section(fp, "steps", "Steps to try next");
	fputs("<ul class=\"steps\">\n", fp);
	for (size_t i = 0; i < s->nsteps; i++) {
		const struct sheet_step *st = &s->steps[i];

		fputs("<li>\xE2\x98\x90 <bdi>", fp);  /* U+2610, a box to tick on paper */
		html_text(fp, st->text, st->len, 0);
		fputs("</bdi>", fp);
		if (goal_id(st->goal)) {
			fputs(" (", fp);
			put_text(fp, goal_id(st->goal), 40);
			fputc(')', fp);
		}
		fputs("</li>\n", fp);
	}
	fputs("</ul>\n</section>\n", fp);
}

/* The answer as written, its line breaks kept. */
static void
html_miracle(FILE *fp, const struct sheet *s)
{
	if (s->miracle == NULL)
		return;
	open_section(fp, "miracle", "The miracle question");
	fputs("<p>As answered on ", fp);
	put_date(fp, s->miracle_day);
	fputs(":</p>\n<blockquote class=\"miracle\" dir=\"auto\">", fp);
	html_ctext(fp, s->miracle, 0);
	fputs("</blockquote>\n", fp);
	if (s->miracle_cut) {
		fputs("<p>(The rest is in ", fp);
		put_text(fp, s->miracle_file, 0);
		fprintf(fp, ", line %ld.)</p>\n", s->miracle_line);
	}
	fputs("</section>\n", fp);
}

static void
html_notes(FILE *fp)
{
	open_section(fp, "notes", "Notes");
	fputs("<div class=\"notes\">", fp);
	for (int i = 0; i < 6; i++)
		fputs("<hr>", fp);
	fputs("</div>\n</section>\n", fp);
}

void
sheet_html(FILE *fp, const struct sheet *s, const struct sheet_style *st)
{
	char a[DATE_BUFSIZE];

	(void)st;
	fprintf(fp, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta http-equiv=\"Content-Security-Policy\" content=\"%s\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<title>Session sheet, %s</title>\n<style>\n%s%s%s</style>\n</head>\n<body>\n<main>\n",
	    csp, date_format(s->today, a), style, plot_css, style_rest);
	html_header(fp, s);
	html_goals(fp, s);
	html_measures(fp, s);
	html_metrics(fp, s);
	/* The lists and the notes are short lines: two columns of them. */
	fputs("<div class=\"cols\">\n", fp);
	html_raise(fp, s);
	html_steps(fp, s);
	html_miracle(fp, s);
	html_notes(fp);
	fputs("</div>\n</main>\n</body>\n</html>\n", fp);
}
