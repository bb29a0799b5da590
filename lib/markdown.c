/* markdown.c: escaping the person's text for Markdown (markdown.h). */
#include <ctype.h>
#include <string.h>

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

size_t
md_code_span(const char *s, size_t i, size_t n)
{
	size_t run = 0, k;

	while (i + run < n && s[i + run] == '`')
		run++;
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

/* Writes n bytes of the person's text on one line, control characters as spaces and an
 * ill-formed byte as '?' (U+FFFD would stop pandoc's default PDF engine), markup as `how`
 * says; at most max characters (0: all), a cut marked with "...".  A backslash is the
 * person's character, not an escape: pandoc would take "C:\Users" for a TeX command. */
void
md_text(FILE *fp, const char *s, size_t n, enum md_how how, size_t max)
{
	size_t cps = 0, lead = (size_t)-1, code_end = 0, at = 0;

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
	for (size_t i = at; i < n; ) {
		size_t k = text_utf8_len(s + i, n - i);
		unsigned char c = (unsigned char)s[i], next = i + 1 < n ? (unsigned char)s[i + 1] : 0;
		int code = i < code_end;

		if (max > 0 && cps++ == max) {
			fputs("...", fp);
			return;
		}
		if (k == 0) {
			fputc('?', fp);
			i++;
			continue;
		}
		if (!code && c == '`' && how != MD_NAME && (code_end = md_code_span(s, i, n)) > 0)
			code_end += i;
		if (k == 1 && (c < 0x20 || c == 0x7f))
			fputc(' ', fp);
		else if (k == 1 && code && c == '|' && how >= MD_CELL)
			fputs("\\|", fp);  /* GFM splits cells even in code */
		else if (k == 1 && !code && (i == lead || c == '\\' ||
		    (c == '<' && (isalpha(next) || strchr("/!?", next ? next : ' '))) ||
		    (c == '&' && (isalnum(next) || next == '#')) ||
		    (how >= MD_CELL && c == '|') ||
		    (how == MD_NAME && strchr("`*_[]<>#!~&", c))))
			fprintf(fp, "\\%c", c);
		else
			fwrite(s + i, 1, k, fp);
		i += k;
	}
}

void
md_ctext(FILE *fp, const char *s, enum md_how how, size_t max)
{
	md_text(fp, s, strlen(s), how, max);
}

