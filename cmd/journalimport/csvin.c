/* csvin.c: CSV rows through libcsv, streamed in blocks, so that memory stays bounded by the
 * longest row, never the size of the export.  libcsv is Debian's well-kept parser (libcsv3):
 * quoting, "" inside quotes, newlines and commas inside quotes are its business, not ours. */
#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "csvin.h"
#include "text.h"

/* What the callbacks share while a file is parsed. */
struct reader {
	struct import *im;
	csvrow_fn *row;
	char **f;              /* the current row's fields, buffers kept from row to row */
	size_t *len, *cap;
	struct csvpos *at;     /* where each starts */
	struct csvpos next;    /* where the next field starts */
	struct csvpos after;   /* where the one after the byte being parsed would start */
	unsigned long line_at, col;  /* the line being parsed, and the last column parsed */
	int cr;                /* the last byte parsed was \r: a \n now ends no line */
	size_t n, nalloc;
	unsigned long line;    /* the line the current row starts on */
	unsigned long nl;      /* newlines inside the current row's fields */
	int lastc;             /* the character that ended the last row */
	int started, stop, toomany;
};

/* libcsv grows a field's buffer through this: past the limit, the growth fails and
 * csv_parse stops with CSV_ENOMEM, which is said as a field too long. */
static void *
capped_realloc(void *p, size_t n)
{
	if (n > CSVIN_FIELD_MAX + 4096)
		return NULL;
	return realloc(p, n);
}

static void
on_field(void *s, size_t n, void *data)
{
	struct reader *r = data;
	size_t i = r->n;

	if (r->stop)
		return;
	if (i >= CSVIN_FIELDS_MAX) {
		r->toomany = 1;
		return;
	}
	if (i == r->nalloc) {
		r->nalloc = r->nalloc ? 2 * r->nalloc : 16;
		r->f = xrealloc(r->f, r->nalloc * sizeof *r->f);
		r->len = xrealloc(r->len, r->nalloc * sizeof *r->len);
		r->cap = xrealloc(r->cap, r->nalloc * sizeof *r->cap);
		r->at = xrealloc(r->at, r->nalloc * sizeof *r->at);
		memset(r->f + i, 0, (r->nalloc - i) * sizeof *r->f);
		memset(r->cap + i, 0, (r->nalloc - i) * sizeof *r->cap);
	}
	if (r->cap[i] < n + 1) {
		r->cap[i] = n + 1;
		r->f[i] = xrealloc(r->f[i], n + 1);
	}
	if (n > 0)
		memcpy(r->f[i], s, n);
	r->f[i][n] = '\0';
	r->len[i] = n;
	r->at[i] = r->next;
	r->next = r->after;
	for (size_t k = 0; k < n; k++)
		r->nl += ((const char *)s)[k] == '\n';
	r->n++;
}

/* Checks a data row before its importer sees it: UTF-8, and not a copy of an earlier row.
 * Returns 1 when it may be used. */
static int
row_ok(struct reader *r, const struct csvrow *row)
{
	unsigned long first;

	for (size_t i = 0; i < row->n; i++) {
		size_t bad = text_utf8_invalid(row->f[i], row->len[i]);

		if (bad != row->len[i]) {
			import_say(r->im, row->line, 1, "column %zu is not UTF-8 text (byte %zu); "
			    "row skipped", i + 1, bad + 1);
			return 0;
		}
	}
	first = import_seen(r->im, row->f, row->len, row->n, row->line);
	if (first != 0) {
		import_say(r->im, row->line, 1, "the same row as line %lu; skipped", first);
		return 0;
	}
	return 1;
}

static void
on_row(int c, void *data)
{
	struct reader *r = data;
	struct csvrow row = { (const char *const *)r->f, r->len, r->at, r->n, r->line,
		!r->started };
	int crlf = c == '\n' && r->lastc == '\r' && r->n == 0;

	r->lastc = c;
	r->next = r->after;
	/* Lines: the newlines inside the row's fields, and the one that ended it (the \n of a
	 * \r\n comes as a row of its own, with no field, and is no new line). */
	r->line += r->nl + (c == '\n' || c == '\r') - crlf;
	r->nl = 0;
	if (r->stop || r->n == 0 || (r->n == 1 && r->len[0] == 0)) {
		r->n = 0;
		return;
	}
	if (r->toomany) {
		import_say(r->im, row.line, 0, "more than %d columns: not an export; reading "
		    "stopped", CSVIN_FIELDS_MAX);
		r->stop = 1;
		return;
	}
	if (row.header) {
		/* A byte order mark, as spreadsheets write, is no part of the first name. */
		if (r->len[0] >= 3 && memcmp(r->f[0], "\xEF\xBB\xBF", 3) == 0) {
			memmove(r->f[0], r->f[0] + 3, r->len[0] - 2);
			r->len[0] -= 3;
		}
		r->started = 1;
		if (r->row(r->im, &row) < 0)
			r->stop = 1;
	} else {
		r->im->rows++;
		if (row_ok(r, &row))
			(void)r->row(r->im, &row);
	}
	r->n = 0;
}

