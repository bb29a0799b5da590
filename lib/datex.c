/* datex.c: reads the time frames of a goal sentence from its tokens, by a small grammar:
 *
 *   frame    = opener (day | span | duration) | day-alone
 *   opener   = "by" | "until" | "before" | "in" | "within" | "for" | "on" | "from" ... (openers[])
 *   day      = relative ("tomorrow") | numeric ("2026-03-31", "31/3") | weekday-date
 *              ("Wed, Feb 13") | ordinal-of-month ("the 3rd of March") | month-ordinal
 *              ("March 3rd, 2027") | nth-weekday ("the last Friday of October") | part-of
 *              span ("the end of Q1", "mid-April", "the last day of February") | count
 *              unit "from now" | count unit "after" day | holiday ("Easter Monday") | weekday
 *   span     = month [year] | year | this/next unit ("next week") | quarter | season | frame
 *              noun ("my birthday", "the end of term") | holiday
 *   duration = [the] [next] count unit ["time"]  ("the next six Saturdays", "a fortnight")
 *
 * A span given where a day is due means its last day ("by March" is 31 March), except
 * "before", which means the day before its first ("before March" is the last of February),
 * and "by the weekend", its Saturday.  Dates follow ../tests/devset/README.md.
 */
#include <string.h>

#include "datex.h"
#include "date.h"

/* What an opener asks for. */
/* O_WHILE: "while she's in hospital", only another's state, undated */
enum opener { O_BY, O_UNTIL, O_BEFORE, O_IN, O_FOR, O_ON, O_AT, O_START, O_WHILE };

static const struct {
	const char *words;
	enum opener kind;
} openers[] = {
	{ "no later than", O_BY }, { "not later than", O_BY }, { "on or before", O_BY },
	{ "up until", O_UNTIL }, { "up to", O_BY }, { "between now and", O_BY },
	{ "through to", O_BY }, { "by", O_BY },
	{ "until", O_UNTIL }, { "untill", O_UNTIL }, { "till", O_UNTIL }, { "til", O_UNTIL },
	{ "while", O_WHILE },
	{ "through", O_BY }, { "thru", O_BY }, { "ending", O_BY }, { "due", O_BY },
	{ "before", O_BEFORE }, { "prior to", O_BEFORE }, { "ahead of", O_BEFORE },
	{ "in", O_IN }, { "within", O_IN }, { "during", O_IN }, { "over", O_IN },
	{ "across", O_IN }, { "throughout", O_IN }, { "inside of", O_IN }, { "inside", O_IN },
	{ "for", O_FOR }, { "x", O_FOR }, { "on", O_ON }, { "at", O_AT }, { "once", O_AT },
	{ "by the time", O_AT },
	{ "from", O_START }, { "starting", O_START }, { "starting from", O_START },
	{ "since", O_START }, { "after", O_START }, { "as of", O_START },
	{ "beginning", O_START }, { "commencing", O_START }, { "effective", O_START },
};

/* Holidays, by their rule.  Sources: Christmas, New Year and the fixed days as calendars
 * print them; US federal holidays by 5 U.S.C. 6103 (Thanksgiving the fourth Thursday of
 * November, Labor Day the first Monday of September); UK bank holidays by the Banking and
 * Financial Dealings Act 1971 as now observed (the last Monday of May and of August), and
 * Remembrance Sunday the second Sunday of November; Easter by the Gregorian computus and
 * the feasts counted from it as the Western churches count them.  Mother's Day differs
 * between the UK and the US, and the lunar feasts need a lunar calendar: a frame, no date. */
enum hrule { H_FIXED, H_NTH, H_EASTER, H_NONE };

static const struct holiday {
	const char *words;
	enum hrule rule;
	int month, n, wd, off;	/* H_FIXED: n is the day; H_NTH: n-th (-1 last) weekday wd */
} holidays[] = {
	{ "christmas eve", H_FIXED, 12, 24, 0, 0 }, { "xmas eve", H_FIXED, 12, 24, 0, 0 },
	{ "christmas day", H_FIXED, 12, 25, 0, 0 }, { "christmas", H_FIXED, 12, 25, 0, 0 },
	{ "xmas day", H_FIXED, 12, 25, 0, 0 }, { "xmas", H_FIXED, 12, 25, 0, 0 },
	{ "chrimbo", H_FIXED, 12, 25, 0, 0 }, { "boxing day", H_FIXED, 12, 26, 0, 0 },
	{ "new years eve", H_FIXED, 12, 31, 0, 0 }, { "new year eve", H_FIXED, 12, 31, 0, 0 }, { "nye", H_FIXED, 12, 31, 0, 0 },
	{ "hogmanay", H_FIXED, 12, 31, 0, 0 }, { "new years day", H_FIXED, 1, 1, 0, 0 },
	{ "new years", H_FIXED, 1, 1, 0, 0 }, { "new year", H_FIXED, 1, 1, 0, 0 },
	{ "new yrs", H_FIXED, 1, 1, 0, 0 }, { "new yr", H_FIXED, 1, 1, 0, 0 },
	{ "valentines day", H_FIXED, 2, 14, 0, 0 }, { "valentine day", H_FIXED, 2, 14, 0, 0 },
	{ "valentines", H_FIXED, 2, 14, 0, 0 }, { "groundhog day", H_FIXED, 2, 2, 0, 0 },
	{ "groundhogs day", H_FIXED, 2, 2, 0, 0 }, { "ides of march", H_FIXED, 3, 15, 0, 0 },
	{ "st patricks day", H_FIXED, 3, 17, 0, 0 }, { "saint patricks day", H_FIXED, 3, 17, 0, 0 },
	{ "st paddys day", H_FIXED, 3, 17, 0, 0 }, { "st pattys day", H_FIXED, 3, 17, 0, 0 },
	{ "patricks day", H_FIXED, 3, 17, 0, 0 }, { "st davids day", H_FIXED, 3, 1, 0, 0 },
	{ "april fools day", H_FIXED, 4, 1, 0, 0 }, { "april fools", H_FIXED, 4, 1, 0, 0 },
	{ "siblings day", H_FIXED, 4, 10, 0, 0 }, { "national siblings day", H_FIXED, 4, 10, 0, 0 },
	{ "tax day", H_FIXED, 4, 15, 0, 0 }, { "earth day", H_FIXED, 4, 22, 0, 0 },
	{ "st georges day", H_FIXED, 4, 23, 0, 0 }, { "may day", H_FIXED, 5, 1, 0, 0 },
	{ "cinco de mayo", H_FIXED, 5, 5, 0, 0 }, { "juneteenth", H_FIXED, 6, 19, 0, 0 },
	{ "canada day", H_FIXED, 7, 1, 0, 0 }, { "independence day", H_FIXED, 7, 4, 0, 0 },
	{ "fourth of july", H_FIXED, 7, 4, 0, 0 }, { "bastille day", H_FIXED, 7, 14, 0, 0 },
	{ "halloween", H_FIXED, 10, 31, 0, 0 }, { "all saints day", H_FIXED, 11, 1, 0, 0 },
	{ "world vegan day", H_FIXED, 11, 1, 0, 0 }, { "guy fawkes day", H_FIXED, 11, 5, 0, 0 },
	{ "guy fawkes night", H_FIXED, 11, 5, 0, 0 }, { "guy fawkes", H_FIXED, 11, 5, 0, 0 },
	{ "bonfire night", H_FIXED, 11, 5, 0, 0 }, { "veterans day", H_FIXED, 11, 11, 0, 0 },
	{ "remembrance day", H_FIXED, 11, 11, 0, 0 }, { "anzac day", H_FIXED, 4, 25, 0, 0 },
	{ "waitangi day", H_FIXED, 2, 6, 0, 0 }, { "australia day", H_FIXED, 1, 26, 0, 0 }, { "armistice day", H_FIXED, 11, 11, 0, 0 },
	{ "remembrance sunday", H_NTH, 11, 2, 6, 0 },
	{ "early may bank holiday", H_NTH, 5, 1, 0, 0 }, { "may day bank holiday", H_NTH, 5, 1, 0, 0 },
	{ "spring bank holiday", H_NTH, 5, -1, 0, 0 }, { "whitsun bank holiday", H_NTH, 5, -1, 0, 0 },
	{ "summer bank holiday", H_NTH, 8, -1, 0, 0 }, { "august bank holiday", H_NTH, 8, -1, 0, 0 },
	{ "st andrews day", H_FIXED, 11, 30, 0, 0 }, { "burns night", H_FIXED, 1, 25, 0, 0 },
	{ "martin luther king jr day", H_NTH, 1, 3, 0, 0 },
	{ "martin luther king day", H_NTH, 1, 3, 0, 0 }, { "mlk day", H_NTH, 1, 3, 0, 0 },
	{ "mlk jr day", H_NTH, 1, 3, 0, 0 }, { "presidents day", H_NTH, 2, 3, 0, 0 },
	{ "washingtons birthday", H_NTH, 2, 3, 0, 0 }, { "memorial day", H_NTH, 5, -1, 0, 0 },
	{ "fathers day", H_NTH, 6, 3, 6, 0 }, { "labor day", H_NTH, 9, 1, 0, 0 },
	{ "labour day", H_NTH, 9, 1, 0, 0 }, { "columbus day", H_NTH, 10, 2, 0, 0 },
	{ "thanksgiving day", H_NTH, 11, 4, 3, 0 }, { "thanks giving", H_NTH, 11, 4, 3, 0 },
	{ "thanks giving day", H_NTH, 11, 4, 3, 0 }, { "thanksgiving", H_NTH, 11, 4, 3, 0 },
	{ "black friday", H_NTH, 11, 4, 3, 1 }, { "cyber monday", H_NTH, 11, 4, 3, 4 },
	{ "easter sunday", H_EASTER, 0, 0, 0, 0 }, { "easter day", H_EASTER, 0, 0, 0, 0 },
	{ "easter monday", H_EASTER, 0, 0, 0, 1 }, { "easter mon", H_EASTER, 0, 0, 0, 1 },
	{ "easter", H_EASTER, 0, 0, 0, 0 }, { "good friday", H_EASTER, 0, 0, 0, -2 },
	{ "holy saturday", H_EASTER, 0, 0, 0, -1 }, { "maundy thursday", H_EASTER, 0, 0, 0, -3 },
	{ "holy thursday", H_EASTER, 0, 0, 0, -3 }, { "palm sunday", H_EASTER, 0, 0, 0, -7 },
	{ "ash wednesday", H_EASTER, 0, 0, 0, -46 }, { "shrove tuesday", H_EASTER, 0, 0, 0, -47 },
	{ "pancake day", H_EASTER, 0, 0, 0, -47 }, { "mardi gras", H_EASTER, 0, 0, 0, -47 },
	{ "mothering sunday", H_EASTER, 0, 0, 0, -21 },
	{ "ascension day", H_EASTER, 0, 0, 0, 39 }, { "ascension", H_EASTER, 0, 0, 0, 39 },
	{ "pentecost", H_EASTER, 0, 0, 0, 49 }, { "whitsunday", H_EASTER, 0, 0, 0, 49 },
	{ "whit sunday", H_EASTER, 0, 0, 0, 49 }, { "whitsun", H_EASTER, 0, 0, 0, 49 },
	{ "whit monday", H_EASTER, 0, 0, 0, 50 }, { "pentecost monday", H_EASTER, 0, 0, 0, 50 },
	{ "trinity sunday", H_EASTER, 0, 0, 0, 56 }, { "corpus christi", H_EASTER, 0, 0, 0, 60 },
	{ "mothers day", H_NONE, 0, 0, 0, 0 }, { "chinese new year", H_NONE, 0, 0, 0, 0 },
	{ "lunar new year", H_NONE, 0, 0, 0, 0 },
};

