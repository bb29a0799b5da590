/* journal.c: the journal reader.  One pass over large reads; each line is found, its words
 * counted and its '#' and ':' noticed in one vector loop (lines_avx512, lines_avx2), and
 * only the few lines that can matter (headings, fields, fences, lines with a '#' or ':')
 * are looked at twice. */

/* d_type in struct dirent (see entry_kind). */
#define _DEFAULT_SOURCE

#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "crypt.h"
#include "date.h"
#include "diag.h"
#include "file.h"
#include "journal.h"
#include "journal_int.h"
#include "markdown.h"
#include "instruments.h"
#include "text.h"
#include "ytree.h"

/* Where the system hides readdir's type names at our POSIX level (FreeBSD, macOS) or has
 * none, entry_kind asks lstat, and names the kinds itself. */
#ifndef DT_UNKNOWN
#define NO_D_TYPE
#define DT_UNKNOWN 0
#define DT_DIR 4
#define DT_REG 8
#define DT_LNK 10
#endif

/* What journal_scan_line notices in a line. */
#define MARK_HASH 1    /* a '#': maybe a tag */
#define MARK_COLON 2   /* a ':': maybe an inline field */
#define MARK_TICK 4    /* a '`': maybe inline code */

/* Reads are this big; a longer line grows the buffer to fit it. */
#define CHUNK (256 * 1024)
/* The scanners read whole 64-byte blocks, so buffers have this much slack. */
#define SLACK 64
/* Kept of a title or a first line: enough to recognise the day by. */
#define SNIPPET 240
/* Zero bytes after a kept snippet: one vector's worth, for snippet_valid. */
#define SNIPPET_PAD 32
/* Front matter longer than this is taken for a "---" line that was never closed. */
#define FRONT_MATTER_MAX (256 * 1024)

/* ---- entries ---- */

int
entry_has_tag(const struct entry *e, int id)
{
	for (size_t i = 0; i < e->ntags; i++)
		if (e->tags[i].id == id)
			return 1;
	return 0;
}

int
entry_counts_tag(const struct entry *e, int id)
{
	for (size_t i = 0; i < e->ntags; i++)
		if (e->tags[i].id == id)
			return e->tags[i].count > e->tags[i].raised;
	return 0;
}

int
entry_metric(const struct entry *e, int id, double *value)
{
	for (size_t i = 0; i < e->nmetrics; i++) {
		if (e->metrics[i].id == id) {
			*value = e->metrics[i].value;
			return 1;
		}
	}
	return 0;
}

/* ---- sets of names ---- */

/* Names are hashed and compared eight bytes at a time: a name's first eight (its head, zero
 * after its end) are kept beside it, so that a lookup of a short name, as most tags and keys
 * are, compares one word. */
#define HASH_MUL 0xff51afd7ed558ccdu

/* Up to eight bytes at s (len of them) as a word, zero after them. */
static uint64_t
word_of(const char *s, size_t len)
{
	uint64_t w = 0;

	memcpy(&w, s, len < 8 ? len : 8);
	return w;
}

/* The hash of the name (len bytes at s) that ends in its word w, zero after the name. */
static inline size_t
hash_words(const char *s, size_t len, uint64_t h, size_t from)
{
	uint64_t w;

	for (size_t i = from; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * HASH_MUL;
	}
	return (size_t)(h ^ h >> 29 ^ h >> 47);
}

/* The hash and the head of a name anywhere, with nothing readable after it. */
static size_t
name_hash(const char *s, size_t len, uint64_t *head)
{
	size_t whole = len & ~(size_t)7;
	uint64_t h = (len * HASH_MUL) ^ (whole < len ? (word_of(s + whole, len - whole) ^
	    0x9e3779b97f4a7c15u) * HASH_MUL : 0);

	*head = word_of(s, len);
	return hash_words(s, whole, h, 0);
}

/* The same for a name whose buffer has zero bytes after it up to a multiple of eight, as the
 * scratch buffer has: the last word is read whole. */
static inline size_t
padded_hash(const char *s, size_t len, uint64_t *head)
{
	size_t whole = len & ~(size_t)7;
	uint64_t last;

	memcpy(&last, s + whole, 8);
	memcpy(head, s, 8);
	return hash_words(s, whole, (len * HASH_MUL) ^ (whole < len ? (last ^
	    0x9e3779b97f4a7c15u) * HASH_MUL : 0), 0);
}

/* memcmp(a, b, len) == 0 for the short names of tags and metrics, without a call. */
static inline int
same(const char *a, const char *b, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

static inline int
names_lookup(const struct names *s, const char *name, size_t len, size_t hash, uint64_t head,
    size_t *at)
{
	size_t mask = s->nslots - 1, i = hash & mask;

	for (;; i = (i + 1) & mask) {
		int k = s->slot[i] - 1;

		if (k < 0) {
			*at = i;
			return -1;
		}
		if (s->len[k] == len && s->head[k] == head &&
		    (len <= 8 || same(s->name[k] + 8, name + 8, len - 8)))
			return k;
	}
}

int
names_find(const struct names *s, const char *name, size_t len)
{
	size_t at, hash;
	uint64_t head;

	if (s->nslots == 0)
		return -1;
	hash = name_hash(name, len, &head);
	return names_lookup(s, name, len, hash, head, &at);
}

/* Doubles the table of s, and puts its names in again by their hashes, kept: hashing each
 * name again read every name, a cache miss each, and was a third of the time of reading a
 * journal of a million different tags. */
static void
names_grow(struct names *s)
{
	size_t at, nslots = s->nslots ? 2 * s->nslots : 64;

	free(s->slot);
	s->slot = xmalloc(nslots * sizeof *s->slot);
	memset(s->slot, 0, nslots * sizeof *s->slot);
	s->nslots = nslots;
	/* The names are all different: each goes to the first free slot from its hash. */
	for (size_t i = 0; i < s->n; i++) {
		for (at = s->hash[i] & (nslots - 1); s->slot[at] != 0; at = (at + 1) & (nslots - 1))
			;
		s->slot[at] = (int)i + 1;
	}
}

/* Adds the new name, of that hash and head, to s at the free slot at. */
static int
names_insert(struct names *s, const char *name, size_t len, size_t hash, uint64_t head,
    size_t at)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->name = xrealloc(s->name, s->cap * sizeof *s->name);
		s->len = xrealloc(s->len, s->cap * sizeof *s->len);
		s->head = xrealloc(s->head, s->cap * sizeof *s->head);
		s->hash = xrealloc(s->hash, s->cap * sizeof *s->hash);
	}
	s->name[s->n] = xstrndup(name, len);
	s->len[s->n] = len;
	s->head[s->n] = head;
	s->hash[s->n] = hash;
	s->slot[at] = (int)s->n + 1;
	return (int)s->n++;
}

/* names_add with the name's hash and head already known. */
static inline int
names_add_hashed(struct names *s, const char *name, size_t len, size_t hash, uint64_t head)
{
	size_t at;
	int k;

	/* Kept at most half full, so that a miss ends soon. */
	if (2 * (s->n + 1) > s->nslots)
		names_grow(s);
	if ((k = names_lookup(s, name, len, hash, head, &at)) >= 0)
		return k;
	return names_insert(s, name, len, hash, head, at);
}

int
names_add(struct names *s, const char *name, size_t len)
{
	uint64_t head;
	size_t hash = name_hash(name, len, &head);

	return names_add_hashed(s, name, len, hash, head);
}

void
names_free(struct names *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->name[i]);
	free(s->name);
	free(s->len);
	free(s->head);
	free(s->hash);
	free(s->slot);
	memset(s, 0, sizeof *s);
}

/* ---- the line scanner ---- */

/* One line at a time, for any machine, and for the front matter a file turns out not to have;
 * the vector scanners below (lines_avx2, lines_avx512) must agree with it. */
const char *
journal_scan_line(const char *p, const char *end, unsigned long *words, int *marks)
{
	unsigned long w = 0;
	int in_word = 0, m = 0;

	for (; p < end && *p != '\n'; p++) {
		unsigned char c = (unsigned char)*p;
		int white = c == ' ' || (c >= '\t' && c <= '\r');

		w += !white && !in_word;
		in_word = !white;
		m |= c == '#' ? MARK_HASH : c == ':' ? MARK_COLON : c == '`' ? MARK_TICK : 0;
	}
	*words = w;
	*marks = m;
	return p;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define VECTOR_SCAN 1

static void line(struct journal *j, struct journal_file *f, const char *p, size_t n,
    unsigned long words, int marks);
static inline int plain_line(struct journal *j, struct journal_file *f, const char *p,
    size_t n, unsigned long words, int marks);

static inline int bulk_lines(struct journal *j, struct journal_file *f, uint64_t nl,
    uint64_t starts, uint64_t odd);

/* What the block scanners carry from one block to the next: the line being scanned. */
struct scan {
	const char *start;        /* of the line being scanned */
	unsigned long words;      /* in it so far */
	int marks;
	const char *first_hash;   /* its first '#' ... */
	size_t nhash;             /* ... and how many it has */
	uint64_t carry;           /* the byte before the block is in a word */
};

/* A 64-byte block as bit masks, bit i for its byte i, of those bytes that are the text's. */
struct block {
	uint64_t nl;              /* newlines */
	uint64_t starts;          /* the first bytes of words */
	uint64_t hashes, colons, ticks;
	/* Bytes that may make a line one plain_line refuses: a mark anywhere, or a '`' or '~'
	 * first on the line after up to three spaces, which may open a fence. */
	uint64_t odd;
};

/* The bits of the 64 bytes in lo and hi where a byte equals the broadcast c. */
static inline __attribute__((always_inline, target("avx2"))) uint64_t
bits_of(__m256i lo, __m256i hi, __m256i c)
{
	return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, c)) |
	    (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, c)) << 32;
}

/* The '`' and '~' of a block that may open a fence (fence_run): first on a line that starts
 * after one of the newlines nl, after up to three spaces.  A line is not odd for its indent,
 * and an outline is all indented lines.  A line that starts in the block and ends in a later
 * one is not the block's to take (bulk_lines), and plain_line looks at it: what is shifted
 * out is not needed. */
static inline uint64_t
fence_starts(uint64_t nl, uint64_t spaces, uint64_t marks)
{
	uint64_t at = nl << 1, reach = at;

	/* Most blocks have neither. */
	if (marks == 0)
		return 0;
	for (int i = 0; i < 3; i++) {
		at = (at & spaces) << 1;
		reach |= at;
	}
	return reach & marks;
}

/* The block at b, of whose bytes those in valid are the text's, in two 32-byte halves. */
static inline __attribute__((always_inline, target("avx2"))) struct block
block_avx2(const char *b, uint64_t valid, uint64_t *carry)
{
	const __m256i tab = _mm256_set1_epi8('\t'), four = _mm256_set1_epi8(4);
	__m256i lo = _mm256_loadu_si256((const __m256i *)(const void *)b);
	__m256i hi = _mm256_loadu_si256((const __m256i *)(const void *)(b + 32));
	/* \t \n \v \f \r are 9..13: v - 9 is at most 4 exactly for them. */
	__m256i xlo = _mm256_sub_epi8(lo, tab), xhi = _mm256_sub_epi8(hi, tab);
	uint64_t spaces = bits_of(lo, hi, _mm256_set1_epi8(' '));
	uint64_t white = spaces |
	    (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(xlo, four), xlo)) |
	    (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(xhi,
	    four), xhi)) << 32;
	uint64_t word = ~white & valid;
	struct block k;

	k.nl = bits_of(lo, hi, _mm256_set1_epi8('\n')) & valid;
	k.starts = word & ~(word << 1 | *carry);
	k.hashes = bits_of(lo, hi, _mm256_set1_epi8('#')) & valid;
	k.colons = bits_of(lo, hi, _mm256_set1_epi8(':')) & valid;
	k.ticks = bits_of(lo, hi, _mm256_set1_epi8('`')) & valid;
	k.odd = k.hashes | k.colons | fence_starts(k.nl, spaces, k.ticks |
	    bits_of(lo, hi, _mm256_set1_epi8('~')));
	*carry = word >> 63;
	return k;
}

/* block_avx2 in one register, whose comparisons give the masks themselves: a third of its
 * instructions, which shows on long lines (prose 10% faster on one thread), not on short. */
static inline __attribute__((always_inline, target("avx512f,avx512bw"))) struct block
block_avx512(const char *b, uint64_t valid, uint64_t *carry)
{
	__m512i v = _mm512_loadu_si512((const void *)b);
	uint64_t spaces = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(' '));
	uint64_t white = spaces | _mm512_cmple_epu8_mask(_mm512_sub_epi8(v,
	    _mm512_set1_epi8('\t')), _mm512_set1_epi8(4));
	uint64_t word = ~white & valid;
	struct block k;

	k.nl = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\n')) & valid;
	k.starts = word & ~(word << 1 | *carry);
	k.hashes = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('#')) & valid;
	k.colons = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(':')) & valid;
	k.ticks = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('`')) & valid;
	k.odd = k.hashes | k.colons | fence_starts(k.nl, spaces, k.ticks |
	    _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('~')));
	*carry = word >> 63;
	return k;
}

/* The line from sc->start to e. */
static inline __attribute__((always_inline)) void
scan_line(struct journal *j, struct journal_file *f, struct scan *sc, const char *e)
{
	if (!plain_line(j, f, sc->start, (size_t)(e - sc->start), sc->words, sc->marks)) {
		j->hash = sc->first_hash;
		j->nhash = sc->nhash;
		line(j, f, sc->start, (size_t)(e - sc->start), sc->words, sc->marks);
		j->hash = NULL;
	}
}

/* Adds to the line being scanned the marks of k's bytes in `in`, of the block at b. */
static inline __attribute__((always_inline, target("popcnt"))) void
scan_marks(struct scan *sc, const struct block *k, const char *b, uint64_t in)
{
	uint64_t hashes = k->hashes & in;

	sc->words += (unsigned long)__builtin_popcountll(k->starts & in);
	sc->marks |= (hashes ? MARK_HASH : 0) | (k->colons & in ? MARK_COLON : 0) |
	    (k->ticks & in ? MARK_TICK : 0);
	if (hashes) {
		sc->first_hash = sc->first_hash ? sc->first_hash : b + __builtin_ctzll(hashes);
		sc->nhash += (size_t)__builtin_popcountll(hashes);
	}
}

/* The lines that end in the block k at b, and the start of the one it leaves unfinished. */
static inline __attribute__((always_inline, target("popcnt"))) void
scan_block(struct journal *j, struct journal_file *f, struct scan *sc, const char *b,
    struct block k)
{
	/* The bytes of the block not yet scanned. */
	uint64_t left = ~(uint64_t)0;

	while (k.nl) {
		int at = __builtin_ctzll(k.nl);

		scan_marks(sc, &k, b, left & (((uint64_t)1 << at) - 1));
		scan_line(j, f, sc, b + at);
		sc->start = b + at + 1;
		sc->words = 0;
		sc->marks = 0;
		sc->first_hash = NULL;
		sc->nhash = 0;
		left = ~(uint64_t)1 << at;
		k.nl &= k.nl - 1;
		if (k.nl != 0 && bulk_lines(j, f, k.nl, k.starts & left, k.odd & left)) {
			/* The lines up to the block's last newline, at once. */
			left = ~(~(uint64_t)0 >> __builtin_clzll(k.nl));
			sc->start = b + 64 - __builtin_clzll(k.nl);
			k.nl = 0;
		}
	}
	scan_marks(sc, &k, b, left);
}

/* The lines from p to end.  Each 64-byte block is classified once into bit masks (white
 * space, newlines, word starts, '#', ':', '`'); each line then costs a few bit operations on
 * them, however short it is.  The last block is the text's in part, and reads the slack
 * after it. */
__attribute__((target("avx2,popcnt")))
static void
lines_avx2(struct journal *j, struct journal_file *f, const char *p, const char *end)
{
	struct scan sc = { p, 0, 0, NULL, 0, 0 };
	const char *b = p;

	for (; end - b >= 64; b += 64)
		scan_block(j, f, &sc, b, block_avx2(b, ~(uint64_t)0, &sc.carry));
	if (b < end)
		scan_block(j, f, &sc, b, block_avx2(b, ((uint64_t)1 << (end - b)) - 1,
		    &sc.carry));
	/* A last line without a newline. */
	if (sc.start < end)
		scan_line(j, f, &sc, end);
}

/* lines_avx2 with block_avx512. */
__attribute__((target("avx512f,avx512bw,avx2,popcnt")))
static void
lines_avx512(struct journal *j, struct journal_file *f, const char *p, const char *end)
{
	struct scan sc = { p, 0, 0, NULL, 0, 0 };
	const char *b = p;

	for (; end - b >= 64; b += 64)
		scan_block(j, f, &sc, b, block_avx512(b, ~(uint64_t)0, &sc.carry));
	if (b < end)
		scan_block(j, f, &sc, b, block_avx512(b, ((uint64_t)1 << (end - b)) - 1,
		    &sc.carry));
	if (sc.start < end)
		scan_line(j, f, &sc, end);
}

