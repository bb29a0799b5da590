/* lsp_goals.c: what the Language Server says about a document.  The document is judged once,
 * by goalcheck's own pipeline (lint_check), into a struct judgement; diagnostics, hovers and
 * code actions are only renderings of it, so that the editor and the command never disagree.
 * Edits are made by goaledit, as smartify --into makes them, and sent, never written. */
#define _XOPEN_SOURCE 700  /* realpath */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "alloc.h"
#include "draft.h"
#include "goaledit.h"
#include "goalread.h"
#include "goals.h"
#include "lint.h"
#include "lsp_server.h"
#include "readout.h"
#include "rules.h"
#include "text.h"

/* A document judged: its goals, its findings and the letters each goal passes. */
struct judgement {
	struct config cfg;
	struct sentence_reader *reader;  /* borrowed from the lsp_ctx */
	struct diags d;
	struct goals g;
	struct lines src;
	unsigned *pass;
	int goals_file;     /* it is a goals file, not some other YAML */
	struct lint_journal journal;
	int has_journal;    /* journal was read in full, for stale-goal */
	/* With the goals loaded, each measured goal's progress and baseline, built in the same
	 * one reading of the journal (whose entries go to lint_journal's own callback first):
	 * the reach rules judge from them, and a hover shows the progress. */
	int followed;
	struct progress progress;
	struct baselines base;
	void (*seen)(const struct entry *e, void *ctx);
	void *seen_ctx;
};

/* Where a journal beside a goals file can be: a folder of daily notes, or one file. */
static const char *const journal_names[] = { "journal", "journal.md" };

/* Each entry to stale-goal's count, then to the goals' progress and baselines. */
static void
seen_entry(const struct entry *e, void *ctx)
{
	struct judgement *j = ctx;

	j->seen(e, j->seen_ctx);
	progress_add(&j->progress, e);
	baselines_add(&j->base, e);
}

/* Reads the journal beside the goals file at path into j->journal, as --journal would:
 * the folder journal/ or the file journal.md in the goals file's folder, and with
 * j->followed the goals' progress and baselines in the same reading, which lint_reach then
 * judges from: goalcheck reads the journal before the goals and again after, the server only
 * once, after.  Its warnings are not the goals file's findings, and are left unsaid; a
 * journal that cannot be read in full judges no goal stale or out of reach, as with
 * --journal, and shows no progress. */
static void
read_journal(const struct lsp_ctx *c, const char *path, struct judgement *j)
{
	const char *slash = path ? strrchr(path, '/') : NULL;
	char *beside;

	if (slash == NULL)
		return;
	beside = xmalloc((size_t)(slash - path) + 16);
	for (size_t i = 0; i < sizeof journal_names / sizeof journal_names[0]; i++) {
		sprintf(beside, "%.*s/%s", (int)(slash - path), path, journal_names[i]);
		if (access(beside, R_OK) != 0)
			continue;
		lint_journal_init(&j->journal, "goalcheck", c->opts->today);
		if (j->followed) {
			progress_init(&j->progress, &j->g, &j->journal.j, c->opts->today);
			baselines_init(&j->base, &j->g, &j->journal.j, c->opts->today);
			j->seen = j->journal.j.on_entry;
			j->seen_ctx = j->journal.j.ctx;
			j->journal.j.on_entry = seen_entry;
			j->journal.j.ctx = j;
		}
		j->has_journal = journal_read(&j->journal.j, beside) == 0;
		if (j->has_journal && j->followed) {
			j->journal.progress = &j->progress;
			j->journal.base = &j->base;
		} else if (!j->has_journal) {
			lint_journal_free(&j->journal);
			if (j->followed) {
				progress_free(&j->progress);
				baselines_free(&j->base);
			}
		}
		break;
	}
	free(beside);
}

