/* check_ytree.c: pins the node tree, its positions and its errors, including hostile input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check_goalkit.h"
#include "ytree.h"

/* Loads a NUL-terminated text; the caller checks the result and calls ydoc_free. */
static int
load(struct ydoc *doc, const char *text)
{
	return ydoc_load(doc, text, strlen(text));
}

START_TEST(test_ytree_map_values_found_by_key)
{
	struct ydoc doc;
	const struct ynode *v, *k = NULL;

	ck_assert_int_eq(load(&doc, "id: sleep\ntitle: Sleep by eleven\ncount: 3\n"), 0);
	ck_assert_int_eq(doc.error, 0);
	ck_assert_int_eq(doc.ndocs, 1);
	ck_assert_ptr_nonnull(doc.root);
	ck_assert_int_eq(doc.root->kind, YNODE_MAP);
	ck_assert_uint_eq(doc.root->n, 6);
	v = ynode_get(doc.root, "title", &k);
	ck_assert_ptr_nonnull(v);
	ck_assert_str_eq(v->value, "Sleep by eleven");
	ck_assert_uint_eq(v->len, 15);
	ck_assert_ptr_nonnull(k);
	ck_assert(ynode_is(k, "title"));
	ck_assert_int_eq(k->line, 2);
	ck_assert_int_eq(k->col, 1);
	ck_assert(ynode_is(ynode_get(doc.root, "id", NULL), "sleep"));
	ck_assert(ynode_is(ynode_get(doc.root, "count", NULL), "3"));
	ydoc_free(&doc);
	ck_assert_ptr_null(doc.root);
	ck_assert_ptr_null(doc.arena.blocks);
}
END_TEST

START_TEST(test_ytree_get_misses_return_null)
{
	struct ydoc doc;
	const struct ynode *k = (const struct ynode *)&doc;

	ck_assert_int_eq(load(&doc, "a: 1\nlist: [a, b]\n"), 0);
	ck_assert_ptr_null(ynode_get(doc.root, "b", &k));
	ck_assert_ptr_eq(k, (const struct ynode *)&doc);
	ck_assert_ptr_null(ynode_get(doc.root, "A", NULL));
	ck_assert_ptr_null(ynode_get(doc.root, "", NULL));
	ck_assert_ptr_null(ynode_get(NULL, "a", NULL));
	/* Not a map: a list holding the key as an item is no match. */
	ck_assert_ptr_null(ynode_get(ynode_get(doc.root, "list", NULL), "a", NULL));
	ck_assert_ptr_null(ynode_get(ynode_get(doc.root, "a", NULL), "a", NULL));
	ydoc_free(&doc);
}
END_TEST

START_TEST(test_ytree_get_returns_first_of_duplicate_keys)
{
	struct ydoc doc;

	ck_assert_int_eq(load(&doc, "k: first\nk: second\n"), 0);
	ck_assert(ynode_is(ynode_get(doc.root, "k", NULL), "first"));
	ydoc_free(&doc);
}
END_TEST

/* Positions are 1-based and columns count code points, so a key after a multi-byte
 * character is placed where a person sees it. */
START_TEST(test_ytree_positions_are_one_based_code_points)
{
	struct ydoc doc;
	const struct ynode *m, *k, *v;

	ck_assert_int_eq(load(&doc,
	    "title: x\n"
	    "inner:\n"
	    "  \xC3\xA9t\xC3\xA9: summer\n"
	    "  {\xE2\x82\xAC: 1, \xF0\x9F\x98\x80: y}: z\n"
	    "flow: {\xC3\xA9: a, b: c}\n"), 0);
	ck_assert_int_eq(doc.root->line, 1);
	ck_assert_int_eq(doc.root->col, 1);
	m = ynode_get(doc.root, "inner", &k);
	ck_assert_int_eq(k->line, 2);
	ck_assert_int_eq(k->col, 1);
	ck_assert_int_eq(m->kind, YNODE_MAP);
	ck_assert_int_eq(m->line, 3);
	ck_assert_int_eq(m->col, 3);
	v = ynode_get(m, "\xC3\xA9t\xC3\xA9", &k);
	ck_assert_int_eq(k->line, 3);
	ck_assert_int_eq(k->col, 3);
	ck_assert_int_eq(v->line, 3);
	ck_assert_int_eq(v->col, 8);   /* bytes say 10 */
	ck_assert_int_eq(v->end_line, 3);
	ck_assert_int_eq(v->end_col, 14);
	m = ynode_get(doc.root, "flow", NULL);
	ck_assert_int_eq(m->line, 5);
	ck_assert_int_eq(m->col, 7);
	ck_assert_int_eq(m->end_col, 19);
	v = ynode_get(m, "b", &k);
	ck_assert_int_eq(k->col, 14);  /* bytes say 15 */
	ck_assert_int_eq(v->col, 17);
	ydoc_free(&doc);
}
END_TEST

