/* config.c: finds and reads .goalcheck.yaml. */
#include <errno.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "config.h"
#include "crypt.h"
#include "file.h"
#include "goals.h"
#include "text.h"
#include "ytree.h"

void
config_init(struct config *c)
{
	memset(c, 0, sizeof *c);
	c->max_active = 3;
	c->stale_days = 21;
	c->caseness = 1;
	c->reach.times = 2;
	c->reach.plus = 2;
	c->reach.sd = 2;
	c->reach.step_up = 4;
	c->reach.slipping = 2;
	for (int r = 0; r < RULE_COUNT; r++)
		c->sev[r] = (int)rule_table[r].sev;
}

static int say(struct diags *d, const struct ynode *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Reports the config's problem at node at (the file's start when NULL); returns -1. */
static int
say(struct diags *d, const struct ynode *at, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diags_addv(d, SEV_ERROR, CONFIG_RULE, 0, at ? at->line : 1, at ? at->col : 1, NULL, fmt,
	    ap);
	va_end(ap);
	return -1;
}

static int
read_patterns(const struct ynode *list, const char *key, struct config_pattern **out,
    size_t *n, struct diags *d)
{
	if (list->kind != YNODE_SEQ)
		return say(d, list, "'%s' should be a list of patterns", key);
	*out = xmalloc((list->n + 1) * sizeof **out);
	for (size_t i = 0; i < list->n; i++) {
		const struct ynode *p = list->items[i];

		if (p->kind != YNODE_SCALAR)
			return say(d, p, "a pattern in '%s' should be a text", key);
		if (p->len == 0)
			return say(d, p, "an empty pattern in '%s' would match everything",
			    key);
		(*out)[*n].text = xstrndup(p->value, p->len);
		(*out)[*n].line = p->line;
		(*out)[*n].col = p->col;
		(*n)++;
	}
	return 0;
}

static int
read_rules(struct config *c, const struct ynode *map, struct diags *d)
{
	static const char *const levels[] = { "error", "warning", "info", "off", NULL };

	if (map->kind != YNODE_MAP)
		return say(d, map, "'rules' should map rule names to error, warning, "
		    "info or off");
	for (size_t i = 0; i + 1 < map->n; i += 2) {
		const struct ynode *k = map->items[i], *v = map->items[i + 1];
		int r = k->kind == YNODE_SCALAR ? rule_find(k->value) : -1;
		char hint[TEXT_HINT_SIZE];

		if (r < 0) {
			const char *name = k->kind == YNODE_SCALAR ? k->value : "";

			text_did_you_mean(name, strlen(name), rule_names(), hint);
			return say(d, k, "unknown rule '%.80s'%s", name,
			    hint[0] ? hint : " (goalcheck --list-rules lists them)");
		}
		if (r == RULE_FIXED)
			return say(d, k, "rule '%s' cannot be changed: a file that is not "
			    "YAML cannot be checked", k->value);
		if (ynode_is(v, "off") || ynode_is(v, "false"))
			c->sev[r] = SEV_OFF;
		else if (v->kind == YNODE_SCALAR && severity_parse(v->value) >= 0)
			c->sev[r] = severity_parse(v->value);
		else
			return say(d, v, "rule '%s' should be set to one of %s, %s, %s "
			    "or %s", k->value, levels[0], levels[1], levels[2], levels[3]);
	}
	return 0;
}

/* The settings that are a number, with their range.  Ten years of stale days is past any goal
 * a journal could show progress on; the reach thresholds are doc/rules.md's. */
