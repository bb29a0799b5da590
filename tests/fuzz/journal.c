/* journal.c: fuzzes the journal reader: the input is one Markdown journal file, read as a
 * journal.md and as a daily note, with and without the per-line hook sessionsheet uses. */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "fuzz.h"
#include "journal.h"

/* What a read saw, folded into one number, so that two reads of the same text can be held to
 * seeing the same entries. */
struct seen {
	const struct journal *j;
	unsigned long long hash;
	size_t entries, lines;
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
	mix(s, e->title, strlen(e->title));
	mix(s, e->first, strlen(e->first));
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

/* Reads the len bytes at buf as the file name; hooked adds on_line, named adds names first,
 * as journalstat does for the tags and metrics its goals count. */
static struct seen
read_as(const char *name, const char *buf, size_t len, int hooked, int named)
{
	struct journal j;
	struct seen s = { &j, 14695981039346656037ULL, 0, 0 };

	journal_init(&j, "fuzz", on_entry, &s);
	if (hooked)
		j.on_line = on_line;
	if (named && (journal_tag(&j, "#Social", 7) != 0 || journal_metric(&j, "Mood", 4) != 0 ||
	    journal_tag(&j, "social", 6) != 0))
		abort();
	journal_read_buffer(&j, name, buf, len);
	mix(&s, &j.warnings, sizeof j.warnings);
	journal_free(&j);
	return s;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A buffer of its own, so that reading past its end is caught. */
	char *buf = malloc(size ? size : 1), name[72];
	struct seen plain, hooked;
	long day;
	int y, m, d;
	size_t n;

	if (buf == NULL)
		abort();
	memcpy(buf, data, size);
	plain = read_as("journal.md", buf, size, 0, 0);
	hooked = read_as("journal.md", buf, size, 1, 0);
	/* The hook only watches: the entries, and the warnings, are the same without it. */
	if (plain.hash != hooked.hash || plain.entries != hooked.entries)
		abort();
	(void)read_as("notes/2026-01-14 evening.md", buf, size, 1, 1);

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