START_TEST(test_ytree_complex_key_keeps_multibyte_columns)
{
	struct ydoc doc;
	const struct ynode *inner, *key;

	ck_assert_int_eq(load(&doc, "- {\xE2\x82\xAC\xE2\x82\xAC: 1, \xF0\x9F\x98\x80: y}\n"), 0);
	ck_assert_int_eq(doc.root->kind, YNODE_SEQ);
	inner = doc.root->items[0];
	ck_assert_int_eq(inner->kind, YNODE_MAP);
	ck_assert_uint_eq(inner->n, 4);
	key = inner->items[2];
	ck_assert(ynode_is(key, "\xF0\x9F\x98\x80"));
	ck_assert_int_eq(key->col, 11);
	ck_assert_int_eq(inner->items[3]->col, 14);
	ydoc_free(&doc);
}
END_TEST

static const struct {
	const char *text;
	int quoted;
	const char *value;
	const char *kind_name;
} scalar_cases[] = {
	{ "v: plain\n", 0, "plain", "a text" },
	{ "v: 'single'\n", 1, "single", "a text" },
	{ "v: \"double\"\n", 1, "double", "a text" },
	{ "v: \"12\"\n", 1, "12", "a text" },
	{ "v: 12\n", 0, "12", "a text" },
	{ "v: |\n  block\n", 1, "block\n", "a text" },
	{ "v: >\n  folded\n  text\n", 1, "folded text\n", "a text" },
	{ "v:\n", 0, "", "an empty value" },
	{ "v: ''\n", 1, "", "a text" },
	{ "v: 'it''s'\n", 1, "it's", "a text" },
	{ "v: \"tab\\there\"\n", 1, "tab\there", "a text" },
};

START_TEST(test_ytree_scalar_quoted_flag_and_value)
{
	struct ydoc doc;
	const struct ynode *v;

	ck_assert_int_eq(load(&doc, scalar_cases[_i].text), 0);
	v = ynode_get(doc.root, "v", NULL);
	ck_assert_ptr_nonnull(v);
	ck_assert_int_eq(v->kind, YNODE_SCALAR);
	ck_assert_int_eq(v->quoted, scalar_cases[_i].quoted);
	ck_assert_str_eq(v->value, scalar_cases[_i].value);
	ck_assert_uint_eq(v->len, strlen(scalar_cases[_i].value));
	ck_assert_str_eq(ynode_kind_name(v), scalar_cases[_i].kind_name);
	ydoc_free(&doc);
}
END_TEST

/* A NUL from an escape is kept in the value, counted by len, and stops ynode_is. */
START_TEST(test_ytree_scalar_keeps_escaped_nul)
{
	struct ydoc doc;
	const struct ynode *v;

	ck_assert_int_eq(load(&doc, "v: \"a\\0b\"\n"), 0);
	v = ynode_get(doc.root, "v", NULL);
	ck_assert_uint_eq(v->len, 3);
	ck_assert_int_eq(memcmp(v->value, "a\0b", 4), 0);
	ck_assert(!ynode_is(v, "a"));
	ck_assert(!ynode_is(v, "ab"));
	ydoc_free(&doc);
}
END_TEST

