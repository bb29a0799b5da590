/* diagout.h: every printer of findings (diag.h), so that a finding reads the same wherever it
 * is shown: the text line goalcheck prints, with its caret; the same line on standard error
 * after the program's name ("say"); the short line of a journal's warning; and JSON.  No
 * other module prints a finding: the library reports into struct diags and returns. */
#ifndef GOALKIT_DIAGOUT_H
#define GOALKIT_DIAGOUT_H

#include <stdio.h>

#include "diag.h"
#include "json.h"
#include "text.h"

/* "FILE:LINE:COL: SEVERITY: MESSAGE [RULE]" and a newline, the position in bold and the
 * severity in its colour when color is set; without ":COL" for column 0 and without
 * ":LINE:COL" for line 0 (a journal's finding knows its line only, or is about the whole
 * file). */
void diag_print_line(FILE *fp, const char *file, const struct diag *d, int color);
/* The source line of a finding and a caret under its column; nothing for a line longer than
 * 300 bytes or not in src. */
void diag_print_caret(FILE *fp, struct lines *src, int line, int col, int color);
/* A finding as a JSON object, the writer's next value: file, line, column, severity, rule,
 * smart, goal, message; line and column null where not known, as for diag_print_line. */
void diag_print_json(struct json_writer *w, const char *file, const struct diag *d);

/* Says a finding about file on standard error after the program's name, in the form of
 * diag_print_line: "PROG: FILE:LINE:COL: SEVERITY: MESSAGE [RULE]". */
void diag_say(const char *file, const struct diag *d);

/* Says findings about file on standard error after the program's name, without severity or
 * rule, as the problems of a file that cannot be used at all read: "PROG: FILE:LINE:COL:
 * MESSAGE" (without ":COL" for column 0), "PROG: FILE: MESSAGE" for a finding about the
 * whole file (line 0), and "PROG: MESSAGE" when file is NULL too (the message names it). */
void diag_say_brief(const char *file, const struct diags *d);
/* The same with suffix after each message, for a program that says what it did about the
 * problem in the same line: "PROG: FILE:LINE:COL: MESSAGE; not changed". */
void diag_say_brief_suffix(const char *file, const struct diags *d, const char *suffix);

/* Says a journal's findings about file (journal.h's on_findings) on standard error, one a
 * line, as a note about the text: "PROG: FILE:LINE: MESSAGE", or "PROG: FILE: MESSAGE" for a
 * finding about the whole file (line 0, a file that cannot be read). */
void diag_say_notes(const char *prog, const char *file, const struct diags *d);
/* One of them. */
void diag_say_note(const char *prog, const char *file, const struct diag *d);

#endif
