/* import.c: fuzzes journalimport's importers: the first byte picks the format and its options,
 * the rest is the export.  Whatever the export holds, each entry written must read back as
 * exactly one entry of the journal: no note may start an entry of its own or, by opening a
 * code fence, hide the entries after it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "import.h"
#include "journal.h"

/* The reader's findings about the journal's shape, which the importer must get right.  A
 * value the reader cannot count ("mood: all day", "ors: se" from a mangled export) is the
 * export's, passed on for the person to see, and is no failure of the importer. */
static const char *const shape_rules[] = {
	JOURNAL_NO_SUCH_DATE, JOURNAL_UNCLOSED_FENCE, JOURNAL_FRONT_MATTER, JOURNAL_INVALID_UTF8,
	JOURNAL_UNDATED_NOTE,
};
static size_t shape_findings;

static void
on_findings(const char *prog, const char *file, const struct diags *d)
{
	(void)prog;
	(void)file;
	for (size_t i = 0; i < d->n; i++)
		for (size_t k = 0; k < sizeof shape_rules / sizeof shape_rules[0]; k++)
			if (strcmp(d->v[i].rule, shape_rules[k]) == 0)
				shape_findings++;
}

static void
on_entry(const struct entry *e, void *ctx)
{
	(void)e;
	(*(size_t *)ctx)++;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct importer *fmt;
	struct import im = { 0 };
	struct sink sink = { 0 };
	struct journal j;
	char *out = NULL;
	size_t outlen = 0, read = 0;
	FILE *in, *fp;
	int status;

	if (size == 0)
		return 0;
	fmt = &importers[data[0] % 4];
	im.loop_fields = data[0] & 4;
	im.mood_scale = data[0] & 8 ? "Good=1.5,x=2" : NULL;
	im.today = 20000;
	if ((in = fmemopen((void *)(data + 1), size - 1 ? size - 1 : 1, "r")) == NULL ||
	    (fp = open_memstream(&out, &outlen)) == NULL)
		abort();
	if (size == 1)
		(void)fgetc(in);   /* an empty export: fmemopen cannot open 0 bytes */
	sink.out = fp;
	status = import_file(fmt, "fuzz.csv", in, &sink, &im);
	fclose(in);
	if (fclose(fp) != 0 || status < 0 || status > 2)
		abort();
	journal_init(&j, "fuzz", on_entry, &read);
	j.on_findings = on_findings;
	shape_findings = 0;
	journal_read_buffer(&j, "journal.md", out, outlen);
	if (read != im.converted || shape_findings != 0) {
		fprintf(stderr, "%zu entries written, %zu read back, %zu findings\n",
		    (size_t)im.converted, read, shape_findings);
		abort();
	}
	journal_free(&j);
	sink_free(&sink);
	free(out);
	return 0;
}