/* 1 if a document is a goals file: named so, or a mapping with a goals: key. */
static int
is_goals_file(const struct lsp_doc *doc, const struct goals *g)
{
	const char *base = doc->path ? strrchr(doc->path, '/') : NULL;

	if (base != NULL && (strcmp(base, "/goals.yaml") == 0 || strcmp(base, "/goals.yml") == 0))
		return 1;
	return g->doc.root != NULL && g->doc.root->kind == YNODE_MAP &&
	    ynode_get(g->doc.root, "goals", NULL) != NULL;
}

/* The reader of the patterns cfg adds, kept in c: *fresh, made by the settings, becomes it
 * when the patterns differ from the kept reader's, and is freed when they do not. */
static struct sentence_reader *
keep_reader(struct lsp_ctx *c, const struct config *cfg, struct sentence_reader *fresh)
{
	char *key = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&key, &len);

	if (fp == NULL)
		out_of_memory();
	for (size_t i = 0; i < cfg->nvague + cfg->nabsolutist; i++)
		fprintf(fp, "%c%s%c", i < cfg->nvague ? 'v' : 'a', i < cfg->nvague ?
		    cfg->vague[i].text : cfg->absolutist[i - cfg->nvague].text, '\0');
	if (fclose(fp) != 0)
		out_of_memory();
	if (c->key != NULL && c->keylen == len && memcmp(c->key, key, len) == 0) {
		free(key);
		sentence_reader_free(fresh);
		return c->reader;
	}
	free(c->key);
	sentence_reader_free(c->reader);
	c->key = key;
	c->keylen = len;
	return c->reader = fresh;
}

void
lsp_ctx_free(struct lsp_ctx *c)
{
	free(c->key);
	sentence_reader_free(c->reader);
}

int
lsp_is_config(const struct lsp_doc *doc)
{
	const char *base = doc->path ? strrchr(doc->path, '/') : NULL;

	return base != NULL && strcmp(base + 1, CONFIG_NAME) == 0;
}

/* 1 if paths a and b name one file: the same, or the same once resolved (a config open in
 * the editor has an absolute path, --config's may be relative or a link). */
static int
same_file(const char *a, const char *b)
{
	char *ra, *rb;
	int same;

	if (strcmp(a, b) == 0)
		return 1;
	ra = realpath(a, NULL);
	rb = realpath(b, NULL);
	same = ra != NULL && rb != NULL && strcmp(ra, rb) == 0;
	free(ra);
	free(rb);
	return same;
}

/* The open document at path, or NULL. */
static const struct lsp_doc *
open_doc(const struct lsp_ctx *c, const char *path, size_t len)
{
	for (size_t i = 0; i < c->ndocs; i++)
		if (c->docs[i].path != NULL && strlen(c->docs[i].path) == len &&
		    memcmp(c->docs[i].path, path, len) == 0)
			return &c->docs[i];
	return NULL;
}

/* The config open in the editor that judges doc instead of the file on disk: with --config,
 * that file's document; else, as config_find looks on disk, the nearest .goalcheck.yaml in
 * doc's folder or a parent, if it is open (one on disk that is nearer judges).  NULL when
 * the settings come from disk. */
static const struct lsp_doc *
open_config(const struct lsp_ctx *c, const struct lsp_doc *doc)
{
	const struct lsp_doc *found = NULL;
	char *cand;
	size_t dir;
	struct stat st;

	if (c->opts->config != NULL) {
		for (size_t i = 0; i < c->ndocs; i++)
			if (c->docs[i].path != NULL && same_file(c->docs[i].path, c->opts->config))
				return &c->docs[i];
		return NULL;
	}
	if (doc->path == NULL || doc->path[0] != '/')
		return NULL;
	cand = xmalloc(strlen(doc->path) + sizeof CONFIG_NAME + 1);
	for (dir = (size_t)(strrchr(doc->path, '/') - doc->path); ; ) {
		sprintf(cand, "%.*s/%s", (int)dir, doc->path, CONFIG_NAME);
		if ((found = open_doc(c, cand, strlen(cand))) != NULL ||
		    (stat(cand, &st) == 0 && S_ISREG(st.st_mode)) || dir == 0)
			break;
		while (doc->path[--dir] != '/')
			;
	}
	free(cand);
	return found;
}

