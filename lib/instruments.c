/* instruments.c: scoring the published instruments; doc/measures.md cites each number below. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "instruments.h"

/* Every published figure goalkit uses, once.  Each has its source beside it, and the table
 * instrument_figures below repeats them for doc/measures.md, whose "Every figure" table a unit
 * test holds to this one.  "Unverified": no reachable source was found for the figure; it
 * changes no verdict (see rci_sd). */
#define PHQ9_ALPHA      0.89    /* Kroenke, Spitzer & Williams 2001, abstract (primary care) */
#define PHQ9_CRITERION  6       /* NHS Talking Therapies manual: reliable change */
#define PHQ9_CASENESS   10      /* NHS Talking Therapies manual: caseness */
#define GAD7_ALPHA      0.92    /* Spitzer, Kroenke, Williams & Löwe 2006, abstract */
#define GAD7_CRITERION  4       /* NHS Talking Therapies manual: reliable change */
#define GAD7_CASENESS   8       /* NHS Talking Therapies manual: caseness */
#define ORS_ALPHA       0.93    /* unverified: reviews report .82-.92 in clinical samples */
#define ORS_CRITERION   5       /* Miller & Duncan 2004, manual: reliable change */
#define ORS_CUTOFF      25      /* Miller et al. 2003: adults' clinical cutoff */
#define ORS_TEEN_CUTOFF 28      /* Duncan et al. 2006: 13 to 17 year olds */
#define CORS_CUTOFF     32      /* Duncan et al. 2006: the CORS, children 6 to 12 */
#define SRS_ALPHA       0.88    /* unverified: reviews report .88-.97 */
#define SRS_CUTOFF      36      /* Miller & Duncan 2004, manual: alliance cutoff */

const struct instrument_info instrument_table[INST_COUNT] = {
	[INST_PHQ9] = { .key = "phq9", .name = "PHQ-9", .about = "depression", .items = 9,
	    .item_max = 3, .max = 27, .reliability = PHQ9_ALPHA, .criterion = PHQ9_CRITERION,
	    .caseness = PHQ9_CASENESS },
	[INST_GAD7] = { .key = "gad7", .name = "GAD-7", .about = "anxiety", .items = 7,
	    .item_max = 3, .max = 21, .reliability = GAD7_ALPHA, .criterion = GAD7_CRITERION,
	    .caseness = GAD7_CASENESS },
	[INST_ORS] = { .key = "ors", .name = "ORS", .about = "how life is going", .items = 4,
	    .decimals = 1, .item_max = 10, .max = 40, .reliability = ORS_ALPHA,
	    .criterion = ORS_CRITERION, .higher_is_better = 1 },
	[INST_SRS] = { .key = "srs", .name = "SRS", .about = "how the sessions are going",
	    .items = 4, .decimals = 1, .item_max = 10, .max = 40, .reliability = SRS_ALPHA,
	    .higher_is_better = 1 },
};