START_TEST(test_ytree_block_end_line_is_past_last_line)
{
	struct ydoc doc;
	const struct ynode *g;

	ck_assert_int_eq(load(&doc,
	    "goals:\n"
	    "  - id: a\n"
	    "    title: first\n"
	    "  - id: b\n"
	    "    title: second\n"
	    "other: 1\n"), 0);
	g = ynode_get(doc.root, "goals", NULL);
	ck_assert_int_eq(g->kind, YNODE_SEQ);
	ck_assert_uint_eq(g->n, 2);
	ck_assert_int_eq(g->line, 2);
	ck_assert_int_eq(g->col, 3);
	ck_assert_int_eq(g->items[0]->line, 2);
	ck_assert_int_eq(g->items[0]->col, 5);
	ck_assert_int_eq(g->items[1]->line, 4);
	ck_assert(ynode_is(ynode_get(g->items[1], "title", NULL), "second"));
	/* A block ends where the next token begins. */
	ck_assert_int_eq(g->items[0]->end_line, 4);
	ck_assert_int_eq(g->end_line, 6);
	ck_assert_int_ge(doc.root->end_line, 6);
	ydoc_free(&doc);
}
END_TEST

START_TEST(test_ytree_sequences_keep_item_order)
{
	struct ydoc doc;
	const struct ynode *s;

	ck_assert_int_eq(load(&doc, "- one\n- [two, three]\n- {k: v}\n-\n- 'five'\n"), 0);
	s = doc.root;
	ck_assert_int_eq(s->kind, YNODE_SEQ);
	ck_assert_uint_eq(s->n, 5);
	ck_assert(ynode_is(s->items[0], "one"));
	ck_assert_int_eq(s->items[1]->kind, YNODE_SEQ);
	ck_assert_uint_eq(s->items[1]->n, 2);
	ck_assert(ynode_is(s->items[1]->items[1], "three"));
	ck_assert_int_eq(s->items[1]->line, 2);
	ck_assert_int_eq(s->items[1]->col, 3);
	ck_assert_int_eq(s->items[1]->end_line, 2);
	ck_assert_int_eq(s->items[1]->end_col, 15);
	ck_assert_int_eq(s->items[2]->kind, YNODE_MAP);
	ck_assert(ynode_is(ynode_get(s->items[2], "k", NULL), "v"));
	ck_assert(ynode_is(s->items[3], ""));
	ck_assert_int_eq(s->items[4]->quoted, 1);
	ck_assert_str_eq(ynode_kind_name(s), "a list");
	ck_assert_str_eq(ynode_kind_name(s->items[2]), "a mapping");
	ydoc_free(&doc);
}
END_TEST

/* Many nodes cross several allocation chunks, and every one keeps its value. */
START_TEST(test_ytree_large_sequence_keeps_every_node)
{
	enum { N = 3000 };
	struct ydoc doc;
	char *text = malloc(N * 16), num[16];
	size_t len = 0;

	ck_assert_ptr_nonnull(text);
	for (int i = 0; i < N; i++)
		len += (size_t)snprintf(text + len, 16, "- v%d\n", i);
	ck_assert_int_eq(ydoc_load(&doc, text, len), 0);
	ck_assert_uint_eq(doc.root->n, N);
	for (int i = 0; i < N; i++) {
		snprintf(num, sizeof num, "v%d", i);
		if (!ynode_is(doc.root->items[i], num) || doc.root->items[i]->line != i + 1)
			ck_abort_msg("item %d is \"%s\" on line %d", i, doc.root->items[i]->value,
			    doc.root->items[i]->line);
	}
	ydoc_free(&doc);
	free(text);
}
END_TEST

START_TEST(test_ytree_alias_points_at_anchored_node)
{
	struct ydoc doc;
	const struct ynode *base, *copy, *s;

	ck_assert_int_eq(load(&doc,
	    "base: &b {x: 1}\n"
	    "copy: *b\n"
	    "s: &s hi\n"
	    "list: [*s, *s, *b]\n"), 0);
	base = ynode_get(doc.root, "base", NULL);
	copy = ynode_get(doc.root, "copy", NULL);
	s = ynode_get(doc.root, "s", NULL);
	ck_assert_ptr_eq(base, copy);
	ck_assert_ptr_eq(ynode_get(doc.root, "list", NULL)->items[0], s);
	ck_assert_ptr_eq(ynode_get(doc.root, "list", NULL)->items[1], s);
	ck_assert_ptr_eq(ynode_get(doc.root, "list", NULL)->items[2], base);
	ydoc_free(&doc);
}
END_TEST

