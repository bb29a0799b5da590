/* goaledit.c: fuzzes smartify's in-place editor.  The input's first line describes an edit,
 * the rest is a goals file; any file and any edit must either be refused or give a file that
 * still loads, holds the goals it should, and keeps every byte outside the edit.
 *
 * The first line is fields split by '|':
 *
 *   MODE|ID|GOAL|BROAD|CONCERN|MEASURE|DEADLINE|STEPS|STATUS|TODOS
 *
 * MODE "r" replaces the keys of goal ID; anything else appends, "a3" three goals (ID, ID-2,
 * ID-3).  CONCERN starting with '?' is a why.  MEASURE is [=]NAME[<N|>N][/PER]: a tag, or with
 * '=' a metric, at most or at least N per PER.  STEPS are split by ';'.  TODOS has a letter for
 * each key that gets a question: g goal, c concern, m measure, d deadline, s steps.  An empty
 * field is a key not set. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "date.h"
#include "diag.h"
#include "fuzz.h"
#include "goaledit.h"
#include "goals.h"
#include "rules.h"
#include "text.h"

enum { F_MODE, F_ID, F_GOAL, F_BROAD, F_CONCERN, F_MEASURE, F_DEADLINE, F_STEPS, F_STATUS,
	F_TODOS, F_COUNT };

struct part {
	const char *p;
	size_t n;
};

/* An edit as goaledit takes it, and what each goal must read back as. */
struct edit {
	struct arena mem;
	struct gfield f[3][10], sub[4];
	struct gitem items[3];
	size_t nitems;
	int replace;
	char *ids[3];
	struct part goal;          /* the goal sentence set, or p NULL */
	int has_deadline;
	long deadline;
	int bound;                 /* '<', '>' or 0 */
	double amount;
};

static char *
dup(struct edit *e, struct part s)
{
	return arena_strndup(&e->mem, s.p, s.n);
}

static const char *
scalar(struct edit *e, struct part s, int flow)
{
	return s.n > 0 ? goaledit_scalar(&e->mem, s.p, s.n, flow) : NULL;
}

static int
has(struct part todos, char c)
{
	return memchr(todos.p, c, todos.n) != NULL;
}

/* The measure's sub-keys from [=]NAME[<N|>N][/PER]; returns their count. */
static size_t
measure(struct edit *e, struct part m)
{
	size_t i = 0, n = 0, name;
	int metric = m.n > 0 && m.p[0] == '=';
	enum period per;

	i = name = (size_t)metric;
	while (i < m.n && m.p[i] != '<' && m.p[i] != '>' && m.p[i] != '/')
		i++;
	if (i > name)
		e->sub[n++] = (struct gfield){ metric ? "metric" : "tag",
		    scalar(e, (struct part){ m.p + name, i - name }, 1), NULL, NULL, 0, NULL };
	if (i < m.n && m.p[i] != '/') {
		size_t d = i + 1;
		char num[16];

		e->bound = m.p[i];
		while (d < m.n && d - i <= 9 && m.p[d] >= '0' && m.p[d] <= '9')
			d++;
		snprintf(num, sizeof num, "%.*s", (int)(d - i - 1), m.p + i + 1);
		if (num[0] == '\0')
			strcpy(num, "1");
		e->amount = strtod(num, NULL);
		e->sub[n++] = (struct gfield){ e->bound == '<' ? "at_most" : "at_least",
		    arena_strndup(&e->mem, num, strlen(num)), NULL, NULL, 0, NULL };
		i = d;
	}
	while (i < m.n && m.p[i] != '/')
		i++;
	if (i < m.n && date_period_parse(m.p + i + 1, m.n - i - 1, &per))
		e->sub[n++] = (struct gfield){ "per", date_period_name(per), NULL, NULL, 0, NULL };
	return n;
}

