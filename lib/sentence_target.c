/* sentence_target.c: the target of a goal sentence: the spans that hold numbers but no
 * target, the quantities with their units and periods, a rating, the bare frequencies, the
 * choice among them; and the split of a sentence that sets two goals. */

#include <math.h>
#include <stdlib.h>

#include "alloc.h"
#include "sentence_int.h"

/* --- targets ------------------------------------------------------------------------- */

/* "like 4 nights a week" after the goal's own opening ("I wanna ... like 4 nights a week")
 * hedges the target; before it ("I drink like 6 coffees a day, want max 3") it tells how
 * things are, and is no target.  A hedged "like 30 times" is always the problem's. */
static int
hedged_target(struct ctx *c, size_t so, size_t eo)
{
	return WORD_AT(c, so, "like") && !CONTAINS(c->s + so, eo - so, "times") &&
	    run(c, RE_PREAMBLE, 0, so, 0, 1);
}

/* Whether the unit that ends s[so..eo) comes just after "the": "within the hour". */
static int
unit_after_the(const struct ctx *c, size_t so, size_t eo)
{
	size_t w = eo;

	while (w > so && c->s[w - 1] != ' ')
		w--;
	return w >= so + 4 && memcmp(c->s + w - 4, "the ", 4) == 0;
}

/* Spans that hold numbers but no target: clocks, percentages, response times, durations. */
void
find_exclusions(struct ctx *c)
{
	int ids[] = { RE_EXCL, RE_EXCL_WORDS, RE_EXCL_NEAR, RE_RESP, RE_DUR };

	if (!pattern_may(c, RE_EXCL))
		ids[0] = RE_EXCL_NY;	/* the year alternative cannot match */
	for (size_t k = 0; k < sizeof ids / sizeof ids[0]; k++) {
		size_t pos = 0, so, eo;
		int n = 0;

		if (!pattern_may(c, ids[k]))
			continue;
		while (pos <= c->len && n++ < MAXSCAN && pattern_scan(c, ids[k], pos)) {
			whole(c, 0, &so, &eo);
			pos = eo > so ? eo : next_char(c, so);
			if (ids[k] == RE_EXCL_WORDS && hedged_target(c, so, eo))
				continue;
			exclude(c, so, eo);
			if (ids[k] == RE_DUR)
				c->length = 1;
			/* A response time or a share of days below 100% is a measurable
			 * threshold; "100% of the time" is only an absolute, and "within the
			 * hour" counts no time. */
			if ((ids[k] == RE_RESP && !unit_after_the(c, so, eo)) ||
			    (ids[k] != RE_DUR && ids[k] != RE_RESP &&
			    (CONTAINS(c->s + so, eo - so, "%") ||
			    CONTAINS(c->s + so, eo - so, "cent")) &&
			    number_value(c->s + so, strspn(c->s + so, "0123456789.")) < 100))
				c->threshold = 1;
		}
	}
}

/* The period named after a quantity ending at end, within a few words; sets *per and
 * moves *end past it. */
static int
period_after(struct ctx *c, size_t *end, int *per)
{
	size_t so, eo;

	if (!run(c, RE_WIN, *end, c->len, 0, 1))
		return 0;
	/* "5 out of 7 days", "four weekdays out of five": so many a week */
	if (has(c, RE_WIN, 1, G_WK7) || has(c, RE_WIN, 1, G_WK5)) {
		*per = PERIOD_WEEK;
		whole(c, 1, &so, end);
		return 1;
	}
	if (!grp(c, RE_WIN, 1, G_PER, &so, &eo) && !grp(c, RE_WIN, 1, G_PADV, &so, &eo) &&
	    !grp(c, RE_WIN, 1, G_MOST, &so, &eo) && !grp(c, RE_WIN, 1, G_MOST2, &so, &eo))
		return 0;
	/* "7 hours on weeknights" is 7 on each of those days */
	if (grp(c, RE_WIN, 1, G_MOST2, &so, &eo)) {
		*per = PERIOD_DAY;
		whole(c, 1, &so, end);
		return 1;
	}
	if (excluded(c, so, eo))
		return 0;	/* "for the next 6 weeks" is a deadline, not a period */
	*per = period_of(c->s + so, eo - so);
	whole(c, 1, &so, end);
	return 1;
}

/* "one panic attack or fewer": a limit after the words a number counts, up to three
 * words of letters on; moves *end to where RE_POST matched (its match data 1). */