/* YAML lets an anchor be defined again; an alias means the latest definition before it. */
START_TEST(test_ytree_alias_uses_latest_anchor_of_a_name)
{
	struct ydoc doc;

	ck_assert_int_eq(load(&doc, "a: &x one\nb: *x\nc: &x two\nd: *x\n"), 0);
	ck_assert(ynode_is(ynode_get(doc.root, "b", NULL), "one"));
	ck_assert(ynode_is(ynode_get(doc.root, "d", NULL), "two"));
	ydoc_free(&doc);
}
END_TEST

/* Many distinct anchors grow the anchor table past several rehashes. */
START_TEST(test_ytree_many_anchors_all_resolve)
{
	enum { N = 500 };
	struct ydoc doc;
	char *text = malloc(N * 40);
	size_t len = 0;

	ck_assert_ptr_nonnull(text);
	for (int i = 0; i < N; i++)
		len += (size_t)snprintf(text + len, 40, "k%d: &a%d v%d\n", i, i, i);
	for (int i = 0; i < N; i++)
		len += (size_t)snprintf(text + len, 40, "r%d: *a%d\n", i, i);
	ck_assert_int_eq(ydoc_load(&doc, text, len), 0);
	ck_assert_uint_eq(doc.root->n, 4 * N);
	for (int i = 0; i < N; i++) {
		char k[16], r[16];

		snprintf(k, sizeof k, "k%d", i);
		snprintf(r, sizeof r, "r%d", i);
		if (ynode_get(doc.root, r, NULL) != ynode_get(doc.root, k, NULL))
			ck_abort_msg("*a%d is not the node anchored as &a%d", i, i);
	}
	ydoc_free(&doc);
	free(text);
}
END_TEST

/* Nine levels of nine aliases: 9^9 (387 million) leaves if expanded.  The tree must hold one
 * pointer per alias instead, so this is fast and each level's items are one shared node. */
START_TEST(test_ytree_alias_bomb_loads_quickly_without_copies)
{
	char text[2048];
	size_t len = 0;
	struct ydoc doc;
	clock_t t0;
	const struct ynode *prev = NULL;

	len += (size_t)snprintf(text + len, sizeof text - len, "l0: &l0 [lol]\n");
	for (int i = 1; i <= 9; i++) {
		len += (size_t)snprintf(text + len, sizeof text - len, "l%d: &l%d [", i, i);
		for (int j = 0; j < 9; j++)
			len += (size_t)snprintf(text + len, sizeof text - len, "%s*l%d",
			    j ? ", " : "", i - 1);
		len += (size_t)snprintf(text + len, sizeof text - len, "]\n");
	}
	ck_assert_uint_lt(len, sizeof text);
	t0 = clock();
	ck_assert_int_eq(ydoc_load(&doc, text, len), 0);
	ck_assert_msg((double)(clock() - t0) / CLOCKS_PER_SEC < 1.0, "alias bomb took too long");
	ck_assert_uint_eq(doc.root->n, 20);
	for (int i = 0; i <= 9; i++) {
		char key[8];
		const struct ynode *l;

		snprintf(key, sizeof key, "l%d", i);
		l = ynode_get(doc.root, key, NULL);
		ck_assert_ptr_nonnull(l);
		ck_assert_int_eq(l->kind, YNODE_SEQ);
		if (i == 0) {
			ck_assert_uint_eq(l->n, 1);
		} else {
			ck_assert_uint_eq(l->n, 9);
			for (size_t j = 0; j < 9; j++)
				ck_assert_ptr_eq(l->items[j], prev);
		}
		prev = l;
	}
	ydoc_free(&doc);
}
END_TEST

START_TEST(test_ytree_undefined_alias_is_an_error_at_its_position)
{
	struct ydoc doc;

	ck_assert_int_eq(load(&doc, "a: 1\nb: [x, *nope]\n"), -1);
	ck_assert_int_eq(doc.error, 1);
	ck_assert_int_eq(doc.error_line, 2);
	ck_assert_int_eq(doc.error_col, 8);
	ck_assert_ptr_nonnull(strstr(doc.error_msg, "nope"));
	ydoc_free(&doc);
}
END_TEST

