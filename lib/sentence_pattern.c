/* sentence_pattern.c: the built-in patterns of the sentence reader, one row each, with the
 * group names the code reads; each is compiled the first time a read needs it, and scanned
 * only where the trigger pass (sentence_word.c) says a match may start.  Written in lower
 * case for the folded text, see sentence.c. */

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "sentence_int.h"

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
		"an?(?=\\s+(?:hours?|hr|dozen|hundred|thousand)\\b)|" \
		"an?(?=\\s+[a-z]{3,}\\s+(?:a|an|per|each|every)\\s+(?:day|week|fortnight|month|year)\\b)|" \
		"(?:a\\s+)?couple(?:\\s+of\\b|" \
		"(?=\\s+(?:times|more|days|nights|hours|minutes|weeks|x)\\b))|" \
		"once\\b|twice\\b|thrice\\b|" NUMW ")|" DIGITS ")" \
		"(?:[\\s-]+(?:hundred|thousand|dozen)\\b)?(?:\\s+and\\s+a\\s+half\\b)?"
#define MONTH	"(?:(?:january|february|march|april|may|june|july|august|september|october|" \
		"november|december)\\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?)"
#define WEEKDAY	"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
/* After "every", where no other word could stand, a weekday may be cut short ("every sat"). */
#define WDAYSHORT "(?:" WEEKDAY "|(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\\b\\.?)"
#define PERIODN	"(?:day|night|nite|morning|evening|eve|afternoon|weekday|work\\s*day|working\\s+day|" \
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
	"\\b(?:(?:i|we|myself)(?:\\s+(?:really|just|also|truly|honestly|finally|definitely|still|" \
	"seriously|now|sort\\s+of|kind\\s+of|kinda|sorta))*(?:" AP "ll|" AP "d\\s+(?:kind\\s+of\\s+|sort\\s+of\\s+|really\\s+)?(?:like|love)\\s+to|" \
	AP "m\\s+(?=(?!(?:being|feeling|getting|having|going|doing|trying)\\b)[a-z]{3,}ing\\b)|" AP "m\\s+(?:going|" \
	"planning|aiming|hoping|trying|determined|committed)\\s+to|" AP "m\\s+gonna|" \
	"\\s+(?:will|shall|want\\s+to|wanna|would\\s+(?:like|love)\\s+to|need\\s+to|" \
	"am\\s+(?:going|planning|aiming|hoping|trying|determined|committed)\\s+to|" \
	"am\\s+gonna|plan\\s+to|intend\\s+to|hope\\s+to|aim\\s+to|wish\\s+to|must|should|" \
	"can(?!" AP "t)|could|commit\\s+to|promise\\s+to|have\\s+to|choose\\s+to|decide\\s+to|" \
	"resolve\\s+to|gotta))|" \
	"(?:client|clients|pt|patient|service\\s+user|su|resident|participant|student|learner|yp)" \
	"\\s+(?:will|to|is\\s+to|shall|agrees\\s+to|agreed\\s+to|would\\s+like\\s+to|wants\\s+to|" \
	"aims\\s+to|plans\\s+to)|my\\s+(?:goal|aim|plan)\\s+is\\s+to|is\\s+my\\s+(?:goal|aim|plan)\\s+to|" \
	"the\\s+goal(?:\\s*,[^,]{1,60},)?\\s+is\\s+to|" \
	"what\\s+(?:i|we)(?:" AP "d|\\s+would)\\s+like(?:\\s*,\\s*(?:i\\s+think|i\\s+guess|really)\\s*,)?\\s+is\\s+(?:to\\s+)?|" \
	"part\\s+of\\s+me\\s+wants\\s+to|(?:i" AP "m\\s+|i\\s+am\\s+)?(?:thinking|feeling)(?:\\s+like|\\s+that)?\\s+" \
	"(?:i|we)\\s+(?:should|could|might|need\\s+to|ought\\s+to))\\b" \
	"|\\b(?:smart\\s+)?goal\\s*(?:(?:#|no\\.?\\s*)?\\d+\\s*)?(?::|\\x{2014}|\\x{2013}|-\\s)" \
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
/* Numbers after a word that says they count nothing: labels ("chapter 2", "step four", "goal
 * #3", but not "my room 3 days a week", which counts days), ages ("once I turn 40", "I'm only 38"), hedged counts
 * of the problem ("like 30 times"), texting's "2" for "to", "one day" for some day, "not even
 * once", "every single one of" (all of them). */
#define EXCL_WORDS \
	"\\b(?:chapter|step|level|part|season|episode|module|lesson|phase|grade|stage|volume|" \
	"year|class|room|flat|route|platform|gate|goal|term|semester|trimester|unit)\\s+\\d+\\b" \
	"(?!\\s*(?:x|times|days|nights|mornings|evenings)\\b|\\s+[a-z]+\\s+(?:a|per|each|every)\\s+" \
	"(?:day|week|month)\\b)" \
	"|\\b(?:chapter|step|level|part|module|phase|stage|goal)\\s+(?:one|two|three|four|five|" \
	"six|seven|eight|nine|ten|eleven|twelve)\\b(?!\\s+(?:x|times?|days|nights)\\b)" \
	"|(?<![\\w#])#\\s*\\d+\\b" \
	"|\\b(?:\\d+|five|six|seven|eleven)-a-side\\b" \
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
/* Words around a number that say it counts nothing, each opening on one of a few words, so
 * that the pass over the text (sentence_word.c: ST_NEAR) tries them there only: "for once",
 * "out of 10" with no rating, "in one folder", "count to 20", "my first flight in 4
 * years", a clock time with no am or pm ("after 11"). */
