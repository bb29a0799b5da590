/* lint.c: judges each goal against the five SMART letters and applies the user's settings. */
#include <stdlib.h>
#include <string.h>

#include "lint.h"
#include "rules.h"

/* A goal spanning more than this many days is big enough to want steps. */
#define BIG_GOAL_DAYS 84
/* A deadline further than this many days away is implausible for a therapy goal. */
#define FAR_DEADLINE_DAYS 730

unsigned
smart_bit(char c)
{
	const char *p = c ? strchr("SMART", c) : NULL;

	return p ? 1u << (p - "SMART") : 0;
}

/* The file position of sp inside scalar n.  Exact for a text on one line; otherwise the
 * scalar's start, since folding and escapes have moved the characters. */
static void
position(const struct ynode *n, struct span sp, int *line, int *col)
{
	*line = n->line;
	*col = n->col;
	if (sp.len == 0 || n->end_line != n->line || sp.off > n->len)
		return;
	*col += (int)text_codepoints(n->value, sp.off) + (n->quoted ? 1 : 0);
}

/* A short quote of a span, for messages. */
static int
quote_len(struct span sp)
{
	return sp.len > 60 ? 60 : (int)sp.len;
}

static void
check_specific(const struct goal *gl, const struct ynode *s, const struct sentence *sen,
    struct diags *d)
{
	const char *id = goal_id(gl);
	int line, col;

	if (gl->text == NULL) {
		rule_report(d, RULE_VAGUE_WORDING, s->line, s->col, id,
		    "only a broad wish so far; add a 'goal:' that says what you will do, "
		    "e.g. goal: Talk to at least two new people each week");
		return;
	}
	if (sen->specific)
		return;
	position(s, sen->vague_at, &line, &col);
	if (sen->vague_at.len > 0)
		rule_report(d, RULE_VAGUE_WORDING, line, col, id,
		    "vague wording '%.*s': name something you will do that others could see, "
		    "e.g. 'Talk to at least two new people each week'",
		    quote_len(sen->vague_at), s->value + sen->vague_at.off);
	else
		rule_report(d, RULE_VAGUE_WORDING, line, col, id,
		    "names no concrete action: say what you will do, e.g. 'Call my sister twice "
		    "a week'");
}

static void
check_measurable(const struct goal *gl, const struct ynode *s, const struct sentence *sen,
    struct diags *d)
{
	const struct measure *m = &gl->measure;
	const char *id = goal_id(gl);

	if (m->node != NULL) {
		if (m->tag == NULL && m->metric == NULL)
			rule_report(d, RULE_INCOMPLETE_MEASURE, m->node->line, m->node->col, id,
			    "the measure does not say what to count: add tag: (journal entries "
			    "tagged #tag) or metric: (a journal rating such as mood)");
		if (!m->has_at_least && !m->has_at_most)
			rule_report(d, RULE_INCOMPLETE_MEASURE, m->node->line, m->node->col, id,
			    "the measure has no target: add at_least: or at_most:, e.g. at_least: 2");
		return;
	}
	if (s != NULL && sen->measurable)
		return;
	rule_report(d, RULE_NO_MEASURE, s ? s->line : gl->node->line, s ? s->col : gl->node->col,
	    id, "no way to see progress: add how many or how often (\"twice a week\", "
	    "\"at least 2\") or a measure: {tag: ..., at_least: ..., per: week}");
}

static void
check_attainable(const struct goal *gl, const struct ynode *s, const struct sentence *sen,
    long today, struct diags *d)
{
	const char *id = goal_id(gl);
	long from, deadline;
	int line, col;

	if (s != NULL && gl->text != NULL && !sen->attainable) {
		position(s, sen->absolute_at, &line, &col);
		rule_report(d, RULE_ABSOLUTIST_WORDING, line, col, id,
		    "'%.*s' asks for perfection no one can keep; aim for what you can do most "
		    "weeks, e.g. 'on at least 5 days a week'",
		    quote_len(sen->absolute_at), s->value + sen->absolute_at.off);
	}
	if (gl->status != STATUS_ACTIVE || (gl->steps != NULL && gl->steps->n > 0))
		return;
	if (gl->has_deadline)
		deadline = gl->deadline;
	else if (s != NULL && sen->has_deadline)
		deadline = sen->deadline;
	else
		return;
	from = gl->has_start ? gl->start : today;
	if (deadline - from > BIG_GOAL_DAYS)
		rule_report(d, RULE_NO_STEPS, gl->node->line, gl->node->col, id,
		    "a goal over %ld weeks with no steps: break it into small first steps, "
		    "e.g. steps: [Say hello to one neighbour]", (deadline - from) / 7);
}

