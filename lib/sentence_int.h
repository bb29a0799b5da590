/* sentence_int.h: what the modules of the sentence reader share and nothing else includes:
 * the reader and the state of one read (struct ctx), the pattern and group ids, and the
 * matching helpers, which are inline because every module calls them in its inner loops.
 * The reader is split like mandoc's, one file per stage of a read (see sentence.c). */
#ifndef GOALKIT_SENTENCE_INT_H
#define GOALKIT_SENTENCE_INT_H

#define PCRE2_CODE_UNIT_WIDTH 8

#include <stdint.h>
#include <string.h>

#include <pcre2.h>

#include "lexicon.h"
#include "sentence.h"

/* Lists kept by each read; later quantities than these are ignored, which only matters
 * for text that is not a goal sentence at all. */
#define MAXQ	48
#define MAXEX	64
#define MAXF	16
#define MAXSCAN	4096	/* matches looked at per pattern and sentence */

/* After this many sentences a reader JIT-compiles each pattern as it is next used: a file of
 * a few goals pays nothing for it, and one of thousands reads several times faster. */
#define JIT_AFTER	24
#define JIT_LONG	4096	/* ... and so does one long text */
#define FOLD_PAD	64	/* zero bytes kept after the folded text, see fold() */

enum re_id {
	/* spans no target can come from */
	RE_EXCL, RE_EXCL_NY, RE_EXCL_WORDS, RE_EXCL_NEAR, RE_RESP, RE_DUR,
	/* targets */
	RE_QTY, RE_UNIT, RE_WIN, RE_POST, RE_LBMOST, RE_CLOCKPRE, RE_CLOCKNEXT, RE_RATING,
	RE_RATEPER, RE_FREQ, RE_ONCE_CNT, RE_NEGQ, RE_UPTO_RISE, RE_NEGCNT, RE_FEWOCC,
	RE_MONEYV,
	/* wording */
	RE_VAGUE, RE_ABS, RE_EXCUSE, RE_BACKGROUND, RE_STATEMENT, RE_SUBJ, RE_NEGNEAR, RE_NEGCLAUSE, RE_ANYMORE, RE_PASTV, RE_PCT_BEFORE,
	RE_PCT_AFTER,
	/* the main verb */
	RE_HEDGE, RE_LEAD, RE_PREAMBLE, RE_PREAMBLE_AT, RE_SKIP, RE_V_SPECIAL, RE_V_WISH, RE_V_VAGUE,
	RE_V_BROAD, RE_V_BARE,
	RE_N
};

/* The named groups the code reads, looked up by number once per reader rather than by name
 * on every match. */
enum gname {
	G_A, G_ADJ, G_ADJT, G_ADV, G_AU, G_CNT, G_D, G_DOSE, G_DUR, G_EAS, G_EN, G_END,
	G_EU, G_EY, G_FEW, G_HAL, G_KILO, G_LATE, G_MID, G_MON, G_MOST, G_MOST2, G_N, G_N1,
	G_N2, G_NMO, G_NWK, G_NWKEND, G_NX, G_NY, G_NYE, G_OTHER, G_PADV, G_PER, G_PGT,
	G_PL, G_PLT, G_PM, G_POST, G_PRE, G_Q, G_RADV, G_RD, G_RN, G_RPOST, G_RPRE, G_TIME,
	G_TOD, G_TOM, G_U, G_UNIT, G_UNIT2, G_VAL, G_WD, G_WDL, G_WDP, G_WKDAYS, G_WKEND,
	G_WKENDS, G_XEVE, G_XMAS, G_XN, G_Y, G_HALF, G_NYR, G_P1, G_P2, G_YR, G_WK7, G_WK5,
	G_WDL2, G_WDP2,
	GNAMES
};

#define MAXSTART	64	/* match starts kept per text; more, and every scan is full */

struct user_pattern {
	pcre2_code *re;
	enum wording kind;
};

struct sentence_reader {
	/* The built-in patterns, compiled as they are needed: [0] matching case exactly, for
	 * the folded text; [1] caselessly, for the rare text that needs it (see fold()). */
	pcre2_code *re[2][RE_N];
	pcre2_match_data *md[2];	/* outer scans, and checks made while one is open */
	pcre2_match_context *mctx;
	pcre2_match_context *mlim;	/* the same, with an offset limit for pattern_scan() */
	struct user_pattern *user;
	size_t nuser, capuser;
	char *buf;			/* the folded copy of the text being read */
	size_t bufcap;
	unsigned long nread;
	int jit;			/* JIT-compile patterns from now on */
	unsigned char jitted[2][RE_N];
	int oom;			/* a pattern could not be compiled for want of memory */
	unsigned char gnum[RE_N][GNAMES];	/* group numbers by name; 0: no such group */
	struct ctx *ctx;		/* what the read under way has found */
	struct word_slot *words;	/* the trigger words, hashed */
	struct tokens toks;		/* the folded text's tokens, see lexicon.h */
	int full_scan;			/* no fast path: see sentence_reader_full_scan */
};

