/* sentence_number.c: the values of numbers as the patterns match them ("10,000", "twenty-
 * five", "a couple"), the periods they are counted in, and the deadline, read with the date
 * grammar of datex.c.  Kept apart from the targets, which only ask what a number is worth. */

#include <math.h>
#include <stdlib.h>

#include "datex.h"
#include "sentence_int.h"

/* --- numbers ------------------------------------------------------------------------- */

/* What a word does to the number being read: "a" and "an" count one unless a number came
 * before ("half a dozen" keeps its half), "of" and "and" join, "half" adds a half, "couple"
 * is two, the others add or multiply by their value; "thousand" closes a group. */
enum numop { N_A, N_JOIN, N_HALF, N_SET, N_ADD, N_MUL, N_THOUSAND };

/* The words that do more to a number than add their value.  The cardinals ("seven",
 * "twenty", "fourty" as people write it) are the lexicon's number class, one table for
 * every grammar; a word here is looked up first, so "dozen" multiplies and "couple" sets. */
static const struct {
	const char *w;
	enum numop op;
	double v;
} number_words[] = {
	{ "a", N_A, 1 }, { "an", N_A, 1 }, { "of", N_JOIN, 0 }, { "and", N_JOIN, 0 },
	{ "half", N_HALF, 0.5 }, { "couple", N_SET, 2 },
	{ "once", N_ADD, 1 }, { "twice", N_ADD, 2 }, { "thrice", N_ADD, 3 },
	{ "dozen", N_MUL, 12 }, { "hundred", N_MUL, 100 }, { "thousand", N_THOUSAND, 1000 },
};

/* Applies the number word w to the group being read (*cur) and the total of closed groups.
 * Returns -1 for a word that is no number word. */
static int
number_word(const char *w, double *cur, double *total)
{
	size_t k;

	int val;

	for (k = 0; k < sizeof number_words / sizeof number_words[0]; k++)
		if (strcmp(w, number_words[k].w) == 0)
			break;
	if (k == sizeof number_words / sizeof number_words[0]) {
		if (!lex_number_word(w, &val))
			return -1;
		*cur += val;
		return 0;
	}
	switch (number_words[k].op) {
	case N_A:
		if (*cur == 0)
			*cur = 1;
		break;
	case N_JOIN:
		break;
	case N_HALF:
		*cur = *cur == 0 ? 0.5 : *cur + 0.5;
		break;
	case N_SET:
		*cur = number_words[k].v;
		break;
	case N_ADD:
		*cur += number_words[k].v;
		break;
	case N_MUL:
		*cur = (*cur == 0 ? 1 : *cur) * number_words[k].v;
		break;
	case N_THOUSAND:
		*total += (*cur == 0 ? 1 : *cur) * number_words[k].v;
		*cur = 0;
		break;
	}
	return 0;
}

/* The value of the digits at s[i..n) ("10,000", "7.5"); *end is set past them. */
static double
digits_value(const char *s, size_t i, size_t n, size_t *end)
{
	char d[48];
	size_t j, k = 0;

	for (j = i; j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == ',' || s[j] == '.'); j++)
		if (s[j] != ',' && k < sizeof d - 1)
			d[k++] = s[j];
	d[k] = '\0';
	*end = j;
	return strtod(d, NULL);
}

/* The value of a number as NUMBER matches it: "10,000", "7.5", "twenty-five", "a couple
 * of", "half a dozen", "one and a half", "twice".  Returns -1 for what it cannot read. */
double
number_value(const char *s, size_t n)
{
	double total = 0, cur = 0;
	size_t i = 0;

	if (n > 40)
		return -1;	/* no goal counts in numbers this long */
	while (i < n) {
		size_t j;
		char w[24];

		while (i < n && (s[i] == ' ' || s[i] == '-' || s[i] == '\t' || s[i] == '\n' ||
		    s[i] == '\r' || s[i] == '\f' || s[i] == '\v'))
			i++;
		if (i >= n)
			break;
		if (s[i] >= '0' && s[i] <= '9') {
			cur += digits_value(s, i, n, &i);
			continue;
		}
		for (j = i; j < n && s[j] >= 'a' && s[j] <= 'z'; j++)
			;
		if (j == i) {
			i++;
			continue;
		}
		if (j - i >= sizeof w)
			return -1;
		memcpy(w, s + i, j - i);
		w[j - i] = '\0';
		i = j;
		if (number_word(w, &cur, &total) == -1)
			return -1;
	}
	total += cur;
	return isfinite(total) ? total : -1;
}

