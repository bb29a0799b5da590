/* sentence.c: reads a goal sentence for its target, deadline and wording with PCRE2 patterns
 * kept by a reader, so goalcheck and smartify judge a sentence the same way.  This file holds
 * the reader and the order of a read; each stage is a module of its own, sharing
 * sentence_int.h: the patterns (sentence_pattern.c) and the pass that says which may match
 * (sentence_word.c), numbers and deadlines (sentence_number.c), targets
 * (sentence_target.c), wording and the main verb (sentence_verb.c), and what is counted
 * (sentence_measure.c). */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "sentence_int.h"
#include "text.h"

/*
 * How a sentence is read.
 *
 * The text is copied with ASCII folded to lower case and every byte that is not well-formed
 * UTF-8 (or is a control character or NUL) replaced by one space, so offsets into the copy
 * are offsets into the caller's text and every pattern may skip PCRE2's UTF check.
 *
 * Then, in order:
 *   1. spans no number in them can be a target: clock times, meeting names (1:1), dates,
 *      durations ("for 20 minutes"), response times ("within 1 hour");
 *   2. deadlines, of which the leftmost that names a date wins; a numeric date is read day
 *      first only when it must be (31/03/2026) or is written with dots (1.4.2026), month
 *      first when it must be (04/15/2026), and not at all when it could be either;
 *   3. quantities ("at least two", "7.5 hours", "twice") with what follows them: a unit
 *      ("times", "days", "minutes", "mg") and a period within a few words ("a week");
 *   4. the target is chosen from them by priority: a count per period, an amount per
 *      period, a rating ("6/10 or higher"), a bare frequency ("every morning"), a total;
 *   5. vague and absolutist wording; an absolutist word that sits after a negation, in a
 *      relative clause about the past ("I've never done") or in a leading clause of reasons
 *      ("Because I always say yes, I will ...") describes the problem, not the target, and
 *      is let be, and so is "100%" that describes a thing ("100% cotton") rather than doing
 *      or being ("give 100%", "be 100% sure");
 *   6. the main verb of the goal, after any "I want to" and leading time clause, decides S:
 *      a concrete action passes, a vague one ("feel", "improve", "be") fails, and a broad
 *      category ("exercise", "sleep", "socialise") passes only with a count or frequency.
 *
 * Every pattern is linear or bounded in how far it looks, so a megabyte of text costs a
 * few passes over it, not a pass per character.
 *
 * Speed.  goalcheck reads ten thousand goals in a few tens of milliseconds, and a file of
 * ten goals must not wait for patterns it never uses, so:
 *   - before any pattern runs, one pass over the folded text notes the kinds of word in it
 *     (digits, month names, frequency words, ...) and where a match of each pattern could
 *     start; a pattern that cannot match is not run, and one that can is tried only from
 *     the first such place to the last (see sentence_word.c);
 *   - patterns are compiled when first needed and JIT-compiled when next needed once the
 *     reader has read JIT_AFTER sentences; match data and the read's lists are reused;
 *   - the built-in patterns match case exactly on the folded text (see compile_opts below).
 * None of this changes what is read: each shortcut skips only work that cannot match.
 */

/* User patterns are matched caselessly.  The built-in ones are written in lower case and the
 * text is folded, so they need not be, which makes them smaller and quicker, except on text
 * holding one of the few other characters that Unicode case-folds to or with a character of
 * theirs (the Kelvin sign and k, the long s and s, Greek mu and the micro sign); such a text
 * is read with caseless copies of the patterns, as PCRE2 would read it. */
static const uint32_t compile_opts = PCRE2_CASELESS | PCRE2_UTF;

struct sentence_reader *
sentence_reader_new(void)
{
	struct sentence_reader *r;

	if ((r = calloc(1, sizeof *r)) == NULL)
		return NULL;
	r->md[0] = pcre2_match_data_create(64, NULL);
	r->md[1] = pcre2_match_data_create(64, NULL);
	r->mctx = pcre2_match_context_create(NULL);
	r->mlim = pcre2_match_context_create(NULL);
	r->ctx = malloc(sizeof *r->ctx);
	r->words = words_new();
	if (r->md[0] == NULL || r->md[1] == NULL || r->mctx == NULL || r->mlim == NULL ||
	    r->ctx == NULL || r->words == NULL) {
		sentence_reader_free(r);
		return NULL;
	}
	/* Every built-in pattern is bounded; the limit is for user patterns that are not. */
	pcre2_set_match_limit(r->mctx, 1000000);
	pcre2_set_depth_limit(r->mctx, 10000);
	pcre2_set_match_limit(r->mlim, 1000000);
	pcre2_set_depth_limit(r->mlim, 10000);
	return r;
}

