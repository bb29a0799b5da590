/* file.c: whole-file reads, sized to the file when it has a size, and atomic replacement. */
#define _XOPEN_SOURCE 700	/* realpath */
#define _DARWIN_C_SOURCE	/* macOS: st_mtimespec, its name for st_mtim */

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "arena.h"
#include "crypt.h"
#include "file.h"

#ifdef __APPLE__
#define st_mtim st_mtimespec
#endif

/* Files this big are read into memory of their own, in huge pages (see arena.c). */
#define BIG_FILE (1024 * 1024)

/* Reads what the tool decrypts of path into f, from the pipe: the plaintext is never on
 * disk. */
static int
read_decrypted(struct file_text *f, const char *path)
{
	struct stat st;
	pid_t pid;
	int fd, rc;

	/* The tool's own message for a missing file is less plain than ours. */
	if (stat(path, &st) < 0)
		return -1;
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		return -1;
	}
	if (crypt_decrypt_start(path, &fd, &pid) < 0)
		return -1;
	rc = file_read_fd(f, fd);
	close(fd);
	if (crypt_finish(pid) < 0) {
		file_free(f);
		errno = ENOKEY;
		return -1;
	}
	return rc;
}

int
file_read(struct file_text *f, const char *path)
{
	int fd, rc, saved;

	memset(f, 0, sizeof *f);
	if (strcmp(path, "-") != 0 && crypt_tool_of(path) != CRYPT_NONE)
		return read_decrypted(f, path);
	if ((fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY)) < 0)
		return -1;
	rc = file_read_fd(f, fd);
	saved = errno;
	if (fd != STDIN_FILENO)
		close(fd);
	errno = saved;
	return rc;
}

int
file_read_fd(struct file_text *f, int fd)
{
	struct stat st;
	char *buf = NULL;
	size_t len = 0, cap, pages = 0;
	ssize_t got;
	int saved;

	memset(f, 0, sizeof *f);
	if (fstat(fd, &st) < 0)
		return -1;
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		return -1;
	}
	/* A regular file is read into a buffer of its size; a pipe grows one as it goes. */
	cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
	if (cap >= BIG_FILE)
		buf = pages_alloc(pages = cap);
	else
		buf = xmalloc(cap);
	for (;;) {
		if (len == cap) {
			/* The file grew while being read, or is a pipe: fall back to the heap. */
			char *more = xmalloc(2 * cap);

			memcpy(more, buf, len);
			if (pages)
				pages_free(buf, pages);
			else
				free(buf);
			buf = more;
			pages = 0;
			cap *= 2;
		}
		got = read(fd, buf + len, cap - len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			goto fail;
		if (got == 0)
			break;
		len += (size_t)got;
	}
	f->data = buf;
	f->len = len;
	f->pages = pages;
	return 0;
fail:
	saved = errno;
	if (pages)
		pages_free(buf, pages);
	else
		free(buf);
	errno = saved;
	return -1;
}

void
file_free(struct file_text *f)
{
	if (f->pages)
		pages_free(f->data, f->pages);
	else
		free(f->data);
	memset(f, 0, sizeof *f);
}

/* 1 if st still describes the file was described: same inode, size and modification time. */
static int
same_file(const struct stat *st, const struct stat *was)
{
	return st->st_dev == was->st_dev && st->st_ino == was->st_ino &&
	    st->st_size == was->st_size && st->st_mtim.tv_sec == was->st_mtim.tv_sec &&
	    st->st_mtim.tv_nsec == was->st_mtim.tv_nsec;
}

/* While a temporary file exists, the signals that end a program from the keyboard, a closed
 * terminal or kill(1) first remove it, then do what they would have done (by default, end
 * the program): a person who presses Ctrl-C must not find a stray .goals.yaml.XXXXXX beside
 * their goals.  SIGKILL cannot be caught; it leaves the temporary file, never a changed
 * original. */
static const int fatal_signals[] = { SIGHUP, SIGINT, SIGTERM };
#define NFATAL (sizeof fatal_signals / sizeof fatal_signals[0])

static struct sigaction before[NFATAL], before_xfsz;
static int caught[NFATAL];
/* Set and cleared only while the signals are held back, so the handler sees it whole. */
static const char *volatile doomed;

static void
remove_and_die(int sig)
{
	int saved = errno;

	if (doomed != NULL)
		unlink(doomed);
	for (size_t i = 0; i < NFATAL; i++)
		if (fatal_signals[i] == sig)
			sigaction(sig, &before[i], NULL);
	/* Held back until this handler returns; then the action the program had takes it. */
	raise(sig);
	errno = saved;
}

