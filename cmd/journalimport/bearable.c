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
