/* lexicon.c: the word tables of the sentence reader and the tokenizer that looks words up in
 * them.  The tables are data: to teach the reader a word, add a row. */
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "text.h"

struct lex_word {
	const char *w;		/* folded: lower case, no apostrophes */
	unsigned cls;
	int val;
};

/*
 * One table per word class.  Sources: the calendar's own names and their abbreviations as
 * newspapers, calendars and texting write them (Sept, Thurs, wk, yr), and their misspellings
 * that lists of common English misspellings give (Febuary, Janurary, Wensday, tommorow);
 * number words as English grammars list them (cardinals to twenty, the tens, the
 * multipliers); ordinals likewise.
 */
static const struct lex_word months[] = {
	{ "january", LX_MONTH, 1 }, { "jan", LX_MONTH, 1 }, { "janurary", LX_MONTH, 1 },
	{ "february", LX_MONTH, 2 }, { "feb", LX_MONTH, 2 }, { "febuary", LX_MONTH, 2 }, { "feburary", LX_MONTH, 2 },
	{ "march", LX_MONTH, 3 }, { "mar", LX_MONTH, 3 },
	{ "april", LX_MONTH, 4 }, { "apr", LX_MONTH, 4 },
	{ "may", LX_MONTH, 5 },
	{ "june", LX_MONTH, 6 }, { "jun", LX_MONTH, 6 },
	{ "july", LX_MONTH, 7 }, { "jul", LX_MONTH, 7 },
	{ "august", LX_MONTH, 8 }, { "aug", LX_MONTH, 8 },
	{ "september", LX_MONTH, 9 }, { "sep", LX_MONTH, 9 }, { "sept", LX_MONTH, 9 },
	{ "october", LX_MONTH, 10 }, { "oct", LX_MONTH, 10 },
	{ "november", LX_MONTH, 11 }, { "nov", LX_MONTH, 11 },
	{ "december", LX_MONTH, 12 }, { "dec", LX_MONTH, 12 },
};

static const struct lex_word weekdays[] = {
	{ "monday", LX_WEEKDAY, 0 }, { "mon", LX_WEEKDAY, 0 },
	{ "tuesday", LX_WEEKDAY, 1 }, { "tue", LX_WEEKDAY, 1 }, { "tues", LX_WEEKDAY, 1 },
	{ "wednesday", LX_WEEKDAY, 2 }, { "wed", LX_WEEKDAY, 2 }, { "weds", LX_WEEKDAY, 2 },
	{ "wensday", LX_WEEKDAY, 2 },
	{ "thursday", LX_WEEKDAY, 3 }, { "thu", LX_WEEKDAY, 3 }, { "thur", LX_WEEKDAY, 3 },
	{ "thurs", LX_WEEKDAY, 3 },
	{ "friday", LX_WEEKDAY, 4 }, { "fri", LX_WEEKDAY, 4 },
	{ "saturday", LX_WEEKDAY, 5 }, { "sat", LX_WEEKDAY, 5 },
	{ "sunday", LX_WEEKDAY, 6 }, { "sun", LX_WEEKDAY, 6 },
	{ "mondays", LX_WEEKDAY | LX_PLURAL, 0 }, { "tuesdays", LX_WEEKDAY | LX_PLURAL, 1 },
	{ "wednesdays", LX_WEEKDAY | LX_PLURAL, 2 }, { "thursdays", LX_WEEKDAY | LX_PLURAL, 3 },
	{ "fridays", LX_WEEKDAY | LX_PLURAL, 4 }, { "saturdays", LX_WEEKDAY | LX_PLURAL, 5 },
	{ "sundays", LX_WEEKDAY | LX_PLURAL, 6 },
};

static const struct lex_word numbers[] = {
	{ "zero", LX_NUMBER, 0 }, { "one", LX_NUMBER, 1 }, { "two", LX_NUMBER, 2 },
	{ "three", LX_NUMBER, 3 }, { "four", LX_NUMBER, 4 }, { "five", LX_NUMBER, 5 },
	{ "six", LX_NUMBER, 6 }, { "seven", LX_NUMBER, 7 }, { "eight", LX_NUMBER, 8 },
	{ "nine", LX_NUMBER, 9 }, { "ten", LX_NUMBER, 10 }, { "eleven", LX_NUMBER, 11 },
	{ "twelve", LX_NUMBER, 12 }, { "thirteen", LX_NUMBER, 13 },
	{ "fourteen", LX_NUMBER, 14 }, { "fifteen", LX_NUMBER, 15 },
	{ "sixteen", LX_NUMBER, 16 }, { "seventeen", LX_NUMBER, 17 },
	{ "eighteen", LX_NUMBER, 18 }, { "nineteen", LX_NUMBER, 19 },
	{ "twenty", LX_NUMBER, 20 }, { "thirty", LX_NUMBER, 30 }, { "forty", LX_NUMBER, 40 },
	{ "fourty", LX_NUMBER, 40 }, { "fifty", LX_NUMBER, 50 }, { "sixty", LX_NUMBER, 60 },
	{ "seventy", LX_NUMBER, 70 }, { "eighty", LX_NUMBER, 80 }, { "ninety", LX_NUMBER, 90 },
	{ "hundred", LX_NUMBER, 100 }, { "thousand", LX_NUMBER, 1000 },
	{ "dozen", LX_NUMBER, 12 }, { "couple", LX_NUMBER, 2 },
};

