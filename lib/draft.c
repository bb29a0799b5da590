/* draft.c: builds a SMART draft from one sentence: the sentence reader says what it states,
 * a table of the article's goal areas gives vague sentences a specific rewrite, and what is
 * still open becomes a question for the person. */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <err.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <pcre2.h>

#include "date.h"
#include "diag.h"
#include "draft.h"
#include "json.h"
#include "lint.h"
#include "text.h"

/* As in lint.c: a goal longer than this wants small steps, and a deadline further away than
 * FAR_DAYS is too far to keep in view.  A draft asks about both so that goalcheck passes it. */
#define BIG_GOAL_DAYS 84
#define FAR_DAYS 730

/*
 * The goal areas the article names, each with the words that place a sentence in it, a
 * rewrite that names something a person can do and count, the journal tag that counts it,
 * the journal rating that goes with the area, and two small first steps.
 *
 * In a rewrite, {B} is "at least" or "at most", {N} the amount ("N" until known) and {P} the
 * period ("each week"; nothing for a total).  Every rewrite starts with a concrete verb, so
 * the sentence reader, and so goalcheck, reads it as specific.  Patterns are matched on the
 * sentence folded to lower case and hold no capturing group: draft_make joins them into one.
 */
struct draft_area {
	const char *name;
	const char *pattern;
	const char *rewrite;
	enum period per;
	const char *tag;
	const char *metric;
	const char *steps[2];
};

static const struct draft_area areas[] = {
	{ "socializing",
	  "sociali[sz]\\w*|social\\b(?!\\s+media)|go(?:ing)? out more|meet(?:ing)? (?:new |more )?people|"
	  "make (?:new |more )?friends|friends?hips?|lonel\\w*|alone|isolat\\w*|shy\\b",
	  "Talk to {B} {N} new people {P}", PERIOD_WEEK, "social", NULL,
	  { "Say hello to one neighbour", "Join one group that meets every week" } },
	{ "mood",
	  "happ(?:y|ier|iness)\\b|mood|feel (?:better|good|great|okay|ok)\\b|depress\\w*|"
	  "sad(?:ness)?\\b|low\\b|down\\b|cheer\\w*|enjoy life|positive",
	  "Do {B} {N} things I enjoy {P}", PERIOD_WEEK, "enjoy", "mood",
	  { "List ten small things I enjoy", "Plan one of them into each weekend" } },
	{ "anxiety",
	  "anxi\\w*|worr\\w*|nervous|panic\\w*|stress\\w*|calm\\w*|relax\\w*|tense\\b|on edge",
	  "Practise a calming exercise {B} {N} times {P}", PERIOD_WEEK, "calm", "anxiety",
	  { "Learn one breathing exercise", "Set a daily reminder to practise it" } },
	{ "self-esteem",
	  "self[- ]?esteem|confiden\\w*|self[- ]?worth|believe in myself|like myself|"
	  "love myself|self[- ]?image|insecur\\w*|self[- ]?critic\\w*|kind(?:er)? to myself|"
	  "(?:so |less )?hard on myself|self[- ]?compassion\\w*|proud of myself",
	  "Write down {B} {N} things I did well {P}", PERIOD_DAY, "did-well", "self-esteem",
	  { "Keep a notebook by the bed", "Read the list back each Sunday" } },
	{ "boundaries",
	  "boundar\\w*|say(?:ing)? no\\b|people[- ]pleas\\w*|pushover|taken advantage|"
	  "stand up for myself|assert\\w*",
	  "Say no to {B} {N} requests I do not want to take on {P}", PERIOD_WEEK, "said-no",
	  NULL,
	  { "Practise one polite way of saying no", "Wait a day before agreeing to extra work" } },
	{ "relationships",
	  "relationships?|partner|husband|wife|boyfriend|girlfriend|marriage|family|parents?\\b|"
	  "closer to|better (?:partner|friend|parent|son|daughter|husband|wife|father|mother)",
	  "Spend time with someone close to me, phones away, {B} {N} times {P}", PERIOD_WEEK,
	  "together", NULL,
	  { "Ask them what they would enjoy doing together", "Put the first time in the calendar" } },
	{ "communication",
	  "communicat\\w*|express (?:myself|my feelings|my needs)|listen\\w*|speak up|open up|"
	  "argu\\w*|fight(?:ing)? less|conversations?",
	  "Use an I-feel statement in a hard conversation {B} {N} times {P}", PERIOD_WEEK,
	  "i-feel",
	  NULL, { "Write down one I-feel sentence before a talk",
	  "Ask one question before answering" } },
	{ "acceptance",
	  "accept\\w*|let(?:ting)? go|mov(?:e|ing) on|come to terms|forgiv\\w*|"
	  "can(?:no|')t change",
	  "Write down one thing I cannot change and how I will live with it, {B} {N} times {P}",
	  PERIOD_WEEK, "accept", NULL,
	  { "Notice one thing each day that is out of my hands", "Talk it over in a session" } },
	{ "self-discovery",
	  "find(?:ing)? myself|know myself|who i am|self[- ]?discover\\w*|purpose|meaning|"
	  "what i want|explor\\w*|passion\\w*|figure (?:out|myself)",
	  "Try {B} {N} new activities {P}", PERIOD_MONTH, "new-thing", NULL,
	  { "List five things I have wanted to try", "Write a few lines after each one" } },
	{ "sleep",
	  "sleep\\w*|insomnia|rest(?:ed|ful)?\\b|tired|bed ?time|awake",
	  "Go to bed at a set time on {B} {N} nights {P}", PERIOD_WEEK, "bedtime", "sleep",
	  { "Choose a bedtime and set an alarm an hour before it",
	  "Keep the phone out of the bedroom" } },
	{ "exercise",
	  "exercis\\w*|fit(?:ness|ter)?\\b|work ?outs?\\b|working out|in shape|active\\b|gym|"
	  "move more|lose weight|healthier",
	  "Walk, run or swim for 30 minutes {B} {N} times {P}", PERIOD_WEEK, "exercise", NULL,
	  { "Pick a free half hour in the week", "Start with a 10-minute walk" } },
};
#define NAREAS (sizeof areas / sizeof areas[0])

