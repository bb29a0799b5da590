/* sentence_measure.c: what a target counts or measures, named as a journal would name it
 * (a tag for occurrences, a metric for amounts), from the words about the target. */

#include <stdio.h>

#include "sentence_int.h"

/* --- what is counted ---------------------------------------------------------------- */

/* The kind of measure (lexicon.h: LM_*) token k names, or 0. */
unsigned
measure_kind_of(const struct token *k)
{
	const struct lex_measure *m;

	if (k->kind != TK_WORD)
		return 0;
	m = lex_measure(k->key);
	return m != NULL ? m->kind : 0;
}

/* Whether token k can name what is counted: a word that is no number, no part of the
 * calendar, no preposition and none of the measure table's little words. */
static int
naming_word(const struct token *k)
{
	/* a key holds the word's ASCII letters only: "café" would be named "caf" */
	return k->kind == TK_WORD && strlen(k->key) >= 2 &&
	    strlen(k->key) + 1 >= k->len &&
	    !(k->cls & (LX_NUMBER | LX_UNIT | LX_WEEKDAY | LX_MONTH | LX_RELDAY | LX_PREP |
	    LX_NEXT | LX_THIS | LX_ORDINAL | LX_PART)) &&
	    !(measure_kind_of(k) & (LM_OCCASION | LM_DET | LM_PARTICLE | LM_NONAME));
}

/* A possessive ("Mum's grave", "my brother's"): it says whose, the noun after it what. */
static int
possessive(const struct ctx *c, const struct token *k)
{
	const char *e = c->s + k->off + k->len;

	return k->kind == TK_WORD && k->len > 2 && e[-1] == 's' &&
	    (e[-2] == '\'' || (k->len > 4 && memcmp(e - 4, "\xE2\x80\x99", 3) == 0));
}

/* The head of the noun phrase that starts at token k: its last noun ("the work phone" is
 * phone, "two part-time jobs" jobs), unless a word that is rated goes before it and says
 * what it is about ("a panic attack" is panic). */
static int
head_noun(const struct ctx *c, int k)
{
	const struct tokens *t = &c->r->toks;
	int head = k;

	if (measure_kind_of(&t->t[k]) & LM_RATED)
		return k;
	for (int i = k + 1; i < t->n && i < k + 4; i++) {
		if (t->t[i].kind == TK_PUNCT && t->t[i].key[0] == '-' && i + 1 < t->n &&
		    t->t[i + 1].kind == TK_WORD) {
			head = ++i;	/* "part-time": one word */
			continue;
		}
		/* "lunch sitting at the table": a participle after the noun */
		if (!naming_word(&t->t[i]) || possessive(c, &t->t[i - 1]) ||
		    (t->t[i].len > 4 && strcmp(t->t[i].key + strlen(t->t[i].key) - 3, "ing") == 0))
			break;
		head = i;
	}
	return head;
}

/* Whether tokens k, k + 1 and k + 2 are one word written with a hyphen: "sit-ups". */
static int
hyphened(const struct tokens *t, int k)
{
	return k >= 0 && k + 2 < t->n && t->t[k].kind == TK_WORD &&
	    t->t[k + 1].kind == TK_PUNCT && t->t[k + 1].key[0] == '-' &&
	    t->t[k + 2].kind == TK_WORD && t->t[k + 1].off == t->t[k].off + t->t[k].len &&
	    t->t[k + 2].off == t->t[k + 1].off + 1;
}

/* The measure table's kind of the word at token k, read whole when hyphened ("sit-ups" is
 * situps). */
static unsigned
word_kind(const struct tokens *t, int k)
{
	char key[2 * sizeof t->t[k].key];
	const struct lex_measure *m;

	if (!hyphened(t, k))
		return measure_kind_of(&t->t[k]);
	snprintf(key, sizeof key, "%s%s", t->t[k].key, t->t[k + 2].key);
	m = lex_measure(key);
	return m != NULL ? m->kind : measure_kind_of(&t->t[k]);
}

/* Names the measure after token k (the whole of a hyphened word it is part of), or name. */
static void
set_measure(struct sentence *out, const struct tokens *t, int k, const char *name,
    enum measure_kind kind)
{
	const struct lex_measure *m = name == NULL ? lex_measure(t->t[k].key) : NULL;
	int first = k, last = k;

	if (hyphened(t, k))
		last = k + 2;
	else if (hyphened(t, k - 2))
		first = k - 2;
	if (m != NULL && m->name != NULL)
		name = m->name;	/* "pp" is pages */
	if (name != NULL)
		snprintf(out->measure, sizeof out->measure, "%s", name);
	else if (first != last)
		snprintf(out->measure, sizeof out->measure, "%.11s-%.11s", t->t[first].key,
		    t->t[last].key);
	else
		snprintf(out->measure, sizeof out->measure, "%s", t->t[k].key);
	out->measure_kind = kind;
	out->measure_at.off = t->t[first].off;
	out->measure_at.len = t->t[last].off + t->t[last].len - t->t[first].off;
}