static const struct lex_word ordinals[] = {
	{ "first", LX_ORDINAL, 1 }, { "second", LX_ORDINAL, 2 }, { "third", LX_ORDINAL, 3 },
	{ "fourth", LX_ORDINAL, 4 }, { "fifth", LX_ORDINAL, 5 }, { "sixth", LX_ORDINAL, 6 },
	{ "seventh", LX_ORDINAL, 7 }, { "eighth", LX_ORDINAL, 8 }, { "ninth", LX_ORDINAL, 9 },
	{ "tenth", LX_ORDINAL, 10 }, { "eleventh", LX_ORDINAL, 11 },
	{ "twelfth", LX_ORDINAL, 12 }, { "thirteenth", LX_ORDINAL, 13 },
	{ "fourteenth", LX_ORDINAL, 14 }, { "fifteenth", LX_ORDINAL, 15 },
	{ "sixteenth", LX_ORDINAL, 16 }, { "seventeenth", LX_ORDINAL, 17 },
	{ "eighteenth", LX_ORDINAL, 18 }, { "nineteenth", LX_ORDINAL, 19 },
	{ "twentieth", LX_ORDINAL, 20 }, { "thirtieth", LX_ORDINAL, 30 },
	{ "last", LX_ORDINAL, -1 }, { "final", LX_ORDINAL, -1 },
};

/* Spans of the calendar, singular and plural, with the abbreviations of notes and texts. */
static const struct lex_word units[] = {
	{ "day", LX_UNIT, U_DAY }, { "days", LX_UNIT | LX_PLURAL, U_DAY },
	{ "night", LX_UNIT, U_DAY }, { "nights", LX_UNIT | LX_PLURAL, U_DAY },
	{ "week", LX_UNIT, U_WEEK }, { "weeks", LX_UNIT | LX_PLURAL, U_WEEK },
	{ "wk", LX_UNIT, U_WEEK }, { "wks", LX_UNIT | LX_PLURAL, U_WEEK },
	{ "fortnight", LX_UNIT, U_FORTNIGHT },
	{ "fortnights", LX_UNIT | LX_PLURAL, U_FORTNIGHT },
	{ "month", LX_UNIT, U_MONTH }, { "months", LX_UNIT | LX_PLURAL, U_MONTH },
	{ "mo", LX_UNIT, U_MONTH }, { "mos", LX_UNIT | LX_PLURAL, U_MONTH },
	{ "mth", LX_UNIT, U_MONTH }, { "mths", LX_UNIT | LX_PLURAL, U_MONTH },
	{ "quarter", LX_UNIT, U_QUARTER }, { "quarters", LX_UNIT | LX_PLURAL, U_QUARTER },
	{ "qtr", LX_UNIT, U_QUARTER }, { "qtrs", LX_UNIT | LX_PLURAL, U_QUARTER },
	{ "year", LX_UNIT, U_YEAR }, { "years", LX_UNIT | LX_PLURAL, U_YEAR },
	{ "yr", LX_UNIT, U_YEAR }, { "yrs", LX_UNIT | LX_PLURAL, U_YEAR },
	{ "weekend", LX_UNIT, U_WEEKEND }, { "weekends", LX_UNIT | LX_PLURAL, U_WEEKEND },
	{ "weekday", LX_UNIT, U_WEEKDAY }, { "weekdays", LX_UNIT | LX_PLURAL, U_WEEKDAY },
	{ "workday", LX_UNIT, U_WEEKDAY }, { "workdays", LX_UNIT | LX_PLURAL, U_WEEKDAY },
	{ "hour", LX_UNIT, U_HOUR }, { "hours", LX_UNIT | LX_PLURAL, U_HOUR },
	{ "hr", LX_UNIT, U_HOUR }, { "hrs", LX_UNIT | LX_PLURAL, U_HOUR },
	{ "minute", LX_UNIT, U_HOUR }, { "minutes", LX_UNIT | LX_PLURAL, U_HOUR },
	{ "min", LX_UNIT, U_HOUR }, { "mins", LX_UNIT | LX_PLURAL, U_HOUR },
};

/* Words of time that are no number: which one, which part of it. */
static const struct lex_word time_words[] = {
	{ "next", LX_NEXT, 0 }, { "coming", LX_NEXT, 0 }, { "following", LX_NEXT, 0 },
	{ "upcoming", LX_NEXT, 0 }, { "nxt", LX_NEXT, 0 }, { "this", LX_THIS, 0 }, { "current", LX_THIS, 0 },
	{ "end", LX_PART, P_END }, { "start", LX_PART, P_START },
	{ "beginning", LX_PART, P_START }, { "middle", LX_PART, P_MIDDLE },
	{ "mid", LX_PART, P_MIDDLE }, { "early", LX_PART, P_EARLY },
	{ "late", LX_PART, P_LATE },
	{ "today", LX_RELDAY, 0 }, { "tonight", LX_RELDAY, 0 }, { "tomorrow", LX_RELDAY, 1 },
	{ "tomorow", LX_RELDAY, 1 }, { "tommorow", LX_RELDAY, 1 }, { "tommorrow", LX_RELDAY, 1 }, { "tmrw", LX_RELDAY, 1 }, { "tmr", LX_RELDAY, 1 },
	{ "tmw", LX_RELDAY, 1 }, { "2moro", LX_RELDAY, 1 },
	{ "spring", LX_SEASON, 0 }, { "summer", LX_SEASON, 0 }, { "autumn", LX_SEASON, 0 },
	{ "fall", LX_SEASON, 0 }, { "winter", LX_SEASON, 0 }, { "summertime", LX_SEASON, 0 },
};

/* Events that bound a goal but have no date the reader can know ("before my birthday",
 * "by the end of term"): the goal is time-bound, its deadline is left for the person. */
