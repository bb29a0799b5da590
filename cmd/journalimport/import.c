/* import.c: the run over one export: saying what was skipped and why, finding duplicated
 * rows, reading dates and times the exports write, and sending entries to standard output or
 * to daily notes, a note written whole and atomically once its day is complete. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "alloc.h"
#include "date.h"
#include "diagout.h"
#include "file.h"
#include "import.h"

/* Past this many problems with one export, the rest are counted, not said one by one: a
 * 100 MB export of the wrong kind would otherwise bury the terminal. */
#define SAY_MAX 1000

const struct importer importers[] = {
	{ "daylio", import_daylio, "Daylio's CSV export (mood, activities, note)" },
	{ "bearable", import_bearable, "Bearable's CSV export, long format" },
	{ "loop", import_loop, "Loop Habit Tracker's Checkmarks.csv" },
	{ "jrnl", import_jrnl, "the JSON export of jrnl" },
	{ NULL, NULL, NULL }
};

/* How many problems were said, and how many were not. */
static unsigned long said, unsaid;

static void
say(struct import *im, unsigned long line, unsigned long col, int skip, const char *fmt,
    va_list ap)
{
	if (skip)
		im->skipped++;
	if (said >= SAY_MAX) {
		unsaid++;
		return;
	}
	said++;
	diags_addv(&im->diags, SEV_WARNING, "import", 0, (int)(line > 0x7fffffff ? 0 : line),
	    (int)(col > 0x7fffffff ? 0 : col), NULL, fmt, ap);
	/* Said at once and forgotten, so that memory does not grow with the problems. */
	diag_say_notes("journalimport", im->file, &im->diags);
	diags_free(&im->diags);
	memset(&im->diags, 0, sizeof im->diags);
}

void
import_say(struct import *im, unsigned long line, int skip, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(im, line, 0, skip, fmt, ap);
	va_end(ap);
}

void
import_say_at(struct import *im, unsigned long line, unsigned long col, int skip,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(im, line, col, skip, fmt, ap);
	va_end(ap);
}

const char *
import_trim(const char *s, size_t *n)
{
	while (*n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		(*n)--;
	}
	while (*n > 0 && (s[*n - 1] == ' ' || s[*n - 1] == '\t'))
		(*n)--;
	return s;
}

int
import_date(const char *s, size_t n, long *day)
{
	s = import_trim(s, &n);
	if (n < 10 || (n > 10 && s[10] != 'T' && s[10] != ' '))
		return 0;
	return date_parse(s, 10, day);
}

void
import_bad_date(struct import *im, unsigned long line, const char *prefix, int ok,
    const char *s, size_t n)
{
	s = import_trim(s, &n);
	if (ok < 0)
		import_say(im, line, 1, "%s%.10s is not a day that exists; skipped", prefix, s);
	else
		import_say(im, line, 1, "%s'%.*s' is not a date YYYY-MM-DD; skipped", prefix,
		    (int)(n > 40 ? 40 : n), s);
}

/* Reads 1 or 2 digits at s[*i]; returns the number or -1. */
static int
digits2(const char *s, size_t n, size_t *i)
{
	int v = 0, k = 0;

	while (*i < n && k < 2 && s[*i] >= '0' && s[*i] <= '9') {
		v = v * 10 + (s[(*i)++] - '0');
		k++;
	}
	return k == 0 ? -1 : v;
}

int
import_time(const char *s, size_t n)
{
	size_t i = 0;
	int h, m, half = 0;

	s = import_trim(s, &n);
	if ((h = digits2(s, n, &i)) < 0 || i >= n || s[i++] != ':')
		return -1;
	if (i + 2 > n || (m = digits2(s, n, &i)) < 0 || m > 59)
		return -1;
	if (i < n && s[i] == ':') {          /* seconds, which the journal does not keep */
		i++;
		if (digits2(s, n, &i) < 0)
			return -1;
	}
	while (i < n && s[i] == ' ')
		i++;
	if (n - i == 2 && (s[i + 1] == 'm' || s[i + 1] == 'M')) {
		half = s[i] == 'a' || s[i] == 'A' ? 1 : s[i] == 'p' || s[i] == 'P' ? 2 : 0;
		if (half == 0 || h < 1 || h > 12)
			return -1;
		i += 2;
		h = h % 12 + (half == 2 ? 12 : 0);
	}
	if (i != n || h > 23)
		return -1;
	return h * 60 + m;
}

/* ---- duplicated rows ------------------------------------------------------------------ */

static unsigned long long
row_hash(const char *const *f, const size_t *len, size_t n)
{
	unsigned long long h = 14695981039346656037ULL;

	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < len[i]; k++)
			h = (h ^ (unsigned char)f[i][k]) * 1099511628211ULL;
		h = (h ^ 0x1f) * 1099511628211ULL;   /* between fields: "a,bc" is not "ab,c" */
	}
	return h != 0 ? h : 1;
}

/* The slot of hash in the table: its own, or the empty one where it would go. */
static size_t
slot(const struct import *im, unsigned long long hash)
{
	size_t i = (size_t)hash & (im->capseen - 1);

	while (im->seen[i].hash != 0 && im->seen[i].hash != hash)
		i = (i + 1) & (im->capseen - 1);
	return i;
}

unsigned long
import_seen(struct import *im, const char *const *f, const size_t *len, size_t n,
    unsigned long line)
{
	unsigned long long h = row_hash(f, len, n);
	size_t i;

	if (2 * (im->nseen + 1) > im->capseen) {
		struct seenrow *old = im->seen;
		size_t oldcap = im->capseen;

		im->capseen = oldcap ? 2 * oldcap : 1024;
		im->seen = xmalloc(im->capseen * sizeof *im->seen);
		memset(im->seen, 0, im->capseen * sizeof *im->seen);
		for (size_t k = 0; k < oldcap; k++)
			if (old[k].hash != 0)
				im->seen[slot(im, old[k].hash)] = old[k];
		free(old);
	}
	i = slot(im, h);
	if (im->seen[i].hash == h)
		return im->seen[i].line;
	im->seen[i].hash = h;
	im->seen[i].line = line;
	im->nseen++;
	return 0;
}