int
sentence_reader_add(struct sentence_reader *r, enum wording kind, const char *pattern,
    int line, int col, struct diags *d)
{
	pcre2_code *re;
	int errcode;
	PCRE2_SIZE erroff;

	if (pattern == NULL) {
		diags_add(d, SEV_ERROR, SENTENCE_BAD_PATTERN, 0, line, col, NULL,
		    "bad pattern: none given");
		return -1;
	}
	re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, compile_opts,
	    &errcode, &erroff, NULL);
	if (re == NULL) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(errcode, msg, sizeof msg);
		diags_add(d, SEV_ERROR, SENTENCE_BAD_PATTERN, 0, line, col, NULL,
		    "bad pattern: %s at offset %zu", (char *)msg, (size_t)erroff);
		return -1;
	}
	if (r->nuser == r->capuser) {
		size_t cap = r->capuser ? 2 * r->capuser : 8;

		r->user = xrealloc(r->user, cap * sizeof *r->user);
		r->capuser = cap;
	}
	if (r->jit)
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	r->user[r->nuser].re = re;
	r->user[r->nuser].kind = kind;
	r->nuser++;
	return 0;
}

void
sentence_reader_full_scan(struct sentence_reader *r, int on)
{
	r->full_scan = on != 0;
}

void
sentence_reader_free(struct sentence_reader *r)
{
	if (r == NULL)
		return;
	for (int i = 0; i < RE_N; i++) {
		pcre2_code_free(r->re[0][i]);
		pcre2_code_free(r->re[1][i]);
	}
	for (size_t i = 0; i < r->nuser; i++)
		pcre2_code_free(r->user[i].re);
	free(r->user);
	pcre2_match_data_free(r->md[0]);
	pcre2_match_data_free(r->md[1]);
	pcre2_match_context_free(r->mctx);
	pcre2_match_context_free(r->mlim);
	free(r->ctx);
	free(r->words);
	free(r->buf);
	lex_tokens_free(&r->toks);
	free(r);
}

/* From now on patterns are JIT-compiled: the built-in ones as each is next used (see
 * pattern_code()), the user's at once.  JIT compilation failing (no JIT on this platform)
 * leaves the interpreter in charge. */
static void
reader_jit(struct sentence_reader *r)
{
	r->jit = 1;
	for (size_t i = 0; i < r->nuser; i++)
		pcre2_jit_compile(r->user[i].re, PCRE2_JIT_COMPLETE);
}

/* --- reading ------------------------------------------------------------------------- */

/* Whether the text holds at most one word: runs of letters, digits or other non-ASCII
 * characters, with whatever punctuation between them.  Stops at the second word. */
static int
one_word(const struct ctx *c)
{
	int words = 0, in = 0;

	for (size_t i = 0; i < c->len; i++) {
		unsigned char ch = (unsigned char)c->s[i];
		int w = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80 ||
		    ch == '\'' || ch == '-';

		if (w && !in && ++words > 1)
			return 0;
		in = w;
	}
	return 1;
}

/* Copies text into the reader's buffer with ASCII folded to lower case and every byte that
 * is not well-formed UTF-8, and every control character, made a space: the patterns then
 * see valid UTF-8 at the same offsets as the caller's text. */
