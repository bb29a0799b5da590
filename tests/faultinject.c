/* faultinject.c: an LD_PRELOAD library for tests/faults, which makes chosen system calls of a
 * goalkit program fail, or signals the program part-way through one, so that the tests can see
 * what a full disk, a failing device, a read-only folder, Ctrl-C or another editor does to the
 * person's files.
 *
 * FAULTINJECT holds one or more rules separated by ';', each
 *
 *	CALL:GLOB:N:ACTION
 *
 * CALL	open (open and openat alike), read (read and pread alike), write, fsync, close or
 *	rename.
 * GLOB	the file the call is about, matched by fnmatch(3) without FNM_PATHNAME, so that '*'
 *	also matches '/': for open the path as the program gave it (for openat of a name
 *	from a folder's descriptor, the folder's whole path, '/' and the name), for rename the
 *	old name, for the others the file the descriptor is open on (as /proc/self/fd names
 *	it).
 * N	which matching call is the first hit, counting from 1.  An error goes on for every
 *	later matching call too, as a full disk stays full; a signal or a change happens once.
 * ACTION	what the hit does:
 *	an errno name (ENOSPC, EDQUOT, EIO, EACCES, EROFS, EFBIG, EXDEV, EPERM, ENOENT): the call fails
 *	with it and does nothing, except close, which closes the descriptor first as Linux does
 *	when it reports a late write error there;
 *	SIGTERM, SIGINT, SIGHUP or SIGKILL: the process raises the signal, a write after writing
 *	half of its bytes, so that the signal arrives with the file half written; should the
 *	process live on, the call returns what it did.  The signal's action is set to the
 *	default when the library starts, as a program started from a terminal has it, so that
 *	how the tests themselves were started (a background job ignores SIGINT) does not count;
 *	SIGNAME=ignored sets it to be ignored instead, as nohup does;
 *	change=PATH: a line is appended to PATH, made if missing, as another program saving that
 *	file would change it, and the call then goes ahead (PATH may hold ':', not ';').
 *
 * FAULTINJECT_LOG, when set, names a file to which each hit appends "CALL PATH ACTION\n", so
 * that a test can tell the fault was reached and not passed by.
 *
 * Example: the second write to a temporary goals file fails as on a full disk, and the first
 * fsync of any file fails as on a failing device:
 *	FAULTINJECT="write:*.goals.yaml.*:2:ENOSPC;fsync:*:1:EIO"
 *
 * Under AddressSanitizer, whose runtime wants to come first, preload with
 * ASAN_OPTIONS=verify_asan_link_order=0. */
#define _GNU_SOURCE	/* RTLD_NEXT */
#undef _FORTIFY_SOURCE	/* its inline open() would clash with ours */

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum call { C_OPEN, C_READ, C_WRITE, C_FSYNC, C_CLOSE, C_RENAME, C_COUNT };

static const char *const call_names[C_COUNT] = {
	"open", "read", "write", "fsync", "close", "rename"
};

static const struct {
	const char *name;
	int value;
} errnos[] = {
	{ "ENOSPC", ENOSPC }, { "EIO", EIO }, { "EACCES", EACCES }, { "EROFS", EROFS },
	{ "EFBIG", EFBIG }, { "EXDEV", EXDEV }, { "EPERM", EPERM }, { "ENOENT", ENOENT },
	{ "EDQUOT", EDQUOT },
}, signals[] = {
	{ "SIGTERM", SIGTERM }, { "SIGINT", SIGINT }, { "SIGHUP", SIGHUP },
	{ "SIGKILL", SIGKILL },
};

#define MAX_RULES 8

static struct rule {
	enum call call;
	char glob[512];
	long from;        /* the first hit, counting matching calls from 1 */
	long seen;        /* matching calls so far */
	int err;          /* errno to fail with, or 0 */
	int sig;          /* signal to raise, or 0 */
	int ignored;      /* whether sig is to be ignored from the start */
	char change[512]; /* file to append to, or "" */
	const char *action;
} rules[MAX_RULES];
static int nrules;

static int (*real_open)(const char *, int, ...);
static int (*real_openat)(int, const char *, int, ...);
static ssize_t (*real_read)(int, void *, size_t);
static ssize_t (*real_pread)(int, void *, size_t, off_t);
static ssize_t (*real_write)(int, const void *, size_t);
static int (*real_fsync)(int);
static int (*real_close)(int);
static int (*real_rename)(const char *, const char *);

/* A rule the test wrote wrong must not pass for a fault that never came: say so and stop. */
static _Noreturn void
bad_rule(const char *rule, const char *why)
{
	fprintf(stderr, "faultinject: '%s': %s\n", rule, why);
	_exit(125);
}

static int
lookup(const char *name, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(name, names[i]) == 0)
			return (int)i;
	return -1;
}