/* Steps as a flow list of texts, as smartify writes them. */
static const char *
steps(struct edit *e, struct part s)
{
	char *buf = NULL;
	size_t len = 0, from = 0;
	FILE *fp;
	const char *out;

	if (s.n == 0)
		return NULL;
	if ((fp = open_memstream(&buf, &len)) == NULL)
		abort();
	putc('[', fp);
	for (size_t i = 0; i <= s.n; i++) {
		if (i < s.n && s.p[i] != ';')
			continue;
		if (i > from)
			fprintf(fp, "%s%s", ftell(fp) > 1 ? ", " : "",
			    scalar(e, (struct part){ s.p + from, i - from }, 1));
		from = i + 1;
	}
	putc(']', fp);
	if (fclose(fp) != 0)
		abort();
	out = arena_strndup(&e->mem, buf, len);
	free(buf);
	return out;
}

/* Builds the edit from the description's fields; returns -1 for one smartify could not ask
 * for (its texts are UTF-8 without NULs). */
static int
edit_make(struct edit *e, struct part *fd)
{
	struct gfield *f = e->f[0];
	size_t n = 0, nsub;
	struct part todos = fd[F_TODOS];

	memset(e, 0, sizeof *e);
	e->replace = fd[F_MODE].n > 0 && fd[F_MODE].p[0] == 'r';
	e->nitems = 1;
	if (!e->replace && fd[F_MODE].n > 1 && fd[F_MODE].p[1] >= '1' && fd[F_MODE].p[1] <= '3')
		e->nitems = (size_t)(fd[F_MODE].p[1] - '0');
	if (fd[F_ID].n == 0)
		return -1;
	for (int k = 0; k < F_COUNT; k++)
		if (fd[k].n > 0 && (memchr(fd[k].p, '\0', fd[k].n) != NULL ||
		    text_utf8_invalid(fd[k].p, fd[k].n) != fd[k].n))
			return -1;

	if (!e->replace)
		f[n++] = (struct gfield){ "id", scalar(e, fd[F_ID], 0), NULL, NULL, 0, NULL };
	if (fd[F_BROAD].n > 0)
		f[n++] = (struct gfield){ "broad", scalar(e, fd[F_BROAD], 0), NULL, NULL, 0, NULL };
	if (fd[F_GOAL].n > 0 || has(todos, 'g')) {
		f[n++] = (struct gfield){ "goal", scalar(e, fd[F_GOAL], 0),
		    has(todos, 'g') ? "What will you do, that others could see?" : NULL, NULL, 0, NULL };
		if (fd[F_GOAL].n > 0)
			e->goal = fd[F_GOAL];
	}
	if (fd[F_CONCERN].n > 0 && fd[F_CONCERN].p[0] == '?')
		f[n++] = (struct gfield){ "why", scalar(e, (struct part){ fd[F_CONCERN].p + 1,
		    fd[F_CONCERN].n - 1 }, 0), NULL, NULL, 0, NULL };
	else if (fd[F_CONCERN].n > 0 || has(todos, 'c'))
		f[n++] = (struct gfield){ "concern", scalar(e, fd[F_CONCERN], 0),
		    has(todos, 'c') ? "Which concern does this serve?" : NULL, NULL, 0, NULL };
	nsub = measure(e, fd[F_MEASURE]);
	if (nsub > 0 || has(todos, 'm'))
		f[n++] = (struct gfield){ "measure", NULL, has(todos, 'm') ?
		    "How will you know you did it: how many, how often?" : NULL, e->sub, nsub,
		    NULL };
	if (date_parse(fd[F_DEADLINE].p, fd[F_DEADLINE].n, &e->deadline) == 1)
		e->has_deadline = 1;
	if (e->has_deadline || has(todos, 'd'))
		f[n++] = (struct gfield){ "deadline", e->has_deadline ? dup(e, fd[F_DEADLINE]) : NULL,
		    has(todos, 'd') ? "By when?" : NULL, NULL, 0, NULL };
	if (fd[F_STEPS].n > 0 || has(todos, 's'))
		f[n++] = (struct gfield){ "steps", steps(e, fd[F_STEPS]),
		    has(todos, 's') ? "What is a small first step?" : NULL, NULL, 0, NULL };
	if (fd[F_STATUS].n > 0)
		f[n++] = (struct gfield){ "status", scalar(e, fd[F_STATUS], 0), NULL, NULL, 0, NULL };

	/* More goals are the first with ids of their own. */
	e->ids[0] = dup(e, fd[F_ID]);
	e->items[0] = (struct gitem){ e->f[0], n };
	for (size_t i = 1; i < e->nitems; i++) {
		size_t len = fd[F_ID].n + 8;

		e->ids[i] = arena_alloc(&e->mem, len, 1);
		snprintf(e->ids[i], len, "%s-%zu", e->ids[0], i + 1);
		memcpy(e->f[i], e->f[0], sizeof e->f[0]);
		e->f[i][0].value = goaledit_scalar(&e->mem, e->ids[i], strlen(e->ids[i]), 0);
		e->items[i] = (struct gitem){ e->f[i], n };
	}
	return 0;
}

