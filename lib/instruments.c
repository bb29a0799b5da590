/* instruments.c: scoring the published instruments; doc/measures.md cites each number below. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "instruments.h"

/* The reliabilities and criteria are those doc/measures.md cites. */
const struct instrument_info instrument_table[INST_COUNT] = {
	[INST_PHQ9] = { .key = "phq9", .name = "PHQ-9", .about = "depression", .items = 9,
	    .item_max = 3, .max = 27, .reliability = 0.89, .criterion = 6 },
	[INST_GAD7] = { .key = "gad7", .name = "GAD-7", .about = "anxiety", .items = 7,
	    .item_max = 3, .max = 21, .reliability = 0.92, .criterion = 4 },
	[INST_ORS] = { .key = "ors", .name = "ORS", .about = "how life is going", .items = 4,
	    .decimals = 1, .item_max = 10, .max = 40, .reliability = 0.93, .criterion = 5,
	    .higher_is_better = 1 },
	[INST_SRS] = { .key = "srs", .name = "SRS", .about = "how the sessions are going",
	    .items = 4, .decimals = 1, .item_max = 10, .max = 40, .reliability = 0.88,
	    .higher_is_better = 1 },
};

/* The key as written may separate the letters from the number, as the published names do:
 * "PHQ-9" and "gad_7" are phq9 and gad7. */
int
instrument_find(const char *key, size_t len)
{
	for (int i = 0; i < INST_COUNT; i++) {
		const char *k = instrument_table[i].key;
		size_t at = 0, j;

		for (j = 0; j < len; j++) {
			if ((key[j] == '-' || key[j] == '_') && j > 0 && k[at] >= '0' && k[at] <= '9')
				continue;
			if (k[at] == '\0' || (key[j] | 0x20) != k[at])
				break;
			at++;
		}
		if (j == len && k[at] == '\0')
			return i;
	}
	return -1;
}

/* Scores are separated by blanks or commas; a YAML block scalar brings line breaks too. */
static int
is_separator(char c)
{
	return c == ' ' || c == '\t' || c == ',' || c == '\n' || c == '\r';
}

/* Reads one score at p[*i]: digits with at most `decimals` decimals.  Returns 1 with *out
 * and *i past it, 0 when it is not a number, -1 when it has too many decimals. */
static int
read_number(const char *p, size_t n, size_t *i, int decimals, double *out)
{
	size_t k = *i, digits = 0, frac = 0;
	double v = 0, scale = 1;

	for (; k < n && p[k] >= '0' && p[k] <= '9' && digits < 6; k++, digits++)
		v = v * 10 + (p[k] - '0');
	if (digits == 0)
		return 0;
	if (k < n && p[k] == '.')
		for (k++; k < n && p[k] >= '0' && p[k] <= '9' && frac < 6; k++, frac++)
			v += (p[k] - '0') * (scale /= 10);
	if (k < n && !is_separator(p[k]))
		return 0;
	*i = k;
	*out = v;
	return (int)frac > decimals ? -1 : 1;
}