static void
check_relevant(const struct goals *g, const struct goal *gl, struct diags *d)
{
	const char *id = goal_id(gl);
	const char **ids;
	const char *hint;
	size_t n = 0;

	if (gl->concern == NULL && gl->why == NULL) {
		rule_report(d, RULE_NO_RELEVANCE, gl->node->line, gl->node->col, id,
		    "not linked to what brought you to therapy: add concern: with a concern's id, "
		    "or why: in your own words");
		return;
	}
	if (gl->concern == NULL)
		return;
	ids = xmalloc((g->nconcerns + 1) * sizeof *ids);
	for (size_t i = 0; i < g->nconcerns; i++) {
		const struct ynode *cid = g->concerns[i].id;

		if (cid != NULL && cid->len == gl->concern->len &&
		    memcmp(cid->value, gl->concern->value, cid->len) == 0) {
			free(ids);
			return;
		}
		if (cid != NULL)
			ids[n++] = cid->value;
	}
	ids[n] = NULL;
	hint = text_suggest(gl->concern->value, gl->concern->len, ids);
	rule_report(d, RULE_UNKNOWN_CONCERN, gl->concern->line, gl->concern->col, id,
	    "concern '%.80s' is not in the concerns list%s%s%s", gl->concern->value,
	    hint ? "; did you mean '" : "", hint ? hint : "", hint ? "'?" : "");
	free(ids);
}

static void
check_timebound(const struct goal *gl, const struct ynode *s, const struct sentence *sen,
    long today, struct diags *d)
{
	const char *id = goal_id(gl);
	const struct ynode *at;
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE];
	long deadline;

	if (gl->has_deadline) {
		deadline = gl->deadline;
		at = gl->deadline_node;
	} else if (s != NULL && sen->has_deadline) {
		deadline = sen->deadline;
		at = s;
	} else {
		/* An invalid deadline field was reported already; do not also call it missing. */
		if (gl->deadline_node == NULL)
			rule_report(d, RULE_NO_DEADLINE, s ? s->line : gl->node->line,
			    s ? s->col : gl->node->col, id,
			    "no deadline: add deadline: YYYY-MM-DD, or a time frame such as "
			    "'by March 31' or 'for the next 6 weeks'");
		return;
	}
	if (gl->has_start && gl->start > deadline)
		rule_report(d, RULE_START_AFTER_DEADLINE, gl->start_node->line, gl->start_node->col,
		    id, "start %s is after the deadline %s", date_format(gl->start, a),
		    date_format(deadline, b));
	if (gl->status == STATUS_ACTIVE && deadline < today)
		rule_report(d, RULE_DEADLINE_PASSED, at->line, at->col, id,
		    "the deadline %s passed %ld day%s ago: set a new one, or mark the goal "
		    "status: done or dropped", date_format(deadline, a), today - deadline,
		    today - deadline == 1 ? "" : "s");
	else if (deadline - today > FAR_DEADLINE_DAYS)
		rule_report(d, RULE_DEADLINE_TOO_FAR, at->line, at->col, id,
		    "the deadline %s is more than two years away: a nearer one (3 to 12 months) "
		    "keeps the goal in view", date_format(deadline, a));
}

void
lint_goals(const struct goals *g, struct sentence_reader *r, long today, int max_active,
    struct diags *d)
{
	int active = 0;

	if (g->ngoals > 0 && g->mission == NULL)
		rule_report(d, RULE_NO_MISSION, 1, 1, NULL,
		    "no mission: write what these goals are for, so each can stay relevant to it, "
		    "e.g. mission: Feel connected to people again");
	for (size_t i = 0; i < g->ngoals; i++) {
		const struct goal *gl = &g->goals[i];
		const struct ynode *s = goal_sentence(gl);
		struct sentence sen;

		/* A goal that is done or dropped is history: nothing in it is left to fix. */
		if (gl->status == STATUS_DONE || gl->status == STATUS_DROPPED)
			continue;
		memset(&sen, 0, sizeof sen);
		if (s != NULL)
			sentence_read(r, s->value, s->len, today, &sen);
		d->scope = (int)i + 1;
		if (s != NULL)
			check_specific(gl, s, &sen, d);
		check_measurable(gl, s, &sen, d);
		check_attainable(gl, s, &sen, today, d);
		if (gl->status == STATUS_ACTIVE && ++active > max_active)
			rule_report(d, RULE_TOO_MANY_ACTIVE_GOALS, gl->node->line, gl->node->col,
			    goal_id(gl), "active goal number %d, over the limit of %d: prioritise "
			    "your greatest needs and set the others to status: paused", active,
			    max_active);
		check_relevant(g, gl, d);
		check_timebound(gl, s, &sen, today, d);
		d->scope = 0;
	}
}

/* 1 if the n bytes at s contain the text w. */
static int
contains(const char *s, size_t n, const char *w)
{
	size_t wn = strlen(w);

	for (const char *p = s; (size_t)(s + n - p) >= wn; p++) {
		p = memchr(p, w[0], (size_t)(s + n - p));
		if (p == NULL || (size_t)(s + n - p) < wn)
			return 0;
		if (memcmp(p, w, wn) == 0)
			return 1;
	}
	return 0;
}

/* 1 if the line holds nothing but blanks and perhaps a comment. */
static int
blank_or_comment(const char *text, size_t len)
{
	size_t i = 0;

	while (i < len && (text[i] == ' ' || text[i] == '\t'))
		i++;
	return i == len || text[i] == '#';
}