static const struct lex_word frames[] = {
	{ "birthday", LX_FRAME, 0 }, { "bday", LX_FRAME, 0 }, { "wedding", LX_FRAME, 0 },
	{ "term", LX_FRAME, 0 }, { "semester", LX_FRAME, 0 },
	{ "trimester", LX_FRAME, 0 }, { "graduation", LX_FRAME, 0 },
	{ "exam", LX_FRAME, 0 }, { "exams", LX_FRAME, 0 }, { "finals", LX_FRAME, 0 },
	{ "holiday", LX_FRAME, 0 }, { "holidays", LX_FRAME, 0 }, { "hols", LX_FRAME, 0 },
	{ "vacation", LX_FRAME, 0 }, { "retirement", LX_FRAME, 0 }, { "trip", LX_FRAME, 0 },
	{ "deadline", LX_FRAME, 0 }, { "anniversary", LX_FRAME, 0 },
	{ "appointment", LX_FRAME, 0 }, { "appt", LX_FRAME, 0 },
	{ "appts", LX_FRAME, 0 }, { "discharge", LX_FRAME, 0 }, { "advent", LX_FRAME, 0 },
	{ "nowruz", LX_FRAME, 0 }, { "navruz", LX_FRAME, 0 }, { "midterm", LX_FRAME, 0 },
	{ "midterms", LX_FRAME, 0 }, { "return", LX_FRAME, 0 }, { "visit", LX_FRAME, 0 },
	{ "navratri", LX_FRAME, 0 }, { "matariki", LX_FRAME, 0 }, { "preseason", LX_FRAME, 0 },
	{ "departure", LX_FRAME, 0 }, { "review", LX_FRAME, 0 }, { "move", LX_FRAME, 0 },
	{ "due", LX_FRAME, 0 }, { "course", LX_FRAME, 0 }, { "season", LX_FRAME, 0 },
	{ "lent", LX_FRAME, 0 }, { "ramadan", LX_FRAME, 0 }, { "diwali", LX_FRAME, 0 },
	{ "eid", LX_FRAME, 0 }, { "hanukkah", LX_FRAME, 0 }, { "passover", LX_FRAME, 0 },
	{ "reunion", LX_FRAME, 0 }, { "prom", LX_FRAME, 0 }, { "christening", LX_FRAME, 0 }, { "payday", LX_FRAME, 0 }, { "halfterm", LX_FRAME, 0 }, { "interview", LX_FRAME, 0 }, { "surgery", LX_FRAME, 0 },
	{ "operation", LX_FRAME, 0 }, { "break", LX_FRAME, 0 }, { "recess", LX_FRAME, 0 },
	{ "session", LX_FRAME, 0 }, { "assessment", LX_FRAME, 0 }, { "marathon", LX_FRAME, 0 },
	{ "concert", LX_FRAME, 0 }, { "gig", LX_FRAME, 0 }, { "recital", LX_FRAME, 0 },
	{ "audition", LX_FRAME, 0 }, { "tournament", LX_FRAME, 0 },
	{ "mock", LX_FRAME, 0 },
	{ "mocks", LX_FRAME, 0 },
	{ "stag", LX_FRAME, 0 },
	{ "hen", LX_FRAME, 0 },
	{ "probation", LX_FRAME, 0 },
	{ "programme", LX_FRAME, 0 },
	{ "program", LX_FRAME, 0 },
	{ "holi", LX_FRAME, 0 },
	{ "lambing", LX_FRAME, 0 },
	{ "calving", LX_FRAME, 0 },
	{ "harvest", LX_FRAME, 0 },
	{ "shearing", LX_FRAME, 0 },
	{ "haymaking", LX_FRAME, 0 },
	{ "festival", LX_FRAME, 0 },
	{ "election", LX_FRAME, 0 },
	{ "tribunal", LX_FRAME, 0 },
	{ "inspection", LX_FRAME, 0 },
	{ "exhibition", LX_FRAME, 0 },
};

/* Abstract nouns: states, qualities and relations, not behaviours.  "Fix my sleep schedule",
 * "rebuild trust", "a healthier balance" name no action others could see, so a goal whose
 * verb takes one of these as its object is not specific (tests/devset/README.md, S).  Chosen
 * by hand, from the kinds WordNet files as noun.state, noun.feeling, noun.attribute and
 * noun.cognition, as far as goal sentences use them. */
static const struct lex_word abstract_nouns[] = {
	{ "life", LX_ABSTRACT, 0 }, { "lives", LX_ABSTRACT, 0 }, { "trust", LX_ABSTRACT, 0 },
	{ "confidence", LX_ABSTRACT, 0 }, { "esteem", LX_ABSTRACT, 0 },
	{ "balance", LX_ABSTRACT, 0 }, { "schedule", LX_ABSTRACT, 0 },
	{ "direction", LX_ABSTRACT, 0 }, { "purpose", LX_ABSTRACT, 0 },
	{ "meaning", LX_ABSTRACT, 0 }, { "relationship", LX_ABSTRACT, 0 },
	{ "relationships", LX_ABSTRACT, 0 }, { "marriage", LX_ABSTRACT, 0 },
	{ "mindset", LX_ABSTRACT, 0 }, { "attitude", LX_ABSTRACT, 0 },
	{ "mood", LX_ABSTRACT, 0 }, { "moods", LX_ABSTRACT, 0 }, { "anxiety", LX_ABSTRACT, 0 },
	{ "depression", LX_ABSTRACT, 0 }, { "stress", LX_ABSTRACT, 0 },
	{ "anger", LX_ABSTRACT, 0 }, { "temper", LX_ABSTRACT, 0 },
	{ "feelings", LX_ABSTRACT, 0 }, { "emotions", LX_ABSTRACT, 0 },
	{ "health", LX_ABSTRACT, 0 }, { "wellbeing", LX_ABSTRACT, 0 },
	{ "happiness", LX_ABSTRACT, 0 }, { "peace", LX_ABSTRACT, 0 }, { "sense", LX_ABSTRACT, 0 },
	{ "identity", LX_ABSTRACT, 0 }, { "future", LX_ABSTRACT, 0 },
	{ "situation", LX_ABSTRACT, 0 }, { "problems", LX_ABSTRACT, 0 },
	{ "issues", LX_ABSTRACT, 0 }, { "boundaries", LX_ABSTRACT, 0 },
	{ "patterns", LX_ABSTRACT, 0 }, { "sleep", LX_ABSTRACT, 0 }, { "head", LX_ABSTRACT, 0 }, { "grief", LX_ABSTRACT, 0 },
	{ "worth", LX_ABSTRACT, 0 }, { "motivation", LX_ABSTRACT, 0 },
	{ "energy", LX_ABSTRACT, 0 }, { "discipline", LX_ABSTRACT, 0 },
	{ "resilience", LX_ABSTRACT, 0 }, { "courage", LX_ABSTRACT, 0 },
	{ "patience", LX_ABSTRACT, 0 }, { "fear", LX_ABSTRACT, 0 }, { "fears", LX_ABSTRACT, 0 },
	{ "panic", LX_ABSTRACT, 0 }, { "guilt", LX_ABSTRACT, 0 }, { "shame", LX_ABSTRACT, 0 },
	{ "loneliness", LX_ABSTRACT, 0 }, { "sadness", LX_ABSTRACT, 0 },
	{ "worries", LX_ABSTRACT, 0 }, { "thoughts", LX_ABSTRACT, 0 },
	{ "perspective", LX_ABSTRACT, 0 }, { "outlook", LX_ABSTRACT, 0 },
	{ "priorities", LX_ABSTRACT, 0 }, { "closure", LX_ABSTRACT, 0 },
	{ "independence", LX_ABSTRACT, 0 }, { "productivity", LX_ABSTRACT, 0 },
	{ "mentality", LX_ABSTRACT, 0 }, { "self", LX_ABSTRACT, 0 }, { "spirit", LX_ABSTRACT, 0 },
	{ "potential", LX_ABSTRACT, 0 }, { "act", LX_ABSTRACT, 0 }, { "shit", LX_ABSTRACT, 0 },
	{ "stuff", LX_ABSTRACT, 0 },
	{ "lifestyle", LX_ABSTRACT, 0 }, { "control", LX_ABSTRACT, 0 },
	{ "uncertainty", LX_ABSTRACT, 0 },
	{ "finances", LX_ABSTRACT, 0 },
	{ "tension", LX_ABSTRACT, 0 },
	{ "fatigue", LX_ABSTRACT, 0 },
	{ "gratitude", LX_ABSTRACT, 0 }, { "routine", LX_ABSTRACT, 0 },
	{ "quality", LX_ABSTRACT, 0 }, { "levels", LX_ABSTRACT, 0 }, { "habits", LX_ABSTRACT, 0 },
	{ "urges", LX_ABSTRACT, 0 }, { "cravings", LX_ABSTRACT, 0 },
};

