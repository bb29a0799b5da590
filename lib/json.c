/* json.c: JSON string escaping and number formatting. */
#include <math.h>
#include <string.h>

#include "json.h"
#include "text.h"

void
json_string(FILE *fp, const char *s, size_t len)
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
json_cstring(FILE *fp, const char *s)
{
	if (s == NULL)
		fputs("null", fp);
	else
		json_string(fp, s, strlen(s));
}

const char *
json_number_text(double v, char buf[JSON_NUMBER_SIZE])
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
json_number(FILE *fp, double v)
{
	char buf[JSON_NUMBER_SIZE];

	fputs(json_number_text(v, buf), fp);
}