static int
same_text(const struct ynode *v, const char *s, size_t n)
{
	return v != NULL && v->kind == YNODE_SCALAR && v->len == n && memcmp(v->value, s, n) == 0;
}

/* Whether goal gl says what the edit set, as smartify checks before it writes. */
static int
says(const struct edit *e, const struct goal *gl)
{
	const struct measure *m = &gl->measure;

	return (e->goal.p == NULL || same_text(gl->text, e->goal.p, e->goal.n)) &&
	    (!e->has_deadline || (gl->has_deadline && gl->deadline == e->deadline)) &&
	    (e->bound != '>' || (m->has_at_least && m->at_least == e->amount)) &&
	    (e->bound != '<' || (m->has_at_most && m->at_most == e->amount));
}

/* The byte offset of 1-based line ln, column col (in code points) of buf, counting lines as
 * libyaml does: LF, CRLF, CR, NEL, LS and PS end a line, and a byte order mark is no column.
 * Written apart from goaledit.c's own table, so that the check does not share its mistakes. */
static size_t
offset_of(const char *buf, size_t len, int ln, int col)
{
	size_t i = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	int l = 1, c = 1;

	while (i < len && (l < ln || (l == ln && c < col))) {
		const unsigned char *u = (const unsigned char *)buf + i;
		size_t w = text_utf8_len(buf + i, len - i);
		int brk = u[0] == '\n' || u[0] == '\r' || (w == 2 && u[0] == 0xC2 && u[1] == 0x85) ||
		    (w == 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9));

		if (l == ln && brk)
			break;  /* a column past the line's end stays at its end */
		if (u[0] == '\r' && i + 1 < len && u[1] == '\n')
			w = 2;
		i += w ? w : 1;
		if (brk) {
			l++;
			c = 1;
		} else {
			c++;
		}
	}
	return i;
}

/* The goal a replace edits: the first with the id. */
static const struct goal *
find_goal(const struct goals *g, const char *id)
{
	for (size_t i = 0; i < g->ngoals; i++)
		if (goal_id(&g->goals[i]) != NULL && strcmp(goal_id(&g->goals[i]), id) == 0)
			return &g->goals[i];
	return NULL;
}

/* out must equal src outside [a, b): the same first a bytes and the same last len - b. */
static int
kept_outside(const char *src, size_t len, const struct goaledit_out *out, size_t a, size_t b)
{
	return out->len >= a + (len - b) && memcmp(out->data, src, a) == 0 &&
	    memcmp(out->data + out->len - (len - b), src + b, len - b) == 0;
}