/* The fastest scanner the processor has (enum journal_scan), unless GOALKIT_SCAN asks for a
 * slower one: CI runs the end-to-end cases with each, as a machine without the faster
 * instructions would. */
static int
best_scanner(void)
{
	static int best = -1;

	if (best < 0) {
		const char *scan = getenv("GOALKIT_SCAN");

		__builtin_cpu_init();
		best = !__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("popcnt") ?
		    JOURNAL_SCAN_PORTABLE : !__builtin_cpu_supports("avx512f") ||
		    !__builtin_cpu_supports("avx512bw") ? JOURNAL_SCAN_AVX2 : JOURNAL_SCAN_AVX512;
		if (scan != NULL && strcmp(scan, "portable") == 0)
			best = JOURNAL_SCAN_PORTABLE;
		else if (scan != NULL && strcmp(scan, "avx2") == 0 && best > JOURNAL_SCAN_AVX2)
			best = JOURNAL_SCAN_AVX2;
	}
	return best;
}

static int
have_avx2(void)
{
	return best_scanner() >= JOURNAL_SCAN_AVX2;
}

/* The flags of what can be wrong where one byte follows another in UTF-8, for
 * utf8_valid_avx2: each pair of bytes is looked up three times (the first byte's high and low
 * halves, the second's high half), and a flag in all three is an error. */
#define U8_SHORT 0x01      /* a lead byte, then no continuation */
#define U8_LONG 0x02       /* a continuation after ASCII */
#define U8_OVER3 0x04      /* E0 80..9F: overlong */
#define U8_BIG 0x08        /* F4 90..BF, F5..FF: above U+10FFFF */
#define U8_SURR 0x10       /* ED A0..BF: a UTF-16 surrogate */
#define U8_OVER2 0x20      /* C0, C1: overlong */
#define U8_BIG80 0x40      /* F0 80..8F overlong, F5..FF 80..8F too big */
#define U8_CONTS 0x80      /* a continuation after a continuation: right only inside 3 or 4 */
#define U8_ANY (U8_SHORT | U8_LONG | U8_CONTS)

/* A table of 16 bytes for _mm256_shuffle_epi8, which looks up each 128-bit half apart.  The
 * flags above 0x7f are bytes, not chars: each goes through U8_B so clang does not take the
 * conversion for a mistake. */
#define U8_B(x) ((char)(unsigned char)(x))
#define U8_TABLE(a, b, c, d, e, f, g, h, i, k, l, m, n, o, p, q) _mm256_setr_epi8(U8_B(a), \
	U8_B(b), U8_B(c), U8_B(d), U8_B(e), U8_B(f), U8_B(g), U8_B(h), U8_B(i), U8_B(k), U8_B(l), \
	U8_B(m), U8_B(n), U8_B(o), U8_B(p), U8_B(q), U8_B(a), U8_B(b), U8_B(c), U8_B(d), U8_B(e), \
	U8_B(f), U8_B(g), U8_B(h), U8_B(i), U8_B(k), U8_B(l), U8_B(m), U8_B(n), U8_B(o), U8_B(p), \
	U8_B(q))

/* The 32 bytes of v moved up k bytes, with the last k of prev below them. */
#define U8_PREV(v, prev, k) _mm256_alignr_epi8((v), _mm256_permute2x128_si256((prev), (v), 0x21), \
	16 - (k))

/* Whether the len bytes at s (with slack to a multiple of 32) are all ASCII: most snippets
 * are, and need no tables. */
__attribute__((target("avx2")))
static inline int
utf8_ascii_avx2(const char *s, size_t len)
{
	__m256i any = _mm256_setzero_si256();

	for (size_t at = 0; at < len; at += 32)
		any = _mm256_or_si256(any, _mm256_loadu_si256((const __m256i *)(const void *)(s + at)));
	return _mm256_movemask_epi8(any) == 0;
}

/* Whether the len bytes at s are well-formed UTF-8, 32 at a time; s must have 32 zero bytes
 * after len (keep_snippet's buffers do), which end a sequence left open as ASCII would. */
__attribute__((target("avx2")))
static int
utf8_valid_avx2(const char *s, size_t len)
{
	const __m256i first_high = U8_TABLE(U8_LONG, U8_LONG, U8_LONG, U8_LONG, U8_LONG, U8_LONG,
	    U8_LONG, U8_LONG, U8_CONTS, U8_CONTS, U8_CONTS, U8_CONTS, U8_SHORT | U8_OVER2, U8_SHORT,
	    U8_SHORT | U8_OVER3 | U8_SURR, U8_SHORT | U8_BIG | U8_BIG80);
	const __m256i first_low = U8_TABLE(U8_ANY | U8_OVER3 | U8_OVER2 | U8_BIG80,
	    U8_ANY | U8_OVER2, U8_ANY, U8_ANY, U8_ANY | U8_BIG, U8_ANY | U8_BIG | U8_BIG80,
	    U8_ANY | U8_BIG | U8_BIG80, U8_ANY | U8_BIG | U8_BIG80, U8_ANY | U8_BIG | U8_BIG80,
	    U8_ANY | U8_BIG | U8_BIG80, U8_ANY | U8_BIG | U8_BIG80, U8_ANY | U8_BIG | U8_BIG80,
	    U8_ANY | U8_BIG | U8_BIG80, U8_ANY | U8_BIG | U8_BIG80 | U8_SURR,
	    U8_ANY | U8_BIG | U8_BIG80, U8_ANY | U8_BIG | U8_BIG80);
	const __m256i second_high = U8_TABLE(U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT,
	    U8_SHORT, U8_SHORT, U8_SHORT,
	    U8_LONG | U8_OVER2 | U8_CONTS | U8_OVER3 | U8_BIG80,
	    U8_LONG | U8_OVER2 | U8_CONTS | U8_OVER3 | U8_BIG,
	    U8_LONG | U8_OVER2 | U8_CONTS | U8_SURR | U8_BIG,
	    U8_LONG | U8_OVER2 | U8_CONTS | U8_SURR | U8_BIG,
	    U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT);
	const __m256i low4 = _mm256_set1_epi8(0x0f), top = _mm256_set1_epi8((char)0x80);
	/* Two bytes back at least E0, or three back at least F0: must be a continuation. */
	const __m256i lead3 = _mm256_set1_epi8(0xe0 - 0x80), lead4 = _mm256_set1_epi8(0xf0 - 0x80);
	__m256i prev = _mm256_setzero_si256(), bad = _mm256_setzero_si256();

	/* Up to and including the zero byte after the text. */
	for (size_t at = 0; at <= len; at += 32) {
		__m256i in = _mm256_loadu_si256((const __m256i *)(const void *)(s + at));
		__m256i p1, p2, p3, pairs, must;

		/* ASCII after ASCII has nothing wrong with it. */
		if (_mm256_movemask_epi8(_mm256_or_si256(in, prev)) == 0) {
			prev = in;
			continue;
		}
		p1 = U8_PREV(in, prev, 1);
		p2 = U8_PREV(in, prev, 2);
		p3 = U8_PREV(in, prev, 3);
		pairs = _mm256_and_si256(_mm256_and_si256(
		    _mm256_shuffle_epi8(first_high, _mm256_and_si256(_mm256_srli_epi16(p1, 4), low4)),
		    _mm256_shuffle_epi8(first_low, _mm256_and_si256(p1, low4))),
		    _mm256_shuffle_epi8(second_high, _mm256_and_si256(_mm256_srli_epi16(in, 4), low4)));
		must = _mm256_and_si256(_mm256_or_si256(_mm256_subs_epu8(p2, lead3),
		    _mm256_subs_epu8(p3, lead4)), top);
		bad = _mm256_or_si256(bad, _mm256_xor_si256(must, pairs));
		prev = in;
	}
	return _mm256_testz_si256(bad, bad);
}

#endif

/* Whether the len bytes at s, with 32 zero bytes after them, are well-formed UTF-8. */
static int
snippet_valid(const char *s, size_t len)
{
#ifdef VECTOR_SCAN
	if (have_avx2())
		return utf8_ascii_avx2(s, len) || utf8_valid_avx2(s, len);
#endif
	return text_utf8_invalid(s, len) == len;
}

/* ---- the entry being read ---- */

/* Reports a finding about the text of the file being read, at line, under rule. */
static void
warning(struct journal *j, const char *rule, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
warning(struct journal *j, const char *rule, long line, const char *fmt, ...)
{
	va_list ap;

	j->warnings++;
	if (j->on_findings == NULL && j->keep == NULL && !j->piece)
		return;
	va_start(ap, fmt);
	diags_addv(&j->found, SEV_WARNING, rule, 0, line > INT_MAX ? INT_MAX : (int)line, 0, NULL,
	    fmt, ap);
	va_end(ap);
}

/* Hands findings about file to on_findings and keep, when set, leaving d empty. */
static void
hand_over(struct journal *j, const char *file, struct diags *d)
{
	if (j->on_findings != NULL)
		j->on_findings(j->prog, file, d);
	if (j->keep != NULL)
		diag_files_take(j->keep, file, d);
	diags_free(d);
	memset(d, 0, sizeof *d);
}

/* Hands the findings of file over, once it has been read. */
static void
findings_flush(struct journal *j, const char *file)
{
	if (j->found.n == 0)
		return;
	hand_over(j, file, &j->found);
}

/* A file's findings are handed over FLUSH_FINDINGS at a time as it is read, not all at its
 * end: a journal of a million warnings held them all (265 MB for 64 MiB).  Not a piece's,
 * which are put in place later, nor those kept by file (goalcheck's json). */
#define FLUSH_FINDINGS 4096

void
journal_findings_some(struct journal *j, const char *file)
{
	if (j->found.n >= FLUSH_FINDINGS && j->keep == NULL && !j->piece)
		findings_flush(j, file);
}

/* Checks text kept from the file; ill-formed UTF-8 is warned about once a file, so after the
 * warning nothing more is looked at. */
static void
utf8_check(struct journal *j, struct journal_file *f, const char *s, size_t len)
{
	size_t bad;

	if (f->warned_utf8 || (bad = text_utf8_invalid(s, len)) == len)
		return;
	warning(j, JOURNAL_INVALID_UTF8, f->line, "invalid UTF-8 (byte 0x%02x); kept as it is",
	    (unsigned char)s[bad]);
	f->warned_utf8 = 1;
}

/* The length of the snippet of the len bytes at s: at most SNIPPET, cut at a character
 * boundary. */
static size_t
snippet_len(const char *s, size_t len)
{
	if (len > SNIPPET) {
		len = SNIPPET;
		while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80)
			len--;
	}
	return len;
}

/* Copies the snippet of s into *dst, with SNIPPET_PAD zero bytes after it (for
 * snippet_valid); returns the length kept. */
static size_t
keep_snippet(char **dst, size_t *cap, const char *s, size_t len)
{
	len = snippet_len(s, len);
	if (*dst == NULL || *cap < len + SNIPPET_PAD) {
		*cap = SNIPPET + SNIPPET_PAD;
		*dst = xrealloc(*dst, *cap);
	}
	memcpy(*dst, s, len);
	memset(*dst + len, 0, SNIPPET_PAD);
	return len;
}

/* utf8_check for a snippet that keep_snippet kept: well-formed text, the most of it, is told
 * apart a vector at a time. */
static void
snippet_check(struct journal *j, struct journal_file *f, const char *s, size_t len)
{
	if (!f->warned_utf8 && !snippet_valid(s, len))
		utf8_check(j, f, s, len);
}

/* Drops the open entry without reporting it; entry_close reports it first. */
static void
entry_drop(struct journal *j)
{
	for (size_t i = 0; i < j->cur.ntags; i++)
		j->tag_at[j->tv[i].id] = 0;
	for (size_t i = 0; i < j->cur.nmetrics; i++)
		j->metric_at[j->mv[i].id] = 0;
	j->open = 0;
}

/* Puts e among the two of v (v[0] first) that come first by before, when it is one. */
static inline void
edge_keep(struct journal_edge v[2], unsigned long n, const struct journal_edge *e, int before)
{
	if (n == 0 || ((e->day < v[0].day) == before && e->day != v[0].day)) {
		v[1] = v[0];
		v[0] = *e;
	} else if (n == 1 || ((e->day < v[1].day) == before && e->day != v[1].day))
		v[1] = *e;
}

/* journal_edge_add, for each entry closed. */
static inline void
edge_add(struct journal *j, const char *file, long line, long day)
{
	struct journal_edge e = { day, line, NULL };

	/* Most entries come between the earliest and the latest, and are only counted. */
	if (j->nedges++ >= 2 && day > j->early[1].day && day < j->late[1].day)
		return;
	/* The name is kept once a file; the file's own is freed when it has been read. */
	if (file != j->edge_of) {
		j->edge_of = file;
		j->edge_name = journal_key_file(j, file);
	}
	e.file = j->edge_name;
	edge_keep(j->early, j->nedges - 1, &e, 1);
	edge_keep(j->late, j->nedges - 1, &e, 0);
}

void
journal_edge_add(struct journal *j, const char *file, long line, long day)
{
	edge_add(j, file, line, day);
}

static void
entry_close(struct journal *j)
{
	if (!j->open)
		return;
	edge_add(j, j->cur.file, j->cur.line, j->cur.day);
	j->cur.metrics = j->mv;
	j->cur.tags = j->tv;
	j->cur.title = j->title ? j->title : "";
	j->cur.first = j->first ? j->first : "";
	j->on_entry(&j->cur, j->ctx);
	entry_drop(j);
}

void
journal_entry_close(struct journal *j)
{
	entry_close(j);
}

static void
entry_open(struct journal *j, const struct journal_file *f, long line, long day, int minute)
{
	entry_close(j);
	memset(&j->cur, 0, sizeof j->cur);
	j->cur.phq9_item9 = -1;
	j->cur.file = f->name;
	j->cur.line = line;
	j->cur.day = day;
	j->cur.minute = minute;
	if (j->title)
		j->title[0] = '\0';
	if (j->first)
		j->first[0] = '\0';
	j->title_len = j->first_len = 0;
	j->has_first = 0;
	j->open = 1;
}


/* An entry's metrics are found by number, not by a search: a daily note may have dozens. */
static inline void
add_metric(struct journal *j, int id, double value)
{
	if ((size_t)id >= j->metric_at_cap) {
		size_t n = j->metric_at_cap ? 2 * j->metric_at_cap : 64;

		while (n <= (size_t)id)
			n *= 2;
		j->metric_at = xrealloc(j->metric_at, n * sizeof *j->metric_at);
		memset(j->metric_at + j->metric_at_cap, 0, (n - j->metric_at_cap) *
		    sizeof *j->metric_at);
		j->metric_at_cap = n;
	}
	if (j->metric_at[id]) {
		j->mv[j->metric_at[id] - 1].value = value;
		return;
	}
	if (j->cur.nmetrics == j->mcap) {
		j->mcap = j->mcap ? 2 * j->mcap : 8;
		j->mv = xrealloc(j->mv, j->mcap * sizeof *j->mv);
	}
	j->mv[j->cur.nmetrics].id = id;
	j->mv[j->cur.nmetrics++].value = value;
	j->metric_at[id] = (int)j->cur.nmetrics;
}

/* journal_tag_met, inlined where every tag goes through it. */
static inline __attribute__((always_inline)) void
tag_met(struct journal *j, int id)
{
	if ((size_t)id >= j->tag_at_cap) {
		size_t n = j->tag_at_cap ? 2 * j->tag_at_cap : 256;

		while (n <= (size_t)id)
			n *= 2;
		j->tag_at = xrealloc(j->tag_at, n * sizeof *j->tag_at);
		memset(j->tag_at + j->tag_at_cap, 0, (n - j->tag_at_cap) * sizeof *j->tag_at);
		j->tag_first = xrealloc(j->tag_first, n * sizeof *j->tag_first);
		memset(j->tag_first + j->tag_at_cap, 0, (n - j->tag_at_cap) * sizeof *j->tag_first);
		j->tag_at_cap = n;
	}
	if (j->tag_first[id] == 0)
		j->tag_first[id] = ++j->ntag_first;
}

void
journal_tag_met(struct journal *j, int id)
{
	tag_met(j, id);
}

/* Adds one occurrence of a tag (already lower-cased) to the open entry. */
static void
add_tag_id(struct journal *j, int id)
{
	tag_met(j, id);
	/* Kept for on_line, and for a line's #raise (raised_line). */
	if (j->nline_tags == j->line_tags_cap) {
		j->line_tags_cap = j->line_tags_cap ? 2 * j->line_tags_cap : 16;
		j->line_tags = xrealloc(j->line_tags, j->line_tags_cap * sizeof *j->line_tags);
	}
	j->line_tags[j->nline_tags++] = id;
	if (j->tag_at[id]) {
		j->tv[j->tag_at[id] - 1].count++;
		return;
	}
	if (j->cur.ntags == j->tcap) {
		j->tcap = j->tcap ? 2 * j->tcap : 16;
		j->tv = xrealloc(j->tv, j->tcap * sizeof *j->tv);
	}
	j->tv[j->cur.ntags].id = id;
	j->tv[j->cur.ntags].count = 1;
	j->tv[j->cur.ntags].raised = 0;
	j->tag_at[id] = (int)++j->cur.ntags;
}

