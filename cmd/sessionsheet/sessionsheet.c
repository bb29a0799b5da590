/* sessionsheet: the one-page sheet to bring to the next therapy session, in Markdown: the
 * goals and how each is going, the questionnaires and goal attainment scales the journal
 * records, how the days went since the last session, what to raise, ask and celebrate, the
 * next steps, and room for notes.  It reads the goals file and the journal through the same
 * library as goalcheck and journalstat, and judges and scores as they do.
 *
 * This file is the command line: the sheet is built once as data (sheet.c), then written by
 * the renderer its --format names, from the table below (sheet_md.c, sheet_json.c,
 * sheet_html.c), or that -o's file name ends in. */
#include <err.h>
#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "crypt.h"
#include "date.h"
#include "file.h"
#include "sheet.h"

/* The renderers, by --format; the first is the default. */
static const struct renderer {
	const char *name;
	void (*render)(FILE *fp, const struct sheet *s, const struct sheet_style *st);
} renderers[] = {
	{ "markdown", sheet_markdown },
	{ "json", sheet_json },
	{ "html", sheet_html },
};
#define NRENDERERS (sizeof renderers / sizeof renderers[0])

static void
usage(FILE *fp)
{
	fputs("usage: sessionsheet [-h] [-C DIR] [-o FILE] [--since DATE] [--goals FILE]\n"
	    "                    [--format markdown|json|html] [--today YYYY-MM-DD] [--share]\n"
	    "                    [--color auto|always|never] [--version] [JOURNAL ...]\n", fp);
}

static void
help(void)
{
	usage(stdout);
	fputs("\nA one-page Markdown sheet for the next therapy session, from the goals file and\n"
	    "the journal of a folder: the goals and their progress, questionnaire scores\n"
	    "(phq9, gad7, ors, srs) and goal attainment levels (gas-ID), how the days went\n"
	    "since the last session (the last entry tagged #session), what to raise (#raise,\n"
	    "#concern), questions (#ask), wins (#win), the next steps, the miracle question\n"
	    "(#miracle).  When a PHQ-9 since the last session (its own entry included)\n"
	    "answers item 9 above 0, the sheet opens with a line about it, always.\n\n"
	    "  -C DIR             work in DIR, as if started there\n"
	    "  -o FILE            write the sheet to FILE (replaced whole; new files are 0600);\n"
	    "                     FILE.html or FILE.htm is written in html, FILE.json in json\n"
	    "  --since DATE       the period starts on DATE, not after the last session\n"
	    "  --goals FILE       the goals file (default goals.yaml; - is standard input)\n"
	    "  JOURNAL            journal files or folders (default ./journal/, else ./journal.md;\n"
	    "                     - is standard input)\n"
	    "  --format FORMAT    markdown (default), json, or html (one page, with charts)\n"
	    "  --today DATE       make the sheet as on this date (default: today)\n"
	    "  --share            leave out the journal's own words (titles, tagged lines, the\n"
	    "                     miracle answer); keep the goals file's words and the numbers\n"
	    "  --color WHEN       auto (default: on a terminal, not with NO_COLOR), always, never\n"
	    "  -h, --help         this help\n"
	    "      --version      the version\n\n"
	    "Exit status: 0 the sheet was written (a missing goals file or journal is said on\n"
	    "standard error), 2 it was not (neither is there, say), or a journal file could\n"
	    "not be read.\n"
	    "See sessionsheet(1).\n", stdout);
}

/* The renderer -o's file name asks for by its extension (case aside), or the default. */
static size_t
format_of_path(const char *path)
{
	static const struct { const char *ext; const char *format; } exts[] = {
		{ ".html", "html" }, { ".htm", "html" }, { ".json", "json" },
	};
	size_t n = strlen(path);

	for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
		size_t e = strlen(exts[i].ext);

		if (n > e && strcasecmp(path + n - e, exts[i].ext) == 0)
			for (size_t r = 0; r < NRENDERERS; r++)
				if (strcmp(renderers[r].name, exts[i].format) == 0)
					return r;
	}
	return 0;
}

