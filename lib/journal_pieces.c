/* journal_pieces.c: a large journal file read in pieces, on as many threads as the machine
 * has processors (at most MAX_THREADS), giving what one thread reading it from the start
 * would give.
 *
 * A piece starts at a dated heading, so the reader of a piece needs to know nothing about the
 * text before it, but for one thing: whether that text left a code block (or front matter)
 * open, in which case the "heading" was code.  So each piece is read on the guess that none
 * was, and the guess is checked when the pieces are put together, in order: a piece whose
 * guess was wrong is read again, on the thread that puts them together, from where the text
 * before it ended.  Each piece has a reader of its own (its own names of tags, metrics and
 * keys, its own findings, line numbers from 1), and its entries are kept, packed; putting a
 * piece after the ones before renumbers its names, lines and findings, and hands its entries
 * to on_entry.  Pieces are read a round at a time (one a thread), so memory holds a round's
 * pieces, not the file. */

#define _DEFAULT_SOURCE

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "alloc.h"
#include "journal.h"
#include "journal_int.h"

#define MAX_THREADS 8
/* A piece is about this big, but starts and ends at dated headings. */
#define PIECE (1024 * 1024)
/* Where a piece starts is looked for this many bytes at a time. */
#define LOOK (64 * 1024)

/* An entry as a piece keeps it: this, then its metrics, its tags, its title and its first
 * line (each with a zero byte), the whole rounded up to a multiple of eight bytes. */
struct packed {
	long line, day;
	unsigned long words;
	int minute, phq9_item9;
	size_t nmetrics, ntags, tlen, flen;
};

/* add_entries hands on a packed entry's metrics and tags where they are kept. */
_Static_assert(sizeof(struct packed) % _Alignof(struct entry_metric) == 0 &&
    sizeof(struct entry_metric) % _Alignof(struct entry_tag) == 0,
    "a packed entry's metrics and tags are aligned");

/* The bytes a packed entry takes, with what follows it. */
static size_t
packed_len(const struct packed *k)
{
	return (sizeof *k + k->nmetrics * sizeof(struct entry_metric) + k->ntags *
	    sizeof(struct entry_tag) + k->tlen + 1 + k->flen + 1 + 7) & ~(size_t)7;
}

/* A piece, and the reader that reads it, kept from round to round. */
struct piece {
	off_t start, end;
	int fd;
	struct journal j;        /* its own reader */
	struct journal_file f;
	int rc;                  /* of its reading */
	double secs;             /* and how long it took */
	char *kept;              /* its entries, packed */
	size_t nkept, kept_cap;
};

/* A thread that reads the pieces it is given, one at a time. */
struct worker {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	struct piece *job;       /* the piece to read, until it is read */
	int quit;
};

/* The number of threads to read on: one a processor, or GOALKIT_THREADS (1 reads the file
 * from start to end on the calling thread, as for a small file). */