/* ---- pieces of a line ---- */

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
			return 0;
	return 1;
}

static size_t
skip_space(const char *p, size_t i, size_t n)
{
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	return i;
}

static size_t
trim_end(const char *p, size_t n)
{
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
		n--;
	return n;
}

/* The len bytes at s with ASCII letters lower-cased, in the journal's scratch buffer. */
static const char *
lower(struct journal *j, const char *s, size_t len)
{
	if (j->scratch_cap < len + 1) {
		j->scratch_cap = len + 1 > 256 ? len + 1 : 256;
		j->scratch = xrealloc(j->scratch, j->scratch_cap);
	}
	for (size_t i = 0; i < len; i++)
		j->scratch[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
	j->scratch[len] = '\0';
	return j->scratch;
}

int
journal_tag(struct journal *j, const char *name, size_t len)
{
	if (len > 0 && name[0] == '#')
		name++, len--;
	return names_add(&j->tags, lower(j, name, len), len);
}

int
journal_tag_state(struct journal *j, const char *name, size_t len, const char *state)
{
	size_t w = strlen(state);
	char *s;
	int id;

	if (len > 0 && name[0] == '#')
		name++, len--;
	s = xmalloc(len + 2 + w);
	memcpy(s, name, len);
	s[len] = ':';
	memcpy(s + len + 1, state, w + 1);
	id = names_add(&j->tags, lower(j, s, len + 1 + w), len + 1 + w);
	free(s);
	return id;
}

int
journal_metric(struct journal *j, const char *name, size_t len)
{
	return names_add(&j->metrics, lower(j, name, len), len);
}

/* Numbers a person may write as words ("mood: six"). */
static const char *const number_words[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", "twenty",
};

/* Keys whose values are lengths of time, so that "sleep: 7:30" is seven and a half hours
 * and not a time of day. */
static const char *const duration_keys[] = {
	"sleep", "nap", "screen", "screen-time", "screentime", "exercise", "workout", "walk",
	"walking", "run", "running", "yoga", "meditation", "meditate", "reading", "study",
	"work", "practice", "outside", "duration", "time-outside",
};

/* Values that say on purpose that there is none today: not counted, and not warned about.
 * The last two are an em dash and an en dash. */
static const char *const no_value[] = {
	"-", "--", "?", "n/a", "na", "none", "skip", "skipped", "x", "\xe2\x80\x94", "\xe2\x80\x93",
};

static int
is_no_value(const char *p, size_t n)
{
	for (size_t i = 0; i < sizeof no_value / sizeof no_value[0]; i++)
		if (strlen(no_value[i]) == n && strncasecmp(no_value[i], p, n) == 0)
			return 1;
	return 0;
}

int
journal_duration_key(const char *k, size_t len)
{
	for (size_t i = 0; i < sizeof duration_keys / sizeof duration_keys[0]; i++)
		if (strlen(duration_keys[i]) == len && strncasecmp(duration_keys[i], k, len) == 0)
			return 1;
	return 0;
}

/* A number written as a word, alone or before a blank or '/': its value, or -1. */
static int
number_word(const char *p, size_t n)
{
	for (size_t i = 0; i < sizeof number_words / sizeof number_words[0]; i++) {
		size_t w = strlen(number_words[i]);

		if (n >= w && strncasecmp(p, number_words[i], w) == 0 &&
		    (n == w || p[w] == ' ' || p[w] == '/' || p[w] == '\t'))
			return (int)i;
	}
	return -1;
}

/* Digits at p[*i]: their value, adding their count to *digits. */
static double
read_digits(const char *p, size_t n, size_t *i, size_t *digits)
{
	double v = 0;

	for (; *i < n && is_digit(p[*i]); (*i)++, (*digits)++)
		v = v * 10 + (p[*i] - '0');
	return v;
}

/* After a whole number v at p[*i]: ",000" groups ("10,000"), or a decimal written with a
 * point or a comma ("7.5", "6,5"; a comma before exactly three digits is a thousands
 * separator, as in English).  Returns the number. */
static double
read_fraction(const char *p, size_t n, size_t *i, size_t *digits, double v)
{
	double scale = 1;
	size_t k;

	while (*i < n && p[*i] == ',') {
		for (k = 1; *i + k < n && is_digit(p[*i + k]); k++)
			;
		if (k != 4)
			break;
		v = v * 1000 + (p[*i + 1] - '0') * 100 + (p[*i + 2] - '0') * 10 + (p[*i + 3] - '0');
		*i += 4, *digits += 3;
	}
	if (*i + 1 < n && (p[*i] == '.' || p[*i] == ',') && is_digit(p[*i + 1]))
		for ((*i)++; *i < n && is_digit(p[*i]); (*i)++, (*digits)++)
			v += (p[*i] - '0') * (scale /= 10);
	return v;
}

/* "7h30", "7h 30m" and "7h5m" are hours v and the minutes after them at p[*i].  Minutes
 * that cannot be ("7h75", "1h 90m") or may be read two ways ("7h5": five minutes, or half an
 * hour?) make the value NAN, no number, rather than the hours alone. */
static double
read_minutes(const char *p, size_t n, size_t *i, double v)
{
	size_t k = *i, d;
	int m = 0;

	if (k >= n || p[k] != 'h')
		return v;
	k++;
	if (k < n && p[k] == ' ')
		k++;
	if (k >= n || !is_digit(p[k]))
		return v;   /* "7h", "7h tired" */
	for (d = k; d < n && is_digit(p[d]) && d - k < 3; d++)
		m = m * 10 + (p[d] - '0');
	if (m >= 60 || d - k == 3 || (d - k == 1 && (d == n || p[d] != 'm')))
		return NAN;
	*i = d;
	return v + m / 60.0;
}

/* The commonest values, one or two digits with at most one decimal ("7", "10", "7.5",
 * "6/10", "8 hours"), ended by the value's end, '/' or a space: sets *out with the same
 * arithmetic as read_digits and read_fraction, and returns 1; 0 for any other, which
 * parse_metric reads in full. */
static inline int
simple_metric(const char *p, size_t n, double *out)
{
	size_t i = 1;
	double v;

	if (n == 0 || !is_digit(p[0]))
		return 0;
	v = p[0] - '0';
	if (i < n && is_digit(p[i]))
		v = v * 10 + (p[i++] - '0');
	if (i + 1 < n && p[i] == '.' && is_digit(p[i + 1])) {
		v += (p[i + 1] - '0') * (1 / 10.0);
		i += 2;
	}
	if (i < n && p[i] != '/' && p[i] != ' ')
		return 0;
	*out = v;
	return 1;
}

/* A metric's value: a number at the start of the text ("6", "6/10", "7.5h", "6,5", "10,000",
 * "7h30", "-1", "six").  A date or a time of day is not a metric, though it starts with
 * digits; but H:MM is hours and minutes for a key that measures a length of time
 * (duration).  Returns 1 and sets *out. */
static int
parse_metric(const char *p, size_t n, int duration, double *out)
{
	size_t i = 0, digits = 0;
	double v;
	int neg = 0, w;

	if (simple_metric(p, n, out))
		return 1;
	/* Most values start with a digit: the words are looked at only when one starts with a
	 * letter, as this is the loop a journal's every field goes through. */
	if (n > 0 && is_alpha(p[0]) && (w = number_word(p, n)) >= 0) {
		*out = w;
		return 1;
	}
	if (i < n && (p[i] == '+' || p[i] == '-'))
		neg = p[i++] == '-';
	v = read_digits(p, n, &i, &digits);
	/* YYYY-MM-DD and H:MM or HH:MM; "5-6" is still the number 5. */
	if (digits == 4 && n - i >= 6 && p[i] == '-' && is_digit(p[i + 1]) && is_digit(p[i + 2]) &&
	    p[i + 3] == '-' && is_digit(p[i + 4]) && is_digit(p[i + 5]))
		return 0;
	if ((digits == 1 || digits == 2) && n - i >= 3 && p[i] == ':' && is_digit(p[i + 1]) &&
	    is_digit(p[i + 2]) && (n - i == 3 || !is_digit(p[i + 3]))) {
		if (!duration || neg || p[i + 1] > '5')
			return 0;
		v += ((p[i + 1] - '0') * 10 + (p[i + 2] - '0')) / 60.0;
		/* H:MM:SS, as a run's time is written. */
		if (n - i >= 6 && p[i + 3] == ':' && is_digit(p[i + 4]) && is_digit(p[i + 5]) &&
		    (n - i == 6 || !is_digit(p[i + 6]))) {
			if (p[i + 4] > '5')
				return 0;
			v += ((p[i + 4] - '0') * 10 + (p[i + 5] - '0')) / 3600.0;
		}
		*out = v;
		return 1;
	}
	v = read_fraction(p, n, &i, &digits, v);
	if (digits > 0 && !neg)
		v = read_minutes(p, n, &i, v);
	/* Hundreds of digits make an infinity, which no mean survives; and sums of numbers of
	 * sixteen digits or more overflow first, or lose their units: no count is that big. */
	if (digits == 0 || !isfinite(v) || v >= 1e15)
		return 0;
	*out = neg ? -v : v;
	return 1;
}

static void add_tags_from_list(struct journal *j, struct journal_file *f, const char *p,
    size_t n);

static void add_skips_from_list(struct journal *j, const char *p, size_t n);

/* A field scored by published rules (instruments.h): a questionnaire, or a goal's "gas-" level. */
static int
scored_key(const char *k, size_t klen)
{
	return instrument_find(k, klen) >= 0 || (klen > strlen(GAS_PREFIX) &&
	    strncasecmp(k, GAS_PREFIX, strlen(GAS_PREFIX)) == 0);
}

/* Makes the scratch buffer hold at least len bytes and the eight zero bytes a padded_hash
 * reads after them. */
static inline void
scratch_room(struct journal *j, size_t len)
{
	if (j->scratch_cap < len + 8) {
		j->scratch_cap = 2 * (len + 8) > 256 ? 2 * (len + 8) : 256;
		j->scratch = xrealloc(j->scratch, j->scratch_cap);
	}
}

/* The eight bytes of w with the ASCII capitals among them lower-cased, at once. */
static inline uint64_t
ascii_lower(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101u, top = 0x8080808080808080u;
	uint64_t x = w & ~top;  /* each byte's low seven bits, which cannot carry over */
	uint64_t from_a = (x + (0x80 - 'A') * ones) & top, past_z = (x + (0x7f - 'Z') * ones) & top;

	/* 0x80 >> 2 is the 0x20 between 'A' and 'a'. */
	return w | (from_a & ~past_z & ~w) >> 2;
}

/* journal_key_id, inlined where every field's key goes through it. */
static inline __attribute__((always_inline)) int
key_id(struct journal *j, const char *k, size_t klen)
{
	size_t before = j->keys.n, hash;
	struct key_info *ki;
	uint64_t head;
	int id;

	hash = padded_hash(k, klen, &head);
	id = names_add_hashed(&j->keys, k, klen, hash, head);
	if (j->keys.n == before)
		return id;
	if ((size_t)id >= j->key_info_cap) {
		j->key_info_cap = j->key_info_cap ? 2 * j->key_info_cap : 32;
		j->key_info = xrealloc(j->key_info, j->key_info_cap * sizeof *j->key_info);
	}
	ki = &j->key_info[id];
	ki->metric = -1;
	ki->uses = 0;
	ki->file = NULL;
	ki->duration = journal_duration_key(k, klen);
	ki->in = instrument_find(k, klen);
	if (klen == 4 && memcmp(k, "tags", 4) == 0)
		ki->kind = KEY_TAGS;
	else if (klen == strlen(JOURNAL_SKIP_KEY) && memcmp(k, JOURNAL_SKIP_KEY, klen) == 0)
		ki->kind = KEY_SKIP;
	else if (ki->in >= 0)
		ki->kind = KEY_SCORE;
	else if (klen > strlen(GAS_PREFIX) && memcmp(k, GAS_PREFIX, strlen(GAS_PREFIX)) == 0)
		ki->kind = KEY_GAS;
	else
		ki->kind = KEY_METRIC;
	return id;
}

/* The number of the key (klen bytes at key, which are read a word at a time: seven bytes
 * after them must be readable, as they are in the read buffer) in j->keys, lower-cased,
 * classified when new. */
static int
key_number(struct journal *j, const char *key, size_t klen)
{
	char *d;

	scratch_room(j, klen);
	d = j->scratch;
	for (size_t i = 0; i < klen; i += 8) {
		uint64_t w;

		memcpy(&w, key + i, 8);
		w = ascii_lower(w);
		memcpy(d + i, &w, 8);
	}
	memset(d + klen, 0, 8);
	return key_id(j, d, klen);
}

int
journal_key_id(struct journal *j, const char *k, size_t klen)
{
	return key_id(j, k, klen);
}

/* A questionnaire's score (instruments.h) in a field of the open entry. */
static void
add_score(struct journal *j, long line, int in, const char *val, size_t vlen)
{
	const char *name = instrument_table[in].key;
	struct score sc;
	struct diags why = { 0 };

	/* A score read wrong is worse than none: its total would pass for a real one. */
	if (score_parse((enum instrument)in, val, vlen, &sc, &why) < 0) {
		/* But a sign of self-harm must still reach the person. */
		if (in == INST_PHQ9 && sc.nitems == 9 && sc.item[8] >= 1 && sc.item[8] <= 3) {
			warning(j, JOURNAL_BAD_SCORE, line, "%s; the score is not counted, but its "
			    "item 9 (thoughts of self-harm) is %d: please raise it with your "
			    "therapist", why.v[0].message, (int)sc.item[8]);
			/* Kept on the entry, so that the safety line is in every output, not only
			 * in this warning. */
			if ((int)sc.item[8] > j->cur.phq9_item9)
				j->cur.phq9_item9 = (int)sc.item[8];
		}
		else
			warning(j, JOURNAL_BAD_SCORE, line, "%s; the score is not counted",
			    why.v[0].message);
		diags_free(&why);
		return;
	}
	if (why.n > 0)	/* a note: two-decimal marks were rounded */
		warning(j, JOURNAL_ROUNDED_SCORE, line, "%s", why.v[0].message);
	diags_free(&why);
	/* Written twice, the last score counts, but a sign of self-harm in either is kept: the
	 * safety line must not depend on which was written last. */
	if (in == INST_PHQ9 && sc.nitems > 0 && (int)sc.item[8] > j->cur.phq9_item9)
		j->cur.phq9_item9 = (int)sc.item[8];
	/* "PHQ-9: 12" is the phq9 of the reports, whichever way it was spelled. */
	add_metric(j, names_add(&j->metrics, name, strlen(name)), sc.total);
}

const char *
journal_key_file(struct journal *j, const char *name)
{
	/* Added first: adding may move the array of names. */
	int id = names_add(&j->key_files, name, strlen(name));

	return j->key_files.name[id];
}

/* The metric a key names, added to j->metrics at its first value. */
static inline int
key_metric(struct journal *j, int id)
{
	struct key_info *ki = &j->key_info[id];

	if (ki->metric < 0)
		ki->metric = names_add(&j->metrics, j->keys.name[id], j->keys.len[id]);
	return ki->metric;
}

/* In a piece of a large file, the not-a-number finding about to be given for key: it stands
 * only if the pieces before gave the key a number (journal_unsure). */
static void
unsure(struct journal *j, int key)
{
	if (j->nunsure == j->unsure_cap) {
		j->unsure_cap = j->unsure_cap ? 2 * j->unsure_cap : 16;
		j->unsure = xrealloc(j->unsure, j->unsure_cap * sizeof *j->unsure);
	}
	j->unsure[j->nunsure].at = j->found.n;
	j->unsure[j->nunsure++].key = key;
}

/* Counts v for the metric key id names, with where its first value was. */
static inline void
metric_value(struct journal *j, struct journal_file *f, long line, int id, double v)
{
	struct key_info *ki = &j->key_info[id];

	add_metric(j, key_metric(j, id), v);
	if (ki->uses++ == 0) {
		ki->file = journal_key_file(j, f->name);
		ki->line = line;
	}
}

/* Records the value of a field of the open entry whose key is key id (klen bytes at key),
 * written on the file's line `line`: a metric when its value starts with a number, a
 * questionnaire's score (instruments.h) when its key names one; `tags` lists tags.  Returns
 * 1, with the number in *v, when it counted a metric's number: that alone depends on nothing
 * but the key and the value (see field_memo). */
static int
field_value(struct journal *j, struct journal_file *f, long line, int id, const char *val,
    size_t vlen, double *v)
{
	const char *key = j->keys.name[id];
	int klen = (int)j->keys.len[id], level;

	switch (j->key_info[id].kind) {
	case KEY_TAGS:
		add_tags_from_list(j, f, val, vlen);
		break;
	case KEY_SKIP:
		add_skips_from_list(j, val, vlen);
		break;
	case KEY_SCORE:
		add_score(j, line, j->key_info[id].in, val, vlen);
		break;
	case KEY_GAS:
		if (j->key_info[id].uses++ == 0) {
			j->key_info[id].file = journal_key_file(j, f->name);
			j->key_info[id].line = line;
		}
		/* A goal attainment level is one of five; anything else would skew the T-score. */
		if (!gas_level_parse(val, vlen, &level)) {
			warning(j, JOURNAL_BAD_GAS_LEVEL, line, "%.*s: '%.*s' is not a level from -2 "
			    "to +2; it is not counted", klen, key, (int)(vlen < 20 ? vlen : 20), val);
			break;
		}
		add_metric(j, key_metric(j, id), level);
		break;
	case KEY_METRIC:
		if (parse_metric(val, vlen, j->key_info[id].duration, v)) {
			metric_value(j, f, line, id, *v);
			return 1;
		}
		if ((j->key_info[id].metric >= 0 || j->piece) && vlen > 0 &&
		    !is_no_value(val, vlen)) {
			/* A key that has had numbers is a metric: a value it cannot count (an
			 * emoji, a word) would otherwise vanish from its mean unseen. */
			if (j->key_info[id].metric < 0)
				unsure(j, id);
			warning(j, JOURNAL_NOT_A_NUMBER, line, "%.*s: '%.*s' is not a number; it is "
			    "not counted (write a number, as in '%.*s: 6')", klen, key,
			    (int)(vlen < 20 ? vlen : 20), val, klen, key);
		}
		break;
	}
	return 0;
}

/* A journal of metrics repeats its field lines ("mood: 6", "sleep: 7.5") thousands of times,
 * and reading one (its key's length and number, its value's number) was most of the
 * reading.  Short field lines whose value counted are kept, by their bytes, with the key's
 * number and the value; the same bytes again where they would be a field again are counted
 * from here.  What else a field does (the entry, the key's first use) is done each time.
 * A slot holds the last line whose bytes hash to it: a journal of 20 keys with values of
 * one decimal has a few thousand lines (the bench's metric-heavy shape 4,300), which 4096
 * slots missed one time in six, 8192 (384 KiB) one in eleven and 16384 one in twenty; but
 * 16384 made a journal of a field an entry 7% slower (a cache miss a field), 8192 not. */
#define MEMO_LINE 24     /* bytes at most: three words */
#define MEMO_BITS 13
#define MEMO_SLOTS (1 << MEMO_BITS)

struct field_memo {
	uint64_t w[3];      /* the line's bytes, zero after its end */
	uint32_t n;         /* 0: an empty slot */
	uint32_t gen;       /* the slot holds a line only if this is journal.memo_gen */
	int id;             /* the key's */
	int sep;            /* 1 "key: value", a field under the heading only; 2 "key:: value" */
	double v;
};

/* The word at p with the bytes from the have-th on made zero. */
static inline uint64_t
memo_word(const char *p, size_t have)
{
	uint64_t w, keep = have >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * have)) - 1;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	keep = have >= 8 ? ~(uint64_t)0 : ~(~(uint64_t)0 >> (8 * have));
