/* json.h: writing JSON strings and numbers, the only JSON the tools emit. */
#ifndef GOALKIT_JSON_H
#define GOALKIT_JSON_H

#include <stddef.h>
#include <stdio.h>

/* Writes s (len bytes of UTF-8) as a quoted JSON string, escaping what JSON requires.
 * Ill-formed UTF-8 bytes become U+FFFD, so the output is always valid JSON. */
void json_string(FILE *fp, const char *s, size_t len);
/* The same for a NUL-terminated string, or `null` when s is NULL. */
void json_cstring(FILE *fp, const char *s);
/* A number with no trailing zeros (2, 2.5, 0.125); NaN and infinities, which JSON lacks, as
 * null. */
void json_number(FILE *fp, double v);
/* The same number as text in buf, which it returns. */
#define JSON_NUMBER_SIZE 32
const char *json_number_text(double v, char buf[JSON_NUMBER_SIZE]);

#endif
