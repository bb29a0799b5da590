/* genjournal: writes deterministic Markdown journals for tests/bench/journalstat, one big file or
 * a folder of daily notes, so that every run and every machine benchmarks the same bytes.
 *
 *   genjournal single SIZE_MiB > journal.md
 *   genjournal folder DIR N    > expected.txt
 *
 * The single file keeps to what tests/bench/summary.awk reads exactly like journalstat: dated
 * `##` headings, a field block, then body text with #tags, and no code, URLs or inline fields.
 * The folder mode cannot be checked by awk (file names carry the dates, some notes have YAML
 * front matter), so it prints on stdout the summary it knows it wrote, in summary.awk's format. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A fixed seed and our own generator, never rand(), so that the bytes do not depend on libc. */
static uint64_t seed = 0x6a6f75726e616cULL;

static uint32_t
rnd(uint32_t k)
{
	uint64_t z;

	z = (seed += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	z ^= z >> 31;
	return (uint32_t)(z % k);
}

/* True with probability pct percent. */
static int
chance(uint32_t pct)
{
	return rnd(100) < pct;
}

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static const char *const words[] = {
	"a", "about", "after", "again", "all", "almost", "already", "always", "and", "another",
	"anyway", "around", "as", "asked", "at", "back", "bad", "because", "bed", "before",
	"being", "better", "bit", "book", "bus", "but", "by", "call", "called", "came", "coffee",
	"could", "day", "did", "didn't", "dinner", "do", "door", "down", "early", "email",
	"enough", "even", "evening", "every", "felt", "few", "finally", "for", "friend", "from",
	"get", "got", "had", "half", "hard", "have", "head", "heavy", "her", "him", "home", "hour",
	"house", "how", "I", "I'm", "if", "in", "into", "it", "it's", "just", "kitchen", "kind",
	"knew", "last", "late", "later", "less", "light", "like", "little", "long", "lunch",
	"made", "maybe", "me", "meeting", "more", "morning", "most", "much", "my", "myself",
	"need", "never", "new", "next", "nice", "night", "not", "nothing", "now", "of", "off",
	"office", "on", "once", "one", "only", "or", "other", "out", "over", "park", "people",
	"phone", "place", "quiet", "rain", "rather", "really", "rest", "right", "room", "said",
	"same", "say", "see", "she", "should", "since", "sister", "sleep", "slept", "slow",
	"small", "so", "some", "something", "soon", "still", "street", "such", "sure", "talk",
	"talked", "tea", "than", "that", "the", "their", "them", "then", "there", "they",
	"thing", "things", "think", "this", "though", "thought", "through", "tired", "to",
	"today", "told", "tomorrow", "too", "took", "train", "tried", "two", "under", "until",
	"up", "usual", "very", "walk", "walked", "wanted", "was", "way", "we", "week", "weekend",
	"well", "went", "were", "what", "when", "while", "with", "woke", "work", "worried",
	"would", "yesterday", "yet", "you",
};

static const char *const titles[] = {
	"Quiet", "Rough", "Long", "Good", "Slow", "Busy", "Odd", "Calm", "Tired", "Better",
	"Grey", "Bright", "Heavy", "Easy", "Strange", "Short", "Late", "Early", "Ordinary",
	"day", "evening", "morning", "week", "walk", "call", "shift", "night", "start",
	"at work", "at home", "with Sam", "in the park", "after the meeting", "again",
};

/* About fifty tags with the characters a tag may hold: letters, digits, '-', '_', '/'. */
static const char *const tags[] = {
	"social", "work", "family", "exercise", "sleep", "anxiety", "left-on-time", "win",
	"ask", "raise", "session", "gratitude", "walk", "run", "swim", "cooking", "reading",
	"music", "friends", "sister", "mum", "dad", "neighbour", "book-club", "therapy",
	"meditation", "headache", "tired", "rain", "sun", "weekend", "commute", "meeting",
	"deadline", "boss", "overtime", "work/meeting", "work/1on1", "health/doctor",
	"health/dentist", "q3-review", "sleep_hygiene", "screen_time", "no-alcohol", "coffee",
	"tea", "garden", "cinema", "volunteer", "idea", "relapse", "x2",
};

static const char *const places[] = { "home", "office", "train", "parents", "cafe" };
static const char *const weathers[] = { "rain", "sun", "grey", "windy", "snow" };

/* What was written, counted while writing it, for the folder mode's expected summary. */
struct metric {
	const char *name;
	long n;
	double sum, min, max, mean, m2;	/* m2: Welford's running sum of squared deviations */
};

static struct metric metrics[] = {
	{ "anxiety", 0, 0, 0, 0, 0, 0 },
	{ "energy", 0, 0, 0, 0, 0, 0 },
	{ "mood", 0, 0, 0, 0, 0, 0 },
	{ "sleep", 0, 0, 0, 0, 0, 0 },
};
enum { ANXIETY, ENERGY, MOOD, SLEEP };

static long tag_entries[NELEM(tags)], tag_count[NELEM(tags)];
static int tag_seen[NELEM(tags)];
static long total_entries, total_words;

static void
metric_add(int i, double v)
{
	struct metric *m = &metrics[i];
	double d;

	if (m->n == 0 || v < m->min)
		m->min = v;
	if (m->n == 0 || v > m->max)
		m->max = v;
	m->n++;
	d = v - m->mean;
	m->mean += d / m->n;
	m->m2 += d * (v - m->mean);
}

/* Days since 1970-01-01 to a civil date (proleptic Gregorian), in the era form that needs no
 * tables and no special case for centuries. */
static void
civil(long days, int *y, int *m, int *d)
{
	long z = days + 719468, era, doe, yoe, doy, mp;

	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static long
days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The body is wrapped like a hand-edited file, so that lines are many and of varied length. */
struct body {
	FILE *f;
	size_t bytes;	/* written so far, to stop near the entry's target size */
	int col, width;
};

static void
put_word(struct body *b, const char *w)
{
	size_t len = strlen(w);

	if (b->col > 0 && b->col + 1 + (int)len > b->width) {
		putc('\n', b->f);
		b->bytes++;
		b->col = 0;
	}
	if (b->col > 0) {
		putc(' ', b->f);
		b->bytes++;
		b->col++;
	}
	fputs(w, b->f);
	b->bytes += len;
	b->col += (int)len;
	total_words++;
}

static void
end_paragraph(struct body *b)
{
	fputs("\n\n", b->f);
	b->bytes += 2;
	b->col = 0;
}

/* A tag, sometimes capitalised or in capitals: tags compare case-insensitively. */
static void
put_tag(struct body *b, const char *suffix)
{
	char w[64];
	size_t i, t = rnd(NELEM(tags));
	int style = rnd(20);

	w[0] = '#';
	strcpy(w + 1, tags[t]);
	if (style == 0)
		w[1] -= 'a' - 'A';
	else if (style == 1)
		for (i = 1; w[i] != '\0'; i++)
			if (w[i] >= 'a' && w[i] <= 'z')
				w[i] -= 'a' - 'A';
	strcat(w, suffix);
	put_word(b, w);
	tag_count[t]++;
	if (!tag_seen[t]) {
		tag_seen[t] = 1;
		tag_entries[t]++;
	}
}

static void
sentence(struct body *b)
{
	char w[64];
	int i, n = 5 + rnd(12), tag_at = chance(18) ? (int)rnd(n) : -1;

	for (i = 0; i < n; i++) {
		const char *s = words[rnd(NELEM(words))];
		const char *end = i == n - 1 ? "." : chance(6) ? "," : "";

		if (i == tag_at) {
			put_tag(b, end);
			continue;
		}
		snprintf(w, sizeof w, "%s%s", s, end);
		if (i == 0 && w[0] >= 'a' && w[0] <= 'z')
			w[0] -= 'a' - 'A';
		put_word(b, w);
	}
}

/* Paragraphs, and now and then a short list, until about target bytes are written. */
static size_t
body(FILE *f, size_t target)
{
	struct body b = { f, 0, 0, 0 };
	int i, n;

	while (b.bytes < target) {
		b.width = 60 + rnd(30);
		if (chance(10)) {
			for (i = 0, n = 2 + rnd(3); i < n; i++) {
				put_word(&b, "-");
				sentence(&b);
				putc('\n', f);
				b.bytes++;
				b.col = 0;
			}
			putc('\n', f);
			b.bytes++;
			continue;
		}
		for (i = 0, n = 2 + rnd(6); i < n; i++)
			sentence(&b);
		end_paragraph(&b);
	}
	return b.bytes;
}

static void
begin_entry(void)
{
	total_entries++;
	memset(tag_seen, 0, sizeof tag_seen);
}

/* The metrics of one entry, chosen once so that a field block and front matter agree. */
struct fields {
	int has[4];
	int mood, anxiety, energy, halfhours;
	const char *place, *weather;
	int mood_na;
};

static void
pick_fields(struct fields *fl)
{
	memset(fl, 0, sizeof *fl);
	fl->has[MOOD] = chance(92);
	fl->has[ANXIETY] = chance(75);
	fl->has[SLEEP] = chance(60);
	fl->has[ENERGY] = chance(35);
	fl->mood = 1 + rnd(10);
	fl->anxiety = rnd(11);
	fl->energy = 1 + rnd(5);
	fl->halfhours = 8 + rnd(12);	/* 4h to 9.5h */
	fl->place = chance(30) ? places[rnd(NELEM(places))] : NULL;
	fl->weather = chance(20) ? weathers[rnd(NELEM(weathers))] : NULL;
	/* A value that does not start with a number is a field but not a metric. */
	if (fl->has[MOOD] && chance(1)) {
		fl->has[MOOD] = 0;
		fl->mood_na = 1;
	}
}

static void
count_fields(const struct fields *fl)
{
	if (fl->has[MOOD])
		metric_add(MOOD, fl->mood);
	if (fl->has[ANXIETY])
		metric_add(ANXIETY, fl->anxiety);
	if (fl->has[SLEEP])
		metric_add(SLEEP, fl->halfhours / 2.0);
	if (fl->has[ENERGY])
		metric_add(ENERGY, fl->energy);
}

/* The field block in the forms people write: "6/10", a bare number, "7.5h". */
static size_t
field_block(FILE *f, const struct fields *fl)
{
	int len = 0;

	if (fl->has[MOOD])
		len += fprintf(f, "mood: %d/10\n", fl->mood);
	else if (fl->mood_na)
		len += fprintf(f, "mood: n/a\n");
	if (fl->has[ANXIETY])
		len += fprintf(f, "anxiety: %d\n", fl->anxiety);
	if (fl->has[SLEEP])
		len += fprintf(f, fl->halfhours % 2 ? "sleep: %d.5h\n" : "sleep: %dh\n",
		    fl->halfhours / 2);
	if (fl->has[ENERGY])
		len += fprintf(f, "energy: %d/5\n", fl->energy);
	if (fl->place != NULL)
		len += fprintf(f, "place: %s\n", fl->place);
	if (fl->weather != NULL)
		len += fprintf(f, "weather: %s\n", fl->weather);
	count_fields(fl);
	return len > 0 ? (size_t)len : 0;
}

static size_t
title(FILE *f)
{
	int i, n = 1 + rnd(3), len = 0;

	for (i = 0; i < n; i++)
		len += fprintf(f, " %s", titles[rnd(NELEM(titles))]);
	return len > 0 ? (size_t)len : 0;
}

/* One file of about size bytes.  One or two entries a day, a day skipped now and then so that
 * streaks break, from 1900-01-01: dates are many but stay within a few hundred years. */
static int
single(long mib)
{
	long day = days_from_civil(1900, 1, 1);
	double size = (double)mib * 1048576;
	double written = 0;
	struct fields fl;
	int y, m, d, i, n;
	static char buf[1 << 20];

	setvbuf(stdout, buf, _IOFBF, sizeof buf);
	while (written < size) {
		civil(day, &y, &m, &d);
		n = chance(50) ? 2 : 1;
		for (i = 0; i < n && written < size; i++) {
			begin_entry();
			written += printf("## %04d-%02d-%02d %02d:%02d", y, m, d,
			    i == 0 && n == 2 ? 7 + rnd(4) : 18 + rnd(5), (int)rnd(60));
			written += title(stdout);
			putc('\n', stdout);
			pick_fields(&fl);
			written += field_block(stdout, &fl);
			putc('\n', stdout);
			written += 2 + body(stdout, 900 + rnd(2100));
		}
		day += chance(3) ? 2 : 1;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("genjournal: stdout");
		return 1;
	}
	return 0;
}

static int
mkdirs(char *path)
{
	char *p;

	for (p = path + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0777) < 0 && errno != EEXIST) {
			perror(path);
			return -1;
		}
		*p = '/';
	}
	return 0;
}