/* Events of the person's life that end with a verb: "before my Erasmus starts", "before I
 * turn 35".  They bound a goal, at no date the reader can know. */
static const char *const frame_verbs[] = {
	"turn", "turns", "start", "starts", "begin", "begins", "end", "ends", "finish",
	"finishes", "arrive", "arrives", "graduate", "retire", "move", "change", "changes",
	"go back to",
	"goes back to", "come back", "comes back", "is born", "is over", "are over", "old", "come", "comes",
	"runs out", "run out", "expires", "expire", "closes", "fly", "flies",
	"travel", "get married", "gets married", "emigrate", "go on holiday", "go away",
	"go abroad",
};

/* Words after a count that make it a frequency, not a span: "for 2 days a week". */
static const char *const per_words[] = { "a", "an", "per", "each", "every", "/" };

struct g {
	const struct tokens *t;
	long today;
	int ty, tm, td;
};

/* What a day or span expression came to. */
struct when {
	long first, last;	/* the day, or the span's first and last days */
	int dated, invalid;
	int weekend;		/* a weekend: "by" it means its Saturday */
	int end_of;		/* "the end of ...": "before" it means the end itself */
	int ambiguous;		/* a numeric date read two ways ("03/04"): no date */
	int relative;		/* a span counted from the reading day ("within 2 months") */
};

static int
is(const struct g *g, int i, const char *w)
{
	return lex_is(g->t, i, w);
}

static int
cls(const struct g *g, int i, unsigned c)
{
	return i >= 0 && i < g->t->n && (g->t->t[i].cls & c);
}

static int
val(const struct g *g, int i)
{
	return g->t->t[i].val;
}

static int
punct(const struct g *g, int i, const char *p)
{
	return i >= 0 && i < g->t->n && g->t->t[i].kind == TK_PUNCT &&
	    strcmp(g->t->t[i].key, p) == 0;
}

static int
num(const struct g *g, int i, int maxdigits)
{
	return i >= 0 && i < g->t->n && g->t->t[i].kind == TK_NUM &&
	    !(g->t->t[i].cls & LX_ORDINAL) && g->t->t[i].digits <= maxdigits &&
	    g->t->t[i].num == (double)(long)g->t->t[i].num;
}

static int
year_at(const struct g *g, int i, int *y)
{
	if (!num(g, i, 4) || g->t->t[i].digits != 4 || g->t->t[i].num < 1900 ||
	    g->t->t[i].num > 2199)
		return 0;
	*y = (int)g->t->t[i].num;
	return 1;
}

/* A clock time at i ("8:25", "11:02:21 pm", "10:06am", "8:25 a.m."), with a comma after it;
 * returns its tokens, or 0.  It says when in a day, never which day, so a date may stand on
 * either side of it ("by 8:25 a.m. Dec. 12, 2014", "Wed Aug 05 12:00:00 2015"). */
static int
clock_at(const struct g *g, int i)
{
	int j = i;

	if (!num(g, j, 2) || g->t->t[j].num > 24 || !punct(g, j + 1, ":") || !num(g, j + 2, 2) ||
	    g->t->t[j + 2].digits != 2)
		return 0;
	j += 3;
	if (punct(g, j, ":") && num(g, j + 1, 2) && g->t->t[j + 1].digits == 2)
		j += 2;
	if (is(g, j, "am") || is(g, j, "pm"))
		j++;
	else if ((is(g, j, "a") || is(g, j, "p")) && punct(g, j + 1, ".") && is(g, j + 2, "m"))
		j += 3 + (punct(g, j + 3, ".") ? 1 : 0);
	if (punct(g, j, ","))
		j++;
	return j - i;
}

static void
set_day(struct when *w, long d)
{
	w->first = w->last = d;
	w->dated = 1;
}

static void
set_span(struct when *w, long first, long last)
{
	w->first = first;
	w->last = last;
	w->dated = 1;
}

/* The next day on or after today that is month m, day d (in year y when y != 0). */
static int
month_day(const struct g *g, int y, int m, int d, struct when *w)
{
	if (y != 0) {
		if (!date_valid(y, m, d)) {
			w->invalid = 1;
			return 0;
		}
		set_day(w, date_from_ymd(y, m, d));
		return 1;
	}
	if (d < 1 || d > 31 || (m == 2 && d > 29) || d > date_days_in_month(2000, m)) {
		w->invalid = 1;
		return 0;
	}
	for (y = g->ty; y < g->ty + 8; y++)
		if (date_valid(y, m, d) && date_from_ymd(y, m, d) >= g->today) {
			set_day(w, date_from_ymd(y, m, d));
			return 1;
		}
	return 0;
}

/* Month m of year y, or its next occurrence that has not ended. */
static void
month_span(const struct g *g, int y, int m, struct when *w)
{
	if (y == 0)
		y = (g->ty * 12 + g->tm - 1 > g->ty * 12 + m - 1) ? g->ty + 1 : g->ty;
	set_span(w, date_from_ymd(y, m, 1), date_from_ymd(y, m, date_days_in_month(y, m)));
}

static long
nth_weekday(int y, int m, int n, int wd)
{
	long first = date_from_ymd(y, m, 1), last;

	if (n > 0)
		return first + (wd - date_weekday(first) + 7) % 7 + 7 * (n - 1);
	last = date_from_ymd(y, m, date_days_in_month(y, m));
	return last - (date_weekday(last) - wd + 7) % 7;
}

long
datex_easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
	int gg = (b - f + 1) / 3, h = (19 * a + b - d - gg + 15) % 30, i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;

	return date_from_ymd(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
}

static long
holiday_in(const struct holiday *h, int y)
{
	switch (h->rule) {
	case H_FIXED:
		return date_from_ymd(y, h->month, h->n);
	case H_NTH:
		return nth_weekday(y, h->month, h->n, h->wd) + h->off;
	default:
		return datex_easter(y) + h->off;
	}
}

/* Words after a feast's name that make it the time around it. */
static const char *const season_words[] = {
	"holidays", "hols", "holiday", "break", "period", "season", "vacation", "hol",
};

/* A holiday at i, with its year ("thanksgiving 2014", "thanksgiving of next year"). */
static int
holiday(const struct g *g, int i, struct when *w)
{
	const struct holiday *best = NULL;
	int n = 0, y = 0, j, lead = 0;

	/* "the ides of March", "next Thanksgiving", "this coming Easter": the next one */
	if ((is(g, i, "this") && is(g, i + 1, "coming")) ||
	    (is(g, i, "the") && cls(g, i + 1, LX_NEXT)))
		lead = 2;
	else if (is(g, i, "the") || cls(g, i, LX_NEXT | LX_THIS))
		lead = 1;
	if (i + lead >= g->t->n || g->t->t[i + lead].kind != TK_WORD)
		return 0;
	for (size_t k = 0; k < sizeof holidays / sizeof holidays[0]; k++) {
		int m = holidays[k].words[0] != g->t->t[i + lead].key[0] ? 0 :
		    lex_phrase(g->t, i + lead, holidays[k].words);

		if (m > n) {
			n = m;
			best = &holidays[k];
		}
	}
	if (best == NULL)
		return 0;
	n += lead;
	j = i + n;
	/* "the Christmas holidays", "over the Easter break": the days around the feast, as a
	 * school or a workplace has them, bound the goal at no date the reader can know */
	if (best->rule == H_NONE || LEX_IN(g->t, j, season_words)) {
		w->dated = 0;
		return n + LEX_IN(g->t, j, season_words);
	}
	if (year_at(g, j, &y) || (is(g, j, "of") && year_at(g, j + 1, &y) && j++ >= 0)) {
		j++;
	} else if ((n = lex_phrase(g->t, j, "of next year")) > 0 ||
	    (n = lex_phrase(g->t, j, "next year")) > 0) {
		y = g->ty + 1;
		j += n;
	}
	if (y != 0) {
		set_day(w, holiday_in(best, y));
		return j - i;
	}
	y = g->ty;
	while (holiday_in(best, y) < g->today)
		y++;
	set_day(w, holiday_in(best, y));
	return j - i;
}

/* "this", "next", "the next", "the following", "the current": returns tokens used and sets
 * *ahead to how many units ahead (0 this, 1 next). */
static int
which(const struct g *g, int i, int *ahead)
{
	int j = i;

	*ahead = 0;
	if (is(g, j, "the"))
		j++;
	if (cls(g, j, LX_NEXT)) {
		*ahead = 1;
		return j + 1 - i;
	}
	if (cls(g, j, LX_THIS))
		return j + 1 - i;
	if (is(g, i, "this") && is(g, i + 1, "coming"))
		return 2;
	return j - i;	/* "the" alone, or nothing */
}

static void
unit_span(const struct g *g, int unit, int ahead, struct when *w)
{
	long t = g->today, first;

	switch (unit) {
	case U_DAY:
		set_day(w, t + ahead);
		break;
	case U_WEEK:
		first = t - date_weekday(t) + 7 * ahead;
		set_span(w, first, first + 6);
		break;
	case U_WEEKEND:
		first = t - date_weekday(t) + 5 + 7 * ahead;
		set_span(w, first, first + 1);
		w->weekend = 1;
		break;
	case U_MONTH:
		first = date_add_months(date_from_ymd(g->ty, g->tm, 1), ahead);
		set_span(w, first, date_month_end(first));
		break;
	case U_QUARTER:
		first = date_add_months(date_from_ymd(g->ty, (g->tm - 1) / 3 * 3 + 1, 1),
		    3 * ahead);
		set_span(w, first, date_month_end(date_add_months(first, 2)));
		break;
	case U_YEAR:
		set_span(w, date_from_ymd(g->ty + ahead, 1, 1),
		    date_from_ymd(g->ty + ahead, 12, 31));
		break;
	default:
		w->dated = 0;
		break;
	}
}

static void
quarter_span(const struct g *g, int y, int q, struct when *w)
{
	long first;

	if (y == 0) {
		y = g->ty;
		if (date_from_ymd(y, q * 3, date_days_in_month(y, q * 3)) < g->today)
			y++;
	}
	first = date_from_ymd(y, q * 3 - 2, 1);
	set_span(w, first, date_month_end(date_add_months(first, 2)));
}

/* Whose event: a subject ("I", "she's") or a possessive ("my", "the"). */
static int
is_owner(const struct g *g, int i)
{
	static const char *const owners[] = {
		"i", "we", "she", "he", "shes", "hes", "they", "theyre",
		"my", "our", "the", "his", "her", "their",
	};

	return LEX_IN(g->t, i, owners);
}

/* After an event's verb at i: "starts in September", "starts nursery in September".  The
 * month is when the event happens, with no day, so no deadline.  Returns where the event's
 * words end. */
