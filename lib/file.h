/* file.h: reading a whole input file into memory, the way every goalkit tool reads. */
#ifndef GOALKIT_FILE_H
#define GOALKIT_FILE_H

#include <stddef.h>

struct file_text {
	char *data;     /* len bytes, not NUL-terminated */
	size_t len;
	size_t pages;   /* how the buffer was had, for file_free */
};

/* Reads all of path ("-" is standard input) into f.  Returns 0, or -1 with errno set when
 * the file cannot be read; a folder fails with EISDIR.  Free with file_free. */
int file_read(struct file_text *f, const char *path);
void file_free(struct file_text *f);

/* Reads all of the open fd into f, as file_read does; fd is left open.  A path ending in
 * ".age" or ".gpg" is read by file_read through that tool (crypt.h); file_write_atomic
 * writes one through it too. */
int file_read_fd(struct file_text *f, int fd);

struct stat;

/* What file_write_atomic returns when path is no longer the file `was` describes. */
#define FILE_CHANGED (-2)

/* Replaces path with the len bytes of data so that a reader, or a crash, sees either the old
 * file or the new one, never a mix: the bytes go to a temporary file in the same folder, which
 * is flushed to disk (fsync) and renamed over path, and then the folder is flushed.  A symbolic
 * link is followed, so the file it names is replaced and the link kept.
 *
 * was is what stat(2) said of path when it was read: the new file keeps its permission bits
 * (and its owner, where the system lets us), and if path has changed since (other size, time
 * or inode) nothing is written and FILE_CHANGED is returned.  was NULL means path did not
 * exist: it must still not, and the new file is made readable by its owner only (0600).
 * Returns 0, or -1 with errno set when a system call fails; either way a failure leaves path
 * as it was and removes the temporary file.
 *
 * While the temporary file exists, SIGHUP, SIGINT and SIGTERM (unless ignored) remove it and
 * then take the action the program had for them, and SIGXFSZ is ignored, so that a file size
 * limit fails the write with EFBIG; the actions are put back before returning.  SIGKILL, or
 * a crash, leaves path as it was and may leave the temporary file, .NAME.XXXXXX. */
int file_write_atomic(const char *path, const char *data, size_t len, const struct stat *was);

#endif