static int
post_after_noun(struct ctx *c, size_t *end)
{
	size_t p = *end;

	for (int words = 0; words < 3; words++) {
		size_t w;

		while (p < c->len && c->s[p] == ' ')
			p++;
		for (w = p; w < c->len && c->s[w] >= 'a' && c->s[w] <= 'z'; w++)
			;
		if (w == p || WORD_AT(c, p, "or") || WORD_AT(c, p, "and"))
			return 0;
		p = w;
		if (run(c, RE_POST, p, c->len, 0, 1) && (CONTAINS(c->s + p, 12, "or ") ||
		    has(c, RE_POST, 1, G_FEW))) {
			*end = p;
			return 1;
		}
	}
	return 0;
}

/* Reads what follows a quantity q matched by RE_QTY (in match data 0); returns 0 when the
 * quantity is no target at all (a dose, a clock time, "5-minute"). */
static int
classify_qty(struct ctx *c, struct qty *q)
{
	size_t so, eo, end = q->end;

	if (run(c, RE_UNIT, end, c->len, 0, 1)) {
		if (has(c, RE_UNIT, 1, G_ADJT))
			c->length = 1;	/* "a 10-minute walk" */
		if (has(c, RE_UNIT, 1, G_ADJ) || has(c, RE_UNIT, 1, G_ADJT) ||
		    has(c, RE_UNIT, 1, G_DOSE) || has(c, RE_UNIT, 1, G_OTHER))
			return 0;
		if (has(c, RE_UNIT, 1, G_CNT))
			q->kind = Q_COUNT;
		else if (has(c, RE_UNIT, 1, G_DUR))
			q->kind = Q_DUR;
		else if (has(c, RE_UNIT, 1, G_KILO))
			q->amount *= 1000;
		whole(c, 1, &so, &eo);
		end = eo;
	}
	q->has_per = period_after(c, &end, &q->per);
	q->end = end;
	if (q->kind == Q_DUR)
		c->length = 1;
	if (run(c, RE_POST, end, c->len, 0, 1) || (q->bound == TARGET_NONE &&
	    post_after_noun(c, &end))) {
		if (has(c, RE_POST, 1, G_FEW))
			q->bound = TARGET_AT_MOST;
		else if (q->bound == TARGET_NONE)
			q->bound = TARGET_AT_LEAST;
		whole(c, 1, &so, &q->end);
		/* "one panic attack or fewer a week": the period after the limit */
		if (!q->has_per) {
			end = q->end;
			if ((q->has_per = period_after(c, &end, &q->per)))
				q->end = end;
		}
	}
	return 1;
}

/* "the one who", "the one thing", "no one with me": a pronoun, not a count. */
static int
the_one(const struct ctx *c, size_t num)
{
	return WORD_AT(c, num, "one") && ((num >= 4 && strncmp(c->s + num - 4, "the ", 4) == 0) ||
	    (num >= 3 && (strncmp(c->s + num - 3, "no ", 3) == 0 ||
	    strncmp(c->s + num - 3, "no-", 3) == 0) && (num == 3 || c->s[num - 4] == ' ' ||
	    c->s[num - 4] == '(')));
}

/* A sign just before the number: "<=1", "\u2264 1" (at most), "<2" (fewer than), ">=", ">". */
static void
symbol_bound(const struct ctx *c, size_t num, struct qty *q, int *strict_lt)
{
	size_t i = num;

	while (i > 0 && c->s[i - 1] == ' ')
		i--;
	if (q->bound != TARGET_NONE || i == 0)
		return;
	if ((i >= 3 && memcmp(c->s + i - 3, "\xE2\x89\xA4", 3) == 0) ||
	    (i >= 2 && memcmp(c->s + i - 2, "<=", 2) == 0))
		q->bound = TARGET_AT_MOST;	/* "≤" or "<=" */
	else if ((i >= 3 && memcmp(c->s + i - 3, "\xE2\x89\xA5", 3) == 0) ||
	    (i >= 2 && memcmp(c->s + i - 2, ">=", 2) == 0))
		q->bound = TARGET_AT_LEAST;	/* "≥" or ">=" */
	else if (c->s[i - 1] == '<') {
		q->bound = TARGET_AT_MOST;
		*strict_lt = 1;
	}
}

/* Verbs of weight: "lose 12 pounds" weighs, "save 12 pounds" pays. */
static const char *const weight_verbs[] = {
	"lose", "losing", "lost", "gain", "gaining", "drop", "dropping", "shed", "weigh", "on",
};

