/* sentence_word.c: the first pass over a folded text, which notes the kinds of word in it
 * and where a match of each pattern may start, so that a pattern that cannot match is not
 * run.  Its words are hashed once per reader, with the concrete verbs the main verb is
 * looked up among (sentence_verb.c). */

#include <stdlib.h>

#include "sentence_int.h"

/* Verbs that name something others could see being done, as base forms; the main verb of a
 * sentence is reduced to its base form before it is looked up (see lemma_in). */
static const char *const concrete_verbs[] = {
	"add", "answer", "apologise", "apologize", "apply", "argue", "arrive", "ask", "attend",
	"avoid", "bet", "binge", "gamble", "nap", "scroll", "shout", "smoke", "snack", "swear",
	"vape", "yell",
	"bake", "bathe", "bike", "bin", "block", "book", "breathe", "bring", "brush", "budget",
	"build", "buy", "call", "cancel", "cap", "charge", "chat", "check", "choose", "clean",
	"clear", "climb", "colour", "color", "commute", "complete", "compliment", "cook",
	"count", "create", "cut", "cycle", "dance", "decline", "declutter", "delegate", "delete", "dig",
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
	"share", "shop", "shower", "sweep", "hang", "sign", "sing", "sit", "skate", "skip", "sort", "speak", "spend",
	"stand", "start", "stay", "stick", "stop", "stretch", "submit", "swap", "swim",
	"switch", "take", "talk", "teach", "tell", "text", "thank", "tick", "tidy", "track",
	"try", "turn", "type", "unfollow", "uninstall", "unplug", "update", "use", "vacuum",
	"visit", "voice", "volunteer", "wake", "walk", "wash", "watch", "water", "wear",
	"weigh", "work", "write",
	/* errands and chores of the house, the kitchen and the garden */
	"wrap", "squeeze", "hoover", "mop", "dust", "wipe", "scrub", "polish", "fold", "load",
	"unload", "collect", "fetch", "carry", "deliver", "print", "chop", "boil", "fry",
	"roast", "feed", "mow", "weed", "prune", "repair", "install", "recycle", "sell",
	"renew", "unsubscribe", "enrol", "enroll", "queue", "shave", "stroke", "pet",
	/* what others see a person do */
	"smile", "laugh", "wave", "nod",
	/* habits of the body a person can stop (skin picking, nail biting) */
	"bite", "pick", "chew", "scratch", "pull",
	"service",
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
	[RE_EXCL_NEAR] = { K_DIGIT | K_NUM, 0 },
	[RE_RESP] = { K_WITHIN, K_TIMEU },
	[RE_DUR] = { K_FOR, K_TIMEU },
	/* "a chapter a week": "a" counts before a period too (the periods of NUMBER's "a"
	 * are K_UNIT's words, which the fast-path test in check_sentence.c holds to) */
	[RE_QTY] = { K_DIGIT | K_NUM | K_UNIT, 0 },
	[RE_RATING] = { K_DIGIT, K_SLASH | K_OUT },
	/* a frequency word, or "on" or "at" before "weekdays", "Sundays", ...; or weekdays
	 * listed ("Monday, Wednesday and Saturday") */
	[RE_FREQ] = { K_FREQ | K_ONAT | K_FREQON | K_WEEKDAY, K_FREQ | K_FREQON | K_WEEKDAY },
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
	{ K_WEEKDAY, "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed "
	    "weds thu thur thurs fri sat sun" },
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
	{ K_ABS, "never always single last waking completely totally entirely absolutely fully "
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
	ST_DM = 1 << 16, ST_END = 1 << 17, ST_DIGIT = 1 << 18, ST_NEAR = 1 << 19,
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

const uint32_t start_sets[RE_N] = {
	[RE_EXCL] = ST_EXCL, [RE_EXCL_NY] = ST_DIGIT, [RE_RESP] = ST_RESP, [RE_DUR] = ST_DUR,
	[RE_QTY] = ST_QTY, [RE_RATING] = ST_RATING, [RE_FREQ] = ST_FREQ, [RE_VAGUE] = ST_VAGUE,
	[RE_ABS] = ST_ABS, [RE_EXCL_NEAR] = ST_NEAR,
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
	{ ST_NEAR, "for out in into count counting first only after before past until till til" },
	{ ST_ABS, "never always every each completely totally entirely absolutely utterly fully "
	    "perfect perfectly flawless flawlessly forever all at without no under constantly "
	    "continually continuously permanently ever a hundred not for once one" },
	{ ST_FREQ, "every evry each daily nightly weekly fortnightly bi biweekly monthly yearly "
	    "annually everyday on at weekdays week weekday workdays work working weeknights "
	    "weeknight school monday tuesday wednesday thursday friday saturday sunday mon tue "
	    "tues wed weds thu thur thurs fri sat sun" },
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

#define WORD_MAX	16	/* no trigger word is longer */
#define WORD_SLOTS	1024	/* a power of two, about twice the number of words */

struct word_slot {
	char w[WORD_MAX];
	unsigned char len;	/* 0: empty */
	uint32_t kind;
	uint32_t start;		/* the start sets it is in */
};

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
struct word_slot *
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
 * with a character that case-folds to or with one in the patterns (see compile_opts in
 * sentence.c) is read caselessly, with every pattern run everywhere: its words are not plain
 * ASCII. */
uint32_t
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
int
pattern_may(const struct ctx *c, int id)
{
	return c->r->full_scan || ((trigger[id][0] == 0 || (c->kinds & trigger[id][0]) != 0) &&
	    (trigger[id][1] == 0 || (c->kinds & trigger[id][1]) != 0));
}

/* Whether w is one of concrete_verbs, which are hashed with the trigger words. */
int
concrete_verb(const struct word_slot *t, const char *w)
{
	uint32_t h = HASH_INIT;
	size_t n = 0;

	for (; w[n] != '\0'; n++)
		h = HASH_STEP(h, w[n]);
	return n <= WORD_MAX && (find_slot(t, w, n, h)->kind & K_VERB) != 0;
}

