/* goals.c: reads goals.yaml into the model and reports what is wrong with its structure. */
#include <ctype.h>
#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <strings.h>

#include "alloc.h"
#include "crypt.h"
#include "goals.h"
#include "instruments.h"
#include "rules.h"
#include "text.h"

static const char *const top_keys[] = { "mission", "age", "age-group", "concerns", "goals",
    NULL };
static const char *const concern_keys[] = { "id", "text", NULL };
/* The keys of a goal and of a measure, in the order of their enums below. */
static const char *const goal_keys[] = {
	"id", "broad", "goal", "area", "concern", "why", "measure", "start", "deadline",
	"steps", "status", "gas", NULL
};
enum { G_ID, G_BROAD, G_GOAL, G_AREA, G_CONCERN, G_WHY, G_MEASURE, G_START, G_DEADLINE,
	G_STEPS, G_STATUS, G_GAS, G_COUNT };
static const char *const measure_keys[] = { "tag", "metric", "at_least", "at_most", "per",
	"days", NULL };
enum { M_TAG, M_METRIC, M_AT_LEAST, M_AT_MOST, M_PER, M_DAYS, M_COUNT };
static const char *const gas_keys[] = { "weight", "baseline", "levels", NULL };
enum { GAS_WEIGHT, GAS_BASELINE, GAS_LEVELS, GAS_COUNT };
static const char *const status_names[] = { "active", "paused", "done", "dropped", NULL };

const char *const *
goal_key_names(void)
{
	return goal_keys;
}

const char *const *
measure_key_names(void)
{
	return measure_keys;
}

const char *
goal_status_name(enum goal_status s)
{
	return status_names[s];
}

const char *
goal_id(const struct goal *gl)
{
	return gl->id != NULL ? gl->id->value : NULL;
}

const struct ynode *
goal_sentence(const struct goal *gl)
{
	return gl->text != NULL ? gl->text : gl->broad;
}

int
goals_number(const struct ynode *n, double *out)
{
	char *end;
	double v;

	if (n == NULL || n->kind != YNODE_SCALAR || n->quoted || n->len == 0 ||
	    strlen(n->value) != n->len)
		return 0;
	/* Plain decimals only: strtod would also take hex, infinities and a leading plus. */
	if (strspn(n->value, "-0123456789.eE") != n->len || n->value[0] == 'e' ||
	    n->value[0] == 'E' || n->value[0] == '.')
		return 0;
	v = strtod(n->value, &end);
	if (*end != '\0' || !isfinite(v))
		return 0;
	*out = v;
	return 1;
}

static const struct ynode *
want_text(const struct ynode *v, const char *key, const char *goal, struct diags *d)
{
	if (v == NULL || ynode_is_null(v))
		return NULL;
	if (v->kind != YNODE_SCALAR) {
		rule_report(d, RULE_WRONG_TYPE, v->line, v->col, goal,
		    "'%s' should be a text, not %s", key, ynode_kind_name(v));
		return NULL;
	}
	return v;
}

/* Keys sorted by text, then by place, so that duplicates sit side by side. */
static int
key_cmp(const void *pa, const void *pb)
{
	const struct ynode *a = *(const struct ynode *const *)pa;
	const struct ynode *b = *(const struct ynode *const *)pb;
	size_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(a->value, b->value, n);

	if (c != 0)
		return c;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return a->col < b->col ? -1 : a->col > b->col;
}

/* Mappings with at most this many keys are checked for repeats without sorting. */
#define SMALL_MAP 32

static int
same_text(const struct ynode *a, const struct ynode *b)
{
	return a->len == b->len && memcmp(a->value, b->value, a->len) == 0;
}

static void
report_duplicate(const struct ynode *first, const struct ynode *again, const char *goal,
    struct diags *d)
{
	rule_report(d, RULE_DUPLICATE_KEY, again->line, again->col, goal,
	    "duplicate key '%.80s' (first at line %d); only the first is read", again->value,
	    first->line);
}

/* Reports keys of map that are not scalars, not among known, or repeated.  If vals is not
 * NULL, vals[k] receives the value of the first key equal to known[k], or NULL: one pass over
 * the mapping instead of one lookup per field. */
static void
check_keys(const struct ynode *map, const char *const *known, const char *what,
    const char *goal, struct diags *d, const struct ynode **vals)
{
	const struct ynode *few[SMALL_MAP], **keys = few;
	size_t nkeys = 0;

	if (map->n / 2 > SMALL_MAP)
		keys = xmalloc((map->n / 2) * sizeof *keys);
	for (size_t i = 0; i + 1 < map->n; i += 2) {
		const struct ynode *k = map->items[i];
		char hint[TEXT_HINT_SIZE];
		size_t j;

		if (k->kind != YNODE_SCALAR) {
			rule_report(d, RULE_WRONG_TYPE, k->line, k->col, goal,
			    "a key should be a word, not %s", ynode_kind_name(k));
			continue;
		}
		keys[nkeys++] = k;
		for (j = 0; known[j] != NULL; j++)
			if (ynode_is(k, known[j]))
				break;
		if (known[j] != NULL) {
			if (vals != NULL && vals[j] == NULL)
				vals[j] = map->items[i + 1];
			continue;
		}
		rule_report(d, RULE_UNKNOWN_KEY, k->line, k->col, goal, "unknown key '%.80s' in %s%s",
		    k->value, what, text_did_you_mean(k->value, k->len, known, hint));
		diags_fix(d, text_suggest(k->value, k->len, known));
	}
	/* Each repeat is reported against the first of its kind, which is the one read.  A
	 * goal's few keys are compared pairwise; a big mapping is sorted, to stay n log n. */
	if (keys == few) {
		for (size_t i = 1; i < nkeys; i++)
			for (size_t j = 0; j < i; j++)
				if (same_text(keys[j], keys[i])) {
					report_duplicate(keys[j], keys[i], goal, d);
					break;
				}
		return;
	}
	qsort(keys, nkeys, sizeof *keys, key_cmp);
	for (size_t i = 1, first = 0; i < nkeys; i++) {
		if (same_text(keys[first], keys[i]))
			report_duplicate(keys[first], keys[i], goal, d);
		else
			first = i;
	}
	free(keys);
}