static int
month_of_event(const struct g *g, int i)
{
	int y;

	for (int k = 0; k < 3 && i + k < g->t->n; k++) {
		if ((is(g, i + k, "in") || is(g, i + k, "on")) &&
		    cls(g, i + k + 1, LX_MONTH | LX_SEASON))
			return i + k + 2 + year_at(g, i + k + 2, &y);
		if (g->t->t[i + k].kind != TK_WORD || cls(g, i + k, LX_PREP))
			break;
	}
	return i;
}

static int opener_at(const struct g *g, int i, enum opener *kind);

/* Where an event named from i ends, at k or past a month that dates it: "before my exams in
 * May" ends some day of May the reader cannot know, so the month is the event's and the goal
 * stays undated.  After "until" the month is kept as the goal's end ("until group ends in
 * March" is the end of March, as set H labels it). */
static int
dated_by_month(const struct g *g, int i, int k)
{
	/* texting's "b4" is two tokens, "b" and 4 */
	int m;

	if (i > 0 && (is(g, i - 1, "before") || is(g, i - 1, "ahead") || (i > 1 &&
	    is(g, i - 2, "b") && num(g, i - 1, 1) && g->t->t[i - 1].num == 4))) {
		/* "before my flight on June 3rd" is dated: the day is read on its own */
		m = month_of_event(g, k);
		m += m > k && punct(g, m, ".");
		return m > k && (num(g, m, 2) || cls(g, m, LX_ORDINAL)) ? k : month_of_event(g, k);
	}
	return k;
}

/* The tokens of one of frame_verbs at token i ("turns", "starts", "is born"), or 0. */
static int
frame_verb_at(const struct g *g, int i)
{
	int n;

	for (size_t v = 0; v < sizeof frame_verbs / sizeof frame_verbs[0]; v++)
		if ((n = lex_phrase(g->t, i, frame_verbs[v])) > 0)
			return n;
	return 0;
}

/* An event of the person's ("my birthday", "the end of term", "my Erasmus starts"): up to
 * three words after a possessive, then a frame noun or a frame verb. */
static int
life_event(const struct g *g, int i)
{
	int j = i, bare = 0, n;

	if (cls(g, j, LX_FRAME))
		bare = 1;	/* "until exams are over": a frame noun with its verb */
	else if (is_owner(g, j))
		j++;
	else
		return 0;
	for (int k = 0; k < 4 && j + k < g->t->n; k++) {
		int at = j + k;
		enum opener ok;

		/* "hand in the form by the end of June": another deadline's opener is no part
		 * of an event's name */
		if (k > 0 && opener_at(g, at, &ok) > 0 &&
		    (ok == O_BY || ok == O_UNTIL || ok == O_BEFORE))
			return 0;
		/* "by my 50th": a birthday */
		if (k == 0 && !bare && (g->t->t[at].cls & LX_ORDINAL) && g->t->t[at].kind == TK_NUM)
			return at + 1 - i;
		/* "my B1 exam": a level's number is part of the name */
		if (k > 0 && g->t->t[at].kind == TK_NUM && at > 0 &&
		    g->t->t[at - 1].off + g->t->t[at - 1].len == g->t->t[at].off)
			continue;
		if (g->t->t[at].kind != TK_WORD)
			return 0;
		if (cls(g, at, LX_FRAME) && !is(g, i, "i") && !is(g, i, "we") && !bare)
			return dated_by_month(g, i, at + 1) - i;
		if ((n = frame_verb_at(g, at)) > 0) {
			at += n;
			if (num(g, at, 3))
				at++;
			return month_of_event(g, at) - i;
		}
	}
	return 0;
}

/* What recurs every day or week: "before my shift", "until bedtime", "before the school
 * run" name a time of each day, not an event that ends the goal. */
static const char *const routine_words[] = {
	"shift", "shifts", "bed", "bedtime", "work", "lunch", "breakfast", "dinner", "tea",
	"supper", "meal", "meals", "school", "class", "classes", "lesson", "lessons", "run",
	"commute", "sleep", "nap", "practice", "training", "morning", "evening", "night",
};

/* Words that end an event's name: what follows them is the goal again. */
static const char *const event_stops[] = {
	"so", "and", "but", "or", "then", "instead", "because", "every", "each", "at", "on",
	"in", "for", "with", "to", "when", "while", "if", "as",
};

/* The tokens of a clause from i to its end (a full stop, a comma, a word of event_stops
 * outside a hyphened compound: "the in-laws come"), at most max words; 0 when it has none. */
static int
clause_words(const struct g *g, int i, int max)
{
	int j = i, words = 0;

	for (; j < g->t->n && words < max; j++) {
		if (g->t->t[j].kind == TK_PUNCT && !punct(g, j, "-") && !punct(g, j, "'"))
			break;
		if (!punct(g, j + 1, "-") && !punct(g, j - 1, "-") &&
		    LEX_IN(g->t, j, event_stops))
			break;
		words += g->t->t[j].kind == TK_WORD;
	}
	return words > 0 ? j - i : 0;
}
/* Whether word j says a time rather than names an event: "the end of the week", "next
 * Monday", or a routine of each day as the event's subject ("before my shift", "before
 * school starts"; after the event's verb it is its object: "until Leo starts school").
 * "The HR meeting" is no hour, "my 6-week review" and "the next transfer" name events. */
static int
no_event_word(const struct g *g, int j, int after_verb)
{
	if (cls(g, j, LX_UNIT) && val(g, j) != U_HOUR && !num(g, j - 1, 3) &&
	    !(punct(g, j - 1, "-") && num(g, j - 2, 3)))
		return 1;
	if (cls(g, j, LX_NEXT) && (j + 1 >= g->t->n ||
	    cls(g, j + 1, LX_UNIT | LX_WEEKDAY | LX_MONTH | LX_SEASON)))
		return 1;
	if (cls(g, j, LX_MONTH | LX_WEEKDAY | LX_PART | LX_THIS))
		return 1;
	return !after_verb && LEX_IN(g->t, j, routine_words);
}

/* An event named after "until" or "before" with no date: "until the physio clears me",
 * "before he goes into the care home", "until my audiology follow-up", "before the clocks
 * go back".  The event bounds the goal (T) at no date the reader can know (the devset's
 * undated time frames).  Its name opens with a determiner or a subject other than the
 * person ("until I feel better" is a condition, "until it feels right" a ritual), runs to
 * the end of its clause, and is no routine of each day ("before my shift").  Returns its
 * tokens, or 0. */
/* What is done when the work is: "until it is cleared", "until they're paid off". */
static const char *const done_words[] = {
	"done", "paid", "over", "finished", "gone", "sold", "cleared", "fixed", "sorted",
	"complete", "completed", "repaid", "settled", "empty", "clear",
};
static const char *const done_subjects[] = {
	"it", "its", "they", "theyre", "this", "thats", "that", "everything", "all",
};
static const char *const done_links[] = { "is", "s", "are", "has", "have", "been", "all" };

/* Where another person is for a while: "while she's in hospital", "while he is abroad";
 * "while the kids are at school" is a time of each day. */
static const char *const away_places[] = {
	"hospital", "abroad", "away", "prison", "rehab", "treatment", "overseas", "deployed",
};
static const char *const away_people[] = {
	"he", "she", "they", "hes", "shes", "theyre", "mum", "dad", "my", "his", "her", "our",
};

/* Another person's stay away, after "while": its tokens, or 0. */
static int
away_state(const struct g *g, int i)
{
	int j = i;

	if (!LEX_IN(g->t, j, away_people))
		return 0;
	if (is(g, j, "my") || is(g, j, "his") || is(g, j, "her") || is(g, j, "our"))
		j++;
	if (!(is(g, j, "hes") || is(g, j, "shes") || is(g, j, "theyre")))
		j += 1 + (is(g, j + 1, "is") || is(g, j + 1, "are") || is(g, j + 1, "s"));
	else
		j++;
	j += is(g, j, "in") || is(g, j, "at");
	return LEX_IN(g->t, j, away_places) ? j + 1 - i : 0;
}

/* Where the person is when an event of theirs has happened: "until I'm back full-time". */
static const char *const own_states[] = {
	"back", "home", "discharged", "qualified", "retired", "settled", "married",
};

/* An event of the person's own after "until" or "before": a verb of one ("before I fly to
 * Denver", "before we go on holiday") or a place reached ("until I'm back full-time").  A
 * condition ("until I feel better") is none, nor a routine ("before I leave for work"),
 * which named_event's caller sees in the words after.  Returns its tokens, or 0. */
static int participle_at(const struct g *g, int i);

static int
own_event(const struct g *g, int i)
{
	int j = i + 1, n;

	/* "until we've paid off the car", "until I've saved 500" */
	if ((is(g, i, "weve") || is(g, i, "ive")) && participle_at(g, i + 1))
		return 2 + (is(g, i + 2, "off") || is(g, i + 2, "back"));
	if ((is(g, i, "we") || is(g, i, "i")) && is(g, i + 1, "have") && participle_at(g, i + 2))
		return 3 + (is(g, i + 3, "off") || is(g, i + 3, "back"));
	if (is(g, i, "im") || is(g, i, "were"))
		j = i + 1;
	else if ((is(g, i, "i") && is(g, i + 1, "am")) || (is(g, i, "we") && is(g, i + 1, "are")))
		j = i + 2;
	else if (!(is(g, i, "i") || is(g, i, "we")))
		return 0;
	/* "until I'm 40": an age, undated */
	if ((j > i + 1 || is(g, i, "im")) && num(g, j, 3) && g->t->t[j].num >= 13 &&
	    g->t->t[j].num <= 120)
		return j - i + 1;
	if (j > i + 1 || is(g, i, "im") || is(g, i, "were"))
		return LEX_IN(g->t, j, own_states) ? j - i + 1 : 0;
	if ((n = frame_verb_at(g, j)) == 0 || is(g, j, "old"))
		return 0;
	/* "before I leave for work" is a time of each day */
	if ((is(g, j + n, "for") || is(g, j + n, "to")) && LEX_IN(g->t, j + n + 1 +
	    (is_owner(g, j + n + 1) || is(g, j + n + 1, "the")), routine_words))
		return 0;
	return j + n - i;
}

/* The end of what the goal works on after "until": a thing done, paid or cleared.  Returns
 * its tokens, or 0. */
static int
work_done(const struct g *g, int i)
{
	int j = i + 1;

	if (!LEX_IN(g->t, i, done_subjects))
		return 0;
	while (j < i + 4 && LEX_IN(g->t, j, done_links))
		j++;
	if (!LEX_IN(g->t, j, done_words))
		return 0;
	return j - i + 1 + (is(g, j + 1, "off") || is(g, j + 1, "back"));
}

