/* sentence.c: reads a goal sentence for its target, deadline and wording with PCRE2 patterns
 * kept by a reader, so goalcheck and smartify judge a sentence the same way. */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "alloc.h"
#include "datex.h"
#include "lexicon.h"
#include "sentence.h"
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
 *     the first such place to the last (see trigger and start_set);
 *   - patterns are compiled when first needed and JIT-compiled when next needed once the
 *     reader has read JIT_AFTER sentences; match data and the read's lists are reused;
 *   - the built-in patterns match case exactly on the folded text (see compile_opts).
 * None of this changes what is read: each shortcut skips only work that cannot match.
 */

/* Lists kept by each read; later quantities than these are ignored, which only matters
 * for text that is not a goal sentence at all. */
#define MAXQ	48
#define MAXEX	64
#define MAXF	16
#define MAXSCAN	4096	/* matches looked at per pattern and sentence */

/* After this many sentences a reader JIT-compiles each pattern as it is next used: a file of
 * a few goals pays nothing for it, and one of thousands reads several times faster. */
#define JIT_AFTER	24
#define JIT_LONG	4096	/* ... and so does one long text */
#define FOLD_PAD	64	/* zero bytes kept after the folded text, see fold() */

/* Building blocks of the patterns below, which are written in lower case. */
#define AP	"['\\x{2019}]"
#define UNITS	"one|two|three|four|five|six|seven|eight|nine"
#define NUMW	"(?:(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)" \
		"(?:[\\s-]+(?:" UNITS ")\\b)?|eleven|twelve|thirteen|fourteen|fifteen|" \
		"sixteen|seventeen|eighteen|nineteen|ten|zero|" UNITS ")\\b"
/* Digits, with thousands separators or decimals, but not an ordinal, a clock time or the
 * numerator of a rating or date. */
#define DIGITS	"(?<![\\w.,:/])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?" \
		"(?!\\d|st\\b|nd\\b|rd\\b|th\\b|:\\d|/\\d|(?!(?:mins|hours|hrs|days|times|" \
		"steps|pages|words|secs|miles|glasses|cups|units|calories|kcal)\\b)[a-z]{4})"
#define NUMBER	"(?:\\b(?:half\\s+an?(?=\\s+hours?\\b)|half\\s+a(?=\\s+dozen\\b)|" \
		"an?(?=\\s+(?:hours?|hr|dozen|hundred|thousand)\\b)|(?:a\\s+)?couple(?:\\s+of\\b|" \
		"(?=\\s+(?:times|more|days|nights|hours|minutes|weeks|x)\\b))|" \
		"once\\b|twice\\b|thrice\\b|" NUMW ")|" DIGITS ")" \
		"(?:[\\s-]+(?:hundred|thousand|dozen)\\b)?(?:\\s+and\\s+a\\s+half\\b)?"
#define MONTH	"(?:(?:january|february|march|april|may|june|july|august|september|october|" \
		"november|december)\\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?)"
#define WEEKDAY	"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
#define PERIODN	"(?:day|night|morning|evening|eve|afternoon|weekday|work\\s*day|working\\s+day|" \
		"work\\s*night|week\\s*night|school\\s+night|" \
		"week|wk|weekend|fortnight|month|mth|mo|year|yr)"
#define PERADV	"(?:daily|nightly|weekly|fortnightly|bi-?weekly|monthly|yearly|annually)"
/* Words before a date.  The last few start a goal rather than end it. */
#define DPRE	"\\b(?<pre>by|before|until|till|til|up\\s+until|up\\s+to|through\\s+to|" \
		"through|thru|to|on\\s+or\\s+before|on|no\\s+later\\s+than|ending|due|in|" \
		"from|starting|since|after|beginning|as\\s+of)"
#define TIMEU	"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h)"

/* What may open a goal: "I want to", "I'll", "My goal is to". */
#define PREAMBLE \
	"\\b(?:(?:i|we)(?:\\s+(?:really|just|also|truly|honestly|finally|definitely|still|" \
	"seriously|now))*(?:" AP "ll|" AP "d\\s+(?:like|love)\\s+to|" AP "m\\s+(?:going|" \
	"planning|aiming|hoping|trying|determined|committed)\\s+to|" AP "m\\s+gonna|" \
	"\\s+(?:will|shall|want\\s+to|wanna|would\\s+(?:like|love)\\s+to|need\\s+to|" \
	"am\\s+(?:going|planning|aiming|hoping|trying|determined|committed)\\s+to|" \
	"am\\s+gonna|plan\\s+to|intend\\s+to|hope\\s+to|aim\\s+to|wish\\s+to|must|should|" \
	"can|could|commit\\s+to|promise\\s+to|have\\s+to|choose\\s+to|decide\\s+to|" \
	"resolve\\s+to|gotta))|my\\s+(?:goal|aim|plan)\\s+is\\s+to|the\\s+goal\\s+is\\s+to)\\b" \
	"|\\bgoal\\s*:" \
	"|\\b(?:i\\s+)?(?:do\\s+not|don" AP "?t)\\s+want\\s+to\\b" \
	"|\\b(?:(?:is|would|will)\\s+it\\s+(?:be\\s+)?(?:ok|okay|realistic|possible|reasonable|" \
	"feasible|fine|normal|sensible|alright|a\\s+good\\s+idea|worth\\s+it|unrealistic|" \
	"too\\s+much)\\s+(?:for\\s+me\\s+)?(?:to|if\\s+i)|(?:can|could|should|shall|may|might)" \
	"\\s+(?:i|we)|(?:would|will)\\s+(?:i|we)\\s+be\\s+able\\s+to|(?:am|are)\\s+(?:i|we)\\s+" \
	"able\\s+to|how\\s+(?:do|can|could|should|would|will|might)\\s+(?:i|we)|" \
	"what\\s+if\\s+(?:i|we))\\b"

/* Clock times, dates, percentages; and years, which are no target either. */
#define EXCL \
	"(?<![\\d:])\\d++(?::\\d++)++(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)(?!\\w))?" \
	"|\\b\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)(?!\\w)" \
	"|\\b\\d{1,2}\\s*o" AP "clock\\b" \
	"|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b" \
	"|\\b24/7\\b" \
	"|\\b\\d++(?:\\.\\d++)?\\s*(?:%|per\\s*cent\\b|percent\\b)"
/* Numbers after a word that says they count nothing: labels ("chapter 2"), ages ("once I
 * turn 40", "I'm only 38"), hedged counts of the problem ("like 30 times"), texting's "2" for
 * "to", "one day" for some day, "not even once", "every single one of" (all of them). */
#define EXCL_WORDS \
	"\\b(?:chapter|step|level|part|season|episode|module|lesson|phase|grade|stage|volume|" \
	"year|class|room|flat|route|platform|gate)\\s+\\d+\\b" \
	"|\\b(?:turn|turns|turning|turned|aged?|age\\s+of)\\s+\\d{1,3}\\b" \
	"|\\b\\d{1,3}\\s*(?:years?\\s+old|yo|y/o)\\b" \
	"|\\b(?:i" AP "?m|i\\s+am)\\s+(?:only\\s+|nearly\\s+|almost\\s+|just\\s+)?\\d{1,2}\\b" \
	"|\\b(?:like|liek)\\s+\\d+(?:\\s+or\\s+\\d+)?\\s+times\\b" \
	"|(?<!d\\s)\\blike\\s+(?:about\\s+)?\\d+\\b(?!\\s*/|\\s+out\\s+of)" \
	"|\\b(?:want|wants|need|needs|got|going|talk|talking|speak|listen|go|come|try|able|" \
	"used|wanna|gonna|back|up|reply|text|say|nice|kind|open)\\s+2(?=\\s+(?:him|her|them|me|" \
	"my|the|a|be|get|have|go|do|make|see|talk|stop|start|sleep|eat|work|feel|bed|us)\\b)" \
	"|^\\W*one\\s+day\\b|\\bone\\s+day\\s+(?:i|we|soon|maybe)\\b|\\bone\\s+day\\s*[.!?]*$" \
	"|\\bnot\\s+(?:even\\s+)?once\\b" \
	"|\\b(?:every|each)\\s+(?:single\\s+)?one\\s+of\\b"
#define EXCL_YEAR \
	"\\b(?:in|by|until|till|before|during|of|since|from|through|for|after)\\s+" \
	"(?:early\\s+|late\\s+|mid-?)?(?:19|20)\\d\\d\\b(?!\\s*(?:steps|words|pages|calories|" \
	"times|x\\b))"

enum re_id {
	/* spans no target can come from */
	RE_EXCL, RE_EXCL_NY, RE_EXCL_WORDS, RE_RESP, RE_DUR,
	/* targets */
	RE_QTY, RE_UNIT, RE_WIN, RE_POST, RE_LBMOST, RE_CLOCKPRE, RE_CLOCKNEXT, RE_RATING,
	RE_RATEPER, RE_FREQ, RE_WDAY, RE_ONCE_CNT, RE_NEGQ, RE_NEGCNT, RE_FEWOCC,
	RE_MONEYV,
	/* wording */
	RE_VAGUE, RE_ABS, RE_EXCUSE, RE_BACKGROUND, RE_SUBJ, RE_NEGNEAR, RE_PASTV, RE_PCT_BEFORE,
	RE_PCT_AFTER,
	/* the main verb */
	RE_LEAD, RE_PREAMBLE, RE_PREAMBLE_AT, RE_SKIP, RE_V_SPECIAL, RE_V_WISH, RE_V_VAGUE,
	RE_V_BROAD, RE_V_BARE,
	RE_N
};