/* A rating such as "4/10" or "5 out of 10": the target is the mean of a journal rating. */
#define RATING "\\b\\d+(?:\\.\\d+)?\\s*(?:/|out of)\\s*10\\b"
/* A length of time ("7.5 hours", "30 minutes"): when it is the target, the journal records it
 * as a metric ("sleep: 7.5h"), not as entries to count. */
#define DURATION "\\b(\\d+(?:\\.\\d+)?)\\s*(?:hours?|hrs?|h|minutes?|mins?)\\b"

/* Words that say nothing about what a goal is about: left out of tags and concern matching. */
static const char *const stopwords[] = {
	"i", "im", "ive", "id", "ill", "me", "my", "myself", "we", "our", "us", "you", "your",
	"to", "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "for", "with", "by",
	"from", "up", "about", "into", "over", "than", "then", "so", "as", "is", "am", "are",
	"be", "been", "being", "was", "were", "do", "does", "did", "doing", "have", "has", "had",
	"having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
	"want", "wanna", "like", "need", "try", "trying", "start", "starting", "keep", "get",
	"getting", "go", "going", "more", "less", "most", "least", "fewer", "much", "many",
	"very", "really", "just", "also", "too", "not", "no", "never", "always", "again", "each",
	"every", "per", "week", "weeks", "weekly", "day", "days", "daily", "month", "months",
	"monthly", "year", "years", "time", "times", "once", "twice", "some", "any", "all",
	"lot", "lots", "bit", "little", "better", "well", "good", "able", "make", "it", "its",
	"that", "this", "these", "those", "there", "here", "when", "what", "which", "who", "how",
	"new", "feel", "feeling", "thing", "things", "people", "someone", "something", "often",
	"most", "until", "before", "after", "within", "next", "end", "by", "one", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "couple", "dozen", "few",
	"several", "half", "below", "under", "above", "least", "max", "maximum", "minimum",
	"limit", "cut", "down", "work", "mostly", "usually", "spend", "learn", "stop", "begin",
	"continue", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "morning", "evening", "night", "nights", "tonight", "today", "tomorrow", NULL
};

struct concern_words {
	char **stems;     /* the concern's words, cut to STEM bytes */
	size_t n;
	unsigned areas;   /* bit k: the concern is about area k */
};

struct id_slot {
	char *id;
	size_t next;      /* the next number to try after this id, as in social-2 */
};

struct drafter {
	struct sentence_reader *reader;
	pcre2_code *area_re, *rating_re, *duration_re;
	pcre2_match_data *md;
	const struct goals *goals;
	struct concern_words *cw;
	size_t ncw;
	struct id_slot *ids;  /* ids given out or taken: an open-addressing hash set */
	size_t nids, idcap;
	char *subject;        /* the text patterns run on, with SUBJECT_PAD zero bytes after */
	size_t subjcap;
};

/* PCRE2's JIT reads its subject in vectors and may look past the end, as sentence.c notes:
 * patterns run on a copy followed by this many zero bytes. */
#define SUBJECT_PAD 64

/* Words agree when their first STEM letters do: "anxious" and "anxiety", "sleep" and
 * "sleeping", "social" and "socializing". */
#define STEM 4

static pcre2_code *
compile(const char *pattern)
{
	int errcode;
	PCRE2_SIZE erroff;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    PCRE2_CASELESS | PCRE2_UTF | PCRE2_NO_UTF_CHECK, &errcode, &erroff, NULL);

	if (re != NULL)
		(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);  /* slower without, not wrong */
	return re;
}

/* One pattern, a group per area: the leftmost area named in a sentence wins. */
static pcre2_code *
compile_areas(void)
{
	pcre2_code *re;
	char *pat;
	size_t len = 16;

	for (size_t k = 0; k < NAREAS; k++)
		len += strlen(areas[k].pattern) + 4;
	pat = xmalloc(len);
	strcpy(pat, "\\b(?:");
	for (size_t k = 0; k < NAREAS; k++) {
		strcat(pat, k ? "|(" : "(");
		strcat(pat, areas[k].pattern);
		strcat(pat, ")");
	}
	strcat(pat, ")");
	re = compile(pat);
	free(pat);
	return re;
}

struct drafter *
drafter_new(void)
{
	struct drafter *dr = calloc(1, sizeof *dr);

	if (dr == NULL)
		return NULL;
	dr->area_re = compile_areas();
	dr->rating_re = compile(RATING);
	dr->duration_re = compile(DURATION);
	dr->md = pcre2_match_data_create(NAREAS + 2, NULL);
	dr->reader = sentence_reader_new();
	if (dr->area_re == NULL || dr->rating_re == NULL || dr->duration_re == NULL ||
	    dr->md == NULL ||
	    dr->reader == NULL) {
		drafter_free(dr);
		return NULL;
	}
	return dr;
}

static void
forget_concerns(struct drafter *dr)
{
	for (size_t i = 0; i < dr->ncw; i++) {
		for (size_t j = 0; j < dr->cw[i].n; j++)
			free(dr->cw[i].stems[j]);
		free(dr->cw[i].stems);
	}
	free(dr->cw);
	dr->cw = NULL;
	dr->ncw = 0;
}

