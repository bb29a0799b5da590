/* jrnl.c: the JSON that `jrnl --export json` writes: {"tags": {...}, "entries": [{"title",
 * "body", "date", "time", "tags", "starred"}, ...]}.  Read whole by Jansson, which places a
 * syntax error but not a value: a problem with one entry is said by its number. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "import.h"

/* The string member key of o, or "" (its length in *n). */
static const char *
member(json_t *o, const char *key, size_t *n)
{
	json_t *v = json_object_get(o, key);

	if (!json_is_string(v)) {
		*n = 0;
		return "";
	}
	*n = json_string_length(v);
	return json_string_value(v);
}

/* Converts entry number i (1-based) of the export. */
static void
entry(struct import *im, json_t *o, size_t i)
{
	struct ientry *e = &im->entry;
	const char *f[4];
	size_t len[4], n;
	unsigned long first;
	long day;
	int minute = -1, ok;
	json_t *tags;
	size_t k;
	char what[32];

	im->rows++;
	f[0] = member(o, "date", &len[0]);
	f[1] = member(o, "time", &len[1]);
	f[2] = member(o, "title", &len[2]);
	f[3] = member(o, "body", &len[3]);
	if (!json_is_object(o)) {
		import_say(im, 0, 1, "entry %zu is not an object; skipped", i);
		return;
	}
	if ((ok = import_date(f[0], len[0], &day)) <= 0) {
		snprintf(what, sizeof what, "entry %zu: ", i);
		import_bad_date(im, 0, what, ok, f[0], len[0]);
		return;
	}
	if (len[1] > 0 && (minute = import_time(f[1], len[1])) < 0) {
		import_say(im, 0, 1, "entry %zu: '%.*s' is not a time of day; skipped", i,
		    (int)(len[1] > 40 ? 40 : len[1]), f[1]);
		return;
	}
	if ((first = import_seen(im, f, len, 4, i)) != 0) {
		import_say(im, 0, 1, "entry %zu is the same as entry %lu; skipped", i, first);
		return;
	}
	ientry_reset(e, day, minute);
	ientry_title(e, f[2], len[2]);
	tags = json_object_get(o, "tags");
	for (k = 0; k < json_array_size(tags); k++) {
		json_t *tag = json_array_get(tags, k);
		const char *t = json_string_value(tag);

		if (t == NULL)
			continue;
		n = json_string_length(tag);
		/* jrnl's tags keep their sign: "@work". */
		if (n > 0 && (t[0] == '@' || t[0] == '#')) {
			t++;
			n--;
		}
		ientry_tag(e, t, n);
	}
	if (json_is_true(json_object_get(o, "starred")))
		ientry_tag(e, "starred", 7);
	ientry_text(e, f[3], len[3]);
	(void)import_put(im, e, 0);
}

void
import_jrnl(struct import *im, FILE *fp)
{
	json_error_t err;
	json_t *root = json_loadf(fp, JSON_REJECT_DUPLICATES, &err), *entries;
	size_t i;

	if (root == NULL) {
		import_say(im, err.line > 0 ? (unsigned long)err.line : 0, 0, "not JSON: %s",
		    err.text);
		im->fatal = 1;
		return;
	}
	entries = json_object_get(root, "entries");
	if (!json_is_array(entries)) {
		import_say(im, 0, 0, "not a jrnl export: no list of \"entries\" (jrnl --export json)");
		im->fatal = 1;
		json_decref(root);
		return;
	}
	for (i = 0; i < json_array_size(entries); i++)
		entry(im, json_array_get(entries, i), i + 1);
	json_decref(root);
}