/* Writes the sheet, len bytes at data, to -o's file: whole or not at all. */
static int
write_out(const char *path, const char *data, size_t len)
{
	struct stat st;
	int exists = stat(path, &st) == 0, rc;

	if (!exists && lstat(path, &st) == 0) {
		warnx("%s: a link to a file that does not exist; not written", path);
		return 2;
	}
	if (exists && !S_ISREG(st.st_mode)) {
		warnx("%s: not a regular file; not written", path);
		return 2;
	}
	rc = file_write_atomic(path, data, len, exists ? &st : NULL);
	if (rc == FILE_CHANGED) {
		warnx("%s: changed while the sheet was written; not written: run sessionsheet "
		    "again", path);
		return 2;
	}
	if (rc < 0) {
		warnx("%s: not written: %s", path, crypt_strerror(path, errno, 1));
		return 2;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "since", required_argument, NULL, 's' },
		{ "goals", required_argument, NULL, 'g' },
		{ "format", required_argument, NULL, 'f' },
		{ "share", no_argument, NULL, 'S' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	const char *format_names[NRENDERERS + 1];
	struct sheet_request rq = { 0 };
	struct sheet_style style;
	struct sheet sheet;
	struct cli_common common = { .name = "sessionsheet", .help = help };
	int ch, status, stdin_uses = 0, has_format = 0;
	size_t format = 0, len = 0;
	char *buf = NULL, a[DATE_BUFSIZE], b[DATE_BUFSIZE];
	FILE *fp;

	for (size_t i = 0; i < NRENDERERS; i++)
		format_names[i] = renderers[i].name;
	format_names[NRENDERERS] = NULL;
	setlocale(LC_CTYPE, "");
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":hC:o:", longopts, NULL)) != -1) {
		if (cli_common(&common, ch, optarg))
			continue;
		switch (ch) {
		case 'C':
			if (chdir(optarg) < 0)
				err(2, "-C %s", optarg);
			break;
		case 'o':
			rq.out_path = optarg;
			break;
		case 's':
			rq.since = cli_date(optarg, "--since");
			rq.has_since = 1;
			break;
		case 'g':
			rq.goals_path = optarg;
			break;
		case 'f':
			format = (size_t)cli_choice(optarg, "--format", format_names);
			has_format = 1;
			break;
		case 'S':
			rq.share = 1;
			break;
		default:
			return cli_bad_option(ch, argv, usage);
		}
	}
	rq.argc = argc - optind;
	rq.argv = argv + optind;
	cli_common_done(&common);
	rq.today = common.today;
	if (rq.has_since && rq.since > rq.today)
		errx(2, "--since: %s is after today (%s)", date_format(rq.since, a),
		    date_format(rq.today, b));
	stdin_uses = rq.goals_path != NULL && strcmp(rq.goals_path, "-") == 0;
	for (int i = 0; i < rq.argc; i++)
		stdin_uses += strcmp(rq.argv[i], "-") == 0;
	if (stdin_uses > 1)
		errx(2, "standard input (-) can be read once: give it as the goals file or as the "
		    "journal, not both");
	if (rq.out_path != NULL && strcmp(rq.out_path, "-") == 0)
		rq.out_path = NULL;
	if (rq.out_path != NULL && !has_format)
		format = format_of_path(rq.out_path);
	/* Colour and block characters only for a terminal; -o's file gets neither. */
	style.color = rq.out_path == NULL && cli_color(common.when, STDOUT_FILENO);
	style.blocks = rq.out_path == NULL && isatty(STDOUT_FILENO) &&
	    strcmp(nl_langinfo(CODESET), "UTF-8") == 0;

	status = sheet_build(&sheet, &rq);
	if ((fp = open_memstream(&buf, &len)) == NULL)
		err(2, "open_memstream");
	renderers[format].render(fp, &sheet, &style);
	if (fclose(fp) != 0)
		err(2, "open_memstream");
	if (sheet.out_clash != NULL) {
		warnx("-o %s: that is the journal file %s; not written", rq.out_path,
		    sheet.out_clash);
		status = 2;
	} else if (rq.out_path != NULL) {
		int st = write_out(rq.out_path, buf, len);

		status = st > status ? st : status;
	} else {
		fwrite(buf, 1, len, stdout);
	}
	free(buf);
	sheet_free(&sheet);
	return cli_finish() ? 2 : status;
}
