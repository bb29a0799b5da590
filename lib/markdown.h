/* markdown.h: the person's words written into Markdown (CommonMark and pandoc's own) so that
 * nothing of theirs changes the page's structure, for the session sheet and any later page
 * in Markdown. */
#ifndef GOALKIT_MARKDOWN_H
#define GOALKIT_MARKDOWN_H

#include <stddef.h>
#include <stdio.h>

/* How md_text treats Markdown in the text.  The person's own emphasis, links and code stay
 * theirs everywhere, but nothing of theirs may change the page's structure: no raw HTML (a
 * "<!--" would hide the rest of the page), and no image ("![a](http://...)" would be fetched
 * by pandoc; it is left a link).  MD_PLAIN is text within a line, and MD_QUOTE a
 * line of a quotation, which keeps its block markup; MD_ITEM starts a list item, where block
 * markup is escaped ("# ask Sam" is no heading, "- [ ] x" no nested list); MD_CELL also
 * escapes what would end or split a table cell; MD_NAME escapes every character Markdown
 * could take for markup (an id such as "a*b"). */
enum md_how { MD_PLAIN, MD_QUOTE, MD_ITEM, MD_CELL, MD_NAME };

/* Writes n bytes of the person's text on one line, control characters as spaces and an
 * ill-formed byte as '?' (U+FFFD would stop pandoc's default PDF engine), markup as `how`
 * says; at most max characters (0: all), a cut marked with "...".  A backslash is the
 * person's character, not an escape: pandoc would take "C:\Users" for a TeX command. */
void md_text(FILE *fp, const char *s, size_t n, enum md_how how, size_t max);

/* The length of the code span starting at s[i] (of n bytes), a run of backticks closed by a
 * run exactly as long ("`a`", "`` a`b ``"), or 0 when it is not closed. */
size_t md_code_span(const char *s, size_t i, size_t n);
/* The same for a NUL-terminated string. */
void md_ctext(FILE *fp, const char *s, enum md_how how, size_t max);

/* md_code_span over one line, asked about its runs from left to right: what a search found
 * not closed is remembered, a short run's length by a bit and a long one's by indexing the
 * line's runs by their length, so that a line of runs that never close costs time in
 * proportion to its length, not to its length times its runs (the denial of service known of
 * Markdown parsers that search anew for each). */
struct md_spans {
	const char *s;
	size_t n;
	unsigned shut;       /* bit k: no run of k backticks closes what is asked from here on */
	size_t *len, *last;  /* a run's length -> 1 + the start of the line's last run of it */
	size_t cap, used;    /* slots (0 until indexed), and used */
};

void md_spans_init(struct md_spans *sp, const char *s, size_t n);
/* md_code_span(s, i, n) of the line, i growing from call to call. */
size_t md_spans_at(struct md_spans *sp, size_t i);
void md_spans_free(struct md_spans *sp);

#endif
