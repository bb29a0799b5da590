/* spark.c: sparklines. */
#include <math.h>

#include "spark.h"

void
spark_write(FILE *fp, const double *v, size_t n, int ascii)
{
	static const char *const blocks[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
	static const char levels[] = "_.-~=+*#";
	double min = INFINITY, max = -INFINITY;

	for (size_t i = 0; i < n; i++) {
		if (!isnan(v[i]) && v[i] < min)
			min = v[i];
		if (!isnan(v[i]) && v[i] > max)
			max = v[i];
	}
	for (size_t i = 0; i < n; i++) {
		int k = isnan(v[i]) ? -1 : max > min ? (int)((v[i] - min) / (max - min) * 7.999) : 3;

		if (k < 0)
			fputc(' ', fp);
		else if (ascii)
			fputc(levels[k], fp);
		else
			fputs(blocks[k], fp);
	}
}
