/* readout.c: a goal sentence's values with the words they were read from. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "datex.h"
#include "lexicon.h"
#include "readout.h"
#include "text.h"

static const char *const kind_names[] = { "target", "period", "deadline", "metric", "vague",
	"absolute" };

const char *
readout_kind_name(enum readout_kind k)
{
	return kind_names[k];
}

/* Adds a value read from the words at of text. */
static void
add(struct readout *out, enum readout_kind kind, const char *value, const char *text,
    struct span at)
{
	struct readout_value *v;

	if (at.len == 0 || out->n >= READOUT_MAX)
		return;
	v = &out->v[out->n++];
	v->kind = kind;
	snprintf(v->value, sizeof v->value, "%s", value);
	v->at = at;
	v->col = 1 + (int)text_codepoints(text, at.off);
	v->end_col = v->col + (int)text_codepoints(text + at.off, at.len);
}

/* Splits the target's words ("three times a week") into the amount's ("three times") and the
 * period's ("a week"): the period starts at the last unit ("5 days a week"), with the "a",
 * "per" or "every" before it; a rate with no unit ("twice weekly", "every Sunday") is the
 * last word, with its "every".  Words that do not split are the words of both. */
static void
split_period(const char *text, struct span at, struct span *amount, struct span *period)
{
	char low[256];
	struct tokens t = { 0 };
	size_t n = at.len < sizeof low ? at.len : sizeof low - 1;
	int p = -1;

	*amount = *period = at;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)(text[at.off + i] >= 'A' && text[at.off + i] <= 'Z' ?
		    text[at.off + i] - 'A' + 'a' : text[at.off + i]);
	if (n < at.len || lex_tokenize(&t, low, n) == -1 || t.n < 2) {
		lex_tokens_free(&t);
		return;
	}
	for (int i = t.n - 1; i >= 1 && p < 0; i--)
		if (t.t[i].cls & LX_UNIT)
			p = i;
	if (p < 0 && t.t[t.n - 1].kind == TK_WORD)
		p = t.n - 1;
	if (p > 0 && datex_per_word(&t, p - 1))
		p--;
	if (p > 0) {
		size_t so = t.t[p].off, eo = t.t[p - 1].off + t.t[p - 1].len;

		period->off = at.off + so;
		period->len = at.len - so;
		amount->len = eo;
	}
	lex_tokens_free(&t);
}

/* Every vague or absolutist wording, as values naming themselves. */
static void
add_wording(struct readout *out, struct sentence_reader *r, const char *text, size_t len,
    long today, enum wording w)
{
	struct span sp[READOUT_MAX];
	size_t n = sentence_wording(r, text, len, today, w, sp, READOUT_MAX);
	char word[48];

	for (size_t i = 0; i < n; i++) {
		snprintf(word, sizeof word, "%.*s", (int)sp[i].len, text + sp[i].off);
		add(out, w == WORDING_VAGUE ? RO_VAGUE : RO_ABSOLUTE, word, text, sp[i]);
	}
}

/* Where the metric's name stands in text: the word itself, else the rating it is on. */
static struct span
metric_words(const char *text, size_t len, const char *metric, struct span target)
{
	size_t m = strlen(metric);

	for (size_t i = 0; m > 0 && i + m <= len; i++)
		if (strncasecmp(text + i, metric, m) == 0 &&
		    (i == 0 || !((text[i - 1] | 32) >= 'a' && (text[i - 1] | 32) <= 'z')) &&
		    (i + m == len || !((text[i + m] | 32) >= 'a' && (text[i + m] | 32) <= 'z')))
			return (struct span){ i, m };
	return target;
}

void
readout_make(struct sentence_reader *r, const char *text, size_t len, long today,
    const struct sentence *read, const char *metric, struct readout *out)
{
	static const char *const bounds[] = { "", "at least", "at most" };
	struct sentence s;
	struct span amount, period;
	char buf[48];

	out->text = text;
	out->n = 0;
	if (read != NULL)
		s = *read;
	else
		sentence_read(r, text, len, today, &s);
	if (s.bound != TARGET_NONE) {
		split_period(text, s.target_at, &amount, &period);
		snprintf(buf, sizeof buf, "%s %g", bounds[s.bound], s.amount);
		add(out, RO_TARGET, buf, text, amount);
		if (s.per != PERIOD_TOTAL)
			add(out, RO_PERIOD, date_period_name(s.per), text, period);
	}
	if (s.has_deadline)
		add(out, RO_DEADLINE, date_format(s.deadline, buf), text, s.deadline_at);
	else if (s.bad_date_at.len > 0)
		add(out, RO_DEADLINE, "no such day", text, s.bad_date_at);
	else if (s.frame_at.len > 0)
		add(out, RO_DEADLINE, "a time frame with no date", text, s.frame_at);
	if (metric != NULL && s.bound != TARGET_NONE)
		add(out, RO_METRIC, metric, text, metric_words(text, len, metric, s.target_at));
	add_wording(out, r, text, len, today, WORDING_VAGUE);
	add_wording(out, r, text, len, today, WORDING_ABSOLUTIST);
}
