/* genshapes: writes a Markdown journal of one shape for the bench matrix (tests/bench/shapes),
 * deterministic, to stdout:
 *
 *   genshapes SHAPE SIZE_MiB [crlf]
 *
 * genjournal writes one kind of journal; people write many.  Each shape here stresses a
 * different part of a reader: the number of lines, their length, the marks on them ('#', '`',
 * ':'), the number of fields, bytes above ASCII, indentation, and the line ending.  Every
 * shape keeps to what tests/bench/summary.awk reads as journalstat does, so that each is
 * checked as well as timed: dated headings, a field block, `key:: value` lines, #tags outside
 * single-backtick code spans and URLs, lists, and nothing else that looks like markup. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xorshift.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static uint64_t state = 0x7368617065730a01ULL;
static const char *eol = "\n";
static unsigned long long written;

/* Another sequence than genjournal's. */
static uint32_t
rnd(uint32_t k)
{
	return xorshift_below(&state, k);
}

static const char *
pick(const char *const *a, size_t n)
{
	return a[rnd((uint32_t)n)];
}

#define PICK(a) pick(a, NELEM(a))

static void
out(const char *s)
{
	written += strlen(s);
	fputs(s, stdout);
}

static void
outf(const char *fmt, int a, int b)
{
	char buf[64];

	snprintf(buf, sizeof buf, fmt, a, b);
	out(buf);
}

static void
endline(void)
{
	out(eol);
}

static const char *const english[] = {
	"the", "walk", "was", "slow", "but", "I", "went", "anyway", "and", "felt", "lighter",
	"after", "lunch", "my", "sister", "called", "we", "talked", "about", "work", "sleep",
	"again", "worse", "than", "last", "week", "therapist", "said", "notice", "it", "without",
	"judging", "tried", "breathing", "exercise", "four", "counts", "in", "out", "before",
	"meeting", "kitchen", "rain", "tea", "quiet", "evening", "tired", "hopeful", "anxious",
	"dinner", "friend", "laughed", "headache", "morning", "bus", "late", "okay", "better",
};

static const char *const russian[] = {
	"сегодня", "было", "тяжело", "но", "я", "вышла", "на", "прогулку", "и", "стало",
	"легче", "после", "обеда", "позвонила", "сестра", "мы", "говорили", "о", "работе",
	"сон", "снова", "хуже", "чем", "неделю", "назад", "терапевт", "сказала", "замечать",
	"без", "оценки", "дыхание", "вечером", "тихо", "устала", "тревожно", "надежда",
};

static const char *const cjk[] = {
	"今日は少し疲れた", "散歩に行った", "姉と電話した", "よく眠れなかった", "気分が良い",
	"会議の前に深呼吸", "雨の日", "お茶を飲んだ", "今天心情不错", "和朋友吃饭",
	"睡得不好", "工作压力很大",
};

static const char *const emoji[] = {
	"😊", "😔", "🙂", "😴", "💪", "🌧️", "☕", "❤️", "🚶‍♀️", "👍🏽",
};

static const char *const tags[] = {
	"walk", "sleep", "work", "family", "anxiety", "gratitude", "therapy", "exercise",
	"work/meeting", "self-care", "social_anxiety", "meds", "journal-prompt", "panic", "win",
};

static const char *const keys[] = {
	"mood", "sleep", "energy", "anxiety", "steps", "water", "focus", "pain", "stress",
	"social", "screen", "caffeine", "meds", "outside", "exercise", "appetite",
};

static const char *const inline_keys[] = { "pages", "calls", "minutes", "glasses" };

static int day_of_year, year = 2000;

/* The next entry's heading: one day on, now and then the same day again. */
static void
heading(void)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int m = 0, d, leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	if (rnd(10) != 0 && ++day_of_year >= 365 + leap) {
		day_of_year = 0;
		year++;
	}
	d = day_of_year;
	while (d >= mdays[m] + (m == 1 && leap))
		d -= mdays[m] + (m == 1 && leap), m++;
	outf("## %04d-", year, 0);
	outf("%02d-%02d", m + 1, d + 1);
	if (rnd(3) == 0)
		outf(" %02d:%02d", (int)rnd(24), (int)rnd(60));
	endline();
}

/* n fields with n different keys: a key given twice counts once (its last value), which
 * summary.awk does not model. */
static void
fields(int n)
{
	int first = (int)rnd(NELEM(keys));

	for (int i = 0; i < n; i++) {
		out(keys[(first + i) % NELEM(keys)]);
		outf(": %d", (int)rnd(11), 0);
		if (rnd(4) == 0)
			outf(".%d", (int)rnd(10), 0);
		if (rnd(5) == 0)
			out("/10");
		endline();
	}
	endline();
}

static void
words(const char *const *w, size_t nw, int n)
{
	for (int i = 0; i < n; i++) {
		if (i > 0)
			out(" ");
		out(pick(w, nw));
	}
}

/* Short plain lines: many lines, few bytes each, few marks. */
static void
shape_plain(void)
{
	heading();
	fields(1);
	for (int l = 2 + (int)rnd(6); l > 0; l--) {
		words(english, NELEM(english), 2 + (int)rnd(6));
		if (rnd(8) == 0) {
			out(" #");
			out(PICK(tags));
		}
		endline();
	}
	endline();
}

