/* scores.c: gathering a journal's scores for journalstat and sessionsheet. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "arena.h"
#include "scores.h"

void
scores_init(struct scores *sc, struct journal *j, const struct goals *g, long lo, long hi)
{
	memset(sc, 0, sizeof *sc);
	sc->lo = lo;
	sc->hi = hi;
	for (int i = 0; i < INST_COUNT; i++)
		sc->metric[i] = journal_metric(j, instrument_table[i].key,
		    strlen(instrument_table[i].key));
	if (g == NULL || g->ngoals == 0)
		return;
	sc->gas = xmalloc(g->ngoals * sizeof *sc->gas);
	sc->gas_metric = xmalloc(g->ngoals * sizeof *sc->gas_metric);
	sc->weight = xmalloc(g->ngoals * sizeof *sc->weight);
	for (size_t i = 0; i < g->ngoals; i++) {
		const struct goal *gl = &g->goals[i];
		const char *id = goal_id(gl);
		char *name;
		size_t len, k;
		int m;

		if (!gl->gas.complete || gl->gas.node == NULL || id == NULL)
			continue;
		name = gas_field(id, &len);
		m = journal_metric(j, name, len);
		free(name);
		/* Two goals whose ids differ only in case share one journal field: the level
		 * counts once, for the first. */
		for (k = 0; k < sc->ngas && sc->gas_metric[k] != m; k++)
			;
		if (k < sc->ngas)
			continue;
		sc->gas[sc->ngas] = gl;
		sc->weight[sc->ngas] = gl->gas.weight;
		sc->gas_metric[sc->ngas++] = m;
	}
}

static void
add_point(struct score_series *s, const struct entry *e, unsigned long seq, double total,
    int item9)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->v = xrealloc(s->v, s->cap * sizeof *s->v);
	}
	s->v[s->n++] = (struct score_point){ e->day, e->minute, seq, total, item9 };
}

void
scores_add(struct scores *sc, const struct entry *e)
{
	struct gas_point *gp = NULL;
	double v;

	if (e->day < sc->lo || e->day > sc->hi)
		return;
	sc->seq++;
	for (int i = 0; i < INST_COUNT; i++) {
		if (entry_metric(e, sc->metric[i], &v))
			add_point(&sc->s[i], e, sc->seq, v, i == INST_PHQ9 ? e->phq9_item9 : -1);
		else if (i == INST_PHQ9 && e->phq9_item9 > 0)
			add_point(&sc->unscored9, e, sc->seq, NAN, e->phq9_item9);
	}
	for (size_t k = 0; k < sc->ngas; k++) {
		if (!entry_metric(e, sc->gas_metric[k], &v))
			continue;
		if (gp == NULL) {
			if (sc->nrated == sc->cap) {
				sc->cap = sc->cap ? 2 * sc->cap : 16;
				sc->rated = xrealloc(sc->rated, sc->cap * sizeof *sc->rated);
			}
			gp = &sc->rated[sc->nrated++];
			gp->day = e->day;
			gp->minute = e->minute;
			gp->seq = sc->seq;
			gp->nrated = 0;
			gp->level = xmalloc(sc->ngas * sizeof *gp->level);
			for (size_t o = 0; o < sc->ngas; o++)
				gp->level[o] = NAN;
		}
		gp->level[k] = v;
		gp->nrated++;
	}
	if (gp != NULL)
		gp->t = gas_tscore(sc->weight, gp->level, sc->ngas);
}

/* By day, then time, an entry without one first, then reading order: a total order, as qsort
 * needs (comparing times only when both have one would not be). */
static int
when_cmp(long d1, int m1, unsigned long s1, long d2, int m2, unsigned long s2)
{
	if (d1 != d2)
		return d1 < d2 ? -1 : 1;
	if (m1 != m2)
		return m1 < m2 ? -1 : 1;
	return s1 < s2 ? -1 : s1 > s2;
}

static int
point_cmp(const void *pa, const void *pb)
{
	const struct score_point *a = pa, *b = pb;

	return when_cmp(a->day, a->minute, a->seq, b->day, b->minute, b->seq);
}

static int
gas_cmp(const void *pa, const void *pb)
{
	const struct gas_point *a = pa, *b = pb;

	return when_cmp(a->day, a->minute, a->seq, b->day, b->minute, b->seq);
}

void
scores_finish(struct scores *sc)
{
	for (int i = 0; i < INST_COUNT; i++)
		if (sc->s[i].n > 1)
			qsort(sc->s[i].v, sc->s[i].n, sizeof *sc->s[i].v, point_cmp);
	if (sc->unscored9.n > 1)
		qsort(sc->unscored9.v, sc->unscored9.n, sizeof *sc->unscored9.v, point_cmp);
	if (sc->nrated > 1)
		qsort(sc->rated, sc->nrated, sizeof *sc->rated, gas_cmp);
}

const struct gas_point *
scores_latest_rating(const struct scores *sc, size_t k)
{
	for (size_t i = sc->nrated; i-- > 0; )
		if (!isnan(sc->rated[i].level[k]))
			return &sc->rated[i];
	return NULL;
}

void
scores_free(struct scores *sc)
{
	for (int i = 0; i < INST_COUNT; i++)
		free(sc->s[i].v);
	free(sc->unscored9.v);
	for (size_t k = 0; k < sc->nrated; k++)
		free(sc->rated[k].level);
	free(sc->rated);
	free(sc->gas);
	free(sc->gas_metric);
	free(sc->weight);
	memset(sc, 0, sizeof *sc);
}

void
scores_check_gas(struct journal *j, const struct goals *g)
{
	const char **ids = xmalloc((g->ngoals + 1) * sizeof *ids);
	size_t n = 0;

	for (size_t i = 0; i < g->ngoals; i++)
		if (goal_id(&g->goals[i]) != NULL)
			ids[n++] = goal_id(&g->goals[i]);
	ids[n] = NULL;
	journal_check_gas(j, ids);
	free(ids);
}