/* An id and the scope (see diag.h) of what it names. */
struct id_use {
	const struct ynode *id;
	int scope;
};

static int
id_use_cmp(const void *pa, const void *pb)
{
	return key_cmp(&((const struct id_use *)pa)->id, &((const struct id_use *)pb)->id);
}

/* Reports the second and later uses of each id among n (entries without an id skipped). */
static void
check_unique(struct id_use *ids, size_t n, const char *what, struct diags *d)
{
	size_t m = 0;

	for (size_t i = 0; i < n; i++)
		if (ids[i].id != NULL)
			ids[m++] = ids[i];
	qsort(ids, m, sizeof *ids, id_use_cmp);
	for (size_t i = 1, first = 0; i < m; i++) {
		const struct ynode *a = ids[first].id, *b = ids[i].id;

		if (same_text(a, b)) {
			d->scope = ids[i].scope;
			rule_report(d, RULE_DUPLICATE_ID, b->line, b->col, b->value,
			    "duplicate %s id '%.80s' (first at line %d)", what, b->value, a->line);
			d->scope = 0;
		} else {
			first = i;
		}
	}
}

static int
read_date(const struct ynode *v, const char *key, const char *goal, long *out,
    struct diags *d)
{
	int rc;

	if ((v = want_text(v, key, goal, d)) == NULL)
		return 0;
	rc = date_parse(v->value, v->len, out);
	if (rc == 1)
		return 1;
	if (rc == 0)
		rule_report(d, RULE_INVALID_DATE, v->line, v->col, goal,
		    "%s '%.40s' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31", key, v->value);
	/* date_parse returned -1, so the text is YYYY-MM-DD in digits: atoi cannot fail on it.
	 * NOLINTBEGIN(cert-err34-c) */
	else if (atoi(v->value + 5) < 1 || atoi(v->value + 5) > 12)
		rule_report(d, RULE_INVALID_DATE, v->line, v->col, goal,
		    "%s %s does not exist: months run from 01 to 12", key, v->value);
	else
		rule_report(d, RULE_INVALID_DATE, v->line, v->col, goal,
		    "%s %s does not exist: that month has %d days", key, v->value,
		    date_days_in_month(atoi(v->value), atoi(v->value + 5)));
	/* NOLINTEND(cert-err34-c) */
	return 0;
}

static int
read_target(const struct ynode *v, const char *key, const char *goal, double *out,
    struct diags *d)
{
	if (v == NULL || ynode_is_null(v))
		return 0;
	if (v->kind != YNODE_SCALAR) {
		rule_report(d, RULE_WRONG_TYPE, v->line, v->col, goal,
		    "'%s' should be a number, not %s", key, ynode_kind_name(v));
		return 0;
	}
	if (!goals_number(v, out)) {
		rule_report(d, RULE_INVALID_VALUE, v->line, v->col, goal,
		    "'%s' should be a number, e.g. %s: 2; found '%.40s'", key, key, v->value);
		return 0;
	}
	if (*out < 0) {
		rule_report(d, RULE_INVALID_VALUE, v->line, v->col, goal,
		    "'%s' should not be negative", key);
		return 0;
	}
	return 1;
}

/* Whether m, the value of goal id's key, is a mapping to read: 0 when it is empty, or when it
 * is not a mapping, which is said with what it should be like (shape); else 1, its keys
 * checked against known and their values in v, as check_keys does for what. */
static int
goal_map(const struct ynode *m, const char *key, const char *shape,
    const char *const *known, const char *what, const char *id, struct diags *d,
    const struct ynode **v)
{
	if (m == NULL || ynode_is_null(m))
		return 0;
	if (m->kind != YNODE_MAP) {
		rule_report(d, RULE_WRONG_TYPE, m->line, m->col, id,
		    "'%s' should be a mapping %s, not %s", key, shape, ynode_kind_name(m));
		return 0;
	}
	check_keys(m, known, what, id, d, v);
	return 1;
}

/* The values of a measure's `days:`, and the days of the week each counts. */
static const struct {
	const char *name;
	unsigned days;
} measure_days[] = {
	{ "every day", GOAL_EVERY_DAY }, { "weekdays", GOAL_WEEKDAYS },
	{ "weekends", GOAL_WEEKENDS },
};

int
measure_counts_day(const struct measure *m, long day)
{
	/* 0, as in a measure made otherwise than by reading a file, is every day. */
	return m->days == 0 || (m->days >> date_weekday(day) & 1u) != 0;
}

