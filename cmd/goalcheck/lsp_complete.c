/* lsp_complete.c: the Language Server's completions: what may come where the cursor is in a
 * goals file, from the same tables goalcheck checks against (the keys of a goal and of a
 * measure, statuses, periods, rule names) and from the file itself (its concerns' ids, the
 * areas its goals use); in a .goalcheck.yaml, from config.c's settings and the rules. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "alloc.h"
#include "config.h"
#include "date.h"
#include "goals.h"
#include "lsp_server.h"
#include "rules.h"
#include "text.h"

/* LSP's CompletionItemKind for a key and for a value. */
enum { KIND_PROPERTY = 10, KIND_VALUE = 12 };

/* Adds label as an item of kind, unless items has it already (an area used twice). */
static void
add(json_t *items, const char *label, int kind)
{
	size_t i;
	json_t *v;

	json_array_foreach(items, i, v)
		if (strcmp(json_string_value(json_object_get(v, "label")), label) == 0)
			return;
	json_array_append_new(items, json_pack("{s:s, s:i}", "label", label, "kind", kind));
}

static void
add_names(json_t *items, const char *const *names, int kind)
{
	for (size_t i = 0; names[i] != NULL; i++)
		add(items, names[i], kind);
}

static void
add_statuses(json_t *items, const struct goals *g, int ln)
{
	(void)g, (void)ln;
	for (int s = STATUS_ACTIVE; s <= STATUS_DROPPED; s++)
		add(items, goal_status_name((enum goal_status)s), KIND_VALUE);
}

static void
add_periods(json_t *items, const struct goals *g, int ln)
{
	(void)g, (void)ln;
	/* per: takes day, week or month; a year is too long to count progress in. */
	for (int p = PERIOD_DAY; p <= PERIOD_MONTH; p++)
		add(items, date_period_name((enum period)p), KIND_VALUE);
}

static void
add_concerns(json_t *items, const struct goals *g, int ln)
{
	(void)ln;
	for (size_t i = 0; i < g->nconcerns; i++)
		if (g->concerns[i].id != NULL && g->concerns[i].id->kind == YNODE_SCALAR)
			add(items, g->concerns[i].id->value, KIND_VALUE);
}

static void
add_areas(json_t *items, const struct goals *g, int ln)
{
	for (size_t i = 0; i < g->ngoals; i++)
		if (g->goals[i].area != NULL && g->goals[i].area->kind == YNODE_SCALAR &&
		    g->goals[i].area->line != ln)  /* not the one being typed */
			add(items, g->goals[i].area->value, KIND_VALUE);
}

/* The keys whose values can be completed, and where the values come from; ln is the 1-based
 * line being completed. */
static const struct value_key {
	const char *key;
	void (*add)(json_t *, const struct goals *, int ln);
} value_keys[] = {
	{ "status", add_statuses },
	{ "per", add_periods },
	{ "concern", add_concerns },
	{ "area", add_areas },
};

/* 1 if the n bytes at s end with key and a colon, and a blank or a flow's start before it. */
static int
ends_with_key(const char *s, size_t n, const char *key)
{
	size_t k = strlen(key);

	if (n < k + 1 || s[n - 1] != ':' || memcmp(s + n - 1 - k, key, k) != 0)
		return 0;
	return n == k + 1 || strchr(" \t{,-", s[n - k - 2]) != NULL;
}

/* 1 if the n bytes at s (a line up to the word being typed) are inside a goalcheck comment's
 * list of rules. */
static int
in_disable_list(const char *s, size_t n)
{
	const char *eq = text_find(s, n, "goalcheck:", 10);

	if (eq == NULL || (eq = text_find(eq, (size_t)(s + n - eq), "disable", 7)) == NULL ||
	    (eq = memchr(eq, '=', (size_t)(s + n - eq))) == NULL)
		return 0;
	for (eq++; eq < s + n; eq++)
		if (!isalnum((unsigned char)*eq) && strchr("-_, \t", *eq) == NULL)
			return 0;
	return 1;
}

/* 1 if the n bytes at t are only indentation (and a list item's dash). */
static int
only_indent(const char *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (t[i] != ' ' && t[i] != '-')
			return 0;
	return 1;
}

/* The indentation of a line of n bytes, or -1 for a blank or comment line. */
static int
indent(const char *t, size_t n)
{
	size_t i = 0;

	while (i < n && (t[i] == ' ' || t[i] == '-'))
		i++;
	return i == n || t[i] == '#' ? -1 : (int)i;
}