static int
named_event(const struct g *g, int i)
{
	int j = i, n, verb = 0;

	if ((n = work_done(g, j)) > 0)
		return n;
	if ((n = own_event(g, j)) > 0)
		return n;
	if (is(g, j, "i") || is(g, j, "we") || is(g, j, "you") || is(g, j, "it"))
		return 0;
	/* "until race day", "before results day": a day named after what happens on it */
	if (!is_owner(g, j) && g->t->t[j].kind == TK_WORD && g->t->t[j].cls == 0 &&
	    !no_event_word(g, j, 0) && is(g, j + 1, "day"))
		return 2;
	/* "until Zara turns 18", "before Leo starts school": a name, then an event's verb */
	if (!is_owner(g, j) && !(g->t->t[j].kind == TK_WORD && g->t->t[j].cls == 0 &&
	    !no_event_word(g, j, 0) && frame_verb_at(g, j + 1)))
		return 0;
	if ((n = clause_words(g, j + 1, 6)) == 0)
		return 0;
	/* "her return-to-work date": a word in a hyphened compound makes no routine */
	for (int k = j + 1; k <= j + n; k++) {
		verb = verb || frame_verb_at(g, k);
		if (g->t->t[k].kind == TK_WORD && no_event_word(g, k, verb ||
		    punct(g, k + 1, "-") || punct(g, k - 1, "-")))
			return 0;
	}
	/* "before my partner leaves for work": where the clause goes on to is a routine */
	if ((is(g, j + n + 1, "for") || is(g, j + n + 1, "to") ||
	    is(g, j + n + 1, "from")) && LEX_IN(g->t, j + n + 2 + (is_owner(g, j + n + 2) ||
	    is(g, j + n + 2, "the")), routine_words))
		return 0;
	return dated_by_month(g, i, j + n + 1) - i;
}

/* Words before "week" that say which week rather than name one. */
static const char *const not_week_names[] = {
	"the", "a", "an", "one", "each", "every", "per", "that", "my", "our", "your", "his",
	"her", "their", "its", "same", "whole", "entire", "full", "working", "school", "work",
};

/* A week the calendar of a school or workplace names ("by reading week", "before freshers
 * week"): it bounds the goal at no date the reader can know. */
static int
named_week(const struct g *g, int i)
{
	if (i + 1 >= g->t->n || g->t->t[i].kind != TK_WORD || g->t->t[i].cls != 0 ||
	    strlen(g->t->t[i].key) < 4 || !is(g, i + 1, "week"))
		return 0;
	return LEX_IN(g->t, i, not_week_names) ? 0 : 2;
}

/* A span: month [year], year, quarter, this/next unit, season, holiday, life event. */
static int
span(const struct g *g, int i, struct when *w)
{
	int j = i, ahead, n, y = 0, q;

	if ((n = holiday(g, i, w)) > 0)
		return n;
	if (is(g, j, "the") && year_at(g, j + 1, &y))
		j++;
	if (is(g, j, "the") && is(g, j + 1, "year") && year_at(g, j + 2, &y))
		j += 2;
	if (year_at(g, j, &y)) {
		set_span(w, date_from_ymd(y, 1, 1), date_from_ymd(y, 12, 31));
		return j + 1 - i;
	}
	/* "Q1", "Q3 2027", "the third quarter" */
	if (is(g, j, "q") && num(g, j + 1, 1) && (q = (int)g->t->t[j + 1].num) >= 1 && q <= 4) {
		j += 2;
		y = 0;
		if (year_at(g, j, &y))
			j++;
		quarter_span(g, y, q, w);
		return j - i;
	}
	if (lex_ordinal(g->t, j, &q) > 0 && q >= 1 && q <= 4) {
		int k = j + lex_ordinal(g->t, j, &q);

		if (is(g, k, "quarter")) {
			k++;
			y = 0;
			if ((is(g, k, "of") || is(g, k, "in")) && year_at(g, k + 1, &y))
				k += 2;
			else if (year_at(g, k, &y))
				k++;
			quarter_span(g, y, q, w);
			return k - i;
		}
	}
	n = which(g, j, &ahead);
	if (cls(g, j + n, LX_MONTH) && !(cls(g, j + n, LX_PLURAL))) {
		int m = val(g, j + n);

		j += n + 1;
		y = 0;
		/* "May, 2027"; "Aug. 2006": the dot of a short name is no end of the sentence */
		if ((punct(g, j, ",") || punct(g, j, ".")) && year_at(g, j + 1, &y))
			j++;
		if (year_at(g, j, &y))
			j++;
		else if ((n = lex_phrase(g->t, j, "of next year")) || (n = lex_phrase(g->t, j, "next year")))
			y = g->ty + 1, j += n;
		else if ((n = lex_phrase(g->t, j, "of this year")) || (n = lex_phrase(g->t, j, "this year")))
			y = g->ty, j += n;
		month_span(g, y, m, w);
		return j - i;
	}
	/* "the week", "next month"; a unit with no word before it ("in weekend") is no span */
	if ((n > 0 || is(g, j + 1, "end")) && cls(g, j + n, LX_UNIT) && !cls(g, j + n, LX_PLURAL) &&
	    val(g, j + n) != U_HOUR && val(g, j + n) != U_WEEKDAY && val(g, j + n) != U_DAY) {
		int k = j + n + 1;

		unit_span(g, val(g, j + n), ahead, w);
		if (is(g, k, "end")) {	/* "by year end" */
			w->first = w->last;
			w->end_of = 1;
			return k + 1 - i;
		}
		/* "this week Friday", "next week on Friday" */
		if (val(g, j + n) == U_WEEK) {
			int on = is(g, k, "on");

			if (cls(g, k + on, LX_WEEKDAY) && !cls(g, k + on, LX_PLURAL)) {
				set_day(w, w->first + val(g, k + on));
				return k + on + 1 - i;
			}
		}
		return k - i;
	}
	if (cls(g, j + n, LX_SEASON) && !cls(g, j + n, LX_UNIT)) {
		w->dated = 0;
		return j + n + 1 - i;
	}
	/* "this term", "next session": an event that comes round, undated */
	if (n > 0 && cls(g, j + n, LX_FRAME) && !cls(g, j + n, LX_UNIT | LX_PLURAL)) {
		w->dated = 0;
		return j + n + 1 - i;
	}
	if ((n = life_event(g, i)) > 0) {
		w->dated = 0;
		return n;
	}
	if ((n = named_week(g, j)) > 0) {
		w->dated = 0;
		return j + n - i;
	}
	/* "til payday", "until half-term", "the end of term", "before exams"; not a plural
	 * after a day ("the night before exams"), which comes round with each one */
	if (is(g, j, "half"))
		j += 1 + punct(g, j + 1, "-");
	if (cls(g, j, LX_FRAME) && (g->t->t[j].key[strlen(g->t->t[j].key) - 1] != 's' ||
	    !(is(g, i - 1, "before") && cls(g, i - 2, LX_UNIT)))) {
		w->dated = 0;
		return j + 1 - i;
	}
	return 0;
}

/* A weekday, as a deadline: the next one strictly after today, or the one of next week. */
static int
weekday(const struct g *g, int i, struct when *w)
{
	int j = i, ahead = 0, wd, n;
	long d;

	if (is(g, j, "this") && cls(g, j + 1, LX_NEXT))
		j += 2;
	else if (cls(g, j, LX_NEXT | LX_THIS) || (is(g, j, "the") && cls(g, j + 1, LX_NEXT)))
		j += is(g, j, "the") ? 2 : 1;
	if (!cls(g, j, LX_WEEKDAY) || cls(g, j, LX_PLURAL))
		return 0;
	wd = val(g, j++);
	if ((n = lex_phrase(g->t, j, "of next week")) > 0 ||
	    (n = lex_phrase(g->t, j, "next week")) > 0)
		ahead = 1;
	else if ((n = lex_phrase(g->t, j, "of this week")) > 0 ||
	    (n = lex_phrase(g->t, j, "this week")) > 0)
		ahead = 0;
	if (n > 0) {
		set_day(w, g->today - date_weekday(g->today) + 7 * ahead + wd);
		return j + n - i;
	}
	d = g->today + 1;
	d += (wd - date_weekday(d) + 7) % 7;
	set_day(w, d);
	return j - i;
}

/* The year that may follow a month and day at j ("3 March, 2027", "10/August/2012"), and the
 * day itself; returns the tokens from i, or 0 when there is no such day. */
static int
year_and_day(const struct g *g, int i, int j, int m, int d, struct when *w)
{
	int y = 0;

	if ((punct(g, j, ".") || punct(g, j, "/") || punct(g, j, "-") || punct(g, j, ",")) &&
	    year_at(g, j + 1, &y))
		j++;
	if (year_at(g, j, &y))
		j++;
	else if (clock_at(g, j) > 0 && year_at(g, j + clock_at(g, j), &y))
		j += clock_at(g, j) + 1;	/* "Aug 05 12:00:00 2015" */
	if (!month_day(g, y, m, d, w) && !w->invalid)
		return 0;
	return j - i;
}

/* "the 3rd of March", "3 March 2027", "20th of next month", "the 19th" after a weekday. */
static int
ordinal_of(const struct g *g, int i, struct when *w, int alone)
{
	int j = i, d = 0, n, ahead;

	if ((n = lex_ordinal(g->t, j, &d)) > 0) {
		j += n;
	} else {
		if (is(g, j, "the"))
			j++;
		if (!num(g, j, 2))
			return 0;
		d = (int)g->t->t[j++].num;
		/* "10-August", "10/August/2012", "16. Nov." */
		if ((punct(g, j, "-") || punct(g, j, "/") || punct(g, j, ".")) && cls(g, j + 1, LX_MONTH))
			j++;
	}
	if (is(g, j, "day") && is(g, j + 1, "of"))
		j++;
	if (is(g, j, "of"))
		j++;
	if (cls(g, j, LX_MONTH)) {
		int m = val(g, j);

		return year_and_day(g, i, j + 1, m, d, w);
	}
	n = which(g, j, &ahead);
	if (is(g, j + n, "month")) {
		long first = date_add_months(date_from_ymd(g->ty, g->tm, 1), ahead);
		int yy, mm, dd;

		date_to_ymd(first, &yy, &mm, &dd);
		if (!date_valid(yy, mm, d))
			return 0;
		set_day(w, date_from_ymd(yy, mm, d));
		if (w->first < g->today && n == 0)
			return 0;
		return j + n + 1 - i;
	}
	/* "by the first": the next such day of a month, only where nothing follows */
	if (alone && (n = lex_ordinal(g->t, i, &d)) > 0 && is(g, i, "the") &&
	    (i + n >= g->t->n || (g->t->t[i + n].kind == TK_PUNCT && !(punct(g, i + n, "-") &&
	    g->t->t[i + n].off == g->t->t[i + n - 1].off + g->t->t[i + n - 1].len)) ||
	    (cls(g, i + n, LX_PREP) && !is(g, i + n, "of")))) {
		long first = date_from_ymd(g->ty, g->tm, 1);

		for (int k = 0; k < 3; k++, first = date_add_months(first, 1)) {
			int yy, mm, dd;

			date_to_ymd(first, &yy, &mm, &dd);
			if (date_valid(yy, mm, d) && date_from_ymd(yy, mm, d) >= g->today) {
				set_day(w, date_from_ymd(yy, mm, d));
				return n;
			}
		}
	}
	return 0;
}

