/* xorshift.h: the bench generators' random numbers, xorshift64*, each generator from a state
 * of its own, so that no two share a sequence. */
#ifndef GOALKIT_BENCH_XORSHIFT_H
#define GOALKIT_BENCH_XORSHIFT_H

#include <stdint.h>

/* The next number below k from *state. */
static inline uint32_t
xorshift_below(uint64_t *state, uint32_t k)
{
	*state ^= *state >> 12;
	*state ^= *state << 25;
	*state ^= *state >> 27;
	return (uint32_t)((*state * 0x2545f4914f6cdd1dULL) >> 32) % k;
}

#endif