static void
hold_signals(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	for (size_t i = 0; i < NFATAL; i++)
		sigaddset(&set, fatal_signals[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

/* Called with the signals held back, once the temporary file tmp exists. */
static void
guard(const char *tmp)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = remove_and_die;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < NFATAL; i++)
		sigaddset(&sa.sa_mask, fatal_signals[i]);
	doomed = tmp;
	for (size_t i = 0; i < NFATAL; i++) {
		sigaction(fatal_signals[i], NULL, &before[i]);
		/* A signal the program was started to ignore (nohup, a background job) stays
		 * ignored: it would not have ended the program, so it must not now. */
		caught[i] = (before[i].sa_flags & SA_SIGINFO) || before[i].sa_handler != SIG_IGN;
		if (caught[i])
			sigaction(fatal_signals[i], &sa, NULL);
	}
	/* Past a file size limit (ulimit -f) write(2) then fails with EFBIG, and the file is
	 * removed as on any failure, instead of SIGXFSZ ending the program and leaving it. */
	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGXFSZ, &sa, &before_xfsz);
}

/* Called with the signals held back, once the temporary file is renamed or removed. */
static void
unguard(void)
{
	for (size_t i = 0; i < NFATAL; i++)
		if (caught[i])
			sigaction(fatal_signals[i], &before[i], NULL);
	sigaction(SIGXFSZ, &before_xfsz, NULL);
	doomed = NULL;
}

static int
write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

int
file_write_atomic(const char *path, const char *data, size_t len, const struct stat *was)
{
	char *real = NULL, *tmp = NULL, *dir = NULL, *slash;
	const char *target = path;
	struct stat st;
	sigset_t mask;
	int fd = -1, dfd, rc = -1, saved, renamed;
	size_t dirlen;

	/* A link is followed, so that renaming replaces the file and not the link. */
	if (was != NULL && (real = realpath(path, NULL)) != NULL)
		target = real;
	slash = strrchr(target, '/');
	dirlen = slash ? (size_t)(slash - target) : 0;
	dir = dirlen > 0 ? xstrndup(target, dirlen) : xstrndup(slash ? "/" : ".", 1);
	tmp = xmalloc(strlen(target) + 16);
	sprintf(tmp, "%s/.%s.XXXXXX", dir, slash ? slash + 1 : target);
	/* The file and its guard come into being with the signals held back, so that no signal
	 * finds the one without the other.  mkstemp makes the file 0600: right for a new goals
	 * file, which is private. */
	hold_signals(&mask);
	if ((fd = mkstemp(tmp)) >= 0)
		guard(tmp);
	sigprocmask(SIG_SETMASK, &mask, NULL);
	if (fd < 0)
		goto out;
	if (was != NULL && fchmod(fd, was->st_mode & 07777) < 0)
		goto fail;
	/* The owner too, where we may (as root, editing another's file); else it is ours. */
	if (was != NULL && fchown(fd, was->st_uid, was->st_gid) < 0 && errno != EPERM)
		goto fail;
	/* An encrypted target gets the tool's output, never the plaintext. */
	if ((crypt_tool_of(target) != CRYPT_NONE ? crypt_encrypt(target, fd, data, len) :
	    write_all(fd, data, len)) < 0 || fsync(fd) < 0)
		goto fail;
	/* close can report a write the disk refused late (NFS, a quota); the descriptor is
	 * gone either way. */
	if (close(fd) < 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	/* The last moment to notice that someone else changed the file while we worked. */
	if (was != NULL ? stat(target, &st) < 0 || !same_file(&st, was) :
	    lstat(target, &st) == 0 || errno != ENOENT) {
		rc = FILE_CHANGED;
		goto fail;
	}
	hold_signals(&mask);
	renamed = rename(tmp, target) == 0;
	saved = errno;
	if (renamed)
		unguard();
	sigprocmask(SIG_SETMASK, &mask, NULL);
	if (!renamed) {
		errno = saved;
		goto fail;
	}
	/* The file is replaced: from here on, success.  The rename is only durable once the
	 * folder that records it is on disk, which is asked for but cannot be undone. */
	rc = 0;
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY)) >= 0) {
		fsync(dfd);
		close(dfd);
	}
	goto out;
fail:
	saved = errno;
	if (fd >= 0)
		close(fd);
	hold_signals(&mask);
	unlink(tmp);
	unguard();
	sigprocmask(SIG_SETMASK, &mask, NULL);
	errno = saved;
out:
	saved = errno;
	free(tmp);
	free(dir);
	free(real);
	errno = saved;
	return rc;
}
