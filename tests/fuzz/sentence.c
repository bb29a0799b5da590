/* sentence.c: fuzzes the goal sentence reader and smartify's drafting.  Each line of the
 * input is read as a goal sentence; the first is drafted, and the next ones are taken for a
 * person's answers to smartify's questions, in the order it asks them: a new sentence, how
 * many, by when, why, and steps (a line smartify would refuse, not UTF-8 or blank, is only
 * read).  The draft, written as smartify writes it, must read back as the goal it is. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "diag.h"
#include "draft.h"
#include "fuzz.h"
#include "goaledit.h"
#include "goals.h"
#include "readout.h"
#include "rules.h"
#include "sentence.h"
#include "text.h"

/* What the reader says of any text: spans inside it, letters 0 or 1, a real target. */
static void
check_sentence(const struct sentence *s, size_t len)
{
	const struct span sp[] = { s->target_at, s->deadline_at, s->vague_at, s->absolute_at };

	for (size_t i = 0; i < sizeof sp / sizeof sp[0]; i++)
		if (sp[i].off > len || sp[i].len > len - sp[i].off)
			abort();
	if ((s->specific | s->measurable | s->attainable | s->timebound) & ~1)
		abort();
	if (s->bound != TARGET_NONE && !isfinite(s->amount))
		abort();
}

/* Whether smartify would take the n bytes at s as a sentence or an answer: UTF-8 with no NUL
 * and not blank.  It refuses any other, so the drafter is never given one. */
static int
usable(const char *s, size_t n)
{
	if (memchr(s, '\0', n) != NULL || text_utf8_invalid(s, n) != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 1;
	return 0;
}

/* A line of the input in a buffer of its own, NUL-ended as smartify's answers are. */
static char *
line_copy(const char *p, size_t n)
{
	char *s = malloc(n + 1);

	if (s == NULL)
		abort();
	memcpy(s, p, n);
	s[n] = '\0';
	return s;
}

/* The draft as smartify prints it, under a goals: key, must load as one goal that says what
 * the draft says. */
static void
check_written(struct draft *d)
{
	struct gfield f[DRAFT_MAXFIELDS], sub[DRAFT_MAXSUB];
	struct gitem item = { f, 0 };
	struct diags diags = { 0 };
	struct goals g;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	if (fp == NULL)
		abort();
	item.n = draft_fields(d, f, sub);
	fputs("goals:\n", fp);
	goaledit_write_block(fp, &item, 1, 2, "\n");
	if (fclose(fp) != 0)
		abort();
	if (goals_load(&g, buf, len, &diags) < 0 || g.ngoals != 1 ||
	    goal_id(&g.goals[0]) == NULL || strcmp(goal_id(&g.goals[0]), d->id) != 0 ||
	    g.goals[0].text == NULL || strcmp(g.goals[0].text->value, d->goal) != 0)
		abort();
	for (size_t i = 0; i < diags.n; i++)
		if (strcmp(diags.v[i].rule, rule_table[RULE_YAML_SYNTAX].name) == 0)
			abort();
	goals_free(&g);
	diags_free(&diags);
	free(buf);

	/* The fields --id replaces, and the JSON form, must at least be written. */
	fp = open_memstream(&buf, &len);
	if (fp == NULL)
		abort();
	item.n = draft_edit_fields(d, f, sub);
	goaledit_write_block(fp, &item, 1, 0, "\r\n");
	draft_write_json(fp, d, NULL);
	for (const char *c = "SMART"; *c != '\0'; c++)
		fputs(draft_question(d, *c), fp);
	if (fclose(fp) != 0)
		abort();
	free(buf);
}

/* What --explain says of a line: every value's words inside it, their columns in order. */
static void
check_readout(struct sentence_reader *r, const char *line, size_t n, long today)
{
	struct readout ro;

	readout_make(r, line, n, today, NULL, "mood", &ro);
	if (ro.text != line || ro.n > READOUT_MAX)
		abort();
	for (size_t i = 0; i < ro.n; i++)
		if (ro.v[i].at.len == 0 || ro.v[i].at.off + ro.v[i].at.len > n ||
		    ro.v[i].col < 1 || ro.v[i].end_col <= ro.v[i].col || ro.v[i].value[0] == '\0')
			abort();
}

/* Takes line k of the answers as smartify does: k = 1 a new sentence, 2 how many, 3 by when,
 * 4 why, later ones steps. */
static void
answer(struct drafter *dr, struct sentence_reader *r, struct draft *d, size_t k,
    const char *a, size_t n, long today)
{
	struct sentence s;
	char phrase[512], *end;
	double v;
	long when;
	int got;

	switch (k) {
	case 1:
		draft_set_sentence(dr, d, a, n);
		break;
	case 2:
		v = strtod(a, &end);
		if (end != a && *end == '\0') {
			if (v > 0 && isfinite(v))
				draft_set_target(d, d->bound == TARGET_AT_MOST ? TARGET_AT_MOST :
				    TARGET_AT_LEAST, v, d->per);
			break;
		}
		snprintf(phrase, sizeof phrase, "%.400s times", a);
		sentence_read(r, phrase, strlen(phrase), today, &s);
		check_sentence(&s, strlen(phrase));
		if (s.bound != TARGET_NONE && s.amount > 0)
			draft_set_target(d, s.bound, s.amount, s.per != PERIOD_TOTAL ? s.per : d->per);
		break;
	case 3:
		got = date_parse(a, n, &when);
		if (got == 0) {
			snprintf(phrase, sizeof phrase, "by %.400s", a);
			sentence_read(r, phrase, strlen(phrase), today, &s);
			check_sentence(&s, strlen(phrase));
			got = s.has_deadline;
			when = s.deadline;
		}
		if (got > 0 && when >= today)
			draft_set_deadline(d, when);
		break;
	case 4:
		draft_set_why(d, a, n);
		break;
	default:
		draft_add_step(d, a, n);
		break;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data, *end = text + size;
	long today = date_from_ymd(2026, 1, 5), late = date_from_ymd(2026, 12, 30);
	/* One reader for every input, as goalcheck and the language server keep theirs: its
	 * patterns are compiled once, so the fuzzer tries many more inputs a second, and what a
	 * read leaves behind meets the next read.  The drafter, which keeps the ids it gave,
	 * is made afresh. */
	static struct sentence_reader *r;
	struct drafter *dr = drafter_new();
	struct sentence s;
	struct draft d;
	size_t k = 0;
	int drafted = 0;

	if (r == NULL)
		r = sentence_reader_new();
	if (r == NULL || dr == NULL)
		abort();
	for (const char *p = text; p <= end; k++) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		size_t n = e ? (size_t)(e - p) : (size_t)(end - p);
		char *line = line_copy(p, n);

		/* The line as it is, without its NUL, and near a year's end for dates. */
		sentence_read(r, p, n, today, &s);
		check_sentence(&s, n);
		sentence_read(r, line, n, late, &s);
		check_sentence(&s, n);
		check_readout(r, line, n, today);
		if (k == 0 && usable(line, n)) {
			draft_make(dr, line, n, today, &d);
			drafted = 1;
		} else if (k > 0 && drafted && usable(line, n)) {
			answer(dr, r, &d, k, line, n, today);
		}
		free(line);
		if (e == NULL)
			break;
		p = e + 1;
	}
	if (drafted) {
		check_written(&d);
		draft_free(&d);
	}
	drafter_free(dr);
	return 0;
}
