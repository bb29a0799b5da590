/* html.h: the person's words written into HTML or inline SVG, escaped so that nothing of
 * theirs becomes markup: the same escaping serves an element's text and an attribute's
 * value, in HTML and in XML. */
#ifndef GOALKIT_HTML_H
#define GOALKIT_HTML_H

#include <stddef.h>
#include <stdio.h>

/* Writes n bytes of UTF-8 text with &, <, >, " and ' as character references, control
 * characters (C0 but tab and newline, DEL, C1) as spaces and an ill-formed byte as U+FFFD;
 * at most max characters (0: all), a cut marked with "...". */
void html_text(FILE *fp, const char *s, size_t n, size_t max);
/* The same for a NUL-terminated string; NULL writes nothing. */
void html_ctext(FILE *fp, const char *s, size_t max);

#endif