static void
parse_rule(char *text)
{
	struct rule *r = &rules[nrules];
	char *call = text, *glob, *n, *action, *end;
	int c;

	if (nrules == MAX_RULES)
		bad_rule(text, "too many rules");
	if ((glob = strchr(call, ':')) == NULL || (n = strchr(glob + 1, ':')) == NULL ||
	    (action = strchr(n + 1, ':')) == NULL)
		bad_rule(text, "not CALL:GLOB:N:ACTION");
	*glob++ = *n++ = *action++ = '\0';
	if ((c = lookup(call, call_names, C_COUNT)) < 0)
		bad_rule(call, "unknown call");
	r->call = (enum call)c;
	if (strlen(glob) >= sizeof r->glob)
		bad_rule(glob, "pattern too long");
	strcpy(r->glob, glob);
	r->from = strtol(n, &end, 10);
	if (*n == '\0' || *end != '\0' || r->from < 1)
		bad_rule(n, "N must be a whole number from 1");
	r->action = action;
	for (size_t i = 0; i < sizeof errnos / sizeof errnos[0]; i++)
		if (strcmp(action, errnos[i].name) == 0)
			r->err = errnos[i].value;
	for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
		size_t len = strlen(signals[i].name);

		if (strncmp(action, signals[i].name, len) != 0)
			continue;
		if (action[len] == '\0' || strcmp(action + len, "=ignored") == 0) {
			r->sig = signals[i].value;
			r->ignored = action[len] != '\0';
		}
	}
	if (strncmp(action, "change=", 7) == 0) {
		if (strlen(action + 7) >= sizeof r->change || action[7] == '\0')
			bad_rule(action, "change= needs a path, not too long");
		strcpy(r->change, action + 7);
	}
	if (r->err == 0 && r->sig == 0 && r->change[0] == '\0')
		bad_rule(action, "unknown action");
	nrules++;
}

/* Finds the real calls and reads the rules, at the first call made: a library loaded before
 * this one may call open or write before a constructor of ours would have run. */
static void
init(void)
{
	static char spec[4096];
	const char *env;

	if (real_open != NULL)
		return;
	env = getenv("FAULTINJECT");
	real_open = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
	real_openat = (int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT, "openat");
	real_read = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
	real_pread = (ssize_t (*)(int, void *, size_t, off_t))dlsym(RTLD_NEXT, "pread");
	real_write = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	real_fsync = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
	real_close = (int (*)(int))dlsym(RTLD_NEXT, "close");
	real_rename = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
	if (!real_open || !real_openat || !real_read || !real_pread || !real_write || !real_fsync ||
	    !real_close || !real_rename) {
		fprintf(stderr, "faultinject: dlsym: %s\n", dlerror());
		_exit(125);
	}
	if (env == NULL || *env == '\0')
		return;
	if (strlen(env) >= sizeof spec)
		bad_rule(env, "FAULTINJECT too long");
	strcpy(spec, env);
	for (char *save = NULL, *r = strtok_r(spec, ";", &save); r != NULL;
	    r = strtok_r(NULL, ";", &save))
		parse_rule(r);
	for (int i = 0; i < nrules; i++)
		if (rules[i].sig != 0 && rules[i].sig != SIGKILL)
			signal(rules[i].sig, rules[i].ignored ? SIG_IGN : SIG_DFL);
}

/* The rules are read before the program's main as well: read at its first intercepted call,
 * they would set a signal's action over the one the program had set up by then. */
__attribute__((constructor)) static void
start(void)
{
	init();
}

/* The path of the file fd is open on, into buf; "" when it cannot be told. */
static const char *
fd_path(int fd, char *buf, size_t size)
{
	char link[64];
	ssize_t n;

	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	n = readlink(link, buf, size - 1);
	buf[n < 0 ? 0 : n] = '\0';
	return buf;
}

static void
log_hit(const struct rule *r, const char *path)
{
	const char *log = getenv("FAULTINJECT_LOG");
	char line[1200];
	int fd, n;

	if (log == NULL || *log == '\0')
		return;
	n = snprintf(line, sizeof line, "%s %s %s\n", call_names[r->call], path, r->action);
	if (n < 0 || (size_t)n >= sizeof line)
		n = (int)strlen(line);
	if ((fd = real_open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644)) >= 0) {
		if (real_write(fd, line, (size_t)n) < 0)
			perror("faultinject: log");
		real_close(fd);
	}
}

/* Appends a line to path, with the real calls, as another program saving it would. */
static void
change_file(const char *path)
{
	static const char line[] = "# changed by another program\n";
	int fd = real_open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);

	if (fd < 0 || real_write(fd, line, sizeof line - 1) != (ssize_t)(sizeof line - 1)) {
		perror("faultinject: change");
		_exit(125);
	}
	real_close(fd);
}

