/* entry.c: an imported entry, built field by field and tag by tag, and its one rendering as
 * journal(5) Markdown, whichever importer built it and wherever it goes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "import.h"
#include "journal.h"
#include "text.h"

void
ientry_init(struct ientry *e, long day, int minute)
{
	memset(e, 0, sizeof *e);
	e->day = day;
	e->minute = minute;
}

void
ientry_reset(struct ientry *e, long day, int minute)
{
	e->day = day;
	e->minute = minute;
	e->title = NULL;
	e->nfields = e->ntags = e->textlen = 0;
	if (e->text != NULL)
		e->text[0] = '\0';
	arena_free(&e->mem);
	names_free(&e->seen);
}

void
ientry_free(struct ientry *e)
{
	free(e->fields);
	free(e->tags);
	free(e->text);
	arena_free(&e->mem);
	names_free(&e->seen);
	memset(e, 0, sizeof *e);
}

/* An entry's tags are looked for one by one up to this many, then in a hash set. */
#define TAGS_LOOKED_AT 16

/* A copy of s in one line: control characters (a newline inside a quoted field) become
 * spaces, as a heading or a field must be one line. */
static char *
one_line(struct ientry *e, const char *s, size_t n)
{
	char *c;

	s = import_trim(s, &n);
	c = arena_strndup(&e->mem, s, n);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)c[i] < 0x20 || c[i] == 0x7f)
			c[i] = ' ';
	return c;
}

void
ientry_title(struct ientry *e, const char *s, size_t n)
{
	s = import_trim(s, &n);
	e->title = n > 0 ? one_line(e, s, n) : NULL;
}

/* The journal's form of a label: letters and digits kept (lower-cased in ASCII), every run of
 * anything else one '-', none at either end.  "Movies / TV" is "movies-tv".  Written into a
 * copy in e's arena; returns its length (0: nothing was left). */
static size_t
slug(struct ientry *e, const char *s, size_t n, char **out)
{
	char *c = arena_alloc(&e->mem, n + 1, 1);
	size_t len = 0, i = 0;
	int dash = 0;

	while (i < n) {
		unsigned char ch = (unsigned char)s[i];
		size_t step = ch < 0x80 ? 1 : text_utf8_len(s + i, n - i);
		int keep;

		if (step == 0)
			step = 1;
		/* A letter of any script or a digit, by the journal's own tag rule. */
		keep = ch < 0x80 ? (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ||
		    (ch >= 'A' && ch <= 'Z') || ch == '_' : journal_tag_len(s + i, step) == step;
		if (!keep) {
			dash = len > 0;
		} else {
			if (dash)
				c[len++] = '-';
			dash = 0;
			for (size_t k = 0; k < step; k++)
				c[len++] = (char)(ch < 0x80 && ch >= 'A' && ch <= 'Z' ? ch + 32 :
				    (unsigned char)s[i + k]);
		}
		i += step;
	}
	c[len] = '\0';
	*out = c;
	return len;
}

/* A key or tag must begin with a letter: "8h sleep" is "n-8h-sleep".  Prefixes *t (len
 * bytes) when valid (by the journal's rule, valid) says it is not; returns the new length,
 * or 0 when even that is not one. */
static size_t
lettered(struct ientry *e, char **t, size_t len, size_t (*valid)(const char *, size_t))
{
	char *p;

	if (len == 0 || valid(*t, len) == len)
		return len;
	p = arena_alloc(&e->mem, len + 3, 1);
	snprintf(p, len + 3, "n-%s", *t);
	*t = p;
	return valid(p, len + 2) == len + 2 ? len + 2 : 0;
}

void
ientry_field(struct ientry *e, const char *key, size_t keylen, const char *value,
    size_t valuelen)
{
	char *k;

	if (lettered(e, &k, slug(e, key, keylen, &k), text_key_len) == 0)
		return;
	if (e->nfields == e->capfields) {
		e->capfields = e->capfields ? 2 * e->capfields : 8;
		e->fields = xrealloc(e->fields, e->capfields * sizeof *e->fields);
	}
	e->fields[e->nfields].key = k;
	e->fields[e->nfields++].value = one_line(e, value, valuelen);
}

/* Whether e has the tag t (len bytes): a look at each of a few, a hash set of many.  Tags
 * are lower-case in ASCII (slug), the only case strcasecmp folds here, so that bytes compare
 * as it did.  An export's day can have thousands of labels, and looking at each made it
 * quadratic (200,000 bearable factors of one day: 51 s). */
static int
has_tag(struct ientry *e, const char *t, size_t len)
{
	size_t before;

	if (e->ntags < TAGS_LOOKED_AT) {
		for (size_t i = 0; i < e->ntags; i++)
			if (strcmp(e->tags[i], t) == 0)
				return 1;
		return 0;
	}
	if (e->seen.n == 0)
		for (size_t i = 0; i < e->ntags; i++)
			names_add(&e->seen, e->tags[i], strlen(e->tags[i]));
	before = e->seen.n;
	names_add(&e->seen, t, len);
	return e->seen.n == before;
}

void
ientry_tag(struct ientry *e, const char *label, size_t n)
{
	char *t;
	size_t len = slug(e, label, n, &t);

	if (len == 0 || (len = lettered(e, &t, len, journal_tag_len)) == 0 || has_tag(e, t, len))
		return;
	if (e->ntags == e->captags) {
		e->captags = e->captags ? 2 * e->captags : 8;
		e->tags = xrealloc(e->tags, e->captags * sizeof *e->tags);
	}
	e->tags[e->ntags++] = t;
}

void
ientry_text(struct ientry *e, const char *s, size_t n)
{
	size_t need;

	s = import_trim(s, &n);
	/* Trailing blank lines and carriage returns are no part of the note. */
	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
		n--;
	if (n == 0)
		return;
	need = e->textlen + 2 + n + 1;
	if (need > e->textcap) {
		e->textcap = need > 2 * e->textcap ? need : 2 * e->textcap;
		e->text = xrealloc(e->text, e->textcap);
	}
	if (e->textlen > 0) {
		memcpy(e->text + e->textlen, "\n\n", 2);
		e->textlen += 2;
	}
	/* A lone carriage return ends a line as a newline would; one before a newline goes. */
	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
			continue;
		if (c == '\r')
			c = '\n';
		e->text[e->textlen++] = c;
	}
	e->text[e->textlen] = '\0';
}