static const char *const patterns[RE_N] = {
	[RE_EXCL] = EXCL "|" EXCL_YEAR,
	/* The same without years, for a text with no 19xx or 20xx in it. */
	[RE_EXCL_NY] = EXCL,
	[RE_EXCL_WORDS] = EXCL_WORDS,
	/* "within 1 hour" asks for a quick response: a threshold, not a deadline. */
	[RE_RESP] =
	    "\\bwithin\\s+(?:the\\s+)?(?:" NUMBER "\\s*|the\\s+)?[\\s-]*" TIMEU "\\b",
	/* "for 20 minutes" is how long each time lasts, unless a period follows: "a day", or
	 * within a few words "every day" or "daily" ("for 15 minutes after work each day"
	 * is 15 minutes a day, as "15 minutes a day" is). */
	[RE_DUR] =
	    "\\bfor\\s+(?:about\\s+|around\\s+|roughly\\s+|approximately\\s+|at\\s+least\\s+|"
	    "a\\s+good\\s+|another\\s+|up\\s+to\\s+|over\\s+)?" NUMBER
	    "(?:\\s*(?:-|to|or)\\s*" NUMBER ")?[\\s-]*" TIMEU "\\b"
	    "(?!\\s*(?:a|an|per|/)\\s*" PERIODN "\\b|\\s+" PERADV "\\b|"
	    "(?:\\s+[a-z'-]+){0,3}?\\s+(?:(?:each|every|evry)\\s+" PERIODN "|" PERADV ")\\b)",

	[RE_QTY] =
	    "\\b(?:(?:(?<pl>at\\s+least|a\\s+minimum\\s+of|minimum\\s+of|minimum|min|"
	    "no\\s+(?:fewer|less)\\s+than|not\\s+(?:fewer|less)\\s+than)|(?<pm>at\\s+(?:the\\s+)?"
	    "most|no\\s+more\\s+than|not\\s+more\\s+than|a\\s+maximum\\s+of|maximum\\s+of|maximum|"
	    "(?:(?:get(?:ting)?|be|bring(?:ing)?|come|cut(?:ting)?)\\s+(?:it\\s+)?)?down\\s+to"
	    "(?:\\s+an?(?=\\s+\\d))?|only|"
	    "max|up\\s+to|no\\s+over|not\\s+over)|(?<plt>fewer\\s+than|less\\s+than|under|below|"
	    "lower\\s+than)|(?<pgt>more\\s+than|over|above|higher\\s+than|greater\\s+than)|"
	    "(?<btw>between|anywhere\\s+between|somewhere\\s+between))\\s+)?"
	    "(?:(?:[\\x{a3}$\\x{20ac}]\\s*)?(?<n1>" NUMBER ")(?:(?(<btw>)(?:\\s+and\\s+|\\s*(?:-|\\x{2013}|to)\\s*)|"
	    "\\s*(?:-|\\x{2013}|to|or)\\s*)(?<n2>" NUMBER "))?"
	    "(?<post>\\s*\\+|\\s+or\\s+(?:more|over|above|higher|greater|fewer|less|under|"
	    "below|lower)\\b)?|x\\s?(?<xn>\\d{1,4})\\b)",
	/* Anchored after a quantity: what it counts. */
	[RE_UNIT] =
	    "\\G(?:(?<adjt>-(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)\\b)|"
	    "(?<adj>-(?:days?|weeks?|months?|years?|miles?|km|k|pages?|steps?|words?|person|"
	    "people|point|mile|metre|meter)\\b)"
	    "|(?<cnt>\\s*(?:times?\\b|x(?!\\w))|[\\s-]+(?:days?|nights?|evenings?|mornings?|"
	    "afternoons?|weekdays|week\\s*days|work\\s*days|working\\s+days|weekends|"
	    "occasions)\\b)"
	    "|(?<dur>[\\s-]*" TIMEU "\\b)"
	    "|(?<dose>\\s*(?:mg|mcg|\\x{b5}g|ug|ml|milligrams?|micrograms?|millilit(?:re|er)s?)\\b)"
	    "|(?<kilo>k(?=\\s+(?:steps|words|calories)\\b))"
	    "|\\s*(?:l|litres?|liters?)\\b"
	    "|(?<other>\\s*(?:%|per\\s*cent\\b|percent\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.|o" AP "clock"
	    "|:\\d|/\\s*\\d|out\\s+of\\s+(?!7\\b|5\\b)\\d)))?",
	/* Anchored after a quantity: the period it is counted over, a few words on.  "and" ends
	 * the quantity's clause, unless one word and then the period follow ("five portions of
	 * fruit and veg a day"); "3x wk" needs no "a". */
	[RE_WIN] =
	    "\\G(?:\\s+(?:days?\\s+|nights?\\s+|evenings?\\s+|mornings?\\s+|times\\s+)?"
	    "(?:out\\s+of|from|in)\\s+(?<wk7>7|seven)\\b(?:\\s+(?:days|nights|evenings|mornings))?|"
	    "(?:\\s+weekdays)?\\s+out\\s+of\\s+(?<wk5>5|five)\\b"
	    "(?=\\s*(?:weekdays|working\\s+days|days|$|[,.;!?]))|"
	    "(?:(?:\\s+|\\s*-\\s*)(?!(?:and(?!\\s+[a-z]+\\s+(?:a|per|each|every)\\s+" PERIODN "\\b)|"
	    "but|or|then|so|because|while|when|whenever|if|"
	    "until|till|by|within|for\\s+the|in\\s+the|over\\s+the|once|twice|thrice|"
	    NUMW ")\\b)[^\\s,.;:!?()\\[\\]\\d/]++){0,7}?\\s*(?:(?:(?:a|an|per|each|every|evry|in\\s+the|"
	    "every\\s+single|in\\s+a|in\\s+each|on\\s+any|on\\s+each|on\\s+every|on\\s+a|/)\\s*"
	    "|(?<=\\dx\\s|\\d\\sx\\s))(?<per>" PERIODN ")\\b|(?<padv>" PERADV "|everyday)\\b|"
	    "(?:on\\s+)?most\\s+(?<most>day|night|morning|evening|week)s\\b|"
	    "on\\s+(?<most2>weekdays|weeknights|week\\s+(?:days|nights)|work\\s*days|"
	    "working\\s+days|school\\s+nights|weekends)\\b))",
	[RE_POST] =
	    "\\G\\s*,?\\s*(?:(?<few>or\\s+(?:fewer|less|under|below|lower)|max(?:imum)?\\b|"
	    "at\\s+(?:the\\s+)?most\\b|tops\\b)|(?<more>or\\s+(?:more|over|above|higher)\\b|"
	    "at\\s+least\\b|minimum\\b))",
	/* Before a quantity: "limit social media to", "cut down to"; the object between may be
	 * long ("limit calls to my mum about the wedding to"). */
	[RE_LBMOST] =
	    "(?:\\b(?:limit|cap|restrict|reduce|keep|lower|stick|drop|cut(?:ting)?(?:\\s+(?:down|back))?"
	    "|bring(?:ing)?(?:\\s+it)?\\s+down)(?:s|ed|ing|ping|ped|ting)?\\b"
	    "(?:\\s+[^\\s,.;:!?\\d]+){0,8}?\\s+(?:to|from|at)"
	    "|\\bcut(?:ting)?\\s+(?:down|back)(?:\\s+to)?)\\s+$",
	[RE_CLOCKPRE] =
	    "\\b(?:by|at|before|after|until|till|past|from|around|about|between)\\s+"
	    "(?:(?:exactly|around|about|roughly|precisely)\\s+)?$",
	[RE_CLOCKNEXT] =
	    "\\G\\s*(?:$|[,.;:!?)]|(?:every|each|on|at|and|or|tonight|in|most|then|so|to|daily|"
	    "nightly|during|with|when|if|until|till|latest|sharp|the|before|after)\\b)",
	[RE_RATING] =
	    "\\b(?:(?<rpre>at\\s+least|at\\s+most|no\\s+more\\s+than|no\\s+less\\s+than|"
	    "down\\s+to(?:\\s+an?)?|"
	    "not\\s+(?:more|less)\\s+than|no\\s+(?:higher|lower)\\s+than|above|over|below|under|"
	    "less\\s+than|lower\\s+than|more\\s+than|higher\\s+than|greater\\s+than|at|of|to|"
	    "around|about|a|an)\\s+)?(?<rn>\\d{1,3}(?:\\.\\d+)?|" NUMW ")\\s*(?:/|out\\s+of)\\s*"
	    "(?<rd>10|5|100)\\b(?!/\\d)(?:\\s+or\\s+(?<rpost>higher|more|above|better|greater|"
	    "over|lower|less|below|under|fewer|worse)\\b)?",
	[RE_RATEPER] =
	    "\\b(?<radv>daily|weekly|monthly)\\b(?:\\s+[^\\s,.;:!?\\d]+){0,4}?\\s+$",
	[RE_FREQ] =
	    "\\b(?:(?:every|evry|each)(?:\\s+single)?\\s+(?:(?<alt>other|second|alternate)\\s+"
	    "(?<au>day|night|morning|evening|weekend|week|month|" WEEKDAY ")|(?<en>" NUMBER ")\\s+"
	    "(?<eu>day|week|month)s|(?<wdl>" WEEKDAY "(?:\\s*(?:,|and|&|\\+)\\s*(?:(?:every|each|"
	    "on)\\s+)?" WEEKDAY ")*)|(?<u>day|night|morning|evening|eve|afternoon|weekday|wk|"
	    "week\\s*day|work\\s*day|working\\s+day|week\\s*night|work\\s*night|school\\s+night|"
	    "weekend|week|"
	    "fortnight|month|year))"
	    "|(?<adv>daily|nightly|weekly|fortnightly|bi-?weekly|monthly|yearly|annually)"
	    "|everyday(?=\\s*(?:$|[.,;!?]|and\\b|for\\b|until\\b|by\\b|before\\b|within\\b))"
	    "|(?:on|at)\\s+(?<wkdays>weekdays|week\\s*days|workdays|work\\s+days|working\\s+days|"
	    "week\\s*nights|school\\s+nights)"
	    "|(?:on|at)\\s+(?:the\\s+)?(?<wkends>weekends?)"
	    "|on\\s+(?<wdp>" WEEKDAY "(?:s|\\s+(?:morning|afternoon|evening|night|lunchtime)s)"
	    "(?:\\s*(?:,|and|&)\\s*" WEEKDAY "s?)*)"
	    "|on\\s+alternate\\s+days)\\b",
	[RE_WDAY] = "\\b" WEEKDAY,
	/* Anchored after a "once": what shows it counts ("call my dad once by Friday") rather
	 * than opens a clause ("once I feel ready") or an idiom ("once and for all"). */
	[RE_ONCE_CNT] =
	    "\\G\\s*(?:$|[.,;:!?)]|(?:by|before|until|till|within|during|this|next|today|"
	    "tomorrow|tonight|or|in\\s+(?:the|\\d)|on\\s+[a-z]*day)\\b)",

	/* Just before an amount of money: a verb that makes it a target ("save \u00a3200 a month"). */
	[RE_MONEYV] =
	    "\\b(?:save|saving|saves|pay|paying|pays|put|putting|puts|spend|spending|lend|"
	    "budget|invest|earn|set\\s+aside|transfer|donate|give)\\b(?:\\s+(?:off|back|away|aside|up))?"
	    "(?:\\s+(?:at\\s+least|about|around|another|an\\s+extra|extra))?"
	    "(?:\\s*[\\x{a3}$\\x{20ac}])?\\s*$",
	/* Just before "more than N": a negation in the same clause. */
	/* Just before a count with no limit or period: a word that makes it the count of
	 * what is to end ("stop rehearsing every email ten times", "never again work three
	 * long days", "without checking it 3 times"); "stop at 2 drinks" sets a limit.  A
	 * dash between words ends the clause ("I've never been - I'd like to go to 3"). */
	[RE_NEGCNT] =
	    "\\b(?:never|stop|stopping|quit|quitting|without)\\b(?!\\s+(?:at|after)\\b)"
	    "(?:[^,.;:!?\\x{2013}\\x{2014}-]|(?<=\\w)-(?=\\w)){0,60}$",
	/* Just before "each week": days counted with no number ("some days off each week", "a
	 * few evenings every week"), which "each week" is the period of: no target. */
	[RE_FEWOCC] =
	    "\\b(?:some|a\\s+few|several)\\s+(?:[a-z-]+\\s+)?(?:days|nights|mornings|"
	    "evenings|afternoons|lunchtimes|times)\\b[^,.;:!?\\d]{0,40}$",
	[RE_NEGQ] =
	    "(?:\\bnot|\\bnever|n" AP "t|\\bdont)\\b[^,.;:!?]{0,60}$",
	[RE_VAGUE] =
	    "\\b(?:more\\s+often|(?<!\\bor\\s)(?<!\\bno\\s)(?<!\\bany\\s)more(?!\\s+than\\b)|"
	    "(?<!\\bor\\s)(?<!\\bno\\s)less(?!\\s+than\\b)|(?<!\\bor\\s)better|"
	    "(?<!\\bor\\s)fewer(?!\\s+than\\b)|improv(?:e|es|ed|ing|ement)|"
	    "work(?:ing)?\\s+(?:on|through)|tr(?:y|ying)\\s+(?:to|and)|(?<![-\\w])feel(?:s|ing)?|"
	    "be\\s+a\\s+better|becom(?:e|es|ing)|became|"
	    "get(?:ting)?\\s+my\\s+(?:life|act|shit|head)\\s+together|"
	    "get(?:ting)?\\s+(?:fitter|healthier|better|a\\s+handle|to\\s+a\\s+place|"
	    "on\\s+top\\s+of|over|through|in\\s+shape)|understand(?:s|ing)?|accept(?:s|ing)?|"
	    "figur(?:e|ing)\\s+out|find(?:ing)?\\s+(?:some\\s+|inner\\s+|more\\s+)?peace|"
	    "sort(?:ing)?\\s+(?:out|myself)|learn(?:ing)?\\s+(?:to|how\\s+to)|regularly|"
	    "as\\s+much\\s+as\\s+(?:possible|i\\s+can)|happier|healthier|healthily|calmer|kinder|"
	    "fitter|stronger|braver|deal(?:ing)?\\s+with|cop(?:e|ing)\\s+with|"
	    "manag(?:e|ing)\\s+my|handl(?:e|ing)\\s+my|overcom(?:e|ing)|a\\s+(?:bit|lot)|"
	    "somewhat|sometimes|often|occasionally|frequently|enough|"
	    "enjoy(?:ing)?\\s+(?:my\\s+)?life|in\\s+general|stuff|things\\s+like\\s+that|"
	    "happiness|inner\\s+peace|peace\\s+of\\s+mind|well-?being|self-(?:esteem|confidence|"
	    "worth|love|acceptance)|positivity|fulfil?ment|mindset|work-life\\s+balance)\\b",
	[RE_ABS] =
	    "\\b(?:(?:never|always|every\\s+single|each\\s+and\\s+every|every\\s+last|"
	    "every\\s+waking|completely|totally|entirely|absolutely|utterly|perfect(?:ly)?|"
	    "flawless(?:ly)?|forever|all\\s+the\\s+time|at\\s+all\\s+times|"
	    "without\\s+(?:fail|exception)|no\\s+matter\\s+what|under\\s+any\\s+circumstances|"
	    "constantly|continually|continuously|permanently|ever\\s+again|"
	    "a\\s+hundred\\s+percent|hundred\\s+percent|not\\s+(?:a\\s+single|once|even\\s+once)|"
	    "no\\s+exceptions)\\b"
	    "|for\\s+good(?=\\s*(?:$|[.,;:!?\\x{2013}\\x{2014}-]|(?:this|now|and|but|so|by|before|"
	    "after|from|starting|in|within|once|because|then|too)\\b))"
	    "|once\\s+and\\s+for\\s+all\\b"
	    "|(?:ever|(?:a|one)\\s+single)\\b"	/* only after a negation, see find_absolute */
	    "|no\\s+more\\s+(?!than\\b)[^.;!?]{0,60}?\\bever\\b"
	    "|100\\s*(?:%|percent\\b|per\\s+cent\\b)|24/7\\b)",
	/* Just before an absolutist word: a negation, or a clause about the past or the
	 * problem ("I've never", "that always", "I'm not constantly", "I used to be online
	 * 24/7", "instead of always saying yes"). */
	[RE_EXCUSE] =
	    "(?:(?:\\bnot|\\bno|\\bwithout|n" AP "t|\\bnor)\\s+(?:[\\w'\\x{2019}-]+\\s+){0,3}"
	    "|(?:\\bi" AP "ve|\\bwe" AP "ve|\\byou" AP "ve|\\bthey" AP "ve|"
	    "\\b(?:have|has|had)(?!\\s+to\\b)|\\bi\\s+was)\\s+(?:[\\w'\\x{2019}-]+\\s+)?"
	    "|\\bused\\s+to\\s+(?:[\\w'\\x{2019}-]+\\s+){0,2}"
	    "|\\b(?:instead\\s+of|rather\\s+than)\\s+(?:[\\w'\\x{2019}-]+ing\\s+)?"
	    "|\\b(?:that|which|who|whom|where)\\s+(?:(?:is|are|was|were|has|have|had)\\s+)?)$",
	/* Just before an absolutist word, and a past verb just after it: a relative clause
	 * about the past ("the friend I always meant to call"). */
	[RE_SUBJ] = "\\b(?:i|we|you|he|she|they)\\s+$",
	/* Just before "ever" or "a single": the negation that makes it absolutist ("do not
	 * ever miss", "don't skip a single day"). */
	[RE_NEGNEAR] =
	    "(?:\\bnot|\\bnever|\\b(?:do|does|did|would|should|must|could|wo|ca)n" AP "t)\\s+"
	    "(?:[a-z]+\\s+){0,2}$|\\bno\\s+(?:[a-z]+\\s+){1,3}$",
	[RE_PASTV] =
	    "\\G\\s+(?:[a-z]{2,}(?<!e)ed|meant|said|thought|felt|knew|told|made|went|did|had|was|"
	    "were|got|took|gave|kept|left|lost|found|bought|saw|came|wrote|spent|forgot)\\b",
	/* Around "100%": it asks for perfection when it qualifies doing or being ("give
	 * 100%", "be 100% sure", "100% of the time"), not when it describes a thing ("100%
	 * cotton"). */
	[RE_PCT_BEFORE] =
	    "\\b(?:give|gives|giving|gave|be|being|am|is|are|stay|staying|remain|feel|commit|"
	    "put\\s+in|go|going|try|trying|will|ll|shall|gonna|must)"
	    "(?:\\s+(?:it|my|myself|everything|all|them|him|her))?\\s+$",
	[RE_PCT_AFTER] =
	    "\\G\\s*(?:$|[.,;:!?)]|(?:of|and|but|so|or|every|each|all|at|in|on|to|with|when|for|"
	    "from|this|by|until|till|sure|certain|committed|focused|sober|honest|clean|consistent|"
	    "accurate|present|dedicated|confident|perfect|complete|done|effort|attendance|"
	    "adherence|compliant|correct|right|free|there|healthy)\\b)",
	/* Anchored at the start: a leading clause that gives the reason or the problem
	 * ("Because I always say yes, ...", "I never take breaks, so I will ..."); before
	 * "so I", the problem may run over several clauses ("I say I will and never do, and
	 * it causes rows, so I want to ..."). */
	[RE_BACKGROUND] =
	    "\\G[\\s\"'*\\x{2022}-]*(?:(?:because|since|as|after|given(?:\\s+that)?|when|whenever|"
	    "if|while|although|though|even\\s+though|now\\s+that|seeing\\s+(?:as|that)|considering|"
	    "due\\s+to)\\b[^,;.!?]{1,240}?(?=,|\\s+(?:i|we)(?:" AP "(?:ll|m)|\\s+(?:will|shall|"
	    "want|plan|am|intend|aim|need)\\b))|[^;.!?]{1,240}?(?=,?\\s+(?:and\\s+)?so\\s+(?:i|we)"
	    "(?:" AP "(?:ll|m|d|ve)|\\s+(?:will|shall|want|plan|am|intend|aim|need|would|have|must|"
	    "should|decided|promise|commit|choose|resolve)|\\s+(?:really|now|just|also)\\s))\\b"
	    "|[^,;.!?]{1,240}?(?=,\\s*(?:but\\s+|so\\s+)?(?:i|we)(?:" AP "(?:d|ll)\\s+(?:like|love)|" AP "ll|"
	    "\\s+(?:want|would|need|will|plan|am\\s+going|hope|intend))\\b))",

	[RE_LEAD] =
	    "\\G\\s*(?:every|each|over|for|from|by|in|within|until|on|starting|beginning|this|"
	    "next|because|when|whenever|if|after|before|once|during|as|since|while|at|with|"
	    "to\\s+help|so|although|though|even\\s+though|whatever|whenever)\\b",
	[RE_PREAMBLE] = PREAMBLE,
	[RE_PREAMBLE_AT] = PREAMBLE,
	/* Anchored at the clause: words before the main verb. */
	[RE_SKIP] =
	    "\\G[\\s,:;*\\x{2022}-]*(?:(?:i|we|to|please|and|then|also|just|finally|really|"
	    "actually|gradually|slowly|consistently|truly|genuinely|simply|honestly|properly|"
	    "definitely|somehow|eventually|never|always|completely|totally|entirely|perfectly|"
	    "constantly|absolutely|continually|at\\s+least|once\\s+again|again|still|instead|"
	    "regularly|finally|now|actively|intentionally|deliberately|consciously|not)\\s+"
	    "|(?:try\\s+(?:to|and)|start\\s+to|begin\\s+to|continue\\s+to|remember\\s+to|"
	    "make\\s+sure\\s+(?:to|i|that\\s+i)|make\\s+time\\s+to|make\\s+an\\s+effort\\s+to|"
	    "aim\\s+to|commit\\s+to|manage\\s+to|be\\s+able\\s+to|learn\\s+(?:how\\s+)?to)\\s+"
	    "|be\\s+(?=(?!being\\b|feeling\\b)[a-z]+ing\\b)"
	    "|spend(?:ing)?\\s+(?:less|more|no|fewer)\\s+(?:time|hours|evenings)\\s+(?=[a-z]+ing\\b)"
	    "|100\\s*%\\s+(?=[a-z])"
	    "|(?:start(?:ing)?|begin(?:ning)?|keep|continue|resume|try|practi[sc]e|practi[sc]ing)"
	    "\\s+(?=[a-z]+ing\\b))",
	[RE_V_SPECIAL] =
	    "\\G(?:be(?:ing)?\\s+(?:sober|dry|smoke-free|alcohol-free|vape-free|drink-free)|"
	    "get(?:ting)?\\s+back\\s+(?:to|into)\\s+(?:the\\s+|my\\s+)?(?:gym|work|school|class|"
	    "church|therapy|running|swimming|cycling|training|pool|office)|"
	    "(?:be(?:ing)?|come|coming|get|getting)\\s+(?:completely\\s+|totally\\s+|fully\\s+)?"
	    "off\\s+(?!(?:track|course|balance)\\b)(?=[a-z])|"
	    "be(?:ing)?\\s+(?:in\\s+bed|asleep|home|back\\s+home|at\\s+(?:home|work|the|my)|"
	    "up\\s+(?:by|at|before)|out\\s+of\\s+(?:bed|the\\s+house)|on\\s+time|in\\s+the\\s+office|"
	    "in\\s+the\\s+house)"
	    "|get(?:s|ting)?\\s+(?:up|out(?!\\s+of\\s+(?:my|the|our)\\s+(?:shell|comfort|rut|funk|"
	    "slump|head)\\b)|outside|dressed|into\\s+bed|in\\s+bed|to\\s+(?:bed|sleep|"
	    "work|the|my|class|school|church|therapy|meetings?)|off\\s+(?:my|the)\\s+(?:phone|couch|"
	    "sofa|laptop)|some\\s+(?:fresh\\s+air|sun|daylight)|(?:a|an|my)\\s+(?:walk|run|haircut|"
	    "check-?up|appointment|massage|job|flu\\s+jab|blood\\s+test|(?:second\\s+)?opinion)))\\b",
	/* Wishes for how things or others should be, rather than something to do: "make my
	 * marriage stronger", "make everyone like me", "I want my mood to lift", idioms
	 * ("get out of my shell") and soul-searching ("find out what I really want").  Tried
	 * before RE_V_VAGUE, as if its first alternatives. */
	[RE_V_WISH] =
	    "\\G(?:mak(?:e|es|ing)\\s+(?!peace\\b|time\\b|sure\\b|an?\\s+effort\\b)"
	    "(?:(?!(?:of|for|to|with|about|from|into|on|and|or)\\b)[a-z'\\x{2019}-]+\\s+){1,4}?"
	    "(?:(?:like|love|respect|trust|want|understand|accept|forgive|notice|listen|care|feel|"
	    "be|see|work|last|happen|stop|change|get\\s+along)\\b|(?:more|less)\\s+[a-z]+|"
	    "(?:stronger|better|worse|easier|happier|healthier|closer|calmer|safer|nicer|kinder|"
	    "smoother|brighter|happy|proud|calm|comfortable|easy|strong|great|good|healthy|right|"
	    "whole|okay|ok|bearable|manageable|work)\\b(?=\\s*(?:$|[.,;:!?]|(?:and|again|than|"
	    "all|by|within|in|over|for|before|until|at|with|every|each)\\b)))|"
	    "(?:(?:i|we)(?:" AP "d|\\s+would)\\s+(?:like|love)|wants?|wish(?:es)?|needs?|hopes?|"
	    "would\\s+(?:like|love))\\s+(?:my|our|his|her|their|the|everyone|everybody|people|"
	    "others|him|them|someone|somebody|things|life)(?:\\s+[a-z'\\x{2019}-]+){0,4}?\\s+"
	    "(?:to|would|will|could|can)|"
	    "(?:get|gets|getting|got|step|steps|stepping|come|comes|coming|break|breaking|"
	    "push|pushing|go|going|move|moving|crawl|climb)(?:\\s+myself)?\\s+out(?:side)?\\s+of\\s+"
	    "(?:my|the|our)\\s+(?:shell|comfort\\s+zone|rut|funk|slump|head)|"
	    "put(?:ting)?\\s+myself\\s+out\\s+there|turn(?:ing)?\\s+(?:my\\s+life|things)\\s+around|"
	    "get(?:ting)?\\s+back\\s+on\\s+(?:track|my\\s+feet)|pull(?:ing)?\\s+myself\\s+together|"
	    "let(?:ting)?\\s+my\\s+(?:guard|walls|hair)\\s+down|"
	    "(?:find|finds|finding|work|working)\\s+out\\s+(?:what|who|why|how|whether|if|where|"
	    "which)\\b(?=(?:\\s+[a-z'\\x{2019}-]+){0,3}?\\s+(?:i|me|myself)\\b))\\b",
	[RE_V_VAGUE] =
	    "\\G(?:feel\\w*|felt|be|being|am|is|becom\\w*|became|improv\\w*|ace|balanc\\w*|"
	    "understand\\w*|accept\\w*|figur(?:e|es|ing)\\s+out|"
	    "find(?:s|ing)?\\s+(?:some\\s+|inner\\s+|more\\s+|a\\s+(?:sense\\s+of|way\\s+to)\\s+|"
	    "my\\s+)?(?:peace|balance|happiness|meaning|closure|purpose|myself|joy|calm|voice|"
	    "way|confidence|motivation|self)|sort(?:s|ing)?\\s+(?:myself|(?:it|things|stuff|"
	    "everything)(?:\\s+all)?\\s+out|out\\s+(?:myself|things|stuff|everything|"
	    "(?:my|our|his|her|their)\\s+[a-z]+ing)\\b)|"
	    "handl\\w*|"
	    "deal(?:s|ing)?\\s+with|cop(?:e|es|ing)|overcom\\w*|heal(?:s|ing)?|grow\\w*|"
	    "lov(?:e|es|ing)|embrac\\w*|let\\s+go|move\\s+on|enjoy\\w*|relax\\w*|"
	    "look(?:ing)?\\s+(?:good|better|great|nice|fit|healthy|fine)\\b|"
	    "stop(?:s|ping)?\\s+(?:feeling|being|worrying|overthinking|thinking|caring|stressing|"
	    "ruminating|hating|obsessing|dwelling|panicking|doubting|comparing|"
	    "beating)|worr\\w*|stress\\w*|care\\s+(?:more|less|about)|"
	    "look\\s+after\\s+(?:myself|my\\s+(?:health|wellbeing|mental))|"
	    "take\\s+(?:better\\s+|more\\s+)?care\\s+of\\s+(?:myself|my\\s+(?:health|wellbeing|mental))|"
	    "set(?:ting)?\\s+(?:\\S+\\s+)?boundaries|develop\\w*|"
	    "build(?:ing)?\\s+(?:up\\s+)?(?:my\\s+)?(?:confidence|self|resilience|trust)|boost\\w*|"
	    "increas(?:e|ing)\\s+my\\s+(?:confidence|self|mood|energy|happiness)|"
	    "(?:reduc(?:e|ing)|lower(?:ing)?|decreas(?:e|ing))\\s+my\\s+(?:anxiety|stress|worry|"
	    "worries|anger|sadness|depression)|have\\s+(?:a\\s+)?(?:better|healthier|happier|good|"
	    "(?:more|less|fewer)(?!\\s+than))\\b|make\\s+peace|come\\s+to\\s+terms|stay\\s+(?:calm|positive|"
	    "happy|strong|motivated|focused|present|grounded)|think\\w*|believ\\w*|trust\\w*|"
	    "forgiv\\w*|fix\\s+(?:my\\s+)?(?:life|self|problems?|relationship)|"
	    "change\\s+my\\s+(?:life|mindset|attitude|thinking|ways)|reconnect\\w*|"
	    "live|living|thriv\\w*|recover\\w*|move\\s+forward|explor\\w*|discover\\w*|know\\w*|"
	    "keep\\s+(?:my\\s+)?(?:anxiety|mood|stress|anger|worry|worries|panic|pain|feelings?|"
	    "emotions?|self-esteem|confidence|energy|head|cool|calm)|"
	    "eat\\w*\\s+(?:better|healthier|healthily|well|properly|right|clean|less|more)(?!\\s+\\w)|"
	    "eat\\w*\\s+(?:more\\s+)?health(?:y|ily|ier)|"
	    "drink\\w*\\s+(?:less|more)(?!\\s+\\w)|try\\s+(?:harder|my\\s+best)|"
	    "do\\s+better|do\\s+(?:my\\s+best|more|less)(?!\\s+\\w))\\b",
	[RE_V_BROAD] =
	    "\\G(?:(?:get|gets|getting|got|manag(?:e|es|ing)|work(?:s|ing)?\\s+(?:on|through))\\b|"
	    "(?:exercis\\w*|work(?:ing)?\\s*out|sleep\\w*|socialis\\w*|socializ\\w*|"
	    "communicat\\w*|rest|resting|study|studying|meet\\s+(?:new\\s+)?people|"
	    "get\\s+active|be\\s+active|(?:move|moving)(?!\\s+(?:out|house|in|away|back|to|into))|"
	    "connect\\w*|interact\\w*|open(?:ing)?\\s+up|"
	    "go(?:ing)?\\s+out(?!\\s+(?:for|to|with))|date|dating|network\\w*|smile|laugh|"
	    "mak(?:e|es|ing)\\s+(?:more\\s+|new\\s+|some\\s+)?friends)\\b"
	    "(?!\\s+(?:a|an|my|the|\\d)\\b))",
	/* "Walk more": an activity with only a comparative is a category, not a plan. */
	[RE_V_BARE] =
	    "\\G(?:[a-z-]+)(?:\\s+(?:up|out|down|in|off|back|around))?\\s+(?:more\\s+often|"
	    "better|regularly|often)\\s*(?:$|[.,;:!?]|(?:and|but|by|until|till|before|within|over|"
	    "from|soon|this|next|in\\s+the\\s+next)\\b)",
};

