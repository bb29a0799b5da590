/* journal.c: fuzzes the journal reader: the input is one Markdown journal file, read as a
 * journal.md and as a daily note, with and without the per-line hook sessionsheet uses; and
 * read from a file in pieces of 64 bytes on two threads (journal_pieces.c), with no memo of
 * months and field lines (journal.c), with each slower line scanner the processor has, and
 * keeping no entry's text (journal.no_text), each of which must see what one thread reading
 * it from the start sees, finding for finding. */
#define _DEFAULT_SOURCE   /* mkstemp, setenv */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "date.h"
#include "diag.h"
#include "fuzz.h"
#include "journal.h"

/* What a read saw, folded into one number, so that two reads of the same text can be held to
 * seeing the same entries. */
struct seen {
	const struct journal *j;
	unsigned long long hash;
	size_t entries, lines;
	int no_text;        /* entries' titles and first lines are not mixed in, and must be "" */
};

static volatile size_t sink;

static void
mix(struct seen *s, const void *p, size_t n)
{
	const unsigned char *b = p;

	for (size_t i = 0; i < n; i++)
		s->hash = (s->hash ^ b[i]) * 1099511628211ULL;
}

static void
on_entry(const struct entry *e, void *ctx)
{
	struct seen *s = ctx;

	/* Every id an entry hands out must name a tag or metric the journal knows. */
	for (size_t i = 0; i < e->nmetrics; i++) {
		if (e->metrics[i].id < 0 || (size_t)e->metrics[i].id >= s->j->metrics.n)
			abort();
		mix(s, &e->metrics[i].id, sizeof e->metrics[i].id);
		mix(s, &e->metrics[i].value, sizeof e->metrics[i].value);
	}
	for (size_t i = 0; i < e->ntags; i++) {
		if (e->tags[i].id < 0 || (size_t)e->tags[i].id >= s->j->tags.n ||
		    e->tags[i].count == 0 || !entry_has_tag(e, e->tags[i].id))
			abort();
		/* Field by field: the struct has padding, which holds anything. */
		mix(s, &e->tags[i].id, sizeof e->tags[i].id);
		mix(s, &e->tags[i].count, sizeof e->tags[i].count);
	}
	if (e->file == NULL || e->title == NULL || e->first == NULL || e->line < 1 ||
	    e->minute < -1 || e->minute >= 24 * 60)
		abort();
	mix(s, &e->line, sizeof e->line);
	mix(s, &e->day, sizeof e->day);
	mix(s, &e->minute, sizeof e->minute);
	mix(s, &e->words, sizeof e->words);
	if (s->no_text == 2 && (e->title[0] != '\0' || e->first[0] != '\0'))
		abort();
	if (!s->no_text) {
		mix(s, e->title, strlen(e->title));
		mix(s, e->first, strlen(e->first));
	}
	s->entries++;
}

static void
on_line(const struct entry_line *l, void *ctx)
{
	struct seen *s = ctx;

	if (l->entry == NULL || l->text == NULL || l->line < 1)
		abort();
	/* The text is not NUL-ended: read exactly its len bytes. */
	for (size_t i = 0; i < l->len; i++) {
		if (l->text[i] == '\n')
			abort();
		sink += (unsigned char)l->text[i];
	}
	for (size_t i = 0; i < l->ntags; i++)
		if (l->tags[i] < 0 || (size_t)l->tags[i] >= s->j->tags.n)
			abort();
	s->lines++;
}

/* The findings kept, line, rule and message. */
static void
mix_findings(struct seen *s, const struct diag_files *kept)
{
	for (size_t i = 0; i < kept->n; i++)
		for (size_t k = 0; k < kept->v[i].d.n; k++) {
			const struct diag *d = &kept->v[i].d.v[k];

			mix(s, &d->line, sizeof d->line);
			mix(s, d->rule, strlen(d->rule));
			mix(s, d->message, strlen(d->message));
		}
}

/* Reads the len bytes at buf as the file name, or the file at path when path is set;
 * hooked adds on_line, named adds names first, as journalstat does for the tags and metrics
 * its goals count. */
static int no_memo;  /* read_as's reader keeps no month and no field line */
static int scan;     /* and scans lines with this scanner at most (enum journal_scan) */
/* 1: entries' text is not looked at; 2: nor kept, as journalstat asks (journal.no_text) */
static int no_text;