/* Whether out is src[0..len) with bytes inserted at one place. */
static int
inserted(const char *src, size_t len, const char *out, size_t outlen)
{
	size_t p = 0, q = 0;

	if (outlen < len)
		return 0;
	while (p < len && src[p] == out[p])
		p++;
	while (q < len - p && src[len - 1 - q] == out[outlen - 1 - q])
		q++;
	return p + q == len;
}

/* 1 if src[i..end) starts with a line break as libyaml reads them: LF, CR, NEL, LS or PS. */
static int
line_break(const char *src, size_t i, size_t end)
{
	return src[i] == '\n' || src[i] == '\r' ||
	    (end - i >= 2 && memcmp(src + i, "\xC2\x85", 2) == 0) ||
	    (end - i >= 3 && (memcmp(src + i, "\xE2\x80\xA8", 3) == 0 ||
	    memcmp(src + i, "\xE2\x80\xA9", 3) == 0));
}

/* For an append: out is src with bytes inserted at one place; or, where goals: has an empty
 * value (~, null, [] on one line), with that value and the blanks and line breaks before it
 * taken out too, as goaledit.h documents. */
static int
one_insertion(const char *src, size_t len, const struct goals *g,
    const struct goaledit_out *out)
{
	const struct ynode *list = g->doc.root != NULL && g->doc.root->kind == YNODE_MAP ?
	    ynode_get(g->doc.root, "goals", NULL) : NULL;
	char value[8], *cut;
	size_t vs, ve, nv = 0;
	int ok = 0;

	if (inserted(src, len, out->data, out->len))
		return 1;
	if (list == NULL)
		return 0;
	vs = offset_of(src, len, list->line, list->col);
	ve = offset_of(src, len, list->end_line, list->end_col);
	/* An anchor or a tag before the value stays (an alias may name it), and so do the
	 * comments and line breaks between them and the value. */
	while (vs < ve) {
		if (src[vs] == '&' || src[vs] == '!')
			while (vs < ve && src[vs] != ' ' && src[vs] != '\t' && !line_break(src, vs, ve))
				vs++;
		else if (src[vs] == '#')
			while (vs < ve && !line_break(src, vs, ve))
				vs++;
		else if (memchr(" \t\r\n\x85\xc2\xe2\x80\xa8\xa9", src[vs], 10) != NULL)
			vs++;  /* blanks and line breaks, NEL, LS and PS among them */
		else if (ve - vs >= 3 && memcmp(src + vs, "\xEF\xBB\xBF", 3) == 0)
			vs += 3;  /* a byte order mark, which libyaml passes over at a line's start */
		else
			break;
	}
	for (size_t i = vs; i < ve; i++) {
		if (src[i] == ' ' || src[i] == '\t')
			continue;
		if (nv == sizeof value - 1)
			return 0;
		value[nv++] = src[i];
	}
	value[nv] = '\0';
	if (strcmp(value, "~") != 0 && strcmp(value, "[]") != 0 && strcmp(value, "null") != 0 &&
	    strcmp(value, "Null") != 0 && strcmp(value, "NULL") != 0)
		return 0;
	if ((cut = malloc(len)) == NULL)
		abort();
	/* Take out the value and 0, 1, ... of the blanks and line breaks before it (bytes of NEL,
	 * LS and PS among them). */
	for (size_t from = vs; !ok; from--) {
		memcpy(cut, src, from);
		memcpy(cut + from, src + ve, len - ve);
		ok = inserted(cut, len - (ve - from), out->data, out->len);
		if (from == 0 ||
		    memchr(" \t\r\n\x85\xc2\xe2\x80\xa8\xa9", src[from - 1], 10) == NULL)
			break;
	}
	free(cut);
	return ok;
}

/* Loads the edited text; it must be a goals file with no syntax error. */
static void
reload(const struct goaledit_out *out, struct goals *g)
{
	struct diags d = { 0 };

	if (goals_load(g, out->data, out->len, &d) < 0)
		abort();
	for (size_t i = 0; i < d.n; i++)
		if (strcmp(d.v[i].rule, rule_table[RULE_YAML_SYNTAX].name) == 0)
			abort();
	diags_free(&d);
}

