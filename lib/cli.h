/* cli.h: what every goalkit program does the same way on its command line: the options all of
 * them take (--today, --color, -h, --version), when to colour, how a refused option is
 * reported, and the last check that the output was written. */
#ifndef GOALKIT_CLI_H
#define GOALKIT_CLI_H

#include <stdio.h>

/* The index of arg among names (NULL-terminated); any other value exits with status 2,
 * naming the option and the choices: "--format: 'xml' is not text, json or scorecard". */
int cli_choice(const char *arg, const char *opt, const char *const *names);

/* In the order of cli_color_when's choices. */
enum color_when { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

/* Parses the value of --color; any other than auto, always and never exits with status 2. */
enum color_when cli_color_when(const char *arg);

/* Whether to colour what goes to fd: always, never, or (auto) when fd is a terminal and
 * NO_COLOR is unset or empty (no-color.org). */
int cli_color(enum color_when when, int fd);

/* Reports an option getopt_long refused, ch being what it returned (':' for a missing value,
 * '?' for an unknown option), then the usage.  Returns 2, the status to exit with. */
int cli_bad_option(int ch, char *const argv[], void (*usage)(FILE *));

/* The date an option names, "YYYY-MM-DD"; any other value exits with status 2, naming the
 * option (--today, --from ...). */
long cli_date(const char *arg, const char *opt);

/* The options every program takes, handled once: --today, --color (and --colour), -h and
 * --help, --version.  A program puts CLI_COMMON_OPTIONS in its getopt_long table (its short
 * options hold 'h'), passes each option getopt_long returns to cli_common first, and calls
 * cli_common_done after the options. */
enum { CLI_TODAY = 0x100, CLI_COLOR, CLI_VERSION };
#define CLI_COMMON_OPTIONS \
	{ "today", required_argument, NULL, CLI_TODAY }, \
	{ "color", required_argument, NULL, CLI_COLOR }, \
	{ "colour", required_argument, NULL, CLI_COLOR }, \
	{ "help", no_argument, NULL, 'h' }, \
	{ "version", no_argument, NULL, CLI_VERSION }

struct cli_common {
	const char *name;          /* the program's, for --version */
	void (*help)(void);        /* writes the help to standard output */
	long today;                /* --today's date; after cli_common_done, today's by default */
	int have_today;
	enum color_when when;      /* --color; COLOR_AUTO by default */
};

/* Handles option ch (with its argument arg) when it is a common one, and returns 1: a date or
 * a colour choice that is no such thing exits with status 2, and -h or --version writes and
 * exits (status 0, or 2 when the output could not be written).  Returns 0 for any other. */
int cli_common(struct cli_common *c, int ch, const char *arg);
/* After the options: today's date when --today gave none. */
void cli_common_done(struct cli_common *c);

/* Flushes standard output.  Returns 0, or 2 after saying "write error on standard output":
 * a full disk must not pass for success.  A pipe whose reader has gone (EPIPE: SIGPIPE, which
 * would have ended the program silently, is ignored) returns 2 without a word. */
int cli_finish(void);

#endif