/* "March 3rd", "march third 2015", "Feb13", "June 30, 2027". */
static int
month_ordinal(const struct g *g, int i, struct when *w)
{
	int j = i, d, m, n;
	long nd;

	if (!cls(g, j, LX_MONTH))
		return 0;
	m = val(g, j++);
	/* "Oct-2", "March, 6th", "Nov. 16" */
	if (punct(g, j, ".") || punct(g, j, "-") || punct(g, j, ","))
		j++;
	if ((n = lex_ordinal(g->t, j, &d)) > 0) {
		j += n;
	} else if (num(g, j, 2) && !punct(g, j + 1, ":")) {
		d = (int)g->t->t[j++].num;
	} else if ((n = lex_number(g->t, j, &nd)) > 0 && nd >= 1 && nd <= 31 &&
	    g->t->t[j].kind == TK_WORD) {
		d = (int)nd;	/* "may twenty one" */
		j += n;
	} else {
		return 0;
	}
	return year_and_day(g, i, j, m, d, w);
}

/* Whether a word rated on a scale (lexicon.h, LM_RATED) is one of the three before token i:
 * "self-esteem up to 6/10". */
static int
rated_before(const struct g *g, int i)
{
	for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
		const struct lex_measure *m = g->t->t[k].kind == TK_WORD ?
		    lex_measure(g->t->t[k].key) : NULL;

		if (m != NULL && (m->kind & LM_RATED))
			return 1;
	}
	return 0;
}

/* "31-12-2026": dashes between day, month and a four-digit year, as Indian and European
 * forms write them; without the year "3-4" is a range, not a date. */
static int
dashed_dmy(const struct g *g, int i)
{
	return punct(g, i + 1, "-") && num(g, i + 2, 2) && punct(g, i + 3, "-") &&
	    num(g, i + 4, 4) && g->t->t[i + 1].off == g->t->t[i].off + g->t->t[i].len &&
	    g->t->t[i + 3].off == g->t->t[i + 2].off + g->t->t[i + 2].len;
}

/* "2026-03-31", "2026-03", "31/3", "3/31/2027", "31.03.2027": a numeric date is read only
 * when its reading is unambiguous (or both readings are one day). */
static int
numeric(const struct g *g, int i, struct when *w)
{
	int a, b, c = 0, y = 0, n = 3;
	int hasyear;

	if (year_at(g, i, &y) && punct(g, i + 1, "-") && num(g, i + 2, 2)) {
		int m = (int)g->t->t[i + 2].num;

		if (punct(g, i + 3, "-") && num(g, i + 4, 2)) {
			if (!date_valid(y, m, (int)g->t->t[i + 4].num)) {
				w->invalid = 1;
				return 5;
			}
			set_day(w, date_from_ymd(y, m, (int)g->t->t[i + 4].num));
			return 5;
		}
		if (m < 1 || m > 12)
			return 0;
		month_span(g, y, m, w);
		return 3;
	}
	if (!num(g, i, 2) || !(punct(g, i + 1, "/") || punct(g, i + 1, ".") ||
	    dashed_dmy(g, i)) || !num(g, i + 2, 2))
		return 0;
	a = (int)g->t->t[i].num;
	b = (int)g->t->t[i + 2].num;
	hasyear = punct(g, i + 3, g->t->t[i + 1].key) && (num(g, i + 4, 4) || num(g, i + 4, 2));
	if (hasyear) {
		c = (int)g->t->t[i + 4].num;
		/* two digits: 69-99 are the 1900s, as POSIX strptime's %y has it */
		y = c >= 100 ? c : c >= 69 ? 1900 + c : 2000 + c;
		n = 5;
	} else if (punct(g, i + 1, ".") ||
	    (punct(g, i + 1, "/") && b == 10 && rated_before(g, i))) {
		return 0;	/* "7.5" is a decimal, "my mood up to 6/10" a rating */
	}
	{
		struct when dm = { 0 }, md = { 0 };
		int okdm = a <= 31 && b <= 12 && b >= 1 && month_day(g, y, b, a, &dm);
		int okmd = a <= 12 && a >= 1 && b <= 31 && month_day(g, y, a, b, &md);

		/* dots are written day first */
		if (punct(g, i + 1, "."))
			okmd = 0;
		/* "by 03/04" is 3 April or 4 March: it bounds the goal, at no date the
		 * reader can know */
		if (okdm && okmd && dm.first != md.first) {
			memset(w, 0, sizeof *w);
			w->ambiguous = 1;
			return n;
		}
		if (!okdm && !okmd)
			return 0;
		*w = okdm ? dm : md;
	}
	return n;
}

/* "the last Friday of October", "third tuesday after christmas 2014". */
static int
nth_weekday_of(const struct g *g, int i, struct when *w)
{
	int j = i, nth, n, wd;
	struct when m = { 0 };

	if (is(g, j, "the"))
		j++;
	if (is(g, j, "last") || is(g, j, "final"))
		nth = -1, j++;
	else if ((n = lex_ordinal(g->t, j, &nth)) > 0 && nth <= 5)
		j += n;
	else
		return 0;
	if (!cls(g, j, LX_WEEKDAY) || cls(g, j, LX_PLURAL))
		return 0;
	wd = val(g, j++);
	if (is(g, j, "after") && nth > 0 && (n = holiday(g, j + 1, &m)) > 0 && m.dated) {
		long d = m.first + 1;

		d += (wd - date_weekday(d) + 7) % 7 + 7 * (nth - 1);
		set_day(w, d);
		return j + 1 + n - i;
	}
	if (!is(g, j, "of") && !is(g, j, "in") && !cls(g, j, LX_THIS | LX_NEXT | LX_MONTH))
		return 0;
	if (!is(g, j, "of") && !is(g, j, "in"))
		j--;	/* "the 3rd Thursday this September" */
	if ((n = span(g, j + 1, &m)) == 0 || !m.dated)
		return 0;
	{
		int y, mo, d;

		date_to_ymd(m.first, &y, &mo, &d);
		set_day(w, nth_weekday(y, mo, nth, wd));
		if (w->first < g->today && n == 1) {
			y++;
			set_day(w, nth_weekday(y, mo, nth, wd));
		}
	}
	return j + 1 + n - i;
}

/* "the end of March", "mid-April", "the start of next month", "the last day of Q2",
 * "the 5th last day of May", "EOM". */
static int
part_of(const struct g *g, int i, struct when *w)
{
	int j = i, part, n, back = 0, yy, mm, dd;
	struct when s = { 0 };

	if (lex_phrase(g->t, j, "eom") || lex_phrase(g->t, j, "eoy") ||
	    lex_phrase(g->t, j, "eow") || lex_phrase(g->t, j, "eoq")) {
		static const int u[] = { U_MONTH, U_YEAR, U_WEEK, U_QUARTER };
		const char *k = g->t->t[j].key;

		unit_span(g, u[k[2] == 'm' ? 0 : k[2] == 'y' ? 1 : k[2] == 'w' ? 2 : 3], 0, w);
		w->first = w->last;
		w->end_of = 1;
		return 1;
	}
	if (is(g, j, "the"))
		j++;
	if (lex_ordinal(g->t, j, &back) > 0 && is(g, j + lex_ordinal(g->t, j, &back), "last") &&
	    is(g, j + lex_ordinal(g->t, j, &back) + 1, "day")) {
		j += lex_ordinal(g->t, j, &back) + 2;
		part = P_END;
	} else if ((is(g, j, "last") || is(g, j, "final")) && is(g, j + 1, "day")) {
		part = P_END, j += 2, back = 1;
	} else if (is(g, j, "first") && is(g, j + 1, "day")) {
		part = P_START, j += 2;
	} else if ((is(g, j, "rest") || is(g, j, "remainder") || is(g, j, "whole")) &&
	    is(g, j + 1, "of")) {
		part = P_END, j++;
	} else if (cls(g, j, LX_PART)) {
		part = val(g, j++);
	} else {
		return 0;
	}
	if (punct(g, j, "-"))
		j++;
	if (is(g, j, "of") || is(g, j, "in"))
		j++;
	/* "the end of Friday", "end of day Friday" (as "eod Friday"): that day */
	if (part == P_END) {
		int d = is(g, j, "day") ? 1 : 0;

		if (cls(g, j + d, LX_WEEKDAY) && !cls(g, j + d, LX_PLURAL) &&
		    (n = weekday(g, j + d, w)) > 0)
			return j + d + n - i;
	}
	if ((n = span(g, j, &s)) == 0) {
		/* "the end of the day", and "end of week" with no article */
		int a = is(g, j, "the") || is(g, j, "this") ? 1 : 0;

		if (cls(g, j + a, LX_UNIT) && !cls(g, j + a, LX_PLURAL)) {
			unit_span(g, val(g, j + a), 0, &s);
			n = 1 + a;
		} else if (is_owner(g, j) && is(g, j + 1, "new") && j + 2 < g->t->n &&
		    g->t->t[j + 2].kind == TK_WORD && !cls(g, j + 2, LX_PREP)) {
			n = 3;	/* "the first day of my new job": an event to come, undated */
		} else {
			return 0;
		}
	}
	*w = s;
	j += n;
	if (!s.dated)
		return j - i;
	switch (part) {
	case P_START:
	case P_EARLY:
		w->last = w->first;
		break;
	case P_MIDDLE:
		date_to_ymd(s.first, &yy, &mm, &dd);
		w->first = w->last = s.last - s.first > 40 ? date_from_ymd(yy, 6, 30) :
		    s.last - s.first > 7 ? date_from_ymd(yy, mm, 15) : s.first + 3;
		break;
	default:
		w->first = w->last = s.last - (back > 1 ? back - 1 : 0);
		w->end_of = 1;
		break;
	}
	w->weekend = 0;
	return j - i;
}

/* Units written as one letter after their digits ("in 1d", "2w"), as trackers and chat
 * write them.  Only touching digits and standing alone ("3d printing" is no span); "m" is
 * minutes to some and months to others, so it is none. */
static const struct {
	const char *letter;
	enum lex_unit unit;
} letter_units[] = {
	{ "d", U_DAY }, { "w", U_WEEK }, { "y", U_YEAR },
};

static int
letter_unit(const struct g *g, int j, int *unit)
{
	const struct token *t = g->t->t;

	if (j < 1 || j >= g->t->n || t[j - 1].kind != TK_NUM ||
	    t[j].off != t[j - 1].off + t[j - 1].len)
		return 0;
	if (j + 1 < g->t->n && t[j + 1].kind == TK_WORD && !cls(g, j + 1, LX_PREP))
		return 0;
	for (size_t k = 0; k < sizeof letter_units / sizeof letter_units[0]; k++)
		if (is(g, j, letter_units[k].letter)) {
			*unit = letter_units[k].unit;
			return 1;
		}
	return 0;
}

/* A count of units: "3 weeks", "a fortnight", "six Saturdays", "half a year". */
static int
count_units(const struct g *g, int i, long *n, int *unit, int *wd)
{
	int j = i, k;

	*wd = -1;
	if ((k = lex_phrase(g->t, j, "half a year")) || (k = lex_phrase(g->t, j, "half year"))) {
		*n = 6;
		*unit = U_MONTH;
		return k;
	}
	if ((k = lex_number(g->t, j, n)) > 0) {
		j += k;
	} else if (is(g, j, "a") || is(g, j, "an") || is(g, j, "one")) {
		*n = 1;
		j++;
	} else {
		return 0;
	}
	if (punct(g, j, "-"))
		j++;
	if (cls(g, j, LX_WEEKDAY) && (cls(g, j, LX_PLURAL) || *n == 1)) {
		*wd = val(g, j);
		*unit = U_DAY;
		return j + 1 - i;
	}
	if (!cls(g, j, LX_UNIT))
		return letter_unit(g, j, unit) ? j + 1 - i : 0;
	*unit = val(g, j);
	return j + 1 - i;
}