#endif
	memcpy(&w, p, 8);
	return w & keep;
}

/* The n <= MEMO_LINE bytes at p as three words, zero after the nth byte.  Reads 24 bytes:
 * the read buffer has SLACK readable bytes after its end. */
static inline void
memo_words(const char *p, size_t n, uint64_t w[3])
{
	w[0] = memo_word(p, n);
	w[1] = n > 8 ? memo_word(p + 8, n - 8) : 0;
	w[2] = n > 16 ? memo_word(p + 16, n - 16) : 0;
}

static inline struct field_memo *
memo_slot(struct journal *j, const uint64_t w[3], size_t n)
{
	uint64_t h = (w[0] ^ w[1] * 0x9e3779b97f4a7c15u ^ w[2] * 0xc2b2ae3d27d4eb4fu ^ n) *
	    0xff51afd7ed558ccdu;

	/* The top bits, the only ones every byte reaches: a product's bits depend on those at
	 * and below them alone, and a slot from bits 40 on left out each word's last byte, so
	 * "sleep: 2" and "sleep: 3" (eight bytes) took the same slot, in turn. */
	return &j->memo[h >> (64 - MEMO_BITS)];
}

/* The memo of the n bytes at p, or NULL. */
static inline struct field_memo *
memo_find(struct journal *j, const char *p, size_t n)
{
	struct field_memo *m;
	uint64_t w[3];

	if (j->memo == NULL || n > MEMO_LINE)
		return NULL;
	memo_words(p, n, w);
	m = memo_slot(j, w, n);
	return m->n == n && m->gen == j->memo_gen && m->w[0] == w[0] && m->w[1] == w[1] &&
	    m->w[2] == w[2] ? m : NULL;
}

static void
memo_keep(struct journal *j, const char *p, size_t n, int sep, int id, double v)
{
	struct field_memo *m;
	uint64_t w[3];

	if (n > MEMO_LINE || j->no_memo)
		return;
	if (j->memo == NULL) {
		j->memo = xmalloc(MEMO_SLOTS * sizeof *j->memo);
		memset(j->memo, 0, MEMO_SLOTS * sizeof *j->memo);
	}
	memo_words(p, n, w);
	m = memo_slot(j, w, n);
	memcpy(m->w, w, sizeof m->w);
	m->n = (uint32_t)n;
	m->gen = j->memo_gen;
	m->sep = sep;
	m->id = id;
	m->v = v;
}

/* A field line of the open entry: p (n bytes) with the key at voff (klen bytes) and the
 * value at tpos after it. */
static void
line_field(struct journal *j, struct journal_file *f, const char *p, size_t n, int sep,
    size_t voff, size_t klen, size_t tpos)
{
	const char *val = p + voff + tpos;
	size_t vlen = trim_end(val, n - voff - tpos);
	double v;
	int id;

	if (!j->open)
		return;
	f->note_open = 0;
	id = key_number(j, p + voff, klen);
	if (field_value(j, f, f->line, id, val, vlen, &v))
		memo_keep(j, p, n, sep, id, v);
}

/* Records a field of the open entry (key: value), written on the file's line `line`. */
static void
add_field(struct journal *j, struct journal_file *f, long line, const char *key, size_t klen,
    const char *val, size_t vlen)
{
	double v;

	if (!j->open)
		return;
	f->note_open = 0;
	field_value(j, f, line, key_number(j, key, klen), val, vlen, &v);
}

/* add_field for a field from front matter, which has nothing readable after its key or its
 * value: key_number and take_tag read a word at a time. */
static void
add_field_copy(struct journal *j, struct journal_file *f, long line, const char *key,
    size_t klen, const char *val, size_t vlen)
{
	/* Most fields fit on the stack: a note's front matter is read for each of thousands. */
	char small[256], *k = klen + vlen + 16 <= sizeof small ? small : xmalloc(klen + vlen + 16);

	memcpy(k, key, klen);
	memset(k + klen, 0, 8);
	memcpy(k + klen + 8, val, vlen);
	memset(k + klen + 8 + vlen, 0, 8);
	add_field(j, f, line, k, klen, k + klen + 8, vlen);
	if (k != small)
		free(k);
}

static size_t utf8_letter(const char *p, size_t n);

/* The bytes of a field's key at p: a letter, then letters, digits, '-' and '_' (text_key_len),
 * where a letter may be one outside ASCII, as in a tag: "ärger: 3" is a field, and did not
 * end the fields under its heading, unseen, as text. */
static size_t
key_len(const char *p, size_t n)
{
	size_t i = text_key_len(p, n), step;

	while (i < n && (unsigned char)p[i] >= 0x80 && (step = utf8_letter(p + i, n - i)) > 0)
		for (i += step; i < n && (is_alpha(p[i]) || is_digit(p[i]) || p[i] == '-' ||
		    p[i] == '_'); i++)
			;
	return i;
}

/* "key: value" (1) or "key:: value" (2), with the key's length and where the value starts;
 * or 0. */
static int
split_field(const char *p, size_t n, size_t *klen, size_t *voff)
{
	size_t k = key_len(p, n), i = k;
	int sep = 1;

	if (k == 0 || i >= n || p[i++] != ':')
		return 0;
	if (i < n && p[i] == ':')
		sep = 2, i++;
	if (i < n && p[i] != ' ' && p[i] != '\t')
		return 0;
	*klen = k;
	*voff = skip_space(p, i, n);
	return sep;
}

/* ASCII tag characters after the first: letters, digits, '-', '_' and '/' (1), of which the
 * upper-case letters are 2.  Outside ASCII (0 here), letters are tag characters
 * (utf8_letter). */
