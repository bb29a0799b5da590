/* json.c: JSON string escaping and number formatting. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "text.h"

void
jsonw_string(FILE *fp, const char *s, size_t len)
{
	size_t i = 0;

	putc('"', fp);
	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x80) {
			size_t n = text_utf8_len(s + i, len - i);

			if (n > 0)
				fwrite(s + i, 1, n, fp);
			else
				fputs("\xEF\xBF\xBD", fp);  /* U+FFFD for an ill-formed byte */
			i += n > 0 ? n : 1;
			continue;
		}
		switch (c) {
		case '"':  fputs("\\\"", fp); break;
		case '\\': fputs("\\\\", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\r': fputs("\\r", fp); break;
		case '\t': fputs("\\t", fp); break;
		default:
			if (c < 0x20)
				fprintf(fp, "\\u%04x", c);
			else
				putc(c, fp);
		}
		i++;
	}
	putc('"', fp);
}

void
jsonw_cstring(FILE *fp, const char *s)
{
	if (s == NULL)
		fputs("null", fp);
	else
		jsonw_string(fp, s, strlen(s));
}

const char *
jsonw_number_text(double v, char buf[JSON_NUMBER_SIZE])
{
	if (!isfinite(v))
		strcpy(buf, "null");
	else if (v == floor(v) && fabs(v) < 1e15)
		snprintf(buf, JSON_NUMBER_SIZE, "%.0f", v);
	else
		snprintf(buf, JSON_NUMBER_SIZE, "%.15g", v);
	return buf;
}

void
jsonw_number(FILE *fp, double v)
{
	char buf[JSON_NUMBER_SIZE];

	fputs(jsonw_number_text(v, buf), fp);
}

/* ---- the writer ---- */

void
jsonw_begin(struct json_writer *w, FILE *fp)
{
	memset(w, 0, sizeof *w);
	w->fp = fp;
}

/* Before a member of the open container, or a key: its comma and line break. */
static void
member(struct json_writer *w)
{
	if (w->after_key) {
		w->after_key = 0;
		return;
	}
	if (w->depth > 0 && !w->empty[w->depth - 1])
		putc(',', w->fp);
	if (w->depth > 0)
		w->empty[w->depth - 1] = 0;
	if (w->newline)
		putc('\n', w->fp);
	w->newline = 0;
}

static void
open_container(struct json_writer *w, char open, char close)
{
	member(w);
	if (w->depth == JSON_MAX_DEPTH)
		abort();
	putc(open, w->fp);
	w->close[w->depth] = close;
	w->empty[w->depth] = 1;
	w->depth++;
}

void
jsonw_object(struct json_writer *w)
{
	open_container(w, '{', '}');
}

void
jsonw_array(struct json_writer *w)
{
	open_container(w, '[', ']');
}

void
jsonw_end(struct json_writer *w)
{
	if (w->depth == 0)
		abort();
	w->depth--;
	w->newline = 0;
	putc(w->close[w->depth], w->fp);
}

void
jsonw_key(struct json_writer *w, const char *key)
{
	member(w);
	jsonw_string(w->fp, key, strlen(key));
	putc(':', w->fp);
	w->after_key = 1;
}

void
jsonw_str(struct json_writer *w, const char *s)
{
	member(w);
	jsonw_cstring(w->fp, s);
}

void
jsonw_strn(struct json_writer *w, const char *s, size_t len)
{
	member(w);
	jsonw_string(w->fp, s, len);
}

void
jsonw_num(struct json_writer *w, double v)
{
	member(w);
	jsonw_number(w->fp, v);
}

void
jsonw_int(struct json_writer *w, long v)
{
	member(w);
	fprintf(w->fp, "%ld", v);
}

void
jsonw_uint(struct json_writer *w, unsigned long v)
{
	member(w);
	fprintf(w->fp, "%lu", v);
}

void
jsonw_bool(struct json_writer *w, int b)
{
	member(w);
	fputs(b ? "true" : "false", w->fp);
}

void
jsonw_null(struct json_writer *w)
{
	member(w);
	fputs("null", w->fp);
}

void
jsonw_newline(struct json_writer *w)
{
	w->newline = 1;
}
