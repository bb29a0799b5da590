/* lsp.c: the Language Server's messages (Content-Length framing, JSON-RPC through jansson),
 * its lifecycle and its open documents; what it says about a document is lsp_goals.c's. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "alloc.h"
#include "lsp_server.h"

/* A message longer than this is refused unread: no editor sends a goals file of 64 MiB, and a
 * wrong length must not make the server allocate what the client never sends. */
#define LSP_MAX_MESSAGE (64UL * 1024 * 1024)

/* JSON-RPC's and LSP's error codes. */
enum {
	RPC_PARSE_ERROR = -32700,
	RPC_INVALID_REQUEST = -32600,
	RPC_METHOD_NOT_FOUND = -32601,
	RPC_INVALID_PARAMS = -32602,
	RPC_NOT_INITIALIZED = -32002
};

enum state { STATE_NEW, STATE_RUNNING, STATE_SHUT_DOWN, STATE_EXIT };

/* The one server: everything it keeps between messages. */
struct server {
	FILE *in, *out;
	struct lsp_ctx ctx;
	enum state state;
	int shut_down;      /* a shutdown request came: exit then ends with status 0 */
};

/* What a method answers when it fails: code 0 is success. */
struct rpc_error {
	int code;
	const char *message;
};

/* ---- Framing ----------------------------------------------------------------------------- */

/* Writes v as one message and drops the reference; a failed write ends nothing, as the
 * client may still read the next. */
static void
send_msg(struct server *s, json_t *v)
{
	char *body = json_dumps(v, JSON_COMPACT);

	json_decref(v);
	if (body == NULL)
		out_of_memory();
	fprintf(s->out, "Content-Length: %zu\r\n\r\n%s", strlen(body), body);
	fflush(s->out);
	free(body);
}

static void
send_error(struct server *s, json_t *id, int code, const char *message)
{
	send_msg(s, json_pack("{s:s, s:O, s:{s:i, s:s}}", "jsonrpc", "2.0", "id",
	    id ? id : json_null(), "error", "code", code, "message", message));
}

/* Reads one header line into line (size bytes), a longer one cut and the rest dropped.
 * Returns 1, or 0 at the end of the input. */