const char *
measure_days_name(const struct measure *m)
{
	for (size_t i = 1; i < sizeof measure_days / sizeof measure_days[0]; i++)
		if (m->days == measure_days[i].days)
			return measure_days[i].name;
	return NULL;
}

static void
read_days(struct measure *ms, const struct ynode *v, const char *id, struct diags *d)
{
	static const char *const names[] = { "every day", "weekdays", "weekends", NULL };
	const struct ynode *t = want_text(v, "days", id, d);
	char hint[TEXT_HINT_SIZE];

	ms->days = GOAL_EVERY_DAY;
	ms->days_node = t;
	if (t == NULL)
		return;
	for (size_t i = 0; i < sizeof measure_days / sizeof measure_days[0]; i++)
		if (strlen(measure_days[i].name) == t->len &&
		    strncasecmp(measure_days[i].name, t->value, t->len) == 0) {
			ms->days = measure_days[i].days;
			return;
		}
	rule_report(d, RULE_INVALID_VALUE, t->line, t->col, id,
	    "days '%.40s' should be weekdays, weekends or every day%s", t->value,
	    text_did_you_mean(t->value, t->len, names, hint));
	diags_fix(d, text_suggest(t->value, t->len, names));
}

static void
read_measure(struct goal *gl, const struct ynode *m, struct diags *d)
{
	const char *id = goal_id(gl);
	struct measure *ms = &gl->measure;
	const struct ynode *per, *v[M_COUNT] = { NULL };

	if (!goal_map(m, "measure", "like {tag: social, at_least: 2, per: week}", measure_keys,
	    "the measure", id, d, v))
		return;
	ms->node = m;
	ms->tag = want_text(v[M_TAG], "tag", id, d);
	ms->metric = want_text(v[M_METRIC], "metric", id, d);
	if (ms->tag != NULL && ms->metric != NULL)
		rule_report(d, RULE_INVALID_VALUE, ms->metric->line, ms->metric->col, id,
		    "a measure counts a tag or averages a metric, not both; keep one");
	ms->has_at_least = read_target(v[M_AT_LEAST], "at_least", id, &ms->at_least, d);
	ms->has_at_most = read_target(v[M_AT_MOST], "at_most", id, &ms->at_most, d);
	if (ms->has_at_least && ms->has_at_most && ms->at_least > ms->at_most)
		rule_report(d, RULE_INVALID_VALUE, m->line, m->col, id,
		    "at_least %g is more than at_most %g: no count can meet both", ms->at_least,
		    ms->at_most);
	if (ms->tag != NULL && ms->tag->len > 0 && ms->tag->value[0] == '#')
		rule_report(d, RULE_INVALID_VALUE, ms->tag->line, ms->tag->col, id,
		    "write the tag without its '#': tag: %.40s", ms->tag->value + 1);
	read_days(ms, v[M_DAYS], id, d);
	ms->per = PERIOD_TOTAL;
	if ((per = want_text(v[M_PER], "per", id, d)) != NULL &&
	    (!date_period_parse(per->value, per->len, &ms->per) || ms->per == PERIOD_YEAR)) {
		static const char *const periods[] = { "day", "week", "month", NULL };
		char hint[TEXT_HINT_SIZE];

		ms->per = PERIOD_TOTAL;
		rule_report(d, RULE_INVALID_VALUE, per->line, per->col, id,
		    "per '%.40s' should be day, week or month (or left out for a total)%s",
		    per->value, text_did_you_mean(per->value, per->len, periods, hint));
		diags_fix(d, text_suggest(per->value, per->len, periods));
	}
}

/* A level's key, "-2" to "+2" ("1" is "+1"): 1 and its level in *level, or 0. */
static int
gas_level(const struct ynode *k, int *level)
{
	return k->kind == YNODE_SCALAR && gas_level_parse(k->value, k->len, level);
}