/* Whether a line of a note would change the journal's structure: a heading of level 1 to 3
 * starting with a digit would start an entry, and a code fence would hide the headings of
 * the entries after it. */
static int
needs_escape(const char *s, size_t n)
{
	size_t i = 0, h = 0;

	while (i < n && i < 3 && s[i] == ' ')
		i++;
	if (n - i >= 3 && (memcmp(s + i, "```", 3) == 0 || memcmp(s + i, "~~~", 3) == 0))
		return 1;
	while (i + h < n && s[i + h] == '#')
		h++;
	if (h == 0 || h > 3 || i + h >= n || (s[i + h] != ' ' && s[i + h] != '\t'))
		return 0;
	i += h;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i < n && s[i] >= '0' && s[i] <= '9';
}

void
ientry_write(FILE *fp, const struct ientry *e)
{
	char date[DATE_BUFSIZE];

	fprintf(fp, "## %s", date_format(e->day, date));
	if (e->minute >= 0)
		fprintf(fp, " %02d:%02d", e->minute / 60, e->minute % 60);
	if (e->title != NULL)
		fprintf(fp, " %s", e->title);
	fputc('\n', fp);
	for (size_t i = 0; i < e->nfields; i++)
		fprintf(fp, "%s: %s\n", e->fields[i].key, e->fields[i].value);
	for (size_t i = 0; i < e->ntags; i++)
		fprintf(fp, "%s#%s", i == 0 ? e->nfields > 0 ? "\n" : "" : " ", e->tags[i]);
	if (e->ntags > 0)
		fputc('\n', fp);
	if (e->textlen > 0) {
		const char *s = e->text, *end = e->text + e->textlen;

		fputc('\n', fp);
		while (s < end) {
			const char *nl = memchr(s, '\n', (size_t)(end - s));
			size_t n = nl != NULL ? (size_t)(nl - s) : (size_t)(end - s);

			if (needs_escape(s, n))
				fputc('\\', fp);
			fprintf(fp, "%.*s\n", (int)n, s);
			s += n + 1;
		}
	}
}