#define EXCL_NEAR \
	"\\bfor\\s+once\\b|" \
	/* a scale with no rating on it: "rate my mood out of 10" */ \
	"(?<![\\d/])(?<!\\d\\s)\\bout\\s+of\\s+(?:10|5|100)\\b" \
	/* one place, not a count: "in one folder"; counting to a number: "count to 20" */ \
	"|\\b(?:in|into)\\s+one\\b(?!\\s+(?:day|week|month|year|hour|sitting|go|morning|evening|night|afternoon)s?\\b)" \
	"|\\bcount(?:ing)?\\s+(?:to|from|down\\s+from)\\s+\\d+" \
	"|\\b(?:first|only)\\s+(?:[a-z]+\\s+){0,2}in\\s+\\d+\\s+(?:years|months|weeks|days)\\b" \
	/* a clock time without am or pm: "no phone after 11 for the next 10 days" */ \
	"|\\b(?:after|before|past|until|till|til)\\s+(?:\\d{1,2}(?:[.:]\\d{2})?|one|two|three|four|" \
	"five|six|seven|eight|nine|ten|eleven|twelve)(?=\\s*(?:$|[.,;:!?)]|(?:for|on|at|every|" \
	"each|and|or|but|in|tonight|unless|except|most|when|if|while|daily|nightly|during|" \
	"from|until|till|til|by|so)\\b))"
#define EXCL_YEAR \
	"\\b(?:in|by|until|till|before|during|of|since|from|through|for|after)\\s+" \
	"(?:early\\s+|late\\s+|mid-?)?(?:19|20)\\d\\d\\b(?!\\s*(?:steps|words|pages|calories|" \
	"times|x\\b))"

/* The vague verbs that are phrases, one row each, tried in this order at the goal's verb and
 * joined into one alternation when first compiled (RE_V_VAGUE).  Vague verbs of one word
 * ("feel", "improve", "cope") are a word class of the lexicon (lexicon.c: vague_verbs).  A
 * row is a phrase whose words name no act others could see; most are the devset's own
 * examples of vague aspirations and the idioms blind sets wrote for them. */
/* A row may be written over several lines, as C joins its strings.
 * NOLINTBEGIN(bugprone-suspicious-missing-comma) */