/* Verbs that observe, record or speak of a thing: "track my mood" and "talk about my
 * anxiety" are things to do, whatever their object. */
static const struct lex_word record_verbs[] = {
	{ "track", LX_RECORD, 0 }, { "rate", LX_RECORD, 0 }, { "log", LX_RECORD, 0 },
	{ "record", LX_RECORD, 0 }, { "note", LX_RECORD, 0 }, { "write", LX_RECORD, 0 },
	{ "journal", LX_RECORD, 0 }, { "measure", LX_RECORD, 0 }, { "monitor", LX_RECORD, 0 },
	{ "score", LX_RECORD, 0 }, { "discuss", LX_RECORD, 0 }, { "talk", LX_RECORD, 0 },
	{ "tell", LX_RECORD, 0 }, { "share", LX_RECORD, 0 }, { "mention", LX_RECORD, 0 },
	{ "raise", LX_RECORD, 0 }, { "express", LX_RECORD, 0 }, { "name", LX_RECORD, 0 },
	{ "list", LX_RECORD, 0 }, { "read", LX_RECORD, 0 }, { "ask", LX_RECORD, 0 },
	{ "explain", LX_RECORD, 0 }, { "describe", LX_RECORD, 0 }, { "review", LX_RECORD, 0 },
	{ "plan", LX_RECORD, 0 }, { "book", LX_RECORD, 0 }, { "check", LX_RECORD, 0 },
	{ "mark", LX_RECORD, 0 },
};

/* Words that end a verb's object: what follows them is no longer its object. */
static const struct lex_word preps[] = {
	{ "to", LX_PREP, 0 }, { "with", LX_PREP, 0 }, { "for", LX_PREP, 0 },
	{ "at", LX_PREP, 0 }, { "in", LX_PREP, 0 }, { "on", LX_PREP, 0 }, { "by", LX_PREP, 0 },
	{ "from", LX_PREP, 0 }, { "of", LX_PREP, 0 }, { "about", LX_PREP, 0 },
	{ "and", LX_PREP, 0 }, { "or", LX_PREP, 0 }, { "but", LX_PREP, 0 },
	{ "so", LX_PREP, 0 }, { "because", LX_PREP, 0 }, { "when", LX_PREP, 0 },
	{ "until", LX_PREP, 0 }, { "before", LX_PREP, 0 }, { "after", LX_PREP, 0 },
	{ "every", LX_PREP, 0 }, { "each", LX_PREP, 0 }, { "than", LX_PREP, 0 },
	{ "into", LX_PREP, 0 }, { "without", LX_PREP, 0 }, { "instead", LX_PREP, 0 },
	{ "abt", LX_PREP, 0 }, { "w", LX_PREP, 0 },
};

/*
 * Words for naming what a goal counts or rates (issue 14, items 2 and 6).  Sources: the
 * feelings and symptoms that mood diaries and outcome scales ask to be rated 0-10 (mood,
 * anxiety, stress, pain, sleep, energy, cravings), with the adjectives people rate them by
 * ("anxious": anxiety); the units and portions of amounts that diaries record as numbers
 * (hours, pages, steps, kilograms, glasses, units of alcohol, cigarettes); English
 * determiners, possessives and verb particles, which stand around the noun that names.
 */
