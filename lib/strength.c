/* strength.c: Loop Habit Tracker's habit score, for goals that count a tag. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "strength.h"

/* Days in a goal's period, for the rolling sum: a month as 30, as Loop counts it. */
static int
period_days(enum period per)
{
	return per == PERIOD_DAY ? 1 : per == PERIOD_WEEK ? 7 : 30;
}


double
strength_score(const struct strength_days *sd, double target, int period_days, int at_most)
{
	double f = target / period_days, score = at_most ? 1 : 0, rolling = 0, multiplier;

	/* An at-most goal of 0 still changes day by day: as if once a period. */
	if (!(f > 0))
		f = 1.0 / period_days;
	/* Each day's step of the moving average: the multiplier 0.5^(sqrt(f) / 13), f repetitions
	 * a day, halves the old score's weight every 13 days for a daily habit. */
	multiplier = pow(0.5, sqrt(f) / 13.0);
	for (size_t i = 0; i < sd->ndays; i++) {
		long day = sd->first + (long)i;
		double value;

		rolling += dayset_has(sd->done, day);
		if (i >= (size_t)period_days)
			rolling -= dayset_has(sd->done, day - period_days);
		/* A skipped day freezes the score, as does a day the measure does not count. */
		if (dayset_has(sd->skipped, day) || (sd->m != NULL && !measure_counts_day(sd->m, day)))
			continue;
		if (!at_most)
			value = target > 0 ? fmin(1, rolling / target) : 1;
		else if (target > 0)
			value = fmax(0, fmin(1, 1 - (rolling - target) / target));
		else
			value = rolling > 0 ? 0 : 1;
		score = score * multiplier + value * (1 - multiplier);
	}
	return score;
}

void
strengths_init(struct strengths *s, const struct goals *g, struct journal *j, long today)
{
	memset(s, 0, sizeof *s);
	s->today = today;
	s->v = xmalloc((g->ngoals ? g->ngoals : 1) * sizeof *s->v);
	for (size_t i = 0; i < g->ngoals; i++) {
		const struct measure *m = &g->goals[i].measure;
		struct strength_goal *sg = &s->v[s->n];

		if (m->tag == NULL || m->tag->kind != YNODE_SCALAR || m->per == PERIOD_TOTAL ||
		    m->per == PERIOD_YEAR || m->tag->len == (size_t)(m->tag->value[0] == '#') ||
		    !(m->has_at_least || m->has_at_most))
			continue;
		memset(sg, 0, sizeof *sg);
		sg->goal = &g->goals[i];
		day_marks_init(&sg->marks, m, j);
		s->n++;
	}
}

void
strengths_add(struct strengths *s, const struct entry *e)
{
	if (e->day >= s->today)
		return;
	for (size_t i = 0; i < s->n; i++)
		day_marks_add(&s->v[i].marks, e);
}

int
strength_get(const struct strengths *s, const struct goal *gl, long first_day, double *out)
{
	const struct measure *m = &gl->measure;
	struct strength_days sd;

	for (size_t i = 0; i < s->n; i++) {
		if (s->v[i].goal != gl)
			continue;
		sd.first = gl->has_start ? gl->start : first_day;
		if (sd.first == LONG_MIN || sd.first >= s->today)
			return 0;
		sd.ndays = (size_t)(s->today - sd.first);
		sd.done = &s->v[i].marks.done;
		sd.skipped = &s->v[i].marks.skipped;
		sd.m = m;
		/* A goal with both bounds is scored by its floor, the habit to build. */
		*out = strength_score(&sd, m->has_at_least ? m->at_least : m->at_most,
		    period_days(m->per), !m->has_at_least);
		return 1;
	}
	return 0;
}

void
strengths_free(struct strengths *s)
{
	for (size_t i = 0; i < s->n; i++)
		day_marks_free(&s->v[i].marks);
	free(s->v);
	memset(s, 0, sizeof *s);
}
