/* lexicon.h: the words a goal sentence is read with, as tables, and the tokens a sentence is
 * split into.  Each word class is one table in lexicon.c; a new word is one row there, and
 * every grammar that reads that class (dates now, numbers and verbs next) sees it. */
#ifndef GOALKIT_LEXICON_H
#define GOALKIT_LEXICON_H

#include <stddef.h>

/* Word classes, as bits: one word may be in several ("may" is a month and a verb, "second"
 * an ordinal and a unit). */
enum lex_class {
	LX_MONTH	= 1u << 0,	/* val 1..12 */
	LX_WEEKDAY	= 1u << 1,	/* val 0 (Monday) .. 6; plural "fridays" has LX_PLURAL */
	LX_NUMBER	= 1u << 2,	/* a number word: val its value ("twelve", "dozen") */
	LX_ORDINAL	= 1u << 3,	/* "third": val 3; "last": val -1 */
	LX_UNIT		= 1u << 4,	/* a span of the calendar: val an enum lex_unit */
	LX_PLURAL	= 1u << 5,
	LX_NEXT		= 1u << 6,	/* "next", "coming", "following", "upcoming" */
	LX_THIS		= 1u << 7,	/* "this", "current" */
	LX_SEASON	= 1u << 8,	/* spring, summer ...: a frame with no date */
	LX_FRAME	= 1u << 9,	/* "term", "birthday": an event that bounds a goal, undated */
	LX_PART		= 1u << 10,	/* "end", "start", "middle": val an enum lex_part */
	LX_RELDAY	= 1u << 11,	/* "today" 0, "tomorrow" 1, "tonight" 0 */
	LX_ABSTRACT	= 1u << 12,	/* a noun nobody could watch being done: life, trust */
	LX_RECORD	= 1u << 13,	/* a verb that observes or says: track, rate, talk about */
	LX_PREP		= 1u << 14,	/* a word that ends a verb's object: to, with, about */
	LX_WH		= 1u << 15,	/* who, what, why: a question about oneself, not a plan */
	LX_BODY		= 1u << 16,	/* a state of the body or a result: migraines, HbA1c */
	LX_VAGUE	= 1u << 17,	/* a verb of no act others could see: feel, improve */
};

enum lex_unit { U_DAY, U_WEEK, U_FORTNIGHT, U_MONTH, U_QUARTER, U_YEAR, U_WEEKEND,
	U_WEEKDAY, U_HOUR };

enum lex_part { P_START, P_MIDDLE, P_END, P_EARLY, P_LATE };

enum tok_kind { TK_WORD, TK_NUM, TK_PUNCT };

struct token {
	size_t off, len;	/* in the text read */
	enum tok_kind kind;
	unsigned cls;		/* enum lex_class bits, for words and ordinal numbers */
	int val;		/* the class's value, see enum lex_class */
	double num;		/* TK_NUM: its value; "3rd" is 3 with LX_ORDINAL */
	int digits;		/* TK_NUM: how many digits it was written with */
	char key[24];		/* a word folded for look-up: lower case, apostrophes dropped */
};

struct tokens {
	struct token *t;
	int n, cap;
};

/* Splits text (len bytes, ASCII already lower-cased) into t, reusing its array.  Letters
 * and digits that touch ("feb13", "3x") are two tokens; "3rd" is one.  Returns 0, or -1
 * when out of memory. */
int lex_tokenize(struct tokens *t, const char *text, size_t len);
void lex_tokens_free(struct tokens *t);

/* The word classes of key (a folded word), 0 for a word in none. */
unsigned lex_word_class(const char *key);

/* Whether token i is the word w (its folded key). */
int lex_is(const struct tokens *t, int i, const char *w);

/* Whether token i is a word and one of the n folded keys of words (a word class kept as a
 * short list beside the grammar that reads it). */
int lex_in(const struct tokens *t, int i, const char *const *words, size_t n);

#define LEX_IN(t, i, list)	lex_in((t), (i), (list), sizeof(list) / sizeof((list)[0]))

/* Matches the words of phrase (space-separated keys) at token i; returns the number of
 * tokens matched, or 0.  A hyphen between words is skipped ("mid-april"). */
int lex_phrase(const struct tokens *t, int i, const char *phrase);

/* A whole number at token i: digits, or number words up to the thousands ("twenty-one",
 * "a dozen", "a couple of").  Returns the tokens used (0 if none) and sets *val. */
int lex_number(const struct tokens *t, int i, long *val);

/* Whether key (a folded word) is in the number class; sets *val to its value. */
int lex_number_word(const char *key, int *val);

/* An ordinal at token i: "3rd", "third", "twenty-first", "the 3rd".  Returns tokens used. */
int lex_ordinal(const struct tokens *t, int i, int *val);

/* What a goal counts or rates, for naming its measure: a journal tag for occurrences (a
 * call, a panic attack), a metric for amounts and ratings (coffees, hours, anxiety). */
enum lex_measure_kind {
	LM_RATED	= 1u << 0,	/* rated on a scale: "anxiety down to a 3" */
	LM_AMOUNT	= 1u << 1,	/* an amount, not an occurrence: coffees, pages, hours */
	LM_CONTINUOUS	= 1u << 2,	/* measured, not counted: "under 2 hours" keeps its 2 */
	LM_CONTAINER	= 1u << 3,	/* a measure of what follows "of": "cups of tea" is tea */
	LM_OCCASION	= 1u << 4,	/* times, evenings: when, not what */
	LM_DET		= 1u << 5,	/* a, the, my: stands before the word that names */
	LM_PARTICLE	= 1u << 6,	/* back, up, out: part of the verb ("call back") */
	LM_NONAME	= 1u << 7,	/* someone, it, myself: names nothing to count */
};

struct lex_measure {
	const char *w;		/* folded, as token keys are */
	const char *name;	/* the measure's name, or NULL for w itself */
	unsigned kind;		/* enum lex_measure_kind bits */
};

/* The row for the folded word key in the measure table, or NULL. */
const struct lex_measure *lex_measure(const char *key);

#endif