/* ---- where entries go ----------------------------------------------------------------- */

/* The day's note being gathered for --dir: its entries, rendered, and the rows in it. */
static char *group;
static size_t grouplen, groupcap;
static long groupday;
static unsigned long groupline, grouprows;

static int
day_written(const struct sink *s, long day, size_t *at)
{
	size_t lo = 0, hi = s->ndays;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->days[mid] < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	*at = lo;
	return lo < s->ndays && s->days[lo] == day;
}

static void
group_add(const char *s, size_t n)
{
	if (grouplen + n + 1 > groupcap) {
		groupcap = grouplen + n + 1 > 2 * groupcap ? grouplen + n + 1 : 2 * groupcap;
		group = xrealloc(group, groupcap);
	}
	memcpy(group + grouplen, s, n);
	grouplen += n;
}

/* Writes the gathered note: a new file (0600), or, for a day this run has written already or
 * with --merge, the note that is there with the entries below it. */
static int
group_flush(struct import *im)
{
	struct sink *s = im->sink;
	char date[DATE_BUFSIZE], *path;
	struct file_text old = { 0 };
	struct stat st;
	size_t at, plen;
	int again, exists, r;

	if (grouprows == 0)
		return 0;
	plen = strlen(s->dir) + sizeof "/YYYY-MM-DD.md" + 8;
	path = xmalloc(plen);
	snprintf(path, plen, "%s/%s.md", s->dir, date_format(groupday, date));
	again = day_written(s, groupday, &at);
	exists = stat(path, &st) == 0;
	if (exists && !again && !s->merge) {
		import_say(im, groupline, 0, "%s exists: not overwritten (--merge adds the "
		    "entries below it)", path);
		goto skipped;
	}
	if (exists) {
		if (file_read(&old, path) < 0) {
			import_say(im, groupline, 0, "%s: %s", path, strerror(errno));
			goto skipped;
		}
		/* The old note, a blank line, then the entries. */
		{
			size_t need = old.len + 2 + grouplen;
			char *all = xmalloc(need ? need : 1), *p = all;

			memcpy(p, old.data, old.len);
			p += old.len;
			if (old.len > 0 && old.data[old.len - 1] != '\n')
				*p++ = '\n';
			if (old.len > 0)
				*p++ = '\n';
			memcpy(p, group, grouplen);
			p += grouplen;
			r = file_write_atomic(path, all, (size_t)(p - all), &st);
			free(all);
		}
		file_free(&old);
	} else {
		r = file_write_atomic(path, group, grouplen, NULL);
	}
	if (r != 0) {
		import_say(im, groupline, 0, "%s: %s", path, r == FILE_CHANGED ?
		    "changed while being written; not written" : strerror(errno));
		goto skipped;
	}
	if (!again) {
		if (s->ndays == s->capdays) {
			s->capdays = s->capdays ? 2 * s->capdays : 64;
			s->days = xrealloc(s->days, s->capdays * sizeof *s->days);
		}
		memmove(s->days + at + 1, s->days + at, (s->ndays - at) * sizeof *s->days);
		s->days[at] = groupday;
		s->ndays++;
	}
	free(path);
	grouplen = grouprows = 0;
	return 0;
skipped:
	im->converted -= grouprows;
	im->skipped += grouprows;
	free(path);
	grouplen = grouprows = 0;
	return -1;
}

int
import_put(struct import *im, struct ientry *e, unsigned long line)
{
	struct sink *s = im->sink;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	if (e->day > im->today)
		import_say(im, line, 0, "the date is after today (--today sets today); converted");
	if (s->dir == NULL) {
		if (s->written++ > 0)
			fputc('\n', s->out);
		ientry_write(s->out, e);
		im->converted++;
		return 0;
	}
	if (grouprows > 0 && e->day != groupday)
		(void)group_flush(im);
	if ((fp = open_memstream(&buf, &len)) == NULL)
		out_of_memory();
	ientry_write(fp, e);
	if (fclose(fp) != 0)
		out_of_memory();
	if (grouprows == 0) {
		groupday = e->day;
		groupline = line;
	} else {
		group_add("\n", 1);
	}
	group_add(buf, len);
	free(buf);
	grouprows++;
	im->converted++;
	return 0;
}

void
sink_free(struct sink *s)
{
	free(s->days);
	free(group);
	group = NULL;
	groupcap = 0;
}

int
import_file(const struct importer *fmt, const char *file, FILE *fp, struct sink *sink,
    struct import *opts)
{
	struct import *im = opts;
	int status;

	im->file = file;
	im->sink = sink;
	said = unsaid = 0;
	ientry_init(&im->entry, 0, -1);
	fmt->run(im, fp);
	if (sink->dir != NULL)
		(void)group_flush(im);
	if (unsaid > 0) {
		diags_add(&im->diags, SEV_WARNING, "import", 0, 0, 0, NULL,
		    "%lu more problems not said one by one", unsaid);
		diag_say_notes("journalimport", im->file, &im->diags);
	}
	status = im->fatal || (im->converted == 0 && im->skipped > 0) ? 2 :
	    im->skipped > 0 ? 1 : 0;
	diags_free(&im->diags);
	ientry_free(&im->entry);
	free(im->seen);
	im->seen = NULL;
	im->nseen = im->capseen = 0;
	return status;
}