static int
read_line(FILE *in, char *line, size_t size)
{
	size_t n;

	if (fgets(line, (int)size, in) == NULL)
		return 0;
	n = strlen(line);
	if (n > 0 && line[n - 1] != '\n') {
		int c;

		while ((c = getc(in)) != EOF && c != '\n')
			;
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	return 1;
}

/* The length a Content-Length header gives, or -1 when line is not one or the length is no
 * decimal number; lengths past the limit read as the limit + 1. */
static long long
content_length(const char *line)
{
	static const char name[] = "content-length:";
	unsigned long long n = 0;
	const char *p = line + sizeof name - 1;

	if (strncasecmp(line, name, sizeof name - 1) != 0)
		return -1;
	while (*p == ' ' || *p == '\t')
		p++;
	if (!isdigit((unsigned char)*p))
		return -1;
	for (; isdigit((unsigned char)*p); p++)
		if ((n = n * 10 + (unsigned long long)(*p - '0')) > LSP_MAX_MESSAGE)
			n = LSP_MAX_MESSAGE + 1;
	while (*p == ' ' || *p == '\t')
		p++;
	return *p == '\0' ? (long long)n : -1;
}

/* Reads the headers of the next message.  Returns its length, -1 when the headers name none,
 * or -2 at the end of the input. */
static long long
read_headers(FILE *in)
{
	char line[256];
	long long len = -1;
	int any = 0;

	while (read_line(in, line, sizeof line)) {
		if (line[0] == '\0' && any)
			return len;
		if (line[0] == '\0')
			continue;  /* blank lines between messages */
		any = 1;
		if (content_length(line) >= 0)
			len = content_length(line);
	}
	return -2;
}

/* Drops n bytes of input.  Returns 0, or -1 at the end of the input. */
static int
skip_bytes(FILE *in, unsigned long long n)
{
	char buf[8192];

	while (n > 0) {
		size_t want = n < sizeof buf ? (size_t)n : sizeof buf, got = fread(buf, 1, want, in);

		if (got == 0)
			return -1;
		n -= got;
	}
	return 0;
}

/* ---- Documents --------------------------------------------------------------------------- */

/* The local path a file: URI names, percent-decoded; NULL for any other URI, or one that
 * decodes to a NUL. */
static char *
uri_path(const char *uri)
{
	const char *p;
	char *path, *o;

	if (strncmp(uri, "file://", 7) != 0 || (p = strchr(uri + 7, '/')) == NULL)
		return NULL;
	path = o = xmalloc(strlen(p) + 1);
	for (; *p != '\0'; p++) {
		char hex[3] = "";
		long v = 0;

		/* p[2] is read only after p[1] is a digit, not the end. */
		if (*p == '%' && isxdigit((unsigned char)p[1]) && isxdigit((unsigned char)p[2])) {
			memcpy(hex, p + 1, 2);
			v = strtol(hex, NULL, 16);
		}

		if (v != 0) {
			*o++ = (char)v;
			p += 2;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
	return path;
}

static struct lsp_doc *
doc_find(struct server *s, const char *uri)
{
	for (size_t i = 0; i < s->ctx.ndocs; i++)
		if (strcmp(s->ctx.docs[i].uri, uri) == 0)
			return &s->ctx.docs[i];
	return NULL;
}


static void
doc_free(struct lsp_doc *d)
{
	free(d->uri);
	free(d->path);
	free(d->text);
}

/* Sends the diagnostics of the document at uri: doc's, or none for a closed one. */
static void
publish(struct server *s, const char *uri, const struct lsp_doc *doc)
{
	json_t *diags = doc ? lsp_diagnostics(&s->ctx, doc) : json_array();

	send_msg(s, json_pack("{s:s, s:s, s:{s:s, s:o}}", "jsonrpc", "2.0",
	    "method", "textDocument/publishDiagnostics", "params", "uri", uri,
	    "diagnostics", diags));
}

/* Publishes again the diagnostics of every goals file that the config cfg_doc may govern:
 * its settings changed in the editor, or went back to the file on disk. */
static void
rejudge_governed(struct server *s, const struct lsp_doc *cfg_doc)
{
	for (size_t i = 0; i < s->ctx.ndocs; i++)
		if (&s->ctx.docs[i] != cfg_doc && !lsp_is_config(&s->ctx.docs[i]) &&
		    lsp_config_governs(&s->ctx, cfg_doc, &s->ctx.docs[i]))
			publish(s, s->ctx.docs[i].uri, &s->ctx.docs[i]);
}

/* Takes the editor's new text of d and publishes what is found in it, and for a config what
 * is found in the goals files it governs. */
static void
doc_update(struct server *s, struct lsp_doc *d, const char *text, size_t len)
{
	free(d->text);
	d->text = xmalloc(len + 1);
	memcpy(d->text, text, len);
	d->text[len] = '\0';
	d->len = len;
	publish(s, d->uri, d);
	if (lsp_is_config(d))
		rejudge_governed(s, d);
}

/* The document params.textDocument.uri names, or NULL with e set. */
static struct lsp_doc *
param_doc(struct server *s, json_t *params, struct rpc_error *e)
{
	const char *uri = NULL;
	struct lsp_doc *d;

	if (json_unpack(params, "{s:{s:s}}", "textDocument", "uri", &uri) != 0) {
		*e = (struct rpc_error){ RPC_INVALID_PARAMS, "params.textDocument.uri missing" };
		return NULL;
	}
	if ((d = doc_find(s, uri)) == NULL)
		*e = (struct rpc_error){ RPC_INVALID_PARAMS, "document not open" };
	return d;
}

/* ---- Methods ----------------------------------------------------------------------------- */

/* 1 if the client can count positions in UTF-8 (general.positionEncodings). */
static int
offers_utf8(json_t *params)
{
	json_t *encs = NULL, *v;
	size_t i;

	json_unpack(params, "{s:{s:{s:o}}}", "capabilities", "general", "positionEncodings",
	    &encs);
	json_array_foreach(encs, i, v)
		if (json_is_string(v) && strcmp(json_string_value(v), "utf-8") == 0)
			return 1;
	return 0;
}

static json_t *
m_initialize(struct server *s, json_t *params, struct rpc_error *e)
{
	(void)e;
	s->ctx.enc = offers_utf8(params) ? LSP_UTF8 : LSP_UTF16;
	s->state = STATE_RUNNING;
	return json_pack("{s:{s:s, s:{s:b, s:i}, s:b, s:{s:[s,s]}, s:{s:[s]}}, s:{s:s, s:s}}",
	    "capabilities",
	    "positionEncoding", s->ctx.enc == LSP_UTF8 ? "utf-8" : "utf-16",
	    "textDocumentSync", "openClose", 1, "change", 1,
	    "hoverProvider", 1,
	    "completionProvider", "triggerCharacters", "=", ",",
	    "codeActionProvider", "codeActionKinds", "quickfix",
	    "serverInfo", "name", "goalcheck", "version", GOALKIT_VERSION);
}

static json_t *
m_initialized(struct server *s, json_t *params, struct rpc_error *e)
{
	(void)s, (void)params, (void)e;
	return NULL;
}

static json_t *
m_shutdown(struct server *s, json_t *params, struct rpc_error *e)
{
	(void)params, (void)e;
	s->state = STATE_SHUT_DOWN;
	s->shut_down = 1;
	return json_null();
}

static json_t *
m_did_open(struct server *s, json_t *params, struct rpc_error *e)
{
	const char *uri, *text;
	size_t len;
	struct lsp_doc *d;

	(void)e;
	if (json_unpack(params, "{s:{s:s, s:s%}}", "textDocument", "uri", &uri, "text", &text,
	    &len) != 0)
		return NULL;
	if ((d = doc_find(s, uri)) == NULL) {
		s->ctx.docs = xrealloc(s->ctx.docs, (s->ctx.ndocs + 1) * sizeof *s->ctx.docs);
		d = &s->ctx.docs[s->ctx.ndocs++];
		*d = (struct lsp_doc){ xstrndup(uri, strlen(uri)), uri_path(uri), NULL, 0 };
	}
	doc_update(s, d, text, len);
	return NULL;
}

/* Full sync: the last change holds the whole text. */
static json_t *
m_did_change(struct server *s, json_t *params, struct rpc_error *e)
{
	struct lsp_doc *d = param_doc(s, params, e);
	json_t *changes = json_object_get(params, "contentChanges");
	const char *text;
	size_t len;

	if (d == NULL || json_array_size(changes) == 0 ||
	    json_unpack(json_array_get(changes, json_array_size(changes) - 1), "{s:s%}", "text",
	    &text, &len) != 0)
		return NULL;
	doc_update(s, d, text, len);
	return NULL;
}

static json_t *
m_did_close(struct server *s, json_t *params, struct rpc_error *e)
{
	struct lsp_doc *d = param_doc(s, params, e), closed;
	size_t i;

	if (d == NULL)
		return NULL;
	i = (size_t)(d - s->ctx.docs);
	publish(s, d->uri, NULL);
	closed = *d;
	memmove(d, d + 1, (s->ctx.ndocs - i - 1) * sizeof *d);
	s->ctx.ndocs--;
	/* Closed unsaved, a config's goals files are judged by the file on disk again. */
	if (lsp_is_config(&closed))
		rejudge_governed(s, &closed);
	doc_free(&closed);
	return NULL;
}

/* The 0-based line of params' position (pos) or range's start or end. */
static int
param_line(json_t *params, const char *key, const char *sub)
{
	json_int_t line = -1;

	if (sub != NULL)
		json_unpack(params, "{s:{s:{s:I}}}", key, sub, "line", &line);
	else
		json_unpack(params, "{s:{s:I}}", key, "line", &line);
	return line < 0 || line > 1 << 30 ? -1 : (int)line;
}

static json_t *
m_hover(struct server *s, json_t *params, struct rpc_error *e)
{
	struct lsp_doc *d = param_doc(s, params, e);
	int ln = param_line(params, "position", NULL);

	if (d == NULL)
		return NULL;
	if (ln < 0) {
		*e = (struct rpc_error){ RPC_INVALID_PARAMS, "params.position.line missing" };
		return NULL;
	}
	return lsp_hover(&s->ctx, d, ln);
}

static json_t *
m_completion(struct server *s, json_t *params, struct rpc_error *e)
{
	struct lsp_doc *d = param_doc(s, params, e);
	int ln = param_line(params, "position", NULL);
	json_int_t ch = -1;

	if (d == NULL)
		return NULL;
	json_unpack(params, "{s:{s:I}}", "position", "character", &ch);
	if (ln < 0 || ch < 0) {
		*e = (struct rpc_error){ RPC_INVALID_PARAMS, "params.position missing" };
		return NULL;
	}
	return lsp_complete(&s->ctx, d, ln, (long)ch);
}

static json_t *
m_code_action(struct server *s, json_t *params, struct rpc_error *e)
{
	struct lsp_doc *d = param_doc(s, params, e);
	int first = param_line(params, "range", "start"), last = param_line(params, "range", "end");

	if (d == NULL)
		return NULL;
	if (first < 0 || last < first) {
		*e = (struct rpc_error){ RPC_INVALID_PARAMS, "params.range missing" };
		return NULL;
	}
	return lsp_actions(&s->ctx, d, first, last);
}

typedef json_t *method_fn(struct server *, json_t *, struct rpc_error *);

/* Every method the server knows.  A notification's function returns NULL; a request's its
 * result, or NULL with the error set. */
static const struct method {
	const char *name;
	method_fn *fn;
} methods[] = {
	{ "initialize", m_initialize },
	{ "initialized", m_initialized },
	{ "shutdown", m_shutdown },
	{ "textDocument/didOpen", m_did_open },
	{ "textDocument/didChange", m_did_change },
	{ "textDocument/didClose", m_did_close },
	{ "textDocument/hover", m_hover },
	{ "textDocument/completion", m_completion },
	{ "textDocument/codeAction", m_code_action },
};

static const struct method *
method_find(const char *name)
{
	for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
		if (strcmp(methods[i].name, name) == 0)
			return &methods[i];
	return NULL;
}

/* ---- Dispatch ---------------------------------------------------------------------------- */

/* Why the server in its state refuses a request for method, or NULL. */
static const char *
refused(const struct server *s, const char *method, int *code)
{
	int init = strcmp(method, "initialize") == 0;

	*code = s->state == STATE_NEW ? RPC_NOT_INITIALIZED : RPC_INVALID_REQUEST;
	if (s->state == STATE_NEW && !init)
		return "the server is not initialized yet";
	if (s->state == STATE_RUNNING && init)
		return "the server is initialized already";
	if (s->state == STATE_SHUT_DOWN)
		return "the server is shut down: only exit is left";
	return NULL;
}

/* Answers one request (id not NULL) or notification. */
static void
dispatch(struct server *s, const char *method, json_t *id, json_t *params)
{
	const struct method *m = method_find(method);
	struct rpc_error e = { 0, NULL };
	const char *why;
	json_t *result;
	int code;

	if (strcmp(method, "exit") == 0) {
		s->state = STATE_EXIT;
		return;
	}
	if ((why = refused(s, method, &code)) != NULL) {
		if (id != NULL)
			send_error(s, id, code, why);
		return;
	}
	if (m == NULL) {
		if (id != NULL)
			send_error(s, id, RPC_METHOD_NOT_FOUND, "no such method");
		return;
	}
	result = m->fn(s, params ? params : json_null(), &e);
	if (id == NULL)
		json_decref(result);
	else if (e.code != 0)
		send_error(s, id, e.code, e.message);
	else
		send_msg(s, json_pack("{s:s, s:O, s:o}", "jsonrpc", "2.0", "id", id, "result",
		    result ? result : json_null()));
}

/* Handles the len bytes of one message body. */
static void
handle(struct server *s, const char *body, size_t len)
{
	json_error_t err;
	json_t *msg = json_loadb(body, len, 0, &err), *id;
	const char *method = NULL;

	if (msg == NULL) {
		char why[64];

		/* Our words, not Jansson's, which may change from release to release. */
		snprintf(why, sizeof why, "the message is not JSON (at byte %d)", err.position);
		send_error(s, NULL, RPC_PARSE_ERROR, why);
		return;
	}
	id = json_object_get(msg, "id");
	if (id != NULL && !json_is_string(id) && !json_is_integer(id))
		id = NULL;
	if (json_unpack(msg, "{s:s}", "method", &method) != 0) {
		/* A response to a request of ours (we send none) or no message at all. */
		if (json_object_get(msg, "result") == NULL && json_object_get(msg, "error") == NULL)
			send_error(s, id, RPC_INVALID_REQUEST, "a message needs a method");
	} else {
		dispatch(s, method, id, json_object_get(msg, "params"));
	}
	json_decref(msg);
}

/* Reads and handles the next message.  Returns 0, or -1 at the end of the input. */
static int
next_message(struct server *s)
{
	long long len = read_headers(s->in);
	char *body;
	size_t got;

	if (len == -2)
		return -1;
	if (len < 0) {
		send_error(s, NULL, RPC_INVALID_REQUEST, "a message without Content-Length");
		return 0;
	}
	if ((unsigned long long)len > LSP_MAX_MESSAGE) {
		send_error(s, NULL, RPC_INVALID_REQUEST, "a message over 64 MiB; skipped");
		return skip_bytes(s->in, (unsigned long long)len);
	}
	body = xmalloc((size_t)len + 1);
	got = fread(body, 1, (size_t)len, s->in);
	if (got == (size_t)len)
		handle(s, body, got);
	free(body);
	return got == (size_t)len ? 0 : -1;
}

int
lsp_serve(FILE *in, FILE *out, const struct lsp_opts *opts)
{
	struct server s = { in, out, { opts, LSP_UTF16, NULL, 0, NULL, 0, NULL }, STATE_NEW, 0 };

	while (s.state != STATE_EXIT && next_message(&s) == 0)
		;
	for (size_t i = 0; i < s.ctx.ndocs; i++)
		doc_free(&s.ctx.docs[i]);
	free(s.ctx.docs);
	lsp_ctx_free(&s.ctx);
	return s.shut_down ? 0 : 1;
}