/* The rule this call hits, or NULL.  A hit that changes a file does so here. */
static struct rule *
hit(enum call call, const char *path)
{
	init();
	for (int i = 0; i < nrules; i++) {
		struct rule *r = &rules[i];

		if (r->call != call || fnmatch(r->glob, path, 0) != 0)
			continue;
		r->seen++;
		/* Errors go on after the first hit; a signal or a change is one event. */
		if (r->seen < r->from || (r->err == 0 && r->seen > r->from))
			continue;
		log_hit(r, path);
		if (r->change[0] != '\0') {
			change_file(r->change);
			continue;
		}
		return r;
	}
	return NULL;
}

/* The rule for a call on descriptor fd, or NULL; the path is looked up only when a rule for
 * the call exists, which keeps the other calls as fast as without the library. */
static struct rule *
hit_fd(enum call call, int fd)
{
	char path[1024];
	int any = 0;

	init();
	for (int i = 0; i < nrules; i++)
		any |= rules[i].call == call;
	return any ? hit(call, fd_path(fd, path, sizeof path)) : NULL;
}

static int
open_common(int dirfd, const char *path, int flags, mode_t mode)
{
	char dir[1024], full[2048];
	struct rule *r;

	/* A name opened from a folder's descriptor is that folder's file: journal.c opens a
	 * folder's notes so. */
	if (dirfd != AT_FDCWD && path[0] != '/') {
		snprintf(full, sizeof full, "%s/%s", fd_path(dirfd, dir, sizeof dir), path);
		path = full[0] == '/' ? full : path;
	}
	r = hit(C_OPEN, path);

	if (r != NULL && r->sig != 0)
		raise(r->sig);
	if (r != NULL && r->err != 0) {
		errno = r->err;
		return -1;
	}
	return dirfd == AT_FDCWD ? real_open(path, flags, mode) :
	    real_openat(dirfd, path, flags, mode);
}

/* The mode argument is there only when the flags ask for a file to be made. */
#define MODE_ARG(flags, mode) do { \
	va_list ap; \
	(mode) = 0; \
	if ((flags) & O_CREAT || ((flags) & O_TMPFILE) == O_TMPFILE) { \
		va_start(ap, flags); \
		(mode) = (mode_t)va_arg(ap, int); \
		va_end(ap); \
	} \
} while (0)

int
open(const char *path, int flags, ...)
{
	mode_t mode;

	MODE_ARG(flags, mode);
	return open_common(AT_FDCWD, path, flags, mode);
}

int
open64(const char *path, int flags, ...)
{
	mode_t mode;

	MODE_ARG(flags, mode);
	return open_common(AT_FDCWD, path, flags, mode);
}

int
openat(int dirfd, const char *path, int flags, ...)
{
	mode_t mode;

	MODE_ARG(flags, mode);
	return open_common(dirfd, path, flags, mode);
}

int
openat64(int dirfd, const char *path, int flags, ...)
{
	mode_t mode;

	MODE_ARG(flags, mode);
	return open_common(dirfd, path, flags, mode);
}

/* What a read or a pread of fd hits: -1 with errno when it is to fail, else 0. */
static int
read_fault(int fd)
{
	struct rule *r = hit_fd(C_READ, fd);

	if (r != NULL && r->sig != 0)
		raise(r->sig);
	if (r != NULL && r->err != 0) {
		errno = r->err;
		return -1;
	}
	return 0;
}

ssize_t
read(int fd, void *buf, size_t len)
{
	return read_fault(fd) < 0 ? -1 : real_read(fd, buf, len);
}

/* A large journal is read with pread, on several threads (lib/journal_pieces.c). */
ssize_t
pread(int fd, void *buf, size_t len, off_t at)
{
	return read_fault(fd) < 0 ? -1 : real_pread(fd, buf, len, at);
}

ssize_t
pread64(int fd, void *buf, size_t len, off_t at)
{
	return pread(fd, buf, len, at);
}

ssize_t
write(int fd, const void *buf, size_t len)
{
	struct rule *r = hit_fd(C_WRITE, fd);
	ssize_t done;

	if (r == NULL)
		return real_write(fd, buf, len);
	if (r->err != 0) {
		errno = r->err;
		return -1;
	}
	/* Half the bytes first, so that the signal finds a half-written file. */
	done = real_write(fd, buf, len / 2);
	raise(r->sig);
	return done;
}

int
fsync(int fd)
{
	struct rule *r = hit_fd(C_FSYNC, fd);

	if (r != NULL && r->sig != 0)
		raise(r->sig);
	if (r != NULL && r->err != 0) {
		errno = r->err;
		return -1;
	}
	return real_fsync(fd);
}

int
close(int fd)
{
	struct rule *r = hit_fd(C_CLOSE, fd);

	if (r != NULL && r->sig != 0)
		raise(r->sig);
	if (r != NULL && r->err != 0) {
		real_close(fd);
		errno = r->err;
		return -1;
	}
	return real_close(fd);
}

int
rename(const char *from, const char *to)
{
	struct rule *r = hit(C_RENAME, from);

	if (r != NULL && r->sig != 0)
		raise(r->sig);
	if (r != NULL && r->err != 0) {
		errno = r->err;
		return -1;
	}
	return real_rename(from, to);
}
