/* daylio.c: Daylio's CSV export, a row an entry: full_date,date,weekday,time,mood,activities,
 * note_title,note (newer exports add scales).  A mood is a person's own word, made a number by
 * the mood scale; activities become tags. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "csvin.h"
#include "import.h"

/* Daylio's five moods as it ships them, best first. */
const char daylio_default_scale[] = "rad=5,good=4,meh=3,bad=2,awful=1";

#define SCALE_MAX 64

struct mood {
	char label[64];
	char value[32];
};

/* The columns read, the first five required; in the order of enum col. */
static const char *const columns[] = { "full_date", "time", "mood", "activities", "note",
	"note_title", "scales" };
enum col { C_DATE, C_TIME, C_MOOD, C_ACTIVITIES, C_NOTE, C_TITLE, C_SCALES, C_COUNT };

/* The columns found in the header, and the scale. */
struct daylio {
	int col[C_COUNT];
	struct mood scale[SCALE_MAX];
	size_t nscale;
	char names[256];   /* the labels, for a message about one that is not there */
};

/* Parses "label=N,label=N": returns NULL, or what is wrong with it. */
static const char *
parse_scale(const char *spec, struct daylio *d)
{
	static char why[160];
	const char *p = spec;

	d->nscale = 0;
	d->names[0] = '\0';
	while (*p != '\0') {
		const char *comma = strchr(p, ','), *eq;
		size_t n = comma != NULL ? (size_t)(comma - p) : strlen(p), ln, vn;
		const char *label, *value;
		char *end, num[32];

		eq = memchr(p, '=', n);
		if (eq == NULL || d->nscale == SCALE_MAX) {
			snprintf(why, sizeof why, "'%.*s' is not LABEL=NUMBER", (int)(n > 60 ? 60 : n), p);
			return why;
		}
		ln = (size_t)(eq - p);
		label = import_trim(p, &ln);
		vn = n - (size_t)(eq + 1 - p);
		value = import_trim(eq + 1, &vn);
		if (ln == 0 || ln >= sizeof d->scale[0].label || vn == 0 || vn >= sizeof num) {
			snprintf(why, sizeof why, "'%.*s' is not LABEL=NUMBER", (int)(n > 60 ? 60 : n), p);
			return why;
		}
		memcpy(num, value, vn);
		num[vn] = '\0';
		(void)strtod(num, &end);
		if (*end != '\0') {
			snprintf(why, sizeof why, "'%s' is not a number", num);
			return why;
		}
		memcpy(d->scale[d->nscale].label, label, ln);
		d->scale[d->nscale].label[ln] = '\0';
		memcpy(d->scale[d->nscale].value, num, vn + 1);
		if (strlen(d->names) + ln + 3 < sizeof d->names)
			snprintf(d->names + strlen(d->names), sizeof d->names - strlen(d->names), "%s%s",
			    d->nscale ? ", " : "", d->scale[d->nscale].label);
		d->nscale++;
		p += n + (comma != NULL);
	}
	if (d->nscale == 0)
		return "no LABEL=NUMBER in it";
	return NULL;
}

const char *
daylio_scale_error(const char *spec)
{
	struct daylio d;

	return parse_scale(spec, &d);
}

static int
header(struct import *im, const struct csvrow *r)
{
	struct daylio *d = im->state;

	return csvin_columns(im, r, columns, d->col, C_COUNT, 5, "a Daylio export",
	    "full_date,date,weekday,time,mood,activities,note_title,note");
}

static const struct mood *
find_mood(const struct daylio *d, const char *s, size_t n)
{
	s = import_trim(s, &n);
	for (size_t i = 0; i < d->nscale; i++)
		if (strlen(d->scale[i].label) == n && strncasecmp(d->scale[i].label, s, n) == 0)
			return &d->scale[i];
	return NULL;
}

static int
row(struct import *im, const struct csvrow *r)
{
	struct daylio *d = im->state;
	struct ientry *e = &im->entry;
	const struct mood *m = NULL;
	const char *s;
	size_t n;
	long day;
	int minute = -1, ok;

	if (r->header)
		return header(im, r);
	s = csvin_field(r, d->col[C_DATE], &n);
	if ((ok = import_date(s, n, &day)) <= 0) {
		import_bad_date(im, r->line, "", ok, s, n);
		return 0;
	}
	s = csvin_field(r, d->col[C_TIME], &n);
	if (n > 0 && (minute = import_time(s, n)) < 0) {
		import_say(im, r->line, 1, "'%.*s' is not a time of day; row skipped",
		    (int)(n > 40 ? 40 : n), s);
		return 0;
	}
	s = csvin_field(r, d->col[C_MOOD], &n);
	if (n > 0 && (m = find_mood(d, s, n)) == NULL) {
		import_say(im, r->line, 1, "the mood '%.*s' is not on the mood scale (%s): give it "
		    "a number with --mood-scale; row skipped", (int)(n > 40 ? 40 : n), s, d->names);
		return 0;
	}
	ientry_reset(e, day, minute);
	s = csvin_field(r, d->col[C_TITLE], &n);
	ientry_title(e, s, n);
	if (m != NULL)
		ientry_field(e, "mood", 4, m->value, strlen(m->value));
	/* Activities are separated by " | ". */
	s = csvin_field(r, d->col[C_ACTIVITIES], &n);
	while (n > 0) {
		const char *bar = memchr(s, '|', n);
		size_t k = bar != NULL ? (size_t)(bar - s) : n;

		ientry_tag(e, s, k);
		s += k;
		n -= k;
		if (n > 0) {
			s++;
			n--;
		}
	}
	s = csvin_field(r, d->col[C_NOTE], &n);
	ientry_text(e, s, n);
	/* What the scales column holds is kept as it is, as text: not a field, which it would
	 * be read as only if its form were known. */
	s = csvin_field(r, d->col[C_SCALES], &n);
	if (n > 0) {
		char *t = xmalloc(n + 9);

		snprintf(t, n + 9, "scales: %.*s", (int)n, s);
		ientry_text(e, t, n + 8);
		free(t);
	}
	return import_put(im, e, r->line);
}

void
import_daylio(struct import *im, FILE *fp)
{
	struct daylio d;
	const char *why = parse_scale(im->mood_scale != NULL ? im->mood_scale :
	    daylio_default_scale, &d);

	if (why != NULL) {
		import_say(im, 0, 0, "--mood-scale: %s", why);
		im->fatal = 1;
		return;
	}
	im->state = &d;
	(void)csvin_read(im, fp, row);
	im->state = NULL;
}