/* 1 if 1-based line ln, indented by col, is inside the value of key: the line above it with
 * less indentation is that key's. */
static int
under_key(struct lines *src, int ln, int col, const char *key)
{
	while (--ln >= 1) {
		size_t n;
		const char *t = lines_get(src, ln, &n);
		int in = t ? indent(t, n) : -1;

		if (in >= 0 && in < col)
			return ends_with_key(t, n, key);
	}
	return 0;
}

/* Adds what may stand at byte at of 1-based line ln (before, its text up to the word being
 * typed, of n bytes). */
static void
complete_at(json_t *items, struct lines *src, int ln, const char *before, size_t n,
    const struct goals *g)
{
	size_t end = n;

	if (in_disable_list(before, n)) {
		for (int r = 0; r < RULE_COUNT; r++)
			if (r != RULE_FIXED)
				add(items, rule_table[r].name, KIND_VALUE);
		return;
	}
	while (end > 0 && (before[end - 1] == ' ' || before[end - 1] == '\t'))
		end--;
	for (size_t i = 0; i < sizeof value_keys / sizeof value_keys[0]; i++)
		if (ends_with_key(before, end, value_keys[i].key)) {
			value_keys[i].add(items, g, ln);
			return;
		}
	if (only_indent(before, n) || (n > 0 && before[n - 1] == '{') ||
	    (end > 0 && before[end - 1] == ',' && memchr(before, '{', n) != NULL)) {
		if (under_key(src, ln, (int)n, "measure") || ends_with_key(before, n > 0 ? n - 1 : 0,
		    "measure") || text_find(before, n, "measure: {", 10) != NULL)
			add_names(items, measure_key_names(), KIND_PROPERTY);
		else
			add_names(items, goal_key_names(), KIND_PROPERTY);
	}
}

/* What a .goalcheck.yaml takes where a rule's level or caseness is set. */
static const char *const levels[] = { "error", "warning", "info", "off", NULL };
static const char *const booleans[] = { "true", "false", NULL };

/* Adds what may stand in a .goalcheck.yaml at byte n of 1-based line ln (before, its text up
 * to the word being typed): a setting's name at the top, a rule's name under rules:, and a
 * rule's level or caseness's value after the key. */
static void
complete_config(json_t *items, struct lines *src, int ln, const char *before, size_t n)
{
	size_t end = n, in = 0;

	while (in < n && before[in] == ' ')
		in++;
	while (end > 0 && (before[end - 1] == ' ' || before[end - 1] == '\t'))
		end--;
	if (in > 0 && end > 0 && before[end - 1] == ':' && under_key(src, ln, (int)in, "rules")) {
		add_names(items, levels, KIND_VALUE);
	} else if (ends_with_key(before, end, "caseness")) {
		add_names(items, booleans, KIND_VALUE);
	} else if (n == 0) {
		add_names(items, config_setting_names(), KIND_PROPERTY);
	} else if (in == n && under_key(src, ln, (int)in, "rules")) {
		for (int r = 0; r < RULE_COUNT; r++)
			if (r != RULE_FIXED)
				add(items, rule_table[r].name, KIND_VALUE);
	}
}

/* The byte offset in the n bytes of line t that character (in c's units) stands at. */
static size_t
byte_at(const struct lsp_ctx *c, const char *t, size_t n, long character)
{
	size_t i = 0;

	for (long u = 0; i < n && u < character; ) {
		size_t l = text_utf8_len(t + i, n - i);

		u += c->enc == LSP_UTF8 ? (long)(l ? l : 1) : l == 4 ? 2 : 1;
		i += l ? l : 1;
	}
	return i;
}

json_t *
lsp_complete(struct lsp_ctx *c, const struct lsp_doc *doc, int ln, long character)
{
	json_t *items = json_array();
	struct diags d = { 0 };
	struct lines src;
	struct goals g;
	const char *t;
	size_t n, at;

	if (lines_index(&src, doc->text, doc->len) < 0)
		out_of_memory();
	(void)goals_load(&g, doc->text, doc->len, &d);
	if ((t = lines_get(&src, ln + 1, &n)) != NULL) {
		at = byte_at(c, t, n, character);
		while (at > 0 && (isalnum((unsigned char)t[at - 1]) || strchr("-_", t[at - 1])))
			at--;
		if (lsp_is_config(doc))
			complete_config(items, &src, ln + 1, t, at);
		else
			complete_at(items, &src, ln + 1, t, at, &g);
	}
	goals_free(&g);
	diags_free(&d);
	lines_free(&src);
	return items;
}
