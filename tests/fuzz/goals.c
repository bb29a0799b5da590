/* goals.c: fuzzes the goals loader and goalcheck's rules: the input is a goals.yaml, or a
 * .goalcheck.yaml and a goals.yaml with a line "%%" between them, checked as goalcheck does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "date.h"
#include "diag.h"
#include "fuzz.h"
#include "goals.h"
#include "lint.h"
#include "rules.h"
#include "sentence.h"
#include "text.h"

#define SEPARATOR "\n%%\n"

/* Where the harness reads texts to, so that the reads are not optimised away. */
static volatile size_t sink;

/* config_load reads a path, so the config part goes through a file: one unlinked temporary
 * file for the whole run, named by its descriptor, so that nothing is left behind in /tmp. */
static const char *
config_path(const uint8_t *data, size_t size)
{
	static FILE *fp;
	static char path[64];

	if (fp == NULL) {
		if ((fp = tmpfile()) == NULL)
			abort();
		snprintf(path, sizeof path, "/proc/self/fd/%d", fileno(fp));
	}
	if (ftruncate(fileno(fp), 0) < 0 || pwrite(fileno(fp), data, size, 0) != (ssize_t)size)
		abort();
	return path;
}

/* What every finding must be, whatever the file: a place, a rule and a message. */
static void
check_findings(const struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *f = &d->v[i];

		if (f->line < 1 || f->col < 1 || f->rule == NULL || rule_find(f->rule) < 0 ||
		    f->message == NULL || strlen(f->message) == 0)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	const char *sep = text_find(text, size, SEPARATOR, strlen(SEPARATOR));
	size_t len = size;
	struct sentence_reader *reader = NULL;
	struct config cfg;
	struct diags d = { 0 };
	struct goals g;
	struct lines src;
	unsigned *pass;
	long today = date_from_ymd(2026, 2, 1);
	char *copy;

	if (sep != NULL) {
		/* A config that cannot be used stops goalcheck; here the defaults judge instead,
		 * so that the goals part is still read. */
		struct diags cd = { 0 };

		if (lint_settings(config_path(data, (size_t)(sep - text)), NULL, &cfg, &reader,
		    &cd) < 0) {
			/* Exactly one finding says why, at a place inside the config or none. */
			if (cd.n != 1 || cd.v[0].line < 0)
				abort();
			config_free(&cfg);
			reader = NULL;
		}
		diags_free(&cd);
		len = size - (size_t)(sep - text) - strlen(SEPARATOR);
		text = sep + strlen(SEPARATOR);
	}
	if (reader == NULL) {
		config_init(&cfg);
		if ((reader = sentence_reader_new()) == NULL)
			abort();
	}
	/* The goals part in a buffer of its own, so that reading past its end is caught. */
	copy = malloc(len ? len : 1);
	if (copy == NULL)
		abort();
	memcpy(copy, text, len);
	lines_index(&src, copy, len);
	if (goals_load(&g, copy, len, &d) == 0)
		lint_goals(&g, reader, today, cfg.max_active, &src, &d);
	check_findings(&d);
	pass = lint_finish(&d, &g, cfg.sev);
	/* Read every text the model hands out, so that one pointing into freed or foreign memory
	 * is caught, and hold each to its contract. */
	for (size_t i = 0; i < g.ngoals; i++) {
		const struct ynode *s = goal_sentence(&g.goals[i]);
		const char *id = goal_id(&g.goals[i]);

		if (s != NULL && strlen(s->value) > s->len)
			abort();
		if (id != NULL)
			sink += strlen(id);
		if (goal_status_name(g.goals[i].status) == NULL || (pass[i] & ~(unsigned)SMART_ALL))
			abort();
	}
	free(pass);
	lines_free(&src);
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(reader);
	config_free(&cfg);
	free(copy);
	return 0;
}
