/* crypt.c: files kept encrypted with age or gpg.  goalkit runs the person's own tool, as they
 * would at the command line, rather than linking a library: age has no C library in Debian,
 * and gpg's (gpgme) would bring an agent, a second way of finding keys and a larger surface
 * than the one command the person already trusts.  Plaintext moves only through pipes. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "alloc.h"
#include "crypt.h"

/* What each tool is called, the Debian package that has it, and its name's suffix. */
static const struct tool {
	const char *suffix, *command, *package;
} tools[] = {
	[CRYPT_AGE] = { ".age", "age", "age" },
	[CRYPT_GPG] = { ".gpg", "gpg", "gnupg" },
};

/* The most key ids a gpg file is read as encrypted to; more are left out. */
#define MAX_KEYIDS 16

/* What a child that could not run its tool exits with, as sh does. */
#define NOT_RUN 127

static int
ends_with(const char *s, const char *end)
{
	size_t n = strlen(s), e = strlen(end);

	return n > e && strcmp(s + n - e, end) == 0;
}

enum crypt_tool
crypt_tool_of(const char *path)
{
	if (ends_with(path, tools[CRYPT_AGE].suffix))
		return CRYPT_AGE;
	if (ends_with(path, tools[CRYPT_GPG].suffix))
		return CRYPT_GPG;
	return CRYPT_NONE;
}

size_t
crypt_plain_len(const char *path)
{
	enum crypt_tool t = crypt_tool_of(path);

	return strlen(path) - (t == CRYPT_NONE ? 0 : strlen(tools[t].suffix));
}

static void
close_on_exec(int fd)
{
	fcntl(fd, F_SETFD, FD_CLOEXEC);
}

/* Runs argv with in and out (when not -1) as its standard input and output.  A tool that is
 * not installed says which package to install, and the child exits NOT_RUN. */
static int
spawn(char *const argv[], int in, int out, pid_t *pid)
{
	if ((*pid = fork()) < 0)
		return -1;
	if (*pid > 0)
		return 0;
	if ((in >= 0 && dup2(in, STDIN_FILENO) < 0) || (out >= 0 && dup2(out, STDOUT_FILENO) < 0))
		_exit(NOT_RUN);
	execvp(argv[0], argv);
	for (size_t i = 1; i < sizeof tools / sizeof tools[0]; i++)
		if (strcmp(argv[0], tools[i].command) == 0 && errno == ENOENT)
			dprintf(STDERR_FILENO, "goalkit: %s is not installed (on Debian: sudo apt "
			    "install %s)\n", tools[i].command, tools[i].package);
	if (errno != ENOENT)
		dprintf(STDERR_FILENO, "goalkit: cannot run %s: %s\n", argv[0], strerror(errno));
	_exit(NOT_RUN);
}

/* Runs argv with a pipe to its standard input (to_child) or from its standard output, the
 * other one being out (or ours, when -1).  Returns our end of the pipe, or -1. */
static int
spawn_piped(char *const argv[], int to_child, int out, pid_t *pid)
{
	int p[2], saved;

	if (pipe(p) < 0)
		return -1;
	close_on_exec(p[0]);
	close_on_exec(p[1]);
	if (spawn(argv, to_child ? p[0] : -1, to_child ? out : p[1], pid) < 0) {
		saved = errno;
		close(p[0]);
		close(p[1]);
		errno = saved;
		return -1;
	}
	close(to_child ? p[0] : p[1]);
	return to_child ? p[1] : p[0];
}

/* Whether the age file at path was encrypted with a passphrase: age refuses an identity for
 * one, and asks for the passphrase instead.  Its header says so in its first lines. */
static int
age_passphrase_file(const char *path)
{
	static const char stanza[] = "\n-> scrypt ";
	char head[512];
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY)) < 0)
		return 0;
	n = read(fd, head, sizeof head);
	close(fd);
	for (ssize_t i = 0; n > 0 && i + (ssize_t)sizeof stanza - 1 <= n; i++)
		if (memcmp(head + i, stanza, sizeof stanza - 1) == 0)
			return 1;
	return 0;
}

int
crypt_decrypt_start(const char *path, int *fd, pid_t *pid)
{
	const char *identity = getenv("GOALKIT_AGE_IDENTITY");
	char *argv[8];
	int n = 0;

	if (crypt_tool_of(path) == CRYPT_AGE) {
		argv[n++] = (char *)"age";
		argv[n++] = (char *)"--decrypt";
		if (identity != NULL && identity[0] != '\0' && !age_passphrase_file(path)) {
			argv[n++] = (char *)"--identity";
			argv[n++] = (char *)identity;
		}
	} else {
		argv[n++] = (char *)"gpg";
		argv[n++] = (char *)"--quiet";
		argv[n++] = (char *)"--decrypt";
	}
	argv[n++] = (char *)"--";
	argv[n++] = (char *)path;
	argv[n] = NULL;
	return (*fd = spawn_piped(argv, 0, -1, pid)) < 0 ? -1 : 0;
}

int
crypt_finish(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	errno = ENOKEY;
	return -1;
}

/* The key ids an existing gpg file was encrypted to, as `gpg --list-packets --list-only`
 * names them ("keyid 479DC3F15CC53617"), into id[]; returns how many (0 when it has none, or
 * cannot be read). */