#define RATED(w, n)	{ (w), (n), LM_RATED }
#define AMT(w)		{ (w), NULL, LM_AMOUNT }
#define CONT(w)		{ (w), NULL, LM_AMOUNT | LM_CONTINUOUS }
#define MEAS(w)	{ (w), NULL, LM_AMOUNT | LM_CONTINUOUS | LM_CONTAINER }
#define CUP(w)		{ (w), NULL, LM_AMOUNT | LM_CONTAINER }
static const struct lex_measure measures[] = {
	RATED("anxiety", NULL), RATED("anxious", "anxiety"), RATED("anxiousness", "anxiety"),
	RATED("mood", NULL), RATED("moods", "mood"), RATED("stress", NULL),
	RATED("stressed", "stress"), RATED("sleep", NULL), RATED("pain", NULL),
	RATED("energy", NULL), RATED("anger", NULL), RATED("angry", "anger"),
	RATED("irritability", NULL), RATED("loneliness", NULL), RATED("lonely", "loneliness"),
	RATED("worry", NULL), RATED("worries", "worry"), RATED("worrying", "worry"),
	RATED("esteem", "self-esteem"), RATED("confidence", NULL), RATED("craving", "cravings"),
	RATED("cravings", NULL), RATED("urge", "urges"), RATED("urges", NULL),
	RATED("fatigue", NULL), RATED("tiredness", NULL), RATED("depression", NULL),
	RATED("sadness", NULL), RATED("happiness", NULL), RATED("wellbeing", NULL),
	RATED("motivation", NULL), RATED("focus", NULL), RATED("tension", NULL),
	RATED("fear", NULL), RATED("guilt", NULL), RATED("shame", NULL), RATED("grief", NULL),
	RATED("calm", NULL), RATED("panic", NULL), RATED("distress", NULL),
	RATED("paranoia", NULL), RATED("suds", "distress"),
	MEAS("hour"), MEAS("hours"), MEAS("hr"), MEAS("hrs"), MEAS("h"),
	MEAS("minute"), MEAS("minutes"), MEAS("min"), MEAS("mins"),
	MEAS("second"), MEAS("seconds"), MEAS("secs"),
	CONT("kilogram"), CONT("kilograms"), CONT("kg"), CONT("kgs"), CONT("kilo"), CONT("kilos"),
	CONT("pound"), CONT("pounds"), CONT("lb"), CONT("lbs"), CONT("stone"), CONT("km"),
	CONT("kilometre"), CONT("kilometres"), CONT("kilometer"), CONT("kilometers"),
	CONT("mile"), CONT("miles"), CONT("metre"), CONT("metres"), CONT("meter"),
	CONT("meters"), MEAS("litre"), MEAS("litres"), MEAS("liter"), MEAS("liters"),
	CUP("glass"), CUP("glasses"), CUP("cup"), CUP("cups"), CUP("mug"), CUP("mugs"),
	CUP("pint"), CUP("pints"), CUP("bottle"), CUP("bottles"), CUP("can"), CUP("cans"),
	CUP("unit"), CUP("units"), CUP("portion"), CUP("portions"), CUP("serving"),
	CUP("servings"), CUP("bowl"), CUP("bowls"), CUP("slice"), CUP("slices"),
	CUP("packet"), CUP("packets"), CUP("bar"), CUP("bars"),
	AMT("page"), AMT("pages"), { "pp", "pages", LM_AMOUNT }, AMT("step"), AMT("steps"), AMT("word"), AMT("words"),
	AMT("coffee"), AMT("coffees"), AMT("tea"), AMT("teas"), AMT("cigarette"),
	AMT("cigarettes"), AMT("cigs"), AMT("ciggies"), AMT("drink"), AMT("drinks"),
	AMT("beer"), AMT("beers"), AMT("wine"), AMT("calorie"), AMT("calories"), AMT("kcal"),
	AMT("pushups"), AMT("situps"), AMT("pressups"), AMT("chinups"), AMT("pullups"), AMT("squats"), AMT("laps"), AMT("lengths"),
	AMT("reps"), AMT("chapters"), AMT("vapes"), AMT("puffs"), AMT("water"),
	{ "time", NULL, LM_OCCASION }, { "times", NULL, LM_OCCASION },
	{ "x", NULL, LM_OCCASION }, { "evening", NULL, LM_OCCASION },
	{ "evenings", NULL, LM_OCCASION }, { "morning", NULL, LM_OCCASION },
	{ "mornings", NULL, LM_OCCASION }, { "afternoon", NULL, LM_OCCASION },
	{ "afternoons", NULL, LM_OCCASION }, { "occasion", NULL, LM_OCCASION },
	{ "occasions", NULL, LM_OCCASION }, { "once", NULL, LM_OCCASION },
	{ "twice", NULL, LM_OCCASION }, { "daily", NULL, LM_OCCASION },
	{ "weekly", NULL, LM_OCCASION }, { "monthly", NULL, LM_OCCASION },
	{ "nightly", NULL, LM_OCCASION }, { "a", NULL, LM_DET }, { "an", NULL, LM_DET },
	{ "the", NULL, LM_DET }, { "my", NULL, LM_DET }, { "your", NULL, LM_DET },
	{ "his", NULL, LM_DET }, { "her", NULL, LM_DET }, { "our", NULL, LM_DET },
	{ "their", NULL, LM_DET }, { "some", NULL, LM_DET }, { "this", NULL, LM_DET },
	{ "that", NULL, LM_DET }, { "these", NULL, LM_DET }, { "those", NULL, LM_DET },
	{ "more", NULL, LM_DET }, { "less", NULL, LM_DET }, { "fewer", NULL, LM_DET },
	{ "extra", NULL, LM_DET }, { "new", NULL, LM_DET }, { "different", NULL, LM_DET },
	{ "back", NULL, LM_PARTICLE }, { "up", NULL, LM_PARTICLE },
	{ "out", NULL, LM_PARTICLE }, { "off", NULL, LM_PARTICLE },
	{ "down", NULL, LM_PARTICLE }, { "over", NULL, LM_PARTICLE },
	{ "around", NULL, LM_PARTICLE }, { "round", NULL, LM_PARTICLE },
	{ "away", NULL, LM_PARTICLE }, { "through", NULL, LM_PARTICLE },
	{ "together", NULL, LM_PARTICLE },
	{ "someone", NULL, LM_NONAME }, { "somebody", NULL, LM_NONAME },
	{ "something", NULL, LM_NONAME }, { "anything", NULL, LM_NONAME },
	{ "everyone", NULL, LM_NONAME }, { "anyone", NULL, LM_NONAME },
	{ "it", NULL, LM_NONAME }, { "them", NULL, LM_NONAME }, { "him", NULL, LM_NONAME },
	{ "me", NULL, LM_NONAME }, { "myself", NULL, LM_NONAME }, { "us", NULL, LM_NONAME },
	{ "no", NULL, LM_NONAME }, { "not", NULL, LM_NONAME }, { "none", NULL, LM_NONAME },
	{ "nothing", NULL, LM_NONAME }, { "than", NULL, LM_NONAME },
	{ "least", NULL, LM_NONAME }, { "most", NULL, LM_NONAME }, { "max", NULL, LM_NONAME },
	{ "maximum", NULL, LM_NONAME }, { "minimum", NULL, LM_NONAME },
	{ "only", NULL, LM_NONAME }, { "just", NULL, LM_NONAME }, { "per", NULL, LM_NONAME },
	{ "i", NULL, LM_NONAME }, { "ill", NULL, LM_NONAME }, { "will", NULL, LM_NONAME },
	{ "im", NULL, LM_NONAME }, { "ive", NULL, LM_NONAME }, { "id", NULL, LM_NONAME },
	{ "again", NULL, LM_NONAME }, { "anymore", NULL, LM_NONAME },
	{ "now", NULL, LM_NONAME }, { "alone", NULL, LM_NONAME },
	{ "then", NULL, LM_NONAME }, { "also", NULL, LM_NONAME },
	{ "under", NULL, LM_NONAME }, { "below", NULL, LM_NONAME },
	{ "above", NULL, LM_NONAME }, { "about", NULL, LM_NONAME },
	{ "approximately", NULL, LM_NONAME }, { "roughly", NULL, LM_NONAME },
};
#undef RATED
#undef AMT
#undef CONT
#undef MEAS
#undef CUP

