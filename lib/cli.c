/* cli.c: the command-line conventions the programs share. */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "date.h"

int
cli_choice(const char *arg, const char *opt, const char *const *names)
{
	char list[256];
	size_t n = 0, used = 0;

	for (; names[n] != NULL; n++)
		if (strcmp(arg, names[n]) == 0)
			return (int)n;
	for (size_t i = 0; i < n && used < sizeof list; i++)
		used += (size_t)snprintf(list + used, sizeof list - used, "%s%s",
		    i == 0 ? "" : i + 1 == n ? " or " : ", ", names[i]);
	errx(2, "%s: '%s' is not %s", opt, arg, list);
}

enum color_when
cli_color_when(const char *arg)
{
	static const char *const names[] = { "auto", "always", "never", NULL };

	return (enum color_when)cli_choice(arg, "--color", names);
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

/* 1 if fd is a pipe or socket that no one reads any more. */
static int
reader_gone(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLOUT };
	struct stat st;

	if (fstat(fd, &st) < 0 || !(S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)))
		return 0;
	return poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP));
}

int
cli_finish(void)
{
	int failed = fflush(stdout) != 0, why = errno;

	if (!failed && !ferror(stdout))
		return 0;
	/* A reader that stopped early (head, a pager quit) is what the person chose, not news:
	 * like SIGPIPE, which ends the program silently, it shows in the status alone.  When an
	 * earlier write failed and left nothing to flush, the pipe itself is asked. */
	if (failed ? why == EPIPE : reader_gone(STDOUT_FILENO))
		return 2;
	warnx("write error on standard output");
	return 2;
}

int
cli_common(struct cli_common *c, int ch, const char *arg)
{
	switch (ch) {
	case CLI_TODAY:
		c->today = cli_date(arg, "--today");
		c->have_today = 1;
		return 1;
	case CLI_COLOR:
		c->when = cli_color_when(arg);
		return 1;
	case 'h':
		c->help();
		exit(cli_finish());
	case CLI_VERSION:
		printf("%s (goalkit) %s\n", c->name, GOALKIT_VERSION);
		exit(cli_finish());
	default:
		return 0;
	}
}

void
cli_common_done(struct cli_common *c)
{
	if (!c->have_today)
		c->today = date_today();
}
