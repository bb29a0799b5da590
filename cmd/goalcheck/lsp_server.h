/* lsp_server.h: what lsp.c (messages, documents) and lsp_goals.c (what is said about a
 * document) share. */
#ifndef GOALCHECK_LSP_SERVER_H
#define GOALCHECK_LSP_SERVER_H

#include <stddef.h>

#include <jansson.h>

#include "lsp.h"


/* A document open in the editor: its text as the editor has it, not as on disk. */
struct lsp_doc {
	char *uri;
	char *path;     /* the local file the uri names, or NULL */
	char *text;     /* len bytes and a NUL */
	size_t len;
};

/* Where a position is counted: in UTF-16 code units (the default) or in bytes. */
enum lsp_encoding { LSP_UTF16, LSP_UTF8 };

/* What judging documents needs, and keeps from one judgement to the next: the documents
 * open (a .goalcheck.yaml among them judges the goals files it governs by its text in the
 * editor), and the sentence reader, whose patterns are compiled (and JIT-compiled) as it
 * reads, which is most of the time a judgement takes when done afresh.  It serves documents
 * whose settings give it the same patterns: key says which. */
struct lsp_ctx {
	const struct lsp_opts *opts;
	enum lsp_encoding enc;
	struct lsp_doc *docs;
	size_t ndocs;
	char *key;          /* keylen bytes: each pattern's kind and text, NUL-ended */
	size_t keylen;
	struct sentence_reader *reader;
};

/* 1 if doc is a goalcheck config (.goalcheck.yaml), not a goals file. */
int lsp_is_config(const struct lsp_doc *doc);

/* 1 if the config open as cfg_doc may judge doc: it is --config's file, or without
 * --config doc is in its folder or below. */
int lsp_config_governs(const struct lsp_ctx *c, const struct lsp_doc *cfg_doc,
    const struct lsp_doc *doc);

/* Frees what ctx keeps between judgements. */
void lsp_ctx_free(struct lsp_ctx *c);

/* The diagnostics of doc, a new array (empty for a YAML file that is neither a goals file nor
 * a config). */
json_t *lsp_diagnostics(struct lsp_ctx *c, const struct lsp_doc *doc);

/* The hover at 0-based line ln of doc: a Hover object, or null off a goal. */
json_t *lsp_hover(struct lsp_ctx *c, const struct lsp_doc *doc, int ln);

/* The completions at 0-based line ln, character (in c's units) of doc, as a new array. */
json_t *lsp_complete(struct lsp_ctx *c, const struct lsp_doc *doc, int ln, long character);

/* The code actions for lines first..last (0-based) of doc, as a new array. */
json_t *lsp_actions(struct lsp_ctx *c, const struct lsp_doc *doc, int first, int last);

#endif
