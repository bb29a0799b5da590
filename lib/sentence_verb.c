/* sentence_verb.c: the wording (vague, absolutist) and the main verb of the goal, which
 * decide S and A; with the tests the judgement of S reads its verb and object with. */

#include "sentence_int.h"

/* --- wording ------------------------------------------------------------------------- */

/* The first match of re (a user's wording pattern) in the text, in *sp; returns 0 for none. */
int
wording_match(struct ctx *c, const pcre2_code *re, struct span *sp)
{
	size_t so, eo;

	if (!match_code(c, re, 0, c->len, 0, 0))
		return 0;
	whole(c, 0, &so, &eo);
	sp->off = so;
	sp->len = eo - so;
	return 1;
}

/* Whether the absolutist word at so..eo says how often the habit to stop happens now, in
 * a clause with "stop", "quit" or "instead of" before it: "Stop thinking about him all the
 * time" asks for less of it, not for perfection ("stop ... forever" still does). */
static int
stop_problem(const struct ctx *c, size_t so, size_t eo)
{
	size_t b = so;

	if (!(CONTAINS(c->s + so, eo - so, "all the time") || WORD_AT(c, so, "constantly") ||
	    WORD_AT(c, so, "continually")))
		return 0;
	while (b > 0 && strchr(",;:.!?()", c->s[b - 1]) == NULL)
		b--;
	/* "I want to stop feeling numb all the time", "instead of being on my phone all
	 * the time": the clause stops the habit, or names the one it replaces */
	for (; b < so; b++)
		if ((b == 0 || c->s[b - 1] == ' ') && (WORD_AT(c, b, "stop") ||
		    WORD_AT(c, b, "quit") || WORD_AT(c, b, "instead")))
			return 1;
	return 0;
}

/* Words that open a clause of reasons, and the subjects that show one opens (after "as" or
 * "since" a subject tells a reason from "as often as" or "since March"). */
static const char *const reason_openers[] = {
	"because", "cos", "coz", "cuz", "cause", "bc",
	"as", "since",	/* last: in_reasons reads them only first in a clause */
};
static const char *const reason_subjects[] = {
	"i", "im", "ive", "id", "we", "my", "it", "its", "he", "she", "they", "there", "that",
	"this", "work", "life",
};

/* Whether the word at so is in a clause of reasons ("walk every day, as I never leave the
 * house", "because I'd never talk to a friend like that", "because I wake up at 4 every
 * night"): such a clause tells the problem, not the target (tests/devset/README.md, A and
 * counts of the problem).  The clause runs from its opener to the word with no comma or stop
 * between; "as" and "since" open one only first in their clause ("run as far as I can"). */
static int
in_reasons(const struct ctx *c, size_t so)
{
	size_t b = so, start;

	while (b > 0 && strchr(",;:.!?()", c->s[b - 1]) == NULL)
		b--;
	while (b < so && c->s[b] == ' ')
		b++;
	for (start = b; b < so; b++) {
		size_t q;

		/* a clause of reasons that opens the text is a background (RE_BACKGROUND),
		 * which ends where the goal's "I will" starts */
		if (b == 0 || c->s[b - 1] != ' ')
			continue;
		for (size_t k = 0; k < sizeof reason_openers / sizeof reason_openers[0]; k++) {
			if (!word_at(c, b, reason_openers[k], strlen(reason_openers[k])) ||
			    (k >= sizeof reason_openers / sizeof reason_openers[0] - 2 && b != start))
				continue;
			for (q = b + strlen(reason_openers[k]); q < so && c->s[q] == ' '; q++)
				;
			for (size_t j = 0; j < sizeof reason_subjects / sizeof reason_subjects[0]; j++)
				if (word_at(c, q, reason_subjects[j], strlen(reason_subjects[j])))
					return 1;
		}
	}
	return 0;
}

static size_t past_hedges(struct ctx *c, size_t p, size_t lim);

/* Whether the word at so is in a sentence or clause that a later one, after ";" or ".",
 * gives the goal of ("I always say I'll start next week; this time I'll run twice a
 * week"): the first tells the problem. */
int
before_goal(struct ctx *c, size_t so)
{
	for (size_t p = so; p < c->len; p++)
		if (c->s[p] == ';' || (c->s[p] == '.' && p + 1 < c->len && c->s[p + 1] == ' ')) {
			size_t q = p + 1;

			while (q < c->len && c->s[q] == ' ')
				q++;
			q = past_hedges(c, q, c->len);
			return run(c, RE_PREAMBLE, q, c->len, 0, 1);
		}
	return 0;
}

/* The first absolutist word that is about the target, not the past or the problem: not in
 * a leading clause of reasons, nor after a negation or in a clause about the past. */
int
find_absolute(struct ctx *c, size_t from, struct span *sp)
{
	size_t pos = from, so, eo, s1, background = 0;
	int n = 0, looked = 0;

	if (!pattern_may(c, RE_ABS))
		return 0;
	while (pos <= c->len && n++ < MAXSCAN && pattern_scan(c, RE_ABS, pos)) {
		whole(c, 0, &so, &eo);
		pos = eo > so ? eo : next_char(c, so);
		if (!looked) {
			/* the leading clause is read once, and only when there is a word to excuse */
			looked = 1;
			if (run(c, RE_BACKGROUND, 0, c->len, 0, 1))
				whole(c, 1, &s1, &background);
			else
				background = statement_end(c);
		}
		/* "ever" and "a single" ask for perfection only after a negation, which is
		 * then where the wording starts; the negation may itself be excused */
		/* "not ... at all" is "never": the clause's negation starts the wording */
		if (WORD_AT(c, so, "at") && !CONTAINS(c->s + so, eo - so, "times")) {
			if (!before(c, RE_NEGCLAUSE, so, 64))
				continue;
			whole(c, 1, &so, &s1);
		} else if (WORD_AT(c, so, "ever") && eo - so > 4) {
			/* "not drink ever again" is "never again": its wording starts at the
			 * negation, which may itself be excused; "ever again" alone asks as much */
			if (before(c, RE_NEGNEAR, so, 48))
				whole(c, 1, &so, &s1);
		} else if ((eo - so == 4 && WORD_AT(c, so, "ever")) || ((c->s[so] == 'a' ||
		    c->s[so] == 'o') && eo - so >= 8 && memcmp(c->s + eo - 6, "single", 6) == 0)) {
			if (!before(c, RE_NEGNEAR, so, 48))
				continue;
			whole(c, 1, &so, &s1);
		}
		if (so < background || before(c, RE_EXCUSE, so, 48) || stop_problem(c, so, eo) ||
		    in_reasons(c, so) || before_goal(c, so))
			continue;
		/* "the friend I always meant to call" describes the past */
		if (before(c, RE_SUBJ, so, 8) && run(c, RE_PASTV, eo, c->len, 0, 1))
			continue;
		/* "100% cotton" describes a thing; "give 100%", "be 100% sure" ask for
		 * perfection */
		if ((c->s[so] == '1' || CONTAINS(c->s + so, eo - so, "hundred")) &&
		    !before(c, RE_PCT_BEFORE, so, 40) && !run(c, RE_PCT_AFTER, eo, c->len, 0, 1))
			continue;
		sp->off = so;
		sp->len = eo - so;
		return 1;
	}
	return 0;
}