static int
fold(struct sentence_reader *r, const char *text, size_t len)
{
	size_t i = 0;

	if (len > SIZE_MAX - FOLD_PAD)
		return -1;
	if (len + FOLD_PAD > r->bufcap) {
		char *b = realloc(r->buf, len + FOLD_PAD);

		if (b == NULL)
			return -1;
		r->buf = b;
		r->bufcap = len + FOLD_PAD;
	}
	/* PCRE2's JIT reads the subject in 16-byte vectors and may look past its end; the
	 * padding keeps those reads inside this block and initialised. */
	memset(r->buf + len, 0, FOLD_PAD);
	while (i < len) {
		unsigned char u = (unsigned char)text[i];
		size_t k;

		if (u < 0x80) {
			/* NOLINTNEXTLINE(bugprone-narrowing-conversions): ASCII fits in a char */
			r->buf[i] = u < 0x20 || u == 0x7F ? ' ' : (u >= 'A' && u <= 'Z') ?
			    (char)(u + 32) : (char)u;
			i++;
		} else if ((k = text_utf8_len(text + i, len - i)) == 0) {
			r->buf[i++] = ' ';
		} else {
			memcpy(r->buf + i, text + i, k);
			i += k;
		}
	}
	return 0;
}

/* Words a worksheet numbers its goals with: "Goal 1:", "Step #2 -", "Aim 3)". */
static const char *const label_words[] = { "goal", "step", "target", "aim", "objective", "task" };

/* The bytes of a leading label in the folded text s (a label word and a number, or a bare
 * "1." or "2)"), up to and with its mark and the blank after it; or 0. */
static size_t
label_len(const char *s, size_t len)
{
	size_t i = 0, k, w, digits;

	while (i < len && s[i] == ' ')
		i++;
	for (k = 0; k < sizeof label_words / sizeof label_words[0]; k++) {
		w = strlen(label_words[k]);
		if (i + w < len && memcmp(s + i, label_words[k], w) == 0 && s[i + w] == ' ') {
			i += w + 1;
			break;
		}
	}
	if (i < len && s[i] == '#')
		i++;
	for (digits = 0; i < len && s[i] >= '0' && s[i] <= '9' && digits < 3; i++)
		digits++;
	if (digits == 0 || (k == sizeof label_words / sizeof label_words[0] &&
	    (i >= len || (s[i] != '.' && s[i] != ')'))))
		return 0;
	while (i < len && s[i] == ' ')
		i++;
	if (i + 1 < len && (s[i] == ':' || s[i] == '.' || s[i] == ')' || s[i] == '-') &&
	    s[i + 1] == ' ')
		return i + 2;
	return 0;
}

/* A sentence that says nothing: no target, no deadline, S = M = T = 0 and A = 1. */
static void
say_nothing(struct sentence *out)
{
	memset(out, 0, sizeof *out);
	out->per = PERIOD_TOTAL;
	out->attainable = 1;
}

/* Starts a read: folds text into the reader's buffer and notes its kinds of word and its
 * tokens.  Returns the read's state, or NULL when out of memory. */
static struct ctx *
read_start(struct sentence_reader *r, const char *text, size_t len, long today)
{
	struct ctx *c;

	if (fold(r, text, len) == -1)
		return NULL;
	/* A worksheet's "Goal 2:" numbers the goal and is not part of it: blanked, so that every
	 * offset still points into the text as written. */
	memset(r->buf, ' ', label_len(r->buf, len));
	if (!r->jit && (++r->nread >= JIT_AFTER || len > JIT_LONG))
		reader_jit(r);
	r->oom = 0;
	c = r->ctx;
	c->r = r;
	c->s = r->buf;
	c->len = len;
	c->today = today;
	c->nex = c->nq = c->nf = 0;
	c->has_rating = c->threshold = c->length = 0;
	c->nlead = 0;
	c->kinds = word_kinds(c, r->words, c->s, len);
	if (lex_tokenize(&r->toks, c->s, len) == -1)
		r->oom = 1;
	return c;
}

/* The first built-in vague wording of the first goal, in out->vague_at; returns whether
 * there is one. */
static int
find_vague(struct ctx *c, struct sentence *out)
{
	size_t so, eo;

	if (!pattern_may(c, RE_VAGUE) || !pattern_scan(c, RE_VAGUE, 0))
		return 0;
	whole(c, 0, &so, &eo);
	out->vague_at.off = so;
	out->vague_at.len = eo - so;
	/* the second goal of two is not held against the first's S */
	if (out->second_at.len > 0 && so >= out->second_at.off) {
		out->vague_at.off = out->vague_at.len = 0;
		return 0;
	}
	return 1;
}

