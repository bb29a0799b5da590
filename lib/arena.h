/* arena.h: memory handed out in order and given back all at once, for the many small pieces
 * a goals file turns into (nodes, texts, findings). */
#ifndef GOALKIT_ARENA_H
#define GOALKIT_ARENA_H

#include <stddef.h>

struct arena_block;

/* Zero-initialise; free with arena_free, which also makes it ready for use again. */
struct arena {
	struct arena_block *blocks;
	size_t total;  /* bytes in all blocks, which sets the size of the next */
};

/* n bytes aligned to align (a power of two).  Never NULL: out of memory exits with status 2. */
void *arena_alloc(struct arena *a, size_t n, size_t align);

/* A NUL-terminated copy of the n bytes at s. */
char *arena_strndup(struct arena *a, const char *s, size_t n);

void arena_free(struct arena *a);

/* A region of n bytes for one big buffer, from the same source as the arena's large blocks;
 * give it back with pages_free and the same n. */
void *pages_alloc(size_t n);
void pages_free(void *p, size_t n);

#endif
