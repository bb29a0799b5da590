/* file.c: whole-file reads, sized to the file when it has a size. */
#include <errno.h>
#include <fcntl.h>
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
