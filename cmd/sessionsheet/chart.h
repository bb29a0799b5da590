/* chart.h: the session sheet's charts in SVG, for the HTML renderer (sheet_html.c): each a
 * function of the sheet model (sheet.h) that draws what it holds, with a <title> and a
 * one-sentence <desc> that say what it shows. */
#ifndef SESSIONSHEET_CHART_H
#define SESSIONSHEET_CHART_H

#include <stddef.h>
#include <stdio.h>

#include "sheet.h"

/* The first day of metric steps: step b of a metric's bins (b < 0: of its before_bins, the
 * last being -1) begins on this day. */
long chart_step_day(const struct sheet *s, const struct sheet_metric *f, long b);

/* Metric i day by day (or week by week ...), the period before fainter, a goal's target. */
void chart_metric(FILE *fp, const struct sheet *s, size_t i);
/* Questionnaire i's scores over time against its bands or cutoff. */
void chart_instrument(FILE *fp, const struct sheet *s, size_t i);
/* Goal g's last whole periods as bars against its target; nothing when it has none. */
void chart_goal(FILE *fp, const struct sheet *s, size_t g);
/* The goal attainment T-score over the ratings; nothing with fewer than one. */
void chart_gas(FILE *fp, const struct sheet *s);

#endif