/* --- the main verb ------------------------------------------------------------------- */

/* Whether the word w (lower case) or a base form it is inflected from is in a class, as
 * is(arg, form) says: "calls", "called", "calling", "stopped", "running", "tidies",
 * "practising". */
static int
lemma_of(const char *w, int (*is)(const void *, const char *), const void *t)
{
	char b[40];
	size_t n = strlen(w);

	if (n == 0 || n >= sizeof b - 2)
		return 0;
	if (is(t, w))
		return 1;
	memcpy(b, w, n + 1);
	if (n > 3 && strcmp(w + n - 3, "ies") == 0) {
		strcpy(b + n - 3, "y");
		if (is(t, b))
			return 1;
	}
	/* n is strlen(w), so w[n - 1] is one of its bytes; the analyzer does not tie strlen's
	 * result to the bytes it counted.
	 * NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult) */
	if (n > 2 && w[n - 1] == 's') {
		b[n - 1] = '\0';
		if (is(t, b))
			return 1;
		if (n > 3 && w[n - 2] == 'e') {
			b[n - 2] = '\0';
			if (is(t, b))
				return 1;
		}
		memcpy(b, w, n + 1);
	}
	if (n > 4 && (strcmp(w + n - 3, "ing") == 0 || strcmp(w + n - 2, "ed") == 0)) {
		size_t stem = n - (w[n - 1] == 'g' ? 3 : 2);

		b[stem] = '\0';
		if (is(t, b))
			return 1;
		b[stem] = 'e';	/* "making", "used" */
		b[stem + 1] = '\0';
		if (is(t, b))
			return 1;
		if (stem >= 2 && w[stem - 1] == w[stem - 2]) {	/* "stopped", "running" */
			b[stem - 1] = '\0';
			if (is(t, b))
				return 1;
		}
		if (w[n - 1] == 'd' && n > 4 && w[n - 3] == 'i') {	/* "tidied" */
			memcpy(b, w, n - 3);
			strcpy(b + n - 3, "y");
			if (is(t, b))
				return 1;
		}
	}
	return 0;
}

static int
is_concrete(const void *t, const char *w)
{
	return concrete_verb(t, w);
}

/* Whether w or its base form is a concrete verb (sentence_word.c: concrete_verbs, and the
 * user's words). */
int
lemma_in(const struct word_slot *t, const char *w)
{
	return lemma_of(w, is_concrete, t);
}

static int
is_vague(const void *unused, const char *w)
{
	(void)unused;
	return (lex_word_class(w) & LX_VAGUE) != 0;
}

/* Whether the word at p is a vague verb of one word (lexicon.c: vague_verbs), in any of
 * its forms; its length in *len. */
static int
vague_word(const struct ctx *c, size_t p, size_t *len)
{
	char w[40];
	size_t e;

	for (e = p; e < c->len && e - p < sizeof w - 1 && c->s[e] >= 'a' && c->s[e] <= 'z'; e++)
		w[e - p] = c->s[e];
	w[e - p] = '\0';
	if (e == p || e - p == sizeof w - 1 || (e < c->len && c->s[e] >= '0' && c->s[e] <= '9') ||
	    !lemma_of(w, is_vague, NULL))
		return 0;
	*len = e - p;
	return 1;
}

/* The marks a list item may open with, in notes apps and checklists. */
static const char *const list_marks[] = {
	"[ ]", "[x]", "[]", "[  ]", "-", "*", "+", "\xE2\x80\xA2", "\xE2\x98\x90", "\xE2\x98\x91",
	"\xE2\x9C\x85",
};

/* The bytes of an emoji or a pictograph at p, with the joiners and selectors that build
 * one from several ("\xF0\x9F\x93\xB5", U+2600-U+27BF), or 0: they say no word of the goal. */
static size_t
emoji_len(const struct ctx *c, size_t p)
{
	const unsigned char *u = (const unsigned char *)c->s + p;
	size_t left = c->len - p;

	if (left >= 4 && u[0] >= 0xF0 && u[0] <= 0xF4)
		return 4;
	if (left >= 3 && u[0] == 0xE2 && u[1] >= 0x98 && u[1] <= 0x9E)
		return 3;
	if (left >= 3 && ((u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x8D) ||
	    (u[0] == 0xEF && u[1] == 0xB8 && u[2] == 0x8F)))
		return 3;
	return 0;
}

/* The bytes of a leading label with no number, one or two words and a colon ("Bipolar: be
 * stable", "Work stuff: ask for ..."), or 0: like a worksheet's "Goal 1:" it names the goal's
 * topic, and the goal's verb follows it. */
static size_t
topic_label(const struct ctx *c, size_t p)
{
	size_t q = p;
	int words = 0;

	while (words < 2 && q < c->len && c->s[q] >= 'a' && c->s[q] <= 'z') {
		while (q < c->len && ((c->s[q] >= 'a' && c->s[q] <= 'z') || c->s[q] == '-'))
			q++;
		words++;
		if (q < c->len && c->s[q] == ' ' && q + 1 < c->len && c->s[q + 1] != ':')
			q++;
	}
	if (words == 0 || q + 1 >= c->len || c->s[q] != ':' || c->s[q + 1] != ' ')
		return 0;
	return q + 2 - p;
}

/* The bytes of spaces, quotes and list marks at p ("- ", "[ ] ", "\xE2\x80\xA2 "). */
static size_t
skip_marks(const struct ctx *c, size_t p)
{
	size_t q = p;

	for (;;) {
		size_t k, n = 0;

		while (q < c->len && (c->s[q] == ' ' || c->s[q] == '"' || c->s[q] == '\''))
			q++;
		if ((n = emoji_len(c, q)) > 0) {
			q += n;
			continue;
		}
		for (k = 0; k < sizeof list_marks / sizeof list_marks[0]; k++) {
			n = strlen(list_marks[k]);
			if (q + n < c->len && memcmp(c->s + q, list_marks[k], n) == 0 &&
			    c->s[q + n] == ' ')
				break;
		}
		if (k == sizeof list_marks / sizeof list_marks[0])
			return q - p;
		q += n;
	}
}

/* Preambles with no subject, as a note has them. */
static const char *const bare_preambles[] = {
	"want to", "wanna", "would like to", "need to", "plan to", "hope to",
};

/* Where the goal opens after a leading clause that ends at q, past its "and", "so" or
 * comma: at "I want to", or at a wish ("..., and I'd like my family to notice", "and
 * honestly I just want her to"); 0 when no goal follows. */