/* measures, sorted by word on first use. */
static struct lex_measure *msorted;

static int
cmp_measure(const void *a, const void *b)
{
	return strcmp(((const struct lex_measure *)a)->w, ((const struct lex_measure *)b)->w);
}

const struct lex_measure *
lex_measure(const char *key)
{
	const size_t n = sizeof measures / sizeof measures[0];
	struct lex_measure k = { key, NULL, 0 };

	if (msorted == NULL) {
		if ((msorted = malloc(sizeof measures)) == NULL)
			return NULL;
		memcpy(msorted, measures, sizeof measures);
		qsort(msorted, n, sizeof *msorted, cmp_measure);
	}
	return bsearch(&k, msorted, n, sizeof *msorted, cmp_measure);
}

/* Questions about oneself rather than about how to do a thing ("why do I always ...", "who
 * am I"): they name no action. */
static const struct lex_word wh_words[] = {
	{ "who", LX_WH, 0 }, { "what", LX_WH, 0 }, { "why", LX_WH, 0 }, { "whats", LX_WH, 0 },
	{ "wtf", LX_WH, 0 },
};

/* Vague verbs of one word: states, inner work and attitudes, not acts others could see
 * (tests/devset/README.md, S: "be happier", "feel better", "improve my self-esteem").  A
 * verb is found here by its base form (sentence_verb.c: lemma_of reads "improving" as
 * "improve"); forms that are not made with -s, -ing or -ed have rows of their own, as do the
 * nouns people open a goal with instead of the verb ("improvement in my mood").  Chosen by
 * hand from the kinds WordNet files as verb.emotion, verb.cognition and verb.change, as far
 * as goal sentences use them.  The vague verbs that are phrases ("deal with", "let go") are
 * rows of sentence_pattern.c: vague_phrases. */
#define V(w)	{ (w), LX_VAGUE, 0 }
static const struct lex_word vague_verbs[] = {
	V("feel"), V("felt"), V("feelings"), V("be"), V("being"), V("am"), V("is"),
	V("become"), V("became"), V("improve"), V("improvement"), V("improvements"), V("ace"),
	V("balance"), V("understand"), V("understood"), V("acceptance"),
	V("cope"), V("overcome"), V("overcame"), V("heal"), V("grow"), V("grew"), V("grown"),
	V("growth"), V("love"), V("embrace"), V("hate"), V("grieve"), V("forget"), V("tolerate"),
	V("achieve"), V("fail"), V("relapse"), V("waste"), V("dread"), V("catastrophise"),
	V("catastrophize"), V("ruminate"), V("overthink"), V("belong"), V("disappoint"), V("master"), V("enjoy"), V("enjoyment"), V("relax"),
	V("relaxation"), V("worry"), V("stress"), V("stressful"), V("develop"),
	V("development"), V("boost"), V("think"), V("believe"), V("trust"),
	V("forgive"), V("forgave"), V("forgiven"), V("reconnect"), V("live"), V("thrive"),
	V("recover"), V("recovery"), V("explore"), V("exploration"), V("discover"),
	V("discovery"), V("know"), V("knew"), V("known"), V("knowledge"),
};
#undef V

/* States of the body and results, which happen to a person or are given to them rather than
 * done: symptoms counted ("fewer than 4 migraine days"), clinical values held at a level
 * ("my HbA1c under 48", "my blood sugar below 8"), and results ("clear skin", "good
 * grades").  Kept, brought to or had at a level, they name no act (S), as a rated feeling
 * does not (tests/devset/README.md: "a feeling or a rating with no action named").  Chosen
 * by hand from the symptoms and measurements that diabetes, migraine, blood-pressure and
 * skin diaries ask to be recorded, and from school results. */