/* An alias may not refer forward to an anchor defined after it. */
START_TEST(test_ytree_alias_before_its_anchor_is_an_error)
{
	struct ydoc doc;

	ck_assert_int_eq(load(&doc, "a: *later\nb: &later 1\n"), -1);
	ck_assert_int_eq(doc.error, 1);
	ck_assert_int_eq(doc.error_line, 1);
	ck_assert_int_eq(doc.error_col, 4);
	ydoc_free(&doc);
}
END_TEST

/* Nesting of "[" deeper than 256 is refused where the 257th opens (libyaml's time grows
 * with the square of the depth: 200,000 took 33 s); 256 loads whole, and so does a sequence
 * of 256 nested block mappings.  Neither loading nor freeing recurses on the C stack. */
START_TEST(test_ytree_deep_nesting_is_refused_past_256)
{
	static const int depths[] = { 256, 257, 10000 };
	struct ydoc doc;

	for (size_t t = 0; t < sizeof depths / sizeof depths[0]; t++) {
		int depth = depths[t], got = 0;
		char *text = malloc(2 * (size_t)depth + 2);
		const struct ynode *n;

		ck_assert_ptr_nonnull(text);
		memset(text, '[', (size_t)depth);
		memset(text + depth, ']', (size_t)depth);
		text[2 * depth] = '\n';
		if (depth > 256) {
			ck_assert_int_eq(ydoc_load(&doc, text, 2 * (size_t)depth + 1), -1);
			ck_assert_int_eq(doc.error_line, 1);
			ck_assert_int_eq(doc.error_col, 257);
			ck_assert_ptr_nonnull(strstr(doc.error_msg, "more than 256 deep"));
		} else {
			ck_assert_int_eq(ydoc_load(&doc, text, 2 * (size_t)depth + 1), 0);
			for (n = doc.root; n->kind == YNODE_SEQ && n->n == 1; n = n->items[0])
				got++;
			ck_assert_int_eq(got, depth - 1);
			ck_assert_uint_eq(n->n, 0);
		}
		ydoc_free(&doc);
		free(text);
	}
}
END_TEST

START_TEST(test_ytree_deep_block_nesting_loads_to_256)
{
	char text[256 * 260];
	size_t len = 0;
	struct ydoc doc;
	const struct ynode *n;
	int got = 0;

	/* 256 mappings, each a key whose value is the next, indented a space more. */
	for (int d = 0; d < 256; d++)
		len += (size_t)snprintf(text + len, sizeof text - len, "%*sk:%s", d, "",
		    d == 255 ? " v\n" : "\n");
	ck_assert_int_eq(ydoc_load(&doc, text, len), 0);
	for (n = doc.root; n->kind == YNODE_MAP; n = ynode_get(n, "k", NULL))
		got++;
	ck_assert_int_eq(got, 256);
	ck_assert_str_eq(n->value, "v");
	ydoc_free(&doc);
}
END_TEST

static const struct {
	const char *text;
	int line, col;  /* 0: any 1-based value */
} syntax_cases[] = {
	{ "a: 'unclosed\n", 0, 0 },
	{ "a: \"unclosed\nb: 2\n", 0, 0 },
	{ "a:\n\tb: 1\n", 2, 1 },
	{ "a: b: c\n", 1, 5 },
	{ "\xEF\xBB\xBF" "a: b: c\n", 1, 5 },  /* the BOM is not a column */
	{ "a: [1, 2\n", 0, 0 },
	{ "a: {x: 1\n", 0, 0 },
	{ "- a\nb: 1\n", 2, 1 },
	{ "a: 1\n b: 2\n", 2, 3 },
	{ "key: value\n@bad\n", 2, 1 },
	{ "a: &\n", 0, 0 },
	{ "a: *\n", 0, 0 },
	{ "]\n", 1, 1 },
};

