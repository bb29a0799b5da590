/* alloc.h: the one out-of-memory policy, and the one for internal errors (bugs).  Every allocation of the library and the programs
 * goes through these, or through an arena (arena.h), and running out of memory ends the
 * program with status 2 and "out of memory": a tool that silently dropped a finding or a
 * figure would tell a person their file is fine. */
#ifndef GOALKIT_ALLOC_H
#define GOALKIT_ALLOC_H

#include <stddef.h>

/* malloc, realloc and strndup that exit with status 2 and a message when memory runs out. */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrndup(const char *s, size_t n);
/* Exits with status 2 and "out of memory", for the few places that allocate otherwise. */
void out_of_memory(void) __attribute__((noreturn));
/* For what cannot happen unless goalkit itself is wrong (a built-in pattern that does not
 * compile): says so on standard error after the program's name, asking for a report, and
 * aborts, leaving a core for the developer.  Never for bad input, which is a finding. */
void internal_error(const char *fmt, ...)
    __attribute__((noreturn, format(printf, 1, 2)));

#endif