int
lsp_config_governs(const struct lsp_ctx *c, const struct lsp_doc *cfg_doc,
    const struct lsp_doc *doc)
{
	size_t dir;

	if (c->opts->config != NULL)
		return cfg_doc->path != NULL && same_file(cfg_doc->path, c->opts->config);
	if (cfg_doc->path == NULL || doc->path == NULL)
		return 0;
	dir = (size_t)(strrchr(cfg_doc->path, '/') - cfg_doc->path);
	return strncmp(doc->path, cfg_doc->path, dir + 1) == 0;
}

/* The settings for doc, from the config open in the editor that governs it, else as the
 * command finds them; a config that cannot be used is a finding, and the defaults judge. */
static void
settings(struct lsp_ctx *c, const struct lsp_doc *doc, struct judgement *j)
{
	const struct lsp_doc *cd_doc = open_config(c, doc);
	struct lsp_config_text open;
	struct diags cd = { 0 };
	struct sentence_reader *fresh = NULL;

	if (cd_doc != NULL)
		open = (struct lsp_config_text){ cd_doc->path, cd_doc->text, cd_doc->len };
	if (c->opts->settings(doc->path, cd_doc ? &open : NULL, &j->cfg, &fresh, &cd) == 0) {
		j->reader = keep_reader(c, &j->cfg, fresh);
		return;
	}
	for (size_t i = 0; i < cd.n; i++)
		diags_add(&j->d, SEV_ERROR, CONFIG_RULE, 0, 0, 0, NULL, "%s%s%d: %s; the defaults "
		    "are used", j->cfg.path ? j->cfg.path : "the config", cd.v[i].line ? ":" : "",
		    cd.v[i].line, cd.v[i].message);
	diags_free(&cd);
	config_free(&j->cfg);
	config_init(&j->cfg);
	if ((fresh = sentence_reader_new()) == NULL)
		out_of_memory();
	j->reader = keep_reader(c, &j->cfg, fresh);
}

/* Judges doc into j. */
static void
judge(struct lsp_ctx *c, const struct lsp_doc *doc, struct judgement *j)
{
	int loaded;

	memset(j, 0, sizeof *j);
	settings(c, doc, j);
	if (lines_index(&j->src, doc->text, doc->len) < 0)
		out_of_memory();
	loaded = goals_load(&j->g, doc->text, doc->len, &j->d) == 0;
	if (loaded)
		goals_read_sentences(&j->g, j->reader, c->opts->today, GOALS_READ_MEASURES);
	j->goals_file = is_goals_file(doc, &j->g);
	j->followed = loaded;
	if (j->goals_file && c->opts->journals)
		read_journal(c, doc->path, j);
	j->pass = lint_check(&j->g, loaded, j->reader, &j->cfg, c->opts->today,
	    j->has_journal ? &j->journal : NULL, &j->src, &j->d);
}

static void
judgement_free(struct judgement *j)
{
	free(j->pass);
	lines_free(&j->src);
	goals_free(&j->g);
	diags_free(&j->d);
	config_free(&j->cfg);
	if (j->has_journal) {
		lint_journal_free(&j->journal);
		if (j->followed) {
			progress_free(&j->progress);
			baselines_free(&j->base);
		}
	}
}

/* ---- Positions --------------------------------------------------------------------------- */

/* The units of the position encoding that the n-byte code point at s takes (1 for a byte that
 * begins none), and its length in bytes through *len. */
static int
units(struct lsp_ctx *c, const char *s, size_t n, size_t *len)
{
	size_t l = text_utf8_len(s, n);

	*len = l ? l : 1;
	if (c->enc == LSP_UTF8)
		return (int)*len;
	return l == 4 ? 2 : 1;
}

static json_t *
position(int line, int character)
{
	return json_pack("{s:i, s:i}", "line", line, "character", character);
}