static void
read_gas(struct goal *gl, const struct ynode *m, struct diags *d)
{
	static const char *const names[] = { "-2", "-1", "0", "+1", "+2" };
	const char *id = goal_id(gl);
	struct gas *gs = &gl->gas;
	const struct ynode *v[GAS_COUNT] = { NULL }, *lv;
	char missing[32] = "";
	int ok = 1, nmissing = 0, level;
	double b;

	gs->weight = 1;
	if (!goal_map(m, "gas", "with weight and levels -2 to +2", gas_keys,
	    "the gas scale", id, d, v))
		return;
	gs->node = m;
	if (v[GAS_WEIGHT] != NULL && !ynode_is_null(v[GAS_WEIGHT]) &&
	    (!goals_number(v[GAS_WEIGHT], &gs->weight) || !(gs->weight > 0))) {
		rule_report(d, RULE_INVALID_VALUE, v[GAS_WEIGHT]->line, v[GAS_WEIGHT]->col, id,
		    "weight '%.40s' should be a positive number (1 unless this goal matters more)",
		    v[GAS_WEIGHT]->kind == YNODE_SCALAR ? v[GAS_WEIGHT]->value : "");
		gs->weight = 1;
		ok = 0;
	}
	if (v[GAS_BASELINE] != NULL && !ynode_is_null(v[GAS_BASELINE])) {
		/* Written as the levels are ("+1", "-1"), or as any number that is one. */
		if (gas_level(v[GAS_BASELINE], &level)) {
			gs->has_baseline = 1;
			gs->baseline = level;
		} else if (goals_number(v[GAS_BASELINE], &b) && (b == -2 || b == -1 || b == 0 ||
		    b == 1 || b == 2)) {
			gs->has_baseline = 1;
			gs->baseline = (int)b;
		} else {
			rule_report(d, RULE_INVALID_VALUE, v[GAS_BASELINE]->line,
			    v[GAS_BASELINE]->col, id, "baseline '%.40s' should be a level from -2 to "
			    "+2 (usually -1, or -2 when things could get worse)",
			    v[GAS_BASELINE]->kind == YNODE_SCALAR ? v[GAS_BASELINE]->value : "");
		}
	}
	lv = v[GAS_LEVELS];
	if (lv != NULL && !ynode_is_null(lv) && lv->kind != YNODE_MAP) {
		rule_report(d, RULE_WRONG_TYPE, lv->line, lv->col, id,
		    "'levels' should be a mapping from -2, -1, 0, +1 and +2 to what each looks "
		    "like, not %s", ynode_kind_name(lv));
		return;
	}
	for (size_t i = 0; lv != NULL && lv->kind == YNODE_MAP && i + 1 < lv->n; i += 2) {
		const struct ynode *k = lv->items[i], *t = lv->items[i + 1];

		if (!gas_level(k, &level)) {
			rule_report(d, RULE_GAS_SCALE, k->line, k->col, id,
			    "level '%.20s' should be one of -2, -1, 0, +1, +2",
			    k->kind == YNODE_SCALAR ? k->value : "");
			ok = 0;
			continue;
		}
		if (gs->level[level + 2] != NULL) {
			rule_report(d, RULE_GAS_SCALE, k->line, k->col, id,
			    "level %s is described twice (first at line %d)", names[level + 2],
			    gs->level[level + 2]->line);
			ok = 0;
			continue;
		}
		/* '' describes nothing: the level is missing, as if not written. */
		if ((t = want_text(t, names[level + 2], id, d)) == NULL || t->len == 0)
			continue;
		for (int o = 0; o < 5; o++) {
			if (gs->level[o] != NULL && gs->level[o]->len == t->len &&
			    strncasecmp(gs->level[o]->value, t->value, t->len) == 0) {
				rule_report(d, RULE_GAS_SCALE, t->line, t->col, id,
				    "levels %s and %s say the same; each level should describe a "
				    "different outcome", names[o], names[level + 2]);
				ok = 0;
				break;  /* once is enough to say it */
			}
		}
		gs->level[level + 2] = t;
	}
	for (int o = 0; o < 5; o++)
		nmissing += gs->level[o] == NULL;
	/* "-2, 0 and +2": the list reads as a sentence. */
	for (int o = 0, k = 0; o < 5; o++) {
		if (gs->level[o] != NULL)
			continue;
		snprintf(missing + strlen(missing), sizeof missing - strlen(missing), "%s%s",
		    k == 0 ? "" : k + 1 == nmissing ? " and " : ", ", names[o]);
		k++;
	}
	if (nmissing == 5) {
		rule_report(d, RULE_GAS_SCALE, m->line, m->col, id,
		    "the scale has no levels: add levels: with what -2 (much less than expected), "
		    "-1, 0 (as expected), +1 and +2 (much more) would look like");
		ok = 0;
	} else if (nmissing > 0) {
		rule_report(d, RULE_GAS_SCALE, m->line, m->col, id,
		    "the scale lacks level%s %s: describe all five, from much less than expected "
		    "(-2) to much more (+2)", nmissing > 1 ? "s" : "", missing);
		ok = 0;
	}
	/* The level is written in the journal as the field gas-ID, so the id must be a field's
	 * key: a letter, then letters, digits, '-' and '_'. */
	if (id != NULL && text_key_len(id, strlen(id)) != strlen(id)) {
		rule_report(d, RULE_GAS_SCALE, gl->id->line, gl->id->col, id,
		    "the id '%.40s' cannot name a journal field (gas-%.40s): use letters, digits, "
		    "'-' and '_', starting with a letter", id, id);
		ok = 0;
	}
	gs->complete = ok;
}

static void
read_steps(struct goal *gl, const struct ynode *s, struct diags *d)
{
	if (s == NULL || ynode_is_null(s))
		return;
	if (s->kind != YNODE_SEQ) {
		rule_report(d, RULE_WRONG_TYPE, s->line, s->col, goal_id(gl),
		    "'steps' should be a list, e.g. steps: [Say hello to one neighbour], not %s",
		    ynode_kind_name(s));
		return;
	}
	for (size_t i = 0; i < s->n; i++)
		if (s->items[i]->kind != YNODE_SCALAR)
			rule_report(d, RULE_WRONG_TYPE, s->items[i]->line, s->items[i]->col,
			    goal_id(gl), "a step should be a text, not %s",
			    ynode_kind_name(s->items[i]));
	gl->steps = s;
}

