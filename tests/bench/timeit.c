/* timeit: runs a command several times with its output discarded and prints the median wall
 * time in microseconds; tests/bench/goalcheck compiles it so that `make bench` needs nothing else.
 *
 * Several commands, separated by a lone "::" argument, are run in turn (A B C A B C ...) and
 * their medians printed one a line: a machine whose speed drifts during the run (another job,
 * a warming CPU) then slows each of them alike, and the ratios between them hold. */
#include <err.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void
usage(void)
{
	fputs("usage: timeit [-r runs] [-s maxstatus] [-w warmups] [--] command [arg ...] "
	    "[:: command [arg ...]] ...\n", stderr);
	exit(2);
}

static double
now_us(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) < 0)
		err(2, "clock_gettime");
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

/* Runs argv once with stdout on /dev/null; returns its wall time, or -1 if it did not run
 * or exited above maxstatus.  Standard error stays visible so that a failure explains itself. */
static double
run(char *argv[], int devnull, int maxstatus)
{
	double t0, t1;
	pid_t pid;
	int status;

	t0 = now_us();
	if ((pid = fork()) < 0)
		err(2, "fork");
	if (pid == 0) {
		dup2(devnull, STDOUT_FILENO);
		execvp(argv[0], argv);
		warn("%s", argv[0]);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0)
		err(2, "waitpid");
	t1 = now_us();
	if (WIFSIGNALED(status)) {
		warnx("%s: killed by signal %d", argv[0], WTERMSIG(status));
		return -1;
	}
	if (WEXITSTATUS(status) > maxstatus) {
		warnx("%s: exit status %d", argv[0], WEXITSTATUS(status));
		return -1;
	}
	return t1 - t0;
}

static int
cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Splits argv at each "::" into at most max commands, each ending in NULL; returns how many. */
static int
split_commands(char *argv[], char **cmd[], int max)
{
	int n = 0;

	cmd[n++] = argv;
	for (; *argv != NULL; argv++) {
		if (strcmp(*argv, "::") != 0)
			continue;
		*argv = NULL;
		if (n == max)
			usage();
		cmd[n++] = argv + 1;
	}
	for (int i = 0; i < n; i++)
		if (cmd[i][0] == NULL)
			usage();
	return n;
}

static double
median_of(double *t, int runs)
{
	qsort(t, runs, sizeof *t, cmp);
	return runs % 2 ? t[runs / 2] : (t[runs / 2 - 1] + t[runs / 2]) / 2;
}

int
main(int argc, char *argv[])
{
	enum { MAXCMD = 16 };
	char **cmd[MAXCMD];
	double *t;
	int ch, i, c, ncmd, runs = 5, maxstatus = 0, warmups = 1, devnull;

	while ((ch = getopt(argc, argv, "r:s:w:")) != -1) {
		switch (ch) {
		case 'r':
			if ((runs = atoi(optarg)) < 1)
				usage();
			break;
		case 's':
			maxstatus = atoi(optarg);
			break;
		case 'w':
			warmups = atoi(optarg);
			break;
		default:
			usage();
		}
	}
	argv += optind;
	if (*argv == NULL)
		usage();
	ncmd = split_commands(argv, cmd, MAXCMD);
	if ((devnull = open("/dev/null", O_WRONLY)) < 0)
		err(2, "/dev/null");
	if ((t = calloc((size_t)runs * ncmd, sizeof *t)) == NULL)
		err(2, NULL);
	/* Untimed runs first, so that every timed run finds the same warm caches. */
	for (i = 0; i < warmups; i++)
		for (c = 0; c < ncmd; c++)
			if (run(cmd[c], devnull, maxstatus) < 0)
				return 1;
	for (i = 0; i < runs; i++)
		for (c = 0; c < ncmd; c++)
			if ((t[c * runs + i] = run(cmd[c], devnull, maxstatus)) < 0)
				return 1;
	for (c = 0; c < ncmd; c++)
		printf("%.0f\n", median_of(t + c * runs, runs));
	if (fflush(stdout) != 0 || ferror(stdout))
		err(2, "stdout");
	free(t);
	return 0;
}
