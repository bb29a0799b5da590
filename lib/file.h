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

#endif
