/* judge.c: how well the sentence reader agrees with labelled sentences, per letter and per
 * column, and which rows it reads differently from their labels.
 *
 *	judge [-q] [-k KNOWN] FILE...
 *
 * A FILE's header decides what it holds: SMART labels (text S M A T note), extractions (today
 * text at_least at_most per deadline note) or dated deadlines from a peer's suite (today text
 * deadline source note) or extractions with what is counted and a second goal (today text
 * at_least at_most per deadline measure second note; measure is tag:NAME or metric:NAME as
 * smartify drafts it, second is at_least|at_most N [PERIOD]).  Each row that differs from its label is printed, unless KNOWN lists
 * it (file name, text, reason): a known difference is counted but not printed.  A KNOWN row
 * that no longer differs is printed as stale, so the list cannot outlive its reasons.
 *
 * Exit status: 0 when every difference is known and no known row is stale, 1 otherwise,
 * 2 on a file that cannot be read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "draft.h"
#include "sentence.h"

#define LINE_MAX_	4096
#define MAXKNOWN	1024

enum kind { K_SMART, K_EXTRACT, K_PEER, K_ITEMS };

struct known {
	char *file, *text;
	int used;
};

static struct known known[MAXKNOWN];
static int nknown, quiet;
/* Over every file: the rows read, and those read otherwise with no known difference. */
static int all_rows, all_unexplained;

static int
split(char *line, char **f, int nf)
{
	int k = 0;

	line[strcspn(line, "\r\n")] = '\0';
	for (char *p = line; k < nf; ) {
		char *tab = strchr(p, '\t');

		f[k++] = p;
		if (tab == NULL)
			break;
		*tab = '\0';
		p = tab + 1;
	}
	return k;
}

static const char *
base(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

static int
read_known(const char *path)
{
	char line[LINE_MAX_], *f[3];
	FILE *fp = fopen(path, "r");

	if (fp == NULL) {
		perror(path);
		return -1;
	}
	while (fgets(line, sizeof line, fp) != NULL && nknown < MAXKNOWN) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (split(line, f, 3) < 3) {
			fprintf(stderr, "judge: %s: a row needs file, text and reason\n", path);
			fclose(fp);
			return -1;
		}
		known[nknown].file = strdup(f[0]);
		known[nknown].text = strdup(f[1]);
		if (known[nknown].file == NULL || known[nknown].text == NULL) {
			fclose(fp);
			return -1;
		}
		nknown++;
	}
	fclose(fp);
	return 0;
}

static struct known *
find_known(const char *file, const char *text)
{
	for (int i = 0; i < nknown; i++)
		if (strcmp(known[i].file, file) == 0 && strcmp(known[i].text, text) == 0)
			return &known[i];
	return NULL;
}

/* Columns compared per kind, and how many rows agree in each. */
struct tally {
	const char *names[6];
	int ncol, right[6], rows, exact, unknown_miss;
};

static void
target_of(const struct sentence *s, char *lo, char *hi, char *per)
{
	*lo = *hi = *per = '\0';
	if (s->bound == TARGET_NONE)
		return;
	snprintf(s->bound == TARGET_AT_LEAST ? lo : hi, 32, "%g", s->amount);
	if (s->per != PERIOD_TOTAL)
		snprintf(per, 32, "%s", date_period_name(s->per));
}

/* The items columns: what smartify's draft counts, and the second goal. */
static void
items_of(struct drafter *dr, const char *text, long today, const struct sentence *s,
    char *measure, char *second)
{
	struct draft d;

	draft_make(dr, text, strlen(text), today, &d);
	snprintf(measure, 40, "%s:%s", d.metric ? "metric" : "tag", d.tag ? d.tag : "");
	draft_free(&d);
	second[0] = '\0';
	if (s->bound2 == TARGET_NONE)
		return;
	snprintf(second, 40, "%s %g%s%s", s->bound2 == TARGET_AT_MOST ? "at_most" : "at_least",
	    s->amount2, s->per2 == PERIOD_TOTAL ? "" : " ",
	    s->per2 == PERIOD_TOTAL ? "" : date_period_name(s->per2));
}

/* Compares one row; fills got[] and want[] per column and returns the number of columns. */
static int
compare(enum kind k, char **f, struct sentence_reader *r, struct drafter *dr, char got[][40],
    char want[][40])
{
	struct sentence s;
	long today;
	const char *text = k == K_SMART ? f[0] : f[1];

	if (k == K_SMART)
		today = date_from_ymd(2026, 1, 5);
	else if (date_parse(f[0], strlen(f[0]), &today) != 1)
		return -1;
	sentence_read(r, text, strlen(text), today, &s);
	if (k == K_SMART) {
		int v[4] = { s.specific, s.measurable, s.attainable, s.timebound };

		for (int i = 0; i < 4; i++) {
			snprintf(got[i], 40, "%d", v[i]);
			snprintf(want[i], 40, "%s", f[1 + i]);
		}
		return 4;
	}
	if (s.has_deadline)
		date_format(s.deadline, got[k == K_PEER ? 0 : 3]);
	else
		got[k == K_PEER ? 0 : 3][0] = '\0';
	if (k == K_PEER) {
		snprintf(want[0], 40, "%s", f[2]);
		return 1;
	}
	target_of(&s, got[0], got[1], got[2]);
	if (k == K_ITEMS)
		items_of(dr, text, today, &s, got[4], got[5]);
	for (int i = 0; i < (k == K_ITEMS ? 6 : 4); i++)
		snprintf(want[i], 40, "%s", f[2 + i]);
	return k == K_ITEMS ? 6 : 4;
}

