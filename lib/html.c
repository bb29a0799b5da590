/* html.c: escaping the person's text for HTML and XML (html.h). */
#include <string.h>

#include "html.h"
#include "text.h"

/* The reference for an ASCII byte that must not be written as itself, or NULL. */
static const char *
html_ref(unsigned char c)
{
	switch (c) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '"': return "&quot;";
	case '\'': return "&#39;";
	default: return NULL;
	}
}

/* Whether the character of n bytes at s is a control character HTML does not allow in text:
 * C0 but tab and newline, DEL, and C1 (U+0080 to U+009F). */
static int
is_control(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];

	if (n == 1)
		return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F;
	return n == 2 && c == 0xC2 && (unsigned char)s[1] < 0xA0;
}

/* Writes the character of n bytes at s (n of 0: an ill-formed byte). */
static void
put_char(FILE *fp, const char *s, size_t n)
{
	if (n == 0)
		fputs("\xEF\xBF\xBD", fp);
	else if (n == 1 && html_ref((unsigned char)s[0]) != NULL)
		fputs(html_ref((unsigned char)s[0]), fp);
	else if (is_control(s, n))
		putc(' ', fp);
	else
		fwrite(s, 1, n, fp);
}

void
html_text(FILE *fp, const char *s, size_t n, size_t max)
{
	size_t i = 0, chars = 0;

	while (i < n) {
		size_t len = (unsigned char)s[i] < 0x80 ? 1 : text_utf8_len(s + i, n - i);

		if (max > 0 && chars == max) {
			fputs("...", fp);
			return;
		}
		put_char(fp, s + i, len);
		i += len > 0 ? len : 1;
		chars++;
	}
}

void
html_ctext(FILE *fp, const char *s, size_t max)
{
	if (s != NULL)
		html_text(fp, s, strlen(s), max);
}