/* Long prose lines, as an editor that wraps softly leaves them. */
static void
shape_prose(void)
{
	heading();
	fields(2);
	for (int p = 1 + (int)rnd(3); p > 0; p--) {
		words(english, NELEM(english), 80 + (int)rnd(300));
		if (rnd(2) == 0) {
			out(" #");
			out(PICK(tags));
		}
		out(".");
		endline();
		endline();
	}
}

/* A mark in most words: tags in brackets and after punctuation, code spans that hold a '#',
 * URLs with anchors, C#, entities, headings that are not dates. */
static void
tag_line(void)
{
	static const char *const bits[] = {
		"(#", "#", "#", "#", "`#notatag` ", "see https://example.org/notes#section ",
		"C# and F# ", "&#39; ", "time: 10:30 ", "ratio 3:1 ", "`code: here` ", "**#",
	};
	for (int i = 5 + (int)rnd(10); i > 0; i--) {
		const char *b = PICK(bits);

		out(b);
		if (b[strlen(b) - 1] == '#') {
			out(PICK(tags));
			out(b[0] == '(' ? ")" : b[0] == '*' ? "**" : rnd(2) ? "," : "");
			out(" ");
		}
		out(PICK(english));
		out(rnd(4) ? " " : "; ");
	}
	out(PICK(english));
	endline();
}

static void
shape_tags(void)
{
	heading();
	fields(1 + (int)rnd(2));
	for (int l = 1 + (int)rnd(5); l > 0; l--)
		tag_line();
	if (rnd(6) == 0) {
		out("### not a date, only a heading");
		endline();
	}
	endline();
}

/* Many fields an entry, in the block and inline, and a short body. */
static void
shape_metrics(void)
{
	int first = (int)rnd(NELEM(inline_keys));

	heading();
	fields(8 + (int)rnd(8));
	for (int i = (int)rnd(NELEM(inline_keys)); i > 0; i--) {
		out(inline_keys[(first + i) % NELEM(inline_keys)]);
		outf(":: %d", (int)rnd(100), 0);
		endline();
	}
	words(english, NELEM(english), 3 + (int)rnd(8));
	endline();
	endline();
}

/* Prose in Cyrillic, Japanese and Chinese with emoji; tags and fields in ASCII. */
static void
shape_unicode(void)
{
	heading();
	fields(2);
	for (int l = 1 + (int)rnd(4); l > 0; l--) {
		if (rnd(3) == 0) {
			for (int i = 3 + (int)rnd(8); i > 0; i--) {
				out(PICK(cjk));
				out(rnd(2) ? "、" : "。");
				if (rnd(4) == 0)
					out(PICK(emoji));
			}
		} else {
			words(russian, NELEM(russian), 10 + (int)rnd(60));
			out(" ");
			out(PICK(emoji));
		}
		if (rnd(3) == 0) {
			out(" #");
			out(PICK(tags));
		}
		endline();
	}
	endline();
}

/* An outline, as an outliner or a bullet journal keeps one: every line an item of a list,
 * nested by two spaces or a tab a level, some of them tasks, a tag now and then. */
static void
shape_outline(void)
{
	static const char *const bullets[] = { "- ", "- ", "- ", "* ", "- [ ] ", "- [x] ", "1. " };
	const char *indent = rnd(3) == 0 ? "\t" : "  ";
	int level = 0;

	heading();
	fields(1);
	for (int l = 3 + (int)rnd(12); l > 0; l--) {
		for (int i = 0; i < level; i++)
			out(indent);
		out(PICK(bullets));
		words(english, NELEM(english), 2 + (int)rnd(7));
		if (rnd(6) == 0) {
			out(" #");
			out(PICK(tags));
		}
		endline();
		/* The next item one level in, back out, or beside this one. */
		level = rnd(3) == 0 && level < 4 ? level + 1 : rnd(3) == 0 ? 0 :
		    rnd(2) == 0 && level > 0 ? level - 1 : level;
	}
	endline();
}

static const struct shape {
	const char *name;
	void (*entry)(void);
} shapes[] = {
	{ "plain", shape_plain },
	{ "prose", shape_prose },
	{ "tags", shape_tags },
	{ "metrics", shape_metrics },
	{ "unicode", shape_unicode },
	{ "outline", shape_outline },
};

int
main(int argc, char *argv[])
{
	const struct shape *s = NULL;
	unsigned long long size;

	if (argc < 3 || argc > 4 || (argc == 4 && strcmp(argv[3], "crlf") != 0)) {
		fputs("usage: genshapes plain|prose|tags|metrics|unicode|outline SIZE_MiB [crlf]\n",
		    stderr);
		return 2;
	}
	for (size_t i = 0; i < NELEM(shapes); i++)
		if (strcmp(argv[1], shapes[i].name) == 0)
			s = &shapes[i];
	size = strtoull(argv[2], NULL, 10) << 20;
	if (s == NULL || size == 0) {
		fprintf(stderr, "genshapes: no shape '%s', or no size\n", argv[1]);
		return 2;
	}
	if (argc == 4)
		eol = "\r\n";
	out("# Journal");
	endline();
	endline();
	while (written < size)
		s->entry();
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("genshapes");
		return 1;
	}
	return 0;
}