static void
check_replace(const char *src, size_t len, const struct goals *g, const struct edit *e,
    const struct goaledit_out *out)
{
	const struct goal *gl = find_goal(g, e->ids[0]), *now;
	const struct ynode *n;
	struct goals after;
	size_t a, b;

	if (gl == NULL)
		abort();  /* an edit of a goal that is not there */
	/* The goal's bytes: from its first line (a question may go above its first key) or, in
	 * a flow list, its '{'; to where libyaml ends it, just before what follows. */
	n = gl->node;
	a = offset_of(src, len, n->line, 1);
	if ((b = offset_of(src, len, n->line, n->col)) < len && src[b] == '{')
		a = b;
	b = offset_of(src, len, n->end_line, n->end_col);
	if (!kept_outside(src, len, out, a, b))
		abort();
	reload(out, &after);
	if (after.ngoals != g->ngoals || (now = find_goal(&after, e->ids[0])) == NULL ||
	    !says(e, now))
		abort();
	goals_free(&after);
}

static void
check_append(const char *src, size_t len, const struct goals *g, const struct edit *e,
    const struct goaledit_out *out)
{
	struct goals after;

	if (!one_insertion(src, len, g, out))
		abort();
	reload(out, &after);
	if (after.ngoals != g->ngoals + e->nitems)
		abort();
	for (size_t i = 0; i < e->nitems; i++) {
		const struct goal *gl = &after.goals[g->ngoals + i];

		if (goal_id(gl) == NULL || strcmp(goal_id(gl), e->ids[i]) != 0 || !says(e, gl))
			abort();
	}
	goals_free(&after);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data, *nl = memchr(text, '\n', size);
	struct part fd[F_COUNT] = { { 0 } };
	struct goaledit_out out;
	struct diags d = { 0 };
	struct edit e;
	struct goals g;
	char *src;
	size_t len, k = 0;
	int rc;

	if (nl == NULL)
		return 0;
	for (const char *p = text; k < F_COUNT; k++) {
		const char *bar = memchr(p, '|', (size_t)(nl - p));

		fd[k] = (struct part){ p, bar ? (size_t)(bar - p) : (size_t)(nl - p) };
		if (bar == NULL)
			break;
		p = bar + 1;
	}
	for (k = 0; k < F_COUNT; k++)
		if (fd[k].p == NULL)
			fd[k] = (struct part){ nl, 0 };
	if (edit_make(&e, fd) < 0) {
		arena_free(&e.mem);
		return 0;
	}
	/* The goals file in a buffer of its own, so that reading past its end is caught. */
	len = size - (size_t)(nl + 1 - text);
	src = malloc(len ? len : 1);
	if (src == NULL)
		abort();
	memcpy(src, nl + 1, len);

	/* smartify edits only a file that loads as goals. */
	if (goals_load(&g, src, len, &d) == 0) {
		struct diags why = { 0 };

		if (e.replace)
			rc = goaledit_replace(src, len, &g, e.ids[0], e.items[0].f, e.items[0].n, &out,
			    &why);
		else
			rc = goaledit_append(src, len, &g, e.items, e.nitems, &out, &why);
		/* A refusal says why, in one finding, and hands out nothing; a success says
		 * nothing. */
		if (rc < 0 && (why.n != 1 || out.data != NULL))
			abort();
		if (rc == 0 && why.n != 0)
			abort();
		diags_free(&why);
		if (rc == 0 && (out.data == NULL || out.data[out.len] != '\0'))
			abort();
		if (rc == 0 && e.replace)
			check_replace(src, len, &g, &e, &out);
		else if (rc == 0)
			check_append(src, len, &g, &e, &out);
		free(out.data);
	}
	goals_free(&g);
	diags_free(&d);
	arena_free(&e.mem);
	free(src);
	return 0;
}
