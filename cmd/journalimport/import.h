/* import.h: what journalimport's importers share: an imported entry as data, the run that
 * reports each skipped row and sends the entries on, and the table of formats.
 *
 * An importer reads its export (csvin.c streams CSV rows to it), builds one entry at a time
 * (struct ientry) and hands it to import_put, which renders it as journal(5) Markdown once
 * (entry.c) and writes it to standard output or to the day's note in a folder. */
#ifndef GOALKIT_IMPORT_H
#define GOALKIT_IMPORT_H

#include <stddef.h>
#include <stdio.h>

#include "arena.h"
#include "diag.h"
#include "journal.h"

/* One field of an entry, "key: value". */
struct ifield {
	const char *key, *value;
};

/* An entry being imported.  Its texts live in its arena until ientry_reset. */
struct ientry {
	long day;                 /* the date, as date.h counts days */
	int minute;               /* the time of day in minutes, or -1 */
	const char *title;        /* NULL or a title after the date */
	struct ifield *fields;
	size_t nfields, capfields;
	const char **tags;        /* without '#' */
	size_t ntags, captags;
	struct names seen;        /* the tags, once there are many (ientry_tag) */
	char *text;               /* the note, NULL or NUL-terminated */
	size_t textlen, textcap;
	struct arena mem;
};

void ientry_init(struct ientry *e, long day, int minute);
void ientry_reset(struct ientry *e, long day, int minute);
void ientry_free(struct ientry *e);
void ientry_title(struct ientry *e, const char *s, size_t n);
/* A field: key (made a journal key, see import_key) and value, copied. */
void ientry_field(struct ientry *e, const char *key, size_t keylen, const char *value,
    size_t valuelen);
/* A tag made of any label ("movies / tv" is #movies-tv); a label with no letter or digit is
 * left out.  Labels already there are not added twice. */
void ientry_tag(struct ientry *e, const char *label, size_t n);
/* Appends a paragraph of text, a blank line after what is there. */
void ientry_text(struct ientry *e, const char *s, size_t n);

/* Renders e as journal(5) Markdown into fp: "## DATE [TIME] [TITLE]", the fields, a line of
 * tags, then the text, lines that would read as a dated heading or a code fence escaped. */
void ientry_write(FILE *fp, const struct ientry *e);

/* Where entries go. */
struct sink {
	FILE *out;         /* standard output, or NULL with dir */
	const char *dir;   /* --dir: daily notes YYYY-MM-DD.md there */
	int merge;         /* --merge: append to a note that exists */
	unsigned long written;  /* entries written to out */
	long *days;        /* the days this run has written a note of, sorted */
	size_t ndays, capdays;
};

/* The run over one export. */
struct import {
	const char *file;      /* as named on the command line; "-" is standard input */
	struct diags diags;    /* problems with rows, said as they come */
	struct sink *sink;
	long today;
	unsigned long rows, converted, skipped;
	int fatal;             /* the export could not be read at all (wrong header, not JSON) */
	const char *mood_scale;  /* daylio: "label=N,..." */
	int loop_fields;       /* loop: habit: 0/1 fields, not tags */
	void *state;           /* the importer's own */
	/* The entry being filled, and whether it holds one not yet put. */
	struct ientry entry;
	int pending;
	unsigned long entry_line;  /* the line the pending entry starts on */
	/* Rows seen, by hash, so that a duplicated row is found: an open table. */
	struct seenrow { unsigned long long hash; unsigned long line; } *seen;
	size_t nseen, capseen;
};

/* Says a problem with line (0: the whole file) and counts the row as skipped when skip. */
void import_say(struct import *im, unsigned long line, int skip, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The same at column col of line (0: none). */
void import_say_at(struct import *im, unsigned long line, unsigned long col, int skip,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Writes the entry to the sink: to the output, or to its day's note (made with mode 0600,
 * atomically; a note that exists is refused without --merge).  Returns 0, or -1 when it could
 * not be written (said). */
int import_put(struct import *im, struct ientry *e, unsigned long line);

/* Whether a row hashed from its fields was seen before: returns the line of the first, or
 * 0 (and remembers this one). */
unsigned long import_seen(struct import *im, const char *const *f, const size_t *len,
    size_t n, unsigned long line);

/* Says that the date s (n bytes) of a row, which import_date read as ok (0 or -1), is none,
 * and skips the row; prefix names an entry where there is no line ("entry 3: "). */
void import_bad_date(struct import *im, unsigned long line, const char *prefix, int ok,
    const char *s, size_t n);

/* Date "YYYY-MM-DD" at the start of s (n bytes; more may follow after 'T' or a space).
 * Returns 1, 0 when there is no such date, -1 when it names a day that does not exist. */
int import_date(const char *s, size_t n, long *day);
/* A time of day: "22:05", "9:05", "10:00 pm", "12:30 AM".  Returns minutes, or -1. */
int import_time(const char *s, size_t n);
/* Trims spaces and tabs at both ends of s[0..*n), returning the new start. */
const char *import_trim(const char *s, size_t *n);

/* A format: its name, and the function that reads fp (named im->file) into im. */
struct importer {
	const char *name;
	void (*run)(struct import *im, FILE *fp);
	const char *what;   /* for --help */
};
extern const struct importer importers[];

/* Daylio's own five moods, "rad=5,good=4,meh=3,bad=2,awful=1", and what is wrong with a
 * --mood-scale (NULL: nothing). */
extern const char daylio_default_scale[];
const char *daylio_scale_error(const char *spec);

void import_daylio(struct import *im, FILE *fp);
void import_bearable(struct import *im, FILE *fp);
void import_loop(struct import *im, FILE *fp);
void import_jrnl(struct import *im, FILE *fp);

/* Reads one export with fmt into sink.  Returns the exit status: 0 every row converted, 1
 * some skipped, 2 nothing could be read. */
int import_file(const struct importer *fmt, const char *file, FILE *fp, struct sink *sink,
    struct import *opts);

void sink_free(struct sink *s);

#endif