const struct instrument_figure instrument_figures[] = {
	{ "PHQ-9 bands", "5 10 15 20", "Kroenke, Spitzer & Williams 2001, abstract", 1 },
	{ "PHQ-9 alpha", "0.89", "Kroenke, Spitzer & Williams 2001, abstract", 1 },
	{ "PHQ-9 reliable change", "6", "NHS Talking Therapies manual", 1 },
	{ "PHQ-9 caseness", "10", "NHS Talking Therapies manual", 1 },
	{ "GAD-7 bands", "5 10 15", "Spitzer, Kroenke, Williams & Löwe 2006, abstract", 1 },
	{ "GAD-7 alpha", "0.92", "Spitzer, Kroenke, Williams & Löwe 2006, abstract", 1 },
	{ "GAD-7 reliable change", "4", "NHS Talking Therapies manual", 1 },
	{ "GAD-7 caseness", "8", "NHS Talking Therapies manual", 1 },
	{ "ORS adult cutoff", "25", "Miller et al. 2003", 1 },
	{ "ORS teen cutoff", "28", "Duncan et al. 2006", 1 },
	{ "CORS child cutoff", "32", "Duncan et al. 2006", 1 },
	{ "ORS reliable change", "5", "Miller & Duncan 2004, manual", 1 },
	{ "ORS alpha", "0.93", "none found", 0 },
	{ "SRS cutoff", "36", "Miller & Duncan 2004, manual", 1 },
	{ "SRS alpha", "0.88", "none found", 0 },
	{ "GAS rho", "0.3", "Kiresuk & Sherman 1968", 1 },
	{ NULL, NULL, NULL, 0 },
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

/* Reads one score at p[*i]: digits, then decimals.  Returns 1 with *out, *frac the number of
 * decimals and *i past it; 0 when it is not a number.  It sums whole units of the last
 * decimal, so that 4.25 is 425 hundredths, exactly, for rounding. */
static int
read_number(const char *p, size_t n, size_t *i, double *out, int *frac)
{
	size_t k = *i, digits = 0;
	long long units = 0;
	double scale = 1;

	for (; k < n && p[k] >= '0' && p[k] <= '9' && digits < 6; k++, digits++)
		units = units * 10 + (p[k] - '0');
	if (digits == 0)
		return 0;
	*frac = 0;
	if (k < n && p[k] == '.')
		for (k++; k < n && p[k] >= '0' && p[k] <= '9' && *frac < 6; k++, ++*frac) {
			units = units * 10 + (p[k] - '0');
			scale *= 10;
		}
	if (k < n && !is_separator(p[k]))
		return 0;
	/* Apps that export ORS and SRS marks in hundredths: half a millimetre rounds up. */
	if (*frac == 2)
		units = (units + 5) / 10, scale /= 10;
	*i = k;
	*out = (double)units / scale;
	return 1;
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
	int n = 0, frac, rounded = 0;
	size_t i = 0;

	memset(s, 0, sizeof *s);
	for (;;) {
		size_t at;

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
		if (read_number(val, len, &i, &v[n], &frac) == 0) {
			size_t end = at;

			while (end < len && !is_separator(val[end]) && end - at < 20)
				end++;
			bad(d, "%s: '%.*s' is not a score", ii->key, (int)(end - at),
			    val + at);
			return -1;
		}
		if (frac > ii->decimals && !(ii->decimals == 1 && frac == 2)) {
			bad(d, "%s: '%.*s' has more decimals than %s's %s", ii->key,
			    (int)(i - at), val + at, ii->name,
			    ii->decimals ? "one" : "whole-number scores");
			return -1;
		}
		if (frac == 2 && rounded == 0)
			rounded = 1, diags_add(d, SEV_INFO, SCORE_RULE, 0, 0, 0, NULL,
			    "%s: '%.*s' rounded to %.1f; %s marks have one decimal", ii->key,
			    (int)(i - at), val + at, v[n], ii->name);
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

/* Kroenke, Spitzer & Williams 2001, abstract: 5, 10, 15 and 20 begin the bands. */
static const struct band phq9_bands[] = {
	{ 4, "minimal" }, { 9, "mild" }, { 14, "moderate" }, { 19, "moderately severe" },
	{ 27, "severe" },
};
/* Spitzer, Kroenke, Williams & Löwe 2006, abstract: 5, 10 and 15. */
static const struct band gad7_bands[] = {
	{ 4, "minimal" }, { 9, "mild" }, { 14, "moderate" }, { 21, "severe" },
};

enum age_group
age_group_of(int years)
{
	return years >= 18 ? AGE_ADULT : years >= 13 ? AGE_TEEN : AGE_CHILD;
}

/* ORS: whether a total is below the clinical cutoff of the person's age group; none for a
 * child, whose form is the CORS. */
static const char *
ors_band(double total, enum age_group age)
{
	switch (age) {
	case AGE_CHILD:
		return NULL;
	case AGE_TEEN:
		return total < ORS_TEEN_CUTOFF ?
		    "below the clinical cutoff for 13 to 17 year olds, 28" :
		    "at or above the clinical cutoff for 13 to 17 year olds, 28";
	default:
		return total < ORS_CUTOFF ? "below the adult clinical cutoff of 25" :
		    "at or above the adult clinical cutoff of 25";
	}
}

const char *
score_band(enum instrument in, double total, enum age_group age)
{
	const struct band *b = in == INST_PHQ9 ? phq9_bands : gad7_bands;
	size_t n = in == INST_PHQ9 ? sizeof phq9_bands / sizeof *b : sizeof gad7_bands / sizeof *b;

	switch (in) {
	case INST_ORS:
		return ors_band(total, age);
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

const char *
score_norm_note(enum instrument in, enum age_group age)
{
	if (in == INST_ORS && age == AGE_CHILD)
		return "The ORS cutoffs are for adults (25) and 13 to 17 year olds (28); children "
		    "6 to 12 fill in a different form, the CORS (its cutoff is 32), so goalkit "
		    "gives no band.";
	return NULL;
}

int
score_caseness(enum instrument in, double total)
{
	double c = instrument_table[in].caseness;

	if (c <= 0)
		return -1;
	return floor(total + 0.5) >= c;
}

const char *
caseness_text(enum instrument in, double total, char buf[CASENESS_SIZE])
{
	int at = score_caseness(in, total);

	if (at < 0)
		return NULL;
	snprintf(buf, CASENESS_SIZE, "%s the NHS Talking Therapies caseness threshold (%g)",
	    at ? "at or above" : "below", instrument_table[in].caseness);
	return buf;
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

int
phq9_item9_unknown(double total, int item9)
{
	return item9 < 0 && !phq9_item9_above_0(total, item9);
}

/* Which PHQ-9s a sentence speaks of: ndays > 0 days from first to latest. */
static void
which_phq9s(long first, long latest, size_t ndays, char *buf, size_t size)
{
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE];

	date_format(first, a);
	date_format(latest, b);
	if (ndays == 1)
		snprintf(buf, size, "your PHQ-9 of %s", b);
	else if (ndays == 2)
		snprintf(buf, size, "your PHQ-9s of %s and %s", a, b);
	else
		snprintf(buf, size, "your PHQ-9s of %zu days, the latest %s,", ndays, b);
}

/* Its wording is fixed: it is the one line that must read the same to everyone. */
const char *
safety_sentence(long first, long latest, size_t ndays, char buf[SAFETY_SIZE])
{
	char which[64 + 2 * DATE_BUFSIZE];

	which_phq9s(first, latest, ndays, which, sizeof which);
	snprintf(buf, SAFETY_SIZE, "%s %s noted thoughts that you would be better off dead or of "
	    "hurting yourself. Tell your therapist at the start of your next session, and if you "
	    "are in danger now, contact your local emergency services.", SAFETY_LABEL, which);
	return buf;
}

/* Fixed wording too, shown in doc/measures.md.  It must not read as reassurance: a total says
 * nothing about item 9, and "not recorded" is not "0". */
const char *
item9_unknown_sentence(long first, long latest, size_t ndays, char buf[SAFETY_SIZE])
{
	char which[64 + 2 * DATE_BUFSIZE];

	which_phq9s(first, latest, ndays, which, sizeof which);
	snprintf(buf, SAFETY_SIZE, "%s %s %s written as %s, so item 9 (thoughts that you would be "
	    "better off dead or of hurting yourself) is unknown, not 0. If you have had such "
	    "thoughts, tell your therapist. Writing the nine items (phq9: 1 2 0 3 1 1 0 2 1) lets "
	    "goalkit check it.", ITEM9_LABEL, which, ndays == 1 ? "was" : "were",
	    ndays == 1 ? "a total" : "totals");
	return buf;
}