static const unsigned char tag_class[256] = {
	['-'] = 1, ['_'] = 1, ['/'] = 1,
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
	['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2, ['G'] = 2,
	['H'] = 2, ['I'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2,
	['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2, ['S'] = 2, ['T'] = 2, ['U'] = 2,
	['V'] = 2, ['W'] = 2, ['X'] = 2, ['Y'] = 2, ['Z'] = 2,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
	['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
	['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
	['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/* The length of the character at p (n > 0 bytes) when it is a letter outside ASCII, else 0.
 * Letters are judged by block: the blocks of scripts count, those of punctuation, symbols and
 * emoji do not, so that "#social’s" and "#work—" end before the quote and the dash. */
static size_t
utf8_letter(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t len = text_utf8_len(p, n);
	unsigned long cp;

	if (len < 2)
		return 0;
	cp = len == 2 ? (u[0] & 0x1fu) << 6 | (u[1] & 0x3fu) :
	    len == 3 ? (u[0] & 0x0fu) << 12 | (u[1] & 0x3fu) << 6 | (u[2] & 0x3fu) :
	    (unsigned long)(u[0] & 0x07u) << 18 | (u[1] & 0x3fu) << 12 | (u[2] & 0x3fu) << 6 |
	    (u[3] & 0x3fu);
	if (cp < 0xc0 || cp == 0xd7 || cp == 0xf7 ||           /* Latin-1 signs, × and ÷ */
	    (cp >= 0x2000 && cp <= 0x2bff) ||                   /* punctuation, symbols, arrows */
	    (cp >= 0x3000 && cp <= 0x303f) ||                   /* CJK punctuation */
	    (cp >= 0xe000 && cp <= 0xf8ff) ||                   /* private use */
	    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff20) ||
	    (cp >= 0x1f000 && cp <= 0x1faff))                   /* emoji and pictographs */
		return 0;
	return len;
}

/* Whether the n > 0 bytes at p start with what a tag may start with: a letter. */
static int
tag_starts(const char *p, size_t n)
{
	return is_alpha((unsigned char)p[0]) || utf8_letter(p, n) > 0;
}

size_t
journal_tag_len(const char *p, size_t n)
{
	size_t i = 0, step;

	if (n == 0 || !tag_starts(p, n))
		return 0;
	while (i < n) {
		unsigned char c = (unsigned char)p[i];

		step = c < 0x80 ? tag_class[c] != 0 : utf8_letter(p + i, n - i);
		if (step == 0)
			break;
		i += step;
	}
	return i;
}

/* The words that may follow a tag and a ':' to say how the day went for it (doc/journal.md,
 * "Done, not done, skipped"): "#walk:no" and "#walk:skip" are the tags "walk:no" and
 * "walk:skip", which no tag written otherwise can be, as a tag holds no ':'. */
static const char *const tag_states[] = { JOURNAL_NOT_DONE, JOURNAL_SKIPPED };

/* After a tag ending at p[i], read into j->scratch (*len bytes): a ':' and one of tag_states,
 * not followed by a tag character, is kept with the tag.  Returns the index after what was
 * taken. */
static size_t
tag_state(struct journal *j, const char *p, size_t i, size_t n, size_t *len)
{
	if (i + 1 >= n || p[i] != ':')
		return i;
	for (size_t k = 0; k < sizeof tag_states / sizeof tag_states[0]; k++) {
		size_t w = strlen(tag_states[k]);
		unsigned char after = i + 1 + w < n ? (unsigned char)p[i + 1 + w] : ' ';

		if (n - i - 1 < w || strncasecmp(p + i + 1, tag_states[k], w) != 0 ||
		    (after < 0x80 && tag_class[after]) || (after >= 0x80 &&
		    utf8_letter(p + i + 1 + w, n - i - 1 - w) > 0))
			continue;
		scratch_room(j, *len + 1 + w);
		j->scratch[(*len)++] = ':';
		memcpy(j->scratch + *len, tag_states[k], w);
		*len += w;
		return i + 1 + w;
	}
	return i;
}

/* Reads one tag whose text starts at p[i] (after the '#') by the rule of journal_tag_len,
 * which it must agree with, lower-cased into the scratch buffer.  Returns the index after
 * it.  Seven bytes after p[n] must be readable, as they are in the read buffer. */
static size_t
take_tag(struct journal *j, struct journal_file *f, const char *p, size_t i, size_t n)
{
	size_t len = 0, step, hash;
	uint64_t head;

	if (i >= n || !tag_starts(p + i, n - i))
		return i;
	while (i < n) {
		size_t run = i;
		char *d;

		/* A run of ASCII, found and then copied lower-cased. */
		while (run < n && tag_class[(unsigned char)p[run]])
			run++;
		if (run > i) {
			/* A word at a time, into room for the last one whole. */
			scratch_room(j, len + (run - i) + 8);
			d = j->scratch + len;
			for (size_t k = 0; k < run - i; k += 8) {
				uint64_t w;

				memcpy(&w, p + i + k, 8);
				w = ascii_lower(w);
				memcpy(d + k, &w, 8);
			}
			len += run - i;
			i = run;
			continue;
		}
		if ((unsigned char)p[i] < 0x80)
			break;
		scratch_room(j, len + 4);
		if ((step = utf8_letter(p + i, n - i)) == 0) {
			/* Ill-formed UTF-8 ends the tag, and is worth a warning. */
			if (text_utf8_len(p + i, n - i) == 0)
				utf8_check(j, f, p + i, 1);
			break;
		}
		for (size_t k = 0; k < step; k++)
			j->scratch[len++] = p[i + k];
		i += step;
	}
	i = tag_state(j, p, i, n, &len);
	scratch_room(j, len);
	memset(j->scratch + len, 0, 8);
	hash = padded_hash(j->scratch, len, &head);
	add_tag_id(j, names_add_hashed(&j->tags, j->scratch, len, hash, head));
	return i;
}

/* Tags from a field's value: "social, work" or "#social #work", each by the rules of tags. */
static void
add_tags_from_list(struct journal *j, struct journal_file *f, const char *p, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t next;

		if (p[i] == '#')
			i++;
		if ((next = take_tag(j, f, p, i, n)) == i)
			while (i < n && p[i] != ' ' && p[i] != ',' && p[i] != ';' && p[i] != '\t')
				i++;
		else
			i = next;
		while (i < n && (p[i] == ' ' || p[i] == ',' || p[i] == ';' || p[i] == '\t'))
			i++;
	}
}

/* "skip: walk, #social": the day is skipped for those tags (the tags "walk:skip" and
 * "social:skip"), for illness or travel; "skip: all", like #skip, for every goal. */
static void
add_skips_from_list(struct journal *j, const char *p, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t len;

		if (p[i] == '#')
			i++;
		len = journal_tag_len(p + i, n - i);
		if (len == 3 && strncasecmp(p + i, "all", 3) == 0)
			add_tag_id(j, journal_tag(j, JOURNAL_SKIPPED, strlen(JOURNAL_SKIPPED)));
		else if (len > 0)
			add_tag_id(j, journal_tag_state(j, p + i, len, JOURNAL_SKIPPED));
		for (i += len; i < n && p[i] != ' ' && p[i] != ',' && p[i] != ';' && p[i] != '\t';)
			i++;
		while (i < n && (p[i] == ' ' || p[i] == ',' || p[i] == ';' || p[i] == '\t'))
			i++;
	}
}

/* A '#' starts a tag at the start of a line, or after a space or an opening bracket or
 * quote; elsewhere it is part of something else ("page#part", "C#"). */
static inline int
tag_may_start(const char *p, size_t i)
{
	if (i == 0)
		return 1;
	switch (p[i - 1]) {
	case ' ': case '\t': case '(': case '[': case '{': case ',': case ';': case '"':
	case '\'': case '*': case '>':
		return 1;
	}
	return 0;
}

/* The tags in p[i..stop), a stretch with no code span: from '#' to '#'.  A tag holds no '#',
 * so each '#' is met once; nor a '`', so none runs past stop. */
static void
tags_between(struct journal *j, struct journal_file *f, const char *p, size_t i, size_t stop,
    size_t n)
{
	const char *h;

	while (i < stop && (h = memchr(p + i, '#', stop - i)) != NULL) {
		i = (size_t)(h - p);
		i = tag_may_start(p, i) ? take_tag(j, f, p, i + 1, n) : i + 1;
	}
}

#ifdef VECTOR_SCAN
/* The '#' and '`' of a line, 64 bytes at a time.  The line scanner had them, but by blocks
 * that a line starts anywhere in and may span several of; classified again here, a line
 * costs a few instructions a block where memchr, from one mark to the next, cost a call
 * each (a tenth of the time on lines of tags and code spans). */
struct line_marks {
	const char *p;
	size_t n;
	size_t at;          /* where the 64 bytes of hash and tick start */
	uint64_t hash, tick;
};

/* The marks of the 64 bytes at p + at: they may run past p + n into the read buffer's
 * SLACK, whose bytes are masked off. */
static inline __attribute__((always_inline, target("avx2"))) void
marks_at(struct line_marks *m, size_t at)
{
	__m256i lo = _mm256_loadu_si256((const __m256i *)(const void *)(m->p + at));
	__m256i hi = _mm256_loadu_si256((const __m256i *)(const void *)(m->p + at + 32));
	uint64_t valid = m->n - at >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << (m->n - at)) - 1;

	m->at = at;
	m->hash = bits_of(lo, hi, _mm256_set1_epi8('#')) & valid;
	m->tick = bits_of(lo, hi, _mm256_set1_epi8('`')) & valid;
}

/* The first '#' or '`' of the line at or after i (which never goes back), or n. */
static inline __attribute__((always_inline, target("avx2"))) size_t
next_mark(struct line_marks *m, size_t i)
{
	for (;;) {
		uint64_t both;

		if (i >= m->n)
			return m->n;
		if (i - m->at >= 64)
			marks_at(m, m->at + (i - m->at) / 64 * 64);
		both = (m->hash | m->tick) & ~(uint64_t)0 << (i - m->at);
		if (both)
			return m->at + (size_t)__builtin_ctzll(both);
		i = m->at + 64;
	}
}

/* scan_tags for a line the vector scanner read, which lies in the read buffer. */
__attribute__((target("avx2")))
static void
scan_tags_avx2(struct journal *j, struct journal_file *f, const char *p, size_t n)
{
	struct line_marks m = { p, n, 0, 0, 0 };
	struct md_spans sp;
	size_t i = 0, span, run;

	marks_at(&m, 0);
	md_spans_init(&sp, p, n);
	while ((i = next_mark(&m, i)) < n) {
		if (p[i] == '#') {
			i = tag_may_start(p, i) ? take_tag(j, f, p, i + 1, n) : i + 1;
			continue;
		}
		/* A run of backticks that no run as long closes is text. */
		if ((span = md_spans_at(&sp, i)) == 0)
			for (run = 0; i + run < n && p[i + run] == '`'; run++)
				;
		i += span ? span : run;
	}
	md_spans_free(&sp);
}
#endif

/* Finds the tags of a line, outside inline code spans (`code`, ``co`de``). */
static void
scan_tags(struct journal *j, struct journal_file *f, const char *p, size_t n, int marks)
{
	struct md_spans sp;
	size_t i = 0;

#ifdef VECTOR_SCAN
	/* j->hash is set only while a vector scanner's line is read, to the line's first '#'
	 * (before p for a heading's title); a line with one '#' and no code span goes straight
	 * to it, below. */
	if (j->hash != NULL && j->hash >= p && j->hash < p + n &&
	    ((marks & MARK_TICK) || j->nhash > 1)) {
		scan_tags_avx2(j, f, p, n);
		return;
	}
#endif

	/* Most lines have no code span: jump from '#' to '#', starting from the first one and
	 * stopping after the last one the scanner saw, when it says (j->hash). */
	if (!(marks & MARK_TICK)) {
		const char *h = j->hash;
		size_t left = j->nhash;

		if (h == NULL || h < p || h >= p + n) {
			h = memchr(p, '#', n);
			left = (size_t)-1;
		}
		while (h != NULL) {
			i = (size_t)(h - p);
			i = tag_may_start(p, i) ? take_tag(j, f, p, i + 1, n) : i + 1;
			h = --left > 0 && i < n ? memchr(p + i, '#', n - i) : NULL;
		}
		return;
	}
	md_spans_init(&sp, p, n);
	while (i < n) {
		const char *t = memchr(p + i, '`', n - i);
		size_t stop = t != NULL ? (size_t)(t - p) : n, span, run = 0;

		tags_between(j, f, p, i, stop, n);
		if (t == NULL)
			break;
		/* A run of backticks that no run as long closes is text. */
		if ((span = md_spans_at(&sp, stop)) == 0)
			while (stop + run < n && p[stop + run] == '`')
				run++;
		i = stop + (span ? span : run);
	}
	md_spans_free(&sp);
}

/* A fence line: up to three spaces, then three or more '`' or '~'.  Returns the run's
 * length and sets *c and *after (the index past the run), or returns 0. */
static size_t
fence_run(const char *p, size_t n, int *c, size_t *after)
{
	size_t i = 0, run = 0;

	while (i < n && i < 3 && p[i] == ' ')
		i++;
	if (i >= n || (p[i] != '`' && p[i] != '~'))
		return 0;
	*c = p[i];	/* NOLINT(bugprone-signed-char-misuse): ` or ~, never negative */
	while (i + run < n && p[i + run] == *c)
		run++;
	*after = i + run;
	return run >= 3 ? run : 0;
}

/* A heading that opens an entry: up to three spaces, one to three '#', a space, and an ISO
 * date.  Returns 1 with the date, time and title; 0 when the line is no such heading; -1
 * when it looks dated but the date does not exist (2026-02-30).  Inlined into line(), where
 * every heading goes through it. */
/* The day of the YYYY-MM-DD at s (ten bytes) as date_parse gives it: 1, or -1 for a date
 * that does not exist; 0 for text of another shape.  A heading of the month of the one
 * before (j's month, when j is not NULL) is dated from it: journals are written in order,
 * and date_parse was a tenth of the instructions on a journal of short entries. */
static inline __attribute__((always_inline)) int
heading_date(struct journal *j, const char *s, long *day)
{
	int d, rc;

	if (j != NULL && j->month_days > 0 && memcmp(s, j->month, 8) == 0) {
		if (!is_digit(s[8]) || !is_digit(s[9]))
			return 0;
		d = (s[8] - '0') * 10 + (s[9] - '0');
		if (d < 1 || d > j->month_days)
			return -1;
		*day = j->month_first + d - 1;
		return 1;
	}
	for (int k = 0; k < 10; k++)
		if (k == 4 || k == 7 ? s[k] != '-' : !is_digit(s[k]))
			return 0;
	if ((rc = date_parse(s, 10, day)) == 1 && j != NULL && !j->no_memo) {
		d = (s[8] - '0') * 10 + (s[9] - '0');
		memcpy(j->month, s, 8);
		j->month_first = *day - d + 1;
		j->month_days = date_days_in_month((s[0] - '0') * 1000 + (s[1] - '0') * 100 +
		    (s[2] - '0') * 10 + (s[3] - '0'), (s[5] - '0') * 10 + (s[6] - '0'));
	}
	return rc;
}

static inline __attribute__((always_inline)) int
parse_heading(struct journal *j, const char *p, size_t n, long *day, int *minute,
    size_t *title, size_t *tlen)
{
	size_t i = 0, hashes = 0, t;
	int rc;

	while (i < n && i < 3 && p[i] == ' ')
		i++;
	while (i < n && p[i] == '#')
		i++, hashes++;
	if (hashes < 1 || hashes > 3 || i >= n || (p[i] != ' ' && p[i] != '\t'))
		return 0;
	i = skip_space(p, i, n);
	if (n - i < 10 || (n - i > 10 && (is_digit(p[i + 10]) || is_alpha((unsigned char)p[i + 10])
	    || p[i + 10] == '-')))
		return 0;
	*title = i;
	if ((rc = heading_date(j, p + i, day)) <= 0)
		return rc;
	i = skip_space(p, i + 10, n);
	*minute = -1;
	/* H:MM or HH:MM, then the end or a space. */
	t = i;
	if (t < n && is_digit(p[t])) {
		int h = p[t++] - '0', m;

		if (t < n && is_digit(p[t]))
			h = h * 10 + (p[t++] - '0');
		if (t + 2 < n && p[t] == ':' && is_digit(p[t + 1]) &&
		    is_digit(p[t + 2]) && (t + 3 == n || p[t + 3] == ' ' || p[t + 3] == '\t')) {
			m = (p[t + 1] - '0') * 10 + (p[t + 2] - '0');
			if (h < 24 && m < 60) {
				*minute = h * 60 + m;
				i = skip_space(p, t + 3, n);
			}
		}
	}
	*title = i;
	*tlen = n - i;
	return 1;
}

/* parse_heading for a whole line (n bytes, without its newline), looked at only when it
 * starts as a heading can: the one test of a heading, for line() and for where pieces
 * start (journal_pieces.c). */
static inline __attribute__((always_inline)) int
heading_line(struct journal *j, const char *p, size_t n, long *day, int *minute, size_t *title,
    size_t *tlen)
{
	if (n == 0 || (p[0] != '#' && p[0] != ' ') || !memchr(p, '#', n < 4 ? n : 4))
		return 0;
	return parse_heading(j, p, trim_end(p, n), day, minute, title, tlen);
}

int
journal_heading_line(const char *p, size_t n)
{
	size_t tpos, tlen;
	long day;
	int minute;

	return heading_line(NULL, p, n, &day, &minute, &tpos, &tlen) > 0;
}

/* ---- front matter ---- */

static void line(struct journal *j, struct journal_file *f, const char *p, size_t n,
    unsigned long words, int marks);

/* A score in front matter written as a YAML list, phq9: [0, 1, 2, ...], is read as its items
 * separated by spaces; any other shape is said, not dropped: a lost PHQ-9 could hide a sign
 * of self-harm. */
static void
front_matter_score(struct journal *j, struct journal_file *f, const struct ynode *k,
    size_t klen, const struct ynode *v)
{
	char *items;
	size_t len = 0;

	for (size_t t = 0; v->kind == YNODE_SEQ && t < v->n; t++)
		if (v->items[t]->kind == YNODE_SCALAR)
			len += v->items[t]->len + 1;
	items = xmalloc(len + 1);
	len = 0;
	for (size_t t = 0; v->kind == YNODE_SEQ && t < v->n; t++) {
		const struct ynode *it = v->items[t];

		if (it->kind != YNODE_SCALAR || memchr(it->value, ' ', it->len) != NULL) {
			len = 0;
			break;
		}
		memcpy(items + len, it->value, it->len);
		len += it->len;
		items[len++] = ' ';
	}
	if (len == 0)
		warning(j, JOURNAL_BAD_SCORE, v->line + 1L, "%.*s should be a score or a list of item scores; it is "
		    "not counted", (int)klen, k->value);
	else
		add_field_copy(j, f, v->line + 1L, k->value, klen, items, len - 1);
	free(items);
}

/* The length of a front matter line that is "key: value" at its plainest (a key of letters,
 * digits, '_' and '-'; a value of letters, digits, spaces and . - _ / + , that starts with a
 * letter or a digit, or with '-' before a digit), with the key's length and where the value
 * starts; or 0.  Such a line means the same to YAML as it reads, with the value's trailing
 * spaces gone: nothing in it can be a comment, a quote, a flow or a nested map. */
static size_t
plain_fm_line(const char *p, size_t n, size_t *klen, size_t *voff)
{
	size_t i = 0, v, end;

	while (i < n && (is_alpha(p[i]) || is_digit(p[i]) || ((p[i] == '_' || p[i] == '-') && i)))
		i++;
	if (i == 0 || i + 2 >= n || p[i] != ':' || p[i + 1] != ' ')
		return 0;
	*klen = i;
	for (v = i + 1; v < n && p[v] == ' '; v++)
		;
	if (v == n || !(is_alpha(p[v]) || is_digit(p[v]) ||
	    (p[v] == '-' && v + 1 < n && is_digit(p[v + 1]))))
		return 0;
	*voff = v;
	for (end = v; end < n && p[end] != '\n'; end++)
		if (!is_alpha(p[end]) && !is_digit(p[end]) &&
		    (p[end] == '\0' || strchr(" .-_/+,", p[end]) == NULL))
			return 0;
	return end;
}

/* Reads front matter made only of plain "key: value" lines (plain_fm_line) without libyaml,
 * which for the few fields of a daily note costs ten times the rest of reading it.  Returns 1,
 * or 0 with nothing added when any line is not that plain. */
static int
front_matter_plain(struct journal *j, struct journal_file *f)
{
	const char *p, *end = f->fm + f->fm_len;
	size_t klen = 0, voff = 0, n;
	long line;

	for (p = f->fm; p < end; p += n + 1)
		if ((n = plain_fm_line(p, (size_t)(end - p), &klen, &voff)) == 0)
			return 0;
	/* Line 1 is the opening ---. */
	for (p = f->fm, line = 2; p < end; p += n + 1, line++) {
		if ((n = plain_fm_line(p, (size_t)(end - p), &klen, &voff)) == 0)
			break;	/* not reached: the first pass saw every line plain */
		if (text_key_len(p, klen) == klen)
			add_field_copy(j, f, line, p, klen, p + voff, trim_end(p + voff, n - voff));
	}
	return 1;
}

/* Reads the fields of a daily note's front matter, which f->fm holds. */
static void
front_matter_fields(struct journal *j, struct journal_file *f)
{
	struct ydoc doc;
	const struct ynode *root;

	if (f->fm_len == 0 || front_matter_plain(j, f))
		return;  /* "---" then "---": nothing in it; or read without libyaml */
	if (ydoc_load(&doc, f->fm, f->fm_len) < 0) {
		/* Line 1 is the opening ---. */
		warning(j, JOURNAL_FRONT_MATTER, doc.error_line + 1, "front matter is not valid YAML (%s); its fields "
		    "are not read", doc.error_msg);
		ydoc_free(&doc);
		return;
	}
	root = doc.root;
	for (size_t i = 0; root && root->kind == YNODE_MAP && i + 1 < root->n; i += 2) {
		const struct ynode *k = root->items[i], *v = root->items[i + 1];
		size_t klen;

		if (k->kind != YNODE_SCALAR || (klen = key_len(k->value, k->len)) != k->len ||
		    klen == 0)
			continue;
		if (v->kind == YNODE_SCALAR) {
			add_field_copy(j, f, v->line + 1L, k->value, klen, v->value, v->len);
		} else if (v->kind == YNODE_SEQ && klen == 4 &&
		    strcmp(lower(j, k->value, 4), "tags") == 0) {
			for (size_t t = 0; t < v->n; t++)
				if (v->items[t]->kind == YNODE_SCALAR)
					add_field_copy(j, f, v->items[t]->line + 1L, "tags", 4,
					    v->items[t]->value,
					    v->items[t]->len);
		} else if (scored_key(k->value, klen)) {
			front_matter_score(j, f, k, klen, v);
		}
	}
	ydoc_free(&doc);
}

/* The closing line of front matter: "---" or "...". */
static int
front_matter_end(const char *p, size_t n)
{
	n = trim_end(p, n);
	return n == 3 && (memcmp(p, "---", 3) == 0 || memcmp(p, "...", 3) == 0);
}

/* Front matter that never closes was not front matter: its lines are read again as text,
 * through line(), which comes back here only while f->front is set, and it no longer is. */
static void	/* NOLINTNEXTLINE(misc-no-recursion) */
front_matter_abandon(struct journal *j, struct journal_file *f, const char *why)
{
	char *text = f->fm;
	const char *hint;
	size_t len = f->fm_len, at = 0;

	warning(j, JOURNAL_FRONT_MATTER, 1, "front matter %s; it is read as text", why);
	f->front = 0;
	f->fm = NULL;
	f->fm_len = f->fm_cap = 0;
	/* Line 1, the "---", was never buffered; the rest is replayed from line 2, with no
	 * hint from the scanner, which saw another line. */
	f->line = 1;
	hint = j->hash;
	j->hash = NULL;
	while (at < len) {
		unsigned long w;
		int marks;
		const char *e = journal_scan_line(text + at, text + len, &w, &marks);

		line(j, f, text + at, (size_t)(e - (text + at)), w, marks);
		at = (size_t)(e - text) + 1;
	}
	j->hash = hint;
	free(text);
}

/* Keeps a line of front matter.  Returns 1, or 0 when the front matter has grown too long to
 * be any: it has then been read again as text, and the line must be read as text too.  The
 * replay does not come back here (see front_matter_abandon). */
static int	/* NOLINTNEXTLINE(misc-no-recursion) */
front_matter_add(struct journal *j, struct journal_file *f, const char *p, size_t n)
{
	if (f->fm_len + n + 1 > FRONT_MATTER_MAX) {
		front_matter_abandon(j, f, "is longer than 256 KiB or never closed");
		/* The replay counted the lines before this one. */
		f->line++;
		return 0;
	}
	/* SLACK bytes more, for journal_scan_line should it be replayed. */
	if (f->fm_len + n + 1 + SLACK > f->fm_cap) {
		f->fm_cap = 2 * (f->fm_len + n + 1 + SLACK);
		f->fm = xrealloc(f->fm, f->fm_cap);
	}
	memcpy(f->fm + f->fm_len, p, n);
	f->fm_len += n;
	f->fm[f->fm_len++] = '\n';
	memset(f->fm + f->fm_len, 0, SLACK);
	return 1;
}

/* ---- lines ---- */

/* Hands a line of the open entry, and the tags found on it since nline_tags was cleared, to
 * on_line. */
static void
emit_line(struct journal *j, const struct journal_file *f, const char *p, size_t n, int heading)
{
	struct entry_line l = { &j->cur, f->line, p, trim_end(p, n), j->line_tags, j->nline_tags,
	    heading };

	j->on_line(&l, j->ctx);
	j->nline_tags = 0;
}

/* The tags that mark a line as a worry to bring up, not a step taken (sessionsheet's "To
 * raise"): the other tags of such a line are not progress (entry_counts_tag). */
static const char *const raise_tags[] = { "raise", "concern" };

/* After a line's tags were read: when one of them is a raise_tags, every other tag of the
 * line is counted as raised. */
static void
raised_line(struct journal *j)
{
	int raised = 0;

	if ((j->raise_id[0] < 0 || j->raise_id[1] < 0 || j->raise_at == 0) &&
	    j->raise_at != j->tags.n + 1) {
		for (size_t k = 0; k < sizeof raise_tags / sizeof raise_tags[0]; k++)
			j->raise_id[k] = names_find(&j->tags, raise_tags[k], strlen(raise_tags[k]));
		j->raise_at = j->tags.n + 1;
	}
	for (size_t i = 0; i < j->nline_tags && !raised; i++)
		for (size_t k = 0; k < sizeof raise_tags / sizeof raise_tags[0]; k++)
			if (j->line_tags[i] == j->raise_id[k])
				raised = 1;
	if (!raised)
		return;
	for (size_t i = 0; i < j->nline_tags; i++) {
		int id = j->line_tags[i], own = 0;

		for (size_t k = 0; k < sizeof raise_tags / sizeof raise_tags[0]; k++)
			own |= id == j->raise_id[k];
		if (!own)
			j->tv[j->tag_at[id] - 1].raised++;
	}
}

/* Whether the len bytes at s are ASCII, a word at a time: up to seven bytes after them are
 * read, and masked off, as the read buffer's SLACK allows. */
static inline int
ascii_only(const char *s, size_t len)
{
	uint64_t any = 0, w;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		any |= w;
	}
	if (i < len)
		any |= memo_word(s + i, len - i);
	return (any & 0x8080808080808080u) == 0;
}

/* The snippet of an entry's title or first line (len bytes at s), checked as UTF-8 and kept
 * in *dst; or only checked, where it stands, when the caller reads no entry's text
 * (no_text).  Returns the length kept. */
static size_t
entry_text(struct journal *j, struct journal_file *f, char **dst, size_t *cap, const char *s,
    size_t len)
{
	if (j->no_text) {
		char pad[SNIPPET + SNIPPET_PAD];

		len = snippet_len(s, len);
		/* Text outside ASCII is checked as a kept snippet is, a vector at a time. */
		if (!f->warned_utf8 && !ascii_only(s, len)) {
			memcpy(pad, s, len);
			memset(pad + len, 0, SNIPPET_PAD);
			snippet_check(j, f, pad, len);
		}
		return 0;
	}
	len = keep_snippet(dst, cap, s, len);
	snippet_check(j, f, *dst, len);
	return len;
}

/* The entry's first line with words, p (n bytes): its snippet is kept, or checked only. */
static void
first_line(struct journal *j, struct journal_file *f, const char *p, size_t n)
{
	size_t s = skip_space(p, 0, n);

	j->first_len = entry_text(j, f, &j->first, &j->first_cap, p + s, trim_end(p + s, n - s));
	j->has_first = 1;
}

static void
body_text(struct journal *j, struct journal_file *f, const char *p, size_t n,
    unsigned long words, int marks)
{
	if (!j->open)
		return;
	j->cur.words += words;
	if (words > 0) {
		f->note_open = 0;
		if (!j->has_first)
			first_line(j, f, p, n);
	}
	if (marks & MARK_HASH) {
		scan_tags(j, f, p, n, marks);
		if (j->nline_tags > 1)
			raised_line(j);
	}
	if (j->on_line != NULL)
		emit_line(j, f, p, n, 0);
}

/* Front matter given up on replays its lines here once (see front_matter_abandon). */
static void	/* NOLINTNEXTLINE(misc-no-recursion) */
line(struct journal *j, struct journal_file *f, const char *p, size_t n, unsigned long words,
    int marks)
{
	size_t klen, voff, tpos, tlen;
	struct field_memo *memo;
	long day;
	int minute, c = 0, h, sep, front_only;

	f->line++;
	j->nline_tags = 0;
	if (f->front) {
		if (!front_matter_end(p, n)) {
			if (front_matter_add(j, f, p, n))
				return;
		} else {
			f->front = 0;
			if (f->dated) {
				front_matter_fields(j, f);
				f->note_front = j->open;
			}
			free(f->fm);
			f->fm = NULL;
			f->fm_len = f->fm_cap = 0;
			return;
		}
	}
	if (f->line == 1 && trim_end(p, n) == 3 && memcmp(p, "---", 3) == 0) {
		f->front = 1;
		return;
	}
	front_only = f->note_front;
	f->note_front = f->note_front && words == 0;
	if (f->fence) {
		size_t after, run = fence_run(p, n, &c, &after);

		/* Closed by a run as long or longer of the same character, and nothing else. */
		if (run >= f->fence_len && c == f->fence && is_blank(p + after, n - after))
			f->fence = 0;
		if (f->state != BEFORE && j->open) {
			j->cur.words += words;
			f->note_open = f->note_open && words == 0;
		}
		return;
	}
	/* Backticks with a backtick after them on the line are an inline code span, not a
	 * fence: CommonMark gives a backtick fence's info string none. */
	if (n > 0 && (p[0] == ' ' || p[0] == '`' || p[0] == '~') &&
	    (f->fence_len = fence_run(p, n, &c, &klen)) > 0 &&
	    (c != '`' || memchr(p + klen, '`', n - klen) == NULL)) {
		f->fence = c;
		f->fence_line = f->line;
		if (f->state == FIELDS)
			f->state = BODY;
		if (f->state != BEFORE && j->open) {
			j->cur.words += words;
			f->note_open = 0;
		}
		return;
	}
	if ((h = heading_line(j, p, n, &day, &minute, &tpos, &tlen)) != 0) {
		if (h > 0) {
			if (f->note_open)
				entry_drop(j);
			f->note_open = 0;
			/* Front matter, then a heading of the note's own date (a title, as in
			 * Obsidian's templates): one entry, which the heading names. */
			if (front_only && day == f->day)
				j->cur.minute = minute;
			else
				entry_open(j, f, f->line, day, minute);
			f->entries = 1;
			j->title_len = entry_text(j, f, &j->title, &j->title_cap, p + tpos, tlen);
			/* A tag in the title belongs to the entry as well; a title glued to the
			 * date ("2026-01-14#x") is read with the digit before it, which makes that
			 * '#' no tag, as in a line of text. */
			if ((marks & MARK_HASH) && tlen > 0) {
				size_t from = p[tpos - 1] == ' ' || p[tpos - 1] == '\t' ? tpos : tpos - 1;

				scan_tags(j, f, p + from, tlen + (tpos - from), marks);
			}
			if (j->on_line != NULL)
				emit_line(j, f, p + tpos, tlen, 1);
			f->state = FIELDS;
			return;
		}
		warning(j, JOURNAL_NO_SUCH_DATE, f->line, "'%.10s' is not a date that exists; the heading does not "
		    "start an entry", p + tpos);
	}
	if (f->state == BEFORE) {
		f->text_before |= words > 0;
		return;
	}
	/* A field line under the heading read before: it and its line are the same field. */
	if ((marks & MARK_COLON) && (memo = memo_find(j, p, n)) != NULL &&
	    (memo->sep == 2 || f->state == FIELDS)) {
		if (j->open) {
			f->note_open = 0;
			metric_value(j, f, f->line, memo->id, memo->v);
		}
		return;
	}
	voff = skip_space(p, 0, n);
	sep = (marks & MARK_COLON) ? split_field(p + voff, n - voff, &klen, &tpos) : 0;
	/* key:: value, on a line of its own, anywhere in an entry; key: value in the block
	 * under the heading, from the line's first column. */
	if (sep == 2 || (sep == 1 && f->state == FIELDS && voff == 0)) {
		line_field(j, f, p, n, sep, voff, klen, tpos);
		return;
	}
	if (f->state == FIELDS)
		f->state = BODY;
	/* A score is read on a line of its own anywhere in the entry, not only in the fields
	 * under the heading: a PHQ-9 lost to a blank line could hide a sign of self-harm. */
	if (sep == 1 && scored_key(p + voff, klen)) {
		line_field(j, f, p, n, sep, voff, klen, tpos);
		return;
	}
	body_text(j, f, p, n, words, marks);
}

/* Whether a line may be taken in without line(): out of a code block, with no one asking
 * for the lines, and the fast paths not turned off (no_memo). */
static inline int
lines_unwatched(const struct journal *j, const struct journal_file *f)
{
	return !f->fence && !j->on_line && !j->no_memo;
}

/* Whether plain lines (see plain_line) only count where the reader is: in an entry's body,
 * unwatched, and, unless first_too, with the entry's first line kept. */
static inline int
lines_only_count(const struct journal *j, const struct journal_file *f, int first_too)
{
	return f->state == BODY && lines_unwatched(j, f) && (first_too || j->has_first);
}

/* Counts nlines plain lines, of words words in all. */
static inline void
count_lines(struct journal *j, struct journal_file *f, long nlines, unsigned long words)
{
	f->line += nlines;
	if (j->open && words > 0) {
		j->cur.words += words;
		f->note_open = 0;
		f->note_front = 0;
	}
}

/* Whether a line that starts with a space, '`' or '~' may open a fence: fence_run's run of
 * three, of which line() opens all but a backtick run with a backtick after it.  An indented
 * item of a list does not, and every line of an outline is one: they all went through line()
 * before (README, the seventh step). */
static __attribute__((noinline)) int
may_open_fence(const char *p, size_t n)
{
	size_t after;
	int c;

	return fence_run(p, n, &c, &after) > 0;
}

/* The commonest lines, taken in without line(): text of an entry's body with no '#' or ':',
 * that cannot open a fence, once the entry's first line is kept (or, when no one reads it,
 * checked here); and the blank line that ends the fields under a heading.  Returns 0 for any
 * other, which line() must read. */
static inline __attribute__((always_inline)) int
plain_line(struct journal *j, struct journal_file *f, const char *p, size_t n,
    unsigned long words, int marks)
{
	if (words == 0 && f->state == FIELDS && !f->front && lines_unwatched(j, f)) {
		f->state = BODY;
		f->line++;
		return 1;
	}
	if ((marks & (MARK_HASH | MARK_COLON)) || !lines_only_count(j, f, words == 0 ||
	    j->no_text) || (n > 0 && (p[0] == ' ' || p[0] == '`' || p[0] == '~') &&
	    may_open_fence(p, n)))
		return 0;
	count_lines(j, f, 1, words);
	/* Its warning, if any, is about this line: counted first. */
	if (words > 0 && !j->has_first && j->open)
		first_line(j, f, p, n);
	return 1;
}

/* Takes in at once the lines that end at the newlines nl of a block, when each of them is
 * one plain_line would take (no bit of odd before the last newline, and lines_only_count
 * with the entry's first line kept).  Returns 0, having done nothing, otherwise. */
static inline int
bulk_lines(struct journal *j, struct journal_file *f, uint64_t nl, uint64_t starts,
    uint64_t odd)
{
	/* The bits up to the last newline's. */
	uint64_t upto = ~(uint64_t)0 >> __builtin_clzll(nl);
	unsigned long words;

	if ((odd & upto) || !lines_only_count(j, f, 0))
		return 0;
	words = (unsigned long)__builtin_popcountll(starts & upto);
	count_lines(j, f, __builtin_popcountll(nl), words);
	return 1;
}

/* ---- files ---- */

static int digits(const char *s, int n);

/* Whether a file's name starts as a daily note's does (2026-02-30.md), date or not. */
static int
looks_dated(const char *path)
{
	const char *base = strrchr(path, '/');

	base = base ? base + 1 : path;
	return strlen(base) >= 10 && digits(base, 4) && digits(base + 5, 2) &&
	    digits(base + 8, 2) && base[4] == base[7] && (base[4] == '-' || base[4] == '_') &&
	    (base[10] == '.' || base[10] == ' ' || base[10] == '\0');
}

/* Whether the date a file's name starts with (looks_dated) exists. */
static int
name_date_exists(const char *path)
{
	const char *base = strrchr(path, '/');
	char iso[11];
	long day;

	base = base ? base + 1 : path;
	memcpy(iso, base, 10);
	iso[4] = iso[7] = '-';
	return date_parse(iso, 10, &day) == 1;
}

void
journal_file_start(struct journal *j, struct journal_file *f, const char *name)
{
	int dated;

	memset(f, 0, sizeof *f);
	f->name = name;
	f->state = BEFORE;
	j->edge_of = NULL;  /* a name may be where the last file's was */
	dated = journal_note_date(name, &f->day);
	if (!dated && looks_dated(name)) {
		/* "2026-02-30.md", or "2026-01-13.backup.md", whose date is real but whose
		 * name is not a note's. */
		f->bad_date = !name_date_exists(name);
		f->odd_name = !f->bad_date;
	}
	if (dated) {
		/* A daily note is an entry from its first line, read as if under a heading. */
		f->dated = f->entries = 1;
		entry_open(j, f, 1, f->day, -1);
		f->note_open = 1;
		f->state = FIELDS;
	}
}

static void
file_end(struct journal *j, struct journal_file *f)
{
	if (f->front) {
		/* Replaying may reopen a fence, so it comes before the fence check. */
		front_matter_abandon(j, f, "is never closed (no --- line)");
	}
	if (f->bad_date) {
		const char *base = strrchr(f->name, '/');

		warning(j, JOURNAL_NO_SUCH_DATE, 0, "'%.10s' in the file name is not a date that "
		    "exists; %s", base ? base + 1 : f->name, f->entries ? "only its dated headings "
		    "were read" : "nothing in it was read");
	} else if (!f->entries && f->text_before && f->odd_name)
		warning(j, JOURNAL_UNDATED_NOTE, 0, "the name starts with a date but is not a daily "
		    "note's (YYYY-MM-DD.md, or the date, a space and any words), and there is no "
		    "dated heading (## YYYY-MM-DD): nothing in it was read");
	else if (!f->entries && f->text_before)
		warning(j, JOURNAL_UNDATED_NOTE, 0, "no date in the file name (YYYY-MM-DD.md) and "
		    "no dated heading (## YYYY-MM-DD): nothing in it was read");
	if (f->fence)
		warning(j, JOURNAL_UNCLOSED_FENCE, f->fence_line, "code fence opened here is never closed; the rest of "
		    "the file was read as code");
	entry_close(j);
}

/* Reads lines from the buffer's start up to end, which has SLACK readable bytes after it. */
static void
lines(struct journal *j, struct journal_file *f, const char *p, const char *end)
{
#ifdef VECTOR_SCAN
	int scanner = best_scanner();

	if (j->scan != JOURNAL_SCAN_BEST && j->scan < scanner)
		scanner = j->scan;
	if (scanner == JOURNAL_SCAN_AVX512) {
		lines_avx512(j, f, p, end);
		return;
	}
	if (scanner == JOURNAL_SCAN_AVX2) {
		lines_avx2(j, f, p, end);
		return;
	}
#endif
	while (p < end) {
		unsigned long words;
		int marks;
		const char *e = journal_scan_line(p, end, &words, &marks);

		if (!plain_line(j, f, p, (size_t)(e - p), words, marks))
			line(j, f, p, (size_t)(e - p), words, marks);
		p = e + 1;
	}
}

/* Where read_stream's bytes are: fd, read from where it is when at is negative, or else from
 * `at` up to `to` (to its end when to is negative); or mem (memlen bytes) when fd < 0.  With
 * short_is_end, a read that fills less than it asked for is taken for the end, as it is for a
 * regular file: a folder of notes is mostly small files, and a read call less for each is a
 * tenth of the time. */
struct source {
	int fd;
	off_t at, to;
	const char *mem;
	size_t memlen;
	int short_is_end;
};

/* Reads up to room bytes from s into buf: returns how many, 0 at the end, or -1. */
static ssize_t
source_read(struct source *s, char *buf, size_t room)
{
	ssize_t got;

	if (s->fd < 0) {
		got = (ssize_t)(s->memlen < room ? s->memlen : room);
		memcpy(buf, s->mem, (size_t)got);
		s->mem += got;
		s->memlen -= (size_t)got;
		return got;
	}
	if (s->at < 0)
		return read(s->fd, buf, room);
	if (s->to >= 0 && (off_t)room > s->to - s->at)
		room = (size_t)(s->to - s->at);
	if ((got = pread(s->fd, buf, room, s->at)) > 0)
		s->at += got;
	return got;
}

/* The first '\r' or '\n' of the n bytes at p, or NULL. */
static const char *
line_end(const char *p, size_t n)
{
	const char *cr = memchr(p, '\r', n), *nl = memchr(p, '\n', cr ? (size_t)(cr - p) : n);

	return nl ? nl : cr;
}

int
journal_cr_lines(const char *p, size_t n, int at_end, size_t *resume)
{
	const char *end = p + n, *first = line_end(p, n), *second;

	*resume = n;
	if (first == NULL)
		return at_end ? 0 : -1;
	if (*first == '\n')
		return 0;
	*resume = (size_t)(first - p);
	if (first + 1 == end)
		return at_end ? 1 : -1;
	if (first[1] == '\n')
		return 0;
	/* A second line end is looked at too: the first CR alone may be a stray one in a line
	 * of a file of LFs ("a\rb\n"), or the first of "\r\r\n". */
	if ((second = line_end(first + 1, (size_t)(end - first - 1))) == NULL)
		return at_end ? 1 : -1;
	if (*second == '\n')
		return 0;
	if (second + 1 == end)
		return at_end ? 1 : -1;
	return second[1] != '\n';
}

/* Makes each lone carriage return of p[*done..have) a newline, a CR before an LF staying as
 * it is; a CR that ends the bytes read so far is left to be looked at with the next read,
 * unless at_end. */
static void
cr_to_newlines(char *p, size_t *done, size_t have, int at_end)
{
	char *cr, *end = p + have;

	for (cr = p + *done; (cr = memchr(cr, '\r', (size_t)(end - cr))) != NULL; cr++) {
		if (cr + 1 == end && !at_end)
			break;
		if (cr + 1 == end || cr[1] != '\n')
			*cr = '\n';
	}
	*done = cr != NULL ? (size_t)(cr - p) : have;
}

/* The end of the last whole line in buf[from..to), just after its newline; or 0 when there
 * is none. */
static size_t
last_line_end(const char *buf, size_t from, size_t to)
{
	while (to > from && buf[to - 1] != '\n')
		to--;
	return to > from ? to : 0;
}

/* Reads the whole of s, a buffer at a time.  Returns 0, or -1 with errno when a read fails. */
static int
read_stream(struct journal *j, struct journal_file *f, struct source *s)
{
	size_t have = 0, start = 0, done = 0, resume;
	/* The bytes before seen hold no newline: the end of the last whole line is looked for
	 * among the bytes read since, so that a long line from a pipe, 64 KiB a read, is not
	 * looked through again at every read. */
	size_t seen = 0;
	/* A byte order mark is looked for at the start of the file only, and so are lines that
	 * end in a carriage return alone (classic Mac OS), which are made newlines as they are
	 * read: cr is -1 until the first line's end is read, then 1 for those, 0 for others.
	 * The bytes before done have been looked at for it, and made newlines. */
	int first = s->at <= 0, end = 0, cr = first ? -1 : 0;

	while (!end) {
		ssize_t got;
		size_t last;

		if (have == j->bufcap) {
			/* A line longer than the buffer: make room for it. */
			size_t cap = 2 * j->bufcap;

			/* Not cleared: pages of a large block that are never written are never
			 * in memory; the slack after the data is cleared where it is read. */
			j->buf = xrealloc(j->buf, cap + SLACK);
			j->bufcap = cap;
		}
		got = source_read(s, j->buf + have, j->bufcap - have);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return -1;
		end = s->short_is_end && (size_t)got < j->bufcap - have;
		if (got == 0)
			break;
		have += (size_t)got;
		if (end)
			break;
		if (first && have >= 3) {
			/* A byte order mark says UTF-8; it is not text. */
			if (memcmp(j->buf, "\xef\xbb\xbf", 3) == 0)
				start = 3;
			first = 0;
		}
		if (first)
			continue;
		/* Until the first line ends, only the bytes just read (and a last CR) are looked
		 * at: a pipe gives a long first line 64 KiB a read. */
		if (cr < 0 && (cr = journal_cr_lines(j->buf + done, have - done, 0, &resume)) < 0) {
			done += resume;
			continue;
		}
		if (cr) {
			/* A CR that ended the last read may be made a newline now. */
			seen = done < seen ? done : seen;
			cr_to_newlines(j->buf, &done, have, 0);
		}
		last = last_line_end(j->buf, seen > start ? seen : start, have);
		seen = have;
		if (last == 0)
			continue;
		/* The scanner reads up to SLACK bytes past last, and masks them off. */
		memset(j->buf + have, 0, SLACK);
		lines(j, f, j->buf + start, j->buf + last);
		journal_findings_some(j, f->name);
		/* The unfinished last line moves to the front for the next read. */
		memmove(j->buf, j->buf + last, have - last);
		have -= last;
		seen = have;
		done = cr ? done - last : 0;
		start = 0;
	}
	if (first && have >= 3 && memcmp(j->buf, "\xef\xbb\xbf", 3) == 0)
		start = 3;
	if (cr < 0)
		cr = journal_cr_lines(j->buf + done, have - done, 1, &resume);
	if (cr)
		cr_to_newlines(j->buf, &done, have, 1);
	if (have > start) {
		/* The slack after the data must read as something that is not a newline. */
		memset(j->buf + have, 0, SLACK);
		lines(j, f, j->buf + start, j->buf + have);
	}
	return 0;
}

int
journal_read_range(struct journal *j, struct journal_file *f, int fd, off_t from, off_t to)
{
	struct source s = { fd, from, to, NULL, 0, 0 };

	return read_stream(j, f, &s);
}

/* Reads one file from fd (see struct source for short_is_end).  Returns 0, or -1 with errno
 * when a read fails. */
static int
read_file(struct journal *j, const char *path, int fd, int short_is_end)
{
	struct journal_file f;
	struct source s = { fd, -1, -1, NULL, 0, short_is_end };
	struct stat st;
	int rc, saved;

	journal_file_start(j, &f, path);
#ifdef VECTOR_SCAN
	(void)best_scanner();   /* asked once here, before any thread of journal_read_pieces asks */
#endif
	/* A large journal file is read on several threads; not a daily note, nor for a reader
	 * that wants every line in order (on_line). */
	if (!short_is_end || f.dated || j->on_line != NULL || fstat(fd, &st) < 0 ||
	    !journal_read_pieces(j, &f, fd, st.st_size, &rc))
		rc = read_stream(j, &f, &s);
	saved = errno;
	if (rc == 0)
		file_end(j, &f);
	else
		entry_drop(j);
	findings_flush(j, path);
	free(f.fm);
	errno = saved;
	return rc;
}

void
journal_read_buffer(struct journal *j, const char *name, const char *buf, size_t len)
{
	struct journal_file f;
	struct source s = { -1, -1, -1, buf, len, 0 };

	journal_file_start(j, &f, name);
	read_stream(j, &f, &s);
	file_end(j, &f);
	findings_flush(j, name);
	free(f.fm);
}

static int
digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (!is_digit(s[i]))
			return 0;
	return 1;
}

int
journal_note_date(const char *path, long *day)
{
	const char *base = strrchr(path, '/'), *dot;
	size_t len;
	char iso[11];

	base = base ? base + 1 : path;
	/* The name's own extension, before any ".age" or ".gpg" */
	len = crypt_plain_len(base);
	for (dot = base + len; dot > base && dot[-1] != '.'; dot--)
		;
	len = dot > base ? (size_t)(dot - 1 - base) : len;
	/* 2026-01-14.md, 2026-01-14 anything.md, 2026_01_14.md */
	if (len >= 10 && digits(base, 4) && digits(base + 5, 2) && digits(base + 8, 2) &&
	    base[4] == base[7] && (base[4] == '-' || base[4] == '_') &&
	    (len == 10 || base[10] == ' ')) {
		memcpy(iso, base, 10);
		iso[4] = iso[7] = '-';
		return date_parse(iso, 10, day) == 1;
	}
	/* .../2026/01/14.md */
	if (len == 2 && digits(base, 2) && base - path >= 8 && base[-1] == '/' &&
	    base[-4] == '/' && digits(base - 3, 2) && digits(base - 8, 4) &&
	    (base - path == 8 || base[-9] == '/')) {
		memcpy(iso, base - 8, 4);
		iso[4] = '-';
		memcpy(iso + 5, base - 3, 2);
		iso[7] = '-';
		memcpy(iso + 8, base, 2);
		return date_parse(iso, 10, day) == 1;
	}
	return 0;
}

/* ---- folders ---- */

const char *
journal_default_path(void)
{
	struct stat st;

	static const char *const files[] = { "journal.md", "journal.md.age", "journal.md.gpg" };

	if (stat("journal", &st) == 0 && S_ISDIR(st.st_mode))
		return "journal";
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
		if (stat(files[i], &st) == 0)
			return files[i];
	return NULL;
}

/* Reports why path cannot be read, errno telling. */
static void
path_error(struct journal *j, const char *path)
{
	int encrypted = errno == ENOKEY && crypt_tool_of(path) != CRYPT_NONE;
	const char *why = crypt_strerror(path, errno, 0);
	struct diags d = { 0 };

	if (j->on_findings == NULL && j->keep == NULL)
		return;
	diags_add(&d, SEV_ERROR, JOURNAL_UNREADABLE, 0, 0, 0, NULL, "%s%s", why,
	    encrypted ? "; nothing in it was read" : "");
	hand_over(j, path, &d);
}

/* Whether the file or folder st was read before by a name that reads it the same (path's:
 * a daily note's date, or none), by this path or another: the number of that reading
 * (j->read_path), not to be read again; or -1, when it is now one read, by path (its number
 * in j->read_new, for read_failed).  A name that reads it otherwise (a link "today.md" to a
 * daily note: no date) is another reading. */
static int
read_before(struct journal *j, const char *path, const struct stat *st)
{
	long day = LONG_MIN;
	size_t n = j->files_read.n;
	uint64_t v[3];
	char key[sizeof v];   /* v's bytes, copied: clang's analyzer reads them as chars */
	int id;

	if (!S_ISDIR(st->st_mode) && !journal_note_date(path, &day))
		day = LONG_MAX;
	v[0] = (uint64_t)st->st_dev;
	v[1] = (uint64_t)st->st_ino;
	v[2] = (uint64_t)day;
	memcpy(key, v, sizeof key);
	id = names_add(&j->files_read, key, sizeof key);
	if ((size_t)id < n && j->read_path[id] != NULL)
		return id;
	/* A power of two is the array's room, doubled when full. */
	if ((size_t)id == n && (n & (n - 1)) == 0)
		j->read_path = xrealloc(j->read_path, (n ? 2 * n : 1) * sizeof *j->read_path);
	j->read_path[id] = xstrndup(path, strlen(path));
	j->read_new = id;
	return -1;
}

/* Forgets that the file read_before took last was read: none of it was (it could not be
 * decrypted), so naming it again is another try, not a file read twice. */
static int
read_failed(struct journal *j)
{
	free(j->read_path[j->read_new]);
	j->read_path[j->read_new] = NULL;
	return -1;
}

/* The finding on path, a file or a folder, that it was read before as j->read_path[id]; or,
 * when first is not NULL, that count of the folder's notes were, the first of them first. */
static void
read_twice(struct journal *j, const char *path, size_t count, const char *first, int id)
{
	if (first == NULL)
		warning(j, JOURNAL_READ_TWICE, 0, "read already, as %s; not read again",
		    j->read_path[id]);
	else
		warning(j, JOURNAL_READ_TWICE, 0, "%zu of its files %s read already (%s as %s); "
		    "not read again", count, count == 1 ? "was" : "were", first,
		    j->read_path[id]);
	findings_flush(j, path);
}

struct note {
	char *path;
	long day;  /* the note's date, or LONG_MAX: undated files sort after dated ones */
	size_t base, len;  /* where the file's name starts in path, and path's length */
	size_t dir;        /* its folder, in notes.dirs */
	int encrypted;     /* crypt.h */
};

/* A folder of notes, opened the first time a note in it is read, so that each note is opened
 * by its name alone, not by a path the kernel walks again each time. */
struct note_dir {
	char *path;
	int fd;  /* NOTE_DIR_UNOPENED, -1 when it could not be or would be one too many */
};

#define NOTE_DIR_UNOPENED (-2)
/* Folders held open at once, at most: beyond, notes are opened by their whole path. */
#define NOTE_DIRS_OPEN 64

struct notes {
	struct note *v;
	size_t n, cap;
	struct note_dir *dirs;
	size_t ndirs, dircap, open;
};

int
journal_is_markdown(const char *name)
{
	/* "2026-01-14.md.age": a note kept encrypted; "2026-01-14.MD", as some phones and
	 * older systems name files. */
	size_t n = crypt_plain_len(name);

	return (n > 3 && strncasecmp(name + n - 3, ".md", 3) == 0) ||
	    (n > 9 && strncasecmp(name + n - 9, ".markdown", 9) == 0);
}

/* What a folder entry is: DT_DIR, DT_REG, or something else.  readdir mostly says, which
 * saves a stat call a note; a symbolic link is followed to a file but not to a folder, so
 * that no loop can form. */
static int
entry_kind(const struct dirent *de, const char *path)
{
	struct stat st;

#ifdef NO_D_TYPE
	(void)de;
	if (lstat(path, &st) < 0)
		return DT_UNKNOWN;
#else
	if (de->d_type == DT_DIR || de->d_type == DT_REG)
		return de->d_type;
	if ((de->d_type != DT_LNK && de->d_type != DT_UNKNOWN) || lstat(path, &st) < 0)
		return DT_UNKNOWN;
#endif
	if (S_ISDIR(st.st_mode))
		return DT_DIR;
	if (S_ISLNK(st.st_mode) && stat(path, &st) < 0)
		return DT_UNKNOWN;
	return S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
}

/* Gathers the Markdown files under dir, skipping hidden ones (.git, .obsidian).  Returns 0,
 * or -1 when a folder could not be read (reported).  It recurses as deep as the folders go,
 * which PATH_MAX and the kernel's limit on links followed bound. */
static int	/* NOLINTNEXTLINE(misc-no-recursion) */
gather(struct journal *j, const char *dir, struct notes *out)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t dlen = strlen(dir), at = out->ndirs;
	int rc = 0;

	if (d == NULL) {
		path_error(j, dir);
		return -1;
	}
	if (out->ndirs == out->dircap) {
		out->dircap = out->dircap ? 2 * out->dircap : 8;
		out->dirs = xrealloc(out->dirs, out->dircap * sizeof *out->dirs);
	}
	out->dirs[at].path = xstrndup(dir, dlen);
	out->dirs[at].fd = NOTE_DIR_UNOPENED;
	out->ndirs++;
	/* "journal/" and "journal" alike: the name follows one '/' */
	if (dir[dlen - 1] == '/')
		dlen--;
	while ((de = readdir(d)) != NULL) {
		size_t nlen = strlen(de->d_name);
		struct note *note;
		char *path;

		if (de->d_name[0] == '.')
			continue;
		path = xmalloc(dlen + nlen + 2);
		memcpy(path, dir, dlen);
		path[dlen] = '/';
		memcpy(path + dlen + 1, de->d_name, nlen);
		path[dlen + 1 + nlen] = '\0';
		switch (entry_kind(de, path)) {
		case DT_DIR:
			rc |= gather(j, path, out);
			free(path);
			continue;
		case DT_REG:
			if (journal_is_markdown(de->d_name))
				break;
			/* FALLTHROUGH */
		default:
			/* Not a note: another kind of file, a pipe that would never end, a device. */
			free(path);
			continue;
		}
		if (out->n == out->cap) {
			out->cap = out->cap ? 2 * out->cap : 64;
			out->v = xrealloc(out->v, out->cap * sizeof *out->v);
		}
		note = &out->v[out->n++];
		note->path = path;
		note->base = dlen + 1;
		note->len = dlen + 1 + nlen;
		note->dir = at;
		note->encrypted = crypt_tool_of(de->d_name) != CRYPT_NONE;
		if (!journal_note_date(path, &note->day))
			note->day = LONG_MAX;
	}
	closedir(d);
	return rc;
}