/* Whether a verb of weight is one of the two words before the number at num. */
static int
weight_before(const struct ctx *c, size_t num)
{
	size_t b = num;

	for (int words = 0; words < 2 && b > 0; words++) {
		while (b > 0 && c->s[b - 1] == ' ')
			b--;
		while (b > 0 && c->s[b - 1] >= 'a' && c->s[b - 1] <= 'z')
			b--;
		for (size_t k = 0; k < sizeof weight_verbs / sizeof weight_verbs[0]; k++)
			if (word_at(c, b, weight_verbs[k], strlen(weight_verbs[k])))
				return 1;
	}
	return 0;
}

/* A currency sign just before the number: "\u00a3 50", "$60", "\u20ac 20". */
static int
money_before(const struct ctx *c, size_t num)
{
	size_t i = num;

	while (i > 0 && c->s[i - 1] == ' ')
		i--;
	static const char *const words[] = { "pounds", "pound", "dollars", "dollar", "euros",
	    "euro", "quid", "bucks", "grand" };
	size_t e = num;

	while (e < c->len && ((c->s[e] >= '0' && c->s[e] <= '9') || c->s[e] == ',' ||
	    c->s[e] == '.'))
		e++;
	while (e < c->len && c->s[e] == ' ')
		e++;
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
		if (word_at(c, e, words[k], strlen(words[k])))
			return !(k < 2 && weight_before(c, num));
	return (i >= 1 && c->s[i - 1] == '$') ||
	    (i >= 2 && memcmp(c->s + i - 2, "\xC2\xA3", 2) == 0) ||
	    (i >= 3 && memcmp(c->s + i - 3, "\xE2\x82\xAC", 3) == 0);
}

/* The amount of the quantity RE_QTY matched at so (in match data 0) into q, with whether it
 * counts times; returns where its number starts. */
static size_t
qty_amount(struct ctx *c, size_t so, struct qty *q)
{
	size_t s1 = 0, e1 = 0, num = so;
	double a, b;

	if (grp(c, RE_QTY, 0, G_XN, &s1, &e1)) {
		q->amount = number_value(c->s + s1, e1 - s1);
		q->kind = Q_COUNT;
		return num;
	}
	/* Without xn, the pattern's other branch matched, and n1 is not optional in it: grp
	 * sets s1 and e1, which neither gcc nor the analyzer can know.
	 * NOLINTBEGIN(clang-analyzer-core.uninitialized.Assign) */
	grp(c, RE_QTY, 0, G_N1, &s1, &e1);
	num = s1;
	/* NOLINTEND(clang-analyzer-core.uninitialized.Assign) */
	a = number_value(c->s + s1, e1 - s1);
	if (WORD_AT(c, s1, "once") || WORD_AT(c, s1, "twice") || WORD_AT(c, s1, "thrice"))
		q->kind = Q_COUNT;
	q->weak = WORD_AT(c, s1, "once");
	if (grp(c, RE_QTY, 0, G_N2, &s1, &e1) &&
	    (b = number_value(c->s + s1, e1 - s1)) >= 0 && b < a)
		a = b;	/* a range counts from its lower bound */
	q->amount = a;
	return num;
}

/* The bound of the quantity RE_QTY matched at so, its number at num: the words and signs
 * around it ("at least", "<= 2", "or fewer"); *strict_lt and *strict_gt say "fewer than",
 * "more than". */
static void
qty_bound(struct ctx *c, size_t so, size_t num, struct qty *q, int *strict_lt,
    int *strict_gt)
{
	size_t s1, e1;
	int rising;

	*strict_lt = has(c, RE_QTY, 0, G_PLT);
	*strict_gt = has(c, RE_QTY, 0, G_PGT);
	symbol_bound(c, num, q, strict_lt);
	/* "don't go to bed late more than twice a week" asks for at most two */
	if (*strict_gt && before(c, RE_NEGQ, so, 80)) {
		*strict_gt = 0;
		q->bound = TARGET_AT_MOST;
	}
	/* "get my steps up to 10,000": a floor to rise to, not a cap */
	rising = has(c, RE_QTY, 0, G_PM) && WORD_AT(c, so, "up") &&
	    before(c, RE_UPTO_RISE, so, 48);
	if ((has(c, RE_QTY, 0, G_PM) && !rising) || *strict_lt)
		q->bound = TARGET_AT_MOST;
	else if (rising || has(c, RE_QTY, 0, G_PL) || *strict_gt)
		q->bound = TARGET_AT_LEAST;
	if (grp(c, RE_QTY, 0, G_POST, &s1, &e1)) {
		const char *p = c->s + s1;

		q->bound = (CONTAINS(p, e1 - s1, "fewer") || CONTAINS(p, e1 - s1, "less") ||
		    CONTAINS(p, e1 - s1, "under") || CONTAINS(p, e1 - s1, "below") ||
		    CONTAINS(p, e1 - s1, "lower")) ? TARGET_AT_MOST : TARGET_AT_LEAST;
	}
}

