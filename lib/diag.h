/* diag.h: findings about an input file, kept as data: every module reports into a struct
 * diags, and only lib/diagout prints them, one printer per form. */
#ifndef GOALKIT_DIAG_H
#define GOALKIT_DIAG_H

#include <stdarg.h>
#include <stddef.h>

#include "arena.h"
/* Only for the modules that still take xmalloc from here (draft.c, being rewritten): the
 * others include alloc.h themselves. */
#include "alloc.h"

/* In increasing order, so that the worst severity is the largest. */
enum severity { SEV_INFO, SEV_WARNING, SEV_ERROR };

struct diag {
	enum severity sev;
	const char *rule;  /* static: a rule name from rules.h */
	char smart;        /* 'S', 'M', 'A', 'R', 'T', or 0 for the file's structure */
	int line, col;     /* 1-based; col counts code points */
	char *goal;        /* the id of the goal it is about, or NULL; owned by the list */
	int scope;         /* 1 + the index of the goal it is about, or 0 */
	char *message;     /* owned by the list */
	char *fix;         /* what the text at line:col likely meant ("did you mean"), or NULL;
	                    * owned by the list */
};

/* A growing list of findings about one file.  Zero-initialise, then diags_free. */
struct diags {
	struct diag *v;
	size_t n, cap;
	int scope;           /* stamped on each finding added: set it while checking one goal */
	struct arena texts;  /* the findings' goal ids and messages */
};

/* Appends a finding; goal (may be NULL) and the formatted message are copied, the message
 * with any control character (a newline quoted from the file) made a space.
 * Out of memory is the one failure, and it is fatal: a linter that silently drops findings
 * would tell a user their file is fine. */
void diags_add(struct diags *d, enum severity sev, const char *rule, char smart,
    int line, int col, const char *goal, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));

/* The same with a va_list, for reporting functions of other modules. */
void diags_addv(struct diags *d, enum severity sev, const char *rule, char smart,
    int line, int col, const char *goal, const char *fmt, va_list ap)
    __attribute__((format(printf, 8, 0)));

/* Gives the finding added last the text its place likely meant (diag.fix), copied; fix NULL
 * (no likely meaning) leaves it without.  A program may offer to put it there. */
void diags_fix(struct diags *d, const char *fix);

/* Orders findings by line, then column, keeping the order of equal positions. */
void diags_sort(struct diags *d);

void diags_free(struct diags *d);

/* Findings about several files, each file's list kept whole: a journal's, read file by file
 * (journal.h's keep), for a program that shows them with its own. */
struct diag_file {
	char *file;          /* the path as the reader named it; owned */
	struct diags d;
};

/* Zero-initialise, then diag_files_free. */
struct diag_files {
	struct diag_file *v;
	size_t n;
};

/* Appends file's findings, taking d's over: d is left empty, ready for use again. */
void diag_files_take(struct diag_files *f, const char *file, struct diags *d);
void diag_files_free(struct diag_files *f);

/* "error", "warning", "info"; and the reverse (returns -1 for an unknown name). */
const char *severity_name(enum severity s);
int severity_parse(const char *s);

#endif