START_TEST(test_ytree_syntax_error_has_position_and_message)
{
	struct ydoc doc;

	ck_assert_int_eq(load(&doc, syntax_cases[_i].text), -1);
	ck_assert_int_eq(doc.error, 1);
	ck_assert_int_ge(doc.error_line, 1);
	ck_assert_int_ge(doc.error_col, 1);
	if (syntax_cases[_i].line != 0)
		ck_assert_msg(doc.error_line == syntax_cases[_i].line &&
		    doc.error_col == syntax_cases[_i].col, "case %d: %d:%d %s, want %d:%d", _i,
		    doc.error_line, doc.error_col, doc.error_msg, syntax_cases[_i].line,
		    syntax_cases[_i].col);
	ck_assert_str_ne(doc.error_msg, "");
	ydoc_free(&doc);
}
END_TEST

static const struct {
	const char *text;
	size_t len;
	int line, col;
} reader_cases[] = {
	{ "a: \xFF\n", 5, 1, 4 },
	{ "a: 1\nb: \xC3\xA9\xC0\x80\n", 13, 2, 5 },
	{ "a: 1\r\nbb: \xE2\x82\xAC\xED\xA0\x80\n", 17, 2, 6 },
	{ "x: \xF4\x90\x80\x80\n", 8, 1, 4 },
	{ "\xEF\xBB\xBF" "a: \xFF\n", 8, 1, 4 },  /* the BOM is not a column */
};

/* libyaml reports unreadable text by byte offset only; the position is computed from it. */
START_TEST(test_ytree_invalid_utf8_error_has_line_and_column)
{
	struct ydoc doc;

	ck_assert_int_eq(ydoc_load(&doc, reader_cases[_i].text, reader_cases[_i].len), -1);
	ck_assert_int_eq(doc.error, 1);
	ck_assert_msg(doc.error_line == reader_cases[_i].line &&
	    doc.error_col == reader_cases[_i].col, "case %d: %d:%d %s, want %d:%d", _i,
	    doc.error_line, doc.error_col, doc.error_msg, reader_cases[_i].line,
	    reader_cases[_i].col);
	ck_assert_str_ne(doc.error_msg, "");
	ydoc_free(&doc);
}
END_TEST

static const char *const empty_cases[] = {
	"",
	"\n\n\n",
	"# only a comment\n",
	"# one\n\n   # two, indented\n# three",
	"   \n",
};

START_TEST(test_ytree_empty_or_comments_only_gives_no_root)
{
	struct ydoc doc;

	ck_assert_int_eq(load(&doc, empty_cases[_i]), 0);
	ck_assert_int_eq(doc.error, 0);
	ck_assert_ptr_null(doc.root);
	ck_assert_int_eq(doc.ndocs, 0);
	ydoc_free(&doc);
}
END_TEST

START_TEST(test_ytree_explicit_empty_document_gives_empty_scalar)
{
	struct ydoc doc;

	ck_assert_int_eq(load(&doc, "---\n...\n"), 0);
	ck_assert_int_eq(doc.ndocs, 1);
	ck_assert_ptr_nonnull(doc.root);
	ck_assert(ynode_is(doc.root, ""));
	ck_assert_str_eq(ynode_kind_name(doc.root), "an empty value");
	ydoc_free(&doc);
}
END_TEST

START_TEST(test_ytree_second_document_counted_not_kept)
{
	struct ydoc doc;

	ck_assert_int_eq(load(&doc, "a: 1\nb: 2\n---\nc: 3\n--- [x]\n"), 0);
	ck_assert_int_eq(doc.ndocs, 3);
	ck_assert_int_eq(doc.second_doc_line, 3);
	ck_assert_int_eq(doc.root->kind, YNODE_MAP);
	ck_assert_uint_eq(doc.root->n, 4);
	ck_assert(ynode_is(ynode_get(doc.root, "b", NULL), "2"));
	ck_assert_ptr_null(ynode_get(doc.root, "c", NULL));
	ydoc_free(&doc);
}
END_TEST

START_TEST(test_ytree_two_documents_after_explicit_start)
{
	struct ydoc doc;

	ck_assert_int_eq(load(&doc, "---\nfirst: 1\n---\nsecond: 2\n"), 0);
	ck_assert_int_eq(doc.ndocs, 2);
	ck_assert_int_eq(doc.second_doc_line, 3);
	ck_assert(ynode_is(ynode_get(doc.root, "first", NULL), "1"));
	ck_assert_ptr_null(ynode_get(doc.root, "second", NULL));
	ck_assert_int_eq(doc.root->line, 2);
	ydoc_free(&doc);
}
END_TEST