/* The named groups the code reads, looked up by number once per reader rather than by name
 * on every match. */
enum gname {
	G_A, G_ADJ, G_ADJT, G_ADV, G_AU, G_CNT, G_D, G_DOSE, G_DUR, G_EAS, G_EN, G_END,
	G_EU, G_EY, G_FEW, G_HAL, G_KILO, G_LATE, G_MID, G_MON, G_MOST, G_MOST2, G_N, G_N1,
	G_N2, G_NMO, G_NWK, G_NWKEND, G_NX, G_NY, G_NYE, G_OTHER, G_PADV, G_PER, G_PGT,
	G_PL, G_PLT, G_PM, G_POST, G_PRE, G_Q, G_RADV, G_RD, G_RN, G_RPOST, G_RPRE, G_TIME,
	G_TOD, G_TOM, G_U, G_UNIT, G_UNIT2, G_VAL, G_WD, G_WDL, G_WDP, G_WKDAYS, G_WKEND,
	G_WKENDS, G_XEVE, G_XMAS, G_XN, G_Y, G_HALF, G_NYR, G_P1, G_P2, G_YR, G_WK7, G_WK5,
	GNAMES
};

static const char *const gnames[GNAMES] = {
	"a", "adj", "adjt", "adv", "au", "cnt", "d", "dose", "dur", "eas", "en", "end",
	"eu", "ey", "few", "hal", "kilo", "late", "mid", "mon", "most", "most2", "n", "n1",
	"n2", "nmo", "nwk", "nwkend", "nx", "ny", "nye", "other", "padv", "per", "pgt",
	"pl", "plt", "pm", "post", "pre", "q", "radv", "rd", "rn", "rpost", "rpre", "time",
	"tod", "tom", "u", "unit", "unit2", "val", "wd", "wdl", "wdp", "wkdays", "wkend",
	"wkends", "xeve", "xmas", "xn", "y", "half", "nyr", "p1", "p2", "yr", "wk7", "wk5",
};

