/* file.h: reading a whole input file into memory, the way every goalkit tool reads. */
#ifndef GOALKIT_FILE_H
#define GOALKIT_FILE_H

#include <stddef.h>

/* Reads all of path ("-" is standard input) into a malloc'd buffer, which the caller frees,
 * and stores its length in *len.  Returns NULL with errno set when the file cannot be read;
 * a folder fails with EISDIR. */
char *file_read(const char *path, size_t *len);

#endif
