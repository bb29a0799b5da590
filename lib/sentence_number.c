/* sentence_number.c: the values of numbers as the patterns match them ("10,000", "twenty-
 * five", "a couple"), the periods they are counted in, and the deadline, read with the date
 * grammar of datex.c.  Kept apart from the targets, which only ask what a number is worth. */

#include <math.h>
#include <stdlib.h>

#include "datex.h"
#include "sentence_int.h"

/* --- numbers ------------------------------------------------------------------------- */

static const char *const small_words[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen",
};

static const char *const tens_words[] = {
	"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
};

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
			char d[48];
			size_t k = 0;

			for (j = i; j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == ',' ||
			    s[j] == '.'); j++)
				if (s[j] != ',' && k < sizeof d - 1)
					d[k++] = s[j];
			d[k] = '\0';
			cur += strtod(d, NULL);
			i = j;
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
		if (strcmp(w, "a") == 0 || strcmp(w, "an") == 0) {
			if (cur == 0)
				cur = 1;	/* "a dozen", "an hour"; "half a dozen" keeps its half */
		} else if (strcmp(w, "of") == 0 || strcmp(w, "and") == 0) {
			continue;
		} else if (strcmp(w, "half") == 0) {
			cur = cur == 0 ? 0.5 : cur + 0.5;
		} else if (strcmp(w, "couple") == 0) {
			cur = 2;
		} else if (strcmp(w, "once") == 0) {
			cur += 1;
		} else if (strcmp(w, "twice") == 0) {
			cur += 2;
		} else if (strcmp(w, "thrice") == 0) {
			cur += 3;
		} else if (strcmp(w, "dozen") == 0) {
			cur = (cur == 0 ? 1 : cur) * 12;
		} else if (strcmp(w, "hundred") == 0) {
			cur = (cur == 0 ? 1 : cur) * 100;
		} else if (strcmp(w, "thousand") == 0) {
			total += (cur == 0 ? 1 : cur) * 1000;
			cur = 0;
		} else if (strcmp(w, "fourty") == 0) {
			cur += 40;
		} else {
			size_t k;

			for (k = 0; k < sizeof small_words / sizeof small_words[0]; k++)
				if (strcmp(w, small_words[k]) == 0)
					break;
			if (k < sizeof small_words / sizeof small_words[0]) {
				cur += (double)k;
				continue;
			}
			for (k = 0; k < sizeof tens_words / sizeof tens_words[0]; k++)
				if (strcmp(w, tens_words[k]) == 0)
					break;
			if (k == sizeof tens_words / sizeof tens_words[0])
				return -1;
			cur += 20.0 + 10.0 * (double)k;
		}
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
void
find_deadline(struct ctx *c, struct sentence *out)
{
	struct frame fr[MAXFRAMES];
	const struct tokens *t = &c->r->toks;
	int n = datex_find(t, c->today, fr, MAXFRAMES);

	for (int i = 0; i < n; i++) {
		size_t so = t->t[fr[i].from].off;
		size_t eo = t->t[fr[i].to - 1].off + t->t[fr[i].to - 1].len;
		struct span sp = { so, eo - so };

		exclude(c, so, eo);
		if (fr[i].start)
			continue;
		if (fr[i].invalid) {
			if (out->bad_date_at.len == 0)
				out->bad_date_at = sp;
		} else if (fr[i].dated && !out->has_deadline) {
			out->has_deadline = 1;
			out->deadline = fr[i].day;
			out->deadline_at = sp;
			out->deadline_relative = fr[i].relative;
		} else if (!fr[i].dated && out->frame_at.len == 0) {
			out->frame_at = sp;
		}
	}
}