void
drafter_free(struct drafter *dr)
{
	if (dr == NULL)
		return;
	forget_concerns(dr);
	for (size_t i = 0; i < dr->idcap; i++)
		free(dr->ids[i].id);
	free(dr->ids);
	pcre2_code_free(dr->area_re);
	pcre2_code_free(dr->rating_re);
	pcre2_code_free(dr->duration_re);
	pcre2_match_data_free(dr->md);
	sentence_reader_free(dr->reader);
	free(dr->subject);
	free(dr);
}

static int
is_stopword(const char *w, size_t n)
{
	for (size_t i = 0; stopwords[i] != NULL; i++)
		if (strlen(stopwords[i]) == n && memcmp(stopwords[i], w, n) == 0)
			return 1;
	return 0;
}

/* Calls fn for each word of s (ASCII letters, folded to lower case, apostrophes dropped: "I'm"
 * is "im"; bytes beyond ASCII are letters) that is not a stopword, until fn returns non-zero. */
static void
each_word(const char *s, size_t len, int (*fn)(const char *w, size_t n, void *arg),
    void *arg)
{
	char w[64];
	size_t n = 0;

	for (size_t i = 0; i <= len; i++) {
		unsigned char c = i < len ? (unsigned char)s[i] : ' ';

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) {
			/* Letters beyond ASCII ("café") are kept as they are. */
			if (n < sizeof w)
				w[n++] = (char)(c >= 0x80 ? c : c | 0x20);
			continue;
		}
		if (c == '\'' && n > 0)
			continue;
		if (n > 0 && n < sizeof w && !is_stopword(w, n) && fn(w, n, arg))
			return;
		n = 0;
	}
}

/* The len bytes of text as a subject for the patterns (see SUBJECT_PAD). */
static const char *
subject(struct drafter *dr, const char *text, size_t len)
{
	if (len + SUBJECT_PAD > dr->subjcap) {
		dr->subjcap = 2 * (len + SUBJECT_PAD);
		dr->subject = xrealloc(dr->subject, dr->subjcap);
	}
	memcpy(dr->subject, text, len);
	memset(dr->subject + len, 0, SUBJECT_PAD);
	return dr->subject;
}

/* Which areas s names, as bits. */
static unsigned
areas_in(struct drafter *dr, const char *text, size_t len, int *first)
{
	const char *s = subject(dr, text, len);
	unsigned mask = 0;
	size_t start = 0;
	uint32_t checked = 0;

	*first = -1;
	/* The first match checks the text's UTF-8 whole; a check at every match, from where it
	 * starts to the end, made a long line quadratic (933 KB: 4.5 s). */
	while (start < len && pcre2_match(dr->area_re, (PCRE2_SPTR)s, len, start, checked,
	    dr->md, NULL) > 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(dr->md);

		checked = PCRE2_NO_UTF_CHECK;
		for (size_t k = 0; k < NAREAS; k++)
			if (ov[2 * (k + 1)] != PCRE2_UNSET) {
				mask |= 1u << k;
				if (*first < 0)
					*first = (int)k;
				break;
			}
		if (ov[1] > ov[0]) {
			start = ov[1];
		} else {
			/* After an empty match (no area pattern gives one), the next character:
			 * never the middle of one, which an unchecked match must not start in. */
			size_t c = ov[0] < len ? text_utf8_len(s + ov[0], len - ov[0]) : 0;

			start = ov[0] + (c > 0 ? c : 1);
		}
	}
	return mask;
}

struct stems {
	char **v;
	size_t n, cap;
};

static int
add_stem(const char *w, size_t n, void *arg)
{
	struct stems *st = arg;

	if (n < STEM)
		return 0;  /* short words ("job", "cry") are too often shared by chance */
	for (size_t i = 0; i < st->n; i++)
		if (memcmp(st->v[i], w, STEM) == 0)
			return 0;
	if (st->n == st->cap) {
		st->cap = st->cap ? 2 * st->cap : 8;
		st->v = xrealloc(st->v, st->cap * sizeof *st->v);
	}
	st->v[st->n++] = xstrndup(w, STEM);
	return 0;
}

void
drafter_use_goals(struct drafter *dr, const struct goals *g)
{
	int first;

	forget_concerns(dr);
	dr->goals = g;
	if (g == NULL)
		return;
	for (size_t i = 0; i < g->ngoals; i++)
		if (goal_id(&g->goals[i]) != NULL)
			drafter_take_id(dr, goal_id(&g->goals[i]));
	dr->cw = xmalloc((g->nconcerns + 1) * sizeof *dr->cw);
	dr->ncw = g->nconcerns;
	for (size_t i = 0; i < g->nconcerns; i++) {
		const struct concern *c = &g->concerns[i];
		struct stems st = { 0 };

		dr->cw[i].areas = 0;
		if (c->text != NULL) {
			each_word(c->text->value, c->text->len, add_stem, &st);
			dr->cw[i].areas |= areas_in(dr, c->text->value, c->text->len, &first);
		}
		if (c->id != NULL) {
			each_word(c->id->value, c->id->len, add_stem, &st);
			dr->cw[i].areas |= areas_in(dr, c->id->value, c->id->len, &first);
		}
		dr->cw[i].stems = st.v;
		dr->cw[i].n = st.n;
	}
}

