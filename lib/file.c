/* file.c: whole-file reads, sized to the file when it has a size, and atomic replacement. */
#define _XOPEN_SOURCE 700	/* realpath */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "diag.h"
#include "file.h"

/* Files this big are read into memory of their own, in huge pages (see arena.c). */
#define BIG_FILE (1024 * 1024)

int
file_read(struct file_text *f, const char *path)
{
	int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
	struct stat st;
	char *buf = NULL;
	size_t len = 0, cap, pages = 0;
	ssize_t got;
	int saved;

	memset(f, 0, sizeof *f);
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) < 0)
		goto fail;
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		goto fail;
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
	if (fd != STDIN_FILENO)
		close(fd);
	f->data = buf;
	f->len = len;
	f->pages = pages;
	return 0;
fail:
	saved = errno;
	if (fd != STDIN_FILENO)
		close(fd);
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
	int fd = -1, dfd, rc = -1, saved;
	size_t dirlen;

	/* A link is followed, so that renaming replaces the file and not the link. */
	if (was != NULL && (real = realpath(path, NULL)) != NULL)
		target = real;
	slash = strrchr(target, '/');
	dirlen = slash ? (size_t)(slash - target) : 0;
	dir = dirlen > 0 ? xstrndup(target, dirlen) : xstrndup(slash ? "/" : ".", 1);
	tmp = xmalloc(strlen(target) + 16);
	sprintf(tmp, "%s/.%s.XXXXXX", dir, slash ? slash + 1 : target);
	/* mkstemp makes the file 0600: right for a new goals file, which is private. */
	if ((fd = mkstemp(tmp)) < 0)
		goto out;
	if (was != NULL && fchmod(fd, was->st_mode & 07777) < 0)
		goto fail;
	/* The owner too, where we may (as root, editing another's file); else it is ours. */
	if (was != NULL && fchown(fd, was->st_uid, was->st_gid) < 0 && errno != EPERM)
		goto fail;
	if (write_all(fd, data, len) < 0 || fsync(fd) < 0)
		goto fail;
	if (close(fd) < 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	/* The last moment to notice that someone else changed the file while we worked. */
	if (was != NULL ? stat(target, &st) < 0 || !same_file(&st, was) :
	    lstat(target, &st) == 0 || errno != ENOENT) {
		unlink(tmp);
		rc = FILE_CHANGED;
		goto out;
	}
	if (rename(tmp, target) < 0)
		goto fail;
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
	unlink(tmp);
	errno = saved;
out:
	saved = errno;
	free(tmp);
	free(dir);
	free(real);
	errno = saved;
	return rc;
}