static const char *const vague_phrases[] = {
	"figur(?:e|es|ing)\\s+out",
	/* "find some peace", "find a way to", "find my voice" */
	"find(?:s|ing)?\\s+(?:some\\s+|inner\\s+|more\\s+|a\\s+(?:sense\\s+of|way\\s+to)\\s+|"
	"my\\s+)?(?:peace|balance|happiness|meaning|closure|purpose|myself|joy|calm|voice|"
	"way|confidence|motivation|self|people|tribe|place|someone|somebody|the\\s+one|love|a\\s+partner)",
	"sort(?:s|ing)?\\s+(?:myself|(?:it|things|stuff|everything)(?:\\s+all)?\\s+out|"
	"out\\s+(?:myself|things|stuff|everything|(?:my|our|his|her|their)\\s+[a-z]+ing)\\b)",
	/* "handle it", "handle things"; "handle my stress" is an abstract object */
	"handl\\w*(?=\\s*(?:$|[.,;:!?]|(?:it|things|stuff|everything|myself|life|situations?|"
	"difficult|hard|tough|stressful)\\b))",
	/* phrasal verbs whose object is no thing done: "look into carers allowance", "man up",
	 * "keep going" */
	"look(?:s|ing)?\\s+into",
	"man\\s+up",
	"keep(?:s|ing)?\\s+going(?!\\s+(?:to|for|out)\\b)",
	"carry(?:ing)?\\s+on(?=\\s*(?:$|[.,;:!?]))",
	/* asking for help with no one to ask */
	"ask(?:s|ing)?\\s+for\\s+(?:more\\s+|some\\s+)?(?:help|support)(?=\\s*(?:$|[.,;:!?]))",
	"deal(?:s|ing)?\\s+with(?!\\s+(?:one|two|three|\\d+|an?|the\\s+(?:post|mail|paperwork|pile|letters|"
	"emails|bills|washing|dishes|laundry))\\b)",
	"let\\s+go",
	"move\\s+on",
	"look(?:ing)?\\s+(?:good|better|great|nice|fit|healthy|fine)\\b",
	"stop(?:s|ping)?\\s+(?:feeling|being|worrying|overthinking|thinking|caring|stressing|"
	"ruminating|hating|obsessing|dwelling|panicking|doubting|comparing|procrastinating|"
	"beating|trying|catastrophi[sz]ing|dreading|bottling)",
	"care\\s+(?:more|less|about)",
	"look\\s+after\\s+(?:myself|my\\s+(?:health|wellbeing|mental))",
	"take\\s+(?:better\\s+|more\\s+)?care\\s+of\\s+(?:myself|my\\s+(?:health|wellbeing|mental))",
	"set(?:ting)?\\s+(?:\\S+\\s+)?boundaries",
	"build(?:ing)?\\s+(?:up\\s+)?(?:my\\s+)?(?:confidence|self|resilience|trust)",
	"increas(?:e|ing)\\s+my\\s+(?:confidence|self|mood|energy|happiness)",
	"(?:reduc(?:e|ing)|lower(?:ing)?|decreas(?:e|ing))\\s+my\\s+(?:anxiety|stress|worry|"
	"worries|anger|sadness|depression)",
	"have\\s+(?:a\\s+)?(?:better|healthier|happier|good|(?:more|less|fewer)(?!\\s+than))\\b",
	"make\\s+peace",
	"come\\s+to\\s+terms",
	"stay\\s+(?:calm|positive|happy|strong|motivated|focused|present|grounded)",
	"fix\\s+(?:my\\s+)?(?:life|self|problems?|relationship)",
	"change\\s+my\\s+(?:life|mindset|attitude|thinking|ways)",
	"move\\s+forward",
	"keep\\s+(?:my\\s+)?(?:anxiety|mood|stress|anger|worry|worries|panic|pain|feelings?|"
	"emotions?|self-esteem|confidence|energy|head|cool|calm|fatigue|tiredness|exhaustion|"
	"sadness|loneliness|irritability)",
	"stand\\s+up\\s+for\\s+(?:myself|yourself|himself|herself|ourselves|themselves)",
	/* outcomes and errands with no act named: "lose weight", "lose a stone", "save money",
	 * "chill out", "take up a new hobby", "do something for me" */
	"los(?:e|es|ing)\\s+(?:some\\s+|the\\s+|my\\s+|that\\s+|this\\s+)?(?:weight|gut|belly|tummy|"
	"baby\\s+weight|a\\s+stone|(?:\\d+|a|one|two|three|half\\s+a)"
	"\\s*(?:stones?|kg|kgs|kilos?|pounds|lbs?))\\b",
	"sav(?:e|es|ing)\\s+(?:some\\s+|more\\s+)?money(?=\\s*(?:$|[.,;:!?]|and\\b))",
	"chill(?:\\s+out)?(?=\\s*(?:$|[.,;:!?]|more\\b))",
	"(?:take\\s+up|find(?:s|ing)?)\\s+(?:a\\s+|some\\s+)?(?:new\\s+)?(?:hobby|hobbies|interests?|"
	"passion)\\b",
	"do(?:ing)?\\s+(?:one|a)\\s+[a-z]+\\s+thing\\s+(?:just\\s+)?for\\s+(?:me|myself)\\b",
	"do(?:ing)?\\s+(?:something|anything|things|stuff|one\\s+thing|a\\s+thing)\\s+"
	"(?:[a-z]+\\s+)?(?:just\\s+)?(?:for\\s+me|for\\s+myself|i\\s+(?:enjoy|like|love))\\b",
	/* "stand up to him", "get the house sorted": no act named */
	"stand\\s+up\\s+to\\b",
	"get(?:s|ting)?\\s+(?:[a-z'\\x{2019}]+\\s+){1,3}sorted\\b",
	"remember(?:s|ing)?(?!\\s+to\\b)",
	"eat\\w*\\s+(?:better|healthier|healthily|well|properly|right|clean|less|more|normally|"
	"intuitively|mindfully|sensibly)(?!\\s+\\w)",
	"eat\\w*\\s+(?:more\\s+)?(?:health(?:y|ily|ier)|mindfully|intuitively|sensibly)",
	"drink\\w*\\s+(?:less|more)(?!\\s+\\w)",
	"try\\s+(?:harder|my\\s+best)",
	"do\\s+better",
	"do\\s+(?:my\\s+best|more|less)(?!\\s+\\w)",
	/* "do more on good days": more of nothing named */
	"do\\s+(?:more|less)(?=\\s+(?:on|at|in|when|with|around|than|and|but)\\b)",
	/* being on top of things, a change of look, fewer mistakes: outcomes, no act named */
	"(?:stay|stays|staying|keep|keeps|keeping|get|gets|getting)\\s+on\\s+top\\s+of",
	"glow(?:ing)?\\s+up",
	"mak(?:e|es|ing)\\s+(?:less|fewer|no|more)\\s+(?:mistakes|errors)",
	/* results others decide or that follow from acts: "get out of debt", "make the team" */
	"get(?:s|ting)?\\s+out\\s+of\\s+(?:debt|my\\s+overdraft|the\\s+red)",
	"mak(?:e|es|ing)\\s+the\\s+(?:[a-z]+\\s+)?(?:team|squad|cut|shortlist)\\b",
	/* states kept and ties kept up, with no act named: "keep active", "stay independent",
	 * "stay in touch", "bond with the baby", "keep his memory alive" */
	"(?:keep|keeps|keeping|stay|stays|staying)\\s+(?:active|busy|independent|connected|"
	"positive|sane|well|in\\s+touch)\\b",
	"bond(?:s|ing)?\\s+with",
	"keep(?:s|ing)?\\s+(?:his|her|their|my|our|the)\\s+memory\\s+alive",
	/* the words of clinical notes for inner work: "engage in self-care", "gain insight",
	 * "increase engagement in pleasurable activities" */
	"engag(?:e|es|ing)\\s+(?:more\\s+)?(?:in|with)\\b",
	"gain(?:s|ing)?\\s+(?:more\\s+|some\\s+|better\\s+)?(?:insight|understanding|perspective|"
	"awareness|clarity|confidence)",
	"increas(?:e|es|ing)\\s+(?:my\\s+|his\\s+|her\\s+|their\\s+)?(?:engagement|participation|"
	"involvement)",
	"have\\s+(?:a\\s+(?:bit|little|lot)\\s+)?(?:more\\s+)?fun\\b",
	"make\\s+(?:more\\s+)?time\\s+for\\s+(?:me|myself|us|each\\s+other|fun|friends|family)\\b",
	"switch(?:ing)?\\s+off(?=\\s*(?:$|[.,;:!?]|(?:from|after|at|in|more|properly|when)\\b))",
	"sit(?:ting)?\\s+with\\s+(?:my|the|these|those|difficult|hard)\\s+(?:feelings|emotions)",
	"do(?:ing)?\\s+(?:everything|it\\s+all)\\b",
	/* results of a test, money and the body, with no act named: "score 320 on the GRE",
	 * "spend less", "calm down", "work toward my dream" */
	"scor(?:e|es|ing)\\s+(?:\\d+|an?\\s+[a-z0-9]+|at\\s+least|above|over|higher|better|well)",
	"spend(?:ing)?\\s+less(?=\\s*(?:$|[.,;:!?]|money\\b|cash\\b))",
	"spend(?:ing)?\\s+(?:(?:more\\s+)?quality\\s+time|more\\s+time\\s+with)\\b",
	"calm(?:ing)?\\s+down",
	"get(?:s|ting)?\\s+(?:[a-z'\\x{2019}]+\\s+){1,3}back\\s+to\\s+(?:normal|how|the\\s+way)\\b",
	"work(?:s|ing)?\\s+towards?\\b",
	"sort(?:s|ing)?\\s+out\\s+(?:my|our)\\s+(?:debts?|finances|money|mess|problems)\\b",
	"stop(?:s|ping)?\\s+getting\\s+(?:so\\s+)?(?:angry|upset|stressed|anxious|worked\\s+up|"
	"wound\\s+up|mad|annoyed|frustrated|jealous|defensive|overwhelmed)",
	/* outcomes kept or wanted: "stay out of hospital", "wants a job", "sort uni out" */
	"stay(?:s|ing)?\\s+out\\s+of\\s+(?:hospital|trouble|prison|jail|debt|the\\s+red)\\b",
	"wants?\\s+(?:a|an|the|my|some|more)\\s+[a-z]+",
	"do(?:ing)?\\s+the\\s+needful\\b(?!\\s+and\\b)",
	"sort(?:s|ing)?\\s+(?:my|our)\\s+[a-z]+ing\\s+out\\b",
	"mak(?:e|es|ing)\\s+(?:more\\s+of\\s+)?an\\s+effort\\b",
	"aim(?:s|ing)?\\s+for\\s+(?:a|an)\\s+[a-z]+\\s+(?:rating|score|level)\\b",
	"wak(?:e|es|ing)\\s+up\\s+feeling\\b",
	"have\\s+(?:\\d+|[a-z]+)\\s+days?\\s+(?:a\\s+week\\s+)?where\\b",
	"(?:keep|keeps|keeping|hold|holds|holding)\\s+it\\s+together\\b",
	"(?:fix(?:es|ing)?|repair(?:s|ing)?|mend(?:s|ing)?|patch(?:es|ing)?\\s+up)\\s+(?:things|it|stuff|"
	"everything)\\s+with\\b",
	"have\\s+(?:\\d+|[a-z]+)\\s+(?:good|bad|better|pain-free|migraine-free|symptom-free)\\s+days\\b",
	"bottl(?:e|es|ing)\\s+(?:things|it|stuff|everything|feelings|emotions)\\s+up\\b",
	"mak(?:e|es|ing)\\s+sure\\s+(?:my|the|our|everything|it)\\s+[a-z]+\\s+(?:is|are|gets?|stays?)\\b",
	"eat\\w*\\s+(?:proper|decent|real|good)\\s+(?:food|meals?|tucker|grub)\\b",
	/* accepting what is, not an offer: "accept one invitation" is an act */
	"accept\\w*(?!\\s+(?:an?|one|two|three|\\d+|the\\s+next|every|all|more)\\s+(?:[a-z]+\\s+)?"
	"(?:invitations?|invites?|offers?|lifts?|compliments?|calls?)\\b)",
};/* NOLINTEND(bugprone-suspicious-missing-comma) */


