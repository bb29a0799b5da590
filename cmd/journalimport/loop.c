/* loop.c: Loop Habit Tracker's Checkmarks.csv, the file of its CSV export with every habit:
 * "Date" and a column per habit, a row per day.  A habit done that day is a tag, or with
 * --habit-fields a field "habit: 1" (and "habit: 0" for one not done); a measured habit's
 * amount is a field either way. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "csvin.h"
#include "import.h"

/* What a cell says, by the names Loop writes (Entry.formattedValue) and the numbers older
 * exports wrote for the same (2 done, 1 not due, 0 not done, -1 unknown, 3 skipped). */
enum mark { MARK_NONE, MARK_DONE, MARK_AUTO, MARK_NO, MARK_SKIP, MARK_AMOUNT, MARK_BAD };

static const struct {
	const char *name;
	enum mark mark;
} marks[] = {
	{ "", MARK_NONE }, { "UNKNOWN", MARK_NONE }, { "-1", MARK_NONE },
	{ "YES_MANUAL", MARK_DONE }, { "2", MARK_DONE },
	{ "YES_AUTO", MARK_AUTO }, { "1", MARK_AUTO },
	{ "NO", MARK_NO }, { "0", MARK_NO },
	{ "SKIP", MARK_SKIP }, { "3", MARK_SKIP },
};

struct loop {
	char **habits;   /* by column; NULL for the date and unnamed columns */
	size_t n;
};

static void
loop_free(struct loop *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->habits[i]);
	free(l->habits);
}

/* s lower-cased in ASCII, in *buf (grown to fit). */
static const char *
lowered(char **buf, size_t *cap, const char *s)
{
	size_t n = strlen(s);

	if (n + 1 > *cap) {
		*cap = 2 * (n + 1);
		*buf = xrealloc(*buf, *cap);
	}
	for (size_t i = 0; i <= n; i++)
		(*buf)[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	return *buf;
}

/* Loop lets two habits share a name, and both would write one field in an entry, of which
 * the journal keeps the last: a done habit read as not done.  A name met again (in any case)
 * is read as "NAME 2" (or 3, ...), and said. */
static void
unique_habits(struct import *im, struct loop *l, unsigned long line)
{
	struct names seen = { 0 };
	char *low = NULL, *name;
	size_t cap = 0;

	for (size_t i = 1; i < l->n; i++) {
		if ((name = l->habits[i]) == NULL)
			continue;
		for (int k = 2; names_find(&seen, lowered(&low, &cap, name), strlen(name)) >= 0;
		    k++) {
			size_t len = strlen(l->habits[i]) + 16;

			if (name != l->habits[i])
				free(name);
			name = xmalloc(len);
			snprintf(name, len, "%s %d", l->habits[i], k);
		}
		names_add(&seen, lowered(&low, &cap, name), strlen(name));
		if (name != l->habits[i]) {
			import_say(im, line, 0, "two habits are named '%s': the second is read as "
			    "'%s'", l->habits[i], name);
			free(l->habits[i]);
			l->habits[i] = name;
		}
	}
	free(low);
	names_free(&seen);
}

static int
header(struct import *im, const struct csvrow *r)
{
	struct loop *l = im->state;

	if (csvin_column(r, "Date") != 0 || r->n < 2) {
		import_say(im, r->line, 0, "not Loop's Checkmarks.csv: the header must be Date "
		    "and then a column per habit (Date,HABIT,HABIT,...)");
		im->fatal = 1;
		return -1;
	}
	l->n = r->n;
	l->habits = xmalloc(r->n * sizeof *l->habits);
	l->habits[0] = NULL;
	for (size_t i = 1; i < r->n; i++) {
		size_t n = r->len[i];
		const char *s = import_trim(r->f[i], &n);

		l->habits[i] = n > 0 ? xstrndup(s, n) : NULL;
	}
	unique_habits(im, l, r->line);
	return 0;
}

/* What the cell s (n bytes, trimmed) says; an amount in *amount, in the habit's unit (Loop
 * writes thousandths). */
static enum mark
read_mark(const char *s, size_t n, double *amount)
{
	char buf[32], *end;

	*amount = 0;
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (strlen(marks[i].name) == n && strncasecmp(marks[i].name, s, n) == 0)
			return marks[i].mark;
	if (n == 0 || n >= sizeof buf)
		return MARK_BAD;
	memcpy(buf, s, n);
	buf[n] = '\0';
	*amount = strtod(buf, &end) / 1000;
	return *end == '\0' && *amount >= 0 ? MARK_AMOUNT : MARK_BAD;
}

static int
row(struct import *im, const struct csvrow *r)
{
	struct loop *l = im->state;
	struct ientry *e = &im->entry;
	enum mark m[CSVIN_FIELDS_MAX];
	double amount[CSVIN_FIELDS_MAX];
	size_t n = r->len[0], any = 0;
	const char *s = import_trim(r->f[0], &n);
	long day;
	int ok;

	if (r->header)
		return header(im, r);
	if ((ok = import_date(s, n, &day)) <= 0) {
		import_bad_date(im, r->line, "", ok, s, n);
		return 0;
	}
	/* Every cell is read before anything is written, so a bad one skips the whole row. */
	for (size_t i = 1; i < r->n && i < l->n; i++) {
		n = r->len[i];
		s = import_trim(r->f[i], &n);
		m[i] = l->habits[i] == NULL ? MARK_NONE : read_mark(s, n, &amount[i]);
		if (m[i] == MARK_BAD) {
			import_say(im, r->line, 1, "'%.*s' under '%s' is not a checkmark (YES_MANUAL, "
			    "YES_AUTO, NO, SKIP, UNKNOWN or an amount); row skipped",
			    (int)(n > 40 ? 40 : n), s, l->habits[i]);
			return 0;
		}
		any += m[i] == MARK_DONE || m[i] == MARK_AMOUNT || (im->loop_fields && m[i] == MARK_NO);
	}
	/* A day with nothing done (or known) is no entry. */
	if (any == 0)
		return 0;
	ientry_reset(e, day, -1);
	for (size_t i = 1; i < r->n && i < l->n; i++) {
		const char *h = l->habits[i];
		char num[32];

		if (m[i] == MARK_AMOUNT) {
			snprintf(num, sizeof num, "%g", amount[i]);
			ientry_field(e, h, strlen(h), num, strlen(num));
		} else if (im->loop_fields && (m[i] == MARK_DONE || m[i] == MARK_NO)) {
			ientry_field(e, h, strlen(h), m[i] == MARK_DONE ? "1" : "0", 1);
		} else if (m[i] == MARK_DONE) {
			ientry_tag(e, h, strlen(h));
		}
	}
	return import_put(im, e, r->line);
}

void
import_loop(struct import *im, FILE *fp)
{
	struct loop l = { NULL, 0 };

	im->state = &l;
	(void)csvin_read(im, fp, row);
	loop_free(&l);
	im->state = NULL;
}
