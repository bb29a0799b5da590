/* bearable.c: Bearable's CSV export in its long format, a row a rating, a factor or a note:
 * date, time of day, category, rating/amount, detail, notes.  The rows of one date make one
 * entry: a rating is a field named by its detail (a symptom) or else its category (mood,
 * energy, sleep), a detail without a rating is a tag (a factor), and notes are its text. */
#include <stdio.h>
#include <string.h>

#include "csvin.h"
#include "import.h"

/* The columns read, all but the last required; in the order of enum col. */
static const char *const columns[] = { "date", "category", "rating/amount", "detail", "notes",
	"time of day" };
enum col { C_DATE, C_CATEGORY, C_RATING, C_DETAIL, C_NOTES, C_TIME, C_COUNT };

static int
header(struct import *im, const struct csvrow *r)
{
	return csvin_columns(im, r, columns, im->state, C_COUNT, 5, "a Bearable export",
	    "date,date formatted,weekday,time of day,category,rating/amount,detail,notes");
}

/* Whether s (n bytes) is a rating or an amount as Bearable writes one: digits, and a
 * fraction after a point ("3", "7.5"). */
static int
is_amount(const char *s, size_t n)
{
	size_t i = 0, digits = 0;

	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (digits > 0 && i + 1 < n && s[i] == '.')
		for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
	return digits > 0 && i == n;
}

/* A rating that is no number is refused with its row, not written as a field a journal
 * reader could not count; its column is where the field starts.  Returns 1 when it is. */
static int
bad_rating(struct import *im, const struct csvrow *r, int col)
{
	size_t n;
	const char *s = csvin_field(r, col, &n);

	if (n == 0 || is_amount(s, n))
		return 0;
	/* At most 20 bytes of it, not cutting a character. */
	if (n > 20)
		for (n = 20; n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80; n--)
			;
	import_say_at(im, r->at[col].line, r->at[col].col, 1, "'%.*s' under '%s' is not a "
	    "number; row skipped", (int)n, s, columns[C_RATING]);
	return 1;
}

static int
row(struct import *im, const struct csvrow *r)
{
	const int *b = im->state;
	struct ientry *e = &im->entry;
	const char *s, *cat, *rating, *detail;
	size_t n, catn, ratingn, detailn;
	long day;
	int ok;

	if (r->header)
		return header(im, r);
	s = csvin_field(r, b[C_DATE], &n);
	if ((ok = import_date(s, n, &day)) <= 0) {
		import_bad_date(im, r->line, "", ok, s, n);
		return 0;
	}
	if (bad_rating(im, r, b[C_RATING]))
		return 0;
	/* A new date: the entry of the last one is complete. */
	if (im->pending && e->day != day) {
		(void)import_put(im, e, im->entry_line);
		im->pending = 0;
	}
	if (!im->pending) {
		s = csvin_field(r, b[C_TIME], &n);
		ientry_reset(e, day, n > 0 ? import_time(s, n) : -1);
		im->pending = 1;
		im->entry_line = r->line;
	}
	cat = csvin_field(r, b[C_CATEGORY], &catn);
	rating = csvin_field(r, b[C_RATING], &ratingn);
	detail = csvin_field(r, b[C_DETAIL], &detailn);
	if (ratingn > 0)
		ientry_field(e, detailn > 0 ? detail : cat, detailn > 0 ? detailn : catn, rating,
		    ratingn);
	else if (detailn > 0)
		ientry_tag(e, detail, detailn);
	s = csvin_field(r, b[C_NOTES], &n);
	ientry_text(e, s, n);
	return 0;
}

void
import_bearable(struct import *im, FILE *fp)
{
	int b[C_COUNT];

	im->state = b;
	(void)csvin_read(im, fp, row);
	if (im->pending)
		(void)import_put(im, &im->entry, im->entry_line);
	im->pending = 0;
	im->state = NULL;
}
