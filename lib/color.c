/* color.c: the ANSI escape sequences (SGR) behind color.h's names. */
#include "color.h"

static const char *const codes[] = {
	[COLOR_RESET] = "\033[0m",
	[COLOR_BOLD] = "\033[1m",
	[COLOR_BOLD_RED] = "\033[1;31m",
	[COLOR_BOLD_GREEN] = "\033[1;32m",
	[COLOR_BOLD_MAGENTA] = "\033[1;35m",
	[COLOR_BOLD_CYAN] = "\033[1;36m",
	[COLOR_GREEN] = "\033[32m",
	[COLOR_YELLOW] = "\033[33m",
};

const char *
color_code(int on, enum color c)
{
	return on ? codes[c] : "";
}