void
find_quantities(struct ctx *c)
{
	size_t pos = 0, so, eo, num;
	int n = 0;

	if (!pattern_may(c, RE_QTY))
		return;
	while (c->nq < MAXQ && pos <= c->len && n++ < MAXSCAN &&
	    pattern_scan(c, RE_QTY, pos)) {
		struct qty q;
		int strict_lt, strict_gt;

		whole(c, 0, &so, &eo);
		pos = eo > so ? eo : next_char(c, so);
		if (excluded(c, so, eo))
			continue;
		memset(&q, 0, sizeof q);
		q.off = so;
		q.end = q.nend = eo;
		q.per = PERIOD_TOTAL;
		num = qty_amount(c, so, &q);
		if (q.amount < 0 || the_one(c, num))
			continue;
		qty_bound(c, so, num, &q, &strict_lt, &strict_gt);
		/* "call my dad once by Friday": a "once" that ends its clause counts */
		if (q.weak && run(c, RE_ONCE_CNT, eo, c->len, 0, 1))
			q.weak = 0;
		if (q.bound == TARGET_NONE && before(c, RE_LBMOST, so, 80))
			q.bound = TARGET_AT_MOST;	/* "limit social media to 30 minutes" */
		q.money = money_before(c, num);
		/* A bare small number after "by" or "at" is a clock time: "in bed by 11". */
		if (q.bound == TARGET_NONE && q.kind == Q_PLAIN && is_integral(q.amount) &&
		    q.amount <= 24 && before(c, RE_CLOCKPRE, num, 16) &&
		    run(c, RE_CLOCKNEXT, eo, c->len, 0, 1))
			continue;
		if (!classify_qty(c, &q))
			continue;
		/* "stop rehearsing every email ten times": the count of what is to end; one
		 * with a period ("without checking on 3 mornings a week") is a rate to keep */
		if (q.bound == TARGET_NONE && !q.has_per && before(c, RE_NEGCNT, so, 80))
			continue;
		/* "I'm not babysitting five days a week any more": the count of what is to end */
		if (q.bound == TARGET_NONE && before(c, RE_NEGCLAUSE, so, 64) &&
		    run(c, RE_ANYMORE, q.end, c->len, 0, 1))
			continue;
		/* "a \u00a31,800 overdraft", "save $50 a week": an amount of money with no limit is
		 * no target (a count of times is) */
		if (q.money && q.bound == TARGET_NONE && !before(c, RE_MONEYV, so, 40)) {
			c->threshold = 1;	/* measurable all the same: "save 5000 pounds" */
			continue;
		}
		/* Counts are whole: "fewer than 3" is at most 2 and "more than 3" at least 4. */
		if (strict_lt && is_integral(q.amount) && q.amount >= 1) {
			q.amount -= 1;
			q.strict = 1;
		}
		if (strict_gt && is_integral(q.amount))
			q.amount += 1;
		if (q.has_per)
			fix_fortnight(&q.amount, &q.per);
		c->q[c->nq++] = q;
	}
}