/* A quantity found in the sentence, and what it counts. */
enum qkind { Q_PLAIN, Q_COUNT, Q_DUR };

struct qty {
	size_t off, end;
	double amount;
	enum target_bound bound;
	enum qkind kind;
	int has_per;
	int per;	/* an enum period, or PER_FORTNIGHT until fix_fortnight */
	int weak;	/* "once" on its own, which is as often a conjunction as a count */
	int money;		/* written after a currency sign */
	int strict;		/* "fewer than 3", read as at most 2 */
	size_t nend;		/* the end of the number, before what it counts */
};

/* A frequency with no quantity of its own: "every morning", "on weekdays". */
struct freq {
	size_t off, end;
	double count;
	int per;	/* as in struct qty */
};

struct ctx {
	struct sentence_reader *r;
	const char *s;		/* the folded copy */
	size_t len;
	long today;
	uint32_t kinds;		/* of the words in the text, see sentence_word.c */
	struct {
		size_t off;
		uint32_t start;
	} st[MAXSTART];		/* where matches may start, see start_sets */
	size_t nst;
	int st_over;		/* more than MAXSTART */
	int caseless;		/* read with the caseless patterns, see compile_opts in sentence.c */
	struct span ex[MAXEX];	/* no target inside these */
	size_t nex;
	struct qty q[MAXQ];
	size_t nq;
	struct freq f[MAXF];
	size_t nf;
	int has_rating;
	struct qty rating;
	int threshold;		/* a response time or a percentage: measurable, no target */
	int length;		/* a length of time ("for 20 minutes"): the same */
	/* leading clauses already looked for (sentence_verb.c: leading_clause), as several
	 * stages ask for the same one */
	struct {
		int id;
		size_t p, end, goal;
	} lead[4];
	int nlead;
};

/* Fortnights have no period of their own.  A count per fortnight is written as twice the
 * count per month: a month always holds at least two fortnightly occasions, and counts
 * stay whole numbers.  PER_FORTNIGHT marks one until fix_fortnight converts it. */
#define PER_FORTNIGHT	(-1)

enum vclass { V_UNKNOWN, V_CONCRETE, V_VAGUE, V_BROAD };

struct word_slot;

/* sentence_pattern.c: the patterns, compiled as needed, and scanned. */
const char *pattern_source(int id);
const pcre2_code *pattern_code(struct sentence_reader *r, int id, int ci);
int pattern_scan(struct ctx *c, int id, size_t pos);

/* sentence_word.c: the trigger pass and the words hashed for it. */
extern const uint32_t start_sets[RE_N];
struct word_slot *words_new(void);
uint32_t word_kinds(struct ctx *c, const struct word_slot *t, const char *s, size_t n);
int pattern_may(const struct ctx *c, int id);
int concrete_verb(const struct word_slot *t, const char *w);

/* sentence_number.c: numbers, periods and deadlines. */
double number_value(const char *s, size_t n);
int is_integral(double v);
int period_of(const char *w, size_t n);
void fix_fortnight(double *amount, int *per);
int weekday_number(const char *s);
void find_deadline(struct ctx *c, struct sentence *out);

/* sentence_target.c: quantities, ratings, frequencies and the target; two goals. */
void find_exclusions(struct ctx *c);
void find_quantities(struct ctx *c);
void find_rating(struct ctx *c);
void find_frequencies(struct ctx *c);
void choose_target(struct ctx *c, struct sentence *out);
void split_goals(struct ctx *c, struct sentence *out);

/* sentence_verb.c: wording and the main verb, for S and A. */
int wording_match(struct ctx *c, const pcre2_code *re, struct span *sp);
int find_absolute(struct ctx *c, size_t from, struct span *sp);
int lemma_in(const struct word_slot *t, const char *w);
size_t clause_start(struct ctx *c);
int token_at(const struct tokens *t, size_t off);
enum vclass main_verb(struct ctx *c, struct span *verb);
int abstract_object(const struct tokens *t, const struct span *verb, struct span *noun);
int state_object(const struct tokens *t, const struct span *verb, struct span *noun);
int get_others_to(const struct ctx *c, const struct span *verb);
int let_others(const struct tokens *t, const struct span *verb, struct span *word);
int body_state(const struct tokens *t, const struct span *verb, int unknown, struct span *noun);
int manner_comparative(const struct tokens *t, const struct span *verb, struct span *word);
int involuntary_act(const struct tokens *t, const struct span *verb, struct span *word);
int less_of_thing(const struct tokens *t, const struct span *verb);
int bounded_length(const struct ctx *c);
int any_length(const struct ctx *c);
int more_after(const struct tokens *t, const struct span *verb);
size_t statement_end(struct ctx *c);
int before_goal(struct ctx *c, size_t so);
int word_before(const struct ctx *c, size_t p, const char *w);
void drop_problem_counts(struct ctx *c);
int records_verb(const struct tokens *t, const struct span *verb);
int each_event(const struct tokens *t);
int wh_question(const struct tokens *t);

