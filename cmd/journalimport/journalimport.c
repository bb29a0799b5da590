/* journalimport: brings a person's history from a mood or journal app into goalkit's journal:
 * reads an export (Daylio, Bearable, Loop Habit Tracker, jrnl) and writes journal(5) entries
 * to standard output, or daily notes into a folder.
 *
 * This file is the command line; import.c runs one export through the importer its format
 * names (daylio.c, bearable.c, loop.c, jrnl.c) and sends the entries on. */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "import.h"

static void
usage(FILE *fp)
{
	fputs("usage: journalimport [-h] [--dir DIR [--merge]] [--mood-scale LABEL=N,...]\n"
	    "                     [--habit-fields] [--today YYYY-MM-DD] [--color auto|always|never]\n"
	    "                     [--version] daylio|bearable|loop|jrnl [FILE]\n", fp);
}

static void
help(void)
{
	usage(stdout);
	fputs("\nReads an app's export, FILE (default, or -: standard input), and writes its\n"
	    "entries as a Markdown journal (journal(5)) to standard output.  Formats:\n", stdout);
	for (const struct importer *f = importers; f->name != NULL; f++)
		printf("  %-10s %s\n", f->name, f->what);
	fputs("\n  --dir DIR             write daily notes DIR/YYYY-MM-DD.md instead; a note\n"
	    "                        that exists is left as it is\n"
	    "  --merge               with --dir: add the entries below a note that exists\n"
	    "  --mood-scale SCALE    daylio: each mood's number (default\n"
	    "                        rad=5,good=4,meh=3,bad=2,awful=1)\n"
	    "  --habit-fields        loop: a field 'habit: 1' or 'habit: 0' for each habit,\n"
	    "                        not a tag for each habit done\n"
	    "  --today YYYY-MM-DD    say which entries are dated after it (default: today)\n"
	    "  --color WHEN          auto, always or never (journalimport writes no colour)\n"
	    "  -h, --help            this help\n"
	    "      --version         the version\n\n"
	    "Exit status: 0 every row converted, 1 some skipped (each said), 2 nothing could be\n"
	    "read.  See journalimport(1).\n", stdout);
}

/* The folder of --dir, made (readable by its owner only) when missing. */
static void
check_dir(const char *dir)
{
	struct stat st;

	if (stat(dir, &st) < 0 && errno == ENOENT && mkdir(dir, 0700) == 0)
		return;
	if (stat(dir, &st) < 0)
		err(2, "--dir: %s", dir);
	if (!S_ISDIR(st.st_mode))
		errx(2, "--dir: %s is not a folder", dir);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "dir", required_argument, NULL, 'd' },
		{ "merge", no_argument, NULL, 'm' },
		{ "mood-scale", required_argument, NULL, 's' },
		{ "habit-fields", no_argument, NULL, 'H' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli_common common = { "journalimport", help, 0, 0, COLOR_AUTO };
	struct import im = { 0 };
	struct sink sink = { 0 };
	const struct importer *fmt = NULL;
	const char *file = "-", *why;
	FILE *fp;
	int ch, status, finish;

	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		if (cli_common(&common, ch, optarg))
			continue;
		switch (ch) {
		case 'd':
			sink.dir = optarg;
			break;
		case 'm':
			sink.merge = 1;
			break;
		case 's':
			if ((why = daylio_scale_error(optarg)) != NULL)
				errx(2, "--mood-scale: %s (it is LABEL=NUMBER,LABEL=NUMBER,...)", why);
			im.mood_scale = optarg;
			break;
		case 'H':
			im.loop_fields = 1;
			break;
		default:
			return cli_bad_option(ch, argv, usage);
		}
	}
	cli_common_done(&common);
	argc -= optind;
	argv += optind;
	if (argc < 1 || argc > 2) {
		warnx(argc < 1 ? "which format? daylio, bearable, loop or jrnl" :
		    "one export at a time");
		usage(stderr);
		return 2;
	}
	for (const struct importer *f = importers; f->name != NULL; f++)
		if (strcmp(argv[0], f->name) == 0)
			fmt = f;
	if (fmt == NULL)
		errx(2, "'%s' is not a format journalimport reads: daylio, bearable, loop or jrnl",
		    argv[0]);
	if (argc == 2)
		file = argv[1];
	if (sink.merge && sink.dir == NULL)
		errx(2, "--merge: only with --dir");
	if (sink.dir != NULL)
		check_dir(sink.dir);
	else
		sink.out = stdout;
	if (strcmp(file, "-") == 0)
		fp = stdin;
	else if ((fp = fopen(file, "r")) == NULL)
		err(2, "%s", file);
	im.today = common.today;
	status = import_file(fmt, file, fp, &sink, &im);
	if (fp != stdin)
		fclose(fp);
	sink_free(&sink);
	finish = cli_finish();
	return finish != 0 ? finish : status;
}
