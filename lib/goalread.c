/* goalread.c: a goal's deadline and measure, from its fields or else from its sentence. */
#include <string.h>

#include "draft.h"
#include "goalread.h"

void
goal_read_sentence(const struct goal *gl, struct sentence_reader *r, long today,
    struct sentence *out)
{
	const struct ynode *s = goal_sentence(gl);
	struct sentence from_start;

	memset(out, 0, sizeof *out);
	if (s == NULL) {
		sentence_read(r, "", 0, today, out);
		return;
	}
	sentence_read(r, s->value, s->len, today, out);
	if (!out->deadline_relative || !gl->has_start || gl->start == today)
		return;
	/* Read again as on the day the goal started; keep it only when the same words still
	 * give the deadline, so nothing but the span's first day moves. */
	sentence_read(r, s->value, s->len, gl->start, &from_start);
	if (from_start.has_deadline && from_start.deadline_relative &&
	    from_start.deadline_at.off == out->deadline_at.off &&
	    from_start.deadline_at.len == out->deadline_at.len)
		out->deadline = from_start.deadline;
}

/* A scalar node holding name, placed where the sentence s stands, from g's arena. */
static const struct ynode *
read_name(struct goals *g, const struct ynode *s, const char *name)
{
	struct ynode *n = arena_alloc(&g->doc.arena, sizeof *n, _Alignof(struct ynode));

	memset(n, 0, sizeof *n);
	n->line = s->line, n->col = s->col;
	n->end_line = s->end_line, n->end_col = s->end_col;
	n->kind = YNODE_SCALAR;
	n->len = (uint32_t)strlen(name);
	n->value = arena_strndup(&g->doc.arena, name, n->len);
	return n;
}

/* Sets gl's measure, read from its sentence s: a metric or a tag named name. */
static void
set_measure(struct goals *g, struct goal *gl, const struct ynode *s, const char *name,
    int metric, enum target_bound bound, double amount, enum period per)
{
	struct measure *m = &gl->measure;

	if (metric)
		m->metric = read_name(g, s, name);
	else
		m->tag = read_name(g, s, name);
	m->has_at_least = bound == TARGET_AT_LEAST;
	m->has_at_most = bound == TARGET_AT_MOST;
	m->at_least = m->at_most = amount;
	m->per = per;
	m->read = 1;
}

/* The measure smartify would write for gl's sentence s, read as sen, when the sentence says
 * a target.  Where the sentence itself names a metric or a rating, the draft would keep the
 * sentence's name and target and call it a metric (draft.c's read_sentence: no rewrite for a
 * named measure, and a rating or a metric is a metric), so no draft is made; a tag may still
 * be a rating by the draft's own patterns ("at least 6/10"), so for a tag the draft decides. */
static void
read_measure(struct goals *g, struct goal *gl, struct drafter **dr, const struct ynode *s,
    const struct sentence *sen, long today)
{
	struct draft d;

	if (sen->measure[0] != '\0' && (sen->measure_kind == MEASURE_METRIC ||
	    sen->measure_kind == MEASURE_RATING)) {
		set_measure(g, gl, s, sen->measure, 1, sen->bound, sen->amount, sen->per);
		return;
	}
	if (*dr == NULL && (*dr = drafter_new()) == NULL)
		return;
	draft_make(*dr, s->value, s->len, today, &d);
	/* An area's rewrite measures the rewrite, not what the person wrote. */
	if (!d.rewritten && d.tag != NULL && d.tag[0] != '\0' && d.bound != TARGET_NONE)
		set_measure(g, gl, s, d.tag, d.metric, d.bound, d.amount, d.per);
	draft_free(&d);
}

void
goal_sentence_of(const struct goal *gl, struct sentence_reader *r, long today,
    struct sentence *out)
{
	if (gl->read != NULL && gl->read_by == r && gl->read_today == today)
		*out = *gl->read;
	else
		goal_read_sentence(gl, r, today, out);
}

/* Keeps sen as gl's reading, in g's arena. */
static void
keep_reading(struct goals *g, struct goal *gl, const struct sentence_reader *r, long today,
    const struct sentence *sen)
{
	struct sentence *k = arena_alloc(&g->doc.arena, sizeof *k, _Alignof(struct sentence));

	*k = *sen;
	gl->read = k;
	gl->read_by = r;
	gl->read_today = today;
}

void
goals_read_sentences(struct goals *g, struct sentence_reader *r, long today, int flags)
{
	struct drafter *dr = NULL;

	for (size_t i = 0; i < g->ngoals; i++) {
		struct goal *gl = &g->goals[i];
		const struct ynode *s = goal_sentence(gl);
		struct sentence sen;

		if (s == NULL)
			continue;
		goal_read_sentence(gl, r, today, &sen);
		keep_reading(g, gl, r, today, &sen);
		/* A deadline field, even one that is no date, is the person's say. */
		if (gl->deadline_node == NULL && sen.has_deadline &&
		    (!sen.deadline_relative || gl->has_start)) {
			gl->has_deadline = 1;
			gl->deadline = sen.deadline;
			gl->deadline_read = 1;
		}
		/* A goal attainment scale is a measure too: the goal is scored by it. */
		if (!(flags & GOALS_READ_MEASURES) || gl->measure.node != NULL ||
		    gl->gas.node != NULL || sen.bound == TARGET_NONE || !sen.measurable)
			continue;
		read_measure(g, gl, &dr, s, &sen, today);
	}
	drafter_free(dr);
}
