/* journal.h: a Markdown journal (doc/journal.md) read in one streaming pass, entry by entry.
 *
 * The reader hands each entry to a callback as soon as the entry ends and then forgets it,
 * so memory grows with the names it has seen (tags and metrics), never with the number of
 * entries.  Problems in the text are findings (diag.h), each with a rule name of its own
 * below, handed to on_findings file by file or kept in a struct diag_files for the program
 * to show among its own: the reader prints nothing. */
#ifndef GOALKIT_JOURNAL_H
#define GOALKIT_JOURNAL_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "file.h"

/* The rules of the journal's findings (doc/journal.md, "Damaged files"). */
#define JOURNAL_NO_SUCH_DATE "no-such-date"            /* a heading's date does not exist */
#define JOURNAL_INVALID_UTF8 "invalid-utf8"            /* once a file */
#define JOURNAL_UNCLOSED_FENCE "unclosed-fence"        /* a code block never closed */
#define JOURNAL_FRONT_MATTER "bad-front-matter"        /* not YAML, too long, never closed */
#define JOURNAL_BAD_SCORE "bad-score"                  /* a questionnaire score out of range */
#define JOURNAL_ROUNDED_SCORE "rounded-score"          /* ORS/SRS marks in hundredths */
#define JOURNAL_BAD_GAS_LEVEL "bad-gas-level"          /* a gas-ID level not from -2 to +2 */
#define JOURNAL_UNREADABLE "unreadable"                /* a path that cannot be read */
#define JOURNAL_NOT_A_NUMBER "not-a-number"            /* a metric's value that is no number */
#define JOURNAL_UNDATED_NOTE "undated-note"            /* a file with no date and no entry */
#define JOURNAL_RARE_METRIC "rare-metric"              /* "mod" a few times beside "mood" */
#define JOURNAL_UNKNOWN_GOAL "unknown-goal"            /* gas-ID for no goal of that id */
#define JOURNAL_READ_TWICE "read-twice"                /* a file named again, not read again */
#define JOURNAL_FAR_DATE "far-date"                    /* an entry decades from all others */

/* How a day went for a tag, written after it and a ':' ("#walk:no", "#walk:skip"), or for
 * every tag of a `skip:` field's list ("skip: walk, social"): the tag "walk:no" or
 * "walk:skip" (journal_tag_state).  #skip alone skips the day for every goal. */
#define JOURNAL_NOT_DONE "no"
#define JOURNAL_SKIPPED "skip"
#define JOURNAL_SKIP_KEY "skip"

/* A set of names (tags or metrics), each with a small number: its index in `name`. */
struct names {
	char **name;
	size_t *len;
	uint64_t *head;     /* each name's first eight bytes, zero after its end */
	size_t *hash;       /* and its hash, for the table to grow by */
	size_t n, cap;
	int *slot;          /* open-addressing hash table of indexes + 1; 0 is empty */
	size_t nslots;
};

/* Returns the number of the name (len bytes), adding it when new. */
int names_add(struct names *s, const char *name, size_t len);
/* Returns its number, or -1 when the set does not hold it. */
int names_find(const struct names *s, const char *name, size_t len);
void names_free(struct names *s);

struct entry_metric {
	int id;             /* in journal.metrics */
	double value;
};

struct entry_tag {
	int id;             /* in journal.tags */
	unsigned long count;
	/* How many of count were on a line that also carries #raise or #concern ("cancelled on
	 * Sam again #friends #raise"): a worry to bring up, which is no progress. */
	unsigned long raised;
};

struct entry {
	const char *file;   /* the path the entry was read from, as given */
	long line;          /* the line of its heading; 1 for a note dated by its file name */
	long day;           /* its date, as a day number (date.h) */
	int minute;         /* the time in its heading, in minutes after midnight, or -1 */
	const char *title;  /* the heading's text after the date and time; "" when none */
	const char *first;  /* its first line of text, for a reminder of the day; "" when none */
	unsigned long words;
	const struct entry_metric *metrics;  /* each metric once: the last value written wins */
	size_t nmetrics;
	const struct entry_tag *tags;        /* each tag once, with how often it appears */
	size_t ntags;
	/* PHQ-9's item 9 (thoughts of self-harm), 0 to 3, when the entry's phq9 field gives the
	 * items one by one; -1 when it gives none or only the total. */
	int phq9_item9;
};

/* A line of an entry's text, for readers that want more than the entry's sums. */
struct entry_line {
	const struct entry *entry;  /* the entry it is in, still being read: file, line, day, title */
	long line;
	const char *text;   /* the line without its line break and trailing blanks; not NUL-ended */
	size_t len;
	const int *tags;    /* the tags on this line, in order, a repeated one each time */
	size_t ntags;
	int heading;        /* 1 for the entry's heading, whose text is the title only */
};

struct journal_file;
struct journal_unsure;