static size_t
goal_after(struct ctx *c, size_t q, size_t lim)
{
	static const char *const joins[] = { "and", "but", "so" };
	size_t so;
	int more = 1;

	while (more) {
		more = 0;
		while (q < lim && (c->s[q] == ' ' || c->s[q] == ','))
			q++;
		for (size_t k = 0; k < sizeof joins / sizeof joins[0]; k++)
			if (word_at(c, q, joins[k], strlen(joins[k]))) {
				q += strlen(joins[k]);
				more = 1;
			}
	}
	if (run(c, RE_PREAMBLE_AT, q, lim, 0, 1))
		return q;
	/* "I drink 5 cans a day and want to get down to 2": a preamble with no subject */
	for (size_t k = 0; k < sizeof bare_preambles / sizeof bare_preambles[0]; k++)
		if (word_at(c, q, bare_preambles[k], strlen(bare_preambles[k])))
			return q;
	/* "so realistically I just want to": a preamble after words the verb may follow */
	so = q;
	for (int i = 0; i < 8 && run(c, RE_SKIP, so, lim, 0, 1); i++) {
		size_t s0, e0;

		whole(c, 1, &s0, &e0);
		if (e0 == so)
			break;
		so = e0;
		while (so < lim && c->s[so] == ' ')
			so++;
		if (run(c, RE_PREAMBLE_AT, so, lim, 0, 1))
			return q;
	}
	while (so < lim && c->s[so] == ' ')
		so++;
	return run(c, RE_V_WISH, so, lim, 0, 1) ? q : 0;
}

/* Words of an intention: a statement with one of them is a goal of its own ("Me and my
 * brother will run every Sunday and I want to swim too"). */
static const char *const intentions[] = {
	"will", "ill", "wanna", "gonna", "id", "going", "want", "wants", "need", "would",
	"plan", "hope", "must", "should",
};

/* Whether the opening statement [p, q) says what the person will do. */
static int
statement_says_goal(struct ctx *c, size_t p, size_t q)
{
	const struct tokens *t = &c->r->toks;

	if (run(c, RE_PREAMBLE_AT, p, q, 0, 1))
		return 1;
	for (int i = 0; i < t->n && t->t[i].off < q; i++)
		if (t->t[i].off >= p && LEX_IN(t, i, intentions))
			return 1;
	return 0;
}

/* Words a leading clause of reasons or conditions may open with (RE_BACKGROUND's first
 * alternative). */
static const char *const lead_words[] = {
	"because", "since", "as", "after", "given", "so", "in", "when", "whenever", "if",
	"while", "although", "though", "even", "now", "seeing", "considering", "due",
};

/* Whether the text can hold a leading clause of pattern id at p at all, by the words every
 * match needs: most goals have none, and the patterns scan far. */
static int
may_lead(const struct ctx *c, int id, size_t p)
{
	const char *s = c->s + p;
	size_t n = c->len - p;

	if (id == RE_STATEMENT)
		return contains(s, n, " and ", 5) || contains(s, n, " but ", 5);
	if (memchr(s, ',', n) != NULL || contains(s, n, " so ", 4) || contains(s, n, " that ", 6))
		return 1;
	p += strspn(s, " \"'*-");
	for (size_t k = 0; k < sizeof lead_words / sizeof lead_words[0]; k++)
		if (word_at(c, p, lead_words[k], strlen(lead_words[k])))
			return 1;
	return 0;
}

/* The end of the leading clause of pattern id (RE_BACKGROUND, RE_STATEMENT) at p when a goal
 * follows it, and where that goal opens in *goal; 0 when there is none. */
static size_t
leading_clause(struct ctx *c, int id, size_t p, size_t lim, size_t *goal)
{
	size_t so, q = 0;

	for (int i = 0; i < c->nlead; i++)
		if (c->lead[i].id == id && c->lead[i].p == p) {
			*goal = c->lead[i].goal;
			return c->lead[i].end;
		}
	*goal = 0;
	if (may_lead(c, id, p) && run(c, id, p, lim, 0, 1)) {
		whole(c, 1, &so, &q);
		/* a statement that says what the person will do is a goal of its own */
		if ((id == RE_STATEMENT && statement_says_goal(c, so, q)) ||
		    (*goal = goal_after(c, q, lim)) == 0)
			q = 0;
	}
	if (c->nlead < (int)(sizeof c->lead / sizeof c->lead[0])) {
		c->lead[c->nlead].id = id;
		c->lead[c->nlead].p = p;
		c->lead[c->nlead].end = q;
		c->lead[c->nlead++].goal = *goal;
	}
	return q;
}

/* Past a leading clause about the past or the problem to the goal's own "I want to" ("I
 * never used to be like this, I want to ..."); p itself when there is none. */
static size_t
past_background(struct ctx *c, size_t p, size_t lim)
{
	size_t goal;

	if (leading_clause(c, RE_BACKGROUND, p, lim, &goal) > 0 ||
	    leading_clause(c, RE_STATEMENT, p, lim, &goal) > 0)
		return goal;
	return p;
}

/* Where a statement about the person's life that opens the text ends, when a goal follows
 * it ("I've been sober 8 months and I want to ..."), or 0. */
size_t
statement_end(struct ctx *c)
{
	size_t goal, lim = c->len < 400 ? c->len : boundary(c, 400);

	return leading_clause(c, RE_STATEMENT, skip_marks(c, 0), lim, &goal);
}

/* Drops the counts, frequencies and rating of an opening statement and of a clause of
 * reasons: "I check the locks 15 times a night and I want to ..." says how things are
 * (tests/devset/README.md, counts of the problem). */
/* Words that open a leading clause of reasons ("As the farm's been in the family for four
 * generations, ..."). */
static const char *const reason_leads[] = {
	"because", "as", "since", "given", "seeing", "cos", "coz", "so that", "in order to",
	"now that", "due to",
};

/* Where a leading clause of reasons ends, before the goal it gives reasons for: one that
 * opens with a word of reason_leads, or goes on with "so I ..." ("I'm 58 and I've done 40
 * years of heavy lifting, so I'll book a physio"); 0 when there is none.  Its counts are
 * how things are, as a statement's are. */
static size_t
reason_end(struct ctx *c)
{
	size_t p = skip_marks(c, 0), goal, q, after;
	size_t lim = c->len < 400 ? c->len : boundary(c, 400);

	/* the goal must follow: "..., so I'm not scrolling in bed" gives the goal's purpose */
	if ((q = leading_clause(c, RE_BACKGROUND, p, lim, &goal)) == 0)
		return 0;
	for (after = q; after < c->len && (c->s[after] == ' ' || c->s[after] == ','); after++)
		;
	if (WORD_AT(c, after, "so") || WORD_AT(c, after, "and"))
		return q;
	p += strspn(c->s + p, " \"'*-");
	for (size_t k = 0; k < sizeof reason_leads / sizeof reason_leads[0]; k++)
		if (word_at(c, p, reason_leads[k], strlen(reason_leads[k])))
			return q;
	return 0;
}