static int
gpg_keyids(const char *path, char id[][17])
{
	char *argv[] = { (char *)"gpg", (char *)"--batch", (char *)"--list-only",
	    (char *)"--list-packets", (char *)"--", (char *)path, NULL };
	char line[512];
	int fd, n = 0;
	pid_t pid;
	FILE *in;

	if (access(path, R_OK) != 0 || (fd = spawn_piped(argv, 0, -1, &pid)) < 0)
		return 0;
	if ((in = fdopen(fd, "r")) == NULL) {
		close(fd);
		crypt_finish(pid);
		return 0;
	}
	while (fgets(line, sizeof line, in) != NULL) {
		const char *k = strstr(line, "pubkey enc packet:");

		if (k != NULL && (k = strstr(k, "keyid ")) != NULL && n < MAX_KEYIDS &&
		    strspn(k + 6, "0123456789ABCDEFabcdef") == 16) {
			memcpy(id[n], k + 6, 16);
			id[n++][16] = '\0';
		}
	}
	fclose(in);
	if (crypt_finish(pid) < 0)
		n = 0;
	return n;
}

/* Writes all of data to fd, SIGPIPE held off: a tool that fails early closes its end, and
 * the write must then fail, not end the program. */
static int
feed(int fd, const char *data, size_t len)
{
	struct sigaction ign = { 0 }, old;
	int rc = 0, saved = 0;

	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);
	while (len > 0) {
		ssize_t w = write(fd, data, len);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0) {
			rc = -1;
			saved = errno;
			break;
		}
		data += w;
		len -= (size_t)w;
	}
	sigaction(SIGPIPE, &old, NULL);
	errno = saved;
	return rc;
}

/* The tool's command line to encrypt for path, into argv (room for 8 + 2 * MAX_KEYIDS);
 * returns -1 with errno ENOKEY when there is no one to encrypt to. */
static int
encrypt_argv(const char *path, char *argv[], char id[][17])
{
	const char *identity = getenv("GOALKIT_AGE_IDENTITY");
	const char *recipients = getenv("GOALKIT_AGE_RECIPIENTS");
	const char *gpg_to = getenv("GOALKIT_GPG_RECIPIENT");
	int n = 0, k, nid;

	if (crypt_tool_of(path) == CRYPT_AGE) {
		argv[n++] = (char *)"age";
		argv[n++] = (char *)"--encrypt";
		/* age names no recipients in its files: the person's own key, and any others
		 * they list, are the ones. */
		if (identity != NULL && identity[0] != '\0') {
			argv[n++] = (char *)"--identity";
			argv[n++] = (char *)identity;
		}
		if (recipients != NULL && recipients[0] != '\0') {
			argv[n++] = (char *)"--recipients-file";
			argv[n++] = (char *)recipients;
		}
		if (n == 2) {
			/* crypt_strerror says which settings. */
			errno = ENOKEY;
			return -1;
		}
	} else {
		argv[n++] = (char *)"gpg";
		argv[n++] = (char *)"--batch";
		argv[n++] = (char *)"--quiet";
		argv[n++] = (char *)"--encrypt";
		nid = gpg_keyids(path, id);
		for (k = 0; k < nid; k++) {
			argv[n++] = (char *)"--recipient";
			argv[n++] = id[k];
		}
		if (nid == 0 && gpg_to != NULL && gpg_to[0] != '\0') {
			argv[n++] = (char *)"--recipient";
			argv[n++] = (char *)gpg_to;
		} else if (nid == 0) {
			argv[n++] = (char *)"--default-recipient-self";
		}
	}
	argv[n] = NULL;
	return 0;
}

int
crypt_encrypt(const char *path, int out, const char *data, size_t len)
{
	char *argv[8 + 2 * MAX_KEYIDS + 1];
	char id[MAX_KEYIDS][17];
	int fd, rc, saved;
	pid_t pid;

	if (encrypt_argv(path, argv, id) < 0 || (fd = spawn_piped(argv, 1, out, &pid)) < 0)
		return -1;
	rc = feed(fd, data, len);
	saved = errno;
	close(fd);
	if (crypt_finish(pid) < 0)
		return -1;
	errno = saved;
	return rc;
}

/* 1 if the environment variable name is set to something. */
static int
is_set(const char *name)
{
	const char *v = getenv(name);

	return v != NULL && v[0] != '\0';
}

const char *
crypt_strerror(const char *path, int err, int writing)
{
	static char why[256];
	int age = crypt_tool_of(path) == CRYPT_AGE;

	if (err != ENOKEY || crypt_tool_of(path) == CRYPT_NONE)
		return strerror(err);
	/* Without either, encrypt_argv ran no tool. */
	if (writing && age && !is_set("GOALKIT_AGE_IDENTITY") && !is_set("GOALKIT_AGE_RECIPIENTS"))
		return "to encrypt with age, set GOALKIT_AGE_IDENTITY to your age key file, or "
		    "GOALKIT_AGE_RECIPIENTS to a recipients file";
	snprintf(why, sizeof why, "could not be %s (the line above says why%s)",
	    writing ? "encrypted" : "decrypted", !writing && age && !is_set("GOALKIT_AGE_IDENTITY") ?
	    "; if it was encrypted to an age key, set GOALKIT_AGE_IDENTITY to the file that "
	    "holds the key" : "");
	return why;
}