/* The word after "of" or "on" at token k, past determiners ("of the water"): -1 if none. */
static int
of_object(const struct ctx *c, int k, int look)
{
	const struct tokens *t = &c->r->toks;

	for (int end = k + look; k < t->n && k < end; k++) {
		if (strcmp(t->t[k].key, "of") != 0 && strcmp(t->t[k].key, "on") != 0)
			continue;
		for (k++; k < t->n && (measure_kind_of(&t->t[k]) & LM_DET); k++)
			;
		return k < t->n && naming_word(&t->t[k]) ? head_noun(c, k) : -1;
	}
	return -1;
}

/* Verb forms that stand for another verb, not for what is done: "have called", "doing". */
static const char *const aux_forms[] = {
	"doing", "going", "having", "getting", "being", "making", "taking", "done", "been",
};

/* Whether token k is a verb form, not a thing: "have called", "want to go"; a gerund of a
 * verb of doing names the doing ("go running"). */
static int
verb_form(struct ctx *c, const struct token *k)
{
	size_t n = strlen(k->key);

	for (size_t i = 0; i < sizeof aux_forms / sizeof aux_forms[0]; i++)
		if (strcmp(k->key, aux_forms[i]) == 0)
			return 1;
	return n > 2 && strcmp(k->key + n - 2, "ed") == 0 && lemma_in(c->r->words, k->key);
}

/* Whether token k is a verb's -ing form followed by its own object ("checking my email"). */
static int
gerund_with_object(struct ctx *c, int k)
{
	const struct tokens *t = &c->r->toks;
	size_t n = strlen(t->t[k].key);

	if (n < 5 || strcmp(t->t[k].key + n - 3, "ing") != 0 || !lemma_in(c->r->words,
	    t->t[k].key) || k + 1 >= t->n)
		return 0;
	return (measure_kind_of(&t->t[k + 1]) & LM_DET) || possessive(c, &t->t[k + 1]) ||
	    naming_word(&t->t[k + 1]);
}

static const char *const pronouns[] = { "it", "them", "this", "that", "these", "those" };

/* Where the verb at v was written before with an object that is no pronoun, or -1. */
static int
earlier_verb(const struct tokens *t, int v)
{
	for (int i = v - 1; i >= 0; i--)
		if (strcmp(t->t[i].key, t->t[v].key) == 0 && i + 1 < t->n &&
		    !LEX_IN(t, i + 1, pronouns))
			return i;
	return -1;
}

#define PRONOUN	(-2)	/* verb_object: the object is a pronoun */

/* The object of the verb at token v, the thing done: "call my sister" is sister, "go to the
 * gym" gym, "go running" running, "walk and talk with my neighbour" neighbour.  Stops at a
 * number or a word of time; -1 if it finds none. */
static int
verb_object(struct ctx *c, int v)
{
	const struct tokens *t = &c->r->toks;

	if (v < 0)
		return -1;
	for (int k = v + 1; k < t->n && k < v + 8; k++) {
		const struct token *w = &t->t[k];

		if (w->kind != TK_WORD)
			return -1;
		if (strcmp(w->key, "and") == 0 && k + 1 < t->n &&
		    lemma_in(c->r->words, t->t[k + 1].key)) {
			k++;	/* "walk and talk with": the second verb, then on */
			continue;
		}
		if ((measure_kind_of(w) & (LM_DET | LM_PARTICLE)) || possessive(c, w) || verb_form(c, w) ||
		    ((w->cls & LX_PREP) && strcmp(w->key, "and") != 0 &&
		    strcmp(w->key, "every") != 0 && strcmp(w->key, "each") != 0 &&
		    strcmp(w->key, "until") != 0 && strcmp(w->key, "by") != 0 &&
		    strcmp(w->key, "before") != 0 && strcmp(w->key, "than") != 0))
			continue;
		/* "stop checking my email": the gerund is the doing, its object the thing;
		 * "go running 3 times" has none */
		if (gerund_with_object(c, k))
			continue;
		/* a pronoun stands for what the same verb took before (object_of) */
		if (k == v + 1 && LEX_IN(t, k, pronouns))
			return PRONOUN;
		return naming_word(w) ? head_noun(c, k) : -1;
	}
	return -1;
}

/* The object of the verb at v, or where the object is a pronoun the object the same verb
 * took before ("I check the locks 15 times a night and want to check them twice": locks);
 * -1 if none. */
