/* ptyrun: runs a command on a pseudo terminal and answers its questions from a file, one line
 * per prompt, for the end-to-end tests of interactive programs.
 *
 *   ptyrun ANSWERS COMMAND [ARG ...]
 *
 * Everything the command writes is copied to standard output, with CRLF made LF.  Each time
 * that output ends with the prompt "> ", the next line of ANSWERS is typed; a line that starts
 * with "!" is instead run by sh (to change a file while the command waits) and the next line
 * is typed.  When the answers run out, end of input (^D) is typed.  Echo is off, so the output
 * is the command's own, whatever the timing, with each answer written after its prompt as
 * the terminal would have shown it.  Exits with the command's status.
 *
 * PTYRUN_PROMPT, when set, is the two characters a prompt ends with instead of "> ": ": " for
 * a passphrase prompt (age's "Enter passphrase: "). */
#define _XOPEN_SOURCE 600

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

int
main(int argc, char *argv[])
{
	char line[4096], buf[4096], tail[2] = "";
	struct termios t;
	FILE *answers;
	int master, status;
	pid_t pid;
	const char *prompt = getenv("PTYRUN_PROMPT");

	if (prompt == NULL || strlen(prompt) != 2)
		prompt = "> ";
	if (argc < 3) {
		fputs("usage: ptyrun ANSWERS COMMAND [ARG ...]\n", stderr);
		return 2;
	}
	if ((answers = fopen(argv[1], "r")) == NULL) {
		perror(argv[1]);
		return 2;
	}
	if ((master = posix_openpt(O_RDWR | O_NOCTTY)) < 0 || grantpt(master) < 0 ||
	    unlockpt(master) < 0) {
		perror("posix_openpt");
		return 2;
	}
	if ((pid = fork()) < 0) {
		perror("fork");
		return 2;
	}
	if (pid == 0) {
		int slave;

		setsid();
		if ((slave = open(ptsname(master), O_RDWR)) < 0) {
			perror("ptsname");
			_exit(2);
		}
		tcgetattr(slave, &t);
		t.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
		tcsetattr(slave, TCSANOW, &t);
		dup2(slave, 0);
		dup2(slave, 1);
		dup2(slave, 2);
		close(slave);
		close(master);
		execvp(argv[2], argv + 2);
		perror(argv[2]);
		_exit(127);
	}
	for (;;) {
		ssize_t n = read(master, buf, sizeof buf);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;  /* EIO: the command has closed the terminal */
		for (ssize_t i = 0; i < n; i++)
			if (buf[i] != '\r')
				putchar(buf[i]);
		/* The last two characters written, to see a prompt at the end. */
		if (n >= 2) {
			tail[0] = buf[n - 2];
			tail[1] = buf[n - 1];
		} else {
			tail[0] = tail[1];
			tail[1] = buf[0];
		}
		if (tail[0] != prompt[0] || tail[1] != prompt[1])
			continue;
		fflush(stdout);
		for (;;) {
			if (fgets(line, sizeof line, answers) == NULL) {
				char eof = 4;
				/* A failed write needs no word: the program's output shows it.  Kept in
				 * a variable, as glibc's fortified write must not be ignored. */
				ssize_t w = write(master, &eof, 1);

				(void)w;
				puts("^D");
				break;
			}
			if (line[0] != '!') {
				ssize_t w = write(master, line, strlen(line));

				(void)w;
				fputs(line, stdout);
				break;
			}
			if (system(line + 1) != 0)
				fprintf(stderr, "ptyrun: '%s' failed\n", line + 1);
		}
		tail[0] = tail[1] = '\0';
	}
	fflush(stdout);
	if (waitpid(pid, &status, 0) < 0)
		return 2;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
