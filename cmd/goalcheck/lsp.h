/* lsp.h: goalcheck --lsp, a Language Server (LSP 3.17 over standard input and output) that
 * puts goalcheck's findings under the words as a person types, with hover and quick fixes.
 *
 * lsp.c reads and writes the messages and keeps the documents; lsp_goals.c judges a document
 * once, with the pipeline goalcheck uses, and renders that judgement as diagnostics, hovers
 * and code actions (lsp_server.h, between the two).  The server never writes a file: an edit
 * is sent to the editor.  goalcheck.c needs only this header, and Jansson's names stay out of
 * it (lib/json.h, its own writer, has json_object too). */
#ifndef GOALCHECK_LSP_H
#define GOALCHECK_LSP_H

#include <stddef.h>
#include <stdio.h>

#include "config.h"
#include "diag.h"
#include "sentence.h"

/* A config open in the editor: its len bytes of text, read as the file at path. */
struct lsp_config_text {
	const char *path;
	const char *text;
	size_t len;
};

/* The settings that judge the goals file at lookup (a path, or NULL): as lint_settings, or
 * from the config open in the editor when open is not NULL, with the command line's say over
 * them.  Returns 0, or -1 with why as one finding in d. */
typedef int lsp_settings_fn(const char *lookup, const struct lsp_config_text *open,
    struct config *cfg, struct sentence_reader **rp, struct diags *d);

struct lsp_opts {
	long today;                /* the day deadlines are judged on */
	lsp_settings_fn *settings;
	const char *config;        /* --config's file, or NULL: .goalcheck.yaml is looked for */
	const char *rules_doc;     /* file:// URL of rules.md, to which "#RULE" is added */
	int journals;              /* read the journal beside each goals file (stale-goal) */
};

/* Serves the messages read from in, answering on out, until an exit notification or the end
 * of in.  Returns the exit status the protocol asks for: 0 after a shutdown request, else 1. */
int lsp_serve(FILE *in, FILE *out, const struct lsp_opts *opts);

#endif