/* sentence_measure.c: what is counted. */
unsigned measure_kind_of(const struct token *k);
void find_measure(struct ctx *c, enum vclass vc, const struct span *verb,
    struct sentence *out);

/* --- matching: inline, the modules' inner loops -------------------------------------- */

static inline int
match_code(struct ctx *c, const pcre2_code *re, size_t start, size_t end, uint32_t opts,
    int md)
{
	if (start > end)
		return 0;
	return pcre2_match(re, (PCRE2_SPTR)c->s, end, start, opts | PCRE2_NO_UTF_CHECK,
	    c->r->md[md], c->r->mctx) >= 0;
}

/* Matches built-in pattern id in s[0..end) from start; md picks the match data. */
static inline int
run(struct ctx *c, int id, size_t start, size_t end, uint32_t opts, int md)
{
	const pcre2_code *re = pattern_code(c->r, id, c->caseless);

	return re != NULL && match_code(c, re, start, end, opts, md);
}

static inline void
whole(struct ctx *c, int md, size_t *so, size_t *eo)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->r->md[md]);

	*so = ov[0];
	*eo = ov[1];
}

/* The span of named group g of the last match of id, if it took part. */
static inline int
grp(struct ctx *c, int id, int md, enum gname g, size_t *so, size_t *eo)
{
	int n = c->r->gnum[id][g];
	PCRE2_SIZE *ov;

	if (n == 0 || (uint32_t)n >= pcre2_get_ovector_count(c->r->md[md]))
		return 0;
	ov = pcre2_get_ovector_pointer(c->r->md[md]);
	if (ov[2 * n] == PCRE2_UNSET)
		return 0;
	*so = ov[2 * n];
	*eo = ov[2 * n + 1];
	return 1;
}

static inline int
has(struct ctx *c, int id, int md, enum gname g)
{
	size_t so, eo;

	return grp(c, id, md, g, &so, &eo);
}

/* The next character boundary after off (the copy is valid UTF-8). */
static inline size_t
next_char(const struct ctx *c, size_t off)
{
	off++;
	while (off < c->len && ((unsigned char)c->s[off] & 0xC0) == 0x80)
		off++;
	return off;
}

/* The first character boundary at or after off. */
static inline size_t
boundary(const struct ctx *c, size_t off)
{
	while (off < c->len && ((unsigned char)c->s[off] & 0xC0) == 0x80)
		off++;
	return off;
}

/* Whether a pattern ending in $ matches the few bytes just before off. */
static inline int
before(struct ctx *c, int id, size_t off, size_t look)
{
	size_t from = off > look ? boundary(c, off - look) : 0;

	return run(c, id, from, off, 0, 1);
}

/* Whether text[p..) starts with word w (n bytes) followed by a non-letter. */
static inline int
word_at(const struct ctx *c, size_t p, const char *w, size_t n)
{
	return p + n <= c->len && memcmp(c->s + p, w, n) == 0 &&
	    (p + n == c->len || !((c->s[p + n] >= 'a' && c->s[p + n] <= 'z') ||
	    (c->s[p + n] >= '0' && c->s[p + n] <= '9')));
}

/* Whether s[0..n) contains the string w of k bytes (memmem is not in POSIX). */
static inline int
contains(const char *s, size_t n, const char *w, size_t k)
{
	for (size_t i = 0; k <= n && i <= n - k; i++)
		if (memcmp(s + i, w, k) == 0)
			return 1;
	return 0;
}

/* The same for a string literal. */
#define WORD_AT(c, p, lit)	word_at(c, p, lit, sizeof(lit) - 1)
#define CONTAINS(s, n, lit)	contains(s, n, lit, sizeof(lit) - 1)

static inline int
overlaps(size_t a0, size_t a1, size_t b0, size_t b1)
{
	return a0 < b1 && b0 < a1;
}

static inline void
exclude(struct ctx *c, size_t so, size_t eo)
{
	if (c->nex < MAXEX) {
		c->ex[c->nex].off = so;
		c->ex[c->nex].len = eo - so;
		c->nex++;
	}
}

static inline int
excluded(const struct ctx *c, size_t so, size_t eo)
{
	for (size_t i = 0; i < c->nex; i++)
		if (overlaps(so, eo, c->ex[i].off, c->ex[i].off + c->ex[i].len))
			return 1;
	return 0;
}

#endif