static uint32_t
id_hash(const char *s)
{
	uint32_t h = 2166136261u;  /* FNV-1a */

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* The slot of id in the set, or of the empty slot where it would go. */
static size_t
id_slot(const struct drafter *dr, const char *id)
{
	size_t i = id_hash(id) & (dr->idcap - 1);

	while (dr->ids[i].id != NULL && strcmp(dr->ids[i].id, id) != 0)
		i = (i + 1) & (dr->idcap - 1);
	return i;
}

static int
id_taken(const struct drafter *dr, const char *id)
{
	return dr->idcap > 0 && dr->ids[id_slot(dr, id)].id != NULL;
}

void
drafter_take_id(struct drafter *dr, const char *id)
{
	if (id_taken(dr, id))
		return;
	/* Kept at most half full, so that a lookup stays a probe or two. */
	if (2 * (dr->nids + 1) > dr->idcap) {
		struct id_slot *old = dr->ids;
		size_t oldcap = dr->idcap;

		dr->idcap = oldcap ? 2 * oldcap : 64;
		dr->ids = calloc(dr->idcap, sizeof *dr->ids);
		if (dr->ids == NULL)
			errx(2, "out of memory");
		for (size_t i = 0; i < oldcap; i++)
			if (old[i].id != NULL)
				dr->ids[id_slot(dr, old[i].id)] = old[i];
		free(old);
	}
	dr->ids[id_slot(dr, id)] = (struct id_slot){ xstrndup(id, strlen(id)), 2 };
	dr->nids++;
}

/* The first word of a sentence that says what it is about ("call" in "I want to call my
 * sister"), as a journal tag: lower-case letters, starting with a letter. */
static int
first_word(const char *w, size_t n, void *arg)
{
	char *out = arg;

	if (n < 2)
		return 0;
	if (n > 24)
		for (n = 24; ((unsigned char)w[n] & 0xC0) == 0x80; n--)
			;  /* cut between characters, not inside one */
	memcpy(out, w, n);
	out[n] = '\0';
	return 1;
}

/* The concern whose words the sentence shares most, counting an area they share as two words;
 * NULL when none shares any.  Ties go to the concern listed first. */
static const struct concern *
match_concern(struct drafter *dr, const char *s, size_t len, unsigned areas_mask)
{
	struct stems st = { 0 };
	const struct concern *best = NULL;
	size_t best_score = 0;

	if (dr->goals == NULL)
		return NULL;
	each_word(s, len, add_stem, &st);
	for (size_t i = 0; i < dr->ncw; i++) {
		size_t score = 0;

		for (size_t a = 0; a < st.n; a++)
			for (size_t b = 0; b < dr->cw[i].n; b++)
				if (memcmp(st.v[a], dr->cw[i].stems[b], STEM) == 0)
					score++;
		if (areas_mask & dr->cw[i].areas)
			score += 2;
		if (score > best_score) {
			best_score = score;
			best = &dr->goals->concerns[i];
		}
	}
	for (size_t a = 0; a < st.n; a++)
		free(st.v[a]);
	free(st.v);
	return best;
}

static char *
dup(struct draft *d, const char *s, size_t n)
{
	return arena_strndup(&d->mem, s, n);
}

/* An amount as a person writes it: 2, 7.5, 10000. */
static void
format_amount(double v, char *buf, size_t size)
{
	if (v == floor(v) && fabs(v) < 1e15)
		snprintf(buf, size, "%.0f", v);
	else
		snprintf(buf, size, "%g", v);
}

static const char *
period_phrase(enum period p)
{
	switch (p) {
	case PERIOD_DAY:
		return "each day";
	case PERIOD_WEEK:
		return "each week";
	case PERIOD_MONTH:
		return "each month";
	case PERIOD_YEAR:
		return "each year";
	default:
		return "";
	}
}

/* The rewrites' plural nouns after {N}, and what they are after an amount of 1. */
static const struct {
	const char *plural, *one;
} singulars[] = {
	{ " new people", " new person" }, { " things", " thing" }, { " times", " time" },
	{ " requests", " request" }, { " new activities", " new activity" },
	{ " nights", " night" },
};

/* Writes the noun at *t in the singular when the amount is 1 ("1 new person"); returns how
 * many bytes of the rewrite it took, 0 for none. */
static size_t
put_singular(const char *t, double amount, char **o)
{
	if (amount != 1)
		return 0;
	for (size_t i = 0; i < sizeof singulars / sizeof singulars[0]; i++) {
		size_t n = strlen(singulars[i].plural);

		if (strncmp(t, singulars[i].plural, n) == 0) {
			*o = stpcpy(*o, singulars[i].one);
			return n;
		}
	}
	return 0;
}

/* Rewrite t with bound, amount (n its value, or NAN while it is DRAFT_N) and period, single
 * spaced, into out, which holds strlen(t) + REWRITE_EXTRA bytes. */
#define REWRITE_EXTRA 64
static void
fill_rewrite(const char *t, enum target_bound bound, const char *amount, double n,
    enum period per, char *out)
{
	char *o = out;

	for (; *t != '\0'; t++) {
		const char *put = NULL;

		if (strncmp(t, "{B}", 3) == 0)
			put = bound == TARGET_AT_MOST ? "at most" : "at least";
		else if (strncmp(t, "{N}", 3) == 0)
			put = amount;
		else if (strncmp(t, "{P}", 3) == 0)
			put = period_phrase(per);
		if (put != NULL) {
			o = stpcpy(o, put);
			t += 2;
			if (put == amount && !isnan(n))
				t += put_singular(t + 1, n, &o);
		} else if (!(*t == ' ' && (o == out || o[-1] == ' '))) {
			*o++ = *t;
		}
	}
	while (o > out && (o[-1] == ' ' || o[-1] == ','))
		o--;
	*o = '\0';
}

/* The area's rewrite with the draft's bound, amount and period. */
static void
render_goal(struct draft *d)
{
	char amount[32];

	if (d->bound != TARGET_NONE)
		format_amount(d->amount, amount, sizeof amount);
	else
		strcpy(amount, DRAFT_N);
	d->goal = arena_alloc(&d->mem, strlen(d->area->rewrite) + REWRITE_EXTRA, 1);
	fill_rewrite(d->area->rewrite, d->bound, amount,
	    d->bound != TARGET_NONE ? d->amount : NAN, d->per, d->goal);
}

/* The area that the len bytes of s name first, or NULL.  The pattern is compiled on the first
 * call and kept for the process (goalcheck asks for each vague goal, the language server at
 * each change): compiling it costs more than checking a whole goals file. */
static const struct draft_area *
area_named(const char *s, size_t len)
{
	static pcre2_code *re;
	pcre2_match_data *md;
	const struct draft_area *found = NULL;
	char *subj;

	if (re == NULL && (re = compile_areas()) == NULL)
		return NULL;
	if ((md = pcre2_match_data_create(NAREAS + 2, NULL)) == NULL)
		return NULL;
	subj = xmalloc(len + SUBJECT_PAD);
	memcpy(subj, s, len);
	memset(subj + len, 0, SUBJECT_PAD);
	if (pcre2_match(re, (PCRE2_SPTR)subj, len, 0, 0, md, NULL) > 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);

		for (size_t k = 0; k < NAREAS && found == NULL; k++)
			if (ov[2 * (k + 1)] != PCRE2_UNSET)
				found = &areas[k];
	}
	free(subj);
	pcre2_match_data_free(md);
	return found;
}

