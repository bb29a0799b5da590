/* genstress: writes a Markdown journal of one hard shape for tests/bench/stress, deterministic,
 * to stdout:
 *
 *   genstress SHAPE SIZE_MiB
 *
 * genshapes writes journals as people write them; these are journals as devices, scripts and
 * accidents write them, each of which once made a reader's work grow faster than the
 * journal (issue 22, found by a generator written blind to ours):
 *
 *   keys      an export of readings: tens of thousands of metric names, most written once
 *   tags      a script tagging each entry by its id: most tags are new
 *   ticks     one line of runs of backticks of every length, each once: none closed
 *   warnings  a value that is no number, a date that does not exist, on every other line
 *   pasted    an image pasted into an entry as a data URI: one line of base64, which
 *             tests/bench/stress gives journalstat through a pipe, 64 KiB a read */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xorshift.h"

static uint64_t state = 0x7374726573730a01ULL;
static unsigned long long written, limit;

/* Another sequence than genjournal's and genshapes'. */
static uint32_t
rnd(uint32_t k)
{
	return xorshift_below(&state, k);
}

static void
outf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void
outf(const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n > 0) {
		fwrite(buf, 1, (size_t)n, stdout);
		written += (unsigned long long)n;
	}
}

/* The heading of entry e: a day from 2000-01-01 on, in 28-day months. */
static void
heading(unsigned long e)
{
	unsigned long d = e / 4;

	outf("## %04lu-%02lu-%02lu %02lu:%02lu\n", 2000 + d / 336 % 8000, 1 + d / 28 % 12,
	    1 + d % 28, e % 24, e * 7 % 60);
}

static void
keys(void)
{
	for (unsigned long e = 0, n = 0; written < limit; e++) {
		heading(e);
		outf("mood: %u\n", 1 + rnd(10));
		for (int k = 0; k < 20; k++, n++)
			outf("sensor-%lx: %u.%u\n", (rnd(5) ? n : rnd((uint32_t)n + 1)) * 2654435761UL %
			    (1UL << 40), rnd(1000), rnd(10));
		outf("\n");
	}
}

static void
tags(void)
{
	for (unsigned long e = 0, n = 0; written < limit; e++) {
		heading(e);
		outf("mood: %u\n\n", 1 + rnd(10));
		for (int k = 0; k < 20; k++, n++)
			if (rnd(4))
				outf("#ticket-%lu note ", n);
			else
				outf("#Social ");
		outf("\n\n");
	}
}

static void
ticks(void)
{
	/* Runs of 1 to k backticks, each length once, shuffled: k(k + 1) / 2 bytes of them. */
	uint32_t k = 1, *len;

	while ((unsigned long long)k * (k + 1) / 2 < limit)
		k++;
	if ((len = malloc(k * sizeof *len)) == NULL)
		exit(1);
	for (uint32_t i = 0; i < k; i++)
		len[i] = i + 1;
	for (uint32_t i = k - 1; i > 0; i--) {
		uint32_t j = rnd(i + 1), t = len[i];

		len[i] = len[j];
		len[j] = t;
	}
	outf("## 2026-01-14\n\nx");
	for (uint32_t i = 0; i < k && written < limit; i++) {
		for (uint32_t b = 0; b < len[i]; b++)
			putchar('`');
		written += len[i];
		outf(" #t%u ", i % 37);
	}
	outf("\n");
	free(len);
}

static void
warnings(void)
{
	static const char *const bad[] = { "2026-02-30", "2026-04-31", "2025-02-29" };

	for (unsigned long e = 0; written < limit; e++) {
		heading(e);
		outf("mood: good\nsleep: %u\n\n## %s\nmood: 5\n\n", rnd(10), bad[rnd(3)]);
	}
}

static void
pasted(void)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	outf("## 2026-01-14\nmood: 6\n\nThe view from the bench #walk\n\n");
	outf("![the lake](data:image/png;base64,");
	for (; written < limit; written++)
		putchar(b64[rnd(64)]);
	outf(")\n\nback home #family\n");
}

int
main(int argc, char **argv)
{
	static const struct {
		const char *name;
		void (*write)(void);
	} shapes[] = { { "keys", keys }, { "tags", tags }, { "ticks", ticks },
	    { "warnings", warnings }, { "pasted", pasted } };
	long mib = argc == 3 ? strtol(argv[2], NULL, 10) : 0;

	if (argc != 3 || mib <= 0 || mib > 4096) {
		fprintf(stderr, "usage: genstress keys|tags|ticks|warnings|pasted SIZE_MiB\n");
		return 2;
	}
	limit = (unsigned long long)mib << 20;
	for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++)
		if (strcmp(argv[1], shapes[i].name) == 0) {
			shapes[i].write();
			return fflush(stdout) == 0 ? 0 : 1;
		}
	fprintf(stderr, "genstress: no shape '%s'\n", argv[1]);
	return 2;
}