const char *const patterns[RE_N] = {
	[RE_EXCL] = EXCL "|" EXCL_YEAR,
	/* The same without years, for a text with no 19xx or 20xx in it. */
	[RE_EXCL_NY] = EXCL,
	[RE_EXCL_WORDS] = EXCL_WORDS,
	[RE_EXCL_NEAR] = EXCL_NEAR,
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
	    "(?:\\s+[a-z'-]+){0,3}?\\s+(?:(?:each|every|evry)\\s+(?:single\\s+)?" PERIODN "|"
	    PERADV ")\\b)",

	[RE_QTY] =
	    "\\b(?:(?:(?<pl>at\\s+least|a\\s+minimum\\s+of|minimum\\s+of|minimum|min|"
	    "no\\s+(?:fewer|less)\\s+than|not\\s+(?:fewer|less)\\s+than)|(?<pm>at\\s+(?:the\\s+)?"
	    "most|no\\s+more\\s+than|not\\s+more\\s+than|no\\s+longer\\s+than|a\\s+maximum\\s+of|maximum\\s+of|maximum|"
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
	    "|\\s*(?:l|litres?|liters?|km|kms|kg|kgs|lbs?|mi)\\b"
	    "|(?<other>\\s*(?:%|per\\s*cent\\b|percent\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.|o" AP "clock"
	    "|:\\d|/\\s*\\d|out\\s+of\\s+(?!7\\b|5\\b)\\d)))?",
	/* Anchored after a quantity: the period it is counted over, a few words on.  "and" ends
	 * the quantity's clause, unless one word and then the period follow ("five portions of
	 * fruit and veg a day"); "3x wk" needs no "a". */
	[RE_WIN] =
	    "\\G(?:\\s+(?:days?\\s+|nights?\\s+|evenings?\\s+|mornings?\\s+|times\\s+)?"
	    "(?:out\\s+of|from|in|of)\\s+(?<wk7>7|seven)\\b(?:\\s+(?:days|nights|evenings|mornings))?|"
	    "(?:\\s+weekdays)?\\s+out\\s+of\\s+(?<wk5>5|five)\\b"
	    "(?=\\s*(?:weekdays|working\\s+days|days|$|[,.;!?]))|"
	    "(?:(?:\\s+|\\s*-\\s*)(?!(?:and(?!\\s+[a-z]+\\s+(?:a|per|each|every)\\s+" PERIODN "\\b)|"
	    "or(?!\\s+(?!(?:more|fewer|less|over|under|above|below|higher|lower)\\b)[a-z]+\\s+"
	    "(?:a|per|each|every)\\s+" PERIODN "\\b)|but|then|so|because|while|when|whenever|if|"
	    "until|till|by|within|for\\s+the|in\\s+the|over\\s+the|once|twice|thrice|"
	    NUMW ")\\b)[^\\s,.;:!?()\\[\\]\\d/]++(?:\\d++[^\\s,.;:!?()\\[\\]\\d/]*+)*+){0,7}?\\s*(?:(?:(?:a|an|per|each|every|evry|in\\s+the|"
	    "every\\s+single|in\\s+a|in\\s+each|on\\s+any|on\\s+each|on\\s+every|on\\s+a|/)\\s*"
	    "|(?<=\\dx\\s|\\d\\sx\\s))(?<per>" PERIODN "|(?<=every\\s|each\\s)[ap]m)\\b|(?<padv>" PERADV "|everyday)\\b|"
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
	    "(?<eu>day|week|month)s|(?<wdl>" WDAYSHORT "(?:\\s*(?:,|and|&|\\+)\\s*(?:(?:every|each|"
	    "on)\\s+)?" WDAYSHORT ")*)|(?<u>day|night|nite|am|pm|morning|evening|eve|afternoon|weekday|wk|"
	    "week\\s*day|work\\s*day|working\\s+day|week\\s*night|work\\s*night|school\\s+night|"
	    "bedtime|lunchtime|mealtime|arvo|weekend|week|"
	    "fortnight|month|year)(?![\\s-]+shifts?\\b))"
	    "|(?<adv>daily|nightly|weekly|fortnightly|bi-?weekly|monthly|yearly|annually)"
	    "|everyday(?=\\s*(?:$|[.,;!?]|and\\b|for\\b|until\\b|by\\b|before\\b|within\\b))"
	    "|(?:(?:on|at)\\s+|(?<=,\\s))(?<wkdays>weekdays|week\\s*days|workdays|work\\s+days|working\\s+days|"
	    "week\\s*nights|school\\s+nights)"
	    /* "at weekends", "on the weekends"; "at the weekend" is one weekend as often as
	     * it is each, and the labels read it as no frequency */
	    "|(?:on|at)\\s+(?:the\\s+(?=weekends\\b))?(?<wkends>weekends?)"
	    "|on\\s+(?<wdp>" WEEKDAY "(?:s|\\s+(?:morning|afternoon|evening|night|lunchtime)s)"
	    "(?:\\s*(?:,|and|&)\\s*" WEEKDAY "s?)*|" WEEKDAY "(?:\\s*(?:,|and|&)\\s*" WEEKDAY ")+"
	    "\\s+(?:morning|afternoon|evening|night|lunchtime)s)"
	    "|on\\s+alternate\\s+days|on\\s+an?\\s+(?<wdp2>" WEEKDAY ")"
	    /* "go Monday, Wednesday and Saturday": days listed, with no "on", recur */
	    "|(?<!between\\s)(?<!from\\s)(?<wdl2>" WEEKDAY "(?:\\s*,\\s*" WEEKDAY ")*\\s*(?:,|and|&)\\s*" WEEKDAY
	    "|" WDAYSHORT "(?:\\s*/\\s*" WDAYSHORT ")+))\\b",
	/* Anchored after a "once": what shows it counts ("call my dad once by Friday") rather
	 * than opens a clause ("once I feel ready") or an idiom ("once and for all"). */
	[RE_ONCE_CNT] =
	    "\\G\\s*(?:$|[.,;:!?)]|(?:by|before|until|till|within|during|this|next|today|"
	    "tomorrow|tonight|or|in\\s+(?:the|\\d|each|every)|on\\s+[a-z]*day|only|with|per|each|"
	    "every|at\\s+(?:each|every|the)|when|after)\\b)",

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
	/* Before "up to": a verb that raises a thing to it ("get my steps up to 10,000",
	 * "build up to 5k"), so the number is a floor to reach, not a cap. */
	[RE_UPTO_RISE] =
	    "\\b(?:get|gets|getting|bring|brings|bringing|build|builds|building|push|pushing|"
	    "work|working|increase|increasing|raise|raising|step|stepping)\\b[^,.;:!?]{0,40}$",
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
	    "every\\s+waking|completely|totally|entirely|absolutely|utterly|fully|perfect(?:ly)?|"
	    "flawless(?:ly)?|forever|all\\s+the\\s+time|at\\s+all\\s+times|"
	    "without\\s+(?:fail|exception)|no\\s+matter\\s+what|under\\s+any\\s+circumstances|"
	    "constantly|continually|continuously|permanently|ever\\s+again|"
	    "a\\s+hundred\\s+percent|hundred\\s+percent|not\\s+(?:a\\s+single|once|even\\s+once)|"
	    "no\\s+exceptions)\\b"
	    "|for\\s+good(?=\\s*(?:$|[.,;:!?\\x{2013}\\x{2014}-]|(?:this|now|and|but|so|by|before|"
	    "after|from|starting|in|within|once|because|then|too)\\b))"
	    "|once\\s+and\\s+for\\s+all\\b"
	    "|(?:ever|(?:a|one)\\s+single|at\\s+all(?!\\s+times))\\b"	/* only after a negation */
	    "|at\\s+all\\s+times\\b"
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
	[RE_SUBJ] = "\\b(?:i|we|you|he|she|they)(?:" AP "d|\\s+had)?\\s+$",
	/* Just before "ever" or "a single": the negation that makes it absolutist ("do not
	 * ever miss", "don't skip a single day"). */
	[RE_NEGNEAR] =
	    "(?:\\bnot|\\bnever|\\bwithout|\\b(?:do|does|did|would|should|must|could|wo|ca)n" AP "t)"
	    "\\s+(?:[a-z]+\\s+){0,2}$|\\bno\\s+(?:[a-z]+\\s+){1,3}$"
	    /* "no shouting in the house, ever", "stop checking my work phone at home, ever" */
	    "|\\b(?:no|stop|never)\\b[^.;!?]{0,60}?(?:,\\s*|\\s)$",
	/* Before "at all": the negation of its clause ("I will not fight with him at all"). */
	[RE_NEGCLAUSE] =
	    "(?:\\bnot|\\bnever|\\bno|n" AP "t)\\s+(?:[\\w'\\x{2019}-]+\\s+){0,6}$",
	/* Anchored after a denied count: what says it is to end ("not babysitting five days a
	 * week any more"). */
	[RE_ANYMORE] = "\\G[^,.;:!?]{0,40}?\\b(?:any\\s*more|no\\s+longer)\\b",
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
	    "\\G[\\s\"'*\\x{2022}-]*(?:(?:because|since|as|after|given(?:\\s+that)?|so\\s+that|"
	    "in\\s+order\\s+to|when|whenever|"
	    "if|while|although|though|even\\s+though|now\\s+that|seeing\\s+(?:as|that)|considering|"
	    "due\\s+to)\\b[^,;.!?]{1,240}?(?=,|\\s+(?:i|we)(?:" AP "(?:ll|m)|\\s+(?:will|shall|"
	    "want|plan|am|intend|aim|need)\\b))|[^;.!?]{1,240}?(?=,?\\s+(?:and\\s+)?so\\s+(?:[a-z]+ly\\s+)?(?:i|we)"
	    "(?:" AP "(?:ll|m|d|ve)|\\s+(?:will|shall|want|plan|am|intend|aim|need|would|have|must|"
	    "should|decided|promise|commit|choose|resolve)|\\s+(?:really|now|just|also)\\s)|"
	    ",?\\s+(?:and\\s+)?so\\s+(?:my|our)\\s+(?:plan|goal|aim)\\s+is\\b|"
	    "\\s+so\\s*[-:\\x{2013}\\x{2014}]\\s)\\b"
	    "|[^,;.!?]{1,240}?(?=,\\s*(?:but\\s+|so\\s+|and\\s+)?(?:(?:honestly|really|now|just|still)\\s+)*"
	    "(?:i|we)(?:" AP "(?:d|ll)\\s+(?:like|love)|" AP "ll|" AP "m\\s+(?:going\\s+to|[a-z]{3,}ing)|"
	    "\\s+(?:just\\s+)?(?:want|would|need|will|plan|am\\s+going|hope|intend))\\b)"
	    "|[^,;.!?]{1,240}?(?=\\s+that\\s+(?:i|we)(?:" AP "d\\s+(?:like|love)|\\s+would\\s+like|\\s+want)\\b)"
	    ")",

	/* A statement about the person's life, joined to the goal by "and" or "but" with no
	 * comma ("I am in recovery and I will go to a meeting a week", "I've been sober 8
	 * months and I want to ..."), its counts how things are, not the target.  That it
	 * says nothing of what the person will do, or it would be a goal of its own, is
	 * sentence_verb.c's to check (statement_says_goal). */
	[RE_STATEMENT] =
	    "\\G[\\s\"'*\\x{2022}-]*(?=(?:i|my|we|our|me|work|life|there|it|he|she|they|the|everyone|"
	    "everybody|nobody|people)\\b)"
	    "[^,;.!?]{1,240}?(?=\\s+(?:and|but)\\s+(?:(?:honestly|"
	    "really|now|so|also|then)\\s+)*(?:(?:i|we)(?:" AP "(?:d\\s+(?:like|love)|ll)|\\s+"
	    "(?:just\\s+|really\\s+)?(?:want|would|need|will|plan|am\\s+going|hope|"
	    "intend))|(?:just\\s+)?(?:want|need|plan|hope)\\s+to|would\\s+like\\s+to)\\b)",

	/* Anchored at the start: hedges a goal may open with before its "I'd like to" ("I
	 * think, and I'm not totally sure about this, that I'd like to", "Honestly I think",
	 * "Kind of"). */
	[RE_HEDGE] =
	    "\\G[\\s,]*(?:i\\s+(?:think|guess|suppose|reckon|mean)|honestly|maybe|perhaps|kind\\s+of|"
	    "sort\\s+of|kinda|sorta|i\\s+don" AP "?t\\s+know|to\\s+be\\s+honest|realistically|"
	    "well|ok|okay)\\b(?:\\s*,\\s*(?:and\\s+)?i(?:" AP "m|\\s+am)\\s+not\\s+(?:totally\\s+|really\\s+|"
	    "100%\\s+)?sure(?:\\s+about\\s+(?:this|that|it))?\\s*,)?[\\s,]*(?:that\\s+)?",

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
	    "regularly|finally|now|actively|intentionally|deliberately|consciously|not|hopefully|"
	    "will|shall|is\\s+(?:going\\s+)?to|wants\\s+to|needs\\s+to|"
	    "maybe|perhaps|ideally|fully|realistically|kind\\s+of|sort\\s+of|kinda|sorta|"
	    "i\\s+(?:think|guess|suppose)(?:\\s*,)?|think\\s+(?:i|we)\\s+(?:could|can|might|would)|"
	    "i\\s+don" AP "?t\\s+know(?:\\s*,)?|probably|possibly|somehow)\\s+"
	    "|spend(?:ing)?\\s+(?:my\\s+)?(?:whole\\s+)?(?:life|days|time|evenings|weekends)\\s+(?=[a-z]+ing\\b)"
	    "|have\\s+a\\s+go\\s+at\\s+(?=[a-z]+ing\\b)"
	    /* a preamble with no subject, as notes have it: "want to walk more" */
	    "|(?:(?:want|need|hope|plan|would\\s+like|" AP "d\\s+like)\\s+to|wanna)\\s+(?=[a-z])"
	    "|(?:try\\s+(?:to|and)|start\\s+to|begin\\s+to|continue\\s+to|remember\\s+to|"
	    "make\\s+sure\\s+(?:to|i|that\\s+i)|make\\s+time\\s+to|make\\s+an\\s+effort\\s+to|"
	    "aim\\s+to|commit\\s+to|manage\\s+to|be\\s+able\\s+to|learn\\s+(?:how\\s+)?to|"
	    "forget\\s+to)\\s+"
	    "|be\\s+(?=(?!being\\b|feeling\\b)[a-z]+ing\\b)"
	    "|spend(?:ing)?\\s+(?:less|more|no|fewer)\\s+(?:time|hours|evenings)\\s+(?=[a-z]+ing\\b)"
	    "|100\\s*%\\s+(?=[a-z])"
	    "|(?:go|going|get|getting)\\s+back\\s+to\\s+(?=(?!going\\b)[a-z]+ing\\b)"
	    "|(?:start(?:ing)?|begin(?:ning)?|keep|continue|resume|try|practi[sc]e|practi[sc]ing)"
	    "\\s+(?=(?!going\\b)[a-z]+ing\\b))",
	[RE_V_SPECIAL] =
	    "\\G(?:be(?:ing)?\\s+on\\s+(?:my\\s+|the\\s+)?(?!(?:top|edge|track|time|form|board|guard|"
	    "my|the|a|an)\\b)[a-z-]+(?:\\s+[a-z-]+)?\\s+(?:less|fewer|under|max|at\\s+most|no\\s+more|"
	    "for\\s+(?:no\\s+more|at\\s+most|\\d|less))\\b|be(?:ing)?\\s+(?:sober|dry|smoke-free|alcohol-free|vape-free|drink-free)|"
	    "get(?:ting)?\\s+back\\s+on\\s+(?:the|my)\\s+(?:bike|horse|board|bicycle)|"
	    "get(?:ting)?\\s+back\\s+(?:to|into)\\s+(?:the\\s+|my\\s+)?(?:gym|work|school|class|"
	    "church|therapy|running|swimming|cycling|training|pool|office)|"
	    "(?:be(?:ing)?|come|coming|get|getting)\\s+(?:completely\\s+|totally\\s+|fully\\s+|100\\s*%\\s+)?"
	    "off\\s+(?!(?:track|course|balance)\\b)(?=[a-z])|"
	    "be(?:ing)?\\s+(?:in\\s+bed|asleep|home|back\\s+home|at\\s+(?:home|work|the|my)|"
	    "up\\s+(?:by|at|before)|(?:up\\s+and\\s+)?(?:dressed|showered|washed)\\b|"
	    "out\\s+of\\s+(?:bed|the\\s+house)|on\\s+time|in\\s+the\\s+office|"
	    "in\\s+the\\s+house)"
	    "|get(?:s|ting)?\\s+(?:up|out(?!\\s+of\\s+(?:(?:my|the|our|this|that|a)\\s+(?:shell|comfort|rut|funk|"
	    "slump|head|overdraft|red)|debt)\\b)|outside|dressed|into\\s+bed|in\\s+bed|to\\s+(?:bed|sleep|"
	    "work|the|my|class|school|church|therapy|meetings?)|off\\s+(?:my|the)\\s+(?:phone|couch|"
	    "sofa|laptop)|some\\s+(?:fresh\\s+air|sun|daylight)|(?:a|an|my)\\s+(?:walk|run|haircut|"
	    "check-?up|appointment|massage|job|flu\\s+(?:jab|shot|vaccine)|booster|vaccine|wof|mot|"
	    "blood\\s+test|(?:second\\s+)?opinion)))\\b",
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
	    "profitable|successful|"
	    "whole|okay|ok|bearable|manageable|work)\\b(?=\\s*(?:$|[.,;:!?]|(?:and|again|than|"
	    "all|by|within|in|over|for|before|until|at|with|every|each)\\b)))|"
	    /* a note of what others are to do: "everyone to stop looking at me" */
	    "(?:everyone|everybody|people|others|nobody|no\\s+one)\\s+to\\b|"
	    /* "Mum will stop nagging" */
	    "(?:mum|mom|dad|parents|partner|husband|wife|boyfriend|girlfriend|bf|gf|boss|"
	    "manager|teacher|everyone|people)\\s+(?:will|would|should)\\b|"
	    "(?:(?:i|we)(?:" AP "d|\\s+would)\\s+(?:like|love)|wants?|wish(?:es)?|needs?|hopes?|"
	    "would\\s+(?:like|love))\\s+(?:for\\s+)?(?:my|our|his|her|their|the|everyone|everybody|"
	    "people|others|him|them|someone|somebody|things|life|every|all|each)(?:\\s+[a-z'\\x{2019}-]+){0,4}?\\s+"
	    "(?:to|would|will|could|can|(?!(?:is|was|has|does)\\b)[a-z]+s)\\b|"
	    /* "I want Sam to be good", "I want it to stop", "I want that my children are happy" */
	    "wants?\\s+(?!(?:to|stop|start|try|go|learn|be)\\b)[a-z'\\x{2019}-]+\\s+to\\b|"
	    "wants?\\s+that\\b|wants?\\s+(?:them|it|him|her)\\s+(?:gone|over|done|fixed|sorted|back)\\b|"
	    /* "my roommate will start cleaning", "hopefully he will": another's doing */
	    "(?:(?:my|our|his|her|their|the)\\s+|[a-z]+" AP "s\\s+)[a-z'\\x{2019}-]+(?:\\s+[a-z'\\x{2019}-]+)?\\s+"
	    "(?:will|would|should|could)\\b(?!\\s+be\\s+[a-z]+(?:ed|en|ne)\\b)|"
	    /* a note of what another is to do: "my mum to stop nagging me" */
	    "(?:my|our|his|her|their)\\s+[a-z'\\x{2019}-]+\\s+to\\s+(?:stop|start|trust|understand|listen|"
	    "respect|like|love|accept|notice|forgive|believe|leave|let|care|back\\s+off|see|"
	    "realise|realize)\\b|"
	    "(?:he|she|they)\\s+(?:will|would|should|could)\\b|"
	    "(?:get|gets|getting|got|step|steps|stepping|come|comes|coming|break|breaking|"
	    "push|pushing|go|going|move|moving|crawl|climb)(?:\\s+myself)?\\s+out(?:side)?\\s+of\\s+"
	    "(?:my|the|our)\\s+(?:shell|comfort\\s+zone|rut|funk|slump|head)|"
	    "put(?:ting)?\\s+myself\\s+out\\s+there|turn(?:ing)?\\s+(?:my\\s+life|things)\\s+around|"
	    "get(?:ting)?\\s+back\\s+on\\s+(?:track|my\\s+feet)|pull(?:ing)?\\s+myself\\s+together|"
	    "let(?:ting)?\\s+my\\s+(?:guard|walls|hair)\\s+down|"
	    "(?:find|finds|finding|work|working)\\s+out\\s+(?:what|who|why|how|whether|if|where|"
	    "which)\\b(?=(?:\\s+[a-z'\\x{2019}-]+){0,3}?\\s+(?:i|me|myself)\\b))\\b",
	[RE_V_BROAD] =
	    "\\G(?:(?:get|gets|getting|got|manag(?:e|es|ing)|work(?:s|ing)?\\s+(?:on|through))\\b|"
	    "(?:exercis\\w*|work(?:ing)?\\s*out|sleep\\w*|socialis\\w*|socializ\\w*|"
	    "communicat\\w*|rest|resting|study|studying|meet\\s+(?:new\\s+)?people|"
	    "get\\s+active|be\\s+active|(?:move|moving)(?!\\s+(?:out|house|in|away|back|to|into))|"
	    "connect\\w*|interact\\w*|open(?:ing)?\\s+up|"
	    "go(?:ing)?\\s+out(?!\\s+(?:for|to|with))|date|dating|network\\w*|"
	    "mak(?:e|es|ing)\\s+(?:(?:more|new|some|a\\s+few)\\s+){0,2}friends)\\b"
	    "(?!\\s+(?:a|an|my|the|\\d)\\b)"
	    /* categories whatever their object: "help my mum", "learn Spanish", "volunteer" */
	    "|(?:help(?:s|ing)?(?!\\s+(?:out\\s+)?(?:with|to|at)\\b)|volunteer\\w*|learn(?:s|ing|t)?(?!\\s+(?:to|how|the|a|an|my|\\d)\\b)|"
	    "join(?:ing)?\\s+in|reach(?:ing)?\\s+out)\\b)",
	/* "Walk more": an activity with only a comparative is a category, not a plan. */
	[RE_V_BARE] =
	    "\\G(?:[a-z-]+)(?:\\s+(?:up|out|down|in|off|back|around))?\\s+(?:more\\s+often|"
	    "better|regularly|often)\\s*(?:$|[.,;:!?]|(?:and|but|by|until|till|before|within|over|"
	    "from|soon|this|next|in\\s+the\\s+next)\\b)",
};