/* The range of a finding at 1-based line and code point column col: from there to the end of
 * the word it starts (a finding has a place, not an extent); 0:0 for one about the file. */
static json_t *
finding_range(struct lsp_ctx *c, struct lines *src, int line, int col)
{
	size_t n, i = 0, len;
	const char *t = line > 0 ? lines_get(src, line, &n) : NULL;
	int at = 0, end;

	if (t == NULL)
		return json_pack("{s:o, s:o}", "start", position(line > 0 ? line - 1 : 0, 0),
		    "end", position(line > 0 ? line - 1 : 0, 0));
	for (int k = 1; k < col && i < n; k++, i += len)
		at += units(c, t + i, n - i, &len);
	for (end = at; i < n && t[i] != ' ' && t[i] != '\t'; i += len)
		end += units(c, t + i, n - i, &len);
	return json_pack("{s:o, s:o}", "start", position(line - 1, at), "end",
	    position(line - 1, end));
}

/* The position of byte offset off in text: lines end at LF, CRLF or CR, as LSP counts. */
static json_t *
offset_position(struct lsp_ctx *c, const char *text, size_t off)
{
	size_t start = 0, len;
	int line = 0, at = 0;

	for (size_t i = 0; i < off; i++)
		if (text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n')) {
			line++;
			start = i + 1;
		}
	for (size_t i = start; i < off; i += len)
		at += units(c, text + i, off - i, &len);
	return position(line, at);
}

/* ---- Diagnostics ------------------------------------------------------------------------- */

static const int lsp_severity[] = { [SEV_INFO] = 3, [SEV_WARNING] = 2, [SEV_ERROR] = 1 };

static json_t *
diagnostic(struct lsp_ctx *c, struct lines *src, const struct diag *f)
{
	json_t *v = json_pack("{s:o, s:i, s:s, s:s, s:s}", "range",
	    finding_range(c, src, f->line, f->col), "severity", lsp_severity[f->sev],
	    "code", f->rule, "source", "goalcheck", "message", f->message);

	if (rule_find(f->rule) >= 0 && c->opts->rules_doc != NULL) {
		char *href = xmalloc(strlen(c->opts->rules_doc) + strlen(f->rule) + 2);

		sprintf(href, "%s#%s", c->opts->rules_doc, f->rule);
		json_object_set_new(v, "codeDescription", json_pack("{s:s}", "href", href));
		free(href);
	}
	return v;
}

/* The diagnostics of a config open in the editor: what goalcheck would say of it, read as
 * it reads one, at the place it says (config.c stops at the first problem). */
static json_t *
config_diagnostics(struct lsp_ctx *c, const struct lsp_doc *doc)
{
	struct lsp_config_text open = { doc->path, doc->text, doc->len };
	struct sentence_reader *r = NULL;
	struct config cfg;
	struct diags d = { 0 };
	struct lines src;
	json_t *all = json_array();

	if (lines_index(&src, doc->text, doc->len) < 0)
		out_of_memory();
	if (c->opts->settings(doc->path, &open, &cfg, &r, &d) == 0)
		sentence_reader_free(r);
	for (size_t i = 0; i < d.n; i++)
		json_array_append_new(all, diagnostic(c, &src, &d.v[i]));
	config_free(&cfg);
	diags_free(&d);
	lines_free(&src);
	return all;
}

json_t *
lsp_diagnostics(struct lsp_ctx *c, const struct lsp_doc *doc)
{
	struct judgement j;
	json_t *all;

	if (lsp_is_config(doc))
		return config_diagnostics(c, doc);
	all = json_array();
	judge(c, doc, &j);
	for (size_t i = 0; j.goals_file && i < j.d.n; i++)
		json_array_append_new(all, diagnostic(c, &j.src, &j.d.v[i]));
	judgement_free(&j);
	return all;
}

/* ---- Hover ------------------------------------------------------------------------------- */