static int
object_of(struct ctx *c, int v)
{
	int n = verb_object(c, v);

	if (n == PRONOUN && (v = earlier_verb(&c->r->toks, v)) >= 0)
		n = verb_object(c, v);
	return n >= 0 ? n : -1;
}

/* The rated word nearest before token k in the clause: "my anxiety down to a 3". */
static int
rated_before(const struct tokens *t, int k)
{
	for (int i = k - 1; i >= 0 && i >= k - 10; i--) {
		/* "anger: 9/10" rates across a colon, not across a sentence */
		if (t->t[i].kind == TK_PUNCT && strchr(".;!?", t->t[i].key[0]) != NULL)
			return -1;
		if (measure_kind_of(&t->t[i]) & LM_RATED)
			return i;
	}
	return -1;
}

static int
ends_ing(const char *w)
{
	size_t n = strlen(w);

	return n > 5 && strcmp(w + n - 3, "ing") == 0;
}

/* The quantity the target was read from, or NULL. */
static struct qty *
target_qty(struct ctx *c, const struct sentence *out)
{
	for (size_t i = 0; i < c->nq; i++)
		if (c->q[i].off == out->target_at.off)
			return &c->q[i];
	return NULL;
}

/* Names what the target counts or rates (issue 14, item 6): a rating is a metric named after
 * what is rated; an amount (coffees, pages, hours) a metric named after what is measured; an
 * occurrence a tag named after the thing counted or the verb's object, never the verb. */
void
find_measure(struct ctx *c, enum vclass vc, const struct span *verb, struct sentence *out)
{
	const struct tokens *t = &c->r->toks;
	struct qty *q = target_qty(c, out);
	/* the object of a verb the reader knows: a first word it does not know may be the
	 * thing itself ("hob checks: max 2/day"), and a wish's object is no thing done */
	int k, n = -1, v = verb->len > 0 && (vc == V_CONCRETE || vc == V_BROAD) ?
	    token_at(t, verb->off) : -1;
	unsigned kind = 0;

	if (out->bound != TARGET_NONE && (k = token_at(t, out->target_at.off)) >= 0) {
		int num = k;

		if (q != NULL)
			while (num < t->n && t->t[num].off < q->nend)
				num++;
		if (num < t->n && q != NULL)
			kind = word_kind(t, num);
		/* a rating, or a bare number after a rated word: "stress below 5" */
		if ((c->has_rating && out->target_at.off == c->rating.off) || (q != NULL &&
		    q->kind == Q_PLAIN && !(kind & LM_AMOUNT) && (num >= t->n ||
		    !naming_word(&t->t[num])))) {
			int r = rated_before(t, num < t->n ? num : t->n);

			if (r >= 0) {
				set_measure(out, t, r, lex_measure(t->t[r].key)->name,
				    MEASURE_RATING);
				/* on a scale, "below 5" is at most 5, not a count's 4 */
				if (q != NULL && q->strict && out->bound == TARGET_AT_MOST &&
				    out->amount == q->amount)
					out->amount += 1;
				return;
			}
		}
		if (q != NULL && num < t->n && (kind & LM_AMOUNT)) {
			/* "2 hours" under a limit measures; "under 2 hours" is at most 2 */
			if ((kind & LM_CONTINUOUS) && q->strict && out->bound == TARGET_AT_MOST &&
			    out->amount == q->amount)
				out->amount += 1;
			if (kind & LM_CONTAINER) {
				if ((n = of_object(c, num + 1, 2)) < 0 && (kind & LM_CONTINUOUS))
					n = of_object(c, num + 1, 6);
				if (n < 0)
					n = object_of(c, v);
				if (n >= 0 && t->t[n].off > out->target_at.off + out->target_at.len &&
				    q->kind != Q_DUR && of_object(c, num + 1, 2) < 0)
					n = -1;	/* "drink 8 glasses": glasses, not what follows */
				/* "journal for 10 minutes a day": a length of the doing, which
				 * the draft names after it */
				if (n < 0 && q->kind == Q_DUR)
					return;
			}
			set_measure(out, t, n >= 0 ? n : num, NULL, MEASURE_METRIC);
			return;
		}
		/* "one panic attack or fewer a week", "3 takeaways": the thing counted */
		if (q != NULL && num < t->n && q->kind == Q_PLAIN && naming_word(&t->t[num])) {
			set_measure(out, t, head_noun(c, num), NULL, MEASURE_TAG);
			return;
		}
	}
	/* "get back to playing once a week": a gerund with no object names the doing */
	if ((n = object_of(c, v)) < 0 && v >= 0 && ends_ing(t->t[v].key) &&
	    naming_word(&t->t[v]))
		n = v;
	if (n >= 0)
		set_measure(out, t, n, NULL,
		    q != NULL && q->kind == Q_DUR ? MEASURE_METRIC : MEASURE_TAG);
}

