/* goaledit.c: edits a goals file as text at the places its YAML tree points to, so that
 * nothing a person wrote outside the edit moves or changes. */
#include <ctype.h>
#include <err.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "diag.h"
#include "goaledit.h"
#include "rules.h"
#include "text.h"

/* ---- Writing YAML ------------------------------------------------------------------------ */

/* 1 if YAML would read the plain scalar s as something other than text: a number, a
 * boolean or null in YAML 1.1 or 1.2, or a date. */
static int
looks_typed(const char *s, size_t len)
{
	static const char *const words[] = { "~", "null", "true", "false", "yes", "no", "on",
		"off", "y", "n", ".inf", "-.inf", "+.inf", ".nan", NULL };
	char *end, buf[64];

	for (size_t i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == len && strncasecmp(words[i], s, len) == 0)
			return 1;
	if (len >= sizeof buf)
		return 0;
	memcpy(buf, s, len);
	buf[len] = '\0';
	(void)strtod(buf, &end);
	if (end == buf + len)
		return 1;  /* 2, 7.5, 1e3, 0x1F, inf */
	return len >= 10 && buf[0] >= '0' && buf[0] <= '9' && buf[4] == '-' && buf[7] == '-';
}

/* The length of the character at s[i] (of len bytes) that YAML does not let a file hold as it
 * is, only as an escape: a C1 control (U+0080 to U+009F, NEL among them), U+FEFF, U+FFFE or
 * U+FFFF; or 0. */
static size_t
unprintable(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (u[0] == 0xC2 && i + 1 < len && u[1] >= 0x80 && u[1] <= 0x9F)
		return 2;
	if (u[0] == 0xEF && i + 2 < len && ((u[1] == 0xBB && u[2] == 0xBF) ||
	    (u[1] == 0xBF && (u[2] == 0xBE || u[2] == 0xBF))))
		return 3;
	return 0;
}

static int
plain_ok(const char *s, size_t len, int flow)
{
	if (len == 0 || s[0] == ' ' || s[len - 1] == ' ' || s[len - 1] == ':' ||
	    strchr("-?:,[]{}#&*!|>'\"%@`", s[0]) != NULL || looks_typed(s, len) ||
	    text_utf8_invalid(s, len) != len)
		return 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == 0x7F || (flow && strchr(",[]{}", c) != NULL))
			return 0;
		/* In [ ] and { }, libyaml also refuses a ':' before a '?'. */
		if ((c == ':' && i + 1 < len && (s[i + 1] == ' ' || (flow && s[i + 1] == '?'))) ||
		    (c == '#' && s[i - 1] == ' '))
			return 0;
		/* NEL, LS and PS are line breaks to YAML 1.1; other C1 controls and U+FEFF, U+FFFE
		 * and U+FFFF it refuses. */
		if (unprintable(s, len, i) > 0)
			return 0;
		if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9))
			return 0;
	}
	return 1;
}

char *
goaledit_comment(struct arena *a, const char *s, size_t len)
{
	char *out = arena_alloc(a, len + 1, 1), *o = out;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t n = unprintable(s, len, i);

		if (n == 0 && c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9))
			n = 3;
		if (n > 0 || c < 0x20 || c == 0x7F) {
			*o++ = ' ';
			i += n > 0 ? n - 1 : 0;
		} else {
			*o++ = (char)c;
		}
	}
	*o = '\0';
	return out;
}

char *
goaledit_scalar(struct arena *a, const char *s, size_t len, int flow)
{
	char *out, *o;

	if (plain_ok(s, len, flow))
		return arena_strndup(a, s, len);
	o = out = arena_alloc(a, 4 * len + 3, 1);
	*o++ = '"';
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\') {
			*o++ = '\\';
			*o++ = (char)c;
		} else if (c == '\n') {
			o = stpcpy(o, "\\n");
		} else if (c == '\t') {
			o = stpcpy(o, "\\t");
		} else if (c < 0x20 || c == 0x7F) {
			o += sprintf(o, "\\x%02X", c);
		} else if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0x85) {
			/* NEL, LS and PS break lines in YAML: written as their escapes. */
			o = stpcpy(o, "\\N");
			i++;
		} else if (unprintable(s, len, i) == 2) {
			o += sprintf(o, "\\x%02X", (unsigned char)s[i + 1]);  /* a C1 control */
			i++;
		} else if (unprintable(s, len, i) == 3) {
			o += sprintf(o, "\\u%04X", 0xF000u | ((unsigned char)s[i + 1] & 0x3Fu) << 6 |
			    ((unsigned char)s[i + 2] & 0x3Fu));
			i += 2;
		} else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
			o = stpcpy(o, (unsigned char)s[i + 2] == 0xA8 ? "\\L" : "\\P");
			i += 2;
		} else {
			*o++ = (char)c;
		}
	}
	*o++ = '"';
	*o = '\0';
	return out;
}

/* A key's value on one line: its own text, or its sub-keys as a flow mapping. */
static void
write_value(FILE *fp, const struct gfield *f)
{
	if (f->value != NULL) {
		fputs(f->value, fp);
		return;
	}
	putc('{', fp);
	for (size_t i = 0; i < f->nsub; i++)
		fprintf(fp, "%s%s: %s", i ? ", " : "", f->sub[i].key, f->sub[i].value);
	putc('}', fp);
}

static int
has_value(const struct gfield *f)
{
	return f->value != NULL || f->nsub > 0;
}

void
goaledit_write_block(FILE *fp, const struct gitem *items, size_t n, int indent,
    const char *eol)
{
	for (size_t i = 0; i < n; i++) {
		int first = 1;

		for (size_t k = 0; k < items[i].n; k++) {
			const struct gfield *f = &items[i].f[k];

			/* A question above its key; above the "- " line, it is at the dash. */
			if (f->note != NULL)
				fprintf(fp, "%*s# %s%s", indent + (first ? 0 : 2), "", f->note, eol);
			if (f->todo != NULL)
				fprintf(fp, "%*s# TODO: %s%s", indent + (first ? 0 : 2), "", f->todo,
				    eol);
			if (!has_value(f))
				continue;
			fprintf(fp, "%*s%s%s: ", indent, "", first ? "- " : "  ", f->key);
			write_value(fp, f);
			fputs(eol, fp);
			first = 0;
		}
	}
}

/* A value written for block context, made fit to stand inside [ ] or { }: a plain text with
 * a comma, a bracket or a ":?" in it is quoted there. */
static const char *
flow_safe(struct arena *a, const char *v)
{
	if (v[0] == '"' || v[0] == '[' || v[0] == '{' || (strpbrk(v, ",[]{}") == NULL &&
	    strstr(v, ":?") == NULL))
		return v;
	return goaledit_scalar(a, v, strlen(v), 1);
}

/* The goals as a flow list's items, for a file that writes its list in [ ]: no comments fit
 * there, so the questions are left to goalcheck. */
static void
write_flow(FILE *fp, const struct gitem *items, size_t n, struct arena *a)
{
	for (size_t i = 0; i < n; i++) {
		int first = 1;

		fputs(i ? ", {" : "{", fp);
		for (size_t k = 0; k < items[i].n; k++) {
			const struct gfield *f = &items[i].f[k];

			if (!has_value(f))
				continue;
			fprintf(fp, "%s%s: ", first ? "" : ", ", f->key);
			if (f->value != NULL)
				fputs(flow_safe(a, f->value), fp);
			else
				write_value(fp, f);
			first = 0;
		}
		putc('}', fp);
	}
}

/* ---- Positions --------------------------------------------------------------------------- */

/* The source and where each of its lines starts, to turn a node's line and column into a
 * byte offset.  Line breaks are those libyaml counts: LF, CRLF and a lone CR. */
struct src {
	const char *buf;
	size_t len;
	size_t *line;    /* line[i]: offset where line i + 1 starts */
	size_t nlines;
	const char *eol; /* the file's line ending, for lines we add */
};

