/* diag.c: the list of findings. */
#include <err.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "diag.h"

void
diags_add(struct diags *d, enum severity sev, const char *rule, char smart,
    int line, int col, const char *goal, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diags_addv(d, sev, rule, smart, line, col, goal, fmt, ap);
	va_end(ap);
}

void
diags_addv(struct diags *d, enum severity sev, const char *rule, char smart,
    int line, int col, const char *goal, const char *fmt, va_list ap)
{
	struct diag *g;
	char small[256];
	va_list again;
	int n;

	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 16;
		d->v = xrealloc(d->v, d->cap * sizeof *d->v);
	}
	g = &d->v[d->n];
	g->sev = sev;
	g->rule = rule;
	g->smart = smart;
	g->line = line;
	g->col = col;
	g->scope = d->scope;
	g->goal = goal ? arena_strndup(&d->texts, goal, strlen(goal)) : NULL;
	g->fix = NULL;
	/* Most messages fit the small buffer: format once, then copy. */
	va_copy(again, ap);
	n = vsnprintf(small, sizeof small, fmt, ap);
	if (n < 0)
		n = 0;
	if ((size_t)n < sizeof small) {
		g->message = arena_strndup(&d->texts, small, (size_t)n);
	} else {
		g->message = arena_alloc(&d->texts, (size_t)n + 1, 1);
		vsnprintf(g->message, (size_t)n + 1, fmt, again);
	}
	va_end(again);
	/* A finding is one line: quoted text may carry a newline or a tab from the file. */
	for (char *c = g->message; *c != '\0'; c++)
		if ((unsigned char)*c < 0x20)
			*c = ' ';
	d->n++;
}

/* A merge sort, because qsort is not stable and equal positions keep the order rules ran in.
 * It recurses log2 n deep. */
static void	/* NOLINTNEXTLINE(misc-no-recursion) */
merge(struct diag *v, struct diag *tmp, size_t n)
{
	size_t h = n / 2, i = 0, j = h, k = 0;

	if (n < 2)
		return;
	merge(v, tmp, h);
	merge(v + h, tmp, n - h);
	while (i < h && j < n) {
		if (v[j].line < v[i].line || (v[j].line == v[i].line && v[j].col < v[i].col))
			tmp[k++] = v[j++];
		else
			tmp[k++] = v[i++];
	}
	while (i < h)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof *v);
}

void
diags_sort(struct diags *d)
{
	struct diag *tmp;

	if (d->n < 2)
		return;
	tmp = xmalloc(d->n * sizeof *tmp);
	merge(d->v, tmp, d->n);
	free(tmp);
}

void
diags_fix(struct diags *d, const char *fix)
{
	if (d->n > 0 && fix != NULL)
		d->v[d->n - 1].fix = arena_strndup(&d->texts, fix, strlen(fix));
}

void
diags_free(struct diags *d)
{
	arena_free(&d->texts);
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
}

void
diag_files_take(struct diag_files *f, const char *file, struct diags *d)
{
	f->v = xrealloc(f->v, (f->n + 1) * sizeof *f->v);
	f->v[f->n].file = xstrndup(file, strlen(file));
	f->v[f->n].d = *d;
	f->n++;
	memset(d, 0, sizeof *d);
}

void
diag_files_free(struct diag_files *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->v[i].file);
		diags_free(&f->v[i].d);
	}
	free(f->v);
	f->v = NULL;
	f->n = 0;
}

static const char *const severity_names[] = { "info", "warning", "error" };

const char *
severity_name(enum severity s)
{
	return severity_names[s];
}

int
severity_parse(const char *s)
{
	for (int i = SEV_INFO; i <= SEV_ERROR; i++)
		if (strcmp(s, severity_names[i]) == 0)
			return i;
	return -1;
}
