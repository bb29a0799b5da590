/* ytree.c: builds a node tree from libyaml's event stream, with an explicit stack. */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "alloc.h"
#include "ytree.h"

static struct ynode *
node_new(struct ydoc *doc, enum ynode_kind kind, const yaml_mark_t *start)
{
	struct ynode *n = arena_alloc(&doc->arena, sizeof *n, _Alignof(struct ynode));

	memset(n, 0, sizeof *n);
	n->kind = kind;
	n->line = (int)start->line + 1;
	n->col = (int)start->column + 1;
	return n;
}

/* The collections being built, innermost last, and the children gathered for them: a
 * collection's items are copied into the arena once, at its end, at their exact size. */
struct builder {
	struct ynode **open;   /* open collections */
	size_t *first;         /* where each one's children start in kids */
	size_t depth, opencap;
	struct ynode **kids;
	size_t nkids, kidcap;
};

static void
builder_push(struct builder *b, struct ynode *n)
{
	if (b->depth == b->opencap) {
		b->opencap = b->opencap ? 2 * b->opencap : 64;
		b->open = xrealloc(b->open, b->opencap * sizeof *b->open);
		b->first = xrealloc(b->first, b->opencap * sizeof *b->first);
	}
	b->open[b->depth] = n;
	b->first[b->depth++] = b->nkids;
}

static void
builder_add(struct builder *b, struct ynode *child)
{
	if (b->nkids == b->kidcap) {
		b->kidcap = b->kidcap ? 2 * b->kidcap : 256;
		b->kids = xrealloc(b->kids, b->kidcap * sizeof *b->kids);
	}
	b->kids[b->nkids++] = child;
}

static struct ynode *
builder_pop(struct ydoc *doc, struct builder *b)
{
	struct ynode *n = b->open[--b->depth];
	size_t first = b->first[b->depth];

	/* ydoc_load refuses inputs of 4 GB and more, so a count always fits. */
	n->n = (uint32_t)(b->nkids - first);
	n->items = arena_alloc(&doc->arena, (n->n ? n->n : 1) * sizeof *n->items,
	    _Alignof(struct ynode *));
	/* n->n > 0 means kids were added, so b->kids is not NULL; the analyzer, which lets
	 * arena_alloc change n->n, cannot tell.
	 * NOLINTBEGIN(clang-analyzer-core.NonNullParamChecker) */
	if (n->n > 0)
		memcpy(n->items, b->kids + first, n->n * sizeof *n->items);
	/* NOLINTEND(clang-analyzer-core.NonNullParamChecker) */
	b->nkids = first;
	return n;
}

/* Anchors by name, in an open-addressing table: a file may define many. */
struct anchor {
	char *name;
	struct ynode *node;
};

struct anchors {
	struct anchor *v;
	size_t n, cap;  /* cap is 0 or a power of two */
};