/* N daily notes from 2026-01-01, a day each.  Even years are filed as YYYY/YYYY-MM-DD.md
 * (dated by the name), odd years as YYYY/MM/DD.md (dated by the folders); half the notes keep
 * their fields in YAML front matter, the others in a field block at the top of the note. */
static int
folder(const char *dir, long n)
{
	long i, day0 = days_from_civil(2026, 1, 1);
	char path[4096], first[16], last[16];
	struct fields fl;
	int y, m, d;
	size_t t;
	FILE *f;

	for (i = 0; i < n; i++) {
		civil(day0 + i, &y, &m, &d);
		if (y % 2 == 0)
			snprintf(path, sizeof path, "%s/%04d/%04d-%02d-%02d.md", dir, y, y, m, d);
		else
			snprintf(path, sizeof path, "%s/%04d/%02d/%02d.md", dir, y, m, d);
		if (mkdirs(path) < 0)
			return 1;
		if ((f = fopen(path, "w")) == NULL) {
			perror(path);
			return 1;
		}
		snprintf(i == 0 ? first : last, sizeof first, "%04d-%02d-%02d", y, m, d);
		begin_entry();
		pick_fields(&fl);
		fl.mood_na = 0;
		if (chance(50)) {
			fputs("---\n", f);
			if (fl.has[MOOD])
				fprintf(f, "mood: %d\n", fl.mood);
			if (fl.has[ANXIETY])
				fprintf(f, "anxiety: %d\n", fl.anxiety);
			if (fl.has[SLEEP])
				fprintf(f, "sleep: %g\n", fl.halfhours / 2.0);
			if (fl.has[ENERGY])
				fprintf(f, "energy: %d\n", fl.energy);
			fprintf(f, "weather: %s\n", weathers[rnd(NELEM(weathers))]);
			fputs("---\n", f);
			count_fields(&fl);
		} else {
			fl.place = places[rnd(NELEM(places))];
			field_block(f, &fl);
		}
		putc('\n', f);
		body(f, 300 + rnd(900));
		if (fclose(f) != 0) {
			perror(path);
			return 1;
		}
	}
	if (n == 1)
		strcpy(last, first);
	printf("entries %ld\ndays %ld\nfirst %s\nlast %s\nwords %ld\n", total_entries,
	    total_entries, n > 0 ? first : "", n > 0 ? last : "", total_words);
	for (t = 0; t < NELEM(metrics); t++) {
		struct metric *mt = &metrics[t];

		if (mt->n > 0)
			printf("metric %s %ld %.10g %.10g %.10g %.10g\n", mt->name, mt->n, mt->mean,
			    mt->min, mt->max, mt->n > 1 ? sqrt(mt->m2 / (mt->n - 1)) : 0.0);
	}
	for (t = 0; t < NELEM(tags); t++)
		if (tag_entries[t] > 0)
			printf("tag %s %ld %ld\n", tags[t], tag_entries[t], tag_count[t]);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("genjournal: stdout");
		return 1;
	}
	return 0;
}

static void
usage(void)
{
	fputs("usage: genjournal single SIZE_MiB\n       genjournal folder DIR N\n", stderr);
	exit(2);
}

static long
count(const char *s)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < 0)
		usage();
	return v;
}

int
main(int argc, char *argv[])
{
	if (argc == 3 && strcmp(argv[1], "single") == 0)
		return single(count(argv[2]));
	if (argc == 4 && strcmp(argv[1], "folder") == 0)
		return folder(argv[2], count(argv[3]));
	usage();
	return 2;
}
