/* lspround: times goalcheck --lsp as an editor sees it: from sending a didChange of a whole
 * goals file to having read the publishDiagnostics it answers with.
 *
 *   lspround [-p] [-r RUNS] GOALCHECK FILE
 *
 * Starts GOALCHECK --today 2026-02-01 --lsp, initializes it, opens FILE, then sends RUNS
 * changes (the file's text, with a comment that differs each time) one at a time, and prints
 * the median and the largest round trip in microseconds: "median US max US".  The document
 * is file:///bench/goals.yaml, where the server finds no config and no journal; with -p, it
 * is FILE where it is, so that the server reads the journal and config beside it.  Exits 1
 * when the server fails to answer. */
#define _XOPEN_SOURCE 700  /* realpath */
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static FILE *to, *from;

/* Writes body as one message. */
static void
send_msg(const char *body)
{
	fprintf(to, "Content-Length: %zu\r\n\r\n%s", strlen(body), body);
	fflush(to);
}

/* Reads messages until one whose body holds want; returns 0, or -1 at the end. */
static int
wait_for(const char *want)
{
	size_t len;
	char line[256];

	while (fgets(line, sizeof line, from) != NULL) {
		char *body;
		int found;

		if (sscanf(line, "Content-Length: %zu", &len) != 1)
			continue;
		if (fgets(line, sizeof line, from) == NULL || (body = malloc(len + 1)) == NULL ||
		    fread(body, 1, len, from) != len)
			return -1;
		body[len] = '\0';
		found = strstr(body, want) != NULL;
		free(body);
		if (found)
			return 0;
	}
	return -1;
}

/* The text of path as a JSON string's contents (quotes, backslashes and controls escaped). */
static char *
json_text(const char *path)
{
	FILE *fp = fopen(path, "rb"), *out;
	char *s = NULL;
	size_t n = 0;
	int c;

	if (fp == NULL || (out = open_memstream(&s, &n)) == NULL)
		return NULL;
	while ((c = getc(fp)) != EOF)
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			putc(c, out);
	fclose(fp);
	fclose(out);
	return s;
}

static long
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000L + ts.tv_nsec / 1000;
}

static int
cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/* Starts prog --lsp with its standard input and output on pipes. */
static pid_t
start(const char *prog)
{
	int in[2], out[2];
	pid_t pid;

	if (pipe(in) < 0 || pipe(out) < 0 || (pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		dup2(in[0], 0);
		dup2(out[1], 1);
		close(in[1]);
		close(out[0]);
		execl(prog, prog, "--today", "2026-02-01", "--lsp", (char *)NULL);
		_exit(127);
	}
	close(in[0]);
	close(out[1]);
	to = fdopen(in[1], "w");
	from = fdopen(out[0], "r");
	return to && from ? pid : -1;
}

int
main(int argc, char *argv[])
{
	int runs = 51, opt, here = 0;
	char *text, *msg, uri[PATH_MAX + 8] = "file:///bench/goals.yaml", real[PATH_MAX];
	long *t;
	pid_t pid;

	while ((opt = getopt(argc, argv, "pr:")) != -1) {
		if (opt == 'r')
			runs = atoi(optarg);
		else if (opt == 'p')
			here = 1;
		else
			runs = 0;
	}
	if (argc - optind != 2 || runs < 1) {
		fputs("usage: lspround [-p] [-r RUNS] GOALCHECK FILE\n", stderr);
		return 2;
	}
	/* A bench folder's path needs no escaping in a URI or in JSON. */
	if (here && realpath(argv[optind + 1], real) != NULL)
		snprintf(uri, sizeof uri, "file://%s", real);
	signal(SIGPIPE, SIG_IGN);
	if ((text = json_text(argv[optind + 1])) == NULL || (pid = start(argv[optind])) < 0 ||
	    (msg = malloc(strlen(text) + sizeof uri + 512)) == NULL ||
	    (t = calloc((size_t)runs, sizeof *t)) == NULL)
		return 2;
	send_msg("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
	    "\"params\":{\"capabilities\":{}}}");
	sprintf(msg, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
	    "{\"textDocument\":{\"uri\":\"%s\",\"languageId\":\"yaml\","
	    "\"version\":1,\"text\":\"%s\"}}}", uri, text);
	send_msg(msg);
	if (wait_for("publishDiagnostics") < 0)
		return 1;
	for (int i = 0; i < runs; i++) {
		long start_us;

		sprintf(msg, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":"
		    "{\"textDocument\":{\"uri\":\"%s\",\"version\":%d},"
		    "\"contentChanges\":[{\"text\":\"%s# change %d\\n\"}]}}", uri, i + 2, text,
		    i);
		start_us = now_us();
		send_msg(msg);
		if (wait_for("publishDiagnostics") < 0)
			return 1;
		t[i] = now_us() - start_us;
	}
	send_msg("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
	send_msg("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
	fclose(to);
	waitpid(pid, NULL, 0);
	qsort(t, (size_t)runs, sizeof *t, cmp_long);
	printf("median %ld max %ld\n", t[runs / 2], t[runs - 1]);
	return 0;
}