const char *
draft_example(const char *area, const char *text, size_t len, char buf[DRAFT_EXAMPLE_SIZE])
{
	const struct draft_area *a = NULL;

	for (size_t k = 0; k < NAREAS && area != NULL && a == NULL; k++)
		if (strcasecmp(area, areas[k].name) == 0)
			a = &areas[k];
	if (a == NULL && area != NULL)
		a = area_named(area, strlen(area));
	if (a == NULL && text != NULL)
		a = area_named(text, len);
	if (a == NULL || strlen(a->rewrite) + REWRITE_EXTRA > DRAFT_EXAMPLE_SIZE)
		return NULL;
	fill_rewrite(a->rewrite, TARGET_AT_LEAST, "2", 2, a->per, buf);
	return buf;
}

/* Works out what is still open, and the rewrite when the draft has one. */
static void
update(struct draft *d, int specific)
{
	if (d->rewritten)
		render_goal(d);
	d->missing = 0;
	if (!specific && !d->rewritten)
		d->missing |= SMART_S;
	if (d->bound == TARGET_NONE)
		d->missing |= SMART_M;
	if (d->absolutist || (d->has_deadline && d->deadline - d->today > BIG_GOAL_DAYS &&
	    d->nsteps == 0))
		d->missing |= SMART_A;
	if (d->concern == NULL && d->why == NULL)
		d->missing |= SMART_R;
	if (!d->has_deadline || d->deadline < d->today || d->deadline - d->today > FAR_DAYS)
		d->missing |= SMART_T;
}

/* 1 if the sentence gives the amount as a length of time ("sleep 7.5 hours a night"). */
static int
is_duration(struct drafter *dr, const char *s, size_t len, double amount)
{
	const char *subj = subject(dr, s, len);
	size_t start = 0;
	uint32_t checked = 0;

	/* As in areas_in, the text's UTF-8 is checked once.  A duration is never empty. */
	while (start < len && pcre2_match(dr->duration_re, (PCRE2_SPTR)subj, len, start,
	    checked, dr->md, NULL) > 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(dr->md);

		checked = PCRE2_NO_UTF_CHECK;
		if (strtod(subj + ov[2], NULL) == amount)
			return 1;
		start = ov[1];
	}
	return 0;
}

/* The second goal of a sentence that holds two (sentence.h: bound2): its words after the
 * "and", read alone for what they count; its target is the one read in the whole sentence,
 * which shares the first goal's deadline. */
static void
read_second(struct drafter *dr, struct draft *d, const char *s, const struct sentence *sen)
{
	struct sentence two;
	size_t off = sen->second_at.off, len = sen->second_at.len;
	char word[32] = "";

	d->second = d->tag2 = NULL;
	d->bound2 = TARGET_NONE;
	if (sen->bound2 == TARGET_NONE)
		return;
	/* from the word after "and" or ";" */
	while (len > 0 && s[off] != ' ')
		off++, len--;
	while (len > 0 && (s[off] == ' ' || s[off] == ','))
		off++, len--;
	while (len > 0 && strchr(" .,;!", s[off + len - 1]) != NULL)
		len--;
	if (len == 0)
		return;
	d->second = dup(d, s + off, len);
	sentence_read(dr->reader, d->second, len, d->today, &two);
	snprintf(word, sizeof word, "%s", two.measure);
	if (word[0] == '\0')	/* "meditate 3 times a week": named as a draft is */
		each_word(d->second, len, first_word, word);
	d->tag2 = dup(d, word[0] != '\0' ? word : "goal", word[0] != '\0' ? strlen(word) : 4);
	d->metric2 = two.measure_kind == MEASURE_METRIC || two.measure_kind == MEASURE_RATING;
	d->bound2 = sen->bound2;
	d->amount2 = sen->amount2;
	d->per2 = sen->per2;
}