/* The goal whose lines hold 1-based line ln, or -1. */
static int
goal_at(const struct goals *g, int ln)
{
	int found = -1;

	for (size_t i = 0; i < g->ngoals; i++)
		if (g->goals[i].node->line <= ln && ln <= g->goals[i].node->end_line)
			found = (int)i;
	return found;
}

/* What the sentence reader read in gl's sentence s, as Markdown lines: readout.h's values,
 * each from its words, the deadline counted as goalcheck counts it (from the goal's start):
 * the reading the judgement kept (goal_sentence_of), so the hover and goalcheck agree. */
static void
hover_sentence(FILE *fp, struct sentence_reader *r, const struct goal *gl,
    const struct ynode *s, long today)
{
	struct sentence st;
	struct readout ro;
	int seen[RO_ABSOLUTE + 1] = { 0 };

	goal_sentence_of(gl, r, today, &st);
	readout_make(r, s->value, s->len, today, &st, NULL, &ro);
	for (size_t i = 0; i < ro.n; i++)
		seen[ro.v[i].kind] = 1;
	fputs("\nThe sentence reader read:\n\n", fp);
	/* In the readout's order; a target, period and deadline are said even when absent. */
	for (int k = RO_TARGET; k <= RO_ABSOLUTE; k++) {
		if (!seen[k] && k <= RO_DEADLINE)
			fprintf(fp, "- %s: %s\n", readout_kind_name((enum readout_kind)k),
			    k == RO_PERIOD && seen[RO_TARGET] ? "the whole goal" : "none");
		for (size_t i = 0; i < ro.n; i++)
			if (ro.v[i].kind == (enum readout_kind)k)
				fprintf(fp, "- %s: %s, from \"%.*s\"\n", readout_kind_name(ro.v[i].kind),
				    ro.v[i].value, (int)ro.v[i].at.len, s->value + ro.v[i].at.off);
	}
}

/* With a journal, the last day progress on goal gl was written, as stale-goal counts it. */
static void
hover_journal(FILE *fp, struct judgement *j, const struct goal *gl)
{
	const struct ynode *tag = gl->measure.tag, *metric = gl->measure.metric;
	const struct ynode *name = tag ? tag : metric;
	char day[DATE_BUFSIZE];
	long last;

	if (!j->has_journal || name == NULL || name->kind != YNODE_SCALAR)
		return;
	last = lint_journal_last(&j->journal, tag != NULL, name->value, name->len);
	fprintf(fp, "\nIn the journal, the last entry that counted (%s%s): %s\n",
	    tag ? "#" : "", name->value + (tag && name->value[0] == '#'),
	    last == LONG_MIN ? "none yet" : date_format(last, day));
}

/* A period's value as the hover says it: a tag's count, a metric's mean to one decimal, and
 * its verdict (progress.h). */
static void
put_value(FILE *fp, const struct goal_progress *gp, const struct period_judgement *pj)
{
	if (!pj->has)
		fprintf(fp, "no value, %s\n", verdict_names[pj->verdict]);
	else
		fprintf(fp, "%s%g, %s\n", gp->tag >= 0 ? "" : "mean ", round(pj->value * 10) / 10,
		    verdict_names[pj->verdict]);
}

/* With a journal, how goal gl's measure went: in the last whole period, and since its start
 * (else the journal's first day) period by period, worded as sessionsheet words them. */