static const struct number_setting {
	const char *key;
	size_t offset;
	double min, max;
	const char *what;       /* what it must be, for the message */
} number_settings[] = {
	{ "max-active-goals", offsetof(struct config, max_active), 1, 1000, "a whole number" },
	{ "stale-days", offsetof(struct config, stale_days), 1, 3650,
	    "a whole number of days" },
	{ "reach-times", offsetof(struct config, reach.times), 1, 100, "a number" },
	{ "reach-plus", offsetof(struct config, reach.plus), 0, 1000, "a number" },
	{ "reach-sd", offsetof(struct config, reach.sd), 0.5, 10, "a number" },
	{ "step-up-periods", offsetof(struct config, reach.step_up), 2, 52,
	    "a whole number of periods" },
	{ "slipping-periods", offsetof(struct config, reach.slipping), 1, 52,
	    "a whole number of periods" },
};

static const struct number_setting *
number_setting(const struct ynode *k)
{
	for (size_t i = 0; i < sizeof number_settings / sizeof number_settings[0]; i++)
		if (ynode_is(k, number_settings[i].key))
			return &number_settings[i];
	return NULL;
}

/* A YAML 1.1 boolean as people write one: 1, 0, or -1 for anything else. */
static int
yaml_bool(const struct ynode *v)
{
	static const char *const yes[] = { "true", "yes", "on" }, *const no[] = { "false", "no",
	    "off" };

	for (size_t i = 0; i < 3 && v->kind == YNODE_SCALAR; i++) {
		if (strcasecmp(v->value, yes[i]) == 0)
			return 1;
		if (strcasecmp(v->value, no[i]) == 0)
			return 0;
	}
	return -1;
}

/* Every setting's name, the numbers' first, for the message about one that is not. */
static const char *const setting_names[] = { "max-active-goals", "stale-days", "reach-times",
	"reach-plus", "reach-sd", "step-up-periods", "slipping-periods", "caseness", "rules",
	"vague", "absolutist", NULL };

static int
unknown_setting(const struct ynode *k, struct diags *d)
{
	const char *name = k->kind == YNODE_SCALAR ? k->value : "";
	char hint[TEXT_HINT_SIZE], known[256];
	size_t n = 0;

	if (text_did_you_mean(name, strlen(name), setting_names, hint)[0] != '\0')
		return say(d, k, "unknown setting '%.80s'%s", name, hint);
	known[0] = '\0';
	for (size_t i = 0; setting_names[i] != NULL && n < sizeof known; i++)
		n += (size_t)snprintf(known + n, sizeof known - n, "%s%s", i ? ", " : "",
		    setting_names[i]);
	return say(d, k, "unknown setting '%.80s' (known: %s)", name, known);
}

static int
read_config(struct config *c, const struct ynode *root, struct diags *d)
{
	if (root == NULL)
		return 0;  /* an empty config keeps the defaults */
	if (root->kind != YNODE_MAP)
		return say(d, root, "the config should be a mapping of settings");
	for (size_t i = 0; i + 1 < root->n; i += 2) {
		const struct ynode *k = root->items[i], *v = root->items[i + 1];
		const struct number_setting *setting;
		double limit;

		/* As in a goals file, a key given twice is a mistake and an empty value is no
		 * value. */
		for (size_t j = 0; j < i; j += 2)
			if (k->kind == YNODE_SCALAR && ynode_is(root->items[j], k->value))
				return say(d, k, "'%.80s' is set twice", k->value);
		if (ynode_is_null(v))
			continue;

		if ((setting = number_setting(k)) != NULL) {
			double *at = (double *)(void *)((char *)c + setting->offset);

			if (!goals_number(v, &limit) || limit < setting->min ||
			    limit > setting->max || (strstr(setting->what, "whole") != NULL &&
			    limit != (int)limit))
				return say(d, v, "%s should be %s from %g to %g", setting->key,
				    setting->what, setting->min, setting->max);
			*at = limit;
		} else if (ynode_is(k, "caseness")) {
			if ((c->caseness = yaml_bool(v)) < 0)
				return say(d, v, "caseness should be true or false");
		} else if (ynode_is(k, "rules")) {
			if (read_rules(c, v, d) < 0)
				return -1;
		} else if (ynode_is(k, "vague")) {
			if (read_patterns(v, "vague", &c->vague, &c->nvague, d) < 0)
				return -1;
		} else if (ynode_is(k, "absolutist")) {
			if (read_patterns(v, "absolutist", &c->absolutist, &c->nabsolutist, d) < 0)
				return -1;
		} else {
			return unknown_setting(k, d);
		}
	}
	return 0;
}

