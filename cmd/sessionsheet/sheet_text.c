/* sheet_text.c: the numbers and the words about them that every renderer of the sheet writes
 * alike (sheet.h), so that the Markdown, the HTML and the charts never say a figure two ways.
 * None of it is the person's text: it needs no escaping in any format. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sheet.h"

const char *
sheet_number(double v, char buf[SHEET_NUMBER_SIZE])
{
	return plot_number(v, buf);
}

void
sheet_put_number(FILE *fp, double v)
{
	char buf[SHEET_NUMBER_SIZE];

	fputs(sheet_number(v, buf), fp);
}

void
sheet_put_mean(FILE *fp, const struct mean *m)
{
	if (m->n == 0)
		fputs("none", fp);
	else
		sheet_put_number(fp, round(m->sum / (double)m->n * 10) / 10);
}

void
sheet_put_signed(FILE *fp, double v)
{
	v = round(v * 100) / 100;
	fputs(v > 0 ? "+" : "", fp);
	sheet_put_number(fp, v);
}

void
sheet_put_score(FILE *fp, enum instrument in, double v)
{
	fprintf(fp, "%.*f", instrument_table[in].decimals, v);
}

const char *
sheet_per_word(enum period p)
{
	return p == PERIOD_DAY ? "day" : p == PERIOD_WEEK ? "week" : p == PERIOD_MONTH ? "month" :
	    "year";
}

void
sheet_put_period(FILE *fp, const struct sheet_goal *sg)
{
	const struct period_value *pv = &sg->period;

	if (!pv->has) {
		fputs("no value", fp);
	} else if (sg->counts_tag && !isnan(pv->rate)) {
		sheet_put_number(fp, pv->value);
		fputs(" (", fp);
		sheet_put_number(fp, round(pv->rate * 10) / 10);
		fprintf(fp, " a %s)", sheet_per_word(sg->per));
	} else if (sg->counts_tag && sg->per != PERIOD_TOTAL) {
		sheet_put_number(fp, pv->value);
		fprintf(fp, " in %ld day%s, so far", pv->days, pv->days == 1 ? "" : "s");
	} else if (sg->counts_tag) {
		sheet_put_number(fp, pv->value);
		fputs(" tagged", fp);
	} else {
		fputs("mean ", fp);
		sheet_put_number(fp, round(pv->value * 10) / 10);
	}
	if (pv->met >= 0)
		fputs(pv->met ? ", met" : ", not met", fp);
}

void
sheet_put_since_start(FILE *fp, const struct sheet_goal *sg)
{
	const struct since_start *ss = &sg->since_start;

	if (ss->of < 0 && ss->has) {
		fputs(sg->counts_tag ? "" : "mean ", fp);
		sheet_put_number(fp, round(ss->value * 10) / 10);
		fputs(ss->total_met ? " so far, met" : " so far, not met", fp);
	} else if (ss->of < 0) {
		fputs("none yet", fp);
	} else if (ss->of == 0) {
		fprintf(fp, "no whole %s yet", sheet_per_word(sg->per));
	} else {
		fprintf(fp, "met %ld of %ld %s%s", ss->met, ss->of, sheet_per_word(sg->per),
		    ss->of == 1 ? "" : "s");
	}
	if (!isnan(sg->strength))
		fprintf(fp, ", strength %.2f", sg->strength);
	if (sg->has_days)
		fprintf(fp, "; %ld %s, %ld %s, %ld %s, %ld %s, streak %ld",
		    sg->days.n[DAY_DONE],
		    day_state_names[DAY_DONE], sg->days.n[DAY_NOT_DONE],
		    day_state_names[DAY_NOT_DONE], sg->days.n[DAY_SKIPPED],
		    day_state_names[DAY_SKIPPED], sg->days.n[DAY_NO_ENTRY],
		    day_state_names[DAY_NO_ENTRY], sg->days.streak);
}

const char *
sheet_band(const struct sheet_instrument *si, double total)
{
	const char *band = score_band(si->in, total, si->age);

	return band != NULL ? band : "no band";
}