/* Verbs that name something others could see being done, as base forms; the main verb of a
 * sentence is reduced to its base form before it is looked up (see lemma_in). */
static const char *const concrete_verbs[] = {
	"add", "answer", "apologise", "apologize", "apply", "argue", "arrive", "ask", "attend",
	"avoid", "bet", "binge", "gamble", "nap", "scroll", "shout", "smoke", "snack", "swear",
	"vape", "yell",
	"bake", "bathe", "bike", "bin", "block", "book", "breathe", "bring", "brush", "budget",
	"build", "buy", "call", "cancel", "cap", "charge", "chat", "check", "choose", "clean",
	"clear", "climb", "colour", "color", "commute", "complete", "compliment", "cook",
	"count", "create", "cut", "cycle", "dance", "decline", "declutter", "delegate", "delete",
	"disconnect", "discuss", "ditch", "do", "donate", "draw", "drink", "drive", "drop",
	"eat", "email", "e-mail", "empty", "exit", "express", "feed", "file", "fill", "find",
	"finish", "fix", "floss", "follow", "garden", "give", "go", "greet", "hand", "have",
	"help", "hike", "host", "hug", "identify", "invite", "iron", "jog", "join", "jot",
	"journal", "keep", "kiss", "knit", "label", "leave", "learn", "lie", "lift", "limit",
	"list", "listen", "lock", "log", "make", "mark", "measure", "meditate", "meet",
	"mention", "message", "mute", "name", "note", "notice", "open", "order", "organise",
	"organize", "pack", "paint", "pause", "pay", "phone", "pick", "plan", "plant", "play",
	"post", "practice", "practise", "praise", "pray", "prepare", "put", "quit", "raise",
	"reach", "read", "record", "reduce", "refuse", "register", "remove", "rate", "reply",
	"replace", "report", "request", "respond", "restrict", "return", "review", "revise",
	"ride", "ring", "row", "run", "save", "say", "schedule", "see", "send", "set", "sew",
	"share", "shop", "shower", "sign", "sing", "sit", "skate", "skip", "sort", "speak", "spend",
	"stand", "start", "stay", "stick", "stop", "stretch", "submit", "swap", "swim",
	"switch", "take", "talk", "teach", "tell", "text", "thank", "tick", "tidy", "track",
	"try", "turn", "type", "unfollow", "uninstall", "unplug", "update", "use", "vacuum",
	"visit", "voice", "volunteer", "wake", "walk", "wash", "watch", "water", "wear",
	"weigh", "work", "write",
};

/*
 * A first pass over the folded text notes which kinds of word it holds; a pattern none of
 * whose trigger words is present cannot match and is not run.  Most sentences name no
 * month, no clock time and no rating, so most patterns are skipped.  A trigger is written
 * as two sets of kinds, and the pattern runs when the text has a kind from each; it must
 * hold for every text the pattern can match, so each set lists the words some part of the
 * pattern cannot match without (see the pattern).
 */
enum {
	K_DIGIT = 1 << 0,	/* an ASCII digit */
	K_SLASH = 1 << 1,	/* '/' */
	K_ISO = 1 << 2,		/* four digits and a '-' */
	K_ORD = 1 << 3,		/* st, nd, rd, th just after a digit */
	K_Q = 1 << 4,		/* q just before a digit */
	K_NUM = 1 << 5,		/* number words, and the words "a" or "an" count before */
	K_MONTH = 1 << 6,
	K_WEEKDAY = 1 << 7,
	K_END = 1 << 8,		/* a word ending in "end" */
	K_UNIT = 1 << 9,	/* day, week, fortnight, month, year */
	K_RELPRE = 1 << 10,	/* words before "the next 3 weeks" */
	K_FROMLATER = 1 << 11,
	K_SPPRE = 1 << 12,	/* words before "tomorrow", "Christmas" */
	K_SPWORD = 1 << 13,
	K_THIS = 1 << 14,
	K_TWMYQ = 1 << 15,	/* week, month, year, quarter */
	K_WITHIN = 1 << 16,
	K_FOR = 1 << 17,
	K_TIMEU = 1 << 18,	/* minutes, hours, ... */
	K_OUT = 1 << 19,
	K_FREQ = 1 << 20,	/* every, each, daily, weekly, ... */
	K_ONAT = 1 << 21,
	K_FREQON = 1 << 22,	/* what follows "on" or "at" in a frequency */
	K_VAGUE = 1 << 23,
	K_ABS = 1 << 24,
	K_EACH = 1 << 25,
	K_EVERY = 1 << 26,
	K_YEAR = 1 << 27,	/* four digits starting 19 or 20 */
	K_DSEP = 1 << 28,	/* a numeric date: 1.4.2026, 31/03/26 */
	K_ALL = (1 << 29) - 1,
	K_VERB = 1 << 29	/* a concrete verb (not a trigger) */
};

static const uint32_t trigger[RE_N][2] = {
	[RE_EXCL] = { K_YEAR, 0 },
	[RE_EXCL_NY] = { K_DIGIT, 0 },
	[RE_EXCL_WORDS] = { K_DIGIT | K_NUM | K_ABS, 0 },
	[RE_RESP] = { K_WITHIN, K_TIMEU },
	[RE_DUR] = { K_FOR, K_TIMEU },
	[RE_QTY] = { K_DIGIT | K_NUM, 0 },
	[RE_RATING] = { K_DIGIT, K_SLASH | K_OUT },
	/* a frequency word, or "on" or "at" before "weekdays", "Sundays", ... */
	[RE_FREQ] = { K_FREQ | K_ONAT, K_FREQ | K_FREQON },
	[RE_VAGUE] = { K_VAGUE, 0 },
	/* an absolutist word, "100%", "24/7", or "each and every" */
	[RE_ABS] = { K_ABS | K_DIGIT | K_EACH, K_ABS | K_DIGIT | K_EVERY },
};

/* The trigger words, by kind.  A word may be of several kinds. */
static const struct {
	uint32_t kind;
	const char *words;
} kinds[] = {
	{ K_NUM, "zero one two three four five six seven eight nine ten eleven twelve "
	    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
	    "fourty fifty sixty seventy eighty ninety once twice thrice couple hour hours hr "
	    "dozen hundred thousand" },
	{ K_MONTH, "january february march april may june july august september october "
	    "november december jan feb mar apr jun jul aug sep sept oct nov dec" },
	{ K_WEEKDAY, "monday tuesday wednesday thursday friday saturday sunday" },
	{ K_UNIT, "day days week weeks fortnight fortnights month months year years" },
	{ K_RELPRE, "within in over for during across throughout inside" },
	{ K_FROMLATER, "from later" },
	{ K_SPPRE, "by before until till for on at no" },
	{ K_SPWORD, "tomorrow tonight today weekend week month christmas xmas year years "
	    "halloween valentine valentines easter" },
	{ K_THIS, "this" },
	{ K_TWMYQ, "week month year quarter" },
	{ K_WITHIN, "within" },
	{ K_FOR, "for" },
	{ K_TIMEU, "second seconds sec secs minute minutes min mins hour hours hr hrs h" },
	{ K_OUT, "out" },
	{ K_FREQ, "every evry each daily nightly weekly fortnightly biweekly monthly yearly "
	    "annually everyday" },
	{ K_ONAT, "on at" },
	{ K_FREQON, "weekdays week workdays work working weeknights school weekend weekends "
	    "mondays tuesdays wednesdays thursdays fridays saturdays sundays alternate mornings "
	    "afternoons evenings nights lunchtimes" },
	{ K_VAGUE, "more less better fewer improve improves improved improving improvement "
	    "work working try trying feel feels feeling become becomes becoming became get "
	    "getting understand understands understanding accept accepts accepting figure "
	    "figuring peace sort sorting learn learning regularly much happier healthier "
	    "healthily calmer kinder fitter stronger braver deal dealing cope coping manage "
	    "managing handle handling overcome overcoming bit lot somewhat sometimes often "
	    "occasionally frequently enough enjoy enjoying general stuff things happiness "
	    "being wellbeing self positivity fulfilment fulfiment mindset" },
	{ K_ABS, "never always single last waking completely totally entirely absolutely "
	    "utterly perfect perfectly flawless flawlessly forever all fail exception matter "
	    "circumstances constantly continually continuously permanently again hundred once "
	    "exceptions good ever" },
	{ K_EACH, "each" },
	{ K_EVERY, "every" },
};

/*
 * Where a match can start.  A scan pattern that opens on a word boundary and a word from a
 * short list (or on a run of digits) cannot match anywhere else, so it is run from the first
 * such word on or after where the scan stands and may start no later than the last one
 * (PCRE2's offset limit): the rest of the text is never tried.  Patterns that can start
 * inside a word ("the end of" in "weekend of") have no start set and scan everywhere.
 */
