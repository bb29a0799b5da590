/* color.h: terminal colour by name.  Every program's escape sequences are in one table here,
 * and each is "" when colour is off, so output reads the same with and without it. */
#ifndef GOALKIT_COLOR_H
#define GOALKIT_COLOR_H

enum color {
	COLOR_RESET,          /* back to plain */
	COLOR_BOLD,           /* headings, names, positions */
	COLOR_BOLD_RED,       /* errors, what fails, the safety line's label */
	COLOR_BOLD_GREEN,     /* goalcheck's caret */
	COLOR_BOLD_MAGENTA,   /* warnings */
	COLOR_BOLD_CYAN,      /* notes */
	COLOR_GREEN,          /* what passes */
	COLOR_YELLOW,         /* smartify's questions still to answer */
};

/* The escape sequence of c when on, else "". */
const char *color_code(int on, enum color c);

#endif