/* Whether the word just before byte p is w. */
int
word_before(const struct ctx *c, size_t p, const char *w)
{
	size_t n = strlen(w);

	while (p > 0 && c->s[p - 1] == ' ')
		p--;
	return p >= n && word_at(c, p - n, w, n) && (p == n || c->s[p - n - 1] == ' ');
}

/* "Cut my rollies from 20 a day to 10 a day": the count after "from" is how things are,
 * and the one after "to" the limit (or the floor, where it is more). */
static void
from_to(struct ctx *c)
{
	for (size_t i = 0; i + 1 < c->nq; i++) {
		struct qty *to = &c->q[i + 1];

		if (!word_before(c, c->q[i].off, "from") || !word_before(c, to->off, "to"))
			continue;
		if (to->bound == TARGET_NONE)
			to->bound = to->amount < c->q[i].amount ? TARGET_AT_MOST : TARGET_AT_LEAST;
		memmove(&c->q[i], &c->q[i + 1], (c->nq - i - 1) * sizeof c->q[0]);
		c->nq--;
		return;
	}
}

void
drop_problem_counts(struct ctx *c)
{
	size_t end = statement_end(c), reasons = reason_end(c), k = 0;

	end = reasons > end ? reasons : end;

	/* and those of a clause of reasons after the goal: "go to the GP, because I wake up
	 * at 4 every night" */
	for (size_t i = 0; i < c->nq; i++)
		if (c->q[i].off >= end && !in_reasons(c, c->q[i].off) && !before_goal(c, c->q[i].off))
			c->q[k++] = c->q[i];
	c->nq = k;
	k = 0;
	for (size_t i = 0; i < c->nf; i++)
		if (c->f[i].off >= end && !in_reasons(c, c->f[i].off) && !before_goal(c, c->f[i].off))
			c->f[k++] = c->f[i];
	c->nf = k;
	if (c->has_rating && (c->rating.off < end || in_reasons(c, c->rating.off)))
		c->has_rating = 0;
	from_to(c);
}

/* People whose "will" is a wish about them, not a person's goal written in the third
 * person ("Mum will stop nagging" against "Kai will drink fewer Red Bulls"). */
static const char *const others_named[] = {
	"mum", "mom", "mam", "dad", "mother", "father", "parents", "partner", "husband", "wife",
	"boyfriend", "girlfriend", "bf", "gf", "son", "daughter", "kids", "children", "child",
	"brother", "sister", "boss", "manager", "friend", "friends", "everyone", "people",
	"nobody", "teacher", "doctor", "gp", "nurse", "therapist", "gran", "nan", "grandma",
	"grandad", "he", "she", "they", "it", "this", "that", "there", "the", "my", "our",
	"i", "we", "you", "client", "pt", "patient", "student", "resident",
};

/* Words after a name that make it the goal's subject: "Kai will", "Jo wants to"; and "is to"
 * ("Sam is to feed the cat"). */
static const char *const name_verbs[] = { "will", "shall", "wants", "needs", "would" };

/* The bytes of a name that opens the goal, the person's own in the third person, as notes
 * and some people write goals ("Kai will drink fewer Red Bulls", "Maya wants a job"); 0
 * when the clause opens otherwise. */
static size_t
own_name(struct ctx *c, size_t p)
{
	const struct tokens *t = &c->r->toks;
	int i = token_at(t, p);

	if (i < 0 || i + 1 >= t->n || t->t[i].kind != TK_WORD || t->t[i].cls != 0 ||
	    LEX_IN(t, i, others_named) || lemma_in(c->r->words, t->t[i].key) ||
	    lemma_of(t->t[i].key, is_vague, NULL) || !(LEX_IN(t, i + 1, name_verbs) ||
	    (lex_is(t, i + 1, "is") && lex_is(t, i + 2, "to"))))
		return 0;
	return t->t[i + 1].off - p;
}

/* Past the hedges a goal opens with ("I think", "Honestly", "Kind of"), when a preamble
 * follows them; p itself otherwise. */
static size_t
past_hedges(struct ctx *c, size_t p, size_t lim)
{
	size_t q = p, so, eo;

	for (int i = 0; i < 4 && run(c, RE_HEDGE, q, lim, 0, 1); i++) {
		whole(c, 1, &so, &eo);
		if (eo == q)
			break;
		q = eo;
		if (run(c, RE_PREAMBLE_AT, q, lim, 0, 1))
			return q;
	}
	return p;
}

/* Where the goal's own clause starts: after "I want to", "My goal is to", or a leading time
 * or condition clause ("Every Sunday for the next 10 weeks, write down ..."). */
size_t
clause_start(struct ctx *c)
{
	size_t so, eo, p = 0, lim = c->len < 400 ? c->len : boundary(c, 400);
	int lead;

	p += skip_marks(c, p);
	p += topic_label(c, p);
	p = past_hedges(c, p, lim);
	lead = run(c, RE_LEAD, p, lim, 0, 1);
	if (!lead)
		p = past_background(c, p, lim);
	if (run(c, lead ? RE_PREAMBLE : RE_PREAMBLE_AT, p, lim, 0, 1)) {
		whole(c, 1, &so, &eo);
		p = eo;
		/* "Goal: I want to ..." */
		for (int i = 0; i < 3 && run(c, RE_PREAMBLE_AT, p, lim, 0, 1); i++)
			whole(c, 1, &so, &p);
		return p;
	}
	if (lead) {
		const char *comma = memchr(c->s + p, ',', lim - p);

		if (comma != NULL)
			return (size_t)(comma - c->s) + 1;
	}
	return p + own_name(c, p);
}

/* The token that starts at byte off, or -1. */
int
token_at(const struct tokens *t, size_t off)
{
	for (int i = 0; i < t->n; i++)
		if (t->t[i].off >= off)
			return t->t[i].off == off ? i : -1;
	return -1;
}

/* Past participles not made with -ed, by their base forms: "get my essay written". */
static const char *const participles[][2] = {
	{ "done", "do" }, { "made", "make" }, { "sent", "send" }, { "written", "write" },
	{ "paid", "pay" }, { "cut", "cut" }, { "built", "build" }, { "read", "read" },
	{ "seen", "see" }, { "taken", "take" }, { "given", "give" }, { "put", "put" },
	{ "set", "set" }, { "bought", "buy" }, { "sold", "sell" }, { "signed", "sign" },
	{ "dug", "dig" }, { "swept", "sweep" }, { "hung", "hang" },
};

/* Whether a word is the past participle of a concrete verb: "booked", "done". */
static int
concrete_participle(const struct ctx *c, const char *w)
{
	size_t n = strlen(w);

	for (size_t k = 0; k < sizeof participles / sizeof participles[0]; k++)
		if (strcmp(w, participles[k][0]) == 0)
			return concrete_verb(c->r->words, participles[k][1]);
	/* "used" as in "get used to" is no action */
	return n > 4 && strcmp(w + n - 2, "ed") == 0 && strcmp(w, "used") != 0 &&
	    lemma_in(c->r->words, w);
}