void
find_rating(struct ctx *c)
{
	size_t pos = 0, so, eo, s1 = 0, e1 = 0;
	int n = 0;

	if (!pattern_may(c, RE_RATING))
		return;
	while (!c->has_rating && pos <= c->len && n++ < MAXSCAN &&
	    pattern_scan(c, RE_RATING, pos)) {
		struct qty *q = &c->rating;
		double v, scale;

		whole(c, 0, &so, &eo);
		pos = eo > so ? eo : next_char(c, so);
		if (excluded(c, so, eo))
			continue;
		/* rn and rd are not optional in the pattern: grp sets s1 and e1, which the
		 * analyzer cannot know.
		 * NOLINTBEGIN(clang-analyzer-core.UndefinedBinaryOperatorResult) */
		grp(c, RE_RATING, 0, G_RN, &s1, &e1);
		v = number_value(c->s + s1, e1 - s1);
		grp(c, RE_RATING, 0, G_RD, &s1, &e1);
		scale = number_value(c->s + s1, e1 - s1);
		/* NOLINTEND(clang-analyzer-core.UndefinedBinaryOperatorResult) */
		if (v < 0 || v > scale)
			continue;
		memset(q, 0, sizeof *q);
		q->off = so;
		q->end = eo;
		q->amount = v;
		q->bound = TARGET_AT_LEAST;
		q->per = PERIOD_TOTAL;
		q->weak = !has(c, RE_RATING, 0, G_RPRE) && !has(c, RE_RATING, 0, G_RPOST);
		/* Ratings are not counts: "below 4/10" is written at most 4, not 3. */
		if (grp(c, RE_RATING, 0, G_RPRE, &s1, &e1) && (WORD_AT(c, s1, "below") ||
		    WORD_AT(c, s1, "under") || WORD_AT(c, s1, "less") || WORD_AT(c, s1, "lower") ||
		    CONTAINS(c->s + s1, e1 - s1, "most") || CONTAINS(c->s + s1, e1 - s1, "more") ||
		    CONTAINS(c->s + s1, e1 - s1, "higher") || WORD_AT(c, s1, "down")))
			q->bound = WORD_AT(c, s1, "more") || WORD_AT(c, s1, "higher") ?
			    TARGET_AT_LEAST : TARGET_AT_MOST;
		/* "no lower than 6/10", "not less than": a floor */
		if (grp(c, RE_RATING, 0, G_RPRE, &s1, &e1) && (WORD_AT(c, s1, "no") ||
		    WORD_AT(c, s1, "not")))
			q->bound = CONTAINS(c->s + s1, e1 - s1, "lower") ||
			    CONTAINS(c->s + s1, e1 - s1, "less") ? TARGET_AT_LEAST : TARGET_AT_MOST;
		if (grp(c, RE_RATING, 0, G_RPOST, &s1, &e1) && (WORD_AT(c, s1, "lower") ||
		    WORD_AT(c, s1, "less") || WORD_AT(c, s1, "below") || WORD_AT(c, s1, "under") ||
		    WORD_AT(c, s1, "fewer") || WORD_AT(c, s1, "worse")))
			q->bound = TARGET_AT_MOST;
		exclude(c, so, eo);
		q->has_per = period_after(c, &q->end, &q->per);
		if (!q->has_per && before(c, RE_RATEPER, so, 60) &&
		    grp(c, RE_RATEPER, 1, G_RADV, &s1, &e1)) {
			q->per = period_of(c->s + s1, e1 - s1);
			q->has_per = 1;
		}
		if (q->has_per)
			fix_fortnight(&q->amount, &q->per);
		c->has_rating = 1;
	}
}

/* "Every other day" is 3 or 4 days of any week: at least 3 per week; every other weekend or
 * Sunday is once a fortnight.  s[s1..e1) is the period's word. */
static void
every_other(struct ctx *c, size_t s1, size_t e1, struct freq *f)
{
	f->per = period_of(c->s + s1, e1 - s1);
	/* NOLINTNEXTLINE(bugprone-branch-clone): a case per kind of period */
	if (weekday_number(c->s + s1) >= 0 && CONTAINS(c->s + s1, e1 - s1, "day")) {
		f->per = PER_FORTNIGHT;
	} else if (f->per == PERIOD_DAY) {
		f->count = 3;
		f->per = PERIOD_WEEK;
	} else if (f->per == PERIOD_WEEK) {
		f->per = PER_FORTNIGHT;
	} else {
		f->count = 6;
		f->per = PERIOD_YEAR;
	}
}

/* "Every 3 days": the whole occasions in the next period up.  s[s1..e1) is the number.
 * Returns 0 when the match counts no occasion. */
static int
every_n(struct ctx *c, size_t s1, size_t e1, struct freq *f)
{
	double k = number_value(c->s + s1, e1 - s1);

	if (k < 1 || !grp(c, RE_FREQ, 0, G_EU, &s1, &e1))
		return 0;
	if (c->s[s1] == 'd') {
		f->count = k <= 7 ? floor(7 / k) : floor(30 / k);
		f->per = k <= 7 ? PERIOD_WEEK : PERIOD_MONTH;
		if (k == 1)
			f->per = PERIOD_DAY;
	} else if (c->s[s1] == 'w') {
		f->count = k == 1 ? 1 : k == 2 ? 1 : k <= 4 ? 1 : floor(52 / k);
		f->per = k == 1 ? PERIOD_WEEK : k == 2 ? PER_FORTNIGHT :
		    k <= 4 ? PERIOD_MONTH : PERIOD_YEAR;
	} else {
		f->count = k == 1 ? 1 : floor(12 / k);
		f->per = k == 1 ? PERIOD_MONTH : PERIOD_YEAR;
	}
	return f->count >= 1;
}