static size_t
hash(const char *s)
{
	size_t h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static void
anchors_put(struct anchors *a, const char *name, struct ynode *node)
{
	size_t i;

	if (2 * (a->n + 1) > a->cap) {
		struct anchors grown = { NULL, 0, a->cap ? 2 * a->cap : 64 };

		grown.v = xmalloc(grown.cap * sizeof *grown.v);
		memset(grown.v, 0, grown.cap * sizeof *grown.v);
		for (i = 0; i < a->cap; i++)
			if (a->v[i].name != NULL) {
				size_t j = hash(a->v[i].name) & (grown.cap - 1);

				while (grown.v[j].name != NULL)
					j = (j + 1) & (grown.cap - 1);
				grown.v[j] = a->v[i];
				grown.n++;
			}
		free(a->v);
		*a = grown;
	}
	i = hash(name) & (a->cap - 1);
	while (a->v[i].name != NULL && strcmp(a->v[i].name, name) != 0)
		i = (i + 1) & (a->cap - 1);
	if (a->v[i].name == NULL) {
		a->v[i].name = xstrndup(name, strlen(name));
		a->n++;
	}
	/* YAML lets a later anchor of the same name replace the earlier one. */
	a->v[i].node = node;
}

static struct ynode *
anchors_get(const struct anchors *a, const char *name)
{
	size_t i;

	if (a->cap == 0)
		return NULL;
	for (i = hash(name) & (a->cap - 1); a->v[i].name != NULL; i = (i + 1) & (a->cap - 1))
		if (strcmp(a->v[i].name, name) == 0)
			return a->v[i].node;
	return NULL;
}

static void
anchors_free(struct anchors *a)
{
	for (size_t i = 0; i < a->cap; i++)
		free(a->v[i].name);
	free(a->v);
}

static void set_error(struct ydoc *, int, int, const char *, ...)
    __attribute__((format(printf, 4, 5)));

static void
set_error(struct ydoc *doc, int line, int col, const char *fmt, ...)
{
	va_list ap;

	doc->error = 1;
	doc->error_line = line;
	doc->error_col = col;
	va_start(ap, fmt);
	vsnprintf(doc->error_msg, sizeof doc->error_msg, fmt, ap);
	va_end(ap);
}

/* libyaml's words for the mistakes people make most when they write YAML by hand, and what
 * to do about each.  libyaml's own words follow in parentheses, for searching. */
static const struct {
	const char *problem;
	const char *advice;
} advice[] = {
	{ "mapping values are not allowed in this context",
	    "a colon and a space inside a value: put the whole value in quotes, "
	    "e.g. goal: \"Call mum: twice a week\"" },
	{ "found character that cannot start any token",
	    "a value cannot start with this character: put the whole value in quotes" },
	{ "did not find expected key",
	    "unexpected text here: check this line's indentation, and that a quoted value ends "
	    "where its closing quote is" },
	{ "did not find expected ',' or ']'",
	    "a list opened with '[' is not closed with ']' (or lacks a comma)" },
	{ "did not find expected ',' or '}'",
	    "a mapping opened with '{' is not closed with '}' (or lacks a comma)" },
	{ "did not find expected '-' indicator",
	    "a list item is not lined up with the ones above it: indent every '- ' alike" },
};

/* Sets a friendlier error for a syntax problem libyaml words for programmers; 1 if it did. */
static int
friendly(struct ydoc *doc, const yaml_parser_t *p)
{
	if (p->problem == NULL)
		return 0;
	for (size_t i = 0; i < sizeof advice / sizeof advice[0]; i++)
		if (strcmp(p->problem, advice[i].problem) == 0) {
			set_error(doc, (int)p->problem_mark.line + 1, (int)p->problem_mark.column + 1,
			    "%s (%s)", advice[i].advice, p->problem);
			return 1;
		}
	return 0;
}

/* libyaml's marks are 0-based; its reader errors carry only a byte offset. */
static void
parser_error(struct ydoc *doc, const yaml_parser_t *p, const char *buf, size_t len)
{
	if (p->error == YAML_READER_ERROR) {
		size_t off = p->problem_offset < len ? p->problem_offset : len, i = 0;
		int line = 1, col = 1;

		/* libyaml's marks do not count a UTF-8 BOM as a column; neither do we. */
		if (off >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
			i = 3;
		for (; i < off; i++) {
			if (buf[i] == '\n') {
				line++;
				col = 1;
			} else if (((unsigned char)buf[i] & 0xC0) != 0x80) {
				col++;
			}
		}
		set_error(doc, line, col, "%s", p->problem ? p->problem : "unreadable text");
		return;
	}
	if (p->error == YAML_MEMORY_ERROR) {
		set_error(doc, 1, 1, "out of memory");
		return;
	}
	/* libyaml reports an unclosed quote where the file ends; the person needs the quote. */
	if (p->context != NULL && strstr(p->context, "quoted scalar") != NULL &&
	    p->problem != NULL && strstr(p->problem, "end of stream") != NULL) {
		set_error(doc, (int)p->context_mark.line + 1, (int)p->context_mark.column + 1,
		    "this quote is never closed: add the closing quote mark");
		return;
	}
	if (friendly(doc, p))
		return;
	if (p->context != NULL)
		set_error(doc, (int)p->problem_mark.line + 1, (int)p->problem_mark.column + 1,
		    "%s (%s)", p->problem ? p->problem : "syntax error", p->context);
	else
		set_error(doc, (int)p->problem_mark.line + 1, (int)p->problem_mark.column + 1,
		    "%s", p->problem ? p->problem : "syntax error");
}

/* No file a person writes nests lists and mappings this deep; libyaml's time grows with the
 * square of the depth of '[' and '{' (200 KB of '[' took 33 s), so deeper is refused. */
#define YDOC_MAX_DEPTH 256

int
ydoc_load(struct ydoc *doc, const char *buf, size_t len)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	struct anchors anchors = { NULL, 0, 0 };
	struct builder b = { 0 };
	int done = 0, rc = 0;

	memset(doc, 0, sizeof *doc);
	/* Lengths and counts are kept in 32 bits, which no goals file comes near. */
	if (len >= UINT32_MAX) {
		set_error(doc, 1, 1, "the file is larger than 4 GB");
		return -1;
	}
	if (!yaml_parser_initialize(&parser)) {
		set_error(doc, 1, 1, "out of memory");
		return -1;
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	while (!done) {
		struct ynode *node = NULL;

		if (!yaml_parser_parse(&parser, &ev)) {
			parser_error(doc, &parser, buf, len);
			rc = -1;
			break;
		}
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++doc->ndocs == 2)
				doc->second_doc_line = (int)ev.start_mark.line + 1;
			break;
		case YAML_SCALAR_EVENT:
			node = node_new(doc, YNODE_SCALAR, &ev.start_mark);
			node->value = arena_alloc(&doc->arena, ev.data.scalar.length + 1, 1);
			memcpy(node->value, ev.data.scalar.value, ev.data.scalar.length);
			node->value[ev.data.scalar.length] = '\0';
			node->len = (uint32_t)ev.data.scalar.length;
			node->quoted = ev.data.scalar.style != YAML_PLAIN_SCALAR_STYLE;
			if (ev.data.scalar.anchor != NULL)
				anchors_put(&anchors, (const char *)ev.data.scalar.anchor, node);
			break;
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			if (b.depth >= YDOC_MAX_DEPTH) {
				set_error(doc, (int)ev.start_mark.line + 1,
				    (int)ev.start_mark.column + 1, "lists and mappings are nested "
				    "more than %d deep here", YDOC_MAX_DEPTH);
				rc = -1;
				done = 1;
				break;
			}
			node = node_new(doc, ev.type == YAML_SEQUENCE_START_EVENT ? YNODE_SEQ : YNODE_MAP,
			    &ev.start_mark);
			if (ev.type == YAML_SEQUENCE_START_EVENT && ev.data.sequence_start.anchor)
				anchors_put(&anchors, (const char *)ev.data.sequence_start.anchor, node);
			if (ev.type == YAML_MAPPING_START_EVENT && ev.data.mapping_start.anchor)
				anchors_put(&anchors, (const char *)ev.data.mapping_start.anchor, node);
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			if (b.depth > 0) {
				struct ynode *closed = builder_pop(doc, &b);

				closed->end_line = (int)ev.end_mark.line + 1;
				closed->end_col = (int)ev.end_mark.column + 1;
			}
			break;
		case YAML_ALIAS_EVENT:
			node = anchors_get(&anchors, (const char *)ev.data.alias.anchor);
			if (node == NULL) {
				set_error(doc, (int)ev.start_mark.line + 1, (int)ev.start_mark.column + 1,
				    "alias *%s names no anchor defined before it",
				    (const char *)ev.data.alias.anchor);
				rc = -1;
				done = 1;
			}
			break;
		default:
			break;
		}
		if (node != NULL && ev.type != YAML_ALIAS_EVENT) {
			node->end_line = (int)ev.end_mark.line + 1;
			node->end_col = (int)ev.end_mark.column + 1;
		}
		/* Only the first document's nodes join the tree; later documents are parsed
		 * so that their syntax errors are still found. */
		if (node != NULL && doc->ndocs == 1) {
			if (b.depth > 0)
				builder_add(&b, node);
			else if (doc->root == NULL)
				doc->root = node;
		}
		if (node != NULL && ev.type != YAML_ALIAS_EVENT &&
		    (node->kind == YNODE_SEQ || node->kind == YNODE_MAP))
			builder_push(&b, node);
		yaml_event_delete(&ev);
	}
	free(b.open);
	free(b.first);
	free(b.kids);
	anchors_free(&anchors);
	yaml_parser_delete(&parser);
	return rc;
}