/* Whether a word as written ends in "'s" or "\xE2\x80\x99s": a possessive. */
static int
possessive(const struct ctx *c, const struct token *w)
{
	const char *e = c->s + w->off + w->len;

	return (w->len > 2 && e[-1] == 's' && e[-2] == '\'') ||
	    (w->len > 4 && e[-1] == 's' && memcmp(e - 4, "\xE2\x80\x99", 3) == 0);
}

/* "Get my theory test booked", "get every one of my tasks done": "get" with an object and a
 * participle does what the participle says.  The object must open with a determiner ("get
 * organised" is a state). */
static int
get_done(const struct ctx *c, const struct span *verb)
{
	static const char *const dets[] = { "my", "the", "a", "an", "our", "this", "that",
	    "these", "those", "his", "her", "their", "every", "all", "each", "both" };
	const struct tokens *t = &c->r->toks;
	int i = token_at(t, verb->off), k, det = 0;

	if (i < 0 || (strcmp(t->t[i].key, "get") != 0 && strcmp(t->t[i].key, "gets") != 0 &&
	    strcmp(t->t[i].key, "getting") != 0 && strcmp(t->t[i].key, "got") != 0))
		return 0;
	for (size_t d = 0; d < sizeof dets / sizeof dets[0] && i + 1 < t->n; d++)
		det |= strcmp(t->t[i + 1].key, dets[d]) == 0;
	/* a possessive is a determiner too: "get Mum's application done" */
	if (i + 1 < t->n && t->t[i + 1].kind == TK_WORD)
		det |= possessive(c, &t->t[i + 1]);
	if (!det)
		return 0;
	for (k = i + 2; k < t->n && k < i + 9; k++) {
		if (t->t[k].kind == TK_PUNCT && t->t[k].key[0] == '-')
			continue;
		if (t->t[k].kind != TK_WORD)
			return 0;
		if (concrete_participle(c, t->t[k].key))
			return 1;
		if ((t->t[k].cls & LX_PREP) && strcmp(t->t[k].key, "of") != 0)
			return 0;
	}
	return 0;
}

/* Classifies the main verb of the goal. */
enum vclass
main_verb(struct ctx *c, struct span *verb)
{
	size_t p = clause_start(c), so, eo, e;
	char w[40];

	for (int i = 0; i < 8 && run(c, RE_SKIP, p, c->len, 0, 1); i++) {
		whole(c, 1, &so, &eo);
		if (eo == p)
			break;
		p = eo;
	}
	while (p < c->len && (c->s[p] == ' ' || c->s[p] == ','))
		p++;
	verb->off = p;
	verb->len = 0;
	if (run(c, RE_V_SPECIAL, p, c->len, 0, 1))
		return V_CONCRETE;
	if (run(c, RE_V_WISH, p, c->len, 0, 1) || run(c, RE_V_VAGUE, p, c->len, 0, 1)) {
		whole(c, 1, &so, &eo);
		verb->len = eo - so;
		return V_VAGUE;
	}
	if (vague_word(c, p, &verb->len))
		return V_VAGUE;
	if (run(c, RE_V_BROAD, p, c->len, 0, 1)) {
		whole(c, 1, &so, &eo);
		verb->len = eo - so;
		switch (get_others_to(c, verb)) {
		case 2:
			return V_VAGUE;
		case 1:
			return V_CONCRETE;
		default:
			return get_done(c, verb) ? V_CONCRETE : V_BROAD;
		}
	}
	for (e = p; e < c->len && e - p < sizeof w - 1 &&
	    ((c->s[e] >= 'a' && c->s[e] <= 'z') || c->s[e] == '-'); e++)
		w[e - p] = c->s[e];
	w[e - p] = '\0';
	verb->len = e - p;
	if (!lemma_in(c->r->words, w))
		return V_UNKNOWN;
	return run(c, RE_V_BARE, p, c->len, 0, 1) ? V_BROAD : V_CONCRETE;
}


static int
ends_with(const char *w, const char *end)
{
	size_t n = strlen(w), k = strlen(end);

	return n > k && strcmp(w + n - k, end) == 0;
}

/* Things named after what they are for: after a feeling or a state ("energy drinks", "my
 * anxiety worksheet", "a stress ball", "the pain clinic") the noun is the thing, not the
 * feeling. */
static const char *const thing_heads[] = {
	"drink", "drinks", "worksheet", "worksheets", "sheet", "diary", "journal", "app",
	"apps", "group", "class", "classes", "course", "workbook", "book", "tracker", "log",
	"meds", "medication", "tablets", "pills", "clinic", "appointment", "appointments",
	"nurse", "team", "service", "helpline", "line", "kit", "box", "ball", "plan", "card",
	"cards", "toy", "toys", "tea", "bath", "playlist", "podcast", "video", "videos", "food",
	"foods", "meal", "meals", "snack", "snacks", "checkout", "checkouts", "till", "tills",
	"company", "companies", "bill", "bills", "provider", "supplier", "stabilizer", "stabiliser",
};

/* Whether the verb's object, the words after it up to a preposition, is an abstract noun
 * (lexicon.c: abstract_nouns), unless the verb records or speaks of it ("track my mood"). */
int
abstract_object(const struct tokens *t, const struct span *verb, struct span *noun)
{
	int i = token_at(t, verb->off), k;

	if (i < 0 || verb->len == 0 || (t->t[i].cls & LX_RECORD))
		return 0;
	/* after the whole verb: "work on my anxiety" */
	for (k = i + 1; k < t->n && t->t[k].off < verb->off + verb->len; k++)
		;
	for (int end = k + 4; k < t->n && k < end; k++) {
		if (t->t[k].kind == TK_PUNCT && t->t[k].key[0] == '-') {
			end++;
			continue;
		}
		if (t->t[k].kind != TK_WORD || (t->t[k].cls & LX_PREP))
			return 0;
		/* "a panic diary", "a mood tracker": a mass noun after "a" names the kind of a
		 * thing, the noun after it; so it does before a thing's name ("energy drinks",
		 * "my anxiety worksheet", "a stress ball") */
		if ((t->t[k].cls & LX_ABSTRACT) && k + 1 < t->n && t->t[k + 1].kind == TK_WORD &&
		    !(t->t[k + 1].cls & (LX_PREP | LX_ABSTRACT | LX_BODY)) &&
		    (strcmp(t->t[k - 1].key, "a") == 0 || strcmp(t->t[k - 1].key, "an") == 0 ||
		    LEX_IN(t, k + 1, thing_heads)))
			continue;
		/* "self-harming", "self-medicating": a compound made with a verb is an act, and
		 * "the self-checkout", "my self-assessment" a thing; "self-esteem" a state */
		if ((t->t[k].cls & LX_ABSTRACT) && k + 2 < t->n && t->t[k + 1].kind == TK_PUNCT &&
		    t->t[k + 1].key[0] == '-' && t->t[k + 2].kind == TK_WORD &&
		    !(t->t[k + 2].cls & LX_ABSTRACT)) {
			k += 2;		/* and on: "reduce self-harm urges" */
			end += 2;
			continue;
		}
		if (t->t[k].cls & LX_ABSTRACT) {
			noun->off = t->t[k].off;
			noun->len = t->t[k].len;
			return 1;
		}
	}
	return 0;
}


