/* csvin.h: an export's CSV rows, streamed through libcsv: a row at a time with the line it
 * starts on, whatever the size of the file. */
#ifndef GOALKIT_CSVIN_H
#define GOALKIT_CSVIN_H

#include <stdio.h>

#include "import.h"

/* Where a field starts in the file: its line, and its column in characters from 1 (at its
 * opening quote when it is quoted). */
struct csvpos {
	unsigned long line;
	unsigned long col;
};

/* A row: n fields, each len bytes (not NUL-terminated) and starting at at[i], the row on
 * line. */
struct csvrow {
	const char *const *f;
	const size_t *len;
	const struct csvpos *at;
	size_t n;
	unsigned long line;
	int header;           /* the first row of the file */
};

/* Handles a row; returns 0, or -1 to stop reading (the header was wrong: said). */
typedef int csvrow_fn(struct import *im, const struct csvrow *r);

/* The longest field and the most fields of a row that are read: beyond them the file is no
 * export (an unclosed quote, most likely), and reading stops there. */
#define CSVIN_FIELD_MAX (1024 * 1024)
#define CSVIN_FIELDS_MAX 4096

/* Reads fp (named im->file) row by row into row.  A data row that is not UTF-8, or is the
 * same as an earlier one, is said and skipped before row sees it.  Returns 0, or -1 when
 * reading stopped early (said). */
int csvin_read(struct import *im, FILE *fp, csvrow_fn *row);

/* Finds the columns names[0..n) in the header r, their indexes in idx (-1: missing).  The
 * first nrequired must be there: else the file is said to be no export of the format (what
 * names it, header shows the header it should have), reading is to stop and -1 is returned. */
int csvin_columns(struct import *im, const struct csvrow *r, const char *const *names,
    int *idx, size_t n, size_t nrequired, const char *what, const char *header);

/* Field i of r without the spaces around it, its length in *n; "" when the row is short or
 * i is -1. */
const char *csvin_field(const struct csvrow *r, int i, size_t *n);

/* The index of the field of r named name (compared without case, spaces trimmed), or -1. */
int csvin_column(const struct csvrow *r, const char *name);

#endif
