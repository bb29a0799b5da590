/* text.c: UTF-8 validation and counting, and line tables over a buffer. */
#define _XOPEN_SOURCE 700  /* wcwidth */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>

#include "text.h"

/* Length of the well-formed UTF-8 sequence at s (at most len bytes), or 0 if ill-formed. */
static inline size_t
utf8_seq(const unsigned char *s, size_t len)
{
	unsigned char c = s[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return len >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F))
			return 0;  /* overlong, or a UTF-16 surrogate */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (len < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
			return 0;  /* overlong, or above U+10FFFF */
		return 4;
	}
	return 0;
}

size_t
text_utf8_invalid(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n;

	while (i < len) {
		/* Most text is ASCII, which is checked eight bytes at a time, */
		for (uint64_t w; i + 8 <= len; i += 8) {
			memcpy(&w, u + i, 8);
			if (w & 0x8080808080808080u)
				break;
		}
		while (i < len && u[i] < 0x80)
			i++;
		/* and most of the rest is two-byte letters (Latin, Greek, Cyrillic, Hebrew,
		 * Arabic), taken a run at a time. */
		while (i + 1 < len && (unsigned char)(u[i] - 0xC2) <= 0xDF - 0xC2 &&
		    (u[i + 1] & 0xC0) == 0x80)
			i += 2;
		if (i >= len || u[i] < 0x80)
			continue;
		if ((n = utf8_seq(u + i, len - i)) == 0)
			return i;
		i += n;
	}
	return len;
}

size_t
text_utf8_len(const char *s, size_t len)
{
	return utf8_seq((const unsigned char *)s, len);
}

size_t
text_codepoints(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n = 0, k;

	/* A well-formed sequence is one code point; so is each byte of an ill-formed one,
	 * stray continuation bytes included, as the contract in text.h says. */
	while (i < len) {
		k = utf8_seq(u + i, len - i);
		i += k > 0 ? k : 1;
		n++;
	}
	return n;
}

/* The code point of the well-formed sequence of k bytes at s. */
static long
utf8_decode(const unsigned char *s, size_t k)
{
	static const unsigned char lead_mask[5] = { 0, 0x7F, 0x1F, 0x0F, 0x07 };
	long cp = s[0] & lead_mask[k];

	for (size_t i = 1; i < k; i++)
		cp = (cp << 6) | (s[i] & 0x3F);
	return cp;
}

size_t
text_width(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n = 0, k;

	while (i < len) {
		int w = -1;

		if ((k = utf8_seq(u + i, len - i)) > 0)
			w = wcwidth((wchar_t)utf8_decode(u + i, k));
		/* What the locale cannot say (an ill-formed byte, a control, a letter beyond
		 * ASCII in the C locale) takes one column, as a terminal mostly shows it. */
		n += w < 0 ? 1 : (size_t)w;
		i += k > 0 ? k : 1;
	}
	return n;
}

void
text_position(const char *buf, size_t off, int *line, int *col)
{
	size_t start = 0;
	int l = 1;

	for (size_t i = 0; i < off; i++) {
		if (buf[i] == '\n') {
			l++;
			start = i + 1;
		}
	}
	*line = l;
	*col = (int)text_codepoints(buf + start, off - start) + 1;
}

int
lines_index(struct lines *l, const char *buf, size_t len)
{
	l->buf = buf;
	l->len = len;
	l->line = 1;
	l->off = 0;
	return 0;
}

const char *
lines_get(struct lines *l, int n, size_t *len)
{
	const char *nl, *end = l->buf + l->len;
	size_t e;

	if (n < 1)
		return NULL;
	while (l->line > n) {
		/* Back to the start of the line before: past its '\n', then to the one before. */
		size_t i = l->off - 1;

		while (i > 0 && l->buf[i - 1] != '\n')
			i--;
		l->off = i;
		l->line--;
	}
	while (l->line < n) {
		nl = memchr(l->buf + l->off, '\n', l->len - l->off);
		if (nl == NULL || nl + 1 == end)
			return NULL;
		l->off = (size_t)(nl - l->buf) + 1;
		l->line++;
	}
	if (l->off >= l->len && l->off > 0)
		return NULL;
	nl = memchr(l->buf + l->off, '\n', l->len - l->off);
	e = nl != NULL ? (size_t)(nl - l->buf) : l->len;
	while (e > l->off && (l->buf[e - 1] == '\n' || l->buf[e - 1] == '\r'))
		e--;
	*len = e - l->off;
	return l->buf + l->off;
}

void
lines_free(struct lines *l)
{
	l->buf = NULL;
	l->len = 0;
}

/* The distance of a and b (la and lb < 64 bytes) when it is at most k, else k + 1: only
 * the cells within k of the diagonal are worked out, as no alignment of k edits or fewer
 * leaves them, and none when a row has no cell within k. */