/* Reads d->broad (or a new sentence) into the draft: target, deadline, area, tag. */
static void
read_sentence(struct drafter *dr, struct draft *d, const char *s, size_t len, int keep)
{
	struct sentence sen;
	int first, rating, timed;
	unsigned mask;
	char word[32] = "";

	sentence_read(dr->reader, s, len, d->today, &sen);
	mask = areas_in(dr, s, len, &first);
	rating = sen.bound != TARGET_NONE && (sen.measure_kind == MEASURE_RATING ||
	    pcre2_match(dr->rating_re, (PCRE2_SPTR)subject(dr, s, len), len, 0, 0, dr->md,
	    NULL) > 0);
	timed = sen.bound != TARGET_NONE && !rating && is_duration(dr, s, len, sen.amount);
	if (!keep || first >= 0)
		d->area = first >= 0 ? &areas[first] : NULL;
	if (!keep || sen.bound != TARGET_NONE) {
		d->bound = sen.bound;
		d->amount = sen.amount;
		d->per = sen.per;
	}
	if (!keep || sen.has_deadline) {
		d->has_deadline = sen.has_deadline;
		d->deadline = sen.deadline;
	}
	/* A rating is a feeling to track, not something to do, so it is kept as written and the
	 * person is asked what they will do, as is a count of what the sentence names ("one
	 * panic attack or fewer a week"); other vague sentences get their area's rewrite. */
	d->rewritten = !sen.specific && d->area != NULL && !rating &&
	    !(sen.bound != TARGET_NONE && sen.measure_kind != MEASURE_NONE);
	/* A rewrite drops the person's absolutist words along with their vague ones. */
	d->absolutist = !sen.attainable && !d->rewritten;
	d->goal = d->rewritten ? NULL : dup(d, s, len);
	if (d->rewritten && d->bound == TARGET_NONE && d->per == PERIOD_TOTAL)
		d->per = d->area->per;
	d->metric = rating || timed || sen.measure_kind == MEASURE_METRIC;
	each_word(s, len, first_word, word);
	/* What the sentence itself says is counted or rated ("anxiety", "coffees", "mum")
	 * names the measure before the area's tag; a rewrite counts what it says. */
	if (sen.measure[0] != '\0' && !d->rewritten)
		d->tag = dup(d, sen.measure, strlen(sen.measure));
	else if (d->metric && d->area != NULL && d->area->metric != NULL)
		d->tag = dup(d, d->area->metric, strlen(d->area->metric));
	else if ((d->rewritten || word[0] == '\0') && d->area != NULL)
		d->tag = dup(d, d->area->tag, strlen(d->area->tag));
	else if (word[0] != '\0')
		d->tag = dup(d, word, strlen(word));
	else if (!keep || d->tag == NULL)
		d->tag = dup(d, "goal", 4);
	read_second(dr, d, s, &sen);
	if (d->concern == NULL && d->why == NULL) {
		const struct concern *c = match_concern(dr, s, len, mask);

		if (c != NULL && c->id != NULL)
			d->concern = dup(d, c->id->value, c->id->len);
		else if (c != NULL && c->text != NULL)
			d->why = dup(d, c->text->value, c->text->len);
	}
	if (d->rewritten && d->nsteps == 0) {
		d->steps = arena_alloc(&d->mem, 2 * sizeof *d->steps, _Alignof(char *));
		for (size_t i = 0; i < 2; i++)
			d->steps[i] = dup(d, d->area->steps[i], strlen(d->area->steps[i]));
		d->nsteps = 2;
	}
	update(d, sen.specific);
}

void
draft_make(struct drafter *dr, const char *text, size_t len, long today, struct draft *d)
{
	char id[48];
	size_t n;

	memset(d, 0, sizeof *d);
	d->today = today;
	while (len > 0 && (*text == ' ' || *text == '\t'))
		text++, len--;
	while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t' ||
	    text[len - 1] == '\r' || text[len - 1] == '\n'))
		len--;
	d->broad = dup(d, text, len);
	read_sentence(dr, d, d->broad, len, 0);
	/* An id from the tag, numbered when taken: social, social-2, ...  The base id remembers
	 * the number to try next, so that ten thousand "socialize more" cost no more than one. */
	snprintf(id, sizeof id, "%.30s", d->rewritten ? d->area->tag : d->tag);
	if (id_taken(dr, id)) {
		char stem[32];

		n = dr->ids[id_slot(dr, id)].next;
		memcpy(stem, id, sizeof stem);
		do
			snprintf(id, sizeof id, "%s-%zu", stem, n++);
		while (id_taken(dr, id));
		drafter_take_id(dr, id);
		/* Taking an id may grow the set: the stem's slot is looked up afresh. */
		dr->ids[id_slot(dr, stem)].next = n;
	} else {
		drafter_take_id(dr, id);
	}
	d->id = dup(d, id, strlen(id));
}

void
draft_free(struct draft *d)
{
	arena_free(&d->mem);
	memset(d, 0, sizeof *d);
}

void
draft_set_sentence(struct drafter *dr, struct draft *d, const char *text, size_t len)
{
	read_sentence(dr, d, dup(d, text, len), len, 1);
}

/* The judgement of S that update() needs, from the goal as it now stands. */
static int
specific_now(const struct draft *d)
{
	return (d->missing & SMART_S) == 0;
}

void
draft_set_target(struct draft *d, enum target_bound bound, double amount, enum period per)
{
	d->bound = bound;
	d->amount = amount;
	if (per != PERIOD_TOTAL || !d->rewritten)
		d->per = per;
	update(d, specific_now(d));
}

void
draft_set_deadline(struct draft *d, long deadline)
{
	d->has_deadline = 1;
	d->deadline = deadline;
	update(d, specific_now(d));
}

void
draft_set_concern(struct draft *d, const char *id)
{
	d->concern = dup(d, id, strlen(id));
	d->why = NULL;
	update(d, specific_now(d));
}

void
draft_set_why(struct draft *d, const char *text, size_t len)
{
	d->why = dup(d, text, len);
	d->concern = NULL;
	update(d, specific_now(d));
}

void
draft_add_step(struct draft *d, const char *text, size_t len)
{
	char **steps = arena_alloc(&d->mem, (d->nsteps + 1) * sizeof *steps, _Alignof(char *));

	if (d->nsteps > 0)
		memcpy(steps, d->steps, d->nsteps * sizeof *steps);
	steps[d->nsteps++] = dup(d, text, len);
	d->steps = steps;
	update(d, specific_now(d));
}