void
ydoc_free(struct ydoc *doc)
{
	arena_free(&doc->arena);
	doc->root = NULL;
}

const struct ynode *
ynode_get(const struct ynode *map, const char *key, const struct ynode **keynode)
{
	if (map == NULL || map->kind != YNODE_MAP)
		return NULL;
	for (size_t i = 0; i + 1 < map->n; i += 2) {
		if (ynode_is(map->items[i], key)) {
			if (keynode != NULL)
				*keynode = map->items[i];
			return map->items[i + 1];
		}
	}
	return NULL;
}

int
ynode_is(const struct ynode *n, const char *s)
{
	return n != NULL && n->kind == YNODE_SCALAR && strlen(s) == n->len &&
	    memcmp(n->value, s, n->len) == 0;
}

int
ynode_is_null(const struct ynode *n)
{
	return n != NULL && n->kind == YNODE_SCALAR && !n->quoted &&
	    (n->len == 0 || strcmp(n->value, "~") == 0 || strcmp(n->value, "null") == 0 ||
	    strcmp(n->value, "Null") == 0 || strcmp(n->value, "NULL") == 0);
}

const char *
ynode_kind_name(const struct ynode *n)
{
	if (n == NULL)
		return "nothing";
	switch (n->kind) {
	case YNODE_SCALAR:
		return n->len == 0 && !n->quoted ? "an empty value" : "a text";
	case YNODE_SEQ:
		return "a list";
	default:
		return "a mapping";
	}
}