enum {
	ST_QTY = 1 << 0, ST_EXCL = 1 << 1, ST_ABS = 1 << 2, ST_FREQ = 1 << 3,
	ST_VAGUE = 1 << 4, ST_RATING = 1 << 5, ST_RESP = 1 << 6, ST_DUR = 1 << 7,
	ST_REL = 1 << 8, ST_SPECIAL = 1 << 9, ST_THIS = 1 << 10, ST_WD = 1 << 11,
	ST_MD = 1 << 12, ST_FROMNOW = 1 << 13, ST_DAYOF = 1 << 14, ST_MON = 1 << 15,
	ST_DM = 1 << 16, ST_END = 1 << 17, ST_DIGIT = 1 << 18,
	/* the patterns that may start on a digit */
	ST_DIGITS = ST_QTY | ST_EXCL | ST_ABS | ST_RATING | ST_FROMNOW | ST_DM | ST_DIGIT
};

/* Words some date patterns may start on even at the end of a longer word, having no \b
 * before them: "the end of June" matches in "bathe end of June". */
static const struct {
	const char *w;
	size_t len;
	uint32_t start;
} suffixes[] = {
	{ "the", 3, ST_MON | ST_DM | ST_END }, { "end", 3, ST_MON | ST_END },
	{ "mid", 3, ST_MON }, { "middle", 6, ST_MON }, { "late", 4, ST_MON },
	{ "early", 5, ST_MON }, { "year", 4, ST_END }, { "month", 5, ST_END },
	{ "quarter", 7, ST_END },
};

static const uint32_t start_set[RE_N] = {
	[RE_EXCL] = ST_EXCL, [RE_EXCL_NY] = ST_DIGIT, [RE_RESP] = ST_RESP, [RE_DUR] = ST_DUR,
	[RE_QTY] = ST_QTY, [RE_RATING] = ST_RATING, [RE_FREQ] = ST_FREQ, [RE_VAGUE] = ST_VAGUE,
	[RE_ABS] = ST_ABS,
};

#define W_DPRE	"by before until till til up through thru to on no ending due in from " \
		"starting since after beginning as "
#define W_NUMW	"zero one two three four five six seven eight nine ten eleven twelve " \
		"thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty " \
		"forty fourty fifty sixty seventy eighty ninety "
#define W_NUMBER	W_NUMW "half a an couple once twice thrice "
#define W_MONTH	"january february march april may june july august september october " \
		"november december jan feb mar apr jun jul aug sep sept oct nov dec "

/* The words a match of each start set can begin with, read off the patterns. */
static const struct {
	uint32_t start;
	const char *words;
} starts[] = {
	{ ST_QTY, W_NUMBER "at minimum min no not maximum max up fewer less under below lower "
	    "more over above higher greater between anywhere somewhere x down get getting be "
	    "bring bringing come cut cutting only" },
	{ ST_EXCL, "in by until till before during of since from through for after" },
	{ ST_ABS, "never always every each completely totally entirely absolutely utterly "
	    "perfect perfectly flawless flawlessly forever all at without no under constantly "
	    "continually continuously permanently ever a hundred not for once one" },
	{ ST_FREQ, "every evry each daily nightly weekly fortnightly bi biweekly monthly yearly "
	    "annually everyday on at" },
	{ ST_VAGUE, "more less better fewer improve improves improved improving improvement "
	    "work working try trying feel feels feeling be become becomes becoming became get "
	    "getting understand understands understanding accept accepts accepting figure "
	    "figuring find finding sort sorting learn learning regularly as happier healthier "
	    "healthily calmer kinder fitter stronger braver deal dealing cope coping manage "
	    "managing handle handling overcome overcoming a somewhat sometimes often "
	    "occasionally frequently enough enjoy enjoying in stuff things happiness inner "
	    "peace well wellbeing self positivity fulfilment fulfiment mindset" },
	{ ST_RATING, W_NUMW "at no not above over below under less lower more higher greater down "
	    "of to around about a an" },
	{ ST_RESP, "within" },
	{ ST_DUR, "for" },
	{ ST_REL, "within in over for during across throughout inside" },
	{ ST_SPECIAL, "by before until till for on at no" },
	{ ST_THIS, "by before until till within during in for this" },
	{ ST_WD, W_DPRE "next this coming" },
	{ ST_MD, W_DPRE W_MONTH },
	{ ST_FROMNOW, W_NUMBER },
	{ ST_DAYOF, W_DPRE },
	{ ST_MON, W_DPRE W_MONTH "the end mid middle late early" },
	{ ST_DM, W_DPRE "the" },
	{ ST_END, W_DPRE "the end year month quarter" },
};

#define MAXSTART	64	/* match starts kept per text; more, and every scan is full */

#define WORD_MAX	16	/* no trigger word is longer */
#define WORD_SLOTS	1024	/* a power of two, about twice the number of words */

struct word_slot {
	char w[WORD_MAX];
	unsigned char len;	/* 0: empty */
	uint32_t kind;
	uint32_t start;		/* the start sets it is in */
};

struct user_pattern {
	pcre2_code *re;
	enum wording kind;
};

struct sentence_reader {
	/* The built-in patterns, compiled as they are needed: [0] matching case exactly, for
	 * the folded text; [1] caselessly, for the rare text that needs it (see fold()). */
	pcre2_code *re[2][RE_N];
	pcre2_match_data *md[2];	/* outer scans, and checks made while one is open */
	pcre2_match_context *mctx;
	pcre2_match_context *mlim;	/* the same, with an offset limit for scan() */
	struct user_pattern *user;
	size_t nuser, capuser;
	char *buf;			/* the folded copy of the text being read */
	size_t bufcap;
	unsigned long nread;
	int jit;			/* JIT-compile patterns from now on */
	unsigned char jitted[2][RE_N];
	int oom;			/* a pattern could not be compiled for want of memory */
	unsigned char gnum[RE_N][GNAMES];	/* group numbers by name; 0: no such group */
	struct ctx *ctx;		/* what the read under way has found */
	struct word_slot *words;	/* the trigger words, hashed */
	struct tokens toks;		/* the folded text's tokens, see lexicon.h */
};

/* A quantity found in the sentence, and what it counts. */
enum qkind { Q_PLAIN, Q_COUNT, Q_DUR };

struct qty {
	size_t off, end;
	double amount;
	enum target_bound bound;
	enum qkind kind;
	int has_per;
	int per;	/* an enum period, or PER_FORTNIGHT until fix_fortnight */
	int weak;	/* "once" on its own, which is as often a conjunction as a count */
	int money;		/* written after a currency sign */
	int strict;		/* "fewer than 3", read as at most 2 */
	size_t nend;		/* the end of the number, before what it counts */
};

/* A frequency with no quantity of its own: "every morning", "on weekdays". */
struct freq {
	size_t off, end;
	double count;
	int per;	/* as in struct qty */
};

struct ctx {
	struct sentence_reader *r;
	const char *s;		/* the folded copy */
	size_t len;
	long today;
	uint32_t kinds;		/* of the words in the text, see trigger */
	struct {
		size_t off;
		uint32_t start;
	} st[MAXSTART];		/* where matches may start, see start_set */
	size_t nst;
	int st_over;		/* more than MAXSTART */
	int caseless;		/* read with the caseless patterns, see compile_opts */
	struct span ex[MAXEX];	/* no target inside these */
	size_t nex;
	struct qty q[MAXQ];
	size_t nq;
	struct freq f[MAXF];
	size_t nf;
	int has_rating;
	struct qty rating;
	int threshold;		/* a response time or a percentage: measurable, no target */
	int length;		/* a length of time ("for 20 minutes"): the same */
};

/* User patterns are matched caselessly.  The built-in ones are written in lower case and the
 * text is folded, so they need not be, which makes them smaller and quicker, except on text
 * holding one of the few other characters that Unicode case-folds to or with a character of
 * theirs (the Kelvin sign and k, the long s and s, Greek mu and the micro sign); such a text
 * is read with caseless copies of the patterns, as PCRE2 would read it. */
static const uint32_t compile_opts = PCRE2_CASELESS | PCRE2_UTF;

/* Patterns that match only where they are started are compiled anchored: PCRE2's JIT does
 * not take PCRE2_ANCHORED at match time and would hand such matches to the interpreter. */
static int
anchored(int id)
{
	switch (id) {
	case RE_UNIT: case RE_WIN: case RE_POST: case RE_CLOCKNEXT: case RE_BACKGROUND:
	case RE_ONCE_CNT: case RE_PASTV: case RE_PCT_AFTER:
	case RE_LEAD: case RE_PREAMBLE_AT: case RE_SKIP: case RE_V_SPECIAL: case RE_V_WISH:
	case RE_V_VAGUE: case RE_V_BROAD: case RE_V_BARE:
		return 1;
	default:
		return 0;
	}
}

/* FNV-1a, one byte at a time, so that the first pass can hash a word as it reads it. */
#define HASH_INIT	2166136261u
#define HASH_STEP(h, ch)	(((h) ^ (unsigned char)(ch)) * 16777619u)

static struct word_slot *
find_slot(const struct word_slot *t, const char *w, size_t n, uint32_t h)
{
	for (size_t i = h & (WORD_SLOTS - 1); ; i = (i + 1) & (WORD_SLOTS - 1))
		if (t[i].len == 0 || (t[i].len == n && memcmp(t[i].w, w, n) == 0))
			return (struct word_slot *)&t[i];
}

static void
add_word(struct word_slot *t, const char *w, size_t n, uint32_t kind, uint32_t start)
{
	uint32_t h = HASH_INIT;
	struct word_slot *sl;

	if (n > WORD_MAX)
		return;		/* never looked up */
	for (size_t i = 0; i < n; i++)
		h = HASH_STEP(h, w[i]);
	sl = find_slot(t, w, n, h);
	memcpy(sl->w, w, n);
	sl->len = (unsigned char)n;
	sl->kind |= kind;
	sl->start |= start;
}

/* Hashes the trigger words of every kind, and the concrete verbs, into a table.  Returns
 * NULL when out of memory. */
static struct word_slot *
words_new(void)
{
	struct word_slot *t = calloc(WORD_SLOTS, sizeof *t);

	if (t == NULL)
		return NULL;
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
		for (const char *p = kinds[k].words; *p != '\0'; ) {
			size_t n = strcspn(p, " ");

			add_word(t, p, n, kinds[k].kind, 0);
			p += n;
			p += *p == ' ';
		}
	for (size_t k = 0; k < sizeof starts / sizeof starts[0]; k++)
		for (const char *p = starts[k].words; *p != '\0'; ) {
			size_t n = strcspn(p, " ");

			add_word(t, p, n, 0, starts[k].start);
			p += n;
			p += *p == ' ';
		}
	for (size_t k = 0; k < sizeof concrete_verbs / sizeof concrete_verbs[0]; k++)
		add_word(t, concrete_verbs[k], strlen(concrete_verbs[k]), K_VERB, 0);
	return t;
}

static void
add_start(struct ctx *c, size_t off, uint32_t start)
{
	if (c->nst == MAXSTART) {
		c->st_over = 1;
		return;
	}
	c->st[c->nst].off = off;
	c->st[c->nst].start = start;
	c->nst++;
}

/* The kinds of word in the folded text s[0..n), noting where matches may start.  A text
 * with a character that case-folds to or with one in the patterns (see compile_opts) is
 * read caselessly, with every pattern run everywhere: its words are not plain ASCII. */