static void
hover_progress(FILE *fp, struct judgement *j, const struct goal *gl)
{
	const struct goal_progress *gp = NULL;
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE];
	long lo, hi, from, met = 0, of = 0;
	struct period_judgement pj;
	const char *per;

	if (!j->has_journal || !j->followed)
		return;
	for (size_t k = 0; k < j->progress.n && gp == NULL; k++)
		if (j->progress.v[k].goal == gl)
			gp = &j->progress.v[k];
	if (gp == NULL)
		return;
	fputc('\n', fp);
	from = gl->has_start ? gl->start : j->journal.first;
	if (gp->s.per == PERIOD_TOTAL) {
		progress_judge(&j->progress, gp, from, 0, &pj);
		fputs("- so far: ", fp);
		put_value(fp, gp, &pj);
		return;
	}
	per = date_period_name(gp->s.per);
	if (from == LONG_MAX || !progress_range(gp, from, &lo, &hi)) {
		fprintf(fp, "- no whole %s yet\n", per);
		return;
	}
	progress_judge(&j->progress, gp, from, hi, &pj);
	date_format(date_period_start(hi, gp->s.per), a);
	date_format(date_period_start(hi + 1, gp->s.per) - 1, b);
	if (gp->s.per == PERIOD_DAY)
		fprintf(fp, "- the last whole day (%s): ", a);
	else
		fprintf(fp, "- the last whole %s (%s to %s): ", per, a, b);
	put_value(fp, gp, &pj);
	for (long i = lo; i <= hi; i++) {
		progress_judge(&j->progress, gp, from, i, &pj);
		met += pj.verdict == VERDICT_MET;
		of += pj.verdict == VERDICT_MET || pj.verdict == VERDICT_NOT_MET;
	}
	fprintf(fp, "- met %ld of %ld %s%s since %s\n", met, of, per, of == 1 ? "" : "s",
	    date_format(from, a));
}

/* The hover of goal i: its letters, then what its sentence says. */
static char *
hover_text(struct lsp_ctx *c, struct judgement *j, size_t i)
{
	const struct goal *gl = &j->g.goals[i];
	const struct ynode *s = goal_sentence(gl);
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	if (fp == NULL)
		out_of_memory();
	fprintf(fp, "**goal %s**", goal_id(gl) ? goal_id(gl) : "(no id)");
	if (gl->status == STATUS_ACTIVE || gl->status == STATUS_PAUSED)
		for (int k = 0; k < 5; k++)
			fprintf(fp, "%s%c %s", k ? " · " : ": ", "SMART"[k],
			    j->pass[i] & (1u << k) ? "✓" : "✗");
	else
		fprintf(fp, ": %s, not judged", goal_status_name(gl->status));
	fputc('\n', fp);
	if (s != NULL)
		hover_sentence(fp, j->reader, gl, s, c->opts->today);
	hover_journal(fp, j, gl);
	hover_progress(fp, j, gl);
	if (fclose(fp) != 0)
		out_of_memory();
	return text;
}

json_t *
lsp_hover(struct lsp_ctx *c, const struct lsp_doc *doc, int ln)
{
	struct judgement j;
	json_t *v = json_null();
	int i;

	judge(c, doc, &j);
	if (j.goals_file && (i = goal_at(&j.g, ln + 1)) >= 0) {
		char *text = hover_text(c, &j, (size_t)i);

		v = json_pack("{s:{s:s, s:s}}", "contents", "kind", "markdown", "value", text);
		free(text);
	}
	judgement_free(&j);
	return v;
}

/* ---- Code actions ------------------------------------------------------------------------ */

/* The edit from doc's text to out's, as one TextEdit over the bytes that differ, its ends
 * kept off the middle of a character. */
static json_t *
text_edit(struct lsp_ctx *c, const struct lsp_doc *doc, const struct goaledit_out *out)
{
	size_t p = 0, q = 0, max = doc->len < out->len ? doc->len : out->len;
	char *repl;
	json_t *v;

	while (p < max && doc->text[p] == out->data[p])
		p++;
	while (p > 0 && ((unsigned char)doc->text[p] & 0xC0) == 0x80)
		p--;
	while (q < max - p && doc->text[doc->len - 1 - q] == out->data[out->len - 1 - q])
		q++;
	while (q > 0 && ((unsigned char)doc->text[doc->len - q] & 0xC0) == 0x80)
		q--;
	repl = xstrndup(out->data + p, out->len - q - p);
	v = json_pack("{s:{s:o, s:o}, s:s}", "range", "start",
	    offset_position(c, doc->text, p), "end", offset_position(c, doc->text, doc->len - q),
	    "newText", repl);
	free(repl);
	return v;
}