#define B(w)	{ (w), LX_BODY, 0 }
static const struct lex_word body_states[] = {
	B("migraine"), B("migraines"), B("headache"), B("headaches"), B("seizure"),
	B("seizures"), B("flare"), B("flares"), B("flareups"), B("attack"), B("attacks"),
	B("symptom"), B("symptoms"), B("palpitations"), B("pressure"), B("bp"), B("sugar"),
	B("sugars"), B("glucose"), B("hba1c"), B("a1c"), B("cholesterol"), B("bmi"),
	B("weight"), B("skin"), B("acne"), B("eczema"), B("grade"), B("grades"), B("marks"),
	B("gpa"), B("fraction"), B("debt"), B("debts"), B("posture"), B("flushes"), B("sweats"),
	B("snoring"),
};
#undef B

static const struct {
	const struct lex_word *rows;
	size_t n;
} tables[] = {
#define T(a)	{ (a), sizeof (a) / sizeof (a)[0] }
	T(months), T(weekdays), T(numbers), T(ordinals), T(units), T(time_words), T(frames),
	T(abstract_nouns), T(record_verbs), T(preps), T(wh_words), T(body_states), T(vague_verbs),
#undef T
};

/* All rows in one array sorted by word, merged where a word is in two tables; built on first
 * use (the library reads on one thread). */
static struct lex_word *sorted;
static size_t nsorted;

static int
cmp_word(const void *a, const void *b)
{
	return strcmp(((const struct lex_word *)a)->w, ((const struct lex_word *)b)->w);
}

static int
build(void)
{
	size_t n = 0, k = 0;

	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
		n += tables[i].n;
	if ((sorted = malloc(n * sizeof *sorted)) == NULL)
		return -1;
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
		for (size_t j = 0; j < tables[i].n; j++)
			sorted[k++] = tables[i].rows[j];
	qsort(sorted, n, sizeof *sorted, cmp_word);
	nsorted = 0;
	for (size_t i = 0; i < n; i++) {
		if (nsorted > 0 && strcmp(sorted[nsorted - 1].w, sorted[i].w) == 0) {
			sorted[nsorted - 1].cls |= sorted[i].cls;	/* keeps the first value */
			continue;
		}
		sorted[nsorted++] = sorted[i];
	}
	return 0;
}

static const struct lex_word *
lookup(const char *key)
{
	struct lex_word k = { key, 0, 0 };

	if (sorted == NULL && build() == -1)
		return NULL;
	return bsearch(&k, sorted, nsorted, sizeof *sorted, cmp_word);
}

unsigned
lex_word_class(const char *key)
{
	const struct lex_word *w = lookup(key);

	return w != NULL ? w->cls : 0;
}

int
lex_number_word(const char *key, int *val)
{
	const struct lex_word *w = lookup(key);

	if (w == NULL || !(w->cls & LX_NUMBER))
		return 0;
	*val = w->val;
	return 1;
}

/* An apostrophe: ASCII or U+2019 (E2 80 99). */
static size_t
apostrophe(const char *s, size_t i, size_t len)
{
	if (s[i] == '\'')
		return 1;
	if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == 0x99)
		return 3;
	return 0;
}

static int
is_letter(const char *s, size_t i, size_t len)
{
	unsigned char u = (unsigned char)s[i];

	if (u >= 'a' && u <= 'z')
		return 1;
	/* Non-ASCII letters are word characters; symbols are not: punctuation, arrows and
	 * dingbats (U+2000..U+2FFF), variation selectors (U+FE00..U+FE0F) and emoji
	 * (U+1F000..U+1FFFF), so "on the 14th \U0001F62C" ends with its date. */
	if (u < 0x80 || u == 0xE2)
		return 0;
	return !(i + 1 < len && ((u == 0xEF && (unsigned char)s[i + 1] == 0xB8) ||
	    (u == 0xF0 && (unsigned char)s[i + 1] == 0x9F)));
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static struct token *
push(struct tokens *t, size_t off, size_t len, enum tok_kind kind)
{
	struct token *k;

	if (t->n == t->cap) {
		int cap = t->cap ? t->cap * 2 : 64;
		struct token *p = realloc(t->t, (size_t)cap * sizeof *p);

		if (p == NULL)
			return NULL;
		t->t = p;
		t->cap = cap;
	}
	k = &t->t[t->n++];
	memset(k, 0, sizeof *k);
	k->off = off;
	k->len = len;
	k->kind = kind;
	return k;
}

static void
word_classes(struct token *k, const char *s)
{
	size_t n = 0;
	const struct lex_word *w;

	for (size_t i = 0; i < k->len && n + 1 < sizeof k->key; i++)
		if (s[k->off + i] != '\'' && (unsigned char)s[k->off + i] < 0x80)
			k->key[n++] = s[k->off + i];
	k->key[n] = '\0';
	if (n == 0 || (w = lookup(k->key)) == NULL)
		return;
	k->cls = w->cls;
	k->val = w->val;
}

/* Whether digits at i are followed by a dot and more digits: the middle of "1.4.2026". */
static int
dotted_date(const char *s, size_t i, size_t len)
{
	while (i < len && is_digit(s[i]))
		i++;
	return i + 1 < len && s[i] == '.' && is_digit(s[i + 1]);
}

/* Digits at i: "7", "10,000", "7.5", and an ordinal's letters ("3rd"). */
static size_t
scan_number(const char *s, size_t i, size_t len, struct token *k)
{
	size_t j = i;
	double v = 0;

	while (j < len && is_digit(s[j]))
		v = v * 10 + (s[j++] - '0');
	k->digits = (int)(j - i);
	while (j + 3 < len && s[j] == ',' && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
	    is_digit(s[j + 3]) && (j + 4 >= len || !is_digit(s[j + 4])) && j - i <= 3) {
		v = v * 1000 + (s[j + 1] - '0') * 100 + (s[j + 2] - '0') * 10 + (s[j + 3] - '0');
		j += 4;
	}
	/* "7.5", but not "31.03.2026", a date written with dots */
	if (j + 1 < len && s[j] == '.' && is_digit(s[j + 1]) && !dotted_date(s, j + 1, len) &&
	    !(i >= 2 && s[i - 1] == '.' && is_digit(s[i - 2]))) {
		double f = 1;

		for (j++; j < len && is_digit(s[j]); j++) {
			f /= 10;
			v += (s[j] - '0') * f;
		}
	}
	k->num = v;
	/* an ordinal names a day, a rank or a step: "88888888888888th" is a number with
	 * letters after it, and would not fit k->val */
	if (k->digits <= 4 && j + 1 < len && (!strncmp(s + j, "st", 2) || !strncmp(s + j, "nd", 2) ||
	    !strncmp(s + j, "rd", 2) || !strncmp(s + j, "th", 2)) &&
	    (j + 2 >= len || !is_letter(s, j + 2, len))) {
		k->cls = LX_ORDINAL;
		k->val = (int)v;
		j += 2;
	}
	return j - i;
}

int
lex_tokenize(struct tokens *t, const char *s, size_t len)
{
	size_t i = 0;

	t->n = 0;
	while (i < len) {
		struct token *k;
		size_t j = i, a;

		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			i++;
			continue;
		}
		if (is_digit(s[i])) {
			if ((k = push(t, i, 0, TK_NUM)) == NULL)
				return -1;
			k->len = scan_number(s, i, len, k);
			i += k->len;
			continue;
		}
		if (is_letter(s, i, len)) {
			while (j < len) {
				if (is_letter(s, j, len))
					j++;
				else if ((a = apostrophe(s, j, len)) > 0 && j + a <= len &&
				    (j + a == len || is_letter(s, j + a, len) || s[j - 1] == 's'))
					j += a;
				else
					break;
			}
			if ((k = push(t, i, j - i, TK_WORD)) == NULL)
				return -1;
			word_classes(k, s);
			i = j;
			continue;
		}
		a = text_utf8_len(s + i, len - i);
		if ((k = push(t, i, a ? a : 1, TK_PUNCT)) == NULL)
			return -1;
		if (k->len < sizeof k->key)
			memcpy(k->key, s + i, k->len);
		i += k->len;
	}
	return 0;
}

