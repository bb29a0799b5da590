/* markdown.c: escaping the person's text for Markdown (markdown.h). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "markdown.h"
#include "text.h"

/* Where the text would start a block if it began a list item, to CommonMark or to pandoc's
 * own Markdown: at its first character for a heading ("# x", pandoc's "#. x"), a quotation
 * ("> x"), a list item ("- x", pandoc's "(a) x"), a rule ("---"), a code fence ("```"), a
 * link reference definition ("[x]: y") or a pandoc line block ("| x"); at the '.' or ')'
 * of "1. x", "a) x" or "iv. x"; (size_t)-1 when nowhere. */
static size_t
block_marker(const char *s, size_t n)
{
	size_t i = 0;

	if (n == 0)
		return (size_t)-1;
	if (s[0] == '>' || s[0] == '[' || s[0] == '|' ||
	    (n >= 3 && (s[0] == '`' || s[0] == '~') && s[1] == s[0] && s[2] == s[0]))
		return 0;
	if (s[0] == '#') {
		while (i < n && s[i] == '#')
			i++;
		return i == n || (i <= 6 && (s[i] == ' ' || s[i] == '\t')) ||
		    (i == 1 && s[1] == '.') ? 0 : (size_t)-1;
	}
	if (s[0] == '-' || s[0] == '+' || s[0] == '*') {
		while (i < n && (s[i] == s[0] || s[i] == ' ' || s[i] == '\t'))
			i++;
		/* Followed by a blank or the end, or a rule of its character alone. */
		return i == n || s[1] == ' ' || s[1] == '\t' ? 0 : (size_t)-1;
	}
	if (s[0] == '(') {
		for (i = 1; i < n && isalnum((unsigned char)s[i]); i++)
			continue;
		return i > 1 && i + 1 < n && s[i] == ')' && s[i + 1] == ' ' ? 0 : (size_t)-1;
	}
	/* Digits, one letter, or a roman numeral, then '.' or ')' and a blank or the end. */
	if (isdigit((unsigned char)s[0]))
		while (i < n && i < 9 && isdigit((unsigned char)s[i]))
			i++;
	else if (strchr("ivxlcdm", s[0]))
		while (i < n && strchr("ivxlcdm", s[i]) && s[i] != '\0')
			i++;
	else if (strchr("IVXLCDM", s[0]))
		while (i < n && strchr("IVXLCDM", s[i]) && s[i] != '\0')
			i++;
	else if (isalpha((unsigned char)s[0]))
		i = 1;
	return i > 0 && i < n && (s[i] == '.' || s[i] == ')') &&
	    (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\t') ? i : (size_t)-1;
}

/* md_code_span for the run of `run` backticks at s[i]. */
static size_t
code_span(const char *s, size_t i, size_t run, size_t n)
{
	size_t k;

	for (k = i + run; k < n; ) {
		const char *t = memchr(s + k, '`', n - k);
		size_t r = 0;

		if (t == NULL)
			return 0;
		k = (size_t)(t - s);
		while (k + r < n && s[k + r] == '`')
			r++;
		if (r == run)
			return k + r - i;
		k += r;
	}
	return 0;
}

size_t
md_code_span(const char *s, size_t i, size_t n)
{
	size_t run = 0;

	while (i + run < n && s[i + run] == '`')
		run++;
	return code_span(s, i, run, n);
}

void
md_spans_init(struct md_spans *sp, const char *s, size_t n)
{
	memset(sp, 0, sizeof *sp);
	sp->s = s;
	sp->n = n;
}

void
md_spans_free(struct md_spans *sp)
{
	/* Most lines never index their runs. */
	if (sp->cap == 0)
		return;
	free(sp->len);
	free(sp->last);
	md_spans_init(sp, NULL, 0);
}

/* The slot of the run length len (> 0): its own, or the empty one it would take. */
static size_t
spans_slot(const struct md_spans *sp, size_t len)
{
	size_t i = len * 0x9e3779b97f4a7c15u >> 7 & (sp->cap - 1);

	while (sp->len[i] != 0 && sp->len[i] != len)
		i = (i + 1) & (sp->cap - 1);
	return i;
}

/* Records that a run of len backticks starts at `at`, after any other of that length, in a
 * table with room. */
static void
spans_set(struct md_spans *sp, size_t len, size_t at)
{
	size_t i = spans_slot(sp, len);

	sp->used += sp->len[i] == 0;
	sp->len[i] = len;
	sp->last[i] = at + 1;
}

/* Doubles the table (64 slots at first), keeping what it holds. */
static void
spans_grow(struct md_spans *sp)
{
	struct md_spans old = *sp;

	sp->cap = old.cap ? 2 * old.cap : 64;
	sp->len = xmalloc(sp->cap * sizeof *sp->len);
	sp->last = xmalloc(sp->cap * sizeof *sp->last);
	memset(sp->len, 0, sp->cap * sizeof *sp->len);
	sp->used = 0;
	for (size_t k = 0; k < old.cap; k++)
		if (old.len[k] != 0)
			spans_set(sp, old.len[k], old.last[k] - 1);
	free(old.len);
	free(old.last);
}

/* spans_set, the table kept at most half full. */
static void
spans_put(struct md_spans *sp, size_t len, size_t at)
{
	if (2 * (sp->used + 1) > sp->cap)
		spans_grow(sp);
	spans_set(sp, len, at);
}

/* Every run of the line, by length. */
static void
spans_index(struct md_spans *sp)
{
	const char *t;

	for (size_t k = 0; k < sp->n && (t = memchr(sp->s + k, '`', sp->n - k)) != NULL; ) {
		size_t at = (size_t)(t - sp->s), r = 0;

		while (at + r < sp->n && sp->s[at + r] == '`')
			r++;
		spans_put(sp, r, at);
		k = at + r;
	}
}

/* Runs of up to SHORT_RUN backticks are the common ones ("`", "```"): one found not closed
 * is remembered by a bit, as none as long after it closes any later one.  A longer one found
 * not closed, or a second length of short one, has the line's runs indexed, so that a line of
 * many lengths left open (tests/bench/stress, ticks) is not read to its end for each. */
#define SHORT_RUN 15

size_t
md_spans_at(struct md_spans *sp, size_t i)
{
	size_t span, run = 0, slot;

	while (i + run < sp->n && sp->s[i + run] == '`')
		run++;
	if (run == 0)
		return 0;
	if (run <= SHORT_RUN && (sp->shut >> run & 1))
		return 0;
	if (sp->cap > 0) {
		/* Closed only by a run as long that starts after it. */
		slot = spans_slot(sp, run);
		if (sp->len[slot] == 0 || sp->last[slot] - 1 <= i)
			return 0;
	}
	if ((span = code_span(sp->s, i, run, sp->n)) == 0) {
		if (sp->cap == 0 && (run > SHORT_RUN || sp->shut != 0))
			spans_index(sp);
		if (run <= SHORT_RUN)
			sp->shut |= 1u << run;
	}
	return span;
}

/* Writes n bytes of the person's text on one line, control characters as spaces and an
 * ill-formed byte as '?' (U+FFFD would stop pandoc's default PDF engine), markup as `how`
 * says; at most max characters (0: all), a cut marked with "...".  A backslash is the
 * person's character, not an escape: pandoc would take "C:\Users" for a TeX command. */
void
md_text(FILE *fp, const char *s, size_t n, enum md_how how, size_t max)
{
	size_t cps = 0, lead = (size_t)-1, code_end = 0, at = 0;
	struct md_spans sp;

	if (how >= MD_ITEM) {
		while (at < n && (s[at] == ' ' || s[at] == '\t'))
			at++;
		lead = block_marker(s + at, n - at);
		lead = lead == (size_t)-1 ? lead : at + lead;
	} else if (how == MD_QUOTE) {
		while (at < n && (s[at] == ' ' || s[at] == '\t'))
			at++;
		lead = at < n && (s[at] == '[' || s[at] == '|') ? at : (size_t)-1;
		at = 0;
	}
	md_spans_init(&sp, s, n);
	for (size_t i = at; i < n; ) {
		size_t k = text_utf8_len(s + i, n - i);
		unsigned char c = (unsigned char)s[i], next = i + 1 < n ? (unsigned char)s[i + 1] : 0;
		int code = i < code_end;

		if (max > 0 && cps++ == max) {
			fputs("...", fp);
			break;
		}
		if (k == 0) {
			fputc('?', fp);
			i++;
			continue;
		}
		if (!code && c == '`' && how != MD_NAME && (code_end = md_spans_at(&sp, i)) > 0)
			code_end += i;
		if (k == 1 && (c < 0x20 || c == 0x7f))
			fputc(' ', fp);
		else if (k == 1 && code && c == '|' && how >= MD_CELL)
			fputs("\\|", fp);  /* GFM splits cells even in code */
		else if (k == 1 && !code && (i == lead || c == '\\' ||
		    (c == '<' && (isalpha(next) || strchr("/!?", next ? next : ' '))) ||
		    (c == '&' && (isalnum(next) || next == '#')) ||
		    /* An image would be fetched by pandoc making a PDF: a link is not. */
		    (c == '!' && next == '[') ||
		    (how >= MD_CELL && c == '|') ||
		    (how == MD_NAME && strchr("`*_[]<>#!~&", c))))
			fprintf(fp, "\\%c", c);
		else
			fwrite(s + i, 1, k, fp);
		i += k;
	}
	md_spans_free(&sp);
}

void
md_ctext(FILE *fp, const char *s, enum md_how how, size_t max)
{
	md_text(fp, s, strlen(s), how, max);
}