const char *
draft_question(const struct draft *d, char c)
{
	switch (c) {
	case 'S':
		return "What will you do, that others could see?";
	case 'M':
		return d->rewritten ? "How will you know you did it: how many, how often? "
		    "(N in the goal)" : "How will you know you did it: how many, how often?";
	case 'A':
		return d->absolutist ? "What could you manage most of the time, rather than "
		    "always?" : "What is a small first step?";
	case 'R':
		return "Which concern does this serve?";
	case 'T':
		return "By when?";
	default:
		return NULL;
	}
}

const char *
draft_area_name(const struct draft *d)
{
	return d->area != NULL ? d->area->name : NULL;
}

static char *
scalar(struct draft *d, const char *s, int flow)
{
	return goaledit_scalar(&d->mem, s, strlen(s), flow);
}

/* The measure's keys: what to count, the target when known, and the period. */
static size_t
measure_fields(struct draft *d, struct gfield *sub)
{
	char amount[32];
	size_t n = 0;

	sub[n++] = (struct gfield){ d->metric ? "metric" : "tag", scalar(d, d->tag, 1), NULL,
	    NULL, 0, NULL };
	if (d->bound != TARGET_NONE) {
		format_amount(d->amount, amount, sizeof amount);
		sub[n++] = (struct gfield){ d->bound == TARGET_AT_MOST ? "at_most" : "at_least",
		    dup(d, amount, strlen(amount)), NULL, NULL, 0, NULL };
	}
	if (d->per != PERIOD_TOTAL)
		sub[n++] = (struct gfield){ "per", date_period_name(d->per), NULL, NULL, 0, NULL };
	return n;
}

/* The question above the goal sentence: S, and A when the wording is absolutist. */
static const char *
goal_todo(struct draft *d)
{
	const char *s = d->missing & SMART_S ? draft_question(d, 'S') : NULL;
	const char *a = d->missing & SMART_A && d->absolutist ? draft_question(d, 'A') : NULL;
	char *both;

	if (s == NULL || a == NULL)
		return s != NULL ? s : a;
	both = arena_alloc(&d->mem, strlen(s) + strlen(a) + 2, 1);
	sprintf(both, "%s %s", s, a);
	return both;
}

static char *
steps_value(struct draft *d)
{
	size_t len = 3;
	char **q, *out;

	if (d->nsteps == 0)
		return NULL;
	q = arena_alloc(&d->mem, d->nsteps * sizeof *q, _Alignof(char *));
	for (size_t i = 0; i < d->nsteps; i++) {
		q[i] = scalar(d, d->steps[i], 1);
		len += strlen(q[i]) + 2;
	}
	out = arena_alloc(&d->mem, len, 1);
	strcpy(out, "[");
	for (size_t i = 0; i < d->nsteps; i++) {
		if (i > 0)
			strcat(out, ", ");
		strcat(out, q[i]);
	}
	strcat(out, "]");
	return out;
}

/* The keys that --id replaces, from f[n] on. */
/* The comment that offers to split a sentence with a second goal into two drafts. */
static const char *
second_note(struct draft *d)
{
	char amount[32], *note;
	size_t size;

	if (d->second == NULL || d->bound2 == TARGET_NONE)
		return NULL;
	format_amount(d->amount2, amount, sizeof amount);
	size = strlen(d->second) + strlen(d->tag2) + 160;
	note = arena_alloc(&d->mem, size, 1);
	/* Both the words and the tag are the sentence's, which may hold a line break YAML
	 * knows (NEL, LS, PS): a comment holds none. */
	snprintf(note, size, "a second goal: \"%s\" (%s %s, %s %s%s%s); draft it on its own "
	    "and keep one goal here", goaledit_comment(&d->mem, d->second, strlen(d->second)),
	    d->metric2 ? "metric" : "tag", goaledit_comment(&d->mem, d->tag2, strlen(d->tag2)),
	    d->bound2 == TARGET_AT_MOST ? "at most" : "at least", amount,
	    d->per2 != PERIOD_TOTAL ? " a " : "",
	    d->per2 != PERIOD_TOTAL ? date_period_name(d->per2) : "");
	return note;
}

static size_t
goal_field(struct draft *d, struct gfield *f, size_t n)
{
	f[n++] = (struct gfield){ "goal", scalar(d, d->goal, 0), goal_todo(d), NULL, 0,
	    second_note(d) };
	return n;
}

static size_t
measure_deadline_fields(struct draft *d, struct gfield *f, struct gfield *sub, size_t n)
{
	char date[DATE_BUFSIZE];

	f[n] = (struct gfield){ "measure", NULL, d->missing & SMART_M ? draft_question(d, 'M') :
	    NULL, sub, measure_fields(d, sub), d->measure_note };
	n++;
	f[n++] = (struct gfield){ "deadline", d->has_deadline ?
	    dup(d, date_format(d->deadline, date), 10) : NULL,
	    d->missing & SMART_T ? draft_question(d, 'T') : NULL, NULL, 0, d->deadline_note };
	return n;
}

/* In the order of doc/goals.md. */
size_t
draft_fields(struct draft *d, struct gfield *f, struct gfield *sub)
{
	size_t n = 0;

	f[n++] = (struct gfield){ "id", scalar(d, d->id, 0), NULL, NULL, 0, NULL };
	f[n++] = (struct gfield){ "broad", scalar(d, d->broad, 0), NULL, NULL, 0, NULL };
	n = goal_field(d, f, n);
	if (d->area != NULL)
		f[n++] = (struct gfield){ "area", d->area->name, NULL, NULL, 0, NULL };
	if (d->why != NULL)
		f[n++] = (struct gfield){ "why", scalar(d, d->why, 0), NULL, NULL, 0, NULL };
	else
		f[n++] = (struct gfield){ "concern", d->concern ? scalar(d, d->concern, 0) : NULL,
		    d->missing & SMART_R ? draft_question(d, 'R') : NULL, NULL, 0, NULL };
	n = measure_deadline_fields(d, f, sub, n);
	f[n++] = (struct gfield){ "steps", steps_value(d),
	    d->missing & SMART_A && !d->absolutist ? draft_question(d, 'A') : NULL, NULL, 0, NULL };
	return n;
}