static long
add_units(const struct g *g, long n, int unit, int wd)
{
	long t = g->today;

	if (wd >= 0)	/* the n-th such weekday after today */
		return t + 1 + (wd - date_weekday(t + 1) + 7) % 7 + 7 * (n - 1);
	switch (unit) {
	case U_DAY:
		return t + n;
	case U_WEEK:
		return t + 7 * n;
	case U_FORTNIGHT:
		return t + 14 * n;
	case U_MONTH:
		return date_add_months(t, (int)n);
	case U_QUARTER:
		return date_add_months(t, (int)(3 * n));
	case U_YEAR:
		return date_add_months(t, (int)(12 * n));
	case U_WEEKEND:	/* the Sunday of the n-th weekend */
		return t + 1 + (6 - date_weekday(t + 1) + 7) % 7 + 7 * (n - 1);
	default: {	/* U_WEEKDAY: the n-th working day after today */
		long d = t;

		while (n > 0)
			if (date_weekday(++d) < 5)
				n--;
		return d;
	}
	}
}

/* Whether a count of units at i..j is a frequency ("2 days a week"), not a span. */
static int
per_follows(const struct g *g, int j)
{
	for (size_t k = 0; k < sizeof per_words / sizeof per_words[0]; k++)
		if ((is(g, j, per_words[k]) || punct(g, j, per_words[k])) &&
		    (cls(g, j + 1, LX_UNIT) || is(g, j + 1, "night") || is(g, j + 1, "morning") ||
		    is(g, j + 1, "evening")))
			return 1;
	return 0;
}

static int opener_at(const struct g *g, int i, enum opener *kind);

/* Whether "a" at i follows a count a few words before with no opener between: "3 coffees a
 * day from today" is a rate, then when it starts. */
static int
rate_before(const struct g *g, int i)
{
	enum opener k;

	if (!is(g, i, "a") && !is(g, i, "an"))
		return 0;
	for (int b = i - 1; b >= 0 && b >= i - 3 && g->t->t[b].kind != TK_PUNCT; b--) {
		if (opener_at(g, b, &k) > 0)
			return 0;
		if (num(g, b, 6) || cls(g, b, LX_NUMBER))
			return 1;
	}
	return 0;
}

/* "3 weeks from now", "a week hence", "in six months' time", "3 fridays from now",
 * "three days after Easter".  after_day: a day expression may follow "after"/"before". */
static int day(const struct g *g, int i, struct when *w);
static int counted_before(const struct g *g, int i);

static int	/* NOLINTNEXTLINE(misc-no-recursion): day() reads tokens after i, so depth <= tokens */
from_now(const struct g *g, int i, struct when *w)
{
	long n;
	int unit, wd, j, k;
	struct when x = { 0 };

	if ((j = count_units(g, i, &n, &unit, &wd)) == 0 || unit == U_HOUR || n > 10000 || n < 1)
		return 0;
	j += i;
	if ((k = lex_phrase(g->t, j, "from now")) || (k = lex_phrase(g->t, j, "from today")) ||
	    (k = lex_phrase(g->t, j, "hence")) || (k = lex_phrase(g->t, j, "later")) ||
	    (k = lex_phrase(g->t, j, "time")) || (k = lex_phrase(g->t, j, "s time")) ||
	    (k = lex_phrase(g->t, j, "from this week"))) {
		/* "from now on"; "3 coffees a day from today" is a rate, then when it starts */
		if (lex_is(g->t, j + k, "on") || rate_before(g, i))
			return 0;
		set_day(w, add_units(g, n, unit, wd));
		w->relative = 1;
		return j + k - i;
	}
	if ((is(g, j, "after") || is(g, j, "before")) && wd < 0 && unit != U_WEEKEND &&
	    !counted_before(g, i) && !(is(g, i - 1, "in") && counted_before(g, i - 1)) &&
	    (k = day(g, j + 1, &x)) > 0 && x.dated) {
		struct g h = *g;

		h.today = x.last;
		date_to_ymd(h.today, &h.ty, &h.tm, &h.td);
		if (is(g, j, "before"))
			n = -n;
		set_day(w, unit == U_DAY ? x.last + n : add_units(&h, n, unit, -1));
		return j + 1 + k - i;
	}
	return 0;
}

static int	/* NOLINTNEXTLINE(misc-no-recursion): see from_now */
relday(const struct g *g, int i, struct when *w)
{
	int n;

	if ((n = lex_phrase(g->t, i, "the day after tomorrow")) ||
	    (n = lex_phrase(g->t, i, "day after tomorrow"))) {
		set_day(w, g->today + 2);
		return n;
	}
	if (cls(g, i, LX_RELDAY)) {
		set_day(w, g->today + val(g, i));
		return 1;
	}
	/* "this time next month": the same day, one unit on */
	if ((n = lex_phrase(g->t, i, "this time next")) > 0 && cls(g, i + n, LX_UNIT) &&
	    !cls(g, i + n, LX_PLURAL) && val(g, i + n) != U_HOUR) {
		set_day(w, add_units(g, 1, val(g, i + n), -1));
		return n + 1;
	}
	/* "eod" (or "cob", close of business) is a time of day, as "6pm" is: alone it dates
	 * nothing, "eod Friday" is Friday */
	if (is(g, i, "eod") || is(g, i, "cob") || is(g, i, "eob")) {
		if ((n = day(g, i + 1, w)) > 0 && w->dated)
			return n + 1;
		memset(w, 0, sizeof *w);
	}
	return 0;
}

/* A day (or a span read as its last day), as a deadline. */
static int	/* NOLINTNEXTLINE(misc-no-recursion): see from_now */
day(const struct g *g, int i, struct when *w)
{
	int n, j = i;

	memset(w, 0, sizeof *w);
	if (is(g, i, "the") && (n = numeric(g, i + 1, w)))
		return n + 1;	/* "before the 2026-04-01 deadline" */
	/* "by 8:25 a.m. Dec. 12, 2014": the day after the time of day */
	if ((n = clock_at(g, i)) > 0) {
		int c = n;

		if (((n = month_ordinal(g, i + c, w)) || (n = ordinal_of(g, i + c, w, 0))) &&
		    w->dated)
			return c + n;
		memset(w, 0, sizeof *w);
	}
	if ((n = relday(g, i, w)) || (n = numeric(g, i, w)) || (n = part_of(g, i, w)) ||
	    (n = nth_weekday_of(g, i, w)) || (n = from_now(g, i, w)))
		return n;
	/* "Wed, Feb 13", "Tuesday the 19th", "Friday 3 March" */
	if (cls(g, j, LX_WEEKDAY) && !cls(g, j, LX_PLURAL)) {
		int k = j + 1 + (punct(g, j + 1, ".") ? 1 : 0);

		k += punct(g, k, ",") ? 1 : 0;
		/* "Wed., Jan 6 2016", "Sunday 7/7/2019": the date says which */
		if ((n = month_ordinal(g, k, w)) || (n = ordinal_of(g, k, w, 0)) ||
		    ((n = numeric(g, k, w)) && w->dated))
			return k + n - i;
		memset(w, 0, sizeof *w);
		/* "Tuesday the 19th", "by Sat 12th": the next such day of a month that falls
		 * on that weekday */
		if (lex_ordinal(g->t, k, &n) > 0 && (is(g, k, "the") ||
		    (g->t->t[k].kind == TK_NUM && (g->t->t[k].cls & LX_ORDINAL)))) {
			int d = n, used = lex_ordinal(g->t, k, &n);
			long first = date_from_ymd(g->ty, g->tm, 1);

			for (int m = 0; m < 13; m++, first = date_add_months(first, 1)) {
				int yy, mm, dd;

				date_to_ymd(first, &yy, &mm, &dd);
				if (date_valid(yy, mm, d) &&
				    date_from_ymd(yy, mm, d) >= g->today &&
				    date_weekday(date_from_ymd(yy, mm, d)) == val(g, j)) {
					set_day(w, date_from_ymd(yy, mm, d));
					return k + used - i;
				}
			}
		}
		memset(w, 0, sizeof *w);
	}
	if ((n = month_ordinal(g, i, w)) || (n = ordinal_of(g, i, w, 1)) || w->invalid)
		return n;
	/* "2009 May 22nd" */
	{
		int y;

		if (year_at(g, i, &y) && cls(g, i + 1, LX_MONTH) && (n = month_ordinal(g, i + 1, w)) &&
		    !year_at(g, i + n, &y)) {
			int yy, mm, dd;

			year_at(g, i, &y);
			date_to_ymd(w->first, &yy, &mm, &dd);
			if (!date_valid(y, mm, dd))
				return 0;
			set_day(w, date_from_ymd(y, mm, dd));
			return n + 1;
		}
	}
	if ((n = weekday(g, i, w)) || (n = span(g, i, w)))
		return n;
	return 0;
}

/* Whether token i ends the sentence, or the last clause before a full stop. */
static int
ends_goal(const struct g *g, int i)
{
	return i == g->t->n || (i + 1 == g->t->n && g->t->t[i].kind == TK_PUNCT);
}

/* "the next 6 weeks", "a fortnight", "six months' time", "the coming three weekends". */
static int
duration(const struct g *g, int i, int need_count, struct when *w)
{
	int j = i, k, unit, wd, ahead = 0;
	long n;

	if (is(g, j, "the"))
		j++;
	if (cls(g, j, LX_NEXT) || is(g, j, "following")) {
		ahead = 1;
		j++;
	}
	if (ahead && cls(g, j, LX_UNIT) && !cls(g, j, LX_PLURAL) && val(g, j) != U_HOUR) {
		n = 1;	/* "over the next month" */
		unit = val(g, j);
		wd = -1;
		k = 1;
	} else if ((k = count_units(g, j, &n, &unit, &wd)) == 0) {
		return 0;
	}
	/* "for a week" alone is how long, as "for an hour" is; at the end of a goal with a
	 * frequency ("every day, for a week") it is the span the goal runs */
	/* "within the next 48 hours" is a span of days; "within 2 hours" is how soon */
	if (unit == U_HOUR && ahead && n >= 24 && n <= 24 * 366 && !per_follows(g, j + k)) {
		set_day(w, g->today + (n + 23) / 24);
		w->relative = 1;
		return j + k - i;
	}
	if (unit == U_HOUR || n < 1 || n > 10000 || (need_count && !ahead &&
	    (is(g, j, "a") || is(g, j, "an")) && !(punct(g, i - 2, ",") && ends_goal(g, j + k))))
		return 0;
	/* "for the next 6 weeks" and "for 6 weeks" are spans; "for 2 days a week" is not */
	if (per_follows(g, j + k))
		return 0;
	if (is(g, i - 1, "for") && !ahead && (cls(g, j, LX_WEEKDAY) || unit == U_WEEKEND))
		return 0;	/* "for two Saturdays" is no frame */
	j += k;
	set_day(w, add_units(g, n, unit, wd));
	w->relative = 1;
	/* "2 weeks 3 days", "a month and a half", "1 year, 9 months, 1 week": each part
	 * counted from where the one before ends */
	for (int parts = 0; wd < 0 && parts < 3; parts++) {
		long n2;
		int u2, wd2, a = punct(g, j, ",") ? 1 : 0;
		struct g h = *g;

		a += is(g, j + a, "and") ? 1 : 0;
		if ((k = count_units(g, j + a, &n2, &u2, &wd2)) == 0 || wd2 >= 0 ||
		    u2 == U_HOUR || n2 < 1 || n2 > 1000 || per_follows(g, j + a + k))
			break;
		h.today = w->last;
		date_to_ymd(h.today, &h.ty, &h.tm, &h.td);
		set_day(w, add_units(&h, n2, u2, -1));
		j += a + k;
	}
	if ((k = lex_phrase(g->t, j, "s time")) || (k = lex_phrase(g->t, j, "time")) ||
	    (k = lex_phrase(g->t, j, "from now")) || (k = lex_phrase(g->t, j, "from today")))
		j += k;
	return j - i;
}