struct journal {
	const char *prog;   /* for warnings */
	void (*on_entry)(const struct entry *e, void *ctx);
	void *ctx;
	/* Optional, set after journal_init: called for each line of an entry's text, its heading
	 * (with the title only) and each line of its body outside code blocks and fields. */
	void (*on_line)(const struct entry_line *l, void *ctx);
	/* Optional, set after journal_init: where the findings go.  A file's findings about its
	 * text (warnings) are handed over in the order of its lines, some thousands at a time
	 * as it is read and the rest when it has been read (all at once when keep is set), and
	 * a path that cannot be read as one error at line 0; NULL drops them.  diag_say_notes
	 * (diagout.h) says them. */
	void (*on_findings)(const char *prog, const char *file, const struct diags *d);
	/* Optional, set after journal_init: where the findings are kept, file by file, once
	 * on_findings (when set) has seen them, for a program that shows them among its own
	 * (goalcheck --format json).  The caller owns it and frees it with diag_files_free. */
	struct diag_files *keep;
	struct diags found;  /* the findings of the file being read */
	int *line_tags;     /* the tags of the line being read, each time it is met */
	size_t nline_tags, line_tags_cap;
	/* The ids of raise_tags (journal.c), or -1 while not met, looked up again only when
	 * j->tags has grown since raise_at - 1; raise_at 0 is never. */
	int raise_id[2];
	size_t raise_at;
	struct names tags, metrics;
	unsigned long warnings;   /* findings about the text so far, dropped or not */

	/* The entry being read, and the read buffer: the reader's own. */
	struct entry cur;
	int open;
	struct entry_metric *mv;
	size_t mcap;
	struct entry_tag *tv;
	size_t tcap;
	int *tag_at;        /* per tag id: 1 + its index in tv while the entry is open, or 0 */
	int *metric_at;     /* per metric id: 1 + its index in mv while the entry is open, or 0 */
	size_t metric_at_cap;
	int *tag_first;     /* per tag id: 1 + how many tags had been met before it, or 0 */
	int ntag_first;
	size_t tag_at_cap;
	int has_first;
	/* Every field key met, lower-cased, with what it is (journal.c's struct key_info): a
	 * key is classified once, not on each of its lines. */
	struct names keys;
	struct key_info *key_info;
	size_t key_info_cap;
	/* The names of the files where keys were first used, each once: a device's export may
	 * have a hundred thousand keys, and few files. */
	struct names key_files;
	/* The two earliest and the two latest entries reported (days, and where they are, the
	 * file's name in key_files), of nedges; for journal_check_dates.  edge_name is the
	 * name in key_files of edge_of, the file being read, looked up once a file. */
	struct journal_edge {
		long day, line;
		const char *file;
	} early[2], late[2];
	unsigned long nedges;
	const char *edge_of, *edge_name;
	/* The files read, each as the bytes of its device, inode number and the date its name
	 * gives (read_before), and the path it was first read by (read_path[i] for files_read's
	 * name i): a file named twice, or in a folder named as well, is read once. */
	struct names files_read;
	char **read_path;         /* NULL for a file whose reading failed: it is read again */
	int read_new;             /* the number of the last file read_before took as new */
	struct journal_plain *plain;  /* while journal_sources_read reads: its decrypted files */
	/* The month of the last dated heading: its "YYYY-MM-", its first day and its length, so
	 * that the next heading of the same month is dated without date_parse (days 0: none). */
	char month[8];
	long month_first;
	int month_days;
	struct field_memo *memo;  /* field lines read before (journal.c), or NULL */
	uint32_t memo_gen;        /* its slots' generation since the last journal_reset */
	/* For tests: keep no month and no field line, and take no line in without line() (the
	 * reads must agree). */
	int no_memo;
	/* Set after journal_init by a caller that reads no entry's title or first line
	 * (journalstat): they are checked for UTF-8 where they stand, not copied, and are "". */
	int no_text;
	int scan;           /* for tests: the fastest line scanner to use (enum journal_scan) */
	const char *hash;   /* the first '#' of the line being read, when the scanner saw it */
	size_t nhash;       /* and how many it saw */
	/* Set on the reader of one piece of a large file (journal_pieces.c): its findings are
	 * kept whatever on_findings says, and its not-a-number findings that the pieces before
	 * it decide are listed in unsure. */
	int piece;
	struct journal_unsure *unsure;
	size_t nunsure, unsure_cap;
	char *title, *first, *scratch;
	size_t title_cap, first_cap, scratch_cap;
	size_t title_len, first_len;  /* of the open entry's title and first line, as kept */
	char *buf;
	size_t bufcap;
};

/* The line scanners, slower first: JOURNAL_SCAN_BEST (0) is the fastest the processor has,
 * or the one GOALKIT_SCAN names. */
enum journal_scan {
	JOURNAL_SCAN_BEST,
	JOURNAL_SCAN_PORTABLE,
	JOURNAL_SCAN_AVX2,
	JOURNAL_SCAN_AVX512
};

/* Sets up a reader; on_entry is called once for each entry. */
void journal_init(struct journal *j, const char *prog,
    void (*on_entry)(const struct entry *e, void *ctx), void *ctx);