/* The user's patterns: the first vague wording of the first goal in *vague, and the first
 * absolutist one in out->absolute_at when it comes before the built-in one (absolute says
 * whether there is one).  Returns whether there is absolutist wording. */
static int
user_wording(struct ctx *c, struct sentence *out, int absolute, struct span *vague)
{
	const struct sentence_reader *r = c->r;
	struct span abs = { 0, 0 };

	for (size_t i = 0; i < r->nuser; i++) {
		struct span sp;

		if (!wording_match(c, r->user[i].re, &sp) || sp.len == 0)
			continue;
		if (r->user[i].kind == WORDING_VAGUE) {
			if (out->second_at.len > 0 && sp.off >= out->second_at.off)
				continue;
			if (vague->len == 0 || sp.off < vague->off)
				*vague = sp;
		} else if (abs.len == 0 || sp.off < abs.off) {
			abs = sp;
		}
	}
	if (abs.len > 0 && (!absolute || abs.off < out->absolute_at.off)) {
		out->absolute_at = abs;
		absolute = 1;
	}
	return absolute;
}

static void
no_target(struct sentence *out)
{
	out->bound = TARGET_NONE;
	out->amount = 0;
	out->per = PERIOD_TOTAL;
	out->target_at.off = out->target_at.len = 0;
}

/* The main verb of the goal, in *verb, and its class; drops the target the verb or the
 * sentence's shape shows is none. */
static enum vclass
read_verb(struct ctx *c, struct sentence *out, struct span *verb)
{
	enum vclass vc;

	/* "x", "42", "Goals": a text of one word names no action, and a lone number counts
	 * nothing */
	if (one_word(c)) {
		no_target(out);
		c->threshold = c->length = 0;
	}
	vc = main_verb(c, verb);
	/* "Stop ringing my ex every day", "no takeaways on weeknights": the frequency says how
	 * often the thing to stop happens now; it is no target */
	if (out->bound != TARGET_NONE && c->nf > 0 && out->target_at.off == c->f[0].off &&
	    (WORD_AT(c, verb->off, "stop") || WORD_AT(c, verb->off, "quit") ||
	    /* "never check work email on weekends": when, not how many */
	    word_before(c, verb->off, "never") ||
	    (WORD_AT(c, clause_start(c), "no") && !WORD_AT(c, c->f[0].off, "every") &&
	    !WORD_AT(c, c->f[0].off, "each"))))
		no_target(out);
	return vc;
}

/* Whether the word at the verb's place, or after an adjective there, is an abstract noun or
 * a state of the body ("Habit: gratitude", "perfect posture all day", "self-care"); a
 * compound made with a verb is an act ("self-harm", "self-soothing"). */
static int
opens_with_state(struct ctx *c, const struct span *verb)
{
	const struct tokens *t = &c->r->toks;
	int i = token_at(t, verb->off);

	if (i < 0)
		return 0;
	if (i + 2 < t->n && t->t[i + 1].kind == TK_PUNCT && t->t[i + 1].key[0] == '-')
		return (t->t[i].cls & LX_ABSTRACT) && !lemma_in(c->r->words, t->t[i + 2].key) &&
		    strcmp(t->t[i + 2].key, "harm") != 0;
	if (t->t[i].cls == 0 && !lemma_in(c->r->words, t->t[i].key) && i + 1 < t->n &&
	    !(measure_kind_of(&t->t[i]) & (LM_DET | LM_NONAME)))
		i++;
	return (t->t[i].cls & (LX_ABSTRACT | LX_BODY)) != 0;
}

/* Whether the words at the verb's place name a state of the body ("hot flushes under 5 a
 * day"), which a count does not make an act. */
/* Measured states a goal may open with, with no verb ("mood at least 6/10 on 5 days a
 * week"), and the words that make what they follow one ("my IBS symptom score"). */
static const char *const state_openers[] = {
	"mood", "anxiety", "pain", "stress", "energy", "depression", "fatigue", "suds",
	"distress", "tinnitus",
};
static const char *const state_words[] = { "score", "scores", "level", "levels" };
static const char *const kinds_of[] = { "hot", "night", "cold", "bad", "resting" };

/* Whether the words at the verb's place name a state of the body or a measured one ("hot
 * flushes under 5 a day", "mood at least 6/10", "IBS symptom score under 150"), which a
 * count does not make an act; "a mood stabilizer" is a thing, "sleep 8 hours" an act. */
