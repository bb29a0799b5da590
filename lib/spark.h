/* spark.h: a sparkline, the one drawing of a series in a line of text that journalstat's
 * summary and the session sheet share: eight levels from the lowest value to the highest,
 * in block characters or in ASCII, a blank where there is no value. */
#ifndef GOALKIT_SPARK_H
#define GOALKIT_SPARK_H

#include <stddef.h>
#include <stdio.h>

/* Draws the n values of v (NAN: no value) to fp, one character each: "▁" to "█", or with
 * ascii "_.-~=+*#"; all values alike are drawn at the middle level. */
void spark_write(FILE *fp, const double *v, size_t n, int ascii);

#endif
