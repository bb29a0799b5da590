/* text.h: UTF-8 and line bookkeeping for messages that point at a line and a column, and the
 * syntax of keys and ids. */
#ifndef GOALKIT_TEXT_H
#define GOALKIT_TEXT_H

#include <stddef.h>

/* Returns the byte offset of the first byte that does not begin a well-formed UTF-8 sequence
 * (overlongs, surrogates and code points above U+10FFFF are ill-formed), or len if none. */
size_t text_utf8_invalid(const char *s, size_t len);

/* The length in bytes (1-4) of the well-formed UTF-8 sequence starting at s, which has len > 0
 * bytes, or 0 when the sequence there is ill-formed. */
size_t text_utf8_len(const char *s, size_t len);

/* The number of code points in s[0..len), counting each ill-formed byte as one. */
size_t text_codepoints(const char *s, size_t len);

/* The columns s[0..len) takes on a terminal, by wcwidth in the current locale (LC_CTYPE):
 * two for a CJK letter or an emoji, none for a combining accent.  For aligning tables. */
size_t text_width(const char *s, size_t len);

/* 1-based line and column (in code points) of byte offset off in buf. Linear in off. */
void text_position(const char *buf, size_t off, int *line, int *col);

/* The first place in the len bytes at s where the wn bytes of w stand, or NULL. */
const char *text_find(const char *s, size_t len, const char *w, size_t wn);

/* The name among the NULL-terminated names that s (len bytes) is a likely typo of, compared
 * without case, or NULL when none is close enough.  For "did you mean" hints. */
const char *text_suggest(const char *s, size_t len, const char *const *names);

/* A name as text_suggest_among compares it: its length and a bit for each character it has
 * (by the character's low six bits), which bound its distance from another from below. */
struct text_name {
	const char *s;      /* NUL-ended */
	size_t len;
	unsigned long long chars;
};

/* The text_name of the NUL-ended name s. */
struct text_name text_name_of(const char *s);

/* text_suggest among n names, with the same answer, in time for thousands of names asked of
 * millions: a name whose length or characters alone put it too far is not compared. */
const char *text_suggest_among(const char *s, size_t len, const struct text_name *names,
    size_t n);

/* The end of a message about an unknown name: "; did you mean 'NAME'?" when text_suggest finds
 * one, else "".  The text is written into buf (TEXT_HINT_SIZE bytes), which it returns. */
#define TEXT_HINT_SIZE 96
const char *text_did_you_mean(const char *s, size_t len, const char *const *names,
    char *buf);

/* The lines of a buffer, found on demand: a cursor remembers the last line asked for, so
 * asking for lines in order, or near the last one, costs only the bytes in between. */
struct lines {
	const char *buf;  /* borrowed: the text, which must outlive the struct */
	size_t len;
	int line;         /* the cursor: line number ... */
	size_t off;       /* ... and the offset where it starts */
};

/* Starts a cursor over buf.  Returns 0 (the signature leaves room for an index). */
int lines_index(struct lines *l, const char *buf, size_t len);
/* The text of 1-based line n without its line ending, or NULL if there is no such line. */
const char *lines_get(struct lines *l, int n, size_t *len);
void lines_free(struct lines *l);

/* The length of the key or id that p (n bytes) starts with, as goalkit writes them in the
 * journal's fields and the goals file's ids: a letter, then letters, digits, '-' and '_';
 * or 0. */
size_t text_key_len(const char *p, size_t n);

#endif