/* A quick fix titled title that turns doc's text into out's, for the finding f (or none). */
static json_t *
action(struct lsp_ctx *c, const struct lsp_doc *doc, const char *title,
    const struct goaledit_out *out, json_t *diag)
{
	json_t *a = json_pack("{s:s, s:s, s:{s:{s:[o]}}}", "title", title, "kind", "quickfix",
	    "edit", "changes", doc->uri, text_edit(c, doc, out));

	if (diag != NULL)
		json_object_set_new(a, "diagnostics", json_pack("[o]", diag));
	return a;
}

/* "Turn off RULE for this goal" for finding f, unless an earlier finding offered it. */
static void
disable_action(struct lsp_ctx *c, const struct lsp_doc *doc, struct judgement *j,
    size_t k, json_t *all)
{
	const struct diag *f = &j->d.v[k];
	struct goaledit_out out;
	struct diags why = { 0 };
	char title[96];
	int rc;

	if (f->scope == 0 || rule_find(f->rule) < 0 || rule_find(f->rule) == RULE_FIXED)
		return;
	for (size_t e = 0; e < k; e++)
		if (j->d.v[e].scope == f->scope && strcmp(j->d.v[e].rule, f->rule) == 0)
			return;
	/* An action that cannot be made is not offered; why not is no news to the editor. */
	rc = goaledit_disable(doc->text, doc->len, &j->g, (size_t)f->scope - 1, f->rule, &out,
	    &why);
	diags_free(&why);
	if (rc < 0)
		return;
	snprintf(title, sizeof title, "Turn off %s for this goal", f->rule);
	json_array_append_new(all, action(c, doc, title, &out,
	    diagnostic(c, &j->src, f)));
	free(out.data);
}

/* "Did you mean 'X'?" for finding k, that knows what its text likely meant. */
static void
fix_action(struct lsp_ctx *c, const struct lsp_doc *doc, struct judgement *j, size_t k,
    json_t *all)
{
	const struct diag *f = &j->d.v[k];
	struct goaledit_out out;
	struct diags why = { 0 };
	char title[128];
	int rc;

	if (f->fix == NULL)
		return;
	rc = goaledit_retext(doc->text, doc->len, &j->g, f->line, f->col, f->fix, &out, &why);
	diags_free(&why);
	if (rc < 0)
		return;
	snprintf(title, sizeof title, "Did you mean '%.80s'?", f->fix);
	json_array_append_new(all, action(c, doc, title, &out, diagnostic(c, &j->src, f)));
	free(out.data);
}

/* 1 if goal i has an id that names it alone, which goaledit_replace finds it by. */
static int
own_id(const struct judgement *j, size_t i)
{
	const char *id = goal_id(&j->g.goals[i]);

	if (id == NULL)
		return 0;
	for (size_t k = 0; k < j->g.ngoals; k++)
		if (k != i && goal_id(&j->g.goals[k]) != NULL &&
		    strcmp(goal_id(&j->g.goals[k]), id) == 0)
			return 0;
	return 1;
}

/* 1 if goal i can be redrafted in place: judged, short of a letter a draft gives (S, M or
 * T: a goal over the active-goal limit, failing A, is no better for a new sentence), with a
 * sentence and its own id, as smartify --into --id asks. */
static int
redraftable(const struct judgement *j, size_t i)
{
	const struct goal *gl = &j->g.goals[i];
	unsigned drafted = SMART_S | SMART_M | SMART_T;

	return own_id(j, i) && goal_sentence(gl) != NULL && (j->pass[i] & drafted) != drafted &&
	    (gl->status == STATUS_ACTIVE || gl->status == STATUS_PAUSED);
}

/* For finding k, when it is of rule r and about a goal with its own id: the action that sets
 * the goal's key to value, called title. */
