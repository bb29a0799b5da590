/* replay.c: runs a fuzz harness on the files named on the command line, without libFuzzer, so
 * that make check replays the seed corpus and every input that once failed with any compiler. */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* Reads the whole of path into a malloc'd buffer of exactly *len bytes, so that a harness
 * reading one byte too far trips the sanitizers as it would under libFuzzer.  Returns NULL
 * with errno set when the file cannot be read. */
static uint8_t *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	uint8_t *buf = NULL, *exact = NULL;
	size_t cap = 0, n = 0, got;
	int ok = 1;

	if (fp == NULL)
		return NULL;
	do {
		if (n == cap) {
			uint8_t *grown = realloc(buf, cap = cap ? 2 * cap : 4096);

			if (grown == NULL) {
				ok = 0;
				break;
			}
			buf = grown;
		}
		got = fread(buf + n, 1, cap - n, fp);
		n += got;
	} while (got > 0);
	if (ferror(fp))
		ok = 0;
	fclose(fp);
	/* An exact copy: the slack of the doubling buffer would hide a read past the end. */
	if (ok && (exact = malloc(n ? n : 1)) != NULL && n > 0)
		memcpy(exact, buf, n);
	free(buf);
	if (exact == NULL && errno == 0)
		errno = EIO;
	*len = n;
	return exact;
}

int
main(int argc, char *argv[])
{
	int status = 0;

	for (int i = 1; i < argc; i++) {
		size_t len = 0;
		uint8_t *data;

		errno = 0;
		if ((data = slurp(argv[i], &len)) == NULL) {
			warn("%s", argv[i]);
			status = 1;
			continue;
		}
		LLVMFuzzerTestOneInput(data, len);
		free(data);
	}
	return status;
}