static int
note_order(const void *a, const void *b)
{
	const struct note *x = a, *y = b;
	size_t nx = x->len - x->base, ny = y->len - y->base;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	/* Of one day, the note named by the date alone ("2026-03-03.md") is the day's first:
	 * "2026-03-03 evening.md" was written after it, though ' ' sorts before '.'. */
	if (nx != ny)
		return nx < ny ? -1 : 1;
	return strcmp(x->path, y->path);
}

/* The encrypted files sources read more than once have decrypted, so that a second reading
 * asks for no passphrase again: each path with its text, or the errno it failed with. */
struct journal_plain {
	size_t n, cap;
	char **path;
	struct file_text *text;
	int *err;
};

static void
plain_free(struct journal_plain *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->n; i++) {
		free(c->path[i]);
		file_free(&c->text[i]);
	}
	free(c->path);
	free(c->text);
	free(c->err);
	free(c);
}

/* The cached decryption of path, decrypting it first when new; NULL (errno set) when it
 * failed. */
static const struct file_text *
plain_get(struct journal_plain *c, const char *path)
{
	size_t i;

	for (i = 0; i < c->n && strcmp(c->path[i], path) != 0; i++)
		;
	if (i == c->n) {
		if (c->n == c->cap) {
			c->cap = c->cap ? 2 * c->cap : 16;
			c->path = xrealloc(c->path, c->cap * sizeof *c->path);
			c->text = xrealloc(c->text, c->cap * sizeof *c->text);
			c->err = xrealloc(c->err, c->cap * sizeof *c->err);
		}
		c->path[i] = xstrndup(path, strlen(path));
		c->err[i] = file_read(&c->text[i], path) < 0 ? errno : 0;
		c->n++;
	}
	errno = c->err[i];
	return c->err[i] ? NULL : &c->text[i];
}

