/* lspframe: the Language Server's framing for the transcript cases of goalcheck --lsp.
 *
 *   lspframe -w   frames each line of standard input as one message (Content-Length, a blank
 *                 line, the body); a line starting "RAW " is written as it is after that
 *                 word, its \r and \n turned into CR and LF, for framing that is wrong on
 *                 purpose.
 *   lspframe -r   reads framed messages and prints each body on a line, after checking that
 *                 its headers are one Content-Length that counts its bytes exactly; with -s
 *                 SED-like pairs of FROM TO arguments, each FROM in a body is printed as TO
 *                 (for paths that differ between machines).
 *
 * Exits 1 on a frame that is wrong, 2 on bad usage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
frame(void)
{
	char line[1 << 16];

	while (fgets(line, sizeof line, stdin) != NULL) {
		size_t n = strlen(line);

		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		if (strncmp(line, "RAW ", 4) == 0) {
			for (const char *p = line + 4; *p != '\0'; p++)
				if (p[0] == '\\' && (p[1] == 'r' || p[1] == 'n'))
					putchar(*++p == 'r' ? '\r' : '\n');
				else
					putchar(*p);
		} else if (n > 0) {
			printf("Content-Length: %zu\r\n\r\n%s", n, line);
		}
	}
	return fflush(stdout) != 0;
}

/* Prints the n bytes of body, each `from` in it as `to`. */
static void
print_body(const char *body, size_t n, char **pairs, int npairs)
{
	for (size_t i = 0; i < n; i++) {
		int k;

		for (k = 0; k + 1 < npairs; k += 2) {
			size_t fl = strlen(pairs[k]);

			if (fl > 0 && fl <= n - i && memcmp(body + i, pairs[k], fl) == 0) {
				fputs(pairs[k + 1], stdout);
				i += fl - 1;
				break;
			}
		}
		if (k + 1 >= npairs)
			putchar(body[i]);
	}
	putchar('\n');
}

static int
unframe(char **pairs, int npairs)
{
	char line[256];
	size_t len;

	while (fgets(line, sizeof line, stdin) != NULL) {
		char *body;

		if (sscanf(line, "Content-Length: %zu\r\n", &len) != 1 ||
		    fgets(line, sizeof line, stdin) == NULL || strcmp(line, "\r\n") != 0) {
			printf("BAD FRAME near: %s\n", line);
			return 1;
		}
		if ((body = malloc(len + 1)) == NULL || fread(body, 1, len, stdin) != len) {
			printf("SHORT BODY: fewer than %zu bytes\n", len);
			free(body);
			return 1;
		}
		print_body(body, len, pairs, npairs);
		free(body);
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	if (argc >= 2 && strcmp(argv[1], "-w") == 0)
		return frame();
	if (argc >= 2 && strcmp(argv[1], "-r") == 0)
		return unframe(argv + 2, argc - 2);
	fputs("usage: lspframe -w | -r [FROM TO ...]\n", stderr);
	return 2;
}