static int
judge_file(const char *path, struct sentence_reader *r, struct drafter *dr)
{
	static const char *const cols[][6] = {
		{ "S", "M", "A", "T" }, { "at_least", "at_most", "per", "deadline" },
		{ "deadline" },
		{ "at_least", "at_most", "per", "deadline", "measure", "second" },
	};
	char line[LINE_MAX_], *f[9], got[6][40], want[6][40];
	struct tally t = { .ncol = 0 };
	FILE *fp = fopen(path, "r");
	enum kind k;
	int bad = 0;

	if (fp == NULL || fgets(line, sizeof line, fp) == NULL) {
		perror(path);
		if (fp)
			fclose(fp);
		return 2;
	}
	k = strncmp(line, "text\t", 5) == 0 ? K_SMART :
	    strstr(line, "\tmeasure\t") ? K_ITEMS :
	    strstr(line, "\tat_least\t") ? K_EXTRACT : K_PEER;
	while (fgets(line, sizeof line, fp) != NULL) {
		int n, miss = 0;
		const char *text;

		if (split(line, f, 9) < (k == K_SMART ? 5 : k == K_PEER ? 3 : k == K_ITEMS ? 8 : 6))
			continue;
		text = k == K_SMART ? f[0] : f[1];
		memset(got, 0, sizeof got);
		if ((n = compare(k, f, r, dr, got, want)) < 0)
			continue;
		t.ncol = n;
		t.rows++;
		for (int i = 0; i < n; i++) {
			if (strcmp(got[i], want[i]) == 0)
				t.right[i]++;
			else
				miss = 1;
		}
		if (!miss) {
			struct known *kn = find_known(base(path), text);

			t.exact++;
			if (kn != NULL) {
				kn->used = -1;
				printf("%s: stale known difference: %s\n", base(path), text);
				bad = 1;
			}
			continue;
		}
		struct known *kn = find_known(base(path), text);

		if (kn != NULL) {
			kn->used = 1;
			continue;
		}
		t.unknown_miss++;
		bad = 1;
		if (quiet)
			continue;
		printf("%s: %s\n", base(path), text);
		for (int i = 0; i < n; i++)
			if (strcmp(got[i], want[i]) != 0)
				printf("    %s: read '%s', labelled '%s'\n", cols[k][i], got[i],
				    want[i]);
	}
	fclose(fp);
	all_rows += t.rows;
	all_unexplained += t.unknown_miss;
	printf("%-28s %4d rows", base(path), t.rows);
	for (int i = 0; i < t.ncol; i++)
		printf("  %s %.3f", cols[k][i], t.rows ? (double)t.right[i] / t.rows : 0.0);
	printf("  exact %.3f (%d unexplained)\n", t.rows ? (double)t.exact / t.rows : 0.0,
	    t.unknown_miss);
	return bad;
}

int
main(int argc, char **argv)
{
	struct sentence_reader *r;
	struct drafter *dr;
	int i = 1, rc = 0, first, nsets;

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-q") == 0)
			quiet = 1;
		else if (strcmp(argv[i], "-k") == 0 && i + 1 < argc) {
			if (read_known(argv[++i]) == -1)
				return 2;
		} else {
			fprintf(stderr, "usage: judge [-q] [-k KNOWN] FILE...\n");
			return 2;
		}
	}
	if ((r = sentence_reader_new()) == NULL || (dr = drafter_new()) == NULL)
		return 2;
	first = i;
	for (; i < argc; i++) {
		int b = judge_file(argv[i], r, dr);

		if (b > rc)
			rc = b;
	}
	sentence_reader_free(r);
	drafter_free(dr);
	nsets = argc - first;
	for (int j = 0; j < nknown; j++) {
		if (known[j].used == 0) {
			printf("%s: known difference for a row not read: %s\n", known[j].file,
			    known[j].text);
			if (rc < 1)
				rc = 1;
		}
		free(known[j].file);
		free(known[j].text);
	}
	/* Last, so that make check can show this line alone and the table above in its log. */
	printf("judge: %d sets, %d rows, %d read otherwise than labelled and not explained\n",
	    nsets, all_rows, all_unexplained);
	return rc;
}