/* Parses buf[0..n) into r, in pieces that each end at a comma or a line end: a field or a
 * row ends, if at all, at the last byte of a piece, so r->after, set before the piece is
 * parsed, is where the next field starts.  Returns 0, or -1 when libcsv stopped. */
static int
parse_block(struct csv_parser *p, struct reader *r, const char *buf, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t k = i;
		unsigned long col = r->col;

		/* Columns count characters: a UTF-8 continuation byte adds none. */
		for (; k < n && buf[k] != ',' && buf[k] != '\n' && buf[k] != '\r'; k++)
			col += ((unsigned char)buf[k] & 0xC0) != 0x80;
		if (k == n) {
			r->col = col;
			return csv_parse(p, buf + i, n - i, on_field, on_row, r) == n - i ? 0 : -1;
		}
		/* A line ends at \n or \r, a \r\n once; inside quotes too. */
		if (buf[k] == ',')
			r->after = (struct csvpos){ r->line_at, col + 2 };
		else if (buf[k] == '\n' && k == i && r->cr)
			r->after = (struct csvpos){ r->line_at, 1 };
		else
			r->after = (struct csvpos){ r->line_at + 1, 1 };
		if (csv_parse(p, buf + i, k + 1 - i, on_field, on_row, r) != k + 1 - i)
			return -1;
		r->line_at = r->after.line;
		r->col = r->after.col - 1;
		r->cr = buf[k] == '\r';
		i = k + 1;
		if (r->stop)
			break;
	}
	return 0;
}

int
csvin_read(struct import *im, FILE *fp, csvrow_fn *row)
{
	static char buf[64 * 1024];
	struct reader r = { .im = im, .row = row, .line = 1, .next = { 1, 1 },
		.line_at = 1 };
	struct csv_parser p;
	size_t got;
	int status = 0;

	if (csv_init(&p, CSV_REPALL_NL) != 0)
		out_of_memory();
	csv_set_realloc_func(&p, capped_realloc);
	csv_set_blk_size(&p, 4096);
	while (!r.stop && (got = fread(buf, 1, sizeof buf, fp)) > 0) {
		if (parse_block(&p, &r, buf, got) < 0) {
			if (csv_error(&p) != CSV_ENOMEM)
				out_of_memory();
			import_say(im, r.line, 1, "a field longer than %d MB: is a quote left open? "
			    "reading stopped", CSVIN_FIELD_MAX / 1024 / 1024);
			r.stop = 1;
		}
	}
	if (ferror(fp)) {
		import_say(im, 0, 0, "%s", strerror(errno));
		r.stop = 1;
	}
	if (!r.stop)
		csv_fini(&p, on_field, on_row, &r);
	if (!r.started && !r.stop)
		import_say(im, 0, 0, "empty: no header line");
	csv_free(&p);
	for (size_t i = 0; i < r.nalloc; i++)
		free(r.f[i]);
	free(r.f);
	free(r.len);
	free(r.cap);
	free(r.at);
	if (!r.started)
		im->fatal = 1;
	status = r.stop || !r.started ? -1 : 0;
	return status;
}

int
csvin_column(const struct csvrow *r, const char *name)
{
	for (size_t i = 0; i < r->n; i++) {
		size_t n = r->len[i];
		const char *s = import_trim(r->f[i], &n);

		if (n == strlen(name) && strncasecmp(s, name, n) == 0)
			return (int)i;
	}
	return -1;
}

int
csvin_columns(struct import *im, const struct csvrow *r, const char *const *names, int *idx,
    size_t n, size_t nrequired, const char *what, const char *header)
{
	char list[256];
	size_t used = 0;
	int missing = 0;

	for (size_t i = 0; i < n; i++) {
		idx[i] = csvin_column(r, names[i]);
		missing |= i < nrequired && idx[i] < 0;
	}
	if (!missing)
		return 0;
	for (size_t i = 0; i < nrequired && used < sizeof list; i++)
		used += (size_t)snprintf(list + used, sizeof list - used, "%s%s",
		    i == 0 ? "" : i + 1 == nrequired ? " and " : ", ", names[i]);
	import_say(im, r->line, 0, "not %s: the header must name %s (%s)", what, list, header);
	im->fatal = 1;
	return -1;
}

const char *
csvin_field(const struct csvrow *r, int i, size_t *n)
{
	if (i < 0 || (size_t)i >= r->n) {
		*n = 0;
		return "";
	}
	*n = r->len[i];
	return import_trim(r->f[i], n);
}
