/* diagout.c: the printers of findings, one for each form. */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>

#include "alloc.h"
#include "color.h"
#include "diagout.h"

static const char *
sgr(int color, enum color c)
{
	return color_code(color, c);
}

/* The line of diag_print_line, without its newline. */
static void
put_line(FILE *fp, const char *file, const struct diag *d, int color)
{
	static const enum color sev_color[] = { COLOR_BOLD_CYAN, COLOR_BOLD_MAGENTA,
		COLOR_BOLD_RED };

	fprintf(fp, "%s%s", sgr(color, COLOR_BOLD), file);
	/* A journal's finding knows its line only, or is about the whole file. */
	if (d->line > 0)
		fprintf(fp, ":%d", d->line);
	if (d->line > 0 && d->col > 0)
		fprintf(fp, ":%d", d->col);
	fprintf(fp, ":%s %s%s:%s %s [%s]", sgr(color, COLOR_RESET), sgr(color, sev_color[d->sev]),
	    severity_name(d->sev), sgr(color, COLOR_RESET), d->message, d->rule);
}

void
diag_print_line(FILE *fp, const char *file, const struct diag *d, int color)
{
	put_line(fp, file, d, color);
	fputc('\n', fp);
}

void
diag_print_caret(FILE *fp, struct lines *src, int line, int col, int color)
{
	size_t len, i, cp = 1;
	const char *text = lines_get(src, line, &len);

	if (text == NULL || len > 300)
		return;
	fprintf(fp, "  %.*s\n  ", (int)len, text);
	for (i = 0; i < len && cp < (size_t)col; i++) {
		if (((unsigned char)text[i] & 0xC0) == 0x80)
			continue;
		fputc(text[i] == '\t' ? '\t' : ' ', fp);
		cp++;
	}
	fprintf(fp, "%s^%s\n", sgr(color, COLOR_BOLD_GREEN), sgr(color, COLOR_RESET));
}

void
diag_print_json(struct json_writer *w, const char *file, const struct diag *d)
{
	char smart[2] = { d->smart, '\0' };

	jsonw_object(w);
	jsonw_key(w, "file"), jsonw_str(w, file);
	jsonw_key(w, "line");
	if (d->line > 0)
		jsonw_int(w, d->line);
	else
		jsonw_null(w);
	jsonw_key(w, "column");
	if (d->line > 0 && d->col > 0)
		jsonw_int(w, d->col);
	else
		jsonw_null(w);
	jsonw_key(w, "severity"), jsonw_str(w, severity_name(d->sev));
	jsonw_key(w, "rule"), jsonw_str(w, d->rule);
	jsonw_key(w, "smart"), jsonw_str(w, d->smart ? smart : NULL);
	jsonw_key(w, "goal"), jsonw_str(w, d->goal);
	jsonw_key(w, "message"), jsonw_str(w, d->message);
	jsonw_end(w);
}

void
diag_say(const char *file, const struct diag *d)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	if (fp == NULL)
		out_of_memory();
	put_line(fp, file, d, 0);
	if (fclose(fp) != 0)
		out_of_memory();
	warnx("%s", buf);
	free(buf);
}

/* The short form of a finding: where (as far as known) and the message. */
static void
put_brief(FILE *fp, const char *file, const struct diag *d)
{
	if (file != NULL && d->line > 0 && d->col > 0)
		fprintf(fp, "%s:%d:%d: ", file, d->line, d->col);
	else if (file != NULL && d->line > 0)
		fprintf(fp, "%s:%d: ", file, d->line);
	else if (file != NULL)
		fprintf(fp, "%s: ", file);
	fputs(d->message, fp);
}

void
diag_say_brief(const char *file, const struct diags *d)
{
	diag_say_brief_suffix(file, d, "");
}

void
diag_say_brief_suffix(const char *file, const struct diags *d, const char *suffix)
{
	for (size_t i = 0; i < d->n; i++) {
		char *buf = NULL;
		size_t len = 0;
		FILE *fp = open_memstream(&buf, &len);

		if (fp == NULL)
			out_of_memory();
		put_brief(fp, file, &d->v[i]);
		fputs(suffix, fp);
		if (fclose(fp) != 0)
			out_of_memory();
		warnx("%s", buf);
		free(buf);
	}
}

/* The note d says about file, as prog, on a line of fp. */
static void
say_note(FILE *fp, const char *prog, const char *file, const struct diag *d)
{
	fprintf(fp, "%s: ", prog);
	put_brief(fp, file, d);
	fputc('\n', fp);
}

void
diag_say_note(const char *prog, const char *file, const struct diag *d)
{
	say_note(stderr, prog, file, d);
}

/* Standard error is unbuffered: each note, said piece by piece, was a handful of writes,
 * which made a journal of a million warnings take seconds.  Notes are said into memory and
 * written NOTES_AT_ONCE at a time. */
#define NOTES_AT_ONCE 256

void
diag_say_notes(const char *prog, const char *file, const struct diags *d)
{
	for (size_t i = 0; i < d->n; ) {
		char *buf = NULL;
		size_t len = 0;
		FILE *mem = open_memstream(&buf, &len);

		if (mem == NULL)
			out_of_memory();
		for (size_t k = 0; k < NOTES_AT_ONCE && i < d->n; k++, i++)
			say_note(mem, prog, file, &d->v[i]);
		if (fclose(mem) != 0)
			out_of_memory();
		fwrite(buf, 1, len, stderr);
		free(buf);
	}
}
