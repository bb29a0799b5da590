/* cli.h: what every goalkit program does the same way on its command line: when to colour,
 * how a refused option is reported, and the last check that the output was written. */
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

/* Flushes standard output.  Returns 0, or 2 after saying "write error on standard output":
 * a full disk must not pass for success.  A pipe whose reader has gone (EPIPE: SIGPIPE, which
 * would have ended the program silently, is ignored) returns 2 without a word. */
int cli_finish(void);

#endif