/* Verbs that hold or bring a thing to a level: with a rated state as their object ("keep my
 * paranoia below 4/10", "get my stress down to 5") the goal is a feeling's level, which the
 * devset calls not specific (S: "a feeling or a rating with no action named"). */
static const char *const level_verbs[] = {
	"keep", "keeps", "keeping", "get", "gets", "getting", "bring", "brings", "bringing",
	"maintain", "maintaining", "hold", "raise", "raising", "lower", "lowering", "reduce",
	"reducing", "increase", "increasing", "decrease", "decreasing", "reach", "reaching",
};

/* A questionnaire's result, held at a level as a rated state is ("my PHQ-9 score"). */
static const char *const score_words[] = { "score", "scores" };

/* Whether the verb holds a rated state at a level: its object, up to three words after a
 * determiner and before a preposition, is a word rated on a scale (lexicon.c: measures,
 * LM_RATED: "my tinnitus distress score", "my mood") or a questionnaire's score ("my PHQ-9
 * score"). */
int
state_object(const struct tokens *t, const struct span *verb, struct span *noun)
{
	int i = token_at(t, verb->off), k, found = 0;

	if (i < 0 || t->t[i].kind != TK_WORD)
		return 0;
	found = LEX_IN(t, i, level_verbs);
	if (!found || i + 1 >= t->n)
		return 0;
	/* "my anxiety", "the score"; or no determiner before a questionnaire's score
	 * ("reduce GAD-7 score to below 8") */
	k = i + 1 + (strcmp(t->t[i + 1].key, "my") == 0 || strcmp(t->t[i + 1].key, "the") == 0 ||
	    strcmp(t->t[i + 1].key, "our") == 0);
	if (k == i + 1 && !(LEX_IN(t, k + 1, score_words) || LEX_IN(t, k + 2, score_words) ||
	    LEX_IN(t, k + 3, score_words)))
		return 0;
	for (; k < t->n && k < i + 6; k++) {
		/* "my PHQ-9 score": a name's number and hyphen are part of it */
		if (t->t[k].kind == TK_NUM || (t->t[k].kind == TK_PUNCT && t->t[k].key[0] == '-'))
			continue;
		if (t->t[k].kind != TK_WORD || (t->t[k].cls & LX_PREP))
			return 0;
		/* "bring my mood diary" brings a thing */
		if (((measure_kind_of(&t->t[k]) & LM_RATED) || LEX_IN(t, k, score_words)) &&
		    !LEX_IN(t, k + 1, thing_heads)) {
			noun->off = t->t[k].off;
			noun->len = t->t[k].len;
			return 1;
		}
	}
	return 0;
}

/* Words that have a state rather than do anything: "have clear skin by my wedding". */
static const char *const have_words[] = { "have", "has", "having" };

/* Words a goal with no verb may open with before the state it counts: "fewer than 3 panic
 * attacks a week", "under 2 migraines a month". */
static const char *const count_openers[] = {
	"fewer", "less", "under", "below", "no", "zero", "max", "maximum", "only", "at",
	"over", "above", "more",
};

/* Words that end the object of a state: a deadline, a frame or another clause follows. */
static const char *const state_ends[] = {
	"by", "until", "till", "til", "before", "within", "for", "every", "each", "and", "but",
	"so", "because", "when", "if", "while", "then", "after",
};

/* Participles that make "have" or "get" an errand: "get my blood pressure checked". */
static const char *const errand_participles[] = {
	"checked", "tested", "measured", "taken", "reviewed", "seen", "looked", "done",
	"treated",
};

/* Whether the goal has or holds a state of the body or a result (lexicon.c: body_states)
 * rather than doing something: its verb keeps, brings or has what follows ("keep my blood
 * sugar below 8", "have fewer than 4 migraine days a month", "have clear skin"), or it has
 * no verb and opens with a count of such a state ("fewer than 3 panic attacks a week"; "less
 * sugar", with no count, is a diet).  "Check my blood sugar" and "get my blood pressure
 * checked" are acts. */
int
body_state(const struct tokens *t, const struct span *verb, int unknown, struct span *noun)
{
	int i, k, counted = 0, none = 0, found = -1;

	for (i = 0; i < t->n && t->t[i].off < verb->off; i++)
		;
	if (i >= t->n)
		return 0;
	if (LEX_IN(t, i, level_verbs) || LEX_IN(t, i, have_words))
		i++;
	else if (!unknown || !(t->t[i].kind == TK_NUM || t->t[i].kind == TK_PUNCT ||
	    LEX_IN(t, i, count_openers)))
		return 0;
	for (k = i; k < t->n && k < i + 7; k++) {
		if ((t->t[k].kind == TK_PUNCT && strchr(",;:.!?()", t->t[k].key[0]) != NULL) ||
		    LEX_IN(t, k, state_ends) || LEX_IN(t, k, errand_participles))
			break;
		counted |= t->t[k].kind == TK_NUM || (t->t[k].cls & LX_NUMBER);
		none |= lex_is(t, k, "no") || lex_is(t, k, "zero") || lex_is(t, k, "fewer");
		/* "a headache diary" is a thing */
		if ((t->t[k].cls & LX_BODY) && found < 0 && !LEX_IN(t, k + 1, thing_heads))
			found = k;
	}
	/* "no debts by the end of the year" counts them, "no sugar after dinner" is a diet */
	if (found >= 0 && none && ends_with(t->t[found].key, "s"))
		counted = 1;
	if (found < 0 || (k < t->n && LEX_IN(t, k, errand_participles)) || (unknown && !counted))
		return 0;
	noun->off = t->t[found].off;
	noun->len = t->t[found].len;
	return 1;
}

/* What happens to a person rather than what they do: a goal to stop it names no act of
 * theirs ("never blush when I present", "stop having flashbacks", "stop stammering"), so S
 * fails, as for the devset's feelings.  Only after a negation or "stop": "wake up at 7" and
 * "notice three good things" are acts. */
static const char *const involuntary[] = {
	"blush", "blushing", "crash", "crashing", "panic", "panicking", "stammer",
	"stammering", "stutter", "stuttering", "notice", "noticing", "wake", "waking",
	"faint", "fainting", "tremble", "trembling", "shake", "shaking", "flashback",
	"flashbacks", "nightmare", "nightmares", "dissociate", "dissociating", "freeze",
	"freezing", "hear", "hearing", "cry", "crying", "sob", "sobbing", "freak", "freaking",
	"flinch", "flinching", "voices", "flushes", "sweats",
};