static void
read_goal(struct goal *gl, const struct ynode *node, struct diags *d)
{
	const struct ynode *v, *f[G_COUNT] = { NULL };
	const char *id;

	memset(gl, 0, sizeof *gl);
	gl->node = node;
	gl->id = want_text(ynode_get(node, "id", NULL), "id", NULL, d);
	if (gl->id != NULL && gl->id->len == 0)
		gl->id = NULL;  /* id: "" names nothing */
	id = goal_id(gl);
	check_keys(node, goal_keys, "a goal", id, d, f);
	if (gl->id == NULL)
		rule_report(d, RULE_MISSING_FIELD, node->line, node->col, NULL,
		    "goal has no 'id'; give it a short unique name, e.g. id: social");
	gl->broad = want_text(f[G_BROAD], "broad", id, d);
	gl->text = want_text(f[G_GOAL], "goal", id, d);
	if (gl->text == NULL && gl->broad == NULL)
		rule_report(d, RULE_MISSING_FIELD, node->line, node->col, id,
		    "goal has neither 'goal' nor 'broad': write what you want to do");
	gl->area = want_text(f[G_AREA], "area", id, d);
	gl->concern = want_text(f[G_CONCERN], "concern", id, d);
	gl->why = want_text(f[G_WHY], "why", id, d);
	read_measure(gl, f[G_MEASURE], d);
	read_gas(gl, f[G_GAS], d);
	gl->start_node = f[G_START];
	gl->has_start = read_date(gl->start_node, "start", id, &gl->start, d);
	gl->deadline_node = f[G_DEADLINE];
	gl->has_deadline = read_date(gl->deadline_node, "deadline", id, &gl->deadline, d);
	read_steps(gl, f[G_STEPS], d);
	gl->status = STATUS_ACTIVE;
	if ((v = want_text(f[G_STATUS], "status", id, d)) != NULL) {
		size_t i;

		for (i = 0; status_names[i] != NULL; i++)
			if (ynode_is(v, status_names[i]))
				break;
		if (status_names[i] != NULL) {
			gl->status = (enum goal_status)i;
		} else {
			char hint[TEXT_HINT_SIZE];

			rule_report(d, RULE_INVALID_VALUE, v->line, v->col, id,
			    "status '%.40s' should be active, paused, done or dropped%s", v->value,
			    text_did_you_mean(v->value, v->len, status_names, hint));
			diags_fix(d, text_suggest(v->value, v->len, status_names));
		}
	}
}

static void
read_concerns(struct goals *g, const struct ynode *list, struct diags *d)
{
	struct id_use *ids;

	if (list == NULL || ynode_is_null(list))
		return;
	if (list->kind != YNODE_SEQ) {
		rule_report(d, RULE_WRONG_TYPE, list->line, list->col, NULL,
		    "'concerns' should be a list, not %s", ynode_kind_name(list));
		return;
	}
	g->concerns = arena_alloc(&g->doc.arena, (list->n + 1) * sizeof *g->concerns,
	    _Alignof(struct concern));
	ids = xmalloc((list->n + 1) * sizeof *ids);
	for (size_t i = 0; i < list->n; i++) {
		const struct ynode *item = list->items[i];
		struct concern *c = &g->concerns[g->nconcerns];

		memset(c, 0, sizeof *c);
		c->node = item;
		if (item->kind == YNODE_SCALAR) {
			/* A plain line of worry is a concern too; it just cannot be named by a goal. */
			if (ynode_is_null(item))
				continue;
			c->text = item;
		} else if (item->kind == YNODE_MAP) {
			check_keys(item, concern_keys, "a concern", NULL, d, NULL);
			c->id = want_text(ynode_get(item, "id", NULL), "id", NULL, d);
			c->text = want_text(ynode_get(item, "text", NULL), "text", NULL, d);
			if (c->text == NULL)
				rule_report(d, RULE_MISSING_FIELD, item->line, item->col, NULL,
				    "concern has no 'text': write the worry in your own words");
		} else {
			rule_report(d, RULE_WRONG_TYPE, item->line, item->col, NULL,
			    "a concern should be a text or a mapping with id and text, not %s",
			    ynode_kind_name(item));
			continue;
		}
		ids[g->nconcerns].id = c->id;
		ids[g->nconcerns++].scope = 0;
	}
	check_unique(ids, g->nconcerns, "concern", d);
	free(ids);
}