static int
opens_with_body(const struct ctx *c, const struct span *verb)
{
	const struct tokens *t = &c->r->toks;
	int i = token_at(t, verb->off);

	if (i < 0 || i + 1 >= t->n)
		return 0;
	if (LEX_IN(t, i, kinds_of))
		i++;
	if (t->t[i].cls == 0 && (LEX_IN(t, i + 1, state_words) || ((lex_is(t, i + 1, "symptom") ||
	    lex_is(t, i + 1, "symptoms")) && LEX_IN(t, i + 2, state_words))))
		return 1;
	if (LEX_IN(t, i, state_openers))
		return i + 1 >= t->n || t->t[i + 1].kind != TK_WORD || LEX_IN(t, i + 1, state_words) ||
		    (measure_kind_of(&t->t[i + 1]) & (LM_NONAME | LM_DET)) ||
		    lex_is(t, i + 1, "at") || lex_is(t, i + 1, "of");
	return (t->t[i].cls & LX_BODY) != 0;
}

/* Whether nothing between byte a and byte b ends a clause: a comma, a stop, or "and". */
static int
same_clause(const struct ctx *c, size_t a, size_t b)
{
	for (size_t i = a; i < b && i < c->len; i++)
		if (strchr(",;:.!?", c->s[i]) != NULL || (c->s[i] == ' ' && WORD_AT(c, i + 1, "and")))
			return 0;
	return a < b;
}

/* S by the class of the main verb alone. */
static int
specific_by_verb(struct ctx *c, const struct sentence *out, enum vclass vc,
    const struct span *verb, int vague)
{
	int target = out->bound != TARGET_NONE;
	int rating_only = c->has_rating && target && out->target_at.off == c->rating.off;

	switch (vc) {
	case V_CONCRETE:
		/* "Rate my mood at least 6/10": a threshold on what a recording verb records
		 * asks for the rating, which names no action; "rate my mood daily" does not */
		return !(c->has_rating && !c->rating.weak && records_verb(&c->r->toks, verb) &&
		    (rating_only || same_clause(c, verb->off, c->rating.off)));
	case V_VAGUE:
		return 0;
	case V_BROAD:
		/* "Exercise more" is a category, however often ("rest more on the weekends");
		 * "exercise three times a week" is a plan, and so is "sleep 8 hours", a
		 * length */
		if (more_after(&c->r->toks, verb))
			return 0;
		return (target && !rating_only) || any_length(c);
	default:
		/* An unknown first word: trust a count, else the absence of vague words; a
		 * sentence with no word at all names no action, and one that opens with a
		 * state names none ("Habit: gratitude") */
		if (opens_with_body(c, verb))
			return 0;	/* "hot flushes under 5 a day" */
		return (target && !rating_only) || any_length(c) ||
		    (!opens_with_state(c, verb) && (
		    (!vague && !c->has_rating && verb->len > 0) ||
		    (out->vague_at.off == verb->off && less_of_thing(&c->r->toks, verb))));
	}
}

/* The judgement of the sentence alone: M, A and T from what was read, S from the main verb
 * and its object. */
static void
judge(struct ctx *c, struct sentence *out, enum vclass vc, const struct span *verb,
    int vague, int absolute)
{
	const struct tokens *t = &c->r->toks;
	struct span sp_abs;

	out->measurable = out->bound != TARGET_NONE || c->threshold || c->length ||
	    each_event(t);
	out->timebound = out->has_deadline || out->frame_at.len > 0;
	/* "Why do I always push people away?" asks about the problem; it sets no standard */
	out->attainable = !absolute || wh_question(t);

	/* "Happier", "Boundaries": a word alone names no action, unless it is a concrete verb
	 * ("meditate") */
	if ((one_word(c) && vc != V_CONCRETE) || wh_question(t))
		vc = V_VAGUE;
	out->specific = specific_by_verb(c, out, vc, verb, vague);
	/* "Fix my sleep schedule", "rebuild trust": an action on an abstract object is no
	 * action others could see; "keep my pain under 4/10" holds a feeling at a level, and
	 * "communicate better" asks for a quality; "stop stammering" stops no act of one's own */
	if (out->specific && vc != V_VAGUE && (abstract_object(t, verb, &sp_abs) ||
	    state_object(t, verb, &sp_abs) || body_state(t, verb, vc == V_UNKNOWN, &sp_abs) ||
	    manner_comparative(t, verb, &sp_abs) || let_others(t, verb, &sp_abs) ||
	    involuntary_act(t, verb, &sp_abs))) {
		out->specific = 0;
		if (out->vague_at.len == 0)
			out->vague_at = sp_abs;
	}
	/* "Reduce my anxiety": the vague verb is the vague wording; a bare "be" is not worth
	 * quoting, and goalcheck says "names no concrete action" instead. */
	if (!out->specific && out->vague_at.len == 0 && vc == V_VAGUE && verb->len > 0 &&
	    !WORD_AT(c, verb->off, "be") && !WORD_AT(c, verb->off, "am") &&
	    !WORD_AT(c, verb->off, "is") && !WORD_AT(c, verb->off, "being"))
		out->vague_at = *verb;
}