/* Words that deny or end what follows ("never blush", "stop stammering"). */
static const char *const denials[] = {
	"never", "not", "dont", "no", "stop", "stops", "stopping", "quit", "cant", "wont",
};

/* Verbs that undergo what follows them: "stop having flashbacks", "never get panic attacks";
 * "never raise our voices" does a thing. */
static const char *const undergo_verbs[] = {
	"have", "having", "get", "gets", "getting", "keep", "keeps", "keeping",
};

/* Whether a denial is one of the three words before token i ("never let", "don't ever let",
 * "stop having"): involuntary_act and let_others read the verb after it. */
static int
denied_before(const struct tokens *t, int i)
{
	for (int b = i - 1; b >= 0 && b >= i - 3; b--)
		if (LEX_IN(t, b, denials))
			return 1;
	return 0;
}

/* Whether the goal is to stop something involuntary: the verb, or after "stop" the verb
 * after it, or the noun after "have" or "get", is in involuntary[]. */
int
involuntary_act(const struct tokens *t, const struct span *verb, struct span *word)
{
	int i = token_at(t, verb->off), j, denied = 0;

	if (i < 0)
		return 0;
	denied = denied_before(t, i);
	j = i;
	if (LEX_IN(t, j, denials)) {
		denied = 1;
		/* "stop the voices", "stop hot flushes": a determiner or a word of no class
		 * before the thing */
		for (j++; j < t->n && (measure_kind_of(&t->t[j]) & LM_DET); j++)
			;
		if (j + 1 < t->n && t->t[j].cls == 0 && LEX_IN(t, j + 1, involuntary))
			j++;
	}
	if (!denied || j >= t->n)
		return 0;
	if (LEX_IN(t, j, undergo_verbs))
		for (j++; j < t->n && (t->t[j].cls & LX_PREP) == 0 &&
		    measure_kind_of(&t->t[j]) & LM_DET; j++)
			;
	if (j >= t->n || t->t[j].kind != TK_WORD ||
	    !LEX_IN(t, j, involuntary))
		return 0;
	word->off = t->t[j].off;
	word->len = t->t[j].len;
	return 1;
}

/* What a thing let be becomes: "never let my inbox get out of control". */
static const char *const let_become[] = { "get", "slip", "become", "drift" };

/* Verbs that allow another person something. */
static const char *const let_words[] = { "let", "lets", "letting", "allow", "allowing" };

/* Whether the goal is not to let someone do something to the person ("never let him get to
 * me", "stop letting people walk all over me"): it asks how others will act, a wish, not an
 * act of one's own (S).  A denial must come before "let" and "me" or "myself" after the
 * other's verb: "let the dog out" and "don't let the kids have screens after 8" are acts. */
int
let_others(const struct tokens *t, const struct span *verb, struct span *word)
{
	int i = token_at(t, verb->off), denied = 0, k;

	if (i < 0)
		return 0;
	denied = denied_before(t, i);
	if (LEX_IN(t, i, denials)) {
		denied = 1;
		i++;
	}
	if (i >= t->n || !LEX_IN(t, i, let_words))
		return 0;
	/* "let my nails grow", "let myself heal", "never let my inbox get out of control":
	 * what the other thing does or becomes is no act */
	for (k = i + 1; k < t->n && k <= i + 3; k++)
		if (t->t[k].kind == TK_WORD && (lemma_of(t->t[k].key, is_vague, NULL) ||
		    LEX_IN(t, k, let_become))) {
			word->off = t->t[i].off;
			word->len = t->t[i].len;
			return 1;
		}
	if (!denied)
		return 0;
	/* the other and their verb, then the person within a few words */
	for (k = i + 2; k < t->n && k < i + 9; k++) {
		if (t->t[k].kind == TK_PUNCT && strchr(",;:.!?()", t->t[k].key[0]) != NULL)
			return 0;
		if (lex_is(t, k, "me") || lex_is(t, k, "myself")) {
			word->off = t->t[i].off;
			word->len = t->t[i].len;
			return 1;
		}
	}
	return 0;
}

/* Adults, whom the person cannot get to do things: "get my wife to stop nagging". */
static const char *const adults[] = {
	"wife", "husband", "partner", "boss", "manager", "mum", "mom", "dad", "parents",
	"colleague", "colleagues", "apprentice", "flatmate", "roommate", "neighbour", "neighbor",
	"friend", "friends", "brother", "sister", "ex", "landlord", "boyfriend", "girlfriend",
};

/* Children, whom a parent gets to do things and takes to places. */
static const char *const children[] = {
	"son", "daughter", "kids", "children", "child", "baby", "boy", "boys", "girl", "girls",
	"grandkids", "grandson", "granddaughter", "nephew", "niece", "toddler", "teenager",
};

/* Words that stand before the person another is: "get my son to bed". */
static const char *const others[] = { "my", "our", "his", "her", "the", "him", "them" };

/* Whether the goal is to get someone to a place or to do a thing, or to help them do it (1,
 * or 2 when the other is an adult, a wish: see adults)
 * ("get Sam to bed by 8pm", "get the kids to help lay the table", "help Sam learn to tie
 * his laces"): an act of the person's, a parent's or a carer's,
 * as set P labels it, and no broad "get" (set M's labeller read "get my son to read" as a
 * wish; see known-differences.tsv). */
int
get_others_to(const struct ctx *c, const struct span *verb)
{
	const struct tokens *t = &c->r->toks;
	int i = token_at(t, verb->off), k;

	int help, adult;

	if (i < 0 || i + 2 >= t->n)
		return 0;
	help = lex_is(t, i, "help") || lex_is(t, i, "helps") || lex_is(t, i, "helping");
	if (!help && !(lex_is(t, i, "get") || lex_is(t, i, "gets") || lex_is(t, i, "getting")))
		return 0;
	/* a person: a determiner and a noun, a pronoun, or a name (a word of no class) */
	if (!LEX_IN(t, i + 1, others) && !(t->t[i + 1].kind == TK_WORD && t->t[i + 1].cls == 0 &&
	    !(measure_kind_of(&t->t[i + 1]) & (LM_PARTICLE | LM_DET | LM_NONAME)) &&
	    !lemma_in(c->r->words, t->t[i + 1].key) && !ends_with(t->t[i + 1].key, "ed")))
		return 0;
	k = i + 2 + ((measure_kind_of(&t->t[i + 1]) & LM_DET) != 0);
	adult = LEX_IN(t, k - 1, adults);
	/* "help Sam learn to tie his laces": a verb of the other's, with no "to" */
	if (help && k < t->n && t->t[k].kind == TK_WORD && lemma_in(c->r->words, t->t[k].key))
		return 1;
	for (int end = k + 2; k < t->n && k < end && !lex_is(t, k, "to"); k++)
		if (t->t[k].kind != TK_WORD || (t->t[k].cls & LX_PREP))
			return 0;
	if (!(k + 1 < t->n && lex_is(t, k, "to") && t->t[k + 1].kind == TK_WORD))
		return 0;
	/* "get Mum to the dentist": a person taken to a place; "get my PTSD to a place
	 * where ..." is no person */
	if (measure_kind_of(&t->t[k + 1]) & LM_DET)
		return adult || LEX_IN(t, k - 1, children);
	/* "get my wife to stop nagging": an adult is no one to be got to do things, so the
	 * goal is a wish (set Q); a child or a name is (set P), and so is taking an adult
	 * somewhere ("get Dad to the memory cafe") */
	return adult && (lemma_in(c->r->words, t->t[k + 1].key) ||
	    lemma_of(t->t[k + 1].key, is_vague, NULL) || ends_with(t->t[k + 1].key, "ing")) ? 2 : 1;
}

