/* file.c: whole-file reads, sized to the file when it has a size. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "file.h"

char *
file_read(const char *path, size_t *lenp)
{
	int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
	struct stat st;
	char *buf = NULL;
	size_t len = 0, cap;
	ssize_t got;
	int saved;

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) < 0)
		goto fail;
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		goto fail;
	}
	/* A regular file is read into a buffer of its size; a pipe grows one as it goes. */
	cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
	buf = xmalloc(cap);
	for (;;) {
		if (len == cap) {
			cap *= 2;
			buf = xrealloc(buf, cap);
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
	*lenp = len;
	return buf;
fail:
	saved = errno;
	if (fd != STDIN_FILENO)
		close(fd);
	free(buf);
	errno = saved;
	return NULL;
}
