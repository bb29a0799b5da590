/* crypt.h: files kept encrypted with age or gpg, read and written through the tool's own
 * command, so that the plaintext passes through a pipe and memory and never reaches a disk. */
#ifndef GOALKIT_CRYPT_H
#define GOALKIT_CRYPT_H

#include <stddef.h>
#include <sys/types.h>

enum crypt_tool { CRYPT_NONE, CRYPT_AGE, CRYPT_GPG };

#include <errno.h>
#ifndef ENOKEY	/* Linux's "Required key not available": what a failed decryption sets */
#define ENOKEY EACCES
#endif

/* The tool a path's name asks for: ".age" age, ".gpg" gpg, else CRYPT_NONE. */
enum crypt_tool crypt_tool_of(const char *path);

/* The length of path without its ".age" or ".gpg" (its whole length when it has neither):
 * "2026-01-14.md.age" is read as a daily note named 2026-01-14.md. */
size_t crypt_plain_len(const char *path);

/* Starts the tool decrypting path, its standard output a pipe whose reading end is returned
 * in *fd (the child's pid in *pid); standard input and error stay the terminal's, so that a
 * passphrase prompt reaches the person.  Returns 0, or -1 with errno set. */
int crypt_decrypt_start(const char *path, int *fd, pid_t *pid);

/* Waits for the tool started by crypt_decrypt_start, after *fd has been read to its end and
 * closed.  Returns 0 when it decrypted, or -1 with errno ENOKEY (the tool has said why on
 * standard error, or, not installed, this has said which package to install). */
int crypt_finish(pid_t pid);

/* Encrypts the len bytes at data for path's tool into the open file out: with age, to the
 * recipients in $GOALKIT_AGE_RECIPIENTS (a recipients file) and the public key of the
 * identity crypt_decrypt_start uses; with gpg, to the key ids the existing file at path was
 * encrypted to (or $GOALKIT_GPG_RECIPIENT, or gpg's default key for a new file).  Returns 0,
 * or -1 with errno set. */
int crypt_encrypt(const char *path, int out, const char *data, size_t len);

/* What to say, in place of strerror(err), about path that could not be read (writing 0) or
 * written (writing 1): for ENOKEY from path's tool, that it could not be decrypted or
 * encrypted, with the setting that may be missing (GOALKIT_AGE_IDENTITY, ...), since the
 * tool's own message cannot name ours; else strerror(err).  The text lives until the next
 * call.  This module prints nothing: the program says the message with the path. */
const char *crypt_strerror(const char *path, int err, int writing);

#endif