size_t
draft_edit_fields(struct draft *d, struct gfield *f, struct gfield *sub)
{
	size_t n = measure_deadline_fields(d, f, sub, goal_field(d, f, 0));

	/* Steps are the person's: only the question about them, when there is one. */
	f[n++] = (struct gfield){ "steps", NULL,
	    d->missing & SMART_A && !d->absolutist ? draft_question(d, 'A') : NULL, NULL, 0, NULL };
	return n;
}

/* Puts the broad field first, so that goaledit adds it before the keys that follow it. */
size_t
draft_keep_words(struct draft *d, const struct goal *gl, struct gfield *f, size_t n)
{
	const struct ynode *old = gl->text;

	if ((gl->broad != NULL && gl->broad->len > 0) || old == NULL || old->len == 0 ||
	    n >= DRAFT_MAXFIELDS || (strlen(d->goal) == old->len &&
	    memcmp(d->goal, old->value, old->len) == 0))
		return n;
	memmove(f + 1, f, n * sizeof *f);
	f[0] = (struct gfield){ "broad", goaledit_scalar(&d->mem, old->value, old->len, 0),
	    NULL, NULL, 0, NULL };
	return n + 1;
}

void
draft_set_notes(struct draft *d, const char *measure, const char *deadline)
{
	d->measure_note = measure ? dup(d, measure, strlen(measure)) : NULL;
	d->deadline_note = deadline ? dup(d, deadline, strlen(deadline)) : NULL;
}

/* The second goal as {"text":..,"measure":{..}}, or null. */
static void
write_second_json(FILE *fp, const struct draft *d)
{
	if (d->second == NULL || d->bound2 == TARGET_NONE) {
		fputs("null", fp);
		return;
	}
	fputs("{\"text\":", fp);
	jsonw_cstring(fp, d->second);
	fprintf(fp, ",\"measure\":{\"%s\":", d->metric2 ? "metric" : "tag");
	jsonw_cstring(fp, d->tag2);
	fprintf(fp, ",\"%s\":", d->bound2 == TARGET_AT_MOST ? "at_most" : "at_least");
	jsonw_number(fp, d->amount2);
	fputs(",\"per\":", fp);
	jsonw_cstring(fp, d->per2 != PERIOD_TOTAL ? date_period_name(d->per2) : NULL);
	fputs("}}", fp);
}

/* ,"read":[{"what":..., "value":..., "words":..., "col":..., "end_col":...}, ...] */
static void
write_readout(FILE *fp, const struct readout *ro)
{
	fputs(",\"read\":[", fp);
	for (size_t i = 0; i < ro->n; i++) {
		const struct readout_value *v = &ro->v[i];

		fputs(i > 0 ? ",{\"what\":" : "{\"what\":", fp);
		jsonw_cstring(fp, readout_kind_name(v->kind));
		fputs(",\"value\":", fp);
		jsonw_cstring(fp, v->value);
		fputs(",\"words\":", fp);
		jsonw_string(fp, ro->text + v->at.off, v->at.len);
		fprintf(fp, ",\"col\":%d,\"end_col\":%d}", v->col, v->end_col);
	}
	putc(']', fp);
}

void
draft_write_json(FILE *fp, const struct draft *d, const struct readout *ro)
{
	static const char letters[] = "SMART";
	char date[DATE_BUFSIZE];
	int k, first = 1;

	fputs("{\"id\":", fp);
	jsonw_cstring(fp, d->id);
	fputs(",\"broad\":", fp);
	jsonw_cstring(fp, d->broad);
	fputs(",\"goal\":", fp);
	jsonw_cstring(fp, d->goal);
	fputs(",\"area\":", fp);
	jsonw_cstring(fp, draft_area_name(d));
	fputs(",\"concern\":", fp);
	jsonw_cstring(fp, d->concern);
	fputs(",\"why\":", fp);
	jsonw_cstring(fp, d->why);
	fprintf(fp, ",\"measure\":{\"%s\":", d->metric ? "metric" : "tag");
	jsonw_cstring(fp, d->tag);
	fprintf(fp, ",\"%s\":", d->bound == TARGET_AT_MOST ? "at_most" : "at_least");
	if (d->bound != TARGET_NONE)
		jsonw_number(fp, d->amount);
	else
		fputs("null", fp);
	fputs(",\"per\":", fp);
	jsonw_cstring(fp, d->per != PERIOD_TOTAL ? date_period_name(d->per) : NULL);
	fputs("},\"second\":", fp);
	write_second_json(fp, d);
	fputs(",\"deadline\":", fp);
	jsonw_cstring(fp, d->has_deadline ? date_format(d->deadline, date) : NULL);
	fputs(",\"steps\":[", fp);
	for (size_t i = 0; i < d->nsteps; i++) {
		if (i > 0)
			putc(',', fp);
		jsonw_cstring(fp, d->steps[i]);
	}
	fputs("],\"missing\":[", fp);
	for (k = 0; k < 5; k++)
		if (d->missing & (1u << k)) {
			fprintf(fp, "%s\"%c\"", first ? "" : ",", letters[k]);
			first = 0;
		}
	fputs("],\"questions\":{", fp);
	first = 1;
	for (k = 0; k < 5; k++)
		if (d->missing & (1u << k)) {
			fprintf(fp, "%s\"%c\":", first ? "" : ",", letters[k]);
			jsonw_cstring(fp, draft_question(d, letters[k]));
			first = 0;
		}
	putc('}', fp);
	if (ro != NULL)
		write_readout(fp, ro);
	putc('}', fp);
}
