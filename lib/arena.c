/* arena.c: an arena of blocks that grow with it.  Large blocks are mapped on 2 MB boundaries
 * and offered to the kernel as huge pages: on the virtual machines goalkit was measured on, a
 * fault of a 4 KB page costs about 15 microseconds, so a 20 MB tree of a big goals file spent
 * more time faulting its pages in than parsing; in 2 MB pages that cost all but disappears. */
#define _DEFAULT_SOURCE  /* MAP_ANONYMOUS, madvise */
#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "alloc.h"
#include "arena.h"

/* Anonymous mappings are MAP_ANON on older macOS and the BSDs, and hidden on FreeBSD at our
 * POSIX level; without either, big blocks come from posix_memalign, still 2 MB aligned. */
#if !defined(MAP_ANONYMOUS) && defined(MAP_ANON)
#define MAP_ANONYMOUS MAP_ANON
#endif

#define FIRST_BLOCK 1024                 /* the first block; each after it as big as all ... */
#define SMALL_BLOCK (64 * 1024)          /* ... before it, up to this while the arena is small */
#define SMALL_TOTAL (1024 * 1024)        /* up to this many bytes in all */
#define HUGE_PAGE (2 * 1024 * 1024)
#define BIG_BLOCK (8 * 1024 * 1024)      /* blocks after that */

struct arena_block {
	struct arena_block *next;
	size_t used, cap;   /* bytes of data */
	size_t mapped;      /* the mapping's length, or 0 for a malloc'd block */
	max_align_t data[];
};

void *
pages_alloc(size_t n)
{
	size_t len = (n + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
	char *aligned;

#ifndef MAP_ANONYMOUS
	void *m;

	if (posix_memalign(&m, HUGE_PAGE, len) != 0)
		errx(2, "out of memory");
	aligned = m;
#else
	char *p;

	/* Map a huge page more than needed and trim, so that the region starts on a huge page
	 * boundary, where the kernel can back it with huge pages.  An anonymous mapping takes
	 * fd -1, which cppcheck's posix library does not allow for. */
	p = mmap(NULL, len + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
	    -1, 0);	/* cppcheck-suppress invalidFunctionArg */
	if (p == MAP_FAILED)
		out_of_memory();
	aligned = (char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
	if (aligned > p)
		munmap(p, (size_t)(aligned - p));
	if (p + HUGE_PAGE > aligned)
		munmap(aligned + len, (size_t)(p + HUGE_PAGE - aligned));
#ifdef MADV_HUGEPAGE	/* Linux only */
	madvise(aligned, len, MADV_HUGEPAGE);  /* a hint: without it, plain pages still work */
#endif
#endif /* MAP_ANONYMOUS */
	return aligned;
}

void
pages_free(void *p, size_t n)
{
#ifdef MAP_ANONYMOUS
	munmap(p, (n + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1));
#else
	(void)n;
	free(p);
#endif
}

static struct arena_block *
block_new(struct arena *a, size_t n)
{
	struct arena_block *b;
	/* Most arenas hold a few findings of one file, and a program may keep thousands of
	 * them (goalcheck --journal, one a daily note with a finding): a first block of 64 KB
	 * each made 8000 notes take 100 MB. */
	size_t want = a->total < FIRST_BLOCK ? FIRST_BLOCK : a->total < SMALL_BLOCK ? a->total :
	    a->total < SMALL_TOTAL ? SMALL_BLOCK : BIG_BLOCK;

	if (n + sizeof *b > want)
		want = n + sizeof *b;
	if (want >= BIG_BLOCK) {
		b = pages_alloc(want);
		b->mapped = want;
	} else {
		if ((b = malloc(want)) == NULL)
			out_of_memory();
		b->mapped = 0;
	}
	b->used = 0;
	b->cap = want - sizeof *b;
	b->next = a->blocks;
	a->blocks = b;
	a->total += want;
	return b;
}

void *
arena_alloc(struct arena *a, size_t n, size_t align)
{
	struct arena_block *b = a->blocks;
	size_t at = b != NULL ? (b->used + align - 1) & ~(align - 1) : 0;

	if (b == NULL || at > b->cap || b->cap - at < n) {
		b = block_new(a, n);
		at = 0;
	}
	b->used = at + n;
	return (char *)b->data + at;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1, 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
arena_free(struct arena *a)
{
	struct arena_block *b, *next;

	for (b = a->blocks; b != NULL; b = next) {
		next = b->next;
		if (b->mapped)
			pages_free(b, b->mapped);
		else
			free(b);
	}
	a->blocks = NULL;
	a->total = 0;
}
