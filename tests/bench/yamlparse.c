/* yamlparse: the floor for `make bench`, a bare libyaml event parse of each file and nothing else. */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>

#include <yaml.h>

/* Reads a whole file into memory, as goalcheck does, so that both time the same input path. */
static unsigned char *
slurp(const char *path, size_t *lenp)
{
	FILE *fp;
	unsigned char *buf = NULL, *grown;
	size_t len = 0, cap = 0, got;

	if ((fp = fopen(path, "rb")) == NULL) {
		warn("%s", path);
		return NULL;
	}
	for (;;) {
		if (cap - len < 65536) {
			cap = cap ? 2 * cap : 65536;
			if ((grown = realloc(buf, cap)) == NULL)
				err(2, NULL);
			buf = grown;
		}
		got = fread(buf + len, 1, cap - len, fp);
		len += got;
		if (got == 0)
			break;
	}
	if (ferror(fp)) {
		warn("%s", path);
		fclose(fp);
		free(buf);
		return NULL;
	}
	fclose(fp);
	*lenp = len;
	return buf;
}

/* Parses every event of one file; 0 on success, -1 after reporting the error at libyaml's mark. */
static int
parse(const char *path)
{
	yaml_parser_t parser;
	yaml_event_t event;
	unsigned char *buf;
	size_t len;
	int done = 0, rval = 0;

	if ((buf = slurp(path, &len)) == NULL)
		return -1;
	if (!yaml_parser_initialize(&parser))
		errx(2, "out of memory");
	yaml_parser_set_input_string(&parser, buf, len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &event)) {
			warnx("%s:%zu:%zu: %s", path, parser.problem_mark.line + 1,
			    parser.problem_mark.column + 1,
			    parser.problem ? parser.problem : "YAML error");
			rval = -1;
			break;
		}
		done = event.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&event);
	}
	yaml_parser_delete(&parser);
	free(buf);
	return rval;
}

int
main(int argc, char *argv[])
{
	int i, rval = 0;

	if (argc < 2) {
		fputs("usage: yamlparse FILE ...\n", stderr);
		return 2;
	}
	for (i = 1; i < argc; i++)
		if (parse(argv[i]) < 0)
			rval = 1;
	return rval;
}
