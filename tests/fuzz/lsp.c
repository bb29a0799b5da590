/* lsp.c: fuzzes goalcheck's Language Server, its framing and its dispatch: the input is what
 * an editor sends on standard input.  Whatever comes, the server must end (at the end of the
 * input at the latest) with status 0 or 1, and every message it writes must be one frame of
 * exactly its Content-Length holding one JSON object. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "config.h"
#include "date.h"
#include "fuzz.h"
#include "lint.h"
#include "lsp.h"

/* The defaults: a fuzzed file: URI must not make the server read some config on disk (nor a
 * journal: opts.journals is 0).  A .goalcheck.yaml the input opens is read, as the server
 * reads one open in an editor. */
static int
defaults(const char *lookup, const struct lsp_config_text *open, struct config *cfg,
    struct sentence_reader **rp, struct diags *d)
{
	(void)lookup;
	if (open != NULL)
		return lint_settings_text(open->path, open->text, open->len, cfg, rp, d);
	config_init(cfg);
	if ((*rp = sentence_reader_new()) == NULL)
		abort();
	return 0;
}

/* Aborts unless the n bytes at out are whole frames of JSON objects. */
static void
check_frames(const char *out, size_t n)
{
	size_t at = 0;

	while (at < n) {
		const char *end = strstr(out + at, "\r\n\r\n");
		size_t len, head;
		json_t *v;

		/* open_memstream ends out with a NUL, and a JSON body holds none. */
		if (sscanf(out + at, "Content-Length: %zu\r\n", &len) != 1 || end == NULL)
			abort();
		head = (size_t)(end + 4 - (out + at));
		if (at + head + len > n)
			abort();
		v = json_loadb(out + at + head, len, 0, NULL);
		if (!json_is_object(v))
			abort();
		json_decref(v);
		at += head + len;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct lsp_opts opts = { date_from_ymd(2026, 2, 1), defaults, NULL, "file:///rules.md",
	    0 };
	FILE *in = fmemopen((void *)(size ? data : (const uint8_t *)""), size ? size : 1, "r");
	char *out = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&out, &n);
	int rc;

	if (in == NULL || fp == NULL)
		abort();
	if (size == 0)
		(void)getc(in);
	rc = lsp_serve(in, fp, &opts);
	fclose(in);
	fclose(fp);
	if (rc != 0 && rc != 1)
		abort();
	check_frames(out, n);
	free(out);
	return 0;
}
