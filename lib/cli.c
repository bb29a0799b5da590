/* cli.c: the command-line conventions the programs share. */
#include <err.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "date.h"

enum color_when
cli_color_when(const char *arg)
{
	if (strcmp(arg, "auto") == 0)
		return COLOR_AUTO;
	if (strcmp(arg, "always") == 0)
		return COLOR_ALWAYS;
	if (strcmp(arg, "never") == 0)
		return COLOR_NEVER;
	errx(2, "--color: '%s' is not auto, always or never", arg);
}

int
cli_color(enum color_when when, int fd)
{
	const char *nocolor = getenv("NO_COLOR");

	if (when != COLOR_AUTO)
		return when == COLOR_ALWAYS;
	return isatty(fd) && (nocolor == NULL || nocolor[0] == '\0');
}

int
cli_bad_option(int ch, char *const argv[], void (*usage)(FILE *))
{
	if (ch == ':')
		warnx("option '%s' needs a value", argv[optind - 1]);
	else if (optopt != 0)
		warnx("unknown option '-%c'", optopt);
	else
		warnx("unknown option '%s'", argv[optind - 1]);
	usage(stderr);
	return 2;
}

long
cli_date(const char *arg, const char *opt)
{
	long d;

	if (date_parse(arg, strlen(arg), &d) != 1)
		errx(2, "%s: '%s' is not a valid date YYYY-MM-DD", opt, arg);
	return d;
}

int
cli_finish(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		warnx("write error on standard output");
		return 2;
	}
	return 0;
}