/* "Every Monday and Thursday", "every sat": one time per day named in s[s1..e1), per week,
 * by the lexicon's weekdays and their abbreviations. */
static int
weekdays_named(struct ctx *c, size_t s1, size_t e1)
{
	const struct tokens *t = &c->r->toks;
	unsigned seen = 0;
	int k = 0;

	for (int i = 0; i < t->n && t->t[i].off < e1; i++)
		if (t->t[i].off >= s1 && (t->t[i].cls & LX_WEEKDAY) &&
		    !(seen & (1u << t->t[i].val))) {
			seen |= 1u << t->t[i].val;
			k++;
		}
	return k > 0 ? k : 1;
}

void
find_frequencies(struct ctx *c)
{
	size_t pos = 0, so, eo, s1, e1;
	int n = 0;

	if (!pattern_may(c, RE_FREQ))
		return;
	while (c->nf < MAXF && pos <= c->len && n++ < MAXSCAN &&
	    pattern_scan(c, RE_FREQ, pos)) {
		struct freq f;

		whole(c, 0, &so, &eo);
		pos = eo > so ? eo : next_char(c, so);
		if (excluded(c, so, eo) || before(c, RE_FEWOCC, so, 80))
			continue;
		f.off = so;
		f.end = eo;
		f.count = 1;
		if (grp(c, RE_FREQ, 0, G_U, &s1, &e1) || grp(c, RE_FREQ, 0, G_ADV, &s1, &e1)) {
			if ((c->s[s1] == 'w' || c->s[s1] == 's') && !WORD_AT(c, s1, "weekend") &&
			    (CONTAINS(c->s + s1, e1 - s1, "day") ||
			    CONTAINS(c->s + s1, e1 - s1, "night"))) {
				/* every weekday, working day, weeknight, school night */
				f.count = 5;
				f.per = PERIOD_WEEK;
			} else {
				f.per = period_of(c->s + s1, e1 - s1);
			}
		} else if (grp(c, RE_FREQ, 0, G_AU, &s1, &e1)) {
			every_other(c, s1, e1, &f);
		} else if (grp(c, RE_FREQ, 0, G_EN, &s1, &e1)) {
			if (!every_n(c, s1, e1, &f))
				continue;
		} else if (grp(c, RE_FREQ, 0, G_WDL, &s1, &e1) ||
		    grp(c, RE_FREQ, 0, G_WDP, &s1, &e1) || grp(c, RE_FREQ, 0, G_WDL2, &s1, &e1) ||
		    grp(c, RE_FREQ, 0, G_WDP2, &s1, &e1)) {
			f.count = weekdays_named(c, s1, e1);
			f.per = PERIOD_WEEK;
		} else if (has(c, RE_FREQ, 0, G_WKDAYS)) {
			f.count = 5;
			f.per = PERIOD_WEEK;
		} else if (has(c, RE_FREQ, 0, G_WKENDS)) {
			f.per = PERIOD_WEEK;
		} else if (CONTAINS(c->s + so, eo - so, "alternate")) {
			f.count = 3;
			f.per = PERIOD_WEEK;
		} else {
			f.per = PERIOD_DAY;	/* "everyday" */
		}
		fix_fortnight(&f.count, &f.per);
		c->f[c->nf++] = f;
	}
}

static void
set_target(struct sentence *out, const struct qty *q)
{
	out->bound = q->bound == TARGET_NONE ? TARGET_AT_LEAST : q->bound;
	out->amount = q->amount;
	out->per = q->has_per ? (enum period)q->per : PERIOD_TOTAL;
	out->target_at.off = q->off;
	out->target_at.len = q->end - q->off;
}

/* Picks the target among the quantities, rating and frequencies found, most telling first:
 * a count per period ("three times a week" over the 30 minutes of each walk), an amount per
 * period, a rating, a bare frequency, a count, an amount. */
/* Whether "of" follows byte p: "30 hours of clinical observation". */
static int
of_after(const struct ctx *c, size_t p)
{
	while (p < c->len && c->s[p] == ' ')
		p++;
	return WORD_AT(c, p, "of");
}