static uint32_t
word_kinds(struct ctx *c, const struct word_slot *t, const char *s, size_t n)
{
	uint32_t kind = 0, h = HASH_INIT;
	size_t start = 0, digits = 0, sep_at = 0;
	int inword = 0;
	unsigned char sep = 0;

	c->nst = 0;
	c->st_over = 0;
	c->caseless = 0;
	for (size_t i = 0; i <= n; i++) {
		unsigned char ch = i < n ? (unsigned char)s[i] : ' ';
		size_t len = i - start;

		if (digits == 4 && !(ch >= '0' && ch <= '9') && (memcmp(s + i - 4, "19", 2) == 0 ||
		    memcmp(s + i - 4, "20", 2) == 0))
			kind |= K_YEAR;
		if (ch >= 'a' && ch <= 'z') {
			if (!inword) {
				inword = 1;
				start = i;
				h = HASH_INIT;
			}
			h = HASH_STEP(h, ch);
			digits = 0;
			continue;
		}
		if (inword) {
			inword = 0;
			if (len <= WORD_MAX) {
				const struct word_slot *sl = find_slot(t, s + start, len, h);

				kind |= sl->kind;
				if (sl->start != 0)
					add_start(c, start, sl->start);
			}
			for (size_t k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++) {
				size_t sn = suffixes[k].len;

				if (len > sn && memcmp(s + i - sn, suffixes[k].w, sn) == 0)
					add_start(c, i - sn, suffixes[k].start);
			}
			/* "end of" may end a longer word: "the weekend of" holds one */
			if (len >= 3 && memcmp(s + i - 3, "end", 3) == 0)
				kind |= K_END;
			if (start > 0 && s[start - 1] >= '0' && s[start - 1] <= '9' && len == 2 &&
			    (memcmp(s + start, "st", 2) == 0 || memcmp(s + start, "nd", 2) == 0 ||
			    memcmp(s + start, "rd", 2) == 0 || memcmp(s + start, "th", 2) == 0))
				kind |= K_ORD;
			if (len == 1 && s[start] == 'q' && ch >= '0' && ch <= '9')
				kind |= K_Q;
		}
		if (ch >= '0' && ch <= '9') {
			kind |= K_DIGIT;
			if (digits++ == 0)
				add_start(c, i, ST_DIGITS);
			continue;
		}
		/* "31.03.2026": two like separators after runs of one or two digits (an
		 * ISO date has four before its first) */
		if ((ch == '.' || ch == '-' || ch == '/') && digits > 0 && digits <= 2 &&
		    i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
			if (sep == ch && sep_at + digits + 1 == i)
				kind |= K_DSEP;
			sep = ch;
			sep_at = i;
		}
		if (ch == '-' && digits >= 4)
			kind |= K_ISO;
		else if (ch == '/')
			kind |= K_SLASH;
		else if ((ch == 0xC5 && i + 1 < n && (unsigned char)s[i + 1] == 0xBF) ||
		    (ch == 0xCE && i + 1 < n && ((unsigned char)s[i + 1] == 0xBC ||
		    (unsigned char)s[i + 1] == 0x9C)) ||
		    (ch == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x84 &&
		    (unsigned char)s[i + 2] == 0xAA)) {
			c->caseless = 1;
			c->st_over = 1;
			return K_ALL;
		}
		digits = 0;
	}
	return kind;
}

/* Whether pattern id may match, by the kinds of word in the text. */
static int
may(const struct ctx *c, int id)
{
	return (trigger[id][0] == 0 || (c->kinds & trigger[id][0]) != 0) &&
	    (trigger[id][1] == 0 || (c->kinds & trigger[id][1]) != 0);
}

/* Fills r->gnum[id] from the name table of re, pattern id compiled. */
static void
name_groups(struct sentence_reader *r, int id, const pcre2_code *re)
{
	uint32_t count, size;
	PCRE2_SPTR table;

	pcre2_pattern_info(re, PCRE2_INFO_NAMECOUNT, &count);
	pcre2_pattern_info(re, PCRE2_INFO_NAMEENTRYSIZE, &size);
	pcre2_pattern_info(re, PCRE2_INFO_NAMETABLE, &table);
	for (uint32_t i = 0; i < count; i++, table += size) {
		const char *name = (const char *)table + 2;

		for (int g = 0; g < GNAMES; g++)
			if (strcmp(gnames[g], name) == 0 && table[0] == 0)
				r->gnum[id][g] = table[1];
	}
}

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
    char *err, size_t errsize)
{
	pcre2_code *re;
	int errcode;
	PCRE2_SIZE erroff;

	if (pattern == NULL) {
		if (err != NULL && errsize > 0)
			snprintf(err, errsize, "no pattern");
		return -1;
	}
	re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, compile_opts,
	    &errcode, &erroff, NULL);
	if (re == NULL) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(errcode, msg, sizeof msg);
		if (err != NULL && errsize > 0)
			snprintf(err, errsize, "%s at offset %zu", (char *)msg, (size_t)erroff);
		return -1;
	}
	if (r->nuser == r->capuser) {
		size_t cap = r->capuser ? 2 * r->capuser : 8;
		struct user_pattern *u = realloc(r->user, cap * sizeof *u);

		if (u == NULL) {
			pcre2_code_free(re);
			if (err != NULL && errsize > 0)
				snprintf(err, errsize, "out of memory");
			return -1;
		}
		r->user = u;
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
 * code()), the user's at once.  JIT compilation failing (no JIT on this platform) leaves
 * the interpreter in charge. */
static void
reader_jit(struct sentence_reader *r)
{
	r->jit = 1;
	for (size_t i = 0; i < r->nuser; i++)
		pcre2_jit_compile(r->user[i].re, PCRE2_JIT_COMPLETE);
}

/* Built-in pattern id, compiled when it is first needed: a reader that never meets a date
 * never compiles the date patterns, and a short file pays for few patterns.  ci asks for
 * the caseless copy.  Returns NULL when out of memory (the read then says nothing, see
 * sentence_read); a pattern that does not compile is a bug in this file, an internal
 * error. */
static const pcre2_code *
code(struct sentence_reader *r, int id, int ci)
{
	pcre2_code **re = &r->re[ci][id];

	if (*re == NULL) {
		int errcode;
		PCRE2_SIZE erroff;

		*re = pcre2_compile((PCRE2_SPTR)patterns[id], PCRE2_ZERO_TERMINATED,
		    PCRE2_UTF | (ci ? PCRE2_CASELESS : 0) | (anchored(id) ? PCRE2_ANCHORED : 0) |
		    (start_set[id] != 0 ? PCRE2_USE_OFFSET_LIMIT : 0), &errcode, &erroff, NULL);
		if (*re == NULL && errcode == PCRE2_ERROR_NOMEMORY) {
			r->oom = 1;	/* tried again on the next read */
			return NULL;
		}
		if (*re == NULL) {
			PCRE2_UCHAR msg[256];

			pcre2_get_error_message(errcode, msg, sizeof msg);
			internal_error("sentence pattern %d does not compile, at offset %zu: %s",
			    id, (size_t)erroff, (char *)msg);
		}
		name_groups(r, id, *re);
	}
	if (r->jit && !r->jitted[ci][id] && *re != NULL) {
		r->jitted[ci][id] = 1;
		pcre2_jit_compile(*re, PCRE2_JIT_COMPLETE);
	}
	return *re;
}

/* --- matching ------------------------------------------------------------------------ */

static int
match_code(struct ctx *c, const pcre2_code *re, size_t start, size_t end, uint32_t opts,
    int md)
{
	if (start > end)
		return 0;
	return pcre2_match(re, (PCRE2_SPTR)c->s, end, start, opts | PCRE2_NO_UTF_CHECK,
	    c->r->md[md], c->r->mctx) >= 0;
}

/* Matches built-in pattern id in s[0..end) from start; md picks the match data. */
static int
run(struct ctx *c, int id, size_t start, size_t end, uint32_t opts, int md)
{
	const pcre2_code *re = code(c->r, id, c->caseless);

	return re != NULL && match_code(c, re, start, end, opts, md);
}

/* Like run(c, id, pos, c->len, 0, 0) for a pattern scanned through the text, but tries
 * only from the first place a match may start on or after pos to the last (see
 * start_set); the same match is found, sooner. */
static int
scan(struct ctx *c, int id, size_t pos)
{
	const pcre2_code *re;
	size_t first = 0, last = 0;
	int found = 0;

	if (start_set[id] == 0 || c->st_over)
		return run(c, id, pos, c->len, 0, 0);
	for (size_t i = 0; i < c->nst; i++)
		if (c->st[i].off >= pos && (c->st[i].start & start_set[id]) != 0) {
			if (!found || c->st[i].off < first)
				first = c->st[i].off;
			if (!found || c->st[i].off > last)
				last = c->st[i].off;
			found = 1;
		}
	if (!found || (re = code(c->r, id, c->caseless)) == NULL)
		return 0;
	pcre2_set_offset_limit(c->r->mlim, last);
	return pcre2_match(re, (PCRE2_SPTR)c->s, c->len, first, PCRE2_NO_UTF_CHECK,
	    c->r->md[0], c->r->mlim) >= 0;
}

static void
whole(struct ctx *c, int md, size_t *so, size_t *eo)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->r->md[md]);

	*so = ov[0];
	*eo = ov[1];
}

/* The span of named group g of the last match of id, if it took part. */
static int
grp(struct ctx *c, int id, int md, enum gname g, size_t *so, size_t *eo)
{
	int n = c->r->gnum[id][g];
	PCRE2_SIZE *ov;

	if (n == 0 || (uint32_t)n >= pcre2_get_ovector_count(c->r->md[md]))
		return 0;
	ov = pcre2_get_ovector_pointer(c->r->md[md]);
	if (ov[2 * n] == PCRE2_UNSET)
		return 0;
	*so = ov[2 * n];
	*eo = ov[2 * n + 1];
	return 1;
}

static int
has(struct ctx *c, int id, int md, enum gname g)
{
	size_t so, eo;

	return grp(c, id, md, g, &so, &eo);
}

/* The next character boundary after off (the copy is valid UTF-8). */
static size_t
next_char(const struct ctx *c, size_t off)
{
	off++;
	while (off < c->len && ((unsigned char)c->s[off] & 0xC0) == 0x80)
		off++;
	return off;
}

/* The first character boundary at or after off. */
static size_t
boundary(const struct ctx *c, size_t off)
{
	while (off < c->len && ((unsigned char)c->s[off] & 0xC0) == 0x80)
		off++;
	return off;
}

/* Whether a pattern ending in $ matches the few bytes just before off. */
static int
before(struct ctx *c, int id, size_t off, size_t look)
{
	size_t from = off > look ? boundary(c, off - look) : 0;

	return run(c, id, from, off, 0, 1);
}

/* Whether text[p..) starts with word w (n bytes) followed by a non-letter. */
static int
word_at(const struct ctx *c, size_t p, const char *w, size_t n)
{
	return p + n <= c->len && memcmp(c->s + p, w, n) == 0 &&
	    (p + n == c->len || !((c->s[p + n] >= 'a' && c->s[p + n] <= 'z') ||
	    (c->s[p + n] >= '0' && c->s[p + n] <= '9')));
}

/* Whether s[0..n) contains the string w of k bytes (memmem is not in POSIX). */
static int
contains(const char *s, size_t n, const char *w, size_t k)
{
	for (size_t i = 0; k <= n && i <= n - k; i++)
		if (memcmp(s + i, w, k) == 0)
			return 1;
	return 0;
}

/* The same for a string literal. */
#define WORD_AT(c, p, lit)	word_at(c, p, lit, sizeof(lit) - 1)
#define CONTAINS(s, n, lit)	contains(s, n, lit, sizeof(lit) - 1)

static int
overlaps(size_t a0, size_t a1, size_t b0, size_t b1)
{
	return a0 < b1 && b0 < a1;
}

static void
exclude(struct ctx *c, size_t so, size_t eo)
{
	if (c->nex < MAXEX) {
		c->ex[c->nex].off = so;
		c->ex[c->nex].len = eo - so;
		c->nex++;
	}
}

static int
excluded(const struct ctx *c, size_t so, size_t eo)
{
	for (size_t i = 0; i < c->nex; i++)
		if (overlaps(so, eo, c->ex[i].off, c->ex[i].off + c->ex[i].len))
			return 1;
	return 0;
}

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
static double
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

static int
integral(double v)
{
	return v == floor(v);
}

/* --- periods ------------------------------------------------------------------------- */

/* Fortnights have no period of their own.  A count per fortnight is written as twice the
 * count per month: a month always holds at least two fortnightly occasions, and counts
 * stay whole numbers.  PER_FORTNIGHT marks one until fix_fortnight converts it. */
#define PER_FORTNIGHT	(-1)

static int
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

static void
fix_fortnight(double *amount, int *per)
{
	if (*per == PER_FORTNIGHT) {
		*amount *= 2;
		*per = PERIOD_MONTH;
	}
}

/* --- dates --------------------------------------------------------------------------- */

static int
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
static void
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