static struct seen
read_as(const char *name, const char *buf, size_t len, int hooked, int named, const char *path)
{
	struct journal j;
	struct diag_files kept = { 0 };
	struct seen s = { &j, 14695981039346656037ULL, 0, 0, no_text };

	journal_init(&j, "fuzz", on_entry, &s);
	j.keep = &kept;
	j.no_memo = no_memo;
	j.no_text = no_text == 2;
	j.scan = scan;
	if (hooked)
		j.on_line = on_line;
	if (named && (journal_tag(&j, "#Social", 7) != 0 || journal_metric(&j, "Mood", 4) != 0 ||
	    journal_tag(&j, "social", 6) != 0))
		abort();
	if (path != NULL)
		(void)journal_read(&j, path);
	else
		journal_read_buffer(&j, name, buf, len);
	journal_check_names(&j);
	journal_check_dates(&j);
	mix(&s, &j.warnings, sizeof j.warnings);
	mix_findings(&s, &kept);
	diag_files_free(&kept);
	journal_free(&j);
	return s;
}

static char path[] = "/tmp/goalkit-fuzz-XXXXXX";

static void
remove_path(void)
{
	unlink(path);
}

/* The input, written to a file of its own, read in pieces (GOALKIT_PIECE, set once). */
static struct seen
read_in_pieces(const char *buf, size_t len, int named)
{
	static int fd = -1;

	if (fd < 0) {
		if (setenv("GOALKIT_PIECE", "64", 1) != 0 || setenv("GOALKIT_THREADS", "2", 1) != 0 ||
		    (fd = mkstemp(path)) < 0)
			abort();
		atexit(remove_path);
	}
	if (ftruncate(fd, 0) != 0 || pwrite(fd, buf, len, 0) != (ssize_t)len)
		abort();
	return read_as(path, NULL, 0, 0, named, path);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A buffer of its own, so that reading past its end is caught. */
	char *buf = malloc(size ? size : 1), name[72];
	struct seen plain, hooked, named, pieces;
	long day;
	int y, m, d;
	size_t n;

	if (buf == NULL)
		abort();
	memcpy(buf, data, size);
	plain = read_as("journal.md", buf, size, 0, 0, NULL);
	hooked = read_as("journal.md", buf, size, 1, 0, NULL);
	/* The hook only watches: the entries, and the warnings, are the same without it. */
	if (plain.hash != hooked.hash || plain.entries != hooked.entries)
		abort();
	/* Headings and field lines read in full each time give what the memos give. */
	no_memo = 1;
	hooked = read_as("journal.md", buf, size, 0, 0, NULL);
	no_memo = 0;
	if (plain.hash != hooked.hash || plain.entries != hooked.entries)
		abort();
	/* The scanners agree (the fastest the processor has read plain). */
	for (scan = JOURNAL_SCAN_PORTABLE; scan < JOURNAL_SCAN_AVX512; scan++) {
		hooked = read_as("journal.md", buf, size, 0, 0, NULL);
		if (plain.hash != hooked.hash || plain.entries != hooked.entries)
			abort();
	}
	scan = JOURNAL_SCAN_BEST;
	pieces = read_in_pieces(buf, size, 0);
	if (pieces.hash != plain.hash || pieces.entries != plain.entries)
		abort();
	/* A reader that keeps no entry's text sees, and warns about, all the rest the same,
	 * on one thread and in pieces. */
	no_text = 1;
	plain = read_as("journal.md", buf, size, 0, 0, NULL);
	no_text = 2;
	hooked = read_as("journal.md", buf, size, 0, 0, NULL);
	pieces = read_in_pieces(buf, size, 0);
	no_text = 0;
	if (plain.hash != hooked.hash || plain.entries != hooked.entries ||
	    pieces.hash != plain.hash || pieces.entries != plain.entries)
		abort();
	named = read_as("journal.md", buf, size, 0, 1, NULL);
	pieces = read_in_pieces(buf, size, 1);
	if (pieces.hash != named.hash || pieces.entries != named.entries)
		abort();
	(void)read_as("notes/2026-01-14 evening.md", buf, size, 1, 1, NULL);

	/* The first line as a path, for the readers of note dates and file names. */
	for (n = 0; n < size && n < sizeof name - 1 && buf[n] != '\n' && buf[n] != '\0'; n++)
		name[n] = buf[n];
	name[n] = '\0';
	if (journal_note_date(name, &day)) {
		date_to_ymd(day, &y, &m, &d);
		if (y < 0 || y > 9999)
			abort();
	}
	sink += (size_t)journal_is_markdown(name);
	free(buf);
	return 0;
}
