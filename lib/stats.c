/* stats.c: running figures over journal entries. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "stats.h"

double
moments_sd(const struct moments *m)
{
	return m->n < 2 ? 0 : sqrt(m->m2 / (double)(m->n - 1));
}

void
dayset_add(struct dayset *d, long day)
{
	if (d->nbytes == 0) {
		/* Room for a year on either side, rounded to whole bytes. */
		d->lo = day - 365 - (day % 8 + 8) % 8;
		d->nbytes = 2 * 366 / 8 + 2;
		d->bits = xmalloc(d->nbytes);
		memset(d->bits, 0, d->nbytes);
	}
	if (day < d->lo || (unsigned long)(day - d->lo) >= 8 * d->nbytes) {
		/* Grow to twice the span that is needed, keeping bit positions byte-aligned. */
		long lo = day < d->lo ? d->lo - 8 * (long)((d->lo - day) / 8 + d->nbytes) : d->lo;
		long hi = d->lo + 8 * (long)d->nbytes;
		size_t nbytes, shift = (size_t)(d->lo - lo) / 8;
		unsigned char *bits;

		if (day >= hi)
			hi = day + 8 * (long)d->nbytes;
		nbytes = (size_t)(hi - lo) / 8 + 1;
		bits = xmalloc(nbytes);
		memset(bits, 0, nbytes);
		memcpy(bits + shift, d->bits, d->nbytes);
		free(d->bits);
		d->bits = bits;
		d->nbytes = nbytes;
		d->lo = lo;
	}
	if (!dayset_has(d, day)) {
		d->bits[(day - d->lo) / 8] |= (unsigned char)(1u << ((day - d->lo) % 8));
		if (d->count == 0 || day < d->first)
			d->first = day;
		if (d->count == 0 || day > d->last)
			d->last = day;
		d->count++;
	}
}

int
dayset_has(const struct dayset *d, long day)
{
	if (d->nbytes == 0 || day < d->lo || (unsigned long)(day - d->lo) >= 8 * d->nbytes)
		return 0;
	return d->bits[(day - d->lo) / 8] >> ((day - d->lo) % 8) & 1;
}

void
dayset_streaks(const struct dayset *d, long today, long *current, long *longest)
{
	long run = 0, best = 0, end;

	*current = *longest = 0;
	if (d->count == 0)
		return;
	for (long day = d->first; day <= d->last; day++) {
		run = dayset_has(d, day) ? run + 1 : 0;
		if (run > best)
			best = run;
	}
	*longest = best;
	/* Today may not be written yet: a streak that reached yesterday still stands. */
	end = dayset_has(d, today) ? today : today - 1;
	for (run = 0; dayset_has(d, end - run); run++)
		;
	*current = run;
}

void
dayset_free(struct dayset *d)
{
	free(d->bits);
	memset(d, 0, sizeof *d);
}

struct row *
series_row(struct series *s, long i)
{
	struct row *r;

	if (s->n == 0 || i < s->lo || i >= s->lo + (long)s->n) {
		long lo = s->n == 0 || i < s->lo ? i : s->lo;
		long hi = s->n == 0 || i >= s->lo + (long)s->n ? i + 1 : s->lo + (long)s->n;

		if (s->n == 0 || lo < s->mem_lo || hi > s->mem_lo + (long)s->cap) {
			/* Twice the span again as room, half on each side. */
			size_t span = (size_t)(hi - lo) > 8 ? (size_t)(hi - lo) : 8;
			struct row *mem = xmalloc(3 * span * sizeof *mem);

			memset(mem, 0, 3 * span * sizeof *mem);
			if (s->n > 0)
				memcpy(mem + (s->lo - (lo - (long)span)), s->rows, s->n * sizeof *mem);
			free(s->mem);
			s->mem = mem;
			s->mem_lo = lo - (long)span;
			s->cap = 3 * span;
		}
		s->lo = lo;
		s->n = (size_t)(hi - lo);
		s->rows = s->mem + (s->lo - s->mem_lo);
	}
	r = &s->rows[i - s->lo];
	/* A row's counts are made when it is first asked for, not for the gaps between. */
	if (s->ncounts > 0 && r->count == NULL) {
		r->count = xmalloc(s->ncounts * sizeof *r->count);
		memset(r->count, 0, s->ncounts * sizeof *r->count);
	}
	return r;
}

void
row_add_metric(struct row *r, int id, double x)
{
	if ((size_t)id >= r->nmetric) {
		size_t n = (size_t)id + 4;

		r->metric = xrealloc(r->metric, n * sizeof *r->metric);
		memset(r->metric + r->nmetric, 0, (n - r->nmetric) * sizeof *r->metric);
		r->nmetric = n;
	}
	mean_add(&r->metric[id], x);
}

void
series_free(struct series *s)
{
	for (size_t k = 0; k < s->n; k++) {
		free(s->rows[k].metric);
		free(s->rows[k].count);
	}
	free(s->mem);
	s->rows = s->mem = NULL;
	s->n = s->cap = 0;
}
