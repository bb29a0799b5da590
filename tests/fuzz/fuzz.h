/* fuzz.h: the one function every fuzz harness defines, called by libFuzzer or by replay.c. */
#ifndef GOALKIT_FUZZ_H
#define GOALKIT_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* Runs the harness on the size bytes at data.  Returns 0; a broken property calls abort(). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
