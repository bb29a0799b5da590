/* json.h: writing JSON: strings and numbers, and a streaming writer that keeps the nesting
 * and the commas.  The tools write JSON and never read it; goalcheck --lsp reads its messages
 * with Jansson, whose json_object, json_array and json_string are other functions: so these
 * are jsonw_, for JSON writer, and the two link into one program. */
#ifndef GOALKIT_JSON_H
#define GOALKIT_JSON_H

#include <stddef.h>
#include <stdio.h>

/* Writes s (len bytes of UTF-8) as a quoted JSON string, escaping what JSON requires.
 * Ill-formed UTF-8 bytes become U+FFFD, so the output is always valid JSON. */
void jsonw_string(FILE *fp, const char *s, size_t len);
/* The same for a NUL-terminated string, or `null` when s is NULL. */
void jsonw_cstring(FILE *fp, const char *s);
/* A number with no trailing zeros (2, 2.5, 0.125); NaN and infinities, which JSON lacks, as
 * null. */
void jsonw_number(FILE *fp, double v);
/* The same number as text in buf, which it returns. */
#define JSON_NUMBER_SIZE 32
const char *jsonw_number_text(double v, char buf[JSON_NUMBER_SIZE]);

/* A streaming writer of JSON: it keeps the nesting and the commas, so that no caller writes a
 * comma or a closing bracket by hand, and writes each value as it comes, in constant memory
 * (a report over a journal of any size streams out).  Values go into the innermost open
 * array, or after a key in an object.  Nesting deeper than JSON_MAX_DEPTH is a bug, and
 * aborts. */
#define JSON_MAX_DEPTH 32
struct json_writer {
	FILE *fp;
	int depth;
	char close[JSON_MAX_DEPTH];    /* '}' or ']' for each open container */
	char empty[JSON_MAX_DEPTH];    /* 1 while it has no member yet */
	int after_key;                 /* a key was written: its value comes next */
	int newline;                   /* a line break before the next member */
};

void jsonw_begin(struct json_writer *w, FILE *fp);
void jsonw_object(struct json_writer *w);
void jsonw_array(struct json_writer *w);
/* Closes the innermost object or array. */
void jsonw_end(struct json_writer *w);
/* A member's key in the open object; its value comes next. */
void jsonw_key(struct json_writer *w, const char *key);
/* Values: a string (NULL: null), len bytes of one, a number (jsonw_number), an integer, a
 * boolean, null. */
void jsonw_str(struct json_writer *w, const char *s);
void jsonw_strn(struct json_writer *w, const char *s, size_t len);
void jsonw_num(struct json_writer *w, double v);
void jsonw_int(struct json_writer *w, long v);
void jsonw_uint(struct json_writer *w, unsigned long v);
void jsonw_bool(struct json_writer *w, int b);
void jsonw_null(struct json_writer *w);
/* Puts a line break before the next member (after its comma): big arrays are written one
 * item a line, for grep and for a person reading along. */
void jsonw_newline(struct json_writer *w);

#endif