static void
src_init(struct src *s, const char *buf, size_t len)
{
	size_t cap = 64;

	s->buf = buf;
	s->len = len;
	s->line = xmalloc(cap * sizeof *s->line);
	s->nlines = 0;
	s->eol = NULL;
	/* libyaml does not count a byte-order mark as a column. */
	s->line[s->nlines++] = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	for (size_t i = 0; i < len; i++) {
		/* libyaml also breaks lines at NEL, LS and PS; so must the line table. */
		if ((unsigned char)buf[i] == 0xC2 && i + 1 < len && (unsigned char)buf[i + 1] == 0x85)
			i++;
		else if ((unsigned char)buf[i] == 0xE2 && i + 2 < len &&
		    (unsigned char)buf[i + 1] == 0x80 &&
		    ((unsigned char)buf[i + 2] == 0xA8 || (unsigned char)buf[i + 2] == 0xA9))
			i += 2;
		else if (buf[i] != '\n' && buf[i] != '\r')
			continue;
		else if (s->eol == NULL)
			s->eol = buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n' ? "\r\n" :
			    buf[i] == '\r' ? "\r" : "\n";
		if (buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n')
			i++;
		if (s->nlines == cap) {
			cap *= 2;
			s->line = xrealloc(s->line, cap * sizeof *s->line);
		}
		s->line[s->nlines++] = i + 1;
	}
	if (s->eol == NULL)
		s->eol = "\n";
}

static void
src_free(struct src *s)
{
	free(s->line);
}

/* The offset where line ln (1-based) ends, before its line break. */
static size_t
line_end(const struct src *s, int ln)
{
	size_t e = ln < (int)s->nlines ? s->line[ln] : s->len;

	if (ln < (int)s->nlines) {
		e--;
		if (e > s->line[ln - 1] && s->buf[e] == '\n' && s->buf[e - 1] == '\r')
			e--;
	}
	return e;
}

/* The byte offset of 1-based line ln, column col (counted in code points). */
static size_t
offset(const struct src *s, int ln, int col)
{
	size_t off, end;

	if (ln < 1)
		return 0;
	if (ln > (int)s->nlines)
		return s->len;
	off = s->line[ln - 1];
	end = line_end(s, ln);
	for (int c = 1; c < col && off < end; c++) {
		size_t n = text_utf8_len(s->buf + off, end - off);

		off += n ? n : 1;
	}
	return off;
}

/* The 1-based line holding offset off. */
static int
line_of(const struct src *s, size_t off)
{
	size_t lo = 0, hi = s->nlines;

	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;

		if (s->line[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return (int)lo + 1;
}

/* The offset just past line ln's line break (the start of the next line), or len. */
static size_t
after_line(const struct src *s, int ln)
{
	return ln < (int)s->nlines ? s->line[ln] : s->len;
}

static int
is_blank_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The length of the line break NEL, LS or PS at off, which libyaml reads as one, or 0. */
static size_t
unicode_break(const struct src *s, size_t off)
{
	const unsigned char *u = (const unsigned char *)s->buf + off;

	if (off + 1 < s->len && u[0] == 0xC2 && u[1] == 0x85)
		return 2;
	if (off + 2 < s->len && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9))
		return 3;
	return 0;
}

/* Past the anchor (&name) or tag (!tag) at off, and the blanks after it on its line. */
static size_t
past_property(const struct src *s, size_t off)
{
	char c = s->buf[off++];

	if (c == '!' && off < s->len && s->buf[off] == '<') {
		while (off < s->len && s->buf[off++] != '>')
			;  /* a verbatim tag, !<...> */
	} else {
		/* An anchor's name is letters, digits, - and _; a tag ends at a blank, a line
		 * break or, in [ ] and { }, at a flow indicator. */
		while (off < s->len && !is_blank_byte(s->buf[off]) && unicode_break(s, off) == 0 &&
		    (c == '&' ? isalnum((unsigned char)s->buf[off]) || s->buf[off] == '-' ||
		    s->buf[off] == '_' : strchr(",[]{}", s->buf[off]) == NULL))
			off++;
	}
	while (off < s->len && (s->buf[off] == ' ' || s->buf[off] == '\t'))
		off++;
	return off;
}

/* Where the text of node n starts: past the anchor (&name) and tag (!tag) that may stand
 * before it, which libyaml counts as part of the node.  An edit that writes there keeps them,
 * and so an alias elsewhere that names the anchor.  across: also past the line breaks and
 * comments after them, to where a collection's first character stands. */
static size_t
content_start(const struct src *s, const struct ynode *n, int across)
{
	size_t off = offset(s, n->line, n->col);

	if (off >= s->len || (s->buf[off] != '&' && s->buf[off] != '!'))
		return off;
	/* The properties may stand on lines of their own ("!tag" above "&name []"). */
	do {
		off = past_property(s, off);
		while (across && off < s->len) {
			if (is_blank_byte(s->buf[off]))
				off++;
			else if (unicode_break(s, off) > 0)
				off += unicode_break(s, off);
			else if (off + 2 < s->len && memcmp(s->buf + off, "\xEF\xBB\xBF", 3) == 0 &&
			    off == s->line[line_of(s, off) - 1])
				off += 3;  /* a byte-order mark, which libyaml skips at a line's start */
			else if (s->buf[off] == '#')
				while (off < s->len && s->buf[off] != '\n' && s->buf[off] != '\r' &&
				    unicode_break(s, off) == 0)
					off++;
			else
				break;
		}
	} while (off < s->len && (s->buf[off] == '&' || s->buf[off] == '!'));
	return off;
}

static int
is_flow(const struct src *s, const struct ynode *n)
{
	size_t off = content_start(s, n, 1), end;

	if (n->kind == YNODE_SCALAR || off >= s->len || (s->buf[off] != '[' &&
	    s->buf[off] != '{'))
		return 0;
	/* A block mapping may start with a flow key too ({a: b}: c); a flow collection is the
	 * one that ends at its own closing bracket. */
	end = offset(s, n->end_line, n->end_col);
	return end > off && s->buf[end - 1] == (s->buf[off] == '[' ? ']' : '}');
}

static int
is_empty(const struct ynode *n)
{
	return n == NULL || ynode_is_null(n);
}

/* Where an alias ("*name") written after the key that ends at keyend ends. */
static size_t
alias_end(const struct src *s, size_t keyend)
{
	size_t off = keyend;

	while (off < s->len && (s->buf[off] == ' ' || s->buf[off] == '\t' || s->buf[off] == ':'))
		off++;
	if (off < s->len && s->buf[off] == '*')
		for (off++; off < s->len && (isalnum((unsigned char)s->buf[off]) ||
		    s->buf[off] == '-' || s->buf[off] == '_'); off++)
			;
	return off;
}

/* The number of leading spaces of line ln. */
static int
indent_of(const struct src *s, int ln)
{
	size_t off = s->line[ln - 1], end = line_end(s, ln);
	int n = 0;

	while (off + (size_t)n < end && s->buf[off + (size_t)n] == ' ')
		n++;
	return n;
}

static int
is_blank(const struct src *s, int ln)
{
	size_t off = s->line[ln - 1], end = line_end(s, ln);

	while (off < end && (s->buf[off] == ' ' || s->buf[off] == '\t'))
		off++;
	return off == end;
}

static int
is_comment(const struct src *s, int ln)
{
	size_t off = s->line[ln - 1] + (size_t)indent_of(s, ln);

	return off < line_end(s, ln) && s->buf[off] == '#';
}

/* Where the text of block sequence n ends when its last item is an alias, whose node stands
 * before it (or is n itself, a loop): at the end of the last line before n's end that holds
 * more than blanks or a comment, the line of its "*name". */
static size_t
alias_item_end(const struct src *s, const struct ynode *n)
{
	size_t end = offset(s, n->end_line, n->end_col), off;
	int ln = line_of(s, end);

	for (off = s->line[ln - 1]; off < end && is_blank_byte(s->buf[off]); off++)
		;
	if (off == end && ln > n->line)
		ln--;  /* the next token starts the line: n ends on one above */
	while (ln > n->line && (is_blank(s, ln) || is_comment(s, ln)))
		ln--;
	return line_end(s, ln);
}

/* The offset before the blanks and line breaks (NEL, LS and PS among them) that end at end,
 * going back no further than lo. */
static size_t
back_over_blanks(const struct src *s, size_t lo, size_t end)
{
	for (;;) {
		if (end > lo && is_blank_byte(s->buf[end - 1]))
			end--;
		else if (end >= lo + 2 && (unsigned char)s->buf[end - 2] == 0xC2 &&
		    (unsigned char)s->buf[end - 1] == 0x85)
			end -= 2;
		else if (end >= lo + 3 && (unsigned char)s->buf[end - 3] == 0xE2 &&
		    (unsigned char)s->buf[end - 2] == 0x80 && ((unsigned char)s->buf[end - 1] == 0xA8 ||
		    (unsigned char)s->buf[end - 1] == 0xA9))
			end -= 3;
		else
			return end;
	}
}

/* Where a node's own text ends: just past its last character, not at the next token where
 * libyaml puts the end of a block collection.  An empty value ends at its key (keyend). */
static size_t
content_end(const struct src *s, const struct ynode *n, size_t keyend)
{
	size_t start, end;

	/* A block collection ends where its last item does.  Followed down in a loop, not a
	 * call per level: the input may nest as deep as it likes, and the stack is small. */
	while (n->kind != YNODE_SCALAR && !is_flow(s, n) && n->n > 0) {
		const struct ynode *last = n->items[n->n - 1];

		if (n->kind == YNODE_MAP) {
			keyend = offset(s, n->items[n->n - 2]->end_line,
			    n->items[n->n - 2]->end_col);
			/* An alias stands for a node written before it: here its text is "*name".
			 * Followed, it would lead to that node, and text added after it there. */
			if (offset(s, last->line, last->col) < keyend)
				return alias_end(s, keyend);
		} else {
			size_t at = offset(s, last->line, last->col);

			/* The same for an alias as the last item: its node stands before the list,
			 * or before the item ahead of it, or is the list itself. */
			if (at <= offset(s, n->line, n->col) || (n->n >= 2 && at <= offset(s,
			    n->items[n->n - 2]->line, n->items[n->n - 2]->col)))
				return alias_item_end(s, n);
			/* An empty last item ("-" alone) ends on its own line, which libyaml may
			 * mark at the next token: back off over the blanks before that. */
			keyend = back_over_blanks(s, 0, at);
		}
		n = last;
	}
	/* An empty value with an anchor or a tag ends with them, maybe on a line below its key;
	 * libyaml marks one with neither at the next token, as long as nothing. */
	if (n->kind == YNODE_SCALAR && !n->quoted && n->len == 0 &&
	    offset(s, n->end_line, n->end_col) > offset(s, n->line, n->col))
		return offset(s, n->end_line, n->end_col);
	if (n->kind == YNODE_SCALAR && !n->quoted && n->len == 0) {
		/* With the ':' after its key, if there is one, and the blanks after that: in { }
		 * text added there follows the pair, not its key alone ("m:," is no pair). */
		for (start = keyend; start < s->len && (s->buf[start] == ' ' ||
		    s->buf[start] == '\t'); start++)
			;
		if (start == s->len || s->buf[start] != ':')
			return keyend;
		for (start++; start < s->len && (s->buf[start] == ' ' || s->buf[start] == '\t');
		    start++)
			;
		return start;
	}
	if (n->kind != YNODE_SCALAR && !is_flow(s, n))
		return offset(s, n->line, n->col);	/* an empty block collection */
	start = offset(s, n->line, n->col);
	end = offset(s, n->end_line, n->end_col);
	/* A block scalar (| or >) ends where the next token starts; back off to its text. */
	return back_over_blanks(s, start, end);
}

/* The line after which to add text to a block collection whose text ends on line ln: past
 * the comment lines indented deeper than indent that follow, which belong to its last item. */
static int
last_line(const struct src *s, int ln, int indent)
{
	while (ln < (int)s->nlines && is_comment(s, ln + 1) && indent_of(s, ln + 1) > indent)
		ln++;
	return ln;
}

/* ---- Edits --------------------------------------------------------------------------------- */

/* Replacements of [off, off + del) by text, applied in order of offset.  Edits at the same
 * offset keep the order they were made in. */
struct edit {
	size_t off, del;
	char *text;
	size_t len;
	size_t seq;
	int depth;       /* 1 for a measure's own keys: they go before the goal's at one place */
};

struct edits {
	struct edit *v;
	size_t n, cap;
	int depth;       /* how deep in the goal the keys being set are */
	FILE *fp;        /* the text of the edit being written */
	char *buf;
	size_t buflen;
};

static void
edit_begin(struct edits *e)
{
	e->buf = NULL;
	e->buflen = 0;
	e->fp = open_memstream(&e->buf, &e->buflen);
	if (e->fp == NULL)
		out_of_memory();
}

static void
edit_end(struct edits *e, size_t off, size_t del)
{
	if (fclose(e->fp) != 0)
		out_of_memory();
	if (e->n == e->cap) {
		e->cap = e->cap ? 2 * e->cap : 8;
		e->v = xrealloc(e->v, e->cap * sizeof *e->v);
	}
	e->v[e->n] = (struct edit){ off, del, e->buf, e->buflen, e->n, e->depth };
	e->n++;
}

static void
edits_free(struct edits *e)
{
	for (size_t i = 0; i < e->n; i++)
		free(e->v[i].text);
	free(e->v);
}

/* 1 if the edit adds whole lines (goals, keys, questions), which end with a line break; the
 * others change text within a line (a value, a flow item). */
static int
adds_lines(const struct edit *ed)
{
	return ed->len > 0 && (ed->text[ed->len - 1] == '\n' || ed->text[ed->len - 1] == '\r');
}

static int
edit_cmp(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;

	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	/* At the end of a file with no last line break, a new value of the last key goes on
	 * its line, before the keys added after it. */
	if (adds_lines(x) != adds_lines(y))
		return adds_lines(x) ? 1 : -1;
	/* At one place (the end of a goal whose last key is its measure), the measure's new keys
	 * come first: they belong under it, before the goal's next key. */
	if (x->depth != y->depth)
		return x->depth > y->depth ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void
edits_apply(struct edits *e, const struct src *s, struct goaledit_out *out)
{
	size_t total = s->len + strlen(s->eol), at = 0;
	int broken = s->len == 0 || s->buf[s->len - 1] == '\n' || s->buf[s->len - 1] == '\r';
	char *o;

	/* With no edits e->v is NULL, which qsort must not be given, even with no items. */
	if (e->n > 0)
		qsort(e->v, e->n, sizeof *e->v, edit_cmp);
	for (size_t i = 0; i < e->n; i++)
		total += e->v[i].len;
	o = out->data = xmalloc(total + 1);
	for (size_t i = 0; i < e->n; i++) {
		const struct edit *ed = &e->v[i];

		if (ed->off > at) {
			memcpy(o, s->buf + at, ed->off - at);
			o += ed->off - at;
			at = ed->off;
		}
		/* Lines added after a last line with no line break need one first: once, here,
		 * whichever edit comes first there once they are in order. */
		if (!broken && ed->off == s->len && adds_lines(ed)) {
			o = stpcpy(o, s->eol);
			broken = 1;
		}
		memcpy(o, ed->text, ed->len);
		o += ed->len;
		if (ed->off + ed->del > at)
			at = ed->off + ed->del;
	}
	if (s->len > at) {
		memcpy(o, s->buf + at, s->len - at);
		o += s->len - at;
	}
	*o = '\0';
	out->len = (size_t)(o - out->data);
}

/* Reports why an edit is refused at line:col (0:0 when there is no place to name) into d,
 * and returns -1. */
static int __attribute__((format(printf, 4, 5)))
refuse(struct diags *d, int line, int col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diags_addv(d, SEV_ERROR, GOALEDIT_REFUSED, 0, line, col, NULL, fmt, ap);
	va_end(ap);
	return -1;
}

/* The same at node n, or at no place for NULL. */
static int
fail(struct diags *d, const struct ynode *n, const char *msg)
{
	return refuse(d, n != NULL ? n->line : 0, n != NULL ? n->col : 0, "%s", msg);
}

/* The offset just past the ':' after a key that ends at keyend. */
static size_t
past_colon(const struct src *s, size_t keyend)
{
	while (keyend < s->len && s->buf[keyend] != ':')
		keyend++;
	return keyend < s->len ? keyend + 1 : keyend;
}

/* Where a new value goes for v, the value of a key that ends at keyend: just past the ':', or
 * past the anchor and tag v has there. */
static size_t
value_start(const struct src *s, size_t keyend, const struct ynode *v)
{
	size_t vs = past_colon(s, keyend), at = offset(s, v->line, v->col);

	if (at < vs || at >= s->len || (s->buf[at] != '&' && s->buf[at] != '!'))
		return vs;
	/* Just past them (all of them, over lines, for a value that is nothing else): the new
	 * value brings its own blank. */
	if (v->kind == YNODE_SCALAR && !v->quoted && v->len == 0 &&
	    offset(s, v->end_line, v->end_col) > at)
		at = offset(s, v->end_line, v->end_col);
	else
		at = content_start(s, v, 0);
	for (; at > vs && (s->buf[at - 1] == ' ' ||
	    s->buf[at - 1] == '\t'); at--)
		;
	return at;
}

/* Where to start taking out the empty value v (~, null, []) of a key that ends at keyend: at
 * value_start, or, when a comment stands between there and the value, at the start of the
 * value's line, so that the comment stays. */
static size_t
cut_start(const struct src *s, size_t keyend, const struct ynode *v)
{
	size_t vs = value_start(s, keyend, v), at = content_start(s, v, 1);

	for (size_t i = vs; i < at; i++)
		if (s->buf[i] == '#')
			return s->line[line_of(s, at) - 1];
	return vs;
}

/* Adds items as a block list under a key (goals:) whose value v, empty, stands from vstart
 * (with the blanks before it) to vend on line ln; the list's dashes go at column
 * indent + 1. */
static void
append_under_key(struct edits *e, const struct src *s, const struct ynode *v, size_t vstart,
    size_t vend, int ln, int indent, const struct gitem *items, size_t n)
{
	size_t at = after_line(s, ln), tok = content_start(s, v, 1);

	if (vend > vstart) {
		edit_begin(e);
		/* A comment written right after the value ("[]# none") keeps the blanks before
		 * the value, or gets one, so that it does not join the key. */
		if (vend < s->len && s->buf[vend] == '#' && tok > vstart && tok < vend &&
		    is_blank_byte(s->buf[tok - 1]))
			vstart = tok;
		else if (vend < s->len && s->buf[vend] == '#')
			putc(' ', e->fp);
		edit_end(e, vstart, vend - vstart);  /* the ~ or null the list replaces */
	}
	edit_begin(e);
	goaledit_write_block(e->fp, items, n, indent, s->eol);
	edit_end(e, at, 0);
}

/* The line of the dash of a block list's last item whose content (from at) is not on the
 * dash's line: "-" alone, then the item on the next line, or nothing, which libyaml marks
 * where the next token starts.  It is the last line up to at, after line above, whose first
 * character is a dash; or 0. */
static int
dash_line(const struct src *s, size_t at, int above)
{
	for (int l = line_of(s, at); l > above; l--) {
		size_t off = s->line[l - 1] + (size_t)indent_of(s, l);

		if (off < (l == line_of(s, at) ? at : line_end(s, l)) && s->buf[off] == '-' &&
		    (off + 1 == s->len || is_blank_byte(s->buf[off + 1])))
			return l;
	}
	return 0;
}

static void
append_block_list(struct edits *e, const struct src *s, const struct ynode *list,
    size_t keyend, const struct gitem *items, size_t n)
{
	const struct ynode *last = list->items[list->n - 1];
	size_t start = offset(s, last->line, last->col), dash = start;
	int dash_indent, ln, dash_ln = last->line, spaced = 0, pl = list->line - 1;

	if (list->n >= 2)
		pl = line_of(s, content_end(s, list->items[list->n - 2], keyend));
	/* The dash of the last item is the first non-space before its content, or on a line
	 * above it. */
	while (dash > s->line[last->line - 1] && s->buf[dash - 1] == ' ')
		dash--;
	if (dash > s->line[last->line - 1] && s->buf[dash - 1] == '-') {
		dash--;
	} else if ((ln = dash_line(s, start, pl)) > 0) {
		dash_ln = ln;
		dash = s->line[ln - 1] + (size_t)indent_of(s, ln);
	}
	dash_indent = (int)(dash - s->line[dash_ln - 1]);
	if (last->kind == YNODE_SCALAR && !last->quoted && last->len == 0 &&
	    offset(s, last->end_line, last->end_col) == start)
		ln = last_line(s, dash_ln, dash_indent);  /* nothing at all: its dash's line */
	else
		ln = last_line(s, line_of(s, content_end(s, last, keyend)), dash_indent);
	/* Goals set apart by a blank line get one before the new goals too. */
	if (list->n >= 2)
		for (int l = pl + 1; l < dash_ln && !spaced; l++)
			spaced = is_blank(s, l);
	edit_begin(e);
	for (size_t i = 0; i < n; i++) {
		if (spaced)
			fputs(s->eol, e->fp);
		goaledit_write_block(e->fp, &items[i], 1, dash_indent, s->eol);
	}
	edit_end(e, after_line(s, ln), 0);
}

/* 1 if the last item of a list is an alias, whose node stands before the list or before the
 * item ahead of it. */
static int
ends_with_alias(const struct src *s, const struct ynode *list)
{
	const struct ynode *last = list->n > 0 ? list->items[list->n - 1] : NULL;
	size_t at;

	if (last == NULL)
		return 0;
	at = offset(s, last->line, last->col);
	return at < offset(s, list->line, list->col) || (list->n >= 2 &&
	    at <= offset(s, list->items[list->n - 2]->line, list->items[list->n - 2]->col));
}

/* The column (0-based, as libyaml counts) where the keys of block mapping map stand: that of
 * its first key, not of the mapping, whose anchor or tag may stand elsewhere; or of the '?'
 * before that key when it is written "? key". */
static int
key_indent(const struct src *s, const struct ynode *map)
{
	const struct ynode *k = map->items[0];
	size_t at = offset(s, k->line, k->col), q = at;

	while (q > s->line[k->line - 1] && (s->buf[q - 1] == ' ' || s->buf[q - 1] == '\t'))
		q--;
	if (q > s->line[k->line - 1] && s->buf[q - 1] == '?')
		return k->col - 1 - (int)(at - q) - 1;
	return k->col - 1;
}

/* ---- Checking an edit -------------------------------------------------------------------- */

/* The edits above follow the shapes people write.  A file can take shapes no rule foresaw
 * (anchors and aliases, tags, `? key` entries, NEL or LS line breaks, control characters), and
 * there an edit may land in the wrong place.  So every edit is read back and compared, node by
 * node, with what it meant before it is handed out; one that reads otherwise is refused. */

/* How many pairs of nodes the check of one edit may compare: an alias can make a small file
 * a huge tree, or a loop, and past this many the edit is refused rather than walked.  A goals
 * file a person writes has a few thousand nodes; one of 10,000 goals about 250,000. */
#define CHECK_BUDGET 4000000

/* 1 if a and b hold the same data: kinds, texts, keys and items.  quoted: whether each text
 * must be quoted alike too (a plain 2 is a number, "2" a text), as the text around an edit
 * must; a new value may be quoted otherwise than drafted.  skip, a node of a, is not compared
 * (the one text an edit changes).  An explicit stack, not recursion: a tree may be nested
 * deeper than the C stack allows. */
static int
same_tree_but(const struct ynode *a, const struct ynode *b, int quoted,
    const struct ynode *skip, size_t *budget)
{
	const struct ynode **stack = xmalloc(64 * sizeof *stack);
	size_t n = 0, cap = 64;
	int same = 1;

	stack[n++] = a;
	stack[n++] = b;
	while (same && n > 0) {
		const struct ynode *y = stack[--n], *x = stack[--n];

		if (x == NULL || y == NULL || *budget == 0) {
			same = x == NULL && y == NULL;
			continue;
		}
		--*budget;
		if (x->kind != y->kind || (x->kind != YNODE_SCALAR && x->n != y->n)) {
			same = 0;
		} else if (x == skip) {
			skip = NULL;  /* once: where an *alias repeats it, it must not change */
			continue;
		} else if (x->kind == YNODE_SCALAR) {
			same = x->len == y->len && memcmp(x->value, y->value, x->len) == 0 &&
			    (!quoted || x->quoted == y->quoted);
		} else {
			if (n + 2 * (size_t)x->n > cap) {
				cap = 2 * (n + 2 * (size_t)x->n);
				stack = xrealloc(stack, cap * sizeof *stack);
			}
			for (size_t i = 0; i < x->n; i++) {
				stack[n++] = x->items[i];
				stack[n++] = y->items[i];
			}
		}
	}
	free(stack);
	return same;
}

static int
same_tree(const struct ynode *a, const struct ynode *b, int quoted, size_t *budget)
{
	return same_tree_but(a, b, quoted, NULL, budget);
}

/* What an edit meant: the goals list (want_list) or the first goal of a file that holds
 * items[0..n) alone, as goaledit_write_block writes them, loaded into g.  NULL if it does not
 * load, which values made by goaledit_scalar cannot cause. */
static const struct ynode *
meant(struct goals *g, const struct gitem *items, size_t n, int want_list)
{
	struct diags d = { 0 };
	const struct ynode *list;
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	if (fp == NULL)
		out_of_memory();
	fputs("goals:\n", fp);
	goaledit_write_block(fp, items, n, 2, "\n");
	if (fclose(fp) != 0)
		out_of_memory();
	if (goals_load(g, text, len, &d) < 0)
		g->doc.root = NULL;
	free(text);
	diags_free(&d);
	list = g->doc.root != NULL && g->doc.root->kind == YNODE_MAP ?
	    ynode_get(g->doc.root, "goals", NULL) : NULL;
	if (list == NULL || list->kind != YNODE_SEQ || list->n != n)
		return NULL;
	return want_list ? list : list->items[0];
}

/* Loads the edited text into g: 0, or -1 when it is not YAML, is empty, or holds another
 * number of documents than old. */
static int
reload(const struct goals *old, const struct goaledit_out *out, struct goals *g)
{
	struct diags d = { 0 };
	int rc = goals_load(g, out->data, out->len, &d);

	diags_free(&d);
	if (rc < 0 || g->doc.error || g->doc.root == NULL ||
	    g->doc.ndocs != (old->doc.ndocs > 1 ? old->doc.ndocs : 1))
		return -1;
	return 0;
}

/* The index in map of the key ynode_get finds for key, or map->n. */
static size_t
key_index(const struct ynode *map, const char *key)
{
	const struct ynode *k = NULL;
	size_t i = 0;

	if (ynode_get(map, key, &k) != NULL)
		while (i < map->n && map->items[i] != k)
			i += 2;
	return k != NULL ? i : map->n;
}

/* 1 if the top level now is that of old but for its goals list (under the same key, or under
 * a new last key), whose first items are old's and whose next ones are added's; or, with
 * edited, whose items are old's but for each that is edited (its node now in *edited_now).
 * When a key's value or a goal of old has changed, *where is that key or goal. */
static int
same_but_goals(const struct ynode *old, const struct ynode *now, const struct ynode *added,
    const struct ynode *edited, const struct ynode **edited_now, size_t *budget,
    const struct ynode **where)
{
	const struct ynode *was = NULL, *list;
	size_t k = 0, nold = 0;

	if (now->kind != YNODE_MAP)
		return 0;
	if (old != NULL) {
		k = key_index(old, "goals");
		if (now->n != (k < old->n ? old->n : old->n + 2))
			return 0;
		for (size_t i = 0; i < old->n; i++)
			if (i != k + 1 && !same_tree(old->items[i], now->items[i], 1, budget)) {
				*where = old->items[i - i % 2];
				return 0;
			}
		was = k < old->n ? old->items[k + 1] : NULL;
	} else if (now->n != 2) {
		return 0;  /* a file of comments only now holds the goals key alone */
	}
	if (!ynode_is(now->items[k], "goals"))
		return 0;
	list = now->items[k + 1];
	if (was != NULL && was->kind == YNODE_SEQ)
		nold = was->n;
	else if (!is_empty(was))
		return 0;
	if (list->kind != YNODE_SEQ || list->n != nold + (added != NULL ? added->n : 0))
		return 0;
	for (size_t i = 0; i < nold; i++) {
		if (edited != NULL && was->items[i] == edited)
			*edited_now = list->items[i];
		else if (!same_tree(was->items[i], list->items[i], 1, budget)) {
			*where = was->items[i];
			return 0;
		}
	}
	for (size_t i = nold; i < list->n; i++)
		if (!same_tree(added->items[i - nold], list->items[i], 0, budget))
			return 0;
	return 1;
}

/* 1 if what an append took out of the file is at most an empty value (~, null, []) with the
 * blanks and line breaks before it: the value the new list replaces. */
static int
only_empty_taken(const struct edits *e, const struct src *s)
{
	for (size_t i = 0; i < e->n; i++) {
		const char *p = s->buf + e->v[i].off;
		size_t k = 0, nv = 0;
		char value[8];

		/* Blanks and line breaks, the bytes of NEL, LS and PS among them. */
		while (k < e->v[i].del && p[k] != '\0' &&
		    strchr(" \t\r\n\xc2\x85\xe2\x80\xa8\xa9", p[k]) != NULL)
			k++;
		for (; k < e->v[i].del && nv < sizeof value - 1; k++)
			if (p[k] != ' ' && p[k] != '\t')
				value[nv++] = p[k];
		value[nv] = '\0';
		if (k < e->v[i].del || (e->v[i].del > 0 && strcmp(value, "~") != 0 &&
		    strcmp(value, "[]") != 0 && strcmp(value, "null") != 0 &&
		    strcmp(value, "Null") != 0 && strcmp(value, "NULL") != 0))
			return 0;
	}
	return 1;
}

/* Whether out reads as g's goals followed by items[0..n), all else as it was. */
static int
appended_right(const struct goals *g, const struct goaledit_out *out,
    const struct gitem *items, size_t n, const struct ynode **where)
{
	struct goals now = { 0 }, want;
	const struct ynode *added = meant(&want, items, n, 1);
	size_t budget = CHECK_BUDGET;
	int ok = added != NULL && reload(g, out, &now) == 0 &&
	    same_but_goals(g->doc.root, now.doc.root, added, NULL, NULL, &budget, where);

	goals_free(&now);
	goals_free(&want);
	return ok;
}

/* 1 unless the measure map counts a tag where f averages a metric, or the other way round. */
static int
same_kind(const struct ynode *map, const struct gfield *f)
{
	for (size_t i = 0; i < f->nsub; i++) {
		if (strcmp(f->sub[i].key, "tag") == 0)
			return ynode_get(map, "metric", NULL) == NULL;
		if (strcmp(f->sub[i].key, "metric") == 0)
			return ynode_get(map, "tag", NULL) == NULL;
	}
	return 1;
}

/* 1 if the measure's tag or metric stays as it is when f sets map's keys. */
static int
keeps_own_tag(const struct ynode *map, const struct gfield *f)
{
	return map != NULL && map->kind == YNODE_MAP && same_kind(map, f) &&
	    (ynode_get(map, "tag", NULL) != NULL || ynode_get(map, "metric", NULL) != NULL);
}

static int
sets_key(const struct gfield *f, size_t n, const struct ynode *key)
{
	for (size_t i = 0; i < n; i++)
		if (has_value(&f[i]) && ynode_is(key, f[i].key))
			return 1;
	return 0;
}

/* 1 if goal now is goal was with f[0..n) set as in want (the goal they make alone): each key
 * they do not set as it was, in its place, each key they set with its value, and no other.
 * Of a measure edited key by key, the keys set are compared, but the tag or metric it keeps.
 * When a key not set has changed, *where is that key. */
static int
set_right(const struct ynode *was, const struct ynode *now, const struct ynode *want,
    const struct gfield *f, size_t n, size_t *budget, const struct ynode **where)
{
	size_t added = 0;

	if (now == NULL || now->kind != YNODE_MAP || now->n < was->n)
		return 0;
	for (size_t i = 0; i < was->n; i += 2)
		if (!same_tree(was->items[i], now->items[i], 1, budget) ||
		    (!sets_key(f, n, was->items[i]) &&
		    !same_tree(was->items[i + 1], now->items[i + 1], 1, budget))) {
			*where = was->items[i];
			return 0;
		}
	for (size_t i = 0; i < n; i++) {
		const struct ynode *old = ynode_get(was, f[i].key, NULL);
		const struct ynode *v = ynode_get(now, f[i].key, NULL);
		const struct ynode *w = ynode_get(want, f[i].key, NULL);
		int keep;

		if (!has_value(&f[i]))
			continue;
		added += old == NULL;
		if (f[i].value != NULL || old == NULL || old->kind != YNODE_MAP ||
		    !same_kind(old, &f[i])) {
			if (!same_tree(v, w, 0, budget))
				return 0;
			continue;
		}
		if (v == NULL || v->kind != YNODE_MAP)
			return 0;
		keep = keeps_own_tag(old, &f[i]);
		for (size_t k = 0; k < f[i].nsub; k++)
			if (!(keep && (strcmp(f[i].sub[k].key, "tag") == 0 ||
			    strcmp(f[i].sub[k].key, "metric") == 0)) &&
			    !same_tree(ynode_get(v, f[i].sub[k].key, NULL),
			    ynode_get(w, f[i].sub[k].key, NULL), 0, budget))
				return 0;
	}
	return now->n == was->n + 2 * added;
}

/* Whether out reads as g with goal gl's keys f[0..n) set, all else as it was. */
static int
replaced_right(const struct goals *g, const struct goal *gl, const struct goaledit_out *out,
    const struct gfield *f, size_t n, const struct ynode **where)
{
	struct gitem item = { f, n };
	struct goals now = { 0 }, want;
	const struct ynode *w = meant(&want, &item, 1, 0), *edited = NULL;
	size_t budget = CHECK_BUDGET;
	int ok = w != NULL && reload(g, out, &now) == 0 &&
	    same_but_goals(g->doc.root, now.doc.root, NULL, gl->node, &edited, &budget, where) &&
	    set_right(gl->node, edited, w, f, n, &budget, where);

	goals_free(&now);
	goals_free(&want);
	return ok;
}

int
goaledit_append(const char *buf, size_t len, const struct goals *g,
    const struct gitem *items, size_t n, struct goaledit_out *out, struct diags *d)
{
	const struct ynode *root = g->doc.root, *key = NULL, *list;
	struct edits e = { 0 };
	struct src s;
	struct arena a = { 0 };
	int rc = 0;

	memset(out, 0, sizeof *out);
	if (text_utf8_invalid(buf, len) != len)
		return fail(d, NULL, "the file is not UTF-8; goals are added to UTF-8 "
		    "files only");
	src_init(&s, buf, len);
	if (root == NULL) {
		/* Empty, or comments only: the goals go at the end, under a new key. */
		edit_begin(&e);
		fprintf(e.fp, "goals:%s", s.eol);
		goaledit_write_block(e.fp, items, n, 2, s.eol);
		edit_end(&e, len, 0);
	} else if (root->kind != YNODE_MAP) {
		rc = fail(d, root, "the top level is not a mapping of mission, concerns "
		    "and goals");
	} else if ((list = ynode_get(root, "goals", &key)) == NULL && is_flow(&s, root)) {
		size_t at = offset(&s, root->end_line, root->end_col) - 1;

		edit_begin(&e);
		fprintf(e.fp, "%sgoals: [", root->n > 0 ? ", " : "");
		write_flow(e.fp, items, n, &a);
		fputs("]", e.fp);
		/* After the last value, or after its key when it has none: not at the '}', which
		 * may follow a trailing comma. */
		if (root->n > 0)
			at = content_end(&s, root->items[root->n - 1], offset(&s,
			    root->items[root->n - 2]->end_line, root->items[root->n - 2]->end_col));
		edit_end(&e, at, 0);
	} else if (list == NULL) {
		/* No goals key: a new one at the end, at the top level's indentation. */
		int indent = root->n > 0 ? key_indent(&s, root) : root->col - 1;

		edit_begin(&e);
		fprintf(e.fp, "%*sgoals:%s", indent, "", s.eol);
		goaledit_write_block(e.fp, items, n, indent + 2, s.eol);
		edit_end(&e, len, 0);
	} else {
		size_t keyend = offset(&s, key->end_line, key->end_col);

		if (is_empty(list)) {
			size_t vstart = list->len > 0 ? cut_start(&s, keyend, list) :
			    value_start(&s, keyend, list);
			size_t vend = list->len > 0 ? offset(&s, list->end_line, list->end_col) : vstart;

			append_under_key(&e, &s, list, vstart, vend, line_of(&s, vend),
			    key->col - 1 + 2, items, n);
		} else if (list->kind != YNODE_SEQ) {
			rc = fail(d, list, list->kind == YNODE_MAP ?
			    "'goals' is a mapping, not a list of goals" :
			    "'goals' is a text, not a list of goals");
		} else if (ends_with_alias(&s, list)) {
			/* Its node is a goal written before it: the new goals would go there. */
			rc = fail(d, list, "the list of goals ends with an alias (*name); "
			    "add goals to it by hand");
		} else if (is_flow(&s, list) && list->n == 0 && list->line == list->end_line) {
			/* goals: [] becomes a block list, where questions fit as comments. */
			size_t vstart = cut_start(&s, keyend, list);

			append_under_key(&e, &s, list, vstart,
			    offset(&s, list->end_line, list->end_col), list->line, key->col - 1 + 2,
			    items, n);
		} else if (is_flow(&s, list)) {
			size_t at = list->n > 0 ? content_end(&s, list->items[list->n - 1], keyend) :
			    content_start(&s, list, 1) + 1;

			edit_begin(&e);
			fputs(list->n > 0 ? ", " : "", e.fp);
			write_flow(e.fp, items, n, &a);
			edit_end(&e, at, 0);
		} else if (list->n == 0) {
			/* A block list has an item; an empty list read as one is a layout this
			 * editor does not know. */
			rc = fail(d, list, "the list of goals is written in a way the editor does not "
			    "know; add goals to it by hand (please report this, with the file)");
		} else {
			append_block_list(&e, &s, list, keyend, items, n);
		}
	}
	if (rc == 0) {
		const struct ynode *where = NULL;

		edits_apply(&e, &s, out);
		if (!only_empty_taken(&e, &s) || !appended_right(g, out, items, n, &where)) {
			free(out->data);
			memset(out, 0, sizeof *out);
			rc = fail(d, where, where != NULL ?
			    "adding the goals would change this too (through an *alias, or a layout "
			    "the editor gets wrong); add them by hand" :
			    "adding goals to a file laid out like this would change what it says; add "
			    "them by hand (please report this, with the file)");
		}
	}
	edits_free(&e);
	arena_free(&a);
	src_free(&s);
	return rc;
}

/* A plain text in the quotes q (' or "), escaped as they require. */
static void
put_quoted(FILE *fp, const char *v, char q)
{
	putc(q, fp);
	for (; *v != '\0'; v++) {
		if (*v == q)
			putc(q == '"' ? '\\' : '\'', fp);
		else if (*v == '\\' && q == '"')
			putc('\\', fp);
		putc(*v, fp);
	}
	putc(q, fp);
}

static void
put_value(FILE *fp, const struct gfield *f, int flow, struct arena *a)
{
	if (flow && f->value != NULL)
		fputs(flow_safe(a, f->value), fp);
	else
		write_value(fp, f);
}

/* Sets the keys f[0..n) in mapping map.  block_todo: questions may go above keys as comments.
 * It recurses into a key's sub-keys (a measure's), as deep as the fields, not the input. */
static void	/* NOLINTNEXTLINE(misc-no-recursion) */
set_keys(struct edits *e, const struct src *s, const struct ynode *map, const struct gfield *f,
    size_t n, int block_todo, struct arena *a)
{
	int flow = is_flow(s, map);
	/* Where the keys stand: an anchor or tag (&m, !!map) may put the map's start elsewhere. */
	int indent = (!flow && map->n > 0 ? map->items[0]->col : map->col) - 1;
	size_t mapend = content_end(s, map, offset(s, map->line, map->col));
	int addline = flow ? 0 : last_line(s, line_of(s, mapend), indent - 1);

	/* In { }, new keys go after the last value, inside the brace. */
	if (flow && map->n > 0)
		mapend = content_end(s, map->items[map->n - 1], offset(s,
		    map->items[map->n - 2]->end_line, map->items[map->n - 2]->end_col));

	for (size_t i = 0; i < n; i++) {
		const struct ynode *key = NULL, *v = ynode_get(map, f[i].key, &key);
		int own_tag = (strcmp(f[i].key, "tag") == 0 || strcmp(f[i].key, "metric") == 0) &&
		    (ynode_get(map, "tag", NULL) != NULL || ynode_get(map, "metric", NULL) != NULL);
		size_t keyend;

		/* A measure keeps the tag or metric its journal already uses. */
		if (own_tag)
			continue;
		if (key != NULL && block_todo && (f[i].todo != NULL || f[i].note != NULL) &&
		    !flow) {
			int kl = key->line;

			edit_begin(e);
			if (f[i].note != NULL)
				fprintf(e->fp, "%*s# %s%s", indent, "", f[i].note, s->eol);
			if (f[i].todo != NULL)
				fprintf(e->fp, "%*s# TODO: %s%s", indent, "", f[i].todo, s->eol);
			/* On the "- " line of a list item the comment goes above the dash. */
			edit_end(e, s->line[kl - 1], 0);
		}
		if (key != NULL && !has_value(&f[i]))
			continue;
		if (key != NULL) {
			keyend = offset(s, key->end_line, key->end_col);
			if (f[i].value == NULL && v->kind == YNODE_MAP && same_kind(v, &f[i])) {
				e->depth++;
				set_keys(e, s, v, f[i].sub, f[i].nsub, 0, a);
				e->depth--;
			} else if (f[i].value == NULL && v->kind == YNODE_MAP) {
				/* A count of a tag replaces an average of a metric, or the other
				 * way round: none of the old keys would still mean anything. */
				size_t vs = value_start(s, keyend, v), ve = content_end(s, v, keyend);

				edit_begin(e);
				putc(' ', e->fp);
				write_value(e->fp, &f[i]);
				edit_end(e, vs, ve - vs);
			} else if (is_empty(v)) {
				size_t vs = value_start(s, keyend, v);
				size_t ve = v->len > 0 ? offset(s, v->end_line, v->end_col) : vs;

				edit_begin(e);
				putc(' ', e->fp);
				put_value(e->fp, &f[i], flow, a);
				edit_end(e, vs, ve - vs);
			} else {
				/* A text goes where it starts, or after the anchor or tag before it: on
				 * the key's line, not on one below, which may be no further right. */
				size_t vs = content_start(s, v, v->kind != YNODE_SCALAR);
				size_t ve = content_end(s, v, keyend);

				edit_begin(e);
				/* A block list may stand at its key's indentation, where a value on
				 * one line may not: that line gets the new value, under the key. */
				if (v->kind != YNODE_SCALAR && !is_flow(s, v) &&
				    line_of(s, vs) > key->line) {
					vs = s->line[line_of(s, vs) - 1];
					fprintf(e->fp, "%*s", key->col + 1, "");
				}
				/* After an anchor or a tag, a blank: "&a:b" is the anchor a on the
				 * text ":b", and "&ab" another anchor. */
				if (vs > offset(s, v->line, v->col) && !is_blank_byte(s->buf[vs - 1]))
					putc(' ', e->fp);
				/* A text the person quoted stays quoted the same way. */
				if (v->kind == YNODE_SCALAR && f[i].value != NULL &&
				    f[i].value[0] != '"' && f[i].value[0] != '[' &&
				    f[i].value[0] != '{' && (s->buf[vs] == '"' || s->buf[vs] == '\''))
					put_quoted(e->fp, f[i].value, s->buf[vs]);
				else
					put_value(e->fp, &f[i], flow, a);
				/* A comment right after the old value ("[a]# c") would be text after
				 * a new plain one. */
				if (ve < s->len && s->buf[ve] == '#')
					putc(' ', e->fp);
				edit_end(e, vs, ve - vs);
			}
			continue;
		}
		/* A key the map lacks: after its last key. */
		if (flow && !has_value(&f[i]))
			continue;  /* no comment fits inside { } */
		edit_begin(e);
		if (flow) {
			fprintf(e->fp, "%s%s: ", map->n > 0 ? ", " : "", f[i].key);
			put_value(e->fp, &f[i], 1, a);
			edit_end(e, map->n > 0 ? mapend : content_start(s, map, 1) + 1, 0);
			continue;
		}
		if (block_todo && f[i].note != NULL)
			fprintf(e->fp, "%*s# %s%s", indent, "", f[i].note, s->eol);
		if (block_todo && f[i].todo != NULL)
			fprintf(e->fp, "%*s# TODO: %s%s", indent, "", f[i].todo, s->eol);
		if (has_value(&f[i])) {
			fprintf(e->fp, "%*s%s: ", indent, "", f[i].key);
			write_value(e->fp, &f[i]);
			fputs(s->eol, e->fp);
		}
		edit_end(e, after_line(s, addline), 0);
	}
}

/* Whether out differs from the source only inside goal gl: from the start of its first line
 * to the start of whatever follows it (the next goal, the next top-level key) or the end.  The
 * last guard of an edit: nothing outside the goal may change, whatever the file's shape. */
static int
only_inside(const struct src *s, const struct goals *g, const struct goal *gl,
    const struct goaledit_out *out)
{
	const struct ynode *root = g->doc.root;
	int next = 0;
	size_t a, b;

	for (size_t i = 0; i < g->ngoals; i++)
		if (g->goals[i].node->line > gl->node->line &&
		    (next == 0 || g->goals[i].node->line < next))
			next = g->goals[i].node->line;
	for (size_t i = 0; root != NULL && root->kind == YNODE_MAP && i < root->n; i += 2)
		if (root->items[i]->line > gl->node->line && (next == 0 || root->items[i]->line < next))
			next = root->items[i]->line;
	a = offset(s, gl->node->line, 1);
	b = next ? offset(s, next, 1) : s->len;
	/* No further than where libyaml ends the goal: a "..." or "---" line is neither a goal
	 * nor a top-level key. */
	if (offset(s, gl->node->end_line, gl->node->end_col) < b)
		b = offset(s, gl->node->end_line, gl->node->end_col);
	return out->len >= a + (s->len - b) && memcmp(out->data, s->buf, a) == 0 &&
	    memcmp(out->data + out->len - (s->len - b), s->buf + b, s->len - b) == 0;
}

/* A key or value of map, or of a mapping in it (the measure), that stands outside the bytes
 * [from, to]: an alias of a node elsewhere, which an edit would change there, and after which
 * it would add keys there.  NULL when there is none. */
static const struct ynode *
foreign_value(const struct src *s, const struct ynode *map, size_t from, size_t to)
{
	for (size_t i = 0; i < map->n; i++) {
		const struct ynode *v = map->items[i], *inner;
		size_t at = offset(s, v->line, v->col);

		if (at < from || at > to)
			return v;
		/* One level down only: that is as deep as an edit goes, and an alias bomb inside
		 * the goal must not be walked. */
		for (size_t k = 0; v->kind == YNODE_MAP && k < v->n; k++) {
			inner = v->items[k];
			at = offset(s, inner->line, inner->col);
			if (at < from || at > to)
				return inner;
		}
	}
	return NULL;
}

int
goaledit_replace(const char *buf, size_t len, const struct goals *g, const char *id,
    const struct gfield *fields, size_t n, struct goaledit_out *out, struct diags *d)
{
	const struct goal *gl = NULL;
	const struct ynode *alias, *where = NULL;
	struct edits e = { 0 };
	struct arena a = { 0 };
	struct src s;
	char ids[200] = "";
	size_t used = 0;

	memset(out, 0, sizeof *out);
	for (size_t i = 0; i < g->ngoals && gl == NULL; i++)
		if (goal_id(&g->goals[i]) != NULL && strcmp(goal_id(&g->goals[i]), id) == 0)
			gl = &g->goals[i];
	if (gl == NULL) {
		for (size_t i = 0; i < g->ngoals && used < sizeof ids - 40; i++)
			if (goal_id(&g->goals[i]) != NULL)
				used += (size_t)snprintf(ids + used, sizeof ids - used, "%s%.30s",
				    used ? ", " : "", goal_id(&g->goals[i]));
		refuse(d, 0, 0, "no goal has the id '%.80s'%s%s", id,
		    used ? "; the ids are: " : " (the file has no goal with an id)", ids);
		return -1;
	}
	if (gl->node->kind != YNODE_MAP)
		return fail(d, gl->node, "the goal is not a mapping of keys");
	if (text_utf8_invalid(buf, len) != len)
		return fail(d, NULL, "the file is not UTF-8; goals are edited in UTF-8 "
		    "files only");
	src_init(&s, buf, len);
	if ((alias = foreign_value(&s, gl->node, offset(&s, gl->node->line, gl->node->col),
	    offset(&s, gl->node->end_line, gl->node->end_col))) != NULL) {
		src_free(&s);
		refuse(d, alias->line, alias->col, "goal %.80s takes a value from this anchor, "
		    "through an *alias: edit it by hand", id);
		return -1;
	}
	set_keys(&e, &s, gl->node, fields, n, 1, &a);
	edits_apply(&e, &s, out);
	edits_free(&e);
	arena_free(&a);
	if (!only_inside(&s, g, gl, out)) {
		src_free(&s);
		free(out->data);
		memset(out, 0, sizeof *out);
		refuse(d, 0, 0, "the edit would change text outside goal %.80s (please "
		    "report this, with the file)", id);
		return -1;
	}
	if (!replaced_right(g, gl, out, fields, n, &where)) {
		src_free(&s);
		free(out->data);
		memset(out, 0, sizeof *out);
		if (where != NULL)
			refuse(d, where->line, where->col, "editing goal %.80s would change this too "
			    "(through an *alias, or a layout the editor gets wrong); edit it by hand",
			    id);
		else
			refuse(d, 0, 0, "editing goal %.80s in a file laid out like this would "
			    "change what it says; edit it by hand (please report this, with the file)",
			    id);
		return -1;
	}
	src_free(&s);
	return 0;
}

/* ---- Turning a rule off for one goal ----------------------------------------------------- */

/* The text with ins (n bytes) inserted at offset at, into out. */
static void
insert_at(const struct src *s, size_t at, const char *ins, size_t n, struct goaledit_out *out)
{
	out->len = s->len + n;
	out->data = xmalloc(out->len + 1);
	memcpy(out->data, s->buf, at);
	memcpy(out->data + at, ins, n);
	memcpy(out->data + at + n, s->buf + at, s->len - at);
	out->data[out->len] = '\0';
}

/* 1 if the edited text reads as the same tree, with rule r now off for goal i. */
static int
disabled_right(const struct goals *g, size_t i, int r, const struct goaledit_out *out)
{
	struct goals now;
	size_t budget = CHECK_BUDGET;
	int ok = reload(g, out, &now) == 0 && now.ngoals == g->ngoals &&
	    (now.goals[i].disabled & (1u << r)) != 0 &&
	    same_tree(g->doc.root, now.doc.root, 1, &budget);

	goals_free(&now);
	return ok;
}

/* The end of line ln's text, before blanks that trail it. */
static size_t
text_end(const struct src *s, int ln)
{
	size_t e = line_end(s, ln);

	while (e > s->line[ln - 1] && (s->buf[e - 1] == ' ' || s->buf[e - 1] == '\t'))
		e--;
	return e;
}

/* Tries the one edit on line ln of goal i that fits it: ", RULE" after a goalcheck comment's
 * list, or a new comment after a line without one.  0 with out set, or -1. */
static int
disable_on_line(const struct src *s, const struct goals *g, size_t i, int r, int ln,
    struct goaledit_out *out)
{
	size_t from = s->line[ln - 1], end = text_end(s, ln);
	const char *hash = memchr(s->buf + from, '#', end - from);
	char ins[96];
	int n;

	if (hash != NULL && text_find(hash, (size_t)(s->buf + end - hash), "disable", 7) == NULL)
		return -1;
	if (hash != NULL)
		n = snprintf(ins, sizeof ins, ", %s", rule_table[r].name);
	else
		n = snprintf(ins, sizeof ins, " # goalcheck: disable=%s", rule_table[r].name);
	insert_at(s, end, ins, (size_t)n, out);
	if (disabled_right(g, i, r, out))
		return 0;
	free(out->data);
	memset(out, 0, sizeof *out);
	return -1;
}

int
goaledit_disable(const char *buf, size_t len, const struct goals *g, size_t i,
    const char *rule, struct goaledit_out *out, struct diags *d)
{
	int r = rule_find(rule), rc = -1;
	struct src s;

	memset(out, 0, sizeof *out);
	if (r < 0 || r == RULE_FIXED || i >= g->ngoals) {
		refuse(d, 0, 0, "rule '%.40s' cannot be turned off for a goal", rule);
		return -1;
	}
	if ((g->goals[i].disabled & (1u << r)) != 0) {
		refuse(d, 0, 0, "rule %s is already off for this goal", rule);
		return -1;
	}
	if (text_utf8_invalid(buf, len) != len)
		return fail(d, NULL, "the file is not UTF-8; goals are edited in UTF-8 "
		    "files only");
	src_init(&s, buf, len);
	/* A line with a goalcheck comment first, then the goal's lines in order. */
	for (int pass = 0; pass < 2 && rc < 0; pass++)
		for (int ln = g->goals[i].node->line; ln <= g->goals[i].node->end_line &&
		    ln <= (int)s.nlines && rc < 0; ln++) {
			size_t from = s.line[ln - 1], end = text_end(&s, ln);
			int has = text_find(s.buf + from, end - from, "goalcheck:", 10) != NULL;

			if (has == (pass == 0))
				rc = disable_on_line(&s, g, i, r, ln, out);
		}
	src_free(&s);
	if (rc < 0)
		refuse(d, g->goals[i].node->line, g->goals[i].node->col, "no line of this goal "
		    "takes a comment safely; add '# goalcheck: disable=%s' by hand", rule);
	return rc;
}

/* ---- Putting one text in another's place ------------------------------------------------- */

/* The scalar of the tree at root that starts at line:col, or NULL, found within CHECK_BUDGET
 * nodes (an alias can make a small file a huge tree).  An explicit stack, as in same_tree: a
 * tree may be nested deeper than the C stack allows. */
static const struct ynode *
scalar_at(const struct ynode *root, int line, int col)
{
	const struct ynode **stack = xmalloc(64 * sizeof *stack), *found = NULL;
	size_t n = 0, cap = 64, budget = CHECK_BUDGET;

	if (root != NULL)
		stack[n++] = root;
	while (n > 0 && found == NULL && budget-- > 0) {
		const struct ynode *x = stack[--n];

		if (x->kind == YNODE_SCALAR) {
			if (x->line == line && x->col == col)
				found = x;
			continue;
		}
		if (n + x->n > cap) {
			cap = 2 * (n + x->n);
			stack = xrealloc(stack, cap * sizeof *stack);
		}
		for (size_t i = 0; i < x->n; i++)
			stack[n++] = x->items[i];
	}
	free(stack);
	return found;
}

int
goaledit_retext(const char *buf, size_t len, const struct goals *g, int line, int col,
    const char *text, struct goaledit_out *out, struct diags *d)
{
	const struct ynode *n = g->doc.root ? scalar_at(g->doc.root, line, col) : NULL;
	struct arena a = { 0 };
	const char *v;
	struct goals now;
	struct src s;
	size_t from, to, vlen, budget = CHECK_BUDGET;
	int ok;

	memset(out, 0, sizeof *out);
	if (n == NULL || n->end_line != n->line)
		return fail(d, n, "no text on one line starts there");
	if (text_utf8_invalid(buf, len) != len)
		return fail(d, NULL, "the file is not UTF-8; goals are edited in UTF-8 "
		    "files only");
	src_init(&s, buf, len);
	from = offset(&s, n->line, n->col);
	to = offset(&s, n->end_line, n->end_col);
	v = goaledit_scalar(&a, text, strlen(text), 1);
	vlen = strlen(v);
	out->len = len - (to - from) + vlen;
	out->data = xmalloc(out->len + 1);
	memcpy(out->data, buf, from);
	memcpy(out->data + from, v, vlen);
	memcpy(out->data + from + vlen, buf + to, len - to);
	out->data[out->len] = '\0';
	arena_free(&a);
	src_free(&s);
	/* Read back, the file must be the same tree but for this one text. */
	ok = reload(g, out, &now) == 0;
	if (ok) {
		const struct ynode *m = scalar_at(now.doc.root, line, col);

		ok = m != NULL && m->len == strlen(text) && memcmp(m->value, text, m->len) == 0 &&
		    same_tree_but(g->doc.root, now.doc.root, 0, n, &budget);
	}
	goals_free(&now);
	if (!ok) {
		free(out->data);
		memset(out, 0, sizeof *out);
		return fail(d, n, "putting the text there would change what the file "
		    "says elsewhere; edit it by hand");
	}
	return 0;
}