/* A later document is still parsed, so its syntax errors are reported. */
START_TEST(test_ytree_syntax_error_in_second_document_is_found)
{
	struct ydoc doc;

	ck_assert_int_eq(load(&doc, "a: 1\n---\nb: [\n"), -1);
	ck_assert_int_eq(doc.error, 1);
	ck_assert_int_ge(doc.error_line, 3);
	ydoc_free(&doc);
}
END_TEST

START_TEST(test_ytree_bom_and_crlf_keep_line_numbers)
{
	struct ydoc doc;
	const struct ynode *k, *v;

	ck_assert_int_eq(load(&doc, "\xEF\xBB\xBFid: a\r\ntitle: b\r\n\r\nlist:\r\n  - x\r\n"), 0);
	ck_assert_int_eq(doc.root->line, 1);
	ck_assert_int_eq(doc.root->col, 1);
	v = ynode_get(doc.root, "id", &k);
	ck_assert(ynode_is(v, "a"));
	ck_assert_int_eq(k->line, 1);
	ck_assert_int_eq(k->col, 1);
	ck_assert_int_eq(v->col, 5);
	v = ynode_get(doc.root, "title", &k);
	ck_assert(ynode_is(v, "b"));  /* no stray \r in the value */
	ck_assert_int_eq(k->line, 2);
	ck_assert_int_eq(v->col, 8);
	v = ynode_get(doc.root, "list", &k);
	ck_assert_int_eq(k->line, 4);
	ck_assert_int_eq(v->kind, YNODE_SEQ);
	ck_assert(ynode_is(v->items[0], "x"));
	ck_assert_int_eq(v->items[0]->line, 5);
	ck_assert_int_eq(v->items[0]->col, 5);
	ydoc_free(&doc);
}
END_TEST

START_TEST(test_ytree_crlf_block_scalar_has_lf_lines)
{
	struct ydoc doc;

	ck_assert_int_eq(load(&doc, "v: |\r\n  one\r\n  two\r\n"), 0);
	ck_assert_str_eq(ynode_get(doc.root, "v", NULL)->value, "one\ntwo\n");
	ydoc_free(&doc);
}
END_TEST

/* Only len bytes are read: what follows in the buffer is not part of the text. */
START_TEST(test_ytree_load_reads_only_len_bytes)
{
	struct ydoc doc;
	const char *text = "a: 1\nb: [unclosed";

	ck_assert_int_eq(ydoc_load(&doc, text, 5), 0);
	ck_assert_uint_eq(doc.root->n, 2);
	ydoc_free(&doc);
}
END_TEST

START_TEST(test_ytree_free_twice_is_harmless)
{
	struct ydoc doc;

	ck_assert_int_eq(load(&doc, "a: [1, 2]\n"), 0);
	ydoc_free(&doc);
	ydoc_free(&doc);
	ck_assert_ptr_null(doc.root);
}
END_TEST

START_TEST(test_ynode_is_matches_only_equal_scalars)
{
	struct ydoc doc;
	const struct ynode *v;

	ck_assert_int_eq(load(&doc, "s: abc\nq: 'abc'\nl: [abc]\nm: {abc: 1}\n"), 0);
	v = ynode_get(doc.root, "s", NULL);
	ck_assert(ynode_is(v, "abc"));
	ck_assert(!ynode_is(v, "ab"));
	ck_assert(!ynode_is(v, "abcd"));
	ck_assert(!ynode_is(v, "ABC"));
	ck_assert(!ynode_is(v, ""));
	ck_assert(ynode_is(ynode_get(doc.root, "q", NULL), "abc"));
	ck_assert(!ynode_is(ynode_get(doc.root, "l", NULL), "abc"));
	ck_assert(!ynode_is(ynode_get(doc.root, "m", NULL), "abc"));
	ck_assert(!ynode_is(NULL, "abc"));
	ydoc_free(&doc);
}
END_TEST