/* The stages of a read, in the order of the comment at the top of this file. */
void
sentence_read(struct sentence_reader *r, const char *text, size_t len, long today,
    struct sentence *out)
{
	struct ctx *c;
	struct span verb, user_vague = { 0, 0 };
	enum vclass vc;
	int vague, absolute;

	say_nothing(out);
	if (r == NULL || text == NULL || len == 0 || (c = read_start(r, text, len, today)) == NULL)
		return;
	find_exclusions(c);
	find_deadline(c, out);
	find_rating(c);
	find_quantities(c);
	find_frequencies(c);
	drop_problem_counts(c);
	choose_target(c, out);
	split_goals(c, out);

	vague = find_vague(c, out);
	absolute = find_absolute(c, 0, &out->absolute_at);
	absolute = user_wording(c, out, absolute, &user_vague);
	vc = read_verb(c, out, &verb);
	find_measure(c, vc, &verb, out);
	judge(c, out, vc, &verb, vague, absolute);
	if (user_vague.len > 0) {
		out->specific = 0;
		out->vague_at = user_vague;
	}
	/* part of the sentence went unread: say nothing rather than half */
	if (r->oom)
		say_nothing(out);
}

/* Adds sp to the n spans of v (room for max), in order of place, unless it overlaps one. */
static size_t
add_wording(struct span *v, size_t n, size_t max, struct span sp)
{
	size_t i = 0;

	if (sp.len == 0 || n >= max)
		return n;
	while (i < n && v[i].off + v[i].len <= sp.off)
		i++;
	if (i < n && v[i].off < sp.off + sp.len)
		return n;
	memmove(v + i + 1, v + i, (n - i) * sizeof *v);
	v[i] = sp;
	return n + 1;
}

size_t
sentence_wording(struct sentence_reader *r, const char *text, size_t len, long today,
    enum wording kind, struct span *v, size_t max)
{
	struct sentence s;
	struct ctx *c;
	struct span sp;
	size_t n = 0, pos = 0, so, eo;
	int k = 0;

	sentence_read(r, text, len, today, &s);
	if (r == NULL || text == NULL || len == 0 || r->oom)
		return 0;
	c = r->ctx;	/* the reading just made: its text, its patterns' triggers */
	if (kind == WORDING_VAGUE) {
		while (pattern_may(c, RE_VAGUE) && pos <= c->len && k++ < MAXSCAN &&
		    pattern_scan(c, RE_VAGUE, pos)) {
			whole(c, 0, &so, &eo);
			n = add_wording(v, n, max, (struct span){ so, eo - so });
			pos = eo > so ? eo : next_char(c, so);
		}
		n = add_wording(v, n, max, s.vague_at);
	} else {
		while (pos <= c->len && k++ < MAXSCAN && find_absolute(c, pos, &sp)) {
			n = add_wording(v, n, max, sp);
			pos = sp.off + (sp.len > 0 ? sp.len : 1);
		}
		n = add_wording(v, n, max, s.absolute_at);
	}
	for (size_t i = 0; i < r->nuser; i++)
		if (r->user[i].kind == kind && wording_match(c, r->user[i].re, &sp))
			n = add_wording(v, n, max, sp);
	return n;
}