/* The last line of goal i: the last line with content before the next goal, or before the
 * end of the goals list.  Comments between two goals belong to neither. */
static int
goal_last_line(const struct goals *g, size_t i, const struct lines *src)
{
	const struct ynode *list;
	int last;

	if (i + 1 < g->ngoals) {
		last = g->goals[i + 1].node->line - 1;
	} else {
		list = ynode_get(g->doc.root, "goals", NULL);
		last = list != NULL ? list->end_line : g->goals[i].node->end_line;
	}
	while (last > g->goals[i].node->line) {
		size_t len;
		const char *text = lines_get(src, last, &len);

		if (text != NULL && !blank_or_comment(text, len))
			break;
		last--;
	}
	return last;
}

/* 1 if a `# goalcheck: disable=a,b` comment on one of lines first..last names rule. */
static int
disabled_inline(const struct lines *src, int first, int last, const char *rule)
{
	static const char marker[] = "goalcheck: disable=";
	size_t rlen = strlen(rule);

	for (int ln = first; ln <= last; ln++) {
		size_t len;
		const char *text = lines_get(src, ln, &len), *hash, *p, *end;

		if (text == NULL)
			break;
		end = text + len;
		for (hash = memchr(text, '#', len); hash != NULL;
		    hash = memchr(hash + 1, '#', (size_t)(end - hash - 1))) {
			/* A comment starts at '#' after a blank or at the start of the line. */
			if (hash != text && hash[-1] != ' ' && hash[-1] != '\t')
				continue;
			p = hash + 1;
			while (p < end && *p == ' ')
				p++;
			if ((size_t)(end - p) < sizeof marker - 1 || memcmp(p, marker, sizeof marker - 1))
				continue;
			/* A list of names separated by commas, blanks allowed after a comma. */
			for (p += sizeof marker - 1; p < end; ) {
				const char *q = p;

				while (q < end && *q != ',' && *q != ' ' && *q != '\t')
					q++;
				if ((size_t)(q - p) == rlen && memcmp(p, rule, rlen) == 0)
					return 1;
				if (q >= end || *q != ',')
					break;
				for (p = q + 1; p < end && (*p == ' ' || *p == '\t'); p++)
					;
			}
		}
	}
	return 0;
}

/* The index of the rule a finding names: its name points into rule_table. */
static int
rule_of(const struct diag *f)
{
	for (int r = 0; r < RULE_COUNT; r++)
		if (f->rule == rule_table[r].name)
			return r;
	return rule_find(f->rule);
}

/* 1 if any line of goal i holds a `goalcheck:` comment, so that most findings need no
 * further look at the source. */
static int
has_marker(const struct lines *src, int first, int last)
{
	for (int ln = first; ln <= last; ln++) {
		size_t len;
		const char *text = lines_get(src, ln, &len);

		if (text == NULL)
			break;
		if (len >= 10 && memchr(text, '#', len) != NULL && contains(text, len, "goalcheck:"))
			return 1;
	}
	return 0;
}

void
lint_apply(struct diags *d, const struct goals *g, const int sev[RULE_COUNT],
    const struct lines *src)
{
	signed char *marked = NULL;  /* per goal: -1 not looked at yet, 0 no marker, 1 marker */
	size_t kept = 0;

	if (src != NULL && g->ngoals > 0) {
		marked = xmalloc(g->ngoals);
		memset(marked, -1, g->ngoals);
	}
	for (size_t i = 0; i < d->n; i++) {
		struct diag *f = &d->v[i];
		int r = rule_of(f), drop = 0;

		if (r == RULE_FIXED) {
			drop = 0;
		} else if (r >= 0 && sev[r] == SEV_OFF) {
			drop = 1;
		} else if (marked != NULL && f->scope > 0 && (size_t)f->scope <= g->ngoals) {
			size_t k = (size_t)f->scope - 1;

			if (marked[k] != 0) {
				int first = g->goals[k].node->line, last = goal_last_line(g, k, src);

				if (marked[k] < 0)
					marked[k] = (signed char)has_marker(src, first, last);
				drop = marked[k] && disabled_inline(src, first, last, f->rule);
			}
		}
		if (drop) {
			free(f->goal);
			free(f->message);
			continue;
		}
		if (r >= 0 && r != RULE_FIXED)
			f->sev = (enum severity)sev[r];
		d->v[kept++] = *f;
	}
	d->n = kept;
	free(marked);
}

void
lint_letters(const struct diags *d, unsigned *pass, size_t ngoals)
{
	for (size_t i = 0; i < ngoals; i++)
		pass[i] = SMART_ALL;
	/* Info findings are advice: they do not fail a letter. */
	for (size_t k = 0; k < d->n; k++)
		if (d->v[k].scope > 0 && (size_t)d->v[k].scope <= ngoals &&
		    d->v[k].sev >= SEV_WARNING)
			pass[d->v[k].scope - 1] &= ~smart_bit(d->v[k].smart);
}