int
config_parse(struct config *c, const char *path, const char *text, size_t len,
    struct diags *d)
{
	struct ydoc doc;
	int rc;

	free(c->path);
	c->path = xstrndup(path, strlen(path));
	if (ydoc_load(&doc, text, len) < 0) {
		diags_add(d, SEV_ERROR, CONFIG_RULE, 0, doc.error_line, doc.error_col, NULL, "%s",
		    doc.error_msg);
		rc = -1;
	} else {
		rc = read_config(c, doc.root, d);
	}
	ydoc_free(&doc);
	return rc;
}

int
config_load(struct config *c, const char *path, struct diags *d)
{
	struct file_text text;
	int rc;

	if (file_read(&text, path) < 0) {
		free(c->path);
		c->path = xstrndup(path, strlen(path));
		diags_add(d, SEV_ERROR, CONFIG_RULE, 0, 0, 0, NULL, "%s",
		    crypt_strerror(path, errno, 0));
		return -1;
	}
	rc = config_parse(c, path, text.data, text.len, d);
	file_free(&text);
	return rc;
}

const char *const *
config_setting_names(void)
{
	return setting_names;
}

/* 1 if dir is the root of the file system: its parent is itself. */
static int
is_root(const char *dir)
{
	struct stat here, up;
	size_t n = strlen(dir) + 4;
	char *parent = xmalloc(n);
	int root;

	snprintf(parent, n, "%s/..", dir);
	root = stat(dir, &here) < 0 || stat(parent, &up) < 0 ||
	    (here.st_dev == up.st_dev && here.st_ino == up.st_ino);
	free(parent);
	return root;
}

char *
config_find(const char *goals_path)
{
	const char *slash = goals_path ? strrchr(goals_path, '/') : NULL;
	char *dir, *cand, *up;
	struct stat st;
	size_t n;

	/* Walk up by adding "/..", so that a relative goals path gives a relative config path:
	 * messages then name the config the way the person named the goals file. */
	if (slash != NULL)
		dir = xstrndup(goals_path, slash == goals_path ? 1 : (size_t)(slash - goals_path));
	else
		dir = xstrndup(".", 1);
	for (int depth = 0; depth < 256; depth++) {
		n = strlen(dir) + sizeof CONFIG_NAME + 1;
		cand = xmalloc(n);
		if (strcmp(dir, ".") == 0)
			snprintf(cand, n, "%s", CONFIG_NAME);
		else
			snprintf(cand, n, "%s/%s", strcmp(dir, "/") == 0 ? "" : dir, CONFIG_NAME);
		if (stat(cand, &st) == 0 && S_ISREG(st.st_mode)) {
			free(dir);
			return cand;
		}
		free(cand);
		if (is_root(dir))
			break;
		n = strlen(dir) + 4;
		up = xmalloc(n);
		snprintf(up, n, "%s/..", dir);
		free(dir);
		/* "./.." reads better as "..". */
		dir = strncmp(up, "./", 2) == 0 ? xstrndup(up + 2, strlen(up) - 2) : xstrndup(up, strlen(up));
		free(up);
	}
	free(dir);
	return NULL;
}

void
config_free(struct config *c)
{
	for (size_t i = 0; i < c->nvague; i++)
		free(c->vague[i].text);
	for (size_t i = 0; i < c->nabsolutist; i++)
		free(c->absolutist[i].text);
	free(c->vague);
	free(c->absolutist);
	free(c->path);
	memset(c, 0, sizeof *c);
}