static void
set_action(struct lsp_ctx *c, const struct lsp_doc *doc, struct judgement *j, size_t k,
    json_t *all, enum rule r, const char *key, const char *value, const char *title)
{
	const struct gfield field = { key, value, NULL, NULL, 0, NULL };
	const struct diag *f = &j->d.v[k];
	struct goaledit_out out;
	struct diags why = { 0 };

	if (f->scope == 0 || strcmp(f->rule, rule_table[r].name) != 0 ||
	    !own_id(j, (size_t)f->scope - 1))
		return;
	if (goaledit_replace(doc->text, doc->len, &j->g, goal_id(&j->g.goals[f->scope - 1]),
	    &field, 1, &out, &why) == 0) {
		json_array_append_new(all, action(c, doc, title, &out, diagnostic(c, &j->src, f)));
		free(out.data);
	}
	diags_free(&why);
}

/* "Pause this goal" for finding k, that goal k's is over the active-goal limit. */
static void
pause_action(struct lsp_ctx *c, const struct lsp_doc *doc, struct judgement *j, size_t k,
    json_t *all)
{
	set_action(c, doc, j, k, all, RULE_TOO_MANY_ACTIVE_GOALS, "status", "paused",
	    "Pause this goal");
}

/* "Write deadline: DATE" for a floating-deadline: the date the span means today, in the
 * reading the judgement kept. */
static void
deadline_action(struct lsp_ctx *c, const struct lsp_doc *doc, struct judgement *j, size_t k,
    json_t *all)
{
	const struct diag *f = &j->d.v[k];
	struct sentence sen;
	char day[DATE_BUFSIZE], title[64];

	if (f->scope == 0 || strcmp(f->rule, rule_table[RULE_FLOATING_DEADLINE].name) != 0)
		return;
	goal_sentence_of(&j->g.goals[f->scope - 1], j->reader, c->opts->today, &sen);
	if (!sen.has_deadline)
		return;
	snprintf(title, sizeof title, "Write deadline: %s", date_format(sen.deadline, day));
	set_action(c, doc, j, k, all, RULE_FLOATING_DEADLINE, "deadline", day, title);
}

/* "Rewrite as a SMART draft": smartify's draft of goal i's sentence, keeping its id. */
static void
draft_action(struct lsp_ctx *c, const struct lsp_doc *doc, struct judgement *j,
    size_t i, json_t *all)
{
	const struct goal *gl = &j->g.goals[i];
	const struct ynode *s = goal_sentence(gl);
	struct drafter *dr = drafter_new();
	struct gfield f[DRAFT_MAXFIELDS], sub[DRAFT_MAXSUB];
	struct goaledit_out out;
	struct draft d;
	struct diags why = { 0 };
	size_t n;

	if (dr == NULL)
		out_of_memory();
	drafter_use_goals(dr, &j->g);
	draft_make(dr, s->value, s->len, c->opts->today, &d);
	n = draft_keep_words(&d, gl, f, draft_edit_fields(&d, f, sub));
	if (goaledit_replace(doc->text, doc->len, &j->g, goal_id(gl), f, n, &out, &why) == 0) {
		json_array_append_new(all, action(c, doc, "Rewrite as a SMART draft", &out, NULL));
		free(out.data);
	}
	diags_free(&why);
	draft_free(&d);
	drafter_free(dr);
}

json_t *
lsp_actions(struct lsp_ctx *c, const struct lsp_doc *doc, int first, int last)
{
	struct judgement j;
	json_t *all = json_array();
	int i;

	judge(c, doc, &j);
	if (!j.goals_file)
		goto done;
	for (size_t k = 0; k < j.d.n; k++)
		if (j.d.v[k].line >= first + 1 && j.d.v[k].line <= last + 1) {
			fix_action(c, doc, &j, k, all);
			pause_action(c, doc, &j, k, all);
			deadline_action(c, doc, &j, k, all);
			disable_action(c, doc, &j, k, all);
		}
	if ((i = goal_at(&j.g, first + 1)) >= 0 && redraftable(&j, (size_t)i))
		draft_action(c, doc, &j, (size_t)i, all);
done:
	judgement_free(&j);
	return all;
}