static size_t
distance_within(const char *a, size_t la, const char *b, size_t lb, size_t k)
{
	size_t rows[3][66], far = k + 1;

	if ((la > lb ? la - lb : lb - la) > k)
		return far;
	for (size_t j = 0; j <= lb && j <= far; j++)
		rows[0][j] = j < far ? j : far;
	for (size_t i = 1; i <= la; i++) {
		size_t *row = rows[i % 3], *up = rows[(i - 1) % 3], *up2 = rows[(i + 1) % 3];
		size_t lo = i > k ? i - k : 1, hi = i + k < lb ? i + k : lb, least = far;

		row[0] = i < far ? i : far;
		row[lo - 1] = lo - 1 == 0 ? row[0] : far;
		for (size_t j = lo; j <= hi; j++) {
			size_t best = up[j - 1] + (a[i - 1] != b[j - 1]);

			if (up[j] + 1 < best)
				best = up[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    up2[j - 2] + 1 < best)
				best = up2[j - 2] + 1;
			row[j] = best < far ? best : far;
			least = row[j] < least ? row[j] : least;
		}
		if (hi + 1 <= lb)
			row[hi + 1] = far;
		if (least >= far && (lo > 1 || row[0] >= far))
			return far;
	}
	return rows[la % 3][lb];
}

/* Edit distance between a and b, or (size_t)-1 when b is too long to be worth comparing.
 * Two letters swapped count as one edit, as one slip of the fingers makes them: 'gaol' is
 * one edit from 'goal', not two (the optimal string alignment distance). */
static size_t
distance(const char *a, const char *b)
{
	size_t lb = strlen(b);

	/* No distance between names shorter than 64 bytes reaches 64. */
	return lb >= 64 ? (size_t)-1 : distance_within(a, strlen(a), b, lb, 64);
}

/* The most edits a name of len bytes may be from the one suggested for it: about one slip in
 * four letters, close enough to be a typo, far enough not to guess. */
static size_t
reach(size_t len)
{
	return len >= 9 ? 3 : len >= 5 ? 2 : 1;
}

/* s (len bytes, 0 < len < 64) lower-cased into low, NUL-ended. */
static void
lower_name(const char *s, size_t len, char *low)
{
	for (size_t i = 0; i < len; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
	low[len] = '\0';
}

const char *
text_suggest(const char *s, size_t len, const char *const *names)
{
	const char *best = NULL;
	size_t bestd = (size_t)-1;
	char low[64];

	if (len == 0 || len >= sizeof low)
		return NULL;
	lower_name(s, len, low);
	for (size_t i = 0; names[i] != NULL; i++) {
		size_t d = distance(low, names[i]);

		if (d < bestd) {
			bestd = d;
			best = names[i];
		}
	}
	return bestd <= reach(len) ? best : NULL;
}

struct text_name
text_name_of(const char *s)
{
	struct text_name n = { s, strlen(s), 0 };

	for (size_t i = 0; i < n.len; i++)
		n.chars |= 1ULL << ((unsigned char)s[i] & 63);
	return n;
}

/* A lower bound of the distance between a and b: each edit adds or removes one character at
 * most, so as many edits as there are characters (of a's bits) in one and not the other. */
static size_t
least_distance(const struct text_name *a, const struct text_name *b)
{
	size_t d = a->len > b->len ? a->len - b->len : b->len - a->len;
	size_t gone = (size_t)__builtin_popcountll(a->chars & ~b->chars);
	size_t made = (size_t)__builtin_popcountll(b->chars & ~a->chars);

	d = gone > d ? gone : d;
	return made > d ? made : d;
}

/* The first of the closest, as text_suggest finds: a name whose bound is beyond the reach,
 * or no closer than the best so far, cannot change the answer. */
const char *
text_suggest_among(const char *s, size_t len, const struct text_name *names, size_t n)
{
	const char *best = NULL;
	size_t bestd = (size_t)-1, most = reach(len);
	struct text_name me;
	char low[64];

	if (len == 0 || len >= sizeof low)
		return NULL;
	lower_name(s, len, low);
	/* Compared up to a NUL in s, as text_suggest compares; reached by len. */
	me = text_name_of(low);
	for (size_t i = 0; i < n && bestd > 0; i++) {
		size_t least = least_distance(&me, &names[i]), d;
		size_t within = bestd <= most ? bestd - 1 : most;

		if (least > within || names[i].len >= sizeof low)
			continue;
		if ((d = distance_within(low, me.len, names[i].s, names[i].len, within)) <= within) {
			bestd = d;
			best = names[i].s;
		}
	}
	return bestd <= most ? best : NULL;
}

const char *
text_find(const char *s, size_t len, const char *w, size_t wn)
{
	const char *end = s + len, *p = s;

	if (wn == 0)
		return s;
	while ((size_t)(end - p) >= wn && (p = memchr(p, w[0], (size_t)(end - p) - wn + 1)) != NULL) {
		if (memcmp(p, w, wn) == 0)
			return p;
		p++;
	}
	return NULL;
}

const char *
text_did_you_mean(const char *s, size_t len, const char *const *names, char *buf)
{
	const char *hint = text_suggest(s, len, names);

	if (hint == NULL)
		buf[0] = '\0';
	else
		snprintf(buf, TEXT_HINT_SIZE, "; did you mean '%.60s'?", hint);
	return buf;
}

/* Bytes of a field's key: 1 for a letter, 2 for a digit, '-' or '_'. */
static const unsigned char key_class[256] = {
	['-'] = 2, ['_'] = 2,
	['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2,
	['5'] = 2, ['6'] = 2, ['7'] = 2, ['8'] = 2, ['9'] = 2,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
	['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
	['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
	['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
	['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
	['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
	['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

size_t
text_key_len(const char *p, size_t n)
{
	size_t i = 1;

	if (n == 0 || key_class[(unsigned char)p[0]] != 1)
		return 0;
	while (i < n && key_class[(unsigned char)p[i]])
		i++;
	return i;
}