/* The number of a tag or a metric named as a person writes it ("#Social" is the tag social):
 * lower-cased, without a tag's '#', and added to the journal's names when new, so that
 * entries are matched against it by number. */
int journal_tag(struct journal *j, const char *name, size_t len);

/* The length of the tag that p (n bytes, after the '#') starts with, by the journal's rule
 * (doc/journal.md): a letter, then letters, digits, '-', '_' and '/', where a letter outside
 * ASCII is one of a script's, not punctuation, a symbol or an emoji; or 0.  A tag named on a
 * command line is one when this is its whole length. */
size_t journal_tag_len(const char *p, size_t n);

/* The number of the tag that says state (JOURNAL_NOT_DONE or JOURNAL_SKIPPED) of the tag
 * name (len bytes, '#' or not): "walk:no" for "#Walk". */
int journal_tag_state(struct journal *j, const char *name, size_t len, const char *state);

int journal_metric(struct journal *j, const char *name, size_t len);

/* Whether a field key names a length of time ("sleep", "exercise"), whose "7:30" is 7.5 hours
 * rather than a time of day. */
int journal_duration_key(const char *k, size_t len);

/* The journal of the working folder: "journal" when that folder exists, else "journal.md"
 * when that exists, else NULL. */
const char *journal_default_path(void);
/* Reads a journal file, a folder of them (recursively, in date order) or "-" (standard input).
 * Returns 0, or -1 when some path could not be read: that is reported, and the rest is read. */
int journal_read(struct journal *j, const char *path);

/* Reads the len bytes at buf as one journal file named name (for messages and, when the name
 * holds a date, the note's date). */
void journal_read_buffer(struct journal *j, const char *name, const char *buf, size_t len);

/* After the last path has been read: a metric written a few times whose name is a slip away
 * from a frequent one ("mod" beside "mood") is a finding, at its first value. */
void journal_check_names(struct journal *j);

/* After the last path has been read: the earliest or the latest entry, when it is twenty
 * whole years or more from any other (a slip in its year: 0206 or 2062 for 2026), is a
 * finding. */
void journal_check_dates(struct journal *j);

/* After the last path has been read, with the ids of the goals (NULL-terminated, lower
 * case): a gas-ID level for an id no goal has is a finding, at its first level. */
void journal_check_gas(struct journal *j, const char *const *ids);

/* After reading: names every tag tag-N, N in the order the journal's entries first have it
 * (tags only the command line or the goals name come after), so that a tag keeps its
 * placeholder in every report and as the journal grows.  For reports shared without the
 * diary's words; no tag can be looked up by name afterwards. */
void journal_redact_tags(struct journal *j);

void journal_free(struct journal *j);

/* A journal's paths, made readable more than once (sessionsheet reads the journal twice):
 * standard input ("-"), a pipe or a device is read into memory when the sources are opened;
 * a file or a folder is read from its path each time. */
struct journal_plain;

struct journal_sources {
	int n;
	const char *const *path;   /* borrowed: live as long as the sources */
	int *how;                  /* private: per path, from its path, from memory, or failed */
	struct file_text *text;    /* private: what was read into memory */
	struct journal_plain *plain;  /* private: each encrypted file, decrypted once */
};

/* Opens the n paths.  Returns 0, or -1 when one of them could not be read into memory: that
 * is reported as a finding (rule JOURNAL_UNREADABLE, line 0) to on_findings, when not NULL,
 * under prog, and the others are kept. */
int journal_sources_open(struct journal_sources *s, const char *const *path, int n,
    const char *prog, void (*on_findings)(const char *, const char *, const struct diags *));
/* Reads every source into j, in order.  Returns 0, or -1 when a path could not be read
 * (reported by j, and the rest read). */
int journal_sources_read(const struct journal_sources *s, struct journal *j);
void journal_sources_free(struct journal_sources *s);

/* Whether entry e carries tag id; and, for a metric, 1 with its value in *value, or 0. */
int entry_has_tag(const struct entry *e, int id);
/* Whether e carries tag id as progress toward a goal: somewhere other than on a line with
 * #raise or #concern (doc/journal.md, "Tags that count"). */
int entry_counts_tag(const struct entry *e, int id);
int entry_metric(const struct entry *e, int id, double *value);
/* Whether a file of a journal folder is read, by its name: "*.md" or "*.markdown". */
int journal_is_markdown(const char *name);
/* The date a daily note's path gives it: "2026-01-14.md", "2026-01-14 anything.md",
 * "2026_01_14.md" or ".../2026/01/14.md".  Returns 1 and sets *day, or 0. */
int journal_note_date(const char *path, long *day);

/* Counts the words (runs of bytes other than space, \t, \n, \v, \f, \r) in the bytes from p
 * up to the first '\n' or end, and says whether a '#' (bit 1 of *marks), a ':' (bit 2) or a
 * '`' (bit 4) occurs there.  Returns the end of the line.  The reader does the same for whole
 * buffers with the machine's vector instructions where it can, and must agree with this. */
const char *journal_scan_line(const char *p, const char *end, unsigned long *words,
    int *marks);

#endif