static int
threads(void)
{
	const char *s = getenv("GOALKIT_THREADS");
	long n = s != NULL && *s != '\0' ? strtol(s, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > MAX_THREADS ? MAX_THREADS : (int)n;
}

/* The size of a piece: PIECE, or GOALKIT_PIECE bytes (from 64 to 1 GiB), which the tests
 * make small to cut their small journals into many pieces. */
static off_t
piece_size(void)
{
	const char *s = getenv("GOALKIT_PIECE");
	long n = s != NULL && *s != '\0' ? strtol(s, NULL, 10) : PIECE;

	return n < 64 ? 64 : n > (1L << 30) ? (off_t)1 << 30 : (off_t)n;
}

/* ---- where pieces start ---- */

/* The start of the first dated heading line that starts at or after `from` (> 0), or size
 * when there is none.  It is looked for a window of LOOK bytes (buf) at a time. */
static off_t
heading_after(int fd, off_t from, off_t size, char *buf)
{
	off_t at = from - 1;   /* from the byte before: whether `from` starts a line */
	int in_line = 1;       /* the window starts inside a line, whose end comes first */

	while (at < size) {
		ssize_t got = pread(fd, buf, LOOK, at);
		size_t i = 0;
		const char *nl;

		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		if (in_line && (nl = memchr(buf, '\n', (size_t)got)) != NULL)
			i = (size_t)(nl - buf) + 1, in_line = 0;
		for (; !in_line && (nl = memchr(buf + i, '\n', (size_t)got - i)) != NULL;
		    i = (size_t)(nl - buf) + 1)
			if (journal_heading_line(buf + i, (size_t)(nl - buf) - i))
				return at + (off_t)i;
		/* The window's unfinished last line is looked at in the next one; a line
		 * longer than a window is no heading, and only its end is looked for. */
		if (i == 0)
			in_line = 1, i = (size_t)got;
		at += (off_t)i;
	}
	return size;
}

/* Whether the file's lines may end in a carriage return alone, which one thread reads
 * (read_stream) and heading_after does not: its first LOOK bytes do not say no. */
static int
cr_lines(int fd, char *buf)
{
	ssize_t got;
	size_t resume;

	while ((got = pread(fd, buf, LOOK, 0)) < 0 && errno == EINTR)
		;
	return got <= 0 || journal_cr_lines(buf, (size_t)got, got < LOOK, &resume) != 0;
}

/* ---- a piece, read on a thread of its own ---- */

static void
keep_room(struct piece *p, size_t len)
{
	if (p->nkept + len > p->kept_cap) {
		p->kept_cap = 2 * (p->nkept + len);
		p->kept = xrealloc(p->kept, p->kept_cap);
	}
}

/* The piece's on_entry: packs the entry after the ones before. */
static void
keep_entry(const struct entry *e, void *ctx)
{
	struct piece *p = ctx;
	/* The piece's reader knows how long the title and first line it kept are. */
	struct packed k = { e->line, e->day, e->words, e->minute, e->phq9_item9, e->nmetrics,
	    e->ntags, p->j.title_len, p->j.first_len };
	size_t m = k.nmetrics * sizeof *e->metrics, t = k.ntags * sizeof *e->tags;
	size_t len = packed_len(&k);
	char *d;

	keep_room(p, len);
	d = p->kept + p->nkept;
	memcpy(d, &k, sizeof k);
	/* An entry with none has NULL for its metrics or tags, which memcpy may not be given. */
	if (m > 0)
		memcpy(d + sizeof k, e->metrics, m);
	if (t > 0)
		memcpy(d + sizeof k + m, e->tags, t);
	memcpy(d + sizeof k + m + t, e->title, k.tlen + 1);
	memcpy(d + sizeof k + m + t + k.tlen + 1, e->first, k.flen + 1);
	p->nkept += len;
}

static double seconds(void);

static void
read_piece(struct piece *p)
{
	double t0 = seconds();

	p->rc = journal_read_range(&p->j, &p->f, p->fd, p->start, p->end);
	/* Its last entry ends where the next piece's heading is. */
	journal_entry_close(&p->j);
	p->secs = seconds() - t0;
}

static void *
work(void *arg)
{
	struct worker *w = arg;

	pthread_mutex_lock(&w->lock);
	for (;;) {
		while (w->job == NULL && !w->quit)
			pthread_cond_wait(&w->cond, &w->lock);
		if (w->job == NULL)
			break;
		pthread_mutex_unlock(&w->lock);
		read_piece(w->job);
		pthread_mutex_lock(&w->lock);
		w->job = NULL;
		pthread_cond_broadcast(&w->cond);
	}
	pthread_mutex_unlock(&w->lock);
	return NULL;
}

/* Starts n workers; returns how many could be started. */
static int
workers_start(struct worker *w, int n)
{
	for (int i = 0; i < n; i++) {
		memset(&w[i], 0, sizeof w[i]);
		pthread_mutex_init(&w[i].lock, NULL);
		pthread_cond_init(&w[i].cond, NULL);
		if (pthread_create(&w[i].thread, NULL, work, &w[i]) != 0) {
			pthread_mutex_destroy(&w[i].lock);
			pthread_cond_destroy(&w[i].cond);
			return i;
		}
	}
	return n;
}

static void
workers_stop(struct worker *w, int n)
{
	for (int i = 0; i < n; i++) {
		pthread_mutex_lock(&w[i].lock);
		w[i].quit = 1;
		pthread_cond_broadcast(&w[i].cond);
		pthread_mutex_unlock(&w[i].lock);
		pthread_join(w[i].thread, NULL);
		pthread_mutex_destroy(&w[i].lock);
		pthread_cond_destroy(&w[i].cond);
	}
}

/* Gives the worker piece p, fresh, to read from start up to end. */
static void
give(struct worker *w, struct piece *p, const char *name, int fd, off_t start, off_t end)
{
	journal_reset(&p->j);
	p->nkept = 0;
	free(p->f.fm);
	journal_file_start(&p->j, &p->f, name);
	p->start = start;
	p->end = end;
	p->fd = fd;
	pthread_mutex_lock(&w->lock);
	w->job = p;
	pthread_cond_broadcast(&w->cond);
	pthread_mutex_unlock(&w->lock);
}

/* Waits until the worker has read the piece it was given. */
static void
wait_for(struct worker *w)
{
	pthread_mutex_lock(&w->lock);
	while (w->job != NULL)
		pthread_cond_wait(&w->cond, &w->lock);
	pthread_mutex_unlock(&w->lock);
}

/* ---- putting a piece after the text before it ---- */

/* The numbers in j of a piece's names, in the order the piece met them, which is the order
 * one reader would have added those that are new. */
static int *
renumber(const struct names *from, struct names *to)
{
	int *v = xmalloc((from->n + 1) * sizeof *v);

	for (size_t i = 0; i < from->n; i++)
		v[i] = names_add(to, from->name[i], from->len[i]);
	return v;
}

/* The piece's keys: numbered in j, and classified when new.  Returns their numbers in j. */
static int *
renumber_keys(struct journal *j, const struct piece *p)
{
	const struct journal *pj = &p->j;
	int *v = xmalloc((pj->keys.n + 1) * sizeof *v);
	size_t cap = 64;
	char *k = xmalloc(cap);

	for (size_t i = 0; i < pj->keys.n; i++) {
		size_t len = pj->keys.len[i];

		if (cap < len + 8)
			k = xrealloc(k, cap = 2 * (len + 8));
		memcpy(k, pj->keys.name[i], len);
		memset(k + len, 0, 8);
		v[i] = journal_key_id(j, k, len);
	}
	free(k);
	return v;
}

/* Adds the piece's key uses to j's keys (after its findings were judged, which look at
 * whether j's keys had numbers before the piece). */
static void
add_key_uses(struct journal *j, const struct piece *p, const int *key, const int *metric,
    long lines)
{
	for (size_t i = 0; i < p->j.keys.n; i++) {
		const struct key_info *from = &p->j.key_info[i];
		struct key_info *to = &j->key_info[key[i]];

		if (to->metric < 0 && from->metric >= 0)
			to->metric = metric[from->metric];
		if (from->uses == 0)
			continue;
		if (to->uses == 0) {
			to->file = journal_key_file(j, from->file);
			to->line = from->line + lines;
		}
		to->uses += from->uses;
	}
}

/* Whether finding i of the piece stands: an unsure one (journal_unsure) only when its key
 * had a number before the piece; a second invalid-utf8 of the file never. */
static int
stands(const struct journal *j, const struct journal_file *f, const struct piece *p,
    size_t i, const int *key, size_t *u)
{
	const struct diag *d = &p->j.found.v[i];

	while (*u < p->j.nunsure && p->j.unsure[*u].at < i)
		(*u)++;
	if (*u < p->j.nunsure && p->j.unsure[*u].at == i &&
	    j->key_info[key[p->j.unsure[*u].key]].metric < 0)
		return 0;
	return !(f->warned_utf8 && strcmp(d->rule, JOURNAL_INVALID_UTF8) == 0);
}

/* The piece's findings after j's, with the lines of the file before it added. */
static void
add_findings(struct journal *j, struct journal_file *f, const struct piece *p, const int *key)
{
	size_t u = 0;

	for (size_t i = 0; i < p->j.found.n; i++) {
		const struct diag *d = &p->j.found.v[i];
		long line = d->line + f->line;

		if (!stands(j, f, p, i, key, &u))
			continue;
		j->warnings++;
		if (j->on_findings != NULL || j->keep != NULL)
			diags_add(&j->found, d->sev, d->rule, d->smart, line > INT32_MAX ? INT32_MAX :
			    (int)line, d->col, d->goal, "%s", d->message);
		if (strcmp(d->rule, JOURNAL_INVALID_UTF8) == 0)
			f->warned_utf8 = 1;
	}
}

/* Marks as met in j, in the order the piece first met them, the tags the piece met. */
static void
add_tags_met(struct journal *j, const struct piece *p, const int *tag)
{
	int *order = xmalloc(((size_t)p->j.ntag_first + 1) * sizeof *order);

	for (size_t i = 0; i < p->j.tags.n; i++)
		if (i < p->j.tag_at_cap && p->j.tag_first[i] > 0)
			order[p->j.tag_first[i] - 1] = (int)i;
	for (int i = 0; i < p->j.ntag_first; i++)
		journal_tag_met(j, tag[order[i]]);
	free(order);
}

/* Hands the piece's entries to j's on_entry, renumbered where they are kept: each starts at
 * a multiple of eight bytes from the start of an allocation, so its metrics and tags are
 * where arrays of them may be. */
static void
add_entries(struct journal *j, const struct journal_file *f, struct piece *p,
    const int *tag, const int *metric)
{
	for (size_t at = 0; at < p->nkept;) {
		struct packed k;
		char *d = p->kept + at;
		struct entry_metric *mv = (struct entry_metric *)(void *)(d + sizeof k);
		struct entry_tag *tv;
		const char *title;
		struct entry e;

		memcpy(&k, d, sizeof k);
		tv = (struct entry_tag *)(void *)(mv + k.nmetrics);
		title = (const char *)(tv + k.ntags);
		for (size_t i = 0; i < k.nmetrics; i++)
			mv[i].id = metric[mv[i].id];
		for (size_t i = 0; i < k.ntags; i++)
			tv[i].id = tag[tv[i].id];
		e = (struct entry){ f->name, k.line + f->line, k.day, k.minute, title,
		    title + k.tlen + 1, k.words, mv, k.nmetrics, tv, k.ntags, k.phq9_item9 };
		j->on_entry(&e, j->ctx);
		at += packed_len(&k);
	}
}

/* Takes the piece's earliest and latest entries among j's, each once (an entry of a piece
 * of three is among both, and so are entries of a day that several have), and counts its
 * others.  An entry is known by its line. */
static void
add_edges(struct journal *j, const struct journal_file *f, const struct piece *p)
{
	const struct journal *pj = &p->j;
	unsigned long k = pj->nedges < 2 ? pj->nedges : 2, nv = 0;
	const struct journal_edge *v[4];

	for (unsigned long i = 0; i < k; i++)
		v[nv++] = &pj->early[i];
	for (unsigned long i = 0; i < k; i++)
		if (pj->late[i].line != v[0]->line && (k < 2 || pj->late[i].line != v[1]->line))
			v[nv++] = &pj->late[i];
	for (unsigned long i = 0; i < nv; i++)
		journal_edge_add(j, f->name, v[i]->line + f->line, v[i]->day);
	j->nedges += pj->nedges - nv;
}

/* Puts the piece p, read on the guess that it starts at a heading, after the text read into
 * j and f so far, which ends where p starts. */
static void
join_piece(struct journal *j, struct journal_file *f, struct piece *p)
{
	int *tag, *metric, *key;

	/* The entry open before the piece ends at its first heading, before anything of the
	 * piece is known. */
	journal_entry_close(j);
	tag = renumber(&p->j.tags, &j->tags);
	metric = renumber(&p->j.metrics, &j->metrics);
	key = renumber_keys(j, p);
	add_findings(j, f, p, key);
	add_key_uses(j, p, key, metric, f->line);
	add_tags_met(j, p, tag);
	add_entries(j, f, p, tag, metric);
	add_edges(j, f, p);
	journal_findings_some(j, f->name);
	f->line += p->f.line;
	f->state = p->f.state;
	f->entries = 1;
	free(tag);
	free(metric);
	free(key);
}

/* Whether text read so far leaves no code block or front matter open, so that a dated
 * heading next is one. */
static int
closed(const struct journal_file *f)
{
	return !f->fence && !f->front;
}

/* A round: the calling thread reads from pos up to mine, and worker i the piece w[i] (of n)
 * that follows. */
struct round {
	off_t pos, mine, end;
	int n;
	struct piece *w;
};

/* A file being read in pieces. */
struct reading {
	struct journal *j;
	struct journal_file *f;
	int fd;
	off_t size;
	struct worker wk[MAX_THREADS];
	int nw;                  /* workers */
	char *look;              /* heading_after's window */
	/* How much the calling thread reads itself in a round.  It also puts the workers'
	 * pieces in place and hands their entries on (in journalstat, to its tallies), so its
	 * stretch is shorter than a piece, by as much as keeps the workers from waiting on it
	 * or it on them (balance). */
	off_t mine;
	double join_secs;        /* the last round's putting in place took */
};

static double
seconds(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Plans the round from pos, and gives its pieces to the workers. */
static void
round_start(struct reading *rd, struct round *r, off_t pos)
{
	off_t piece = piece_size();

	r->pos = pos;
	r->end = r->mine = heading_after(rd->fd, pos + rd->mine, rd->size, rd->look);
	for (r->n = 0; r->n < rd->nw && r->end < rd->size; r->n++) {
		off_t e = heading_after(rd->fd, r->end + piece, rd->size, rd->look);

		/* The last piece of the file is read to its end, however long it has grown. */
		give(&rd->wk[r->n], &r->w[r->n], rd->f->name, rd->fd, r->end, e < rd->size ? e : -1);
		r->end = e;
	}
}

/* After a round whose own stretch took secs: the stretch the next round's workers' pieces
 * (as slow as this round's slowest) will take as long as with the putting in place. */
static void
balance(struct reading *rd, const struct round *r, double secs)
{
	double slowest = 0, want, piece = (double)piece_size();

	for (int i = 0; i < r->n; i++)
		if (r->w[i].secs > slowest)
			slowest = r->w[i].secs;
	if (r->n == 0 || secs <= 0 || slowest <= 0)
		return;
	want = (double)(r->mine - r->pos) / secs * (slowest - rd->join_secs);
	/* Halfway there each round: one round's times are not the next one's. */
	want = (want + (double)rd->mine) / 2;
	rd->mine = (off_t)(want < piece / 16 ? piece / 16 : want > 2 * piece ? 2 * piece : want);
}

/* Puts the round's pieces whose guess held after the text read so far (which ends at mine);
 * from the first whose guess failed, reads the rest of the round here.  Returns 0, or -1
 * with errno when a read failed. */
static int
round_join(struct round *r, struct journal *j, struct journal_file *f, int fd, off_t size)
{
	for (int i = 0; i < r->n; i++) {
		struct piece *p = &r->w[i];

		if (p->rc != 0 || !closed(f) || !closed(&p->f))
			return journal_read_range(j, f, fd, p->start, r->end < size ? r->end : -1);
		join_piece(j, f, p);
	}
	return 0;
}

/* Two rounds' pieces, with their readers, for nworkers workers. */
static struct piece *
pieces_new(int nworkers, const struct journal *j)
{
	struct piece *v = xmalloc(2 * (size_t)nworkers * sizeof *v);

	for (int i = 0; i < 2 * nworkers; i++) {
		memset(&v[i], 0, sizeof v[i]);
		journal_init(&v[i].j, j->prog, keep_entry, &v[i]);
		v[i].j.piece = 1;
		v[i].j.no_text = j->no_text;
	}
	return v;
}

static void
pieces_free(struct piece *v, int nworkers)
{
	for (int i = 0; i < 2 * nworkers; i++) {
		free(v[i].f.fm);
		free(v[i].kept);
		journal_free(&v[i].j);
	}
	free(v);
}

int
journal_read_pieces(struct journal *j, struct journal_file *f, int fd, off_t size, int *rc)
{
	struct reading rd = { .j = j, .f = f, .fd = fd, .size = size };
	struct round r[2], *now = &r[0], *next = &r[1], *t;
	int nthreads, err = 0;   /* errno of the read that failed */

	/* Pieces are read with pread, which leaves the file's offset where it was: standard
	 * input, which may be read again ("- -") or passed on to the next program, is read on
	 * one thread, as is any file not read from its start. */
	if (fd == STDIN_FILENO || size < 2 * piece_size() || lseek(fd, 0, SEEK_CUR) != 0 ||
	    (nthreads = threads()) < 2)
		return 0;
	rd.look = xmalloc(LOOK);
	if (cr_lines(fd, rd.look) || (rd.nw = workers_start(rd.wk, nthreads - 1)) == 0) {
		free(rd.look);
		return 0;
	}
	rd.mine = piece_size() - rd.nw * piece_size() / 8;
	r[0].w = pieces_new(rd.nw, j);
	r[1].w = r[0].w + rd.nw;
	round_start(&rd, now, 0);
	for (;;) {
		double t0 = seconds(), t1;

		/* The last stretch of the file is read to its end, however long it has grown. */
		*rc = journal_read_range(j, f, fd, now->pos, now->mine < size ? now->mine : -1);
		err = errno;
		t1 = seconds();
		for (int i = 0; i < now->n; i++)
			wait_for(&rd.wk[i]);
		balance(&rd, now, t1 - t0);
		/* The next round's pieces depend on nothing read yet, and are read while this
		 * round's are put in place. */
		next->n = 0;
		if (*rc == 0 && now->end < size)
			round_start(&rd, next, now->end);
		t0 = seconds();
		if (*rc == 0) {
			*rc = round_join(now, j, f, fd, size);
			err = errno;
		}
		rd.join_secs = seconds() - t0;
		if (*rc != 0 || now->end >= size)
			break;
		t = now, now = next, next = t;
	}
	for (int i = 0; i < next->n; i++)
		wait_for(&rd.wk[i]);
	workers_stop(rd.wk, rd.nw);
	pieces_free(r[0].w, rd.nw);
	free(rd.look);
	errno = err;
	return 1;
}