static void bad(struct diags *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Reports why a score cannot be right. */
static void
bad(struct diags *d, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diags_addv(d, SEV_ERROR, SCORE_RULE, 0, 0, 0, NULL, fmt, ap);
	va_end(ap);
}

int
score_parse(enum instrument in, const char *val, size_t len, struct score *s,
    struct diags *d)
{
	const struct instrument_info *ii = &instrument_table[in];
	double v[INSTRUMENT_MAX_ITEMS + 1];
	int n = 0;
	size_t i = 0;

	memset(s, 0, sizeof *s);
	for (;;) {
		size_t at;
		int r;

		while (i < len && is_separator(val[i]))
			i++;
		if (i == len)
			break;
		at = i;
		if (n > ii->items) {
			bad(d, "%s: more than %d scores; %s has %d items (or write "
			    "the total)", ii->key, ii->items, ii->name, ii->items);
			return -1;
		}
		if ((r = read_number(val, len, &i, ii->decimals, &v[n])) == 0) {
			size_t end = at;

			while (end < len && !is_separator(val[end]) && end - at < 20)
				end++;
			bad(d, "%s: '%.*s' is not a score", ii->key, (int)(end - at),
			    val + at);
			return -1;
		}
		if (r < 0) {
			bad(d, "%s: '%.*s' has more decimals than %s's %s", ii->key,
			    (int)(i - at), val + at, ii->name,
			    ii->decimals ? "one" : "whole-number scores");
			return -1;
		}
		n++;
	}
	if (n == 0) {
		bad(d, "%s: no score", ii->key);
		return -1;
	}
	if (n == 1) {
		if (v[0] > ii->max) {
			bad(d, "%s: a total of %g is more than %s's highest, %g",
			    ii->key, v[0], ii->name, ii->max);
			return -1;
		}
		s->total = v[0];
		return 0;
	}
	if (n != ii->items) {
		bad(d, "%s: %d scores, but %s has %d items (or write the total)",
		    ii->key, n, ii->name, ii->items);
		return -1;
	}
	/* The items are kept even when one is out of range, for the caller's sake: PHQ-9's item 9
	 * is worth telling the person about whatever else was mistyped. */
	s->nitems = n;
	for (int k = 0; k < n; k++)
		s->item[k] = v[k];
	for (int k = 0; k < n; k++) {
		if (v[k] > ii->item_max) {
			bad(d, "%s: item %d is %g; %s's items are scored 0 to %g",
			    ii->key, k + 1, v[k], ii->name, ii->item_max);
			return -1;
		}
		s->total += v[k];
	}
	/* Sums of one-decimal marks keep one decimal, without the binary fraction's tail. */
	s->total = round(s->total * 10) / 10;
	return 0;
}

struct band {
	double upto;            /* the highest total of the band */
	const char *name;
};

static const struct band phq9_bands[] = {
	{ 4, "minimal" }, { 9, "mild" }, { 14, "moderate" }, { 19, "moderately severe" },
	{ 27, "severe" },
};
static const struct band gad7_bands[] = {
	{ 4, "minimal" }, { 9, "mild" }, { 14, "moderate" }, { 21, "severe" },
};

/* ORS: the clinical cutoff; SRS: the alliance cutoff.  A score below it is flagged. */
#define ORS_CUTOFF 25
#define SRS_CUTOFF 36

const char *
score_band(enum instrument in, double total)
{
	const struct band *b = in == INST_PHQ9 ? phq9_bands : gad7_bands;
	size_t n = in == INST_PHQ9 ? sizeof phq9_bands / sizeof *b : sizeof gad7_bands / sizeof *b;

	switch (in) {
	case INST_ORS:
		return total < ORS_CUTOFF ? "below the clinical cutoff of 25" :
		    "at or above the clinical cutoff of 25";
	case INST_SRS:
		return total < SRS_CUTOFF ? "below 36: talk about how the sessions are going" :
		    "36 or more";
	default:
		break;
	}
	/* Whole-number totals; a total written with a fraction takes the band it rounds into. */
	total = floor(total + 0.5);
	for (size_t i = 0; i < n; i++)
		if (total <= b[i].upto)
			return b[i].name;
	return b[n - 1].name;
}

double
rci(double x1, double x2, double sd, double reliability)
{
	double se = sd * sqrt(1 - reliability);

	return (x2 - x1) / sqrt(2 * se * se);
}

double
rci_sd(double criterion, double reliability)
{
	return criterion / (1.96 * sqrt(2) * sqrt(1 - reliability));
}

double
score_rci(enum instrument in, double x1, double x2)
{
	const struct instrument_info *ii = &instrument_table[in];

	if (ii->criterion <= 0)
		return NAN;
	return rci(x1, x2, rci_sd(ii->criterion, ii->reliability), ii->reliability);
}

/* Rounding in rci_sd and rci must not turn a change of exactly the criterion into 1.9599. */
#define RCI_EPSILON 1e-9

enum change
score_change(enum instrument in, double rci_value)
{
	int up = instrument_table[in].higher_is_better;

	if (isnan(rci_value))
		return CHANGE_NONE;
	if (rci_value >= 1.96 - RCI_EPSILON)
		return up ? CHANGE_BETTER : CHANGE_WORSE;
	if (rci_value <= -1.96 + RCI_EPSILON)
		return up ? CHANGE_WORSE : CHANGE_BETTER;
	return CHANGE_NONE;
}

const char *
change_name(enum change c)
{
	return c == CHANGE_BETTER ? "reliable improvement" :
	    c == CHANGE_WORSE ? "reliable deterioration" : "no reliable change";
}

double
gas_tscore(const double *w, const double *x, size_t n)
{
	double wx = 0, w2 = 0, sw = 0, top = 0;

	/* T does not change when every weight is scaled alike; scaling by the largest keeps the
	 * squares of very small or very large weights from rounding to 0 or infinity. */
	for (size_t i = 0; i < n; i++)
		if (!isnan(x[i]) && w[i] > top)
			top = w[i];
	if (!(top > 0) || !isfinite(top))
		return NAN;
	for (size_t i = 0; i < n; i++) {
		double v = w[i] / top;

		if (isnan(x[i]))
			continue;
		wx += v * x[i];
		w2 += v * v;
		sw += v;
	}
	return 50 + 10 * wx / sqrt((1 - GAS_RHO) * w2 + GAS_RHO * sw * sw);
}

char *
gas_field(const char *id, size_t *len)
{
	char *name;

	*len = strlen(GAS_PREFIX) + strlen(id);
	name = xmalloc(*len + 1);
	snprintf(name, *len + 1, "%s%s", GAS_PREFIX, id);
	return name;
}

int
gas_level_parse(const char *p, size_t n, int *level)
{
	int neg = 0;

	if (n > 0 && (*p == '+' || *p == '-')) {
		neg = *p == '-';
		p++;
		n--;
	}
	if (n != 1 || *p < '0' || *p > '2')
		return 0;
	*level = neg ? -(*p - '0') : *p - '0';  /* -0 is 0 */
	return 1;
}

int
phq9_item9_above_0(double total, int item9)
{
	const struct instrument_info *ii = &instrument_table[INST_PHQ9];

	return item9 > 0 || total > (ii->items - 1) * ii->item_max;
}

/* Its wording is fixed: it is the one line that must read the same to everyone. */
const char *
safety_sentence(long first, long latest, size_t ndays, char buf[SAFETY_SIZE])
{
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE], which[64 + 2 * DATE_BUFSIZE];

	date_format(first, a);
	date_format(latest, b);
	if (ndays == 1)
		snprintf(which, sizeof which, "your PHQ-9 of %s", b);
	else if (ndays == 2)
		snprintf(which, sizeof which, "your PHQ-9s of %s and %s", a, b);
	else
		snprintf(which, sizeof which, "your PHQ-9s of %zu days, the latest %s,", ndays, b);
	snprintf(buf, SAFETY_SIZE, "%s %s noted thoughts that you would be better off dead or of "
	    "hurting yourself. Tell your therapist at the start of your next session, and if you "
	    "are in danger now, contact your local emergency services.", SAFETY_LABEL, which);
	return buf;
}