int
is_integral(double v)
{
	return v == floor(v);
}

/* --- periods ------------------------------------------------------------------------- */

int
period_of(const char *w, size_t n)
{
	if (n >= 9 && (strncmp(w, "fortnight", 9) == 0 || strncmp(w, "biweekly", 8) == 0 ||
	    strncmp(w, "bi-weekly", 9) == 0))
		return PER_FORTNIGHT;
	if (n >= 8 && strncmp(w, "biweekly", 8) == 0)
		return PER_FORTNIGHT;
	if ((n >= 4 && (strncmp(w, "week", 4) == 0 && (n == 4 || w[4] != 'd'))) ||
	    (n == 2 && strncmp(w, "wk", 2) == 0))
		return PERIOD_WEEK;	/* week, wk, weekly, weekend; not weekday */
	if ((n >= 5 && strncmp(w, "month", 5) == 0) || (n == 3 && strncmp(w, "mth", 3) == 0) ||
	    (n == 2 && strncmp(w, "mo", 2) == 0))
		return PERIOD_MONTH;
	if ((n >= 4 && strncmp(w, "year", 4) == 0) || (n >= 8 && strncmp(w, "annually", 8) == 0) ||
	    (n == 2 && strncmp(w, "yr", 2) == 0))
		return PERIOD_YEAR;
	return PERIOD_DAY;	/* day, night, morning, evening, weekday, daily, nightly */
}

void
fix_fortnight(double *amount, int *per)
{
	if (*per == PER_FORTNIGHT) {
		*amount *= 2;
		*per = PERIOD_MONTH;
	}
}

/* --- dates --------------------------------------------------------------------------- */

int
weekday_number(const char *s)
{
	static const char *const names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

	for (int i = 0; i < 7; i++)
		if (strncmp(s, names[i], 3) == 0)
			return i;
	return -1;
}

#define MAXFRAMES	16

/* The time frames of the sentence, by the date grammar of datex.c: the leftmost that ends on
 * a date is the deadline; one with no date ("before my birthday") still bounds the goal.
 * No frame's words hold a target. */
/* Whether token i stands inside parentheses: an aside ("reply on Monday instead"). */
static int
in_aside(const struct tokens *t, int i)
{
	int depth = 0;

	for (int k = 0; k < i; k++)
		if (t->t[k].kind == TK_PUNCT)
			depth += t->t[k].key[0] == '(' ? 1 : t->t[k].key[0] == ')' && depth > 0 ? -1 : 0;
	return depth > 0;
}

/* Whether a dated frame other than fr[i] stands outside parentheses. */
static int
dated_outside(const struct tokens *t, const struct frame *fr, int n)
{
	for (int i = 0; i < n; i++)
		if (fr[i].dated && !fr[i].start && !in_aside(t, fr[i].from))
			return 1;
	return 0;
}

void
find_deadline(struct ctx *c, struct sentence *out)
{
	struct frame fr[MAXFRAMES];
	const struct tokens *t = &c->r->toks;
	int n = datex_find(t, c->today, fr, MAXFRAMES);
	int outside = n > 1 && dated_outside(t, fr, n);

	for (int i = 0; i < n; i++) {
		size_t so = t->t[fr[i].from].off;
		size_t eo = t->t[fr[i].to - 1].off + t->t[fr[i].to - 1].len;
		struct span sp = { so, eo - so };

		exclude(c, so, eo);
		/* "I've had 4 panic attacks this week; I want to ...": the first sentence tells
		 * how things are */
		if (fr[i].start || (n > 1 && before_goal(c, so)))
			continue;
		if (fr[i].invalid) {
			if (out->bad_date_at.len == 0)
				out->bad_date_at = sp;
		} else if (fr[i].dated && !out->has_deadline &&
		    !(outside && in_aside(t, fr[i].from))) {
			out->has_deadline = 1;
			out->deadline = fr[i].day;
			out->deadline_at = sp;
			out->deadline_relative = fr[i].relative;
		} else if (!fr[i].dated && out->frame_at.len == 0) {
			out->frame_at = sp;
		}
	}
}