void
lex_tokens_free(struct tokens *t)
{
	free(t->t);
	t->t = NULL;
	t->n = t->cap = 0;
}

int
lex_is(const struct tokens *t, int i, const char *w)
{
	return i >= 0 && i < t->n && t->t[i].kind == TK_WORD && strcmp(t->t[i].key, w) == 0;
}

int
lex_in(const struct tokens *t, int i, const char *const *words, size_t n)
{
	if (i < 0 || i >= t->n || t->t[i].kind != TK_WORD)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (t->t[i].key[0] == words[k][0] && strcmp(t->t[i].key, words[k]) == 0)
			return 1;
	return 0;
}

static int
is_hyphen(const struct tokens *t, int i)
{
	return i < t->n && t->t[i].kind == TK_PUNCT && (strcmp(t->t[i].key, "-") == 0 ||
	    strcmp(t->t[i].key, "\xE2\x80\x93") == 0);
}

int
lex_phrase(const struct tokens *t, int i, const char *phrase)
{
	int start = i;
	const char *p = phrase;

	while (*p) {
		size_t n = strcspn(p, " ");

		/* each word compared in place: this runs for every token and every opener */
		if (i >= t->n || t->t[i].kind != TK_WORD || strncmp(t->t[i].key, p, n) != 0 ||
		    t->t[i].key[n] != '\0')
			return 0;
		i++;
		p += n;
		if (*p == ' ') {
			p++;
			if (is_hyphen(t, i))
				i++;
		}
	}
	return i - start;
}

int
lex_number(const struct tokens *t, int i, long *val)
{
	int j = i;
	long v;

	if (i >= t->n)
		return 0;
	if (t->t[i].kind == TK_NUM && !(t->t[i].cls & LX_ORDINAL) && t->t[i].num < 1e9 &&
	    t->t[i].num == (double)(long)t->t[i].num) {
		*val = (long)t->t[i].num;
		return 1;
	}
	/* "a dozen", "a couple of", "a hundred" */
	if ((lex_is(t, j, "a") || lex_is(t, j, "an")) && j + 1 < t->n &&
	    (t->t[j + 1].cls & LX_NUMBER) && t->t[j + 1].val >= 2 &&
	    (t->t[j + 1].val == 12 || t->t[j + 1].val == 2 || t->t[j + 1].val >= 100))
		j++;
	if (j >= t->n || !(t->t[j].cls & LX_NUMBER))
		return 0;
	v = t->t[j++].val;
	/* "twenty-one", "twenty one" */
	if (v >= 20 && v <= 90 && v % 10 == 0) {
		int h = is_hyphen(t, j) ? 1 : 0;

		if (j + h < t->n && (t->t[j + h].cls & LX_NUMBER) && t->t[j + h].val >= 1 &&
		    t->t[j + h].val <= 9) {
			v += t->t[j + h].val;
			j += h + 1;
		}
	}
	if (v == 2 && lex_is(t, j - 1, "couple") && lex_is(t, j, "of"))
		j++;
	*val = v;
	return j - i;
}

int
lex_ordinal(const struct tokens *t, int i, int *val)
{
	int j = i;

	if (lex_is(t, j, "the"))
		j++;
	if (j >= t->n)
		return 0;
	if ((t->t[j].cls & LX_ORDINAL) && t->t[j].val > 0) {
		*val = t->t[j].val;
		return j + 1 - i;
	}
	/* "twenty-first", "thirty first" */
	if ((t->t[j].cls & LX_NUMBER) && (t->t[j].val == 20 || t->t[j].val == 30)) {
		int h = is_hyphen(t, j + 1) ? 1 : 0;
		int k = j + 1 + h;

		if (k < t->n && (t->t[k].cls & LX_ORDINAL) && t->t[k].val >= 1 &&
		    t->t[k].val <= 9) {
			*val = t->t[j].val + t->t[k].val;
			return k + 1 - i;
		}
	}
	return 0;
}