/* Reads a file kept encrypted (crypt.h): whole, into memory, before any of it is read as a
 * journal, so that a file that fails to decrypt part way through adds nothing. */
static int
read_encrypted(struct journal *j, const char *path)
{
	const struct file_text *cached;
	struct file_text t;

	if (j->plain != NULL) {
		if ((cached = plain_get(j->plain, path)) == NULL) {
			path_error(j, path);
			return -1;
		}
		journal_read_buffer(j, path, cached->data ? cached->data : "", cached->len);
		return 0;
	}
	if (file_read(&t, path) < 0) {
		path_error(j, path);
		return -1;
	}
	journal_read_buffer(j, path, t.data ? t.data : "", t.len);
	file_free(&t);
	return 0;
}

/* The open folder of a note, opening it if need be; -1 when it cannot be. */
static int
note_dir_fd(struct notes *notes, const struct note *note)
{
	struct note_dir *d = &notes->dirs[note->dir];

	if (d->fd == NOTE_DIR_UNOPENED) {
		d->fd = -1;
		if (notes->open < NOTE_DIRS_OPEN &&
		    (d->fd = open(d->path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0)
			notes->open++;
	}
	return d->fd;
}

/* Reads a Markdown file found in a folder.  Returns 0, -1 when it could not be read
 * (reported), or 1 when it was read before (read_before's number in *before). */
static int
read_note(struct journal *j, struct notes *notes, const struct note *note, int *before)
{
	const char *path = note->path;
	struct stat st;
	int fd, dfd;

	/* Known by its device and inode from fstat: readdir's d_ino is not the file's on
	 * some file systems (FUSE, overlays), where it would make different notes one. */
	if (note->encrypted) {
		int known = stat(path, &st) == 0;

		if (known && (*before = read_before(j, path, &st)) >= 0)
			return 1;
		return read_encrypted(j, path) == 0 ? 0 : known ? read_failed(j) : -1;
	}
	dfd = note_dir_fd(notes, note);
	fd = dfd >= 0 ? openat(dfd, path + note->base, O_RDONLY | O_CLOEXEC) :
	    open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0 && fstat(fd, &st) == 0 && (*before = read_before(j, path, &st)) >= 0) {
		close(fd);
		return 1;
	}
	if (fd < 0 || read_file(j, path, fd, 1) < 0) {
		path_error(j, path);
		if (fd >= 0)
			close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/* Reads the notes in the folder at path, and its folders', in the order of their dates; a
 * note read before (the folder's own folder was named too) is not read again. */
static int
read_folder(struct journal *j, const char *path)
{
	struct notes notes = { 0 };
	struct note *first = NULL;
	size_t twice = 0;
	int rc = gather(j, path, &notes), k, before, first_id = -1;

	if (notes.n > 0)
		qsort(notes.v, notes.n, sizeof *notes.v, note_order);
	for (size_t i = 0; i < notes.n; i++) {
		struct note *note = &notes.v[i];

		if ((k = read_note(j, &notes, note, &before)) < 0)
			rc = -1;
		else if (k == 1 && twice++ == 0) {
			first = note;
			first_id = before;
		}
	}
	if (twice > 0)
		read_twice(j, path, twice, first->path, first_id);
	for (size_t i = 0; i < notes.n; i++)
		free(notes.v[i].path);
	for (size_t i = 0; i < notes.ndirs; i++) {
		if (notes.dirs[i].fd >= 0)
			close(notes.dirs[i].fd);
		free(notes.dirs[i].path);
	}
	free(notes.v);
	free(notes.dirs);
	return rc;
}

int
journal_read(struct journal *j, const char *path)
{
	struct stat st;
	int fd, k;

	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if (crypt_tool_of(path) != CRYPT_NONE && stat(path, &st) == 0 && !S_ISDIR(st.st_mode))
		return (k = read_before(j, path, &st)) >= 0 ? (read_twice(j, path, 1, NULL, k), 0) :
		    read_encrypted(j, path) < 0 ? read_failed(j) : 0;
	else if ((fd = open(path, O_RDONLY)) < 0)
		goto fail;
	if (fstat(fd, &st) < 0)
		goto fail;
	/* Standard input ("- -") and pipes are read as often as named: what is read is gone. */
	if (strcmp(path, "-") != 0 && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) &&
	    (k = read_before(j, path, &st)) >= 0) {
		read_twice(j, path, 1, NULL, k);
		close(fd);
		return 0;
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		return read_folder(j, path);
	}
	if (read_file(j, path, fd, S_ISREG(st.st_mode)) < 0)
		goto fail;
	if (fd != STDIN_FILENO)
		close(fd);
	return 0;
fail:
	path_error(j, path);
	if (fd >= 0 && fd != STDIN_FILENO)
		close(fd);
	return -1;
}

/* A metric written at most RARE_USES times, one slip of the keyboard away from one written
 * FREQUENT_TIMES as often (and at least MIN_FREQUENT times), is most likely that one. */
#define RARE_USES 3
#define FREQUENT_TIMES 5
#define MIN_FREQUENT 5
/* A person's slips are of the metrics they write most, and are few: compared are the
 * MOST_FREQUENT metrics written most often, and only in a journal of at most MOST_RARE rare
 * ones.  More are a device's or a script's names (an import of millions), whose hints would
 * be noise, and whose comparisons took longer than the reading. */
#define MOST_FREQUENT 256
#define MOST_RARE 10000

/* Whether key k is a metric written at most RARE_USES times. */
static int
rare_metric(const struct journal *j, size_t k)
{
	const struct key_info *ki = &j->key_info[k];

	return ki->kind == KEY_METRIC && ki->uses > 0 && ki->uses <= RARE_USES;
}

/* A metric key and how often it was written, for the sorts below. */
struct key_use {
	long uses;
	size_t key;
};

/* More uses first, then the order of j->keys. */
static int
by_uses(const void *a, const void *b)
{
	const struct key_use *x = a, *y = b;

	return x->uses != y->uses ? (x->uses > y->uses ? -1 : 1) : (x->key > y->key) -
	    (x->key < y->key);
}

static int
by_key(const void *a, const void *b)
{
	const struct key_use *x = a, *y = b;

	return (x->key > y->key) - (x->key < y->key);
}

/* The metrics a rare one may be a slip of: written at least MIN_FREQUENT times, at most
 * MOST_FREQUENT of them, those written most; in the order of j->keys, as the first of the
 * closest is the one suggested.  Their number is in *n. */
static struct key_use *
frequent_metrics(const struct journal *j, size_t *n)
{
	struct key_use *v = xmalloc((j->keys.n + 1) * sizeof *v);

	*n = 0;
	for (size_t k = 0; k < j->keys.n; k++)
		if (j->key_info[k].kind == KEY_METRIC && j->key_info[k].uses >= MIN_FREQUENT)
			v[(*n)++] = (struct key_use){ j->key_info[k].uses, k };
	if (*n > MOST_FREQUENT) {
		qsort(v, *n, sizeof *v, by_uses);
		*n = MOST_FREQUENT;
		qsort(v, *n, sizeof *v, by_key);
	}
	return v;
}

/* Of the frequent metrics (n, in order), those written FREQUENT_TIMES as often as a rare
 * one written uses times, as text_suggest_among compares them. */
static struct text_name *
slip_targets(const struct journal *j, const struct key_use *frequent, size_t n, long uses,
    size_t *got)
{
	struct text_name *v = xmalloc((n + 1) * sizeof *v);

	*got = 0;
	for (size_t i = 0; i < n; i++)
		if (frequent[i].uses >= FREQUENT_TIMES * uses)
			v[(*got)++] = text_name_of(j->keys.name[frequent[i].key]);
	return v;
}

void
journal_check_names(struct journal *j)
{
	/* One list for each number of uses a rare metric may have, made once. */
	struct text_name *frequent[RARE_USES + 1];
	size_t nfrequent[RARE_USES + 1], nrare = 0, nkeys;
	struct key_use *keys;

	for (size_t k = 0; k < j->keys.n; k++)
		nrare += (size_t)rare_metric(j, k);
	if (nrare == 0 || nrare > MOST_RARE)
		return;
	keys = frequent_metrics(j, &nkeys);
	for (long u = 1; u <= RARE_USES; u++)
		frequent[u] = slip_targets(j, keys, nkeys, u, &nfrequent[u]);
	free(keys);
	for (size_t i = 0; i < j->keys.n; i++) {
		const struct key_info *rare = &j->key_info[i];
		const char *hint;

		if (!rare_metric(j, i) ||
		    nfrequent[rare->uses] == 0 || (hint = text_suggest_among(j->keys.name[i],
		    j->keys.len[i], frequent[rare->uses], nfrequent[rare->uses])) == NULL)
			continue;
		warning(j, JOURNAL_RARE_METRIC, rare->line, "'%s' has %ld value%s and '%s' has %ld: "
		    "did you mean '%s'?", j->keys.name[i], rare->uses, rare->uses == 1 ? "" : "s",
		    hint, j->key_info[names_find(&j->keys, hint, strlen(hint))].uses, hint);
		findings_flush(j, rare->file);
	}
	for (long u = 1; u <= RARE_USES; u++)
		free(frequent[u]);
}

/* An entry this many years or more from the next nearest is the earliest or the latest: a
 * slip in a year's digits, 0206 or 2062 for 2026, and not a journal's pause; it would make
 * every report over time span the years between (a row a day). */
#define FAR_YEARS 20

/* The whole years from day a to day b (a <= b): those whose anniversary has come. */
static long
whole_years(long a, long b)
{
	int ya, ma, da, yb, mb, db;

	date_to_ymd(a, &ya, &ma, &da);
	date_to_ymd(b, &yb, &mb, &db);
	return (long)yb - ya - (mb < ma || (mb == ma && db < da));
}

/* The finding on e, the earliest (side "before") or the latest entry, when next, the one
 * after or before it, is FAR_YEARS away or more. */
static void
far_date(struct journal *j, const struct journal_edge *e, const struct journal_edge *next,
    const char *side)
{
	long years = e->day < next->day ? whole_years(e->day, next->day) :
	    whole_years(next->day, e->day);
	char day[16], other[16];

	if (years < FAR_YEARS)
		return;
	warning(j, JOURNAL_FAR_DATE, e->line, "%s is %ld years %s any other entry's date (the "
	    "nearest is %s): a slip in its year?", date_format(e->day, day), years, side,
	    date_format(next->day, other));
	findings_flush(j, e->file);
}

void
journal_check_dates(struct journal *j)
{
	if (j->nedges < 3)
		return;
	far_date(j, &j->early[0], &j->early[1], "before");
	far_date(j, &j->late[0], &j->late[1], "after");
}

void
journal_check_gas(struct journal *j, const char *const *ids)
{
	size_t plen = strlen(GAS_PREFIX);

	for (size_t i = 0; i < j->keys.n; i++) {
		const struct key_info *ki = &j->key_info[i];
		const char *id = j->keys.name[i] + plen, *hint;
		size_t len = j->keys.len[i] - plen, k;
		char buf[TEXT_HINT_SIZE];

		if (ki->kind != KEY_GAS || ki->uses == 0)
			continue;
		for (k = 0; ids[k] != NULL; k++)
			if (strlen(ids[k]) == len && strncasecmp(ids[k], id, len) == 0)
				break;
		if (ids[k] != NULL)
			continue;
		hint = text_did_you_mean(id, len, ids, buf);
		warning(j, JOURNAL_UNKNOWN_GOAL, ki->line, "%s: no goal has the id '%s', so this "
		    "level is not counted for any goal%s", j->keys.name[i], id, hint);
		findings_flush(j, ki->file);
	}
}

void
journal_redact_tags(struct journal *j)
{
	size_t later = j->ntag_first;

	for (size_t i = 0; i < j->tags.n; i++) {
		char name[32];
		size_t k = i < j->tag_at_cap && j->tag_first[i] > 0 ? (size_t)j->tag_first[i] :
		    ++later;

		snprintf(name, sizeof name, "tag-%zu", k);
		free(j->tags.name[i]);
		j->tags.name[i] = xstrndup(name, strlen(name));
		j->tags.len[i] = strlen(name);
		/* The hash and head the table grows by are the new name's. */
		j->tags.hash[i] = name_hash(name, strlen(name), &j->tags.head[i]);
	}
	/* Looked up by their new names, the tags would be found in the wrong slots. */
	j->raise_at = 0;
	free(j->tags.slot);
	j->tags.slot = NULL;
	j->tags.nslots = 0;
}

void
journal_init(struct journal *j, const char *prog,
    void (*on_entry)(const struct entry *e, void *ctx), void *ctx)
{
	memset(j, 0, sizeof *j);
	j->prog = prog;
	j->on_entry = on_entry;
	j->ctx = ctx;
	j->bufcap = CHUNK;
	/* Zeroed: the slack past the data is read (and masked off), so it must be defined;
	 * calloc has fresh pages zeroed without touching them. */
	if ((j->buf = calloc(1, CHUNK + SLACK)) == NULL)
		out_of_memory();
}

void
journal_reset(struct journal *j)
{
	names_free(&j->keys);
	names_free(&j->key_files);
	names_free(&j->tags);
	names_free(&j->metrics);
	diags_free(&j->found);
	memset(&j->found, 0, sizeof j->found);
	/* entry_drop has left tag_at and metric_at zero. */
	if (j->tag_first != NULL)
		memset(j->tag_first, 0, j->tag_at_cap * sizeof *j->tag_first);
	j->ntag_first = 0;
	/* The memo's key numbers were the names' just freed.  Its slots are emptied by a new
	 * generation, not freed nor cleared: a reader is reset for each piece of a large file
	 * (journal_pieces.c), and clearing 768 KiB a piece of 1 MiB took 7% of the time of
	 * reading the metric-heavy shape on two threads (16384 slots). */
	if (j->memo != NULL && ++j->memo_gen == 0)
		memset(j->memo, 0, MEMO_SLOTS * sizeof *j->memo);
	j->nedges = 0;
	j->edge_of = NULL;
	j->raise_at = 0;
	j->nunsure = 0;
	j->warnings = 0;
	j->open = 0;
}

void
journal_free(struct journal *j)
{
	for (size_t i = 0; i < j->files_read.n; i++)
		free(j->read_path[i]);
	free(j->read_path);
	names_free(&j->files_read);
	names_free(&j->tags);
	names_free(&j->metrics);
	names_free(&j->keys);
	names_free(&j->key_files);
	free(j->key_info);
	free(j->memo);
	free(j->mv);
	free(j->tv);
	free(j->tag_at);
	free(j->metric_at);
	free(j->tag_first);
	free(j->line_tags);
	free(j->title);
	free(j->first);
	free(j->scratch);
	free(j->unsure);
	free(j->buf);
	diags_free(&j->found);
	memset(j, 0, sizeof *j);
}

/* ---- sources read more than once ---- */

enum { SOURCE_PATH, SOURCE_MEMORY, SOURCE_FAILED };

int
journal_sources_open(struct journal_sources *s, const char *const *path, int n,
    const char *prog, void (*on_findings)(const char *, const char *, const struct diags *))
{
	struct stat st;
	int rc = 0;

	s->n = n;
	s->path = path;
	s->plain = xmalloc(sizeof *s->plain);
	memset(s->plain, 0, sizeof *s->plain);
	s->how = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *s->how);
	s->text = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *s->text);
	memset(s->text, 0, (size_t)(n > 0 ? n : 1) * sizeof *s->text);
	for (int i = 0; i < n; i++) {
		s->how[i] = SOURCE_PATH;
		if (strcmp(path[i], "-") != 0 && (stat(path[i], &st) < 0 ||
		    S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)))
			continue;
		s->how[i] = SOURCE_MEMORY;
		if (file_read(&s->text[i], path[i]) < 0) {
			const char *why = strerror(errno);
			struct diags d = { 0 };

			s->how[i] = SOURCE_FAILED;
			rc = -1;
			if (on_findings == NULL)
				continue;
			diags_add(&d, SEV_ERROR, JOURNAL_UNREADABLE, 0, 0, 0, NULL, "%s", why);
			on_findings(prog, strcmp(path[i], "-") == 0 ? "standard input" : path[i], &d);
			diags_free(&d);
		}
	}
	return rc;
}

int
journal_sources_read(const struct journal_sources *s, struct journal *j)
{
	int rc = 0;

	j->plain = s->plain;
	for (int i = 0; i < s->n; i++) {
		if (s->how[i] == SOURCE_MEMORY)
			journal_read_buffer(j, s->path[i], s->text[i].data ? s->text[i].data : "",
			    s->text[i].len);
		else if (s->how[i] == SOURCE_PATH && journal_read(j, s->path[i]) < 0)
			rc = -1;
	}
	journal_check_names(j);
	journal_check_dates(j);
	j->plain = NULL;
	return rc;
}

void
journal_sources_free(struct journal_sources *s)
{
	for (int i = 0; i < s->n; i++)
		file_free(&s->text[i]);
	plain_free(s->plain);
	free(s->text);
	free(s->how);
	memset(s, 0, sizeof *s);
}