void
choose_target(struct ctx *c, struct sentence *out)
{
	const struct qty *lone = NULL;

	/* "I check 30 times a day and want to get down to 5 a day": a limit set beats a count
	 * that describes the problem */
	for (size_t i = 0; i < c->nq; i++)
		if (c->q[i].has_per && c->q[i].bound != TARGET_NONE) {
			set_target(out, &c->q[i]);
			return;
		}
	for (size_t i = 0; i < c->nq; i++)
		if (c->q[i].kind == Q_COUNT && c->q[i].has_per) {
			set_target(out, &c->q[i]);
			return;
		}
	for (size_t i = 0; i < c->nq; i++)
		if (c->q[i].has_per) {
			set_target(out, &c->q[i]);
			return;
		}
	/* "anger 9/10 now, 5 or lower by March": a rating with no word of a limit is where
	 * things stand; a bounded number beside it is the target */
	for (size_t i = 0; c->has_rating && c->rating.weak && i < c->nq; i++)
		if (c->q[i].bound != TARGET_NONE && c->q[i].kind == Q_PLAIN) {
			set_target(out, &c->q[i]);
			/* on a rating scale "under 5" is at most 5, not a count's 4 */
			if (c->q[i].strict && c->q[i].bound == TARGET_AT_MOST)
				out->amount += 1;
			return;
		}
	if (c->has_rating) {
		set_target(out, &c->rating);
		return;
	}
	/* A lone count or amount; durations alone ("walk 30 minutes") are not targets, nor is
	 * a "once" with nothing to say it counts ("once I feel ready"). */
	/* "from about 5 down to 2 or fewer": a limit beats a count of how things are */
	for (size_t i = 0; i < c->nq && lone == NULL; i++)
		if (c->q[i].kind != Q_DUR && c->q[i].bound != TARGET_NONE)
			lone = &c->q[i];
	for (size_t i = 0; i < c->nq && lone == NULL; i++)
		if (c->q[i].kind == Q_COUNT && (!c->q[i].weak || c->q[i].bound != TARGET_NONE))
			lone = &c->q[i];
	for (size_t i = 0; i < c->nq && lone == NULL; i++)
		if (c->q[i].kind == Q_PLAIN)
			lone = &c->q[i];
	if (c->nf > 0) {
		const struct freq *f = &c->f[0];

		out->bound = TARGET_AT_LEAST;
		out->amount = f->count;
		out->per = (enum period)f->per;
		out->target_at.off = f->off;
		out->target_at.len = f->end - f->off;
		/* "Every Sunday, write down one thing": the count is per Sunday; and "eat 5
		 * portions of fruit and veg daily" is 5 a day. */
		if (lone != NULL && f->count == 1 && (f->off < lone->off ||
		    (lone->kind != Q_DUR && !memchr(c->s + lone->end, ',', f->off - lone->end)))) {
			out->bound = lone->bound == TARGET_NONE ? TARGET_AT_LEAST : lone->bound;
			out->amount = lone->amount;
			out->target_at.off = lone->off;
			out->target_at.len = lone->end - lone->off;
		}
		return;
	}
	/* "stay at least 45 minutes", "finish 30 hours of clinical observation", with no
	 * count and no period: a length with a limit, or an amount of a thing to do, is the
	 * whole target */
	for (size_t i = 0; i < c->nq && lone == NULL && c->nf == 0; i++)
		if (c->q[i].kind == Q_DUR && (c->q[i].bound != TARGET_NONE ||
		    of_after(c, c->q[i].end)))
			lone = &c->q[i];
	if (lone != NULL)
		set_target(out, lone);
}

/* --- two goals in one sentence -------------------------------------------------------- */

/* Words that may stand between "and" and the verb of a second goal: "and then call", "and
 * I'll ring", "and also". */
static const char *const and_fillers[] = { "then", "also", "i", "ill", "will", "to", "want" };

/* Whether the clause after the "and" at token k opens with a verb ("and call my sister") or
 * a time before one ("and on Saturdays hoover the flat"): a second goal, not a second
 * object ("my mum and dad"). */
static int
second_clause(struct ctx *c, int k)
{
	const struct tokens *t = &c->r->toks;

	for (k++; k < t->n; k++) {
		int filler = 0;

		for (size_t i = 0; i < sizeof and_fillers / sizeof and_fillers[0]; i++)
			filler |= strcmp(t->t[k].key, and_fillers[i]) == 0;
		if (!filler)
			break;
	}
	if (k >= t->n || t->t[k].kind != TK_WORD ||
	    (t->t[k].cls & (LX_NUMBER | LX_UNIT | LX_WEEKDAY | LX_MONTH)) ||
	    (measure_kind_of(&t->t[k]) & (LM_DET | LM_OCCASION | LM_NONAME)))
		return 0;
	/* "... and get it down to 2": a verb on what the first clause spoke of goes on with
	 * the same goal */
	if (k + 1 < t->n && (strcmp(t->t[k + 1].key, "it") == 0 ||
	    strcmp(t->t[k + 1].key, "them") == 0 || strcmp(t->t[k + 1].key, "that") == 0 ||
	    strcmp(t->t[k + 1].key, "this") == 0))
		return 0;
	/* a known verb, a time before one, or a word the reader does not know after a
	 * complete goal: "and change the bed every Sunday" */
	return 1;
}

