/* table.h: rows of cells for tsv and csv, each cell written and quoted in one place, so that
 * no report can write a row that a spreadsheet, awk or a csv reader splits differently. */
#ifndef GOALKIT_TABLE_H
#define GOALKIT_TABLE_H

#include <stdio.h>

enum table_format { TABLE_TSV, TABLE_CSV };

/* A table being written to fp: zero cells into the current row so far. */
struct table {
	FILE *fp;
	enum table_format format;
	int cells;
};

void table_init(struct table *t, FILE *fp, enum table_format format);

/* A cell of text that may hold anything (a goal's id, a sentence): csv quotes it when it
 * holds a comma, a quote or a line break (RFC 4180); tsv cannot quote, so there (and in a csv
 * cell left unquoted) a tab or a line break becomes a space.  Each cell but a row's first is
 * preceded by the separator. */
void table_cell(struct table *t, const char *s);
/* The same for a cell made by printf. */
void table_cellf(struct table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A number in full (jsonw_number_text), or an empty cell for NAN. */
void table_number(struct table *t, double v);
/* n empty cells. */
void table_empty(struct table *t, int n);
/* Ends the row. */
void table_end_row(struct table *t);

#endif