/* "mornings", "evenings": after a weekday, a time of every such day, so no date. */
static int
part_of_days(const struct g *g, int i)
{
	static const char *const parts[] = { "mornings", "afternoons", "evenings", "nights",
	    "lunchtimes", "mornin", "eves" };

	for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
		if (is(g, i, parts[k]))
			return 1;
	return 0;
}

/* Whether w is the first word of an opener: most words are not, and are passed over at the
 * cost of a few byte compares. */
static int
first_word_of(const char *w)
{
	for (size_t k = 0; k < sizeof openers / sizeof openers[0]; k++) {
		const char *o = openers[k].words;
		size_t n;

		if (o[0] != w[0])
			continue;
		n = strcspn(o, " ");
		if (strncmp(o, w, n) == 0 && w[n] == '\0')
			return 1;
	}
	return 0;
}

/* The opener at i, if any: its kind and the tokens it takes. */
static int
opener_at(const struct g *g, int i, enum opener *kind)
{
	int best = 0;

	/* texting's "b4 prom" */
	if (is(g, i, "b") && num(g, i + 1, 1) && g->t->t[i + 1].num == 4 &&
	    g->t->t[i + 1].off == g->t->t[i].off + 1) {
		*kind = O_BEFORE;
		return 2;
	}
	/* texting's "4 the next 2 months" */
	if (num(g, i, 1) && g->t->t[i].num == 4 && is(g, i + 1, "the") && cls(g, i + 2, LX_NEXT)) {
		*kind = O_FOR;
		return 1;
	}
	if (i >= g->t->n || g->t->t[i].kind != TK_WORD || !first_word_of(g->t->t[i].key))
		return 0;
	/* "a check-in a week", "an add-on": part of a compound, no opener ("the run-up to
	 * Christmas" still ends at Christmas) */
	if ((is(g, i, "in") || is(g, i, "on")) && punct(g, i - 1, "-") &&
	    g->t->t[i - 1].off + 1 == g->t->t[i].off)
		return 0;
	for (size_t k = 0; k < sizeof openers / sizeof openers[0]; k++) {
		int n = openers[k].words[0] != g->t->t[i].key[0] ? 0 :
		    lex_phrase(g->t, i, openers[k].words);

		if (n > best) {
			best = n;
			*kind = openers[k].kind;
		}
	}
	return best;
}

/* Whether a quantity ends just before i: "three times in a week" counts per week. */
static int
counted_before(const struct g *g, int i)
{
	const struct lex_measure *m;
	enum opener k;

	if (is(g, i - 1, "times") || is(g, i - 1, "x") || is(g, i - 1, "once") ||
	    is(g, i - 1, "twice") || is(g, i - 1, "thrice") || num(g, i - 1, 6))
		return 1;
	/* "5 days in a week", "3 evenings in a week": a count of days or of the occasions of
	 * a day; "2 books in a fortnight" is a deadline */
	if (i >= 2 && ((cls(g, i - 1, LX_UNIT) && cls(g, i - 1, LX_PLURAL)) ||
	    (g->t->t[i - 1].kind == TK_WORD && (m = lex_measure(g->t->t[i - 1].key)) != NULL &&
	    (m->kind & LM_OCCASION))) &&
	    (num(g, i - 2, 3) || (g->t->t[i - 2].kind == TK_WORD && cls(g, i - 2, LX_NUMBER))))
		return 1;
	/* "five days a week before June", "10 units a week": "a week" after any word but an
	 * opener is a rate */
	return (is(g, i, "a") || is(g, i, "an")) && i > 0 && g->t->t[i - 1].kind == TK_WORD &&
	    opener_at(g, i - 1, &k) == 0;
}

/* Days of a person's life named after "on": "on her birthday", "on our anniversary". */
static const char *const days_of_note[] = {
	"birthday", "bday", "anniversary", "wedding", "graduation", "retirement", "christening",
	"funeral", "birthdays",
};

/* Seasons of observance that bound a goal at no date the reader can know: "for Lent". */
static const char *const observances[] = {
	"lent", "ramadan", "advent", "passover", "navratri", "sukkot",
};

/* Whether "in" at i follows "first", "only" or "last" a few words before: "my first flight
 * in 4 years" says how long since. */
static int
first_in(const struct g *g, int i)
{
	for (int b = i - 1; b >= 0 && b >= i - 4; b--)
		if (is(g, b, "first") || is(g, b, "only") || is(g, b, "last"))
			return 1;
	return 0;
}

/* Whether "of" at i names one event a span counts from ("within six weeks of the
 * funeral"), not events that recur ("within 2 days of her messages", a time to answer in),
 * nor a date ("of today"). */
static int
one_event_of(const struct g *g, int i)
{
	int j = i + 1;
	size_t n;

	if (!is(g, i, "of"))
		return 0;
	while (j < g->t->n && (is_owner(g, j) || is(g, j, "the")))
		j++;
	if (j >= g->t->n || g->t->t[j].kind != TK_WORD || cls(g, j, LX_RELDAY) ||
	    is(g, j, "now") || is(g, j, "each") || is(g, j, "every") || is(g, j, "any"))
		return 0;
	n = strlen(g->t->t[j].key);
	return !(n > 2 && g->t->t[j].key[n - 1] == 's' && g->t->t[j].key[n - 2] != 's');
}

/* A frame after an opener of the given kind at j. */
static int
after_opener(const struct g *g, enum opener kind, int i, int j, struct when *w)
{
	int n;

	memset(w, 0, sizeof *w);
	switch (kind) {
	case O_FOR:
		if ((n = part_of(g, j, w)) && (lex_phrase(g->t, j, "the rest of") ||
		    lex_phrase(g->t, j, "the whole of")))
			return n;
		/* "for the month of February" */
		if (lex_phrase(g->t, j, "the month of") && cls(g, j + 3, LX_MONTH) &&
		    (n = span(g, j + 3, w)) > 0)
			return n + 3;
		/* "for Lent", "for Ramadan": a season of observance, undated */
		if (LEX_IN(g->t, j, observances)) {
			memset(w, 0, sizeof *w);
			return 1;
		}
		/* "for the first two weeks back": from now, as "the next" */
		if (lex_phrase(g->t, j, "the first") && (n = duration(g, j + 2, 1, w)) > 0)
			return n + 2;
		/* "for a month" is a span; texting's "3x a week" ("x" is "for") is no
		 * span without a count */
		return duration(g, j, !is(g, i, "for"), w);
	case O_IN:
		/* "my first flight in 4 years": how long since, not a span ahead */
		if (is(g, i, "in") && first_in(g, i) && (num(g, j, 3) ||
		    cls(g, j, LX_NUMBER)) && cls(g, j + 1, LX_UNIT | LX_PLURAL))
			return 0;
		if (is(g, i, "in") && counted_before(g, i) && (is(g, j, "a") || is(g, j, "an") ||
		    is(g, j, "one") ||
		    is(g, j, "each") || (is(g, j, "the") && cls(g, j + 1, LX_UNIT))))
			return 0;
		if ((n = duration(g, j, 0, w))) {
			/* "in the 2 weeks before my exam", "within six weeks of the funeral": a
			 * span that ends at an event or counts from one, undated */
			if (is(g, j + n, "before") || lex_phrase(g->t, j + n, "leading up to") ||
			    one_event_of(g, j + n))
				memset(w, 0, sizeof *w);
			return n;
		}
		if ((n = part_of(g, j, w)) || (n = numeric(g, j, w)) || (n = month_ordinal(g, j, w)))
			return w->ambiguous ? 0 : n;	/* "in 3/4 of them" */
		/* "in March", "in 2027", "during the summer", "within the month" */
		if (is(g, j, "the") && cls(g, j + 1, LX_UNIT))
			return 0;	/* "in the week", "in the evening": when, not by when */
		/* "in the new year": the weeks after it, undated */
		if (is(g, i, "in") && lex_phrase(g->t, j, "the new year") &&
		    !year_at(g, j + 3, &n)) {
			memset(w, 0, sizeof *w);
			return 3;
		}
		/* "over Christmas", "during Diwali": the days around a feast, undated */
		if ((is(g, i, "over") || is(g, i, "during") || is(g, i, "throughout")) &&
		    (n = holiday(g, j, w)) > 0) {
			memset(w, 0, sizeof *w);
			return n;
		}
		/* "over half-term", "during the holidays": a frame is the span the goal runs;
		 * "in my session" is where, not by when */
		if ((n = span(g, j, w)) && (!cls(g, j + n - 1, LX_FRAME) || is(g, i, "over") ||
		    is(g, i, "during") || is(g, i, "throughout")))
			return n;
		return 0;
	case O_ON:
		memset(w, 0, sizeof *w);
		if ((n = numeric(g, j, w)) || (n = month_ordinal(g, j, w)) ||
		    (n = ordinal_of(g, j, w, 1)) || (n = holiday(g, j, w)) ||
		    (is(g, j, "the") && (n = part_of(g, j, w))) ||
		    (n = nth_weekday_of(g, j, w)))
			return n;
		if ((cls(g, j, LX_NEXT | LX_THIS)) && (n = weekday(g, j, w)))
			return n;
		/* "on Friday", not "on Tuesday mornings" nor "on Monday, Wednesday and Friday",
		 * which recur */
		if (cls(g, j, LX_WEEKDAY) && !cls(g, j, LX_PLURAL) && (n = day(g, j, w)) > 0 &&
		    !part_of_days(g, j + n) && !((is(g, j + n, "and") || is(g, j + n, "or") ||
		    punct(g, j + n, ",") || punct(g, j + n, "&")) && cls(g, j + n + 1, LX_WEEKDAY)))
			return n;
		/* "ring my mum on her birthday": the person's event, undated; "on my break" is
		 * a time of each day */
		if ((n = life_event(g, j)) > 0 && LEX_IN(g->t, j + n - 1, days_of_note)) {
			memset(w, 0, sizeof *w);
			return n;
		}
		return 0;
	case O_START:
		/* "starting in February", "from on Monday" */
		if ((is(g, j, "in") || is(g, j, "on")) && (n = day(g, j + 1, w)) && w->dated)
			return n + 1;
		if ((n = day(g, j, w)) && w->dated)
			return n;
		return 0;
	case O_WHILE:
		memset(w, 0, sizeof *w);
		return away_state(g, j);
	case O_AT:
		/* "at the end of each shift" recurs */
		if ((n = lex_phrase(g->t, j, "the end of")) > 0 && (is(g, j + n, "each") ||
		    is(g, j + n, "every")))
			return 0;
		/* "by the time the baby's born", "by the time Leo starts school", "by the time
		 * of my filling": whatever follows names an event, undated */
		if (lex_phrase(g->t, i, "by the time") &&
		    (n = clause_words(g, j + is(g, j, "of"), 8)) > 0)
			return n + is(g, j, "of");
		return life_event(g, j);
	default:
		if ((n = day(g, j, w)))
			return n;
		if ((kind == O_UNTIL || kind == O_BEFORE) && (n = named_event(g, j))) {
			memset(w, 0, sizeof *w);
			return n;
		}
		/* "by month-end", "by year-end" */
		if ((n = lex_phrase(g->t, j, "month end")) > 0 ||
		    (n = lex_phrase(g->t, j, "year end")) > 0) {
			unit_span(g, is(g, j, "month") ? U_MONTH : U_YEAR, 0, w);
			w->first = w->last;
			return n;
		}
		/* "by week 8 of rehab": a week of a programme, undated */
		if ((is(g, j, "week") || is(g, j, "wk") || is(g, j, "day") || (is(g, j, "year") &&
		    num(g, j + 1, 2) && g->t->t[j + 1].num <= 13)) && num(g, j + 1, 3)) {
			memset(w, 0, sizeof *w);
			return 2;
		}
		/* "a clearer sense of direction by 30": an age, a frame with no date */
		if ((kind == O_BY || kind == O_UNTIL) && num(g, j, 2) && g->t->t[j].num >= 13 &&
		    (j + 1 == g->t->n ||
		    (g->t->t[j + 1].kind == TK_PUNCT && !punct(g, j + 1, ":") &&
		    !(j + 2 < g->t->n && g->t->t[j + 2].kind == TK_NUM)))) {
			memset(w, 0, sizeof *w);
			return 1;
		}
		return 0;
	}
}