/* Words that open a clause giving a reason: an "and" after one joins two reasons, not two
 * goals ("because I'm only 38 and I feel about 70"). */
static const char *const reason_words[] = { "because", "cos", "coz", "cuz", "cause" };

static int
in_reason(const struct tokens *t, int k)
{
	for (int i = 0; i < k; i++)
		for (size_t j = 0; j < sizeof reason_words / sizeof reason_words[0]; j++)
			if (strcmp(t->t[i].key, reason_words[j]) == 0)
				return 1;
	return 0;
}

/* Whether q is a length with no period: "wait 15 minutes", "run a 5K".  Beside a count per
 * period in another clause it is how long each time lasts, not a goal of its own. */
static int
bare_length(const struct ctx *c, const struct qty *q)
{
	static const char *const lengths[] = { "k", "km", "kms", "mile", "miles" };
	size_t e = q->nend;

	if (q->has_per)
		return 0;
	if (q->kind == Q_DUR)
		return 1;
	while (e < c->len && c->s[e] == ' ')
		e++;
	for (size_t k = 0; k < sizeof lengths / sizeof lengths[0]; k++)
		if (word_at(c, e, lengths[k], strlen(lengths[k])))
			return 1;
	return 0;
}

/* Whether a quantity, frequency or rating the targets are chosen from lies in [lo, hi). */
static int
any_target_in(const struct ctx *c, size_t lo, size_t hi)
{
	for (size_t i = 0; i < c->nq; i++)
		if (c->q[i].off >= lo && c->q[i].end <= hi && !bare_length(c, &c->q[i]))
			return 1;
	for (size_t i = 0; i < c->nf; i++)
		if (c->f[i].off >= lo && c->f[i].end <= hi)
			return 1;
	return c->has_rating && c->rating.off >= lo && c->rating.end <= hi;
}

/* Keeps the quantities, frequencies and rating of [lo, hi) in c, the others in *save. */
static void
keep_part(struct ctx *c, const struct ctx *all, size_t lo, size_t hi)
{
	c->nq = c->nf = 0;
	for (size_t i = 0; i < all->nq; i++)
		if (all->q[i].off >= lo && all->q[i].off < hi)
			c->q[c->nq++] = all->q[i];
	for (size_t i = 0; i < all->nf; i++)
		if (all->f[i].off >= lo && all->f[i].off < hi)
			c->f[c->nf++] = all->f[i];
	c->has_rating = all->has_rating && all->rating.off >= lo && all->rating.off < hi;
}

/* "Walk 3 times a week and call my sister every Sunday": when "and" (or ";") opens a clause
 * with its own target after one with a target, the first goal's target is read from the
 * first clause alone and the second's from the second. */
void
split_goals(struct ctx *c, struct sentence *out)
{
	const struct tokens *t = &c->r->toks;
	struct ctx *all;
	struct sentence second;

	for (int k = 1; k < t->n; k++) {
		size_t at = t->t[k].off;
		int inside = 0;

		if (strcmp(t->t[k].key, "and") != 0 && t->t[k].key[0] != ';')
			continue;
		for (size_t i = 0; i < c->nq; i++)
			inside |= c->q[i].off < at && at < c->q[i].end;
		for (size_t i = 0; i < c->nf; i++)
			inside |= c->f[i].off < at && at < c->f[i].end;
		if (inside || !any_target_in(c, 0, at) || !any_target_in(c, at, c->len) ||
		    !second_clause(c, k) || in_reason(t, k))
			continue;
		if ((all = malloc(sizeof *all)) == NULL) {
			c->r->oom = 1;
			return;
		}
		*all = *c;
		memset(&second, 0, sizeof second);
		second.per = PERIOD_TOTAL;
		keep_part(c, all, 0, at);
		memset(out, 0, offsetof(struct sentence, has_deadline));
		out->per = PERIOD_TOTAL;
		choose_target(c, out);
		keep_part(c, all, at, c->len);
		choose_target(c, &second);
		out->bound2 = second.bound;
		out->amount2 = second.amount;
		out->per2 = second.per;
		out->second_at.off = at;
		out->second_at.len = c->len - at;
		*c = *all;
		free(all);
		return;
	}
}