/* Spans that hold numbers but no target: clocks, percentages, response times, durations. */
static void
find_exclusions(struct ctx *c)
{
	int ids[] = { RE_EXCL, RE_EXCL_WORDS, RE_RESP, RE_DUR };

	if (!may(c, RE_EXCL))
		ids[0] = RE_EXCL_NY;	/* the year alternative cannot match */
	for (size_t k = 0; k < sizeof ids / sizeof ids[0]; k++) {
		size_t pos = 0, so, eo;
		int n = 0;

		if (!may(c, ids[k]))
			continue;
		while (pos <= c->len && n++ < MAXSCAN && scan(c, ids[k], pos)) {
			whole(c, 0, &so, &eo);
			pos = eo > so ? eo : next_char(c, so);
			if (ids[k] == RE_EXCL_WORDS && hedged_target(c, so, eo))
				continue;
			exclude(c, so, eo);
			if (ids[k] == RE_DUR)
				c->length = 1;
			/* A response time or a share of days below 100% is a measurable
			 * threshold; "100% of the time" is only an absolute. */
			if (ids[k] == RE_RESP || (ids[k] != RE_DUR &&
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

/* "the one who", "the one thing": a pronoun, not a count. */
static int
the_one(const struct ctx *c, size_t num)
{
	return WORD_AT(c, num, "one") && num >= 4 && strncmp(c->s + num - 4, "the ", 4) == 0;
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
			return 1;
	return (i >= 1 && c->s[i - 1] == '$') ||
	    (i >= 2 && memcmp(c->s + i - 2, "\xC2\xA3", 2) == 0) ||
	    (i >= 3 && memcmp(c->s + i - 3, "\xE2\x82\xAC", 3) == 0);
}

static void
find_quantities(struct ctx *c)
{
	size_t pos = 0, so, eo, s1, e1, num;
	int n = 0;

	if (!may(c, RE_QTY))
		return;
	while (c->nq < MAXQ && pos <= c->len && n++ < MAXSCAN &&
	    scan(c, RE_QTY, pos)) {
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
		num = so;
		if (grp(c, RE_QTY, 0, G_XN, &s1, &e1)) {
			q.amount = number_value(c->s + s1, e1 - s1);
			q.kind = Q_COUNT;
		} else {
			double a, b;

			/* Without xn, the pattern's other branch matched, and n1 is not optional in
			 * it: grp sets s1 and e1, which the analyzer cannot know.
			 * NOLINTBEGIN(clang-analyzer-core.uninitialized.Assign) */
			grp(c, RE_QTY, 0, G_N1, &s1, &e1);
			num = s1;
			/* NOLINTEND(clang-analyzer-core.uninitialized.Assign) */
			a = number_value(c->s + s1, e1 - s1);
			if (WORD_AT(c, s1, "once") || WORD_AT(c, s1, "twice") ||
			    WORD_AT(c, s1, "thrice"))
				q.kind = Q_COUNT;
			q.weak = WORD_AT(c, s1, "once");
			if (grp(c, RE_QTY, 0, G_N2, &s1, &e1) &&
			    (b = number_value(c->s + s1, e1 - s1)) >= 0 && b < a)
				a = b;	/* a range counts from its lower bound */
			q.amount = a;
		}
		if (q.amount < 0 || the_one(c, num))
			continue;
		strict_lt = has(c, RE_QTY, 0, G_PLT);
		strict_gt = has(c, RE_QTY, 0, G_PGT);
		symbol_bound(c, num, &q, &strict_lt);
		/* "don't go to bed late more than twice a week" asks for at most two */
		if (strict_gt && before(c, RE_NEGQ, so, 80)) {
			strict_gt = 0;
			q.bound = TARGET_AT_MOST;
		}
		if (has(c, RE_QTY, 0, G_PM) || strict_lt)
			q.bound = TARGET_AT_MOST;
		else if (has(c, RE_QTY, 0, G_PL) || strict_gt)
			q.bound = TARGET_AT_LEAST;
		if (grp(c, RE_QTY, 0, G_POST, &s1, &e1)) {
			const char *p = c->s + s1;

			q.bound = (CONTAINS(p, e1 - s1, "fewer") || CONTAINS(p, e1 - s1, "less") ||
			    CONTAINS(p, e1 - s1, "under") || CONTAINS(p, e1 - s1, "below") ||
			    CONTAINS(p, e1 - s1, "lower")) ? TARGET_AT_MOST : TARGET_AT_LEAST;
		}
		/* "call my dad once by Friday": a "once" that ends its clause counts */
		if (q.weak && run(c, RE_ONCE_CNT, eo, c->len, 0, 1))
			q.weak = 0;
		if (q.bound == TARGET_NONE && before(c, RE_LBMOST, so, 80))
			q.bound = TARGET_AT_MOST;	/* "limit social media to 30 minutes" */
		q.money = money_before(c, num);
		/* A bare small number after "by" or "at" is a clock time: "in bed by 11". */
		if (q.bound == TARGET_NONE && q.kind == Q_PLAIN && integral(q.amount) &&
		    q.amount <= 24 && before(c, RE_CLOCKPRE, num, 16) &&
		    run(c, RE_CLOCKNEXT, eo, c->len, 0, 1))
			continue;
		if (!classify_qty(c, &q))
			continue;
		/* "stop rehearsing every email ten times": the count of what is to end; one
		 * with a period ("without checking on 3 mornings a week") is a rate to keep */
		if (q.bound == TARGET_NONE && !q.has_per && before(c, RE_NEGCNT, so, 80))
			continue;
		/* "a \u00a31,800 overdraft", "save $50 a week": an amount of money with no limit is
		 * no target (a count of times is) */
		if (q.money && q.bound == TARGET_NONE && !before(c, RE_MONEYV, so, 40)) {
			c->threshold = 1;	/* measurable all the same: "save 5000 pounds" */
			continue;
		}
		/* Counts are whole: "fewer than 3" is at most 2 and "more than 3" at least 4. */
		if (strict_lt && integral(q.amount) && q.amount >= 1) {
			q.amount -= 1;
			q.strict = 1;
		}
		if (strict_gt && integral(q.amount))
			q.amount += 1;
		if (q.has_per)
			fix_fortnight(&q.amount, &q.per);
		c->q[c->nq++] = q;
	}
}

static void
find_rating(struct ctx *c)
{
	size_t pos = 0, so, eo, s1, e1;
	int n = 0;

	if (!may(c, RE_RATING))
		return;
	while (!c->has_rating && pos <= c->len && n++ < MAXSCAN &&
	    scan(c, RE_RATING, pos)) {
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

static void
find_frequencies(struct ctx *c)
{
	size_t pos = 0, so, eo, s1, e1;
	int n = 0;

	if (!may(c, RE_FREQ))
		return;
	while (c->nf < MAXF && pos <= c->len && n++ < MAXSCAN &&
	    scan(c, RE_FREQ, pos)) {
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
			/* Every other day is 3 or 4 days of any week: at least 3 per week; every
			 * other weekend or Sunday is once a fortnight. */
			f.per = period_of(c->s + s1, e1 - s1);
			/* NOLINTNEXTLINE(bugprone-branch-clone): a case per kind of period */
			if (weekday_number(c->s + s1) >= 0 && CONTAINS(c->s + s1, e1 - s1, "day")) {
				f.per = PER_FORTNIGHT;
			} else if (f.per == PERIOD_DAY) {
				f.count = 3;
				f.per = PERIOD_WEEK;
			} else if (f.per == PERIOD_WEEK) {
				f.per = PER_FORTNIGHT;
			} else {
				f.count = 6;
				f.per = PERIOD_YEAR;
			}
		} else if (grp(c, RE_FREQ, 0, G_EN, &s1, &e1)) {
			double k = number_value(c->s + s1, e1 - s1);

			if (k < 1 || !grp(c, RE_FREQ, 0, G_EU, &s1, &e1))
				continue;
			/* "every 3 days": the whole occasions in the next period up */
			if (c->s[s1] == 'd') {
				f.count = k <= 7 ? floor(7 / k) : floor(30 / k);
				f.per = k <= 7 ? PERIOD_WEEK : PERIOD_MONTH;
				if (k == 1)
					f.per = PERIOD_DAY;
			} else if (c->s[s1] == 'w') {
				f.count = k == 1 ? 1 : k == 2 ? 1 : k <= 4 ? 1 : floor(52 / k);
				f.per = k == 1 ? PERIOD_WEEK : k == 2 ? PER_FORTNIGHT :
				    k <= 4 ? PERIOD_MONTH : PERIOD_YEAR;
			} else {
				f.count = k == 1 ? 1 : floor(12 / k);
				f.per = k == 1 ? PERIOD_MONTH : PERIOD_YEAR;
			}
			if (f.count < 1)
				continue;
		} else if (grp(c, RE_FREQ, 0, G_WDL, &s1, &e1) ||
		    grp(c, RE_FREQ, 0, G_WDP, &s1, &e1)) {
			/* "every Monday and Thursday": one time per day named, per week */
			size_t p = s1;
			unsigned seen = 0;
			int k = 0;

			while (p < e1 && run(c, RE_WDAY, p, e1, 0, 1)) {
				size_t a, b;
				int wd;

				whole(c, 1, &a, &b);
				wd = weekday_number(c->s + a);
				if (wd >= 0 && !(seen & (1u << wd))) {
					seen |= 1u << wd;
					k++;
				}
				p = b;
			}
			f.count = k > 0 ? k : 1;
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
static void
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
	if (lone != NULL)
		set_target(out, lone);
}

/* --- wording ------------------------------------------------------------------------- */

static int
first_match(struct ctx *c, const pcre2_code *re, struct span *sp)
{
	size_t so, eo;

	if (!match_code(c, re, 0, c->len, 0, 0))
		return 0;
	whole(c, 0, &so, &eo);
	sp->off = so;
	sp->len = eo - so;
	return 1;
}

/* The first absolutist word that is about the target, not the past or the problem: not in
 * a leading clause of reasons, nor after a negation or in a clause about the past. */
static int
find_absolute(struct ctx *c, size_t from, struct span *sp)
{
	size_t pos = from, so, eo, s1, background = 0;
	int n = 0, looked = 0;

	if (!may(c, RE_ABS))
		return 0;
	while (pos <= c->len && n++ < MAXSCAN && scan(c, RE_ABS, pos)) {
		whole(c, 0, &so, &eo);
		pos = eo > so ? eo : next_char(c, so);
		if (!looked) {
			/* the leading clause is read once, and only when there is a word to excuse */
			looked = 1;
			if (run(c, RE_BACKGROUND, 0, c->len, 0, 1))
				whole(c, 1, &s1, &background);
		}
		/* "ever" and "a single" ask for perfection only after a negation, which is
		 * then where the wording starts; the negation may itself be excused */
		if ((eo - so == 4 && WORD_AT(c, so, "ever")) || ((c->s[so] == 'a' ||
		    c->s[so] == 'o') && eo - so >= 8 && memcmp(c->s + eo - 6, "single", 6) == 0)) {
			if (!before(c, RE_NEGNEAR, so, 48))
				continue;
			whole(c, 1, &so, &s1);
		}
		if (so < background || before(c, RE_EXCUSE, so, 48))
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

enum vclass { V_UNKNOWN, V_CONCRETE, V_VAGUE, V_BROAD };

/* Whether w is one of concrete_verbs, which are hashed with the trigger words. */
static int
in_list(const struct word_slot *t, const char *w)
{
	uint32_t h = HASH_INIT;
	size_t n = 0;

	for (; w[n] != '\0'; n++)
		h = HASH_STEP(h, w[n]);
	return n <= WORD_MAX && (find_slot(t, w, n, h)->kind & K_VERB) != 0;
}

/* Whether the word w (lower case) or a base form it is inflected from is a concrete verb:
 * "calls", "called", "calling", "stopped", "running", "tidies", "practising". */
static int
lemma_in(const struct word_slot *t, const char *w)
{
	char b[40];
	size_t n = strlen(w);

	if (n == 0 || n >= sizeof b - 2)
		return 0;
	if (in_list(t, w))
		return 1;
	memcpy(b, w, n + 1);
	if (n > 3 && strcmp(w + n - 3, "ies") == 0) {
		strcpy(b + n - 3, "y");
		if (in_list(t, b))
			return 1;
	}
	/* n is strlen(w), so w[n - 1] is one of its bytes; the analyzer does not tie strlen's
	 * result to the bytes it counted.
	 * NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult) */
	if (n > 2 && w[n - 1] == 's') {
		b[n - 1] = '\0';
		if (in_list(t, b))
			return 1;
		if (n > 3 && w[n - 2] == 'e') {
			b[n - 2] = '\0';
			if (in_list(t, b))
				return 1;
		}
		memcpy(b, w, n + 1);
	}
	if (n > 4 && (strcmp(w + n - 3, "ing") == 0 || strcmp(w + n - 2, "ed") == 0)) {
		size_t stem = n - (w[n - 1] == 'g' ? 3 : 2);

		b[stem] = '\0';
		if (in_list(t, b))
			return 1;
		b[stem] = 'e';	/* "making", "used" */
		b[stem + 1] = '\0';
		if (in_list(t, b))
			return 1;
		if (stem >= 2 && w[stem - 1] == w[stem - 2]) {	/* "stopped", "running" */
			b[stem - 1] = '\0';
			if (in_list(t, b))
				return 1;
		}
		if (w[n - 1] == 'd' && n > 4 && w[n - 3] == 'i') {	/* "tidied" */
			memcpy(b, w, n - 3);
			strcpy(b + n - 3, "y");
			if (in_list(t, b))
				return 1;
		}
	}
	return 0;
}

/* The marks a list item may open with, in notes apps and checklists. */
static const char *const list_marks[] = {
	"[ ]", "[x]", "[]", "[  ]", "-", "*", "+", "\xE2\x80\xA2", "\xE2\x98\x90", "\xE2\x98\x91",
	"\xE2\x9C\x85",
};

/* The bytes of spaces, quotes and list marks at p ("- ", "[ ] ", "\xE2\x80\xA2 "). */
static size_t
skip_marks(const struct ctx *c, size_t p)
{
	size_t q = p;

	for (;;) {
		size_t k, n = 0;

		while (q < c->len && (c->s[q] == ' ' || c->s[q] == '"' || c->s[q] == '\''))
			q++;
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

/* Past a leading clause about the past or the problem to the goal's own "I want to" ("I
 * never used to be like this, I want to ..."); p itself when there is none. */
static size_t
past_background(struct ctx *c, size_t p, size_t lim)
{
	static const char *const joins[] = { "and", "but", "so" };
	size_t so, q;
	int more = 1;

	if (!run(c, RE_BACKGROUND, p, lim, 0, 1))
		return p;
	whole(c, 1, &so, &q);
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
	return run(c, RE_PREAMBLE_AT, q, lim, 0, 1) ? q : p;
}

/* Where the goal's own clause starts: after "I want to", "My goal is to", or a leading time
 * or condition clause ("Every Sunday for the next 10 weeks, write down ..."). */
static size_t
clause_start(struct ctx *c)
{
	size_t so, eo, p = 0, lim = c->len < 400 ? c->len : boundary(c, 400);
	int lead;

	p += skip_marks(c, p);
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
	return p;
}

/* The token that starts at byte off, or -1. */
static int
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
};

/* Whether a word is the past participle of a concrete verb: "booked", "done". */
static int
concrete_participle(const struct ctx *c, const char *w)
{
	size_t n = strlen(w);

	for (size_t k = 0; k < sizeof participles / sizeof participles[0]; k++)
		if (strcmp(w, participles[k][0]) == 0)
			return in_list(c->r->words, participles[k][1]);
	/* "used" as in "get used to" is no action */
	return n > 4 && strcmp(w + n - 2, "ed") == 0 && strcmp(w, "used") != 0 &&
	    lemma_in(c->r->words, w);
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
static enum vclass
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
	if (run(c, RE_V_BROAD, p, c->len, 0, 1)) {
		whole(c, 1, &so, &eo);
		verb->len = eo - so;
		return get_done(c, verb) ? V_CONCRETE : V_BROAD;
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

/* Whether the verb's object, the words after it up to a preposition, is an abstract noun
 * (lexicon.c: abstract_nouns), unless the verb records or speaks of it ("track my mood"). */
static int
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
		 * thing, the noun after it */
		if ((t->t[k].cls & LX_ABSTRACT) && k + 1 < t->n && t->t[k + 1].kind == TK_WORD &&
		    !(t->t[k + 1].cls & (LX_PREP | LX_ABSTRACT)) &&
		    (strcmp(t->t[k - 1].key, "a") == 0 || strcmp(t->t[k - 1].key, "an") == 0))
			continue;
		if (t->t[k].cls & LX_ABSTRACT) {
			noun->off = t->t[k].off;
			noun->len = t->t[k].len;
			return 1;
		}
	}
	return 0;
}

/* Endings of adjectives, which name a state ("less anxious", "fewer tired days" aside): a
 * note of "less" and a word with one of these is a feeling, not a thing cut down on. */
static const char *const adjective_endings[] = {
	"ous", "ful", "ive", "ed", "ent", "ant", "able", "ible", "ish", "less", "y",
};

/* "Less sugar", "fewer takeaways", "less doomscrolling on nights off": a note with no verb
 * that names a thing or a behaviour to cut down on, as "cut down on sugar" does. */
static int
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
static int
bounded_length(const struct ctx *c)
{
	for (size_t i = 0; i < c->nq; i++)
		if (c->q[i].kind == Q_DUR && c->q[i].bound != TARGET_NONE)
			return 1;
	return 0;
}

/* Whether the verb records or speaks of a thing: "track", "rate" (lexicon.c: record_verbs). */
static int
records(const struct tokens *t, const struct span *verb)
{
	int i = token_at(t, verb->off);

	return i >= 0 && (t->t[i].cls & LX_RECORD);
}

/* "After each session", "every appointment": a frequency counted in the person's own
 * events (lexicon.c: LX_FRAME), measurable, though by no period of the calendar. */
static int
each_event(const struct tokens *t)
{
	for (int i = 0; i + 1 < t->n; i++) {
		if (strcmp(t->t[i].key, "each") != 0 && strcmp(t->t[i].key, "every") != 0)
			continue;
		/* "each therapy session": one word may name the kind */
		for (int k = i + 1; k < t->n && k <= i + 2 && t->t[k].kind == TK_WORD; k++)
			if ((t->t[k].cls & LX_FRAME) && !(t->t[k].cls & (LX_PLURAL | LX_UNIT)))
				return 1;
	}
	return 0;
}

/* "Why do I always push people away?", "who even am I": a question about oneself. */
static int
wh_question(const struct tokens *t)
{
	int i = 0;

	while (i < t->n && t->t[i].kind == TK_PUNCT)
		i++;
	return i < t->n && (t->t[i].cls & LX_WH) && !(i + 1 < t->n &&
	    strcmp(t->t[i + 1].key, "if") == 0);
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

/* --- two goals in one sentence -------------------------------------------------------- */

static unsigned mkind(const struct token *k);

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
	    (mkind(&t->t[k]) & (LM_DET | LM_OCCASION | LM_NONAME)))
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

/* Whether a quantity, frequency or rating the targets are chosen from lies in [lo, hi). */
static int
any_target_in(const struct ctx *c, size_t lo, size_t hi)
{
	for (size_t i = 0; i < c->nq; i++)
		if (c->q[i].off >= lo && c->q[i].end <= hi)
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
static void
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

/* --- what is counted ---------------------------------------------------------------- */

static unsigned
mkind(const struct token *k)
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
	    !(mkind(k) & (LM_OCCASION | LM_DET | LM_PARTICLE | LM_NONAME));
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

	if (mkind(&t->t[k]) & LM_RATED)
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
		return mkind(&t->t[k]);
	snprintf(key, sizeof key, "%s%s", t->t[k].key, t->t[k + 2].key);
	m = lex_measure(key);
	return m != NULL ? m->kind : mkind(&t->t[k]);
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
		for (k++; k < t->n && (mkind(&t->t[k]) & LM_DET); k++)
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
	return (mkind(&t->t[k + 1]) & LM_DET) || possessive(c, &t->t[k + 1]) ||
	    naming_word(&t->t[k + 1]);
}

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
		if ((mkind(w) & (LM_DET | LM_PARTICLE)) || possessive(c, w) || verb_form(c, w) ||
		    ((w->cls & LX_PREP) && strcmp(w->key, "and") != 0 &&
		    strcmp(w->key, "every") != 0 && strcmp(w->key, "each") != 0 &&
		    strcmp(w->key, "until") != 0 && strcmp(w->key, "by") != 0 &&
		    strcmp(w->key, "before") != 0 && strcmp(w->key, "than") != 0))
			continue;
		/* "stop checking my email": the gerund is the doing, its object the thing;
		 * "go running 3 times" has none */
		if (gerund_with_object(c, k))
			continue;
		return naming_word(w) ? head_noun(c, k) : -1;
	}
	return -1;
}

/* The rated word nearest before token k in the clause: "my anxiety down to a 3". */
static int
rated_before(const struct tokens *t, int k)
{
	for (int i = k - 1; i >= 0 && i >= k - 10; i--) {
		/* "anger: 9/10" rates across a colon, not across a sentence */
		if (t->t[i].kind == TK_PUNCT && strchr(".;!?", t->t[i].key[0]) != NULL)
			return -1;
		if (mkind(&t->t[i]) & LM_RATED)
			return i;
	}
	return -1;
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
static void
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
					n = verb_object(c, v);
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
	if ((n = verb_object(c, v)) >= 0)
		set_measure(out, t, n, NULL,
		    q != NULL && q->kind == Q_DUR ? MEASURE_METRIC : MEASURE_TAG);
}

void
sentence_read(struct sentence_reader *r, const char *text, size_t len, long today,
    struct sentence *out)
{
	struct ctx *c;
	struct span verb, user_vague = { 0, 0 }, user_abs = { 0, 0 }, sp_abs;
	enum vclass vc;
	int vague, absolute, rating_only, target;

	memset(out, 0, sizeof *out);
	out->per = PERIOD_TOTAL;
	out->attainable = 1;
	if (r == NULL || text == NULL || len == 0 || fold(r, text, len) == -1)
		return;
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
	c->kinds = word_kinds(c, r->words, c->s, len);
	if (lex_tokenize(&r->toks, c->s, len) == -1)
		r->oom = 1;

	find_exclusions(c);
	find_deadline(c, out);
	find_rating(c);
	find_quantities(c);
	find_frequencies(c);
	choose_target(c, out);
	split_goals(c, out);

	if ((vague = may(c, RE_VAGUE) && scan(c, RE_VAGUE, 0))) {
		size_t so, eo;

		whole(c, 0, &so, &eo);
		out->vague_at.off = so;
		out->vague_at.len = eo - so;
		/* the second goal of two is not held against the first's S */
		if (out->second_at.len > 0 && so >= out->second_at.off) {
			vague = 0;
			out->vague_at.off = out->vague_at.len = 0;
		}
	}
	absolute = find_absolute(c, 0, &out->absolute_at);
	for (size_t i = 0; i < r->nuser; i++) {
		struct span sp;

		if (!first_match(c, r->user[i].re, &sp) || sp.len == 0)
			continue;
		if (r->user[i].kind == WORDING_VAGUE) {
			if (out->second_at.len > 0 && sp.off >= out->second_at.off)
				continue;
			if (user_vague.len == 0 || sp.off < user_vague.off)
				user_vague = sp;
		} else if (user_abs.len == 0 || sp.off < user_abs.off) {
			user_abs = sp;
		}
	}
	if (user_abs.len > 0 && (!absolute || user_abs.off < out->absolute_at.off)) {
		out->absolute_at = user_abs;
		absolute = 1;
	}

	/* "x", "42", "Goals": a text of one word names no action, and a lone number counts
	 * nothing */
	if (one_word(c)) {
		out->bound = TARGET_NONE;
		out->amount = 0;
		out->per = PERIOD_TOTAL;
		out->target_at.off = out->target_at.len = 0;
		c->threshold = c->length = 0;
	}
	vc = main_verb(c, &verb);
	/* "Stop ringing my ex every day", "no takeaways on weeknights": the frequency says how
	 * often the thing to stop happens now; it is no target */
	if (out->bound != TARGET_NONE && c->nf > 0 && out->target_at.off == c->f[0].off &&
	    (WORD_AT(c, verb.off, "stop") || WORD_AT(c, verb.off, "quit") ||
	    (WORD_AT(c, clause_start(c), "no") && !WORD_AT(c, c->f[0].off, "every") &&
	    !WORD_AT(c, c->f[0].off, "each")))) {
		out->bound = TARGET_NONE;
		out->amount = 0;
		out->per = PERIOD_TOTAL;
		out->target_at.off = out->target_at.len = 0;
	}
	find_measure(c, vc, &verb, out);
	target = out->bound != TARGET_NONE;
	rating_only = c->has_rating && target && out->target_at.off == c->rating.off;
	out->measurable = target || c->threshold || c->length || each_event(&r->toks);
	out->timebound = out->has_deadline || out->frame_at.len > 0;
	/* "Why do I always push people away?" asks about the problem; it sets no standard */
	out->attainable = !absolute || wh_question(&r->toks);

	if (one_word(c) || wh_question(&r->toks))
		vc = V_VAGUE;
	switch (vc) {
	case V_CONCRETE:
		/* "Rate my mood at least 6/10": a threshold on what a recording verb records
		 * asks for the rating, which names no action; "rate my mood daily" does not */
		out->specific = !(rating_only && !c->rating.weak && records(&r->toks, &verb));
		break;
	case V_VAGUE:
		out->specific = 0;
		break;
	case V_BROAD:
		/* "Exercise more" is a category; "exercise three times a week" is a plan, and
		 * so is "sleep at least seven hours", a length with a limit. */
		out->specific = (target && !rating_only) || bounded_length(c);
		break;
	default:
		/* An unknown first word: trust a count, else the absence of vague words; a
		 * sentence with no word at all names no action. */
		out->specific = (target && !rating_only) ||
		    (!vague && !c->has_rating && verb.len > 0) ||
		    (out->vague_at.off == verb.off && less_of_thing(&r->toks, &verb));
		break;
	}
	/* "Fix my sleep schedule", "rebuild trust": an action on an abstract object is no
	 * action others could see */
	if (out->specific && vc != V_VAGUE && abstract_object(&r->toks, &verb, &sp_abs)) {
		out->specific = 0;
		if (out->vague_at.len == 0)
			out->vague_at = sp_abs;
	}
	/* "Reduce my anxiety": the vague verb is the vague wording; a bare "be" is not worth
	 * quoting, and goalcheck says "names no concrete action" instead. */
	if (!out->specific && out->vague_at.len == 0 && vc == V_VAGUE && verb.len > 0 &&
	    !WORD_AT(c, verb.off, "be") && !WORD_AT(c, verb.off, "am") &&
	    !WORD_AT(c, verb.off, "is") && !WORD_AT(c, verb.off, "being"))
		out->vague_at = verb;
	if (user_vague.len > 0) {
		out->specific = 0;
		out->vague_at = user_vague;
	}
	if (r->oom) {
		/* part of the sentence went unread: say nothing rather than half */
		memset(out, 0, sizeof *out);
		out->per = PERIOD_TOTAL;
		out->attainable = 1;
	}
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
		while (may(c, RE_VAGUE) && pos <= c->len && k++ < MAXSCAN && scan(c, RE_VAGUE, pos)) {
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
		if (r->user[i].kind == kind && first_match(c, r->user[i].re, &sp))
			n = add_wording(v, n, max, sp);
	return n;
}