/* Whether a day after "on" at i dates an event named after "before" ("before my trip to
 * London on 18 Feb"): the goal then ends the day before it, as if "before 18 Feb". */
static int
before_event(const struct g *g, int i)
{
	enum opener kind;
	int n;

	for (int b = i - 1; b >= 0 && b >= i - 8; b--) {
		if (g->t->t[b].kind == TK_PUNCT)
			return 0;
		if ((n = opener_at(g, b, &kind)) > 0 && kind == O_BEFORE)
			return is_owner(g, b + n);
	}
	return 0;
}

/* What an opener makes of the expression after it: the day the frame ends. */
static void
resolve(enum opener kind, struct when *w, long today)
{
	if (!w->dated)
		return;
	if (kind == O_BEFORE) {
		w->last = w->end_of ? w->last : w->first - 1;
		return;
	}
	if (kind == O_BY && w->weekend) {
		/* "by the weekend" is its Saturday, the next one on a Sunday; "until" it,
		 * Sunday */
		w->last = w->first;
		if (w->last < today) {
			w->first += 7;
			w->last += 7;
		}
	}
}

static int
add_frame(struct frame *out, int nout, int max, int from, int to, const struct when *w,
    int start, long today)
{
	if (nout >= max)
		return nout;
	/* "In 2019 I ran a marathon": a date gone by bounds nothing */
	if (w->dated && w->last < today)
		start = 1;
	out[nout].from = from;
	out[nout].to = to;
	out[nout].dated = w->dated && !w->invalid;
	out[nout].day = w->last;
	out[nout].start = start;
	out[nout].invalid = w->invalid;
	out[nout].relative = w->relative;
	return nout + 1;
}

/* A frame with no opener: "today", "3 weeks from now", "next week", "this weekend", "EOM". */
static int
bare(const struct g *g, int i, struct when *w)
{
	int n;

	memset(w, 0, sizeof *w);
	if ((n = relday(g, i, w)) || (n = from_now(g, i, w)))
		return n;
	if (cls(g, i, LX_NEXT | LX_THIS) && !is(g, i, "following") && !is(g, i, "current") &&
	    ((n = weekday(g, i, w)) || (cls(g, i + 1, LX_UNIT | LX_SEASON | LX_MONTH) &&
	    (n = span(g, i, w)))) && !cls(g, i + n - 1, LX_PLURAL))
		return n;
	/* "every Sunday this semester"; not "my next appointment", which names one */
	if (cls(g, i, LX_THIS) && cls(g, i + 1, LX_FRAME) && (n = span(g, i, w)))
		return n;
	if ((is(g, i, "eom") || is(g, i, "eoy") || is(g, i, "eow") || is(g, i, "eoq")) &&
	    (n = part_of(g, i, w)))
		return n;
	/* a note's last words: "morning pages, 3 every day, 12 wks" */
	if (punct(g, i - 1, ",") && (n = duration(g, i, 1, w)) && !cls(g, i + n - 1, LX_WEEKDAY) &&
	    (i + n == g->t->n || (i + n + 1 == g->t->n && g->t->t[i + n].kind == TK_PUNCT)))
		return n;
	memset(w, 0, sizeof *w);
	return 0;
}

/* Whether the frame at from..to is told in the past by an "ago" next to it: "10 days ago",
 * "one year ago today", "next Monday one week ago" (such a day is gone by, and bounds
 * nothing ahead), or starts the goal ("tmrw onwards"). */
static int
ago_next_to(const struct g *g, int from, int to)
{
	long n;
	int unit, wd, k;

	if (is(g, to, "ago") || is(g, from - 1, "ago") || is(g, to, "onwards") ||
	    is(g, to, "onward"))
		return 1;	/* "tmrw onwards" starts the goal */
	/* "one week ago", "a couple of weeks ago": "ago" is two to four words on */
	if (!is(g, to + 2, "ago") && !is(g, to + 3, "ago") && !is(g, to + 4, "ago"))
		return 0;
	return (k = count_units(g, to, &n, &unit, &wd)) > 0 && is(g, to + k, "ago");
}

/* Words of a perfect that is denied: "I haven't spoken to her in a year" tells how long
 * something has not happened, not a span ahead. */
static const char *const not_since[] = { "havent", "hasnt", "hadnt", "havnt", "aint" };

/* Whether "in" at i ends a clause whose perfect is denied (back to a clause mark). */
static int
denied_perfect(const struct g *g, int i)
{
	for (int b = i - 1; b >= 0 && b >= i - 10; b--) {
		if (g->t->t[b].kind == TK_PUNCT && !punct(g, b, "'"))
			return 0;
		if (g->t->t[b].kind != TK_WORD || strchr("hna", g->t->t[b].key[0]) == NULL)
			continue;
		if (LEX_IN(g->t, b, not_since))
			return 1;
		if (is(g, b, "not") && (is(g, b + 1, "been") || is(g, b + 1, "had") ||
		    is(g, b + 1, "seen")))
			return 1;
	}
	return 0;
}

/* Auxiliaries of a perfect before "been": "I've been bullied at work for 2 years" tells how
 * long something has gone on, not a span ahead. */
static const char *const perfect_aux[] = {
	"ive", "weve", "youve", "theyve", "have", "has", "had", "hes", "shes", "its",
};

/* Past participles not made with -ed, as perfects use them. */
static const char *const participles_past[] = {
	"done", "gone", "seen", "had", "kept", "felt", "lost", "left", "made", "spent", "slept",
	"eaten", "drunk", "taken", "given", "known", "thought", "told", "said", "spoken",
	"written", "read", "heard", "held", "met", "sat", "stood", "won", "worn", "run", "paid",
	"sold", "bought", "built", "got",
};

/* Whether token i is a past participle: "turned", "smoked", "done". */
static int
participle_at(const struct g *g, int i)
{
	size_t n;

	if (i >= g->t->n || g->t->t[i].kind != TK_WORD)
		return 0;
	n = strlen(g->t->t[i].key);
	return (n > 3 && strcmp(g->t->t[i].key + n - 2, "ed") == 0) ||
	    LEX_IN(g->t, i, participles_past);
}

/* Whether "for" at i ends a perfect's clause (back to a clause mark or a conjunction). */
static int
perfect_before(const struct g *g, int i)
{
	for (int b = i - 1; b >= 0 && b >= i - 10; b--) {
		if ((g->t->t[b].kind == TK_PUNCT && !punct(g, b, "'")) || is(g, b, "and") ||
		    is(g, b, "but") || is(g, b, "so") || is(g, b, "want") || is(g, b, "will"))
			return 0;
		if (b >= 1 && is(g, b, "been") && LEX_IN(g->t, b - 1, perfect_aux))
			return 1;
		/* "I have turned down every invite for a year", "I've smoked for 20 years" */
		if (LEX_IN(g->t, b, perfect_aux) && b + 1 < i && participle_at(g, b + 1 +
		    (is(g, b + 1, "not") || is(g, b + 1, "never") || is(g, b + 1, "always"))))
			return 1;
	}
	return 0;
}

int
datex_find(const struct tokens *t, long today, struct frame *out, int max)
{
	struct g g = { t, today, 0, 0, 0 };
	int nout = 0;

	date_to_ymd(today, &g.ty, &g.tm, &g.td);
	for (int i = 0; i < t->n && nout < max; i++) {
		struct when w;
		enum opener kind = O_BY;
		int k = opener_at(&g, i, &kind), n = 0;

		if (k > 0 && (n = after_opener(&g, kind, i, i + k, &w)) > 0) {
			/* "within 2 days of her messages": a response time, no frame */
			if (kind == O_IN && w.relative && is(&g, i + k + n, "of")) {
				nout = add_frame(out, nout, max, i, i + k + n, &w, 1, today);
				i += k + n - 1;
				continue;
			}
			if (kind == O_ON && w.dated && before_event(&g, i))
				kind = O_BEFORE;
			resolve(kind, &w, g.today);
			nout = add_frame(out, nout, max, i, i + k + n, &w, kind == O_START ||
			    ago_next_to(&g, i, i + k + n) ||
			    (kind == O_IN && w.relative && denied_perfect(&g, i)) ||
			    (kind == O_FOR && w.relative && perfect_before(&g, i) &&
			    !lex_phrase(g.t, i + k, "the next")), today);
			i += k + n - 1;
			/* "from April to the end of September": a range ends where "to" says */
			if (kind == O_START && is(&g, i + 1, "to") &&
			    (n = after_opener(&g, O_BY, i + 1, i + 2, &w)) > 0) {
				resolve(O_BY, &w, g.today);
				nout = add_frame(out, nout, max, i + 1, i + 2 + n, &w, 0, today);
				i += 1 + n;
			}
			continue;
		}
		if ((n = bare(&g, i, &w)) > 0) {
			nout = add_frame(out, nout, max, i, i + n, &w, ago_next_to(&g, i, i + n),
			    today);
			i += n - 1;
		}
	}
	return nout;
}

int
datex_per_word(const struct tokens *t, int i)
{
	for (size_t k = 0; k < sizeof per_words / sizeof per_words[0]; k++)
		if (lex_is(t, i, per_words[k]) || (i >= 0 && i < t->n &&
		    t->t[i].kind == TK_PUNCT && strcmp(t->t[i].key, per_words[k]) == 0))
			return 1;
	return 0;
}