static void
read_goals(struct goals *g, const struct ynode *list, int line, struct diags *d)
{
	struct id_use *ids;

	if (list == NULL || ynode_is_null(list) || (list->kind == YNODE_SEQ && list->n == 0)) {
		rule_report(d, RULE_NO_GOALS, list ? list->line : line, list ? list->col : 1, NULL,
		    "no goals yet; add a 'goals:' list with at least one goal");
		return;
	}
	if (list->kind != YNODE_SEQ) {
		rule_report(d, RULE_WRONG_TYPE, list->line, list->col, NULL,
		    "'goals' should be a list of goals (lines starting with '- '), not %s",
		    ynode_kind_name(list));
		return;
	}
	g->goals = arena_alloc(&g->doc.arena, list->n * sizeof *g->goals, _Alignof(struct goal));
	ids = xmalloc(list->n * sizeof *ids);
	for (size_t i = 0; i < list->n; i++) {
		const struct ynode *item = list->items[i];

		if (item->kind != YNODE_MAP) {
			rule_report(d, RULE_WRONG_TYPE, item->line, item->col, NULL,
			    "a goal should be a mapping with id, goal, deadline ..., not %s",
			    ynode_kind_name(item));
			continue;
		}
		d->scope = (int)g->ngoals + 1;
		read_goal(&g->goals[g->ngoals], item, d);
		d->scope = 0;
		ids[g->ngoals].id = g->goals[g->ngoals].id;
		ids[g->ngoals].scope = (int)g->ngoals + 1;
		g->ngoals++;
	}
	check_unique(ids, g->ngoals, "goal", d);
	free(ids);
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
goal_last_line(const struct goals *g, size_t i, struct lines *src)
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

/* Where the comment on a line starts: a '#' outside quotes, after a blank or at the start.
 * A quote opens only where a value can start, so "I'll" in plain text is no quote. */
static const char *
comment_start(const char *t, size_t n)
{
	char q = 0;

	for (size_t i = 0; i < n; i++) {
		char c = t[i];

		if (q == '"') {
			if (c == '\\')
				i++;
			else if (c == '"')
				q = 0;
		} else if (q == '\'') {
			if (c == '\'' && i + 1 < n && t[i + 1] == '\'')
				i++;
			else if (c == '\'')
				q = 0;
		} else if (c == '#' && (i == 0 || t[i - 1] == ' ' || t[i - 1] == '\t')) {
			return t + i;
		} else if ((c == '"' || c == '\'') && (i == 0 || strchr(" \t:[{,-", t[i - 1]))) {
			q = c;
		}
	}
	return NULL;
}

/* Skips blanks from p, up to end. */
static const char *
skip_blanks(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

/* Reads a `goalcheck: disable=a, b` comment on line ln into goal i's disabled rules. */
static void
read_disable(struct goals *g, size_t i, const char *text, size_t len, int ln, struct diags *d)
{
	const char *end = text + len, *p = comment_start(text, len), *name;
	const char *id = goal_id(&g->goals[i]);
	static const char marker[] = "goalcheck:";

	if (p == NULL)
		return;
	p = skip_blanks(p + 1, end);
	if ((size_t)(end - p) < sizeof marker - 1 || memcmp(p, marker, sizeof marker - 1) != 0)
		return;
	p = skip_blanks(p + sizeof marker - 1, end);
	if ((size_t)(end - p) < 7 || memcmp(p, "disable", 7) != 0 ||
	    (p = skip_blanks(p + 7, end)) == end || *p != '=') {
		rule_report(d, RULE_UNKNOWN_RULE, ln, (int)text_codepoints(text, (size_t)(p - text)) + 1,
		    id, "a goalcheck comment reads '# goalcheck: disable=RULE, RULE'");
		return;
	}
	for (p = skip_blanks(p + 1, end); p < end; ) {
		char word[64];
		char hint[TEXT_HINT_SIZE];
		size_t n;
		int r;

		for (name = p; p < end && (isalnum((unsigned char)*p) || *p == '-' || *p == '_'); p++)
			;
		n = (size_t)(p - name);
		if (n == 0)
			break;
		snprintf(word, sizeof word, "%.*s", (int)(n < sizeof word ? n : sizeof word - 1), name);
		if ((r = rule_find(word)) >= 0 && r != RULE_FIXED) {
			g->goals[i].disabled |= 1u << r;
		} else {
			int col = (int)text_codepoints(text, (size_t)(name - text)) + 1;

			if (r == RULE_FIXED)
				rule_report(d, RULE_UNKNOWN_RULE, ln, col, id,
				    "rule '%s' cannot be turned off", word);
			else
				rule_report(d, RULE_UNKNOWN_RULE, ln, col, id, "no rule is called '%s'%s",
				    word, text_did_you_mean(word, strlen(word), rule_names(), hint));
		}
		p = skip_blanks(p, end);
		if (p >= end || *p != ',')
			break;
		p = skip_blanks(p + 1, end);
	}
}

/* 1 if some '#' in the text is followed, after blanks, by "goalcheck:".  A '#' is rare in
 * goals files, so this looks at few places. */
static int
has_goalcheck_comment(const char *buf, size_t len)
{
	const char *end = buf + len, *p = buf;

	while ((p = memchr(p, '#', (size_t)(end - p))) != NULL) {
		p = skip_blanks(p + 1, end);
		if ((size_t)(end - p) >= 10 && memcmp(p, "goalcheck:", 10) == 0)
			return 1;
	}
	return 0;
}

/* Reads the `# goalcheck:` comments of every goal.  Most files have none: one search of the
 * whole text finds that out. */
static void
read_comments(struct goals *g, const char *buf, size_t len, struct diags *d)
{
	struct lines src;

	if (g->ngoals == 0 || !has_goalcheck_comment(buf, len))
		return;
	if (lines_index(&src, buf, len) < 0)
		out_of_memory();
	for (size_t i = 0; i < g->ngoals; i++) {
		int last = goal_last_line(g, i, &src);

		d->scope = (int)i + 1;
		for (int ln = g->goals[i].node->line; ln <= last; ln++) {
			size_t n;
			const char *text = lines_get(&src, ln, &n);

			if (text != NULL && n >= 10 && memchr(text, '#', n) != NULL)
				read_disable(g, i, text, n, ln, d);
		}
		d->scope = 0;
	}
	lines_free(&src);
}

/* libyaml reads UTF-8 and, with a BOM, UTF-16; anything else is reported here, exactly. */
static int
check_text(const char *buf, size_t len, struct diags *d)
{
	const char *nul = memchr(buf, '\0', len);
	size_t bad;
	int line, col;

	if (len >= 2 && ((unsigned char)buf[0] == 0xFF || (unsigned char)buf[0] == 0xFE))
		return 0;
	bad = text_utf8_invalid(buf, nul ? (size_t)(nul - buf) : len);
	if (nul != NULL && bad == (size_t)(nul - buf)) {
		text_position(buf, bad, &line, &col);
		rule_report(d, RULE_YAML_SYNTAX, line, col, NULL,
		    "NUL byte in the file: is it a binary file rather than text?");
		return -1;
	}
	if (bad < len) {
		text_position(buf, bad, &line, &col);
		rule_report(d, RULE_YAML_SYNTAX, line, col, NULL,
		    "invalid UTF-8 (byte 0x%02X): save the file as UTF-8",
		    (unsigned char)buf[bad]);
		return -1;
	}
	return 0;
}

/* 1 if the character at 1-based line and column is a tab: libyaml's message for a tab
 * ("cannot start any token") does not tell a person what to change. */
static int
tab_at(const char *buf, size_t len, int line, int col)
{
	size_t i = 0;

	for (int l = 1; l < line && i < len; i++)
		if (buf[i] == '\n')
			l++;
	for (int c = 1; c < col && i < len && buf[i] != '\n'; c++) {
		i++;
		while (i < len && ((unsigned char)buf[i] & 0xC0) == 0x80)
			i++;
	}
	return i < len && buf[i] == '\t';
}

/* The age groups a questionnaire's norms are published for, by the words age-group takes. */
static const char *const age_words[AGE_COUNT] = {
	[AGE_ADULT] = "adult", [AGE_TEEN] = "teen", [AGE_CHILD] = "child",
};

/* age-group: one of age_words; AGE_UNKNOWN when absent or wrong (which is said). */
static enum age_group
read_age_group(const struct ynode *v, struct diags *d)
{
	if (v == NULL || ynode_is_null(v))
		return AGE_UNKNOWN;
	for (int k = AGE_ADULT; k < AGE_COUNT && v->kind == YNODE_SCALAR; k++)
		if (strcmp(v->value, age_words[k]) == 0)
			return (enum age_group)k;
	rule_report(d, RULE_INVALID_VALUE, v->line, v->col, NULL,
	    "'age-group' should be adult, teen or child");
	return AGE_UNKNOWN;
}

/* age: whole years, for the norms of the questionnaires (instruments.h).  An age of more
 * than 130 is a typo, not a person. */
static enum age_group
read_age(const struct ynode *v, struct diags *d)
{
	double years;

	if (v == NULL || ynode_is_null(v))
		return AGE_UNKNOWN;
	if (v->kind != YNODE_SCALAR || !goals_number(v, &years) || years != floor(years) ||
	    years < 1 || years > 130) {
		rule_report(d, RULE_INVALID_VALUE, v->line, v->col, NULL,
		    "'age' should be whole years, e.g. age: 16");
		return AGE_UNKNOWN;
	}
	return age_group_of((int)years);
}

/* Both may be written, but they must agree. */
static void
read_ages(struct goals *g, const struct ynode *root, struct diags *d)
{
	const struct ynode *a = ynode_get(root, "age", NULL), *ag = ynode_get(root, "age-group", NULL);
	enum age_group by_age = read_age(a, d), by_group = read_age_group(ag, d);

	g->age = by_group != AGE_UNKNOWN ? by_group : by_age;
	if (by_age != AGE_UNKNOWN && by_group != AGE_UNKNOWN && by_age != by_group)
		rule_report(d, RULE_INVALID_VALUE, ag->line, ag->col, NULL,
		    "'age-group: %s' does not agree with 'age: %s', which is %s", ag->value,
		    a->value, age_words[by_age]);
}

/* Whether node is a list of texts only, as a first draft of goals is written. */
static int
sentence_list(const struct ynode *node)
{
	if (node->kind != YNODE_SEQ || node->n == 0)
		return 0;
	for (size_t i = 0; i < node->n; i++)
		if (node->items[i]->kind != YNODE_SCALAR || node->items[i]->len == 0)
			return 0;
	return 1;
}

int
goals_load(struct goals *g, const char *buf, size_t len, struct diags *d)
{
	const struct ynode *root;

	memset(g, 0, sizeof *g);
	if (check_text(buf, len, d) < 0)
		return -1;
	if (ydoc_load(&g->doc, buf, len) < 0) {
		if (tab_at(buf, len, g->doc.error_line, g->doc.error_col))
			rule_report(d, RULE_YAML_SYNTAX, g->doc.error_line, g->doc.error_col, NULL,
			    "a tab character here: YAML indents with spaces only");
		else
			rule_report(d, RULE_YAML_SYNTAX, g->doc.error_line, g->doc.error_col, NULL,
			    "%s", g->doc.error_msg);
		return -1;
	}
	if (g->doc.ndocs > 1)
		rule_report(d, RULE_EXTRA_DOCUMENT, g->doc.second_doc_line, 1, NULL,
		    "a second YAML document starts here; goalcheck reads only the first");
	root = g->doc.root;
	if (root == NULL || ynode_is_null(root)) {
		rule_report(d, RULE_NO_GOALS, 1, 1, NULL,
		    "the file holds no goals yet; start with 'goals:' and a first goal");
		return 0;
	}
	if (sentence_list(root)) {
		/* The natural first draft: wishes, one a line.  Say how to go on from it. */
		rule_report(d, RULE_WRONG_TYPE, root->line, root->col, NULL,
		    "a list of sentences is not yet a goals file: let smartify draft a goal from "
		    "each (mv goals.yaml wishes.txt; smartify --into goals.yaml < wishes.txt), or "
		    "write each under 'goals:' as '  - goal: %.60s'", root->items[0]->value);
		return -1;
	}
	if (root->kind != YNODE_MAP) {
		rule_report(d, RULE_WRONG_TYPE, root->line, root->col, NULL,
		    "the file should be a mapping with mission, concerns and goals, not %s",
		    ynode_kind_name(root));
		return -1;
	}
	check_keys(root, top_keys, "the file", NULL, d, NULL);
	g->mission = want_text(ynode_get(root, "mission", NULL), "mission", NULL, d);
	read_ages(g, root, d);
	read_concerns(g, ynode_get(root, "concerns", NULL), d);
	read_goals(g, ynode_get(root, "goals", NULL), root->line, d);
	read_comments(g, buf, len, d);
	return 0;
}

void
goals_redact_ids(struct goals *g)
{
	for (size_t i = 0; i < g->ngoals; i++) {
		struct ynode *n;
		char id[32];

		if (g->goals[i].id == NULL)
			continue;
		n = arena_alloc(&g->doc.arena, sizeof *n, _Alignof(struct ynode));
		*n = *g->goals[i].id;
		snprintf(id, sizeof id, "goal-%zu", i + 1);
		n->len = (uint32_t)strlen(id);
		n->value = arena_strndup(&g->doc.arena, id, n->len);
		g->goals[i].id = n;
	}
}

void
goals_free(struct goals *g)
{
	ydoc_free(&g->doc);  /* the goals and concerns arrays live in its arena too */
	memset(g, 0, sizeof *g);
}

/* Whether name is want but for case, or for .yml written for .yaml (or the other way). */
static int
near_name(const char *name, const char *want)
{
	size_t n = strlen(name), w = strlen(want);

	if (strcasecmp(name, want) == 0)
		return 1;
	if (n > 4 && w > 5 && strcasecmp(name + n - 4, ".yml") == 0 &&
	    strcasecmp(want + w - 5, ".yaml") == 0)
		return n - 4 == w - 5 && strncasecmp(name, want, n - 4) == 0;
	if (n > 5 && w > 4 && strcasecmp(name + n - 5, ".yaml") == 0 &&
	    strcasecmp(want + w - 4, ".yml") == 0)
		return n - 5 == w - 4 && strncasecmp(name, want, w - 4) == 0;
	return 0;
}

const char *
goals_default_path(void)
{
	static const char *const kept[] = { "goals.yaml.age", "goals.yaml.gpg" };
	struct stat st;

	if (stat("goals.yaml", &st) == 0)
		return "goals.yaml";
	for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++)
		if (stat(kept[i], &st) == 0)
			return kept[i];
	return "goals.yaml";
}

const char *
goals_name_beside(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path;
	int dirlen = slash ? (int)(slash - path) : 0;
	const struct dirent *e;
	const char *found = NULL;
	char dir[PATH_MAX];
	DIR *dp;

	if (*base == '\0' || snprintf(dir, sizeof dir, "%.*s", slash ? dirlen : 1,
	    slash ? path : ".") >= (int)sizeof dir)
		return NULL;
	if (slash == path)
		strcpy(dir, "/");
	if ((dp = opendir(dir)) == NULL)
		return NULL;
	while (found == NULL && (e = readdir(dp)) != NULL)
		if (strcmp(e->d_name, base) != 0 && near_name(e->d_name, base) &&
		    snprintf(buf, size, "%.*s%s%s", dirlen, path, slash ? "/" : "", e->d_name) <
		    (int)size)
			found = buf;
	closedir(dp);
	return found;
}

int
goals_read_text(struct file_text *f, const char *path, struct diags *d)
{
	char near[PATH_MAX];

	if (file_read(f, path) == 0)
		return 0;
	if (errno == EISDIR && strcmp(path, "-") == 0)
		diags_add(d, SEV_ERROR, GOALS_UNREADABLE, 0, 0, 0, NULL,
		    "standard input is a folder, not a goals file");
	else if (errno == EISDIR)
		diags_add(d, SEV_ERROR, GOALS_UNREADABLE, 0, 0, 0, NULL,
		    "%s: is a folder; name the goals file inside it, e.g. %s/goals.yaml", path, path);
	else if (errno == ENOENT && strcmp(path, "-") != 0 &&
	    goals_name_beside(path, near, sizeof near) != NULL)
		diags_add(d, SEV_ERROR, GOALS_UNREADABLE, 0, 0, 0, NULL,
		    "%s: %s, but %s is there: rename it %s, or name it instead", path,
		    strerror(ENOENT), near, path);
	else
		diags_add(d, SEV_ERROR, GOALS_UNREADABLE, 0, 0, 0, NULL, "%s: %s", path,
		    crypt_strerror(path, errno, 0));
	return -1;
}