static const char *const gnames[GNAMES] = {
	"a", "adj", "adjt", "adv", "au", "cnt", "d", "dose", "dur", "eas", "en", "end",
	"eu", "ey", "few", "hal", "kilo", "late", "mid", "mon", "most", "most2", "n", "n1",
	"n2", "nmo", "nwk", "nwkend", "nx", "ny", "nye", "other", "padv", "per", "pgt",
	"pl", "plt", "pm", "post", "pre", "q", "radv", "rd", "rn", "rpost", "rpre", "time",
	"tod", "tom", "u", "unit", "unit2", "val", "wd", "wdl", "wdp", "wkdays", "wkend",
	"wkends", "xeve", "xmas", "xn", "y", "half", "nyr", "p1", "p2", "yr", "wk7", "wk5",
	"wdl2", "wdp2",
};

/* Patterns that match only where they are started are compiled anchored: PCRE2's JIT does
 * not take PCRE2_ANCHORED at match time and would hand such matches to the interpreter. */
static int
anchored(int id)
{
	switch (id) {
	case RE_UNIT: case RE_WIN: case RE_POST: case RE_CLOCKNEXT: case RE_BACKGROUND:
	case RE_HEDGE:
	case RE_STATEMENT:
	case RE_ONCE_CNT: case RE_PASTV: case RE_PCT_AFTER:
	case RE_LEAD: case RE_PREAMBLE_AT: case RE_SKIP: case RE_V_SPECIAL: case RE_V_WISH:
	case RE_V_VAGUE: case RE_V_BROAD: case RE_V_BARE:
		return 1;
	default:
		return 0;
	}
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

/* Patterns kept as a table of rows (one phrase each), with the text around their
 * alternation. */
static const struct {
	int id;
	const char *head, *tail;
	const char *const *rows;
	size_t n;
} row_patterns[] = {
	{ RE_V_VAGUE, "\\G(?:", ")\\b", vague_phrases,
	    sizeof vague_phrases / sizeof vague_phrases[0] },
};

/* The source of pattern id: its row of patterns[], or its rows joined into one alternation
 * (built once; the library reads on one thread). */
const char *
pattern_source(int id)
{
	static char joined[sizeof row_patterns / sizeof row_patterns[0]][8192];

	for (size_t k = 0; k < sizeof row_patterns / sizeof row_patterns[0]; k++) {
		char *b = joined[k];
		size_t at = 0;

		if (row_patterns[k].id != id)
			continue;
		if (b[0] != '\0')
			return b;
		for (size_t i = 0; i <= row_patterns[k].n + 1; i++) {
			const char *part = i == 0 ? row_patterns[k].head : i > row_patterns[k].n ?
			    row_patterns[k].tail : row_patterns[k].rows[i - 1];
			size_t len = strlen(part);

			if (at + len + 2 > sizeof joined[k])
				internal_error("sentence pattern %d is longer than %zu bytes", id,
				    sizeof joined[k]);
			memcpy(b + at, part, len);
			at += len;
			if (i > 0 && i < row_patterns[k].n)
				b[at++] = '|';
		}
		b[at] = '\0';
		return b;
	}
	return patterns[id];
}

/* Built-in pattern id, compiled when it is first needed: a reader that never meets a date
 * never compiles the date patterns, and a short file pays for few patterns.  ci asks for
 * the caseless copy.  Returns NULL when out of memory (the read then says nothing, see
 * sentence_read); a pattern that does not compile is a bug in this file, an internal
 * error. */
const pcre2_code *
pattern_code(struct sentence_reader *r, int id, int ci)
{
	pcre2_code **re = &r->re[ci][id];

	if (*re == NULL) {
		int errcode;
		PCRE2_SIZE erroff;

		*re = pcre2_compile((PCRE2_SPTR)pattern_source(id), PCRE2_ZERO_TERMINATED,
		    PCRE2_UTF | (ci ? PCRE2_CASELESS : 0) | (anchored(id) ? PCRE2_ANCHORED : 0) |
		    (start_sets[id] != 0 ? PCRE2_USE_OFFSET_LIMIT : 0), &errcode, &erroff, NULL);
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

/* Like run(c, id, pos, c->len, 0, 0) for a pattern scanned through the text, but tries
 * only from the first place a match may start on or after pos to the last (see
 * start_sets); the same match is found, sooner. */
int
pattern_scan(struct ctx *c, int id, size_t pos)
{
	const pcre2_code *re;
	size_t first = 0, last = 0;
	int found = 0;

	if (start_sets[id] == 0 || c->st_over || c->r->full_scan)
		return run(c, id, pos, c->len, 0, 0);
	for (size_t i = 0; i < c->nst; i++)
		if (c->st[i].off >= pos && (c->st[i].start & start_sets[id]) != 0) {
			if (!found || c->st[i].off < first)
				first = c->st[i].off;
			if (!found || c->st[i].off > last)
				last = c->st[i].off;
			found = 1;
		}
	if (!found || (re = pattern_code(c->r, id, c->caseless)) == NULL)
		return 0;
	pcre2_set_offset_limit(c->r->mlim, last);
	return pcre2_match(re, (PCRE2_SPTR)c->s, c->len, first, PCRE2_NO_UTF_CHECK,
	    c->r->md[0], c->r->mlim) >= 0;
}

