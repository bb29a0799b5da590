/* journal_int.h: what the journal reader (journal.c) shares with its reader of a large file
 * in pieces (journal_pieces.c), and with no one else. */

#ifndef GOALKIT_JOURNAL_INT_H
#define GOALKIT_JOURNAL_INT_H

#include <stddef.h>
#include <sys/types.h>

#include "journal.h"

/* What a file is in the middle of. */
enum state {
	BEFORE,   /* text before the file's first entry: not read */
	FIELDS,   /* just under an entry's heading: key: value lines are fields */
	BODY,
};

struct journal_file {
	const char *name;
	long line;
	enum state state;
	int dated;             /* a daily note: its name gives the date of its first entry */
	long day;
	int note_open;         /* the note's own entry is open and nothing is in it yet */
	int note_front;        /* it has only its front matter's fields and blank lines yet */
	int fence;             /* in a fenced code block: its character, '`' or '~' */
	size_t fence_len;
	long fence_line;
	int warned_utf8;
	int front;             /* collecting front matter */
	int entries;           /* it has had an entry (a dated heading, or its name's date) */
	int text_before;       /* it has words before any entry */
	int bad_date;          /* its name starts with a date that does not exist */
	int odd_name;          /* or with one that does, but is no note's name (2026-01-13.bak.md) */
	char *fm;
	size_t fm_len, fm_cap;
};

/* What a field's key is, decided the first time the key is met. */
enum key_kind { KEY_METRIC, KEY_TAGS, KEY_SCORE, KEY_GAS, KEY_SKIP };

struct key_info {
	enum key_kind kind;
	int in;       /* KEY_SCORE: the instrument */
	int metric;   /* KEY_METRIC and KEY_GAS: the metric's number, or -1 before its first value */
	int duration; /* its values are lengths of time: "7:30" is 7.5 */
	long uses;    /* KEY_METRIC: values counted, */
	const char *file;  /* and where the first was (a name of journal.key_files) */
	long line;
};

/* A piece's not-a-number finding (journal.piece): the finding j->found.v[at] is about key,
 * which had no number yet in the piece.  Whether the pieces before it gave the key a number,
 * which decides whether the finding stands, is known only when the pieces are put together. */
struct journal_unsure {
	size_t at;
	int key;
};

void journal_file_start(struct journal *j, struct journal_file *f, const char *name);
/* Reads the lines of fd's bytes from `from` up to `to` (a line's start, or the end of the
 * file) into f.  Returns 0, or -1 with errno when a read fails. */
int journal_read_range(struct journal *j, struct journal_file *f, int fd, off_t from, off_t to);
/* Reports the open entry to on_entry, if one is open. */
void journal_entry_close(struct journal *j);
/* Takes the entry on day, at line of the file named file, among j's earliest and latest
 * (for journal_check_dates): a piece's, after the text before it. */
void journal_edge_add(struct journal *j, const char *file, long line, long day);
/* Whether the line p (n bytes, without its newline) is an entry's dated heading. */
int journal_heading_line(const char *p, size_t n);
/* Whether the n bytes at p, a file's start, end their lines in a carriage return alone
 * (classic Mac OS): their first two line ends are CRs not before an LF.  1 if so, 0 if not,
 * -1 if they cannot tell yet and more may come (!at_end); then the bytes before *resume
 * need not be looked at again. */
int journal_cr_lines(const char *p, size_t n, int at_end, size_t *resume);
/* The number of a field key, lower-cased, in j->keys, classified when new.  The key's
 * buffer must have zero bytes after it to a multiple of eight. */
int journal_key_id(struct journal *j, const char *key, size_t klen);
/* The file name `name` as j->key_files keeps it, for key_info.file: each name once. */
const char *journal_key_file(struct journal *j, const char *name);
/* Makes j as journal_init left it, but for the buffers it has grown: for the next piece. */
void journal_reset(struct journal *j);
/* Hands the findings so far over when there are many (see FLUSH_FINDINGS in journal.c). */
void journal_findings_some(struct journal *j, const char *file);
/* Makes room in j's arrays for tag id, and records it as met if it was not yet. */
void journal_tag_met(struct journal *j, int id);

/* Reads the regular file fd (size bytes, already started in f) in pieces on several threads,
 * as one thread would read it.  Returns 1 when it did (0, or -1 with errno when a read
 * failed, in *rc), or 0 having read nothing, when the file is too small or the machine has
 * one processor. */
int journal_read_pieces(struct journal *j, struct journal_file *f, int fd, off_t size, int *rc);

#endif
