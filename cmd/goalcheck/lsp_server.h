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

struct lsp_ctx {
	const struct lsp_opts *opts;
	enum lsp_encoding enc;
};

/* The diagnostics of doc, a new array (empty for a YAML file that is no goals file). */
json_t *lsp_diagnostics(const struct lsp_ctx *c, const struct lsp_doc *doc);

/* The hover at 0-based line ln of doc: a Hover object, or null off a goal. */
json_t *lsp_hover(const struct lsp_ctx *c, const struct lsp_doc *doc, int ln);

/* The code actions for lines first..last (0-based) of doc, as a new array. */
json_t *lsp_actions(const struct lsp_ctx *c, const struct lsp_doc *doc, int first, int last);

#endif
