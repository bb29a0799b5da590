/* table.c: tsv and csv cells, quoted or made safe by one writer. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "json.h"
#include "table.h"

void
table_init(struct table *t, FILE *fp, enum table_format format)
{
	t->fp = fp;
	t->format = format;
	t->cells = 0;
}

void
table_cell(struct table *t, const char *s)
{
	if (t->cells++ > 0)
		putc(t->format == TABLE_CSV ? ',' : '\t', t->fp);
	if (t->format == TABLE_CSV && strpbrk(s, ",\"\r\n") != NULL) {
		putc('"', t->fp);
		for (; *s; s++) {
			if (*s == '"')
				putc('"', t->fp);
			putc(*s, t->fp);
		}
		putc('"', t->fp);
		return;
	}
	for (; *s; s++)
		putc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, t->fp);
}

void
table_cellf(struct table *t, const char *fmt, ...)
{
	char small[256], *s = small;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0, small[0] = '\0';
	if ((size_t)n >= sizeof small) {
		s = xmalloc((size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(s, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	table_cell(t, s);
	if (s != small)
		free(s);
}

void
table_number(struct table *t, double v)
{
	/* Room for the digits of any double written out: 309 before the point, or 15
	 * significant after 323 zeros. */
	char buf[JSON_NUMBER_SIZE + 352];

	if (isnan(v)) {
		table_cell(t, "");
		return;
	}
	/* JSON's text, unless it has an exponent (1e-07, 1e+15), which a spreadsheet may read
	 * and a person may not: then the same 15 significant digits, written out. */
	if (strchr(jsonw_number_text(v, buf), 'e') != NULL) {
		int e = (int)floor(log10(fabs(v)));
		char *end;

		snprintf(buf, sizeof buf, "%.*f", e < 14 ? 14 - e : 0, v);
		if (strchr(buf, '.') != NULL) {
			for (end = buf + strlen(buf); end[-1] == '0'; end--)
				;
			*(end[-1] == '.' ? end - 1 : end) = '\0';
		}
	}
	table_cell(t, buf);
}

void
table_empty(struct table *t, int n)
{
	while (n-- > 0)
		table_cell(t, "");
}

void
table_end_row(struct table *t)
{
	putc('\n', t->fp);
	t->cells = 0;
}