/* Comparatives of manner: "communicate better", "handle stress at work better", "work my
 * program harder" ask for more of a quality, which no one could see done (S), however
 * concrete the verb.  Source: the devset's own examples of vague aspirations ("feel better"). */
static const char *const manner_comparatives[] = { "better", "harder" };

/* Words that end the verb's clause: a comparative after them belongs to another ("go to the
 * gym and eat better" keeps its first goal; "post no selfies until I feel better"). */
static const char *const clause_ends[] = {
	"and", "but", "so", "until", "till", "til", "when", "because", "before", "after", "if",
	"unless", "while", "then",
};

int
manner_comparative(const struct tokens *t, const struct span *verb, struct span *word)
{
	int i = token_at(t, verb->off), k;

	if (i < 0)
		return 0;
	/* the comparative first, as most goals have none; then nothing between it and the
	 * verb may end the verb's clause */
	for (k = i + 1; k < t->n; k++)
		if (LEX_IN(t, k, manner_comparatives))
			break;
	if (k == t->n)
		return 0;
	for (int b = i + 1; b < k; b++) {
		if (t->t[b].kind == TK_PUNCT && strchr(",;:.!?()", t->t[b].key[0]) != NULL)
			return 0;
		if (LEX_IN(t, b, clause_ends))
			return 0;
	}
	word->off = t->t[k].off;
	word->len = t->t[k].len;
	return 1;
}

/* Endings of adjectives, which name a state ("less anxious", "fewer tired days" aside): a
 * note of "less" and a word with one of these is a feeling, not a thing cut down on. */
static const char *const adjective_endings[] = {
	"ous", "ful", "ive", "ed", "ent", "ant", "able", "ible", "ish", "less", "y",
};

/* "Less sugar", "fewer takeaways", "less doomscrolling on nights off": a note with no verb
 * that names a thing or a behaviour to cut down on, as "cut down on sugar" does. */
int
less_of_thing(const struct tokens *t, const struct span *verb)
{
	int i = token_at(t, verb->off);
	size_t n;

	if (i < 0 || i + 1 >= t->n || (strcmp(t->t[i].key, "less") != 0 &&
	    strcmp(t->t[i].key, "fewer") != 0))
		return 0;
	i++;
	if (t->t[i].kind != TK_WORD || (t->t[i].cls & (LX_ABSTRACT | LX_PREP | LX_UNIT)))
		return 0;
	n = strlen(t->t[i].key);
	for (size_t k = 0; k < sizeof adjective_endings / sizeof adjective_endings[0]; k++) {
		size_t e = strlen(adjective_endings[k]);

		if (n > e && strcmp(t->t[i].key + n - e, adjective_endings[k]) == 0)
			return 0;
	}
	return 1;
}

/* Whether a length of time with a limit was read: "at least seven hours". */
int
bounded_length(const struct ctx *c)
{
	for (size_t i = 0; i < c->nq; i++)
		if (c->q[i].kind == Q_DUR && c->q[i].bound != TARGET_NONE)
			return 1;
	return 0;
}

/* Whether a length of time was read: "sleep 8 hours", "rest 15 minutes after each chore". */
int
any_length(const struct ctx *c)
{
	for (size_t i = 0; i < c->nq; i++)
		if (c->q[i].kind == Q_DUR)
			return 1;
	return 0;
}

/* Whether "more" or "less" follows the verb within its next three words, not as "more than":
 * "volunteer more", "rest more on the weekends", "help my wife more". */
int
more_after(const struct tokens *t, const struct span *verb)
{
	int i = token_at(t, verb->off);

	for (int k = i + 1; i >= 0 && k < t->n && k <= i + 4; k++) {
		if (t->t[k].kind == TK_PUNCT)
			return 0;
		if ((lex_is(t, k, "more") || lex_is(t, k, "less")) && !lex_is(t, k + 1, "than"))
			return 1;
	}
	return 0;
}

/* Whether the verb records or speaks of a thing: "track", "rate" (lexicon.c: record_verbs). */
int
records_verb(const struct tokens *t, const struct span *verb)
{
	int i = token_at(t, verb->off);

	return i >= 0 && (t->t[i].cls & LX_RECORD);
}

/* The occasions of a day a frequency may count in ("with every dinner"). */
static const char *const occasions[] = {
	"meal", "dinner", "lunch", "breakfast", "snack", "shift", "lesson", "class", "bedtime",
	"mealtime", "lunchtime", "dose",
};

/* "After each session", "every appointment": a frequency counted in the person's own
 * events (lexicon.c: LX_FRAME), measurable, though by no period of the calendar. */
int
each_event(const struct tokens *t)
{
	for (int i = 0; i + 1 < t->n; i++) {
		if (strcmp(t->t[i].key, "each") != 0 && strcmp(t->t[i].key, "every") != 0)
			continue;
		/* "each therapy session": one word may name the kind; "with every dinner",
		 * "after each meal": the occasions of a day count too */
		for (int k = i + 1; k < t->n && k <= i + 2 && t->t[k].kind == TK_WORD; k++)
			if (((t->t[k].cls & LX_FRAME) && !(t->t[k].cls & (LX_PLURAL | LX_UNIT))) ||
			    LEX_IN(t, k, occasions))
				return 1;
	}
	return 0;
}

/* "Why do I always push people away?", "who even am I": a question about oneself. */
int
wh_question(const struct tokens *t)
{
	int i = 0;

	while (i < t->n && t->t[i].kind == TK_PUNCT)
		i++;
	/* "what if I", and "What I'd like is to ...", which opens a goal */
	return i < t->n && (t->t[i].cls & LX_WH) && !(i + 1 < t->n &&
	    (strcmp(t->t[i + 1].key, "if") == 0 || strcmp(t->t[i + 1].key, "id") == 0 ||
	    (strcmp(t->t[i + 1].key, "i") == 0 && i + 2 < t->n &&
	    (lex_is(t, i + 2, "would") || lex_is(t, i + 2, "want")))));
}