START_TEST(test_ynode_kind_name_says_what_was_found)
{
	struct ydoc doc;

	ck_assert_str_eq(ynode_kind_name(NULL), "nothing");
	ck_assert_int_eq(load(&doc, "t: x\ne:\nq: \"\"\nl: []\nm: {}\n"), 0);
	ck_assert_str_eq(ynode_kind_name(ynode_get(doc.root, "t", NULL)), "a text");
	ck_assert_str_eq(ynode_kind_name(ynode_get(doc.root, "e", NULL)), "an empty value");
	ck_assert_str_eq(ynode_kind_name(ynode_get(doc.root, "q", NULL)), "a text");
	ck_assert_str_eq(ynode_kind_name(ynode_get(doc.root, "l", NULL)), "a list");
	ck_assert_str_eq(ynode_kind_name(ynode_get(doc.root, "m", NULL)), "a mapping");
	ck_assert_str_eq(ynode_kind_name(doc.root), "a mapping");
	ydoc_free(&doc);
}
END_TEST

#define NCASES(a) ((int)(sizeof(a) / sizeof((a)[0])))

Suite *
make_ytree_suite(void)
{
	Suite *s = suite_create("ytree");
	TCase *tc;

	tc = tcase_create("tree");
	tcase_add_test(tc, test_ytree_map_values_found_by_key);
	tcase_add_test(tc, test_ytree_get_misses_return_null);
	tcase_add_test(tc, test_ytree_get_returns_first_of_duplicate_keys);
	tcase_add_loop_test(tc, test_ytree_scalar_quoted_flag_and_value, 0, NCASES(scalar_cases));
	tcase_add_test(tc, test_ytree_scalar_keeps_escaped_nul);
	tcase_add_test(tc, test_ytree_sequences_keep_item_order);
	tcase_add_test(tc, test_ytree_large_sequence_keeps_every_node);
	tcase_add_test(tc, test_ytree_load_reads_only_len_bytes);
	tcase_add_test(tc, test_ytree_free_twice_is_harmless);
	tcase_add_test(tc, test_ynode_is_matches_only_equal_scalars);
	tcase_add_test(tc, test_ynode_kind_name_says_what_was_found);
	suite_add_tcase(s, tc);

	tc = tcase_create("positions");
	tcase_add_test(tc, test_ytree_positions_are_one_based_code_points);
	tcase_add_test(tc, test_ytree_complex_key_keeps_multibyte_columns);
	tcase_add_test(tc, test_ytree_block_end_line_is_past_last_line);
	tcase_add_test(tc, test_ytree_bom_and_crlf_keep_line_numbers);
	tcase_add_test(tc, test_ytree_crlf_block_scalar_has_lf_lines);
	suite_add_tcase(s, tc);

	tc = tcase_create("aliases");
	tcase_add_test(tc, test_ytree_alias_points_at_anchored_node);
	tcase_add_test(tc, test_ytree_alias_uses_latest_anchor_of_a_name);
	tcase_add_test(tc, test_ytree_many_anchors_all_resolve);
	tcase_add_test(tc, test_ytree_alias_bomb_loads_quickly_without_copies);
	tcase_add_test(tc, test_ytree_undefined_alias_is_an_error_at_its_position);
	tcase_add_test(tc, test_ytree_alias_before_its_anchor_is_an_error);
	suite_add_tcase(s, tc);

	tc = tcase_create("hostile");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_ytree_deep_nesting_is_refused_past_256);
	tcase_add_test(tc, test_ytree_deep_block_nesting_loads_to_256);
	tcase_add_loop_test(tc, test_ytree_syntax_error_has_position_and_message, 0,
	    NCASES(syntax_cases));
	tcase_add_loop_test(tc, test_ytree_invalid_utf8_error_has_line_and_column, 0,
	    NCASES(reader_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("documents");
	tcase_add_loop_test(tc, test_ytree_empty_or_comments_only_gives_no_root, 0,
	    NCASES(empty_cases));
	tcase_add_test(tc, test_ytree_explicit_empty_document_gives_empty_scalar);
	tcase_add_test(tc, test_ytree_second_document_counted_not_kept);
	tcase_add_test(tc, test_ytree_two_documents_after_explicit_start);
	tcase_add_test(tc, test_ytree_syntax_error_in_second_document_is_found);
	suite_add_tcase(s, tc);

	return s;
}
