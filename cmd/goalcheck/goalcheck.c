/* goalcheck: checks every goal in a goals file against SMART and against the file's own
 * structure, and reports what falls short, where, and how to fix it, like a compiler. */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "cli.h"
#include "color.h"
#include "config.h"
#include "date.h"
#include "diag.h"
#include "diagout.h"
#include "file.h"
#include "goals.h"
#include "journal.h"
#include "goalread.h"
#include "json.h"
#include "lint.h"
#include "lsp.h"
#include "rules.h"
#include "sentence.h"
#include "text.h"

enum format { FORMAT_TEXT, FORMAT_JSON, FORMAT_SCORECARD };
static const char *const format_names[] = { "text", "json", "scorecard", NULL };

/* What the command line asked for. */
static enum format format = FORMAT_TEXT;
static int fail_on = SEV_WARNING;     /* a severity, or SEV_OFF for never */
static const char *const fail_on_names[] = { "error", "warning", "never", NULL };
static const int fail_on_levels[] = { SEV_ERROR, SEV_WARNING, SEV_OFF };
static long today;
static int color, caret, quiet, utf8;
static const char *stdin_name;
static const char *config_path;
static char rule_switch[RULE_COUNT];  /* 'd' disabled or 'e' enabled on the command line */
/* The journal stale-goal is judged against, read once for every goals file; judge_stale when
 * --journal named one and all of it could be read. */
static struct lint_journal journal;
static int judge_stale;
/* The journal's findings about its text, shown before the goals files' in text and json. */
static struct diag_files journal_found;
static const char **journal_paths;
static size_t njournal_paths;
/* The ids of the goals of every goals file loaded, for the journal's unknown-goal (a gas-
 * level is for a goal of one of them), NULL-ended; goals_loaded when some file loaded. */
static char **goal_ids;
static size_t ngoal_ids;
static int goals_loaded;

static void
usage(FILE *fp)
{
	fputs("usage: goalcheck [-hq] [--format text|json|scorecard] [--today YYYY-MM-DD]\n"
	    "                 [--fail-on error|warning|never] [--disable RULE,...]\n"
	    "                 [--enable RULE,...] [--config FILE] [--journal PATH]\n"
	    "                 [--color auto|always|never] [--stdin-filename PATH]\n"
	    "                 [--list-rules] [--version] [FILE ...]\n"
	    "       goalcheck --lsp [--today YYYY-MM-DD] [--disable RULE,...]\n"
	    "                 [--enable RULE,...] [--config FILE]\n",
	    fp);
}

static void
help(void)
{
	usage(stdout);
	fputs("\nChecks each goal in FILE (default ./goals.yaml; - reads standard input) against\n"
	    "SMART: Specific, Measurable, Attainable, Relevant, Time-bound.\n\n"
	    "  --format FORMAT       text (default), json or scorecard\n"
	    "  --today YYYY-MM-DD    judge deadlines as on this date (default: today)\n"
	    "  --journal PATH        report active goals with no progress in this journal (a\n"
	    "                        file, a folder or -) for over stale-days (default 21)\n"
	    "  --fail-on LEVEL       exit 1 on findings at or above error, warning (default)\n"
	    "                        or never\n"
	    "  --disable RULE,...    turn rules off; --enable turns them back on\n"
	    "  --list-rules          list the rules with their letters and severities\n"
	    "  --config FILE         settings (default: .goalcheck.yaml here or in a parent)\n"
	    "  --color WHEN          auto (default: on a terminal, not with NO_COLOR),\n"
	    "                        always or never\n"
	    "  --stdin-filename PATH the name of standard input in messages and config lookup\n"
	    "  --lsp                 serve editors as a Language Server on standard input and\n"
	    "                        output\n"
	    "  -q, --quiet           print nothing; the exit status tells\n"
	    "  -h, --help            this help\n"
	    "      --version         the version\n\n"
	    "Exit status: 0 no finding at or above --fail-on, 1 findings, 2 could not check.\n"
	    "See goalcheck(1) and goals(5).\n", stdout);
}

static void
list_rules(void)
{
	for (int r = 0; r < RULE_COUNT; r++)
		printf("%-22s %c  %-8s %s\n", rule_table[r].name,
		    rule_table[r].smart ? rule_table[r].smart : '-',
		    severity_name(rule_table[r].sev), rule_table[r].summary);
}

/* Keeps a --journal path, to be read once the command line has said which day is today. */
static void
add_journal(const char *path)
{
	journal_paths = xrealloc(journal_paths, (njournal_paths + 1) * sizeof *journal_paths);
	journal_paths[njournal_paths++] = path;
}

/* A journal path that cannot be read is said at once, as a goals file that cannot be read
 * is (and right under what a decryption tool said about it); the findings about the text
 * are kept for the output. */
static void
say_unreadable(const char *prog, const char *file, const struct diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->v[i].rule, JOURNAL_UNREADABLE) == 0)
			diag_say_note(prog, file, &d->v[i]);
}

/* Reads every --journal path into journal.  Returns 0, or 2 when some of it could not be read
 * (said, and the rest read): stale-goal is then not judged, since progress written in what
 * was not read would count as none.  The scorecard, which shows no finding, leaves the
 * journal's to standard error, as journalstat says them. */
static int
read_journal(void)
{
	int status = 0;

	lint_journal_init(&journal, "goalcheck", today);
	journal.j.on_findings = format == FORMAT_SCORECARD && !quiet ? diag_say_notes :
	    say_unreadable;
	if (format != FORMAT_SCORECARD && !quiet)
		journal.j.keep = &journal_found;
	for (size_t i = 0; i < njournal_paths; i++)
		if (lint_journal_read(&journal, journal_paths[i]) < 0)
			status = 2;
	journal_check_names(&journal.j);
	journal_check_dates(&journal.j);
	if (status != 0)
		warnx("stale-goal is not judged: the journal could not be read in full");
	judge_stale = status == 0;
	return status;
}

/* Applies a comma-separated list of rule names to rule_switch; exits 2 on an unknown name. */
static void
switch_rules(const char *list, char how, const char *opt)
{
	char *copy = xstrndup(list, strlen(list)), *save = NULL;

	for (char *name = strtok_r(copy, ",", &save); name; name = strtok_r(NULL, ",", &save)) {
		int r = rule_find(name);

		if (r < 0)
			errx(2, "%s: unknown rule '%s' (goalcheck --list-rules lists them)", opt, name);
		if (r == RULE_FIXED && how == 'e')
			continue;  /* it is always on */
		if (r == RULE_FIXED)
			errx(2, "%s: rule '%s' cannot be turned off: a file that is not YAML cannot "
			    "be checked", opt, name);
		rule_switch[r] = how;
	}
	free(copy);
}

static const char *
sgr(enum color c)
{
	return color_code(color, c);
}

static void
print_text(const char *name, const struct diags *d, struct lines *src)
{
	for (size_t i = 0; i < d->n; i++) {
		diag_print_line(stdout, name, &d->v[i], color);
		if (caret && src != NULL)
			diag_print_caret(stdout, src, d->v[i].line, d->v[i].col, color);
	}
}

/* JSON findings are written as files are checked, into the array main opens. */
static struct json_writer out;

static void
print_json(const char *name, const struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		jsonw_newline(&out);
		diag_print_json(&out, name, &d->v[i]);
	}
}

/* Prints the journal's findings about its text in the output format (text or json); those
 * about a path that cannot be read have been said. */
static void
print_journal_findings(void)
{
	for (size_t f = 0; f < journal_found.n; f++) {
		const struct diag_file *df = &journal_found.v[f];

		for (size_t i = 0; i < df->d.n; i++) {
			const struct diag *d = &df->d.v[i];

			if (strcmp(d->rule, JOURNAL_UNREADABLE) == 0)
				continue;
			if (format == FORMAT_JSON) {
				jsonw_newline(&out);
				diag_print_json(&out, df->file, d);
			} else {
				diag_print_line(stdout, df->file, d, color);
			}
		}
	}
}

/* Keeps the ids of g's goals for check_journal_gas. */
static void
keep_goal_ids(const struct goals *g)
{
	for (size_t i = 0; i < g->ngoals; i++) {
		const char *id = goal_id(&g->goals[i]);

		if (id == NULL)
			continue;
		goal_ids = xrealloc(goal_ids, (ngoal_ids + 2) * sizeof *goal_ids);
		goal_ids[ngoal_ids++] = xstrndup(id, strlen(id));
		goal_ids[ngoal_ids] = NULL;
	}
	goals_loaded = 1;
}

/* The journal's gas- levels for no goal of any goals file (unknown-goal), known once every
 * file is loaded, and shown as its other findings were; the ids are freed. */
static void
check_journal_gas(void)
{
	static const char *const none[] = { NULL };

	if (njournal_paths > 0 && goals_loaded) {
		diag_files_free(&journal_found);
		journal_check_gas(&journal.j, goal_ids ? (const char *const *)goal_ids : none);
		print_journal_findings();
	}
	for (size_t i = 0; i < ngoal_ids; i++)
		free(goal_ids[i]);
	free(goal_ids);
}

/* 1 if goal gl is judged: goals done or dropped are history, and judged on no letter. */
static int
judged(const struct goal *gl)
{
	return gl->status == STATUS_ACTIVE || gl->status == STATUS_PAUSED;
}

/* The goals judged, gathered while files are checked and written after every finding. */
static struct judged_goal {
	char *file, *id;       /* id NULL for a goal without one */
	int line;
	unsigned pass;
} *judged_goals;
static size_t njudged_goals;

static void
gather_json_goals(const char *name, const unsigned *pass, const struct goals *g)
{
	for (size_t i = 0; i < g->ngoals; i++) {
		const char *id = goal_id(&g->goals[i]);

		if (!judged(&g->goals[i]))
			continue;
		judged_goals = xrealloc(judged_goals, (njudged_goals + 1) * sizeof *judged_goals);
		judged_goals[njudged_goals++] = (struct judged_goal){ xstrndup(name, strlen(name)),
		    id ? xstrndup(id, strlen(id)) : NULL, g->goals[i].node->line, pass[i] };
	}
}

static void
write_json_goals(void)
{
	static const char letters[] = "SMART";

	jsonw_newline(&out);
	jsonw_key(&out, "goals"), jsonw_array(&out);
	for (size_t i = 0; i < njudged_goals; i++) {
		const struct judged_goal *jg = &judged_goals[i];

		jsonw_newline(&out);
		jsonw_object(&out);
		jsonw_key(&out, "file"), jsonw_str(&out, jg->file);
		jsonw_key(&out, "id"), jsonw_str(&out, jg->id);
		jsonw_key(&out, "line"), jsonw_int(&out, jg->line);
		jsonw_key(&out, "smart"), jsonw_object(&out);
		for (int k = 0; k < 5; k++) {
			char letter[2] = { letters[k], '\0' };

			jsonw_key(&out, letter), jsonw_bool(&out, (jg->pass & (1u << k)) != 0);
		}
		jsonw_end(&out);
		jsonw_end(&out);
		free(jg->file);
		free(jg->id);
	}
	jsonw_end(&out);
	free(judged_goals);
}

/* Prints at most max code points of n bytes of text on one line: control characters (a
 * newline inside a block value) become spaces, and a cut is marked with "...". */
static void
print_clipped(const char *text, size_t n, size_t max)
{
	size_t b = 0, cps = 0;

	while (b < n && (cps < max || ((unsigned char)text[b] & 0xC0) == 0x80)) {
		if (((unsigned char)text[b] & 0xC0) != 0x80)
			cps++;
		putchar((unsigned char)text[b] < 0x20 ? ' ' : text[b]);
		b++;
	}
	if (b < n)
		fputs("...", stdout);
}

static void
print_scorecard(const char *name, const struct diags *d, const unsigned *pass,
    const struct goals *g)
{
	const char *yes = utf8 ? "\xE2\x9C\x93" : "+", *no = utf8 ? "\xE2\x9C\x97" : "x";
	size_t idw = 4, all = 0, shown = 0, past = 0;

	for (size_t i = 0; i < g->ngoals; i++) {
		const char *id = goal_id(&g->goals[i]);
		size_t w = id ? text_codepoints(id, strlen(id)) : 9;

		if (!judged(&g->goals[i])) {
			past++;
			continue;
		}
		shown++;
		if (w > idw)
			idw = w > 24 ? 24 : w;
		if (pass[i] == SMART_ALL)
			all++;
	}
	printf("%s%s%s: %zu goal%s, %zu SMART", sgr(COLOR_BOLD), name, sgr(COLOR_RESET),
	    shown, shown == 1 ? "" : "s", all);
	if (past > 0)
		printf(" (and %zu done or dropped, not judged)", past);
	putchar('\n');
	if (shown > 0)
		printf("  S M A R T  %-*s  goal\n", (int)idw, "id");
	for (size_t i = 0; i < g->ngoals; i++) {
		const struct goal *gl = &g->goals[i];
		const struct ynode *s = goal_sentence(gl);
		char noid[32];
		const char *id = goal_id(gl);
		size_t cps;

		if (!judged(gl))
			continue;
		if (id == NULL) {
			snprintf(noid, sizeof noid, "(line %d)", gl->node->line);
			id = noid;
		}
		fputs("  ", stdout);
		for (int k = 0; k < 5; k++)
			printf("%s%s%s ", sgr(pass[i] & (1u << k) ? COLOR_GREEN : COLOR_BOLD_RED),
			    pass[i] & (1u << k) ? yes : no, sgr(COLOR_RESET));
		cps = text_codepoints(id, strlen(id));
		putchar(' ');
		print_clipped(id, strlen(id), 24);
		printf("%*s  ", cps < idw ? (int)(idw - cps) : 0, "");
		if (s != NULL)
			print_clipped(s->value, s->len, 50);
		if (gl->status != STATUS_ACTIVE)
			printf(" (%s)", goal_status_name(gl->status));
		putchar('\n');
	}
	if (d->n == 0)
		return;
	/* The command to see them must read the same journal, or stale goals would not show. */
	printf("  %zu finding%s: run goalcheck ", d->n, d->n == 1 ? "" : "s");
	for (size_t i = 0; i < njournal_paths; i++)
		printf("--journal %s ", journal_paths[i]);
	printf("%s to see %s\n", name, d->n == 1 ? "it" : "them");
}

/* Builds the severities for one file: its config (open's text when the editor has it open),
 * then the command line's switches.  Returns 0, or -1 with why the config cannot be used in
 * d (the server's lsp_settings_fn). */
static int
settings(const char *lookup, const struct lsp_config_text *open, struct config *cfg,
    struct sentence_reader **rp, struct diags *d)
{
	if ((open ? lint_settings_text(open->path, open->text, open->len, cfg, rp, d) :
	    lint_settings(config_path, lookup, cfg, rp, d)) < 0)
		return -1;
	for (int r = 0; r < RULE_COUNT; r++) {
		if (rule_switch[r] == 'd')
			cfg->sev[r] = SEV_OFF;
		else if (rule_switch[r] == 'e' && cfg->sev[r] == SEV_OFF)
			cfg->sev[r] = (int)rule_table[r].sev;
	}
	return 0;
}

/* The same, saying why a config cannot be used. */
static int
load_settings(const char *lookup, struct config *cfg, struct sentence_reader **rp)
{
	struct diags d = { 0 };
	int rc = settings(lookup, NULL, cfg, rp, &d);

	if (rc < 0)
		diag_say_brief(cfg->path, &d);
	diags_free(&d);
	return rc;
}

/* rules.md as a file: URL, for the links of the server's findings: the installed one, else
 * the one of the source tree this program was built in (doc/, two folders up), else NULL. */
static char *
rules_doc(void)
{
	char exe[4096], *slash, *url = NULL;
	ssize_t n;

	if (access(GOALKIT_DOCDIR "/rules.md", R_OK) == 0)
		return xstrndup("file://" GOALKIT_DOCDIR "/rules.md",
		    strlen("file://" GOALKIT_DOCDIR "/rules.md"));
	if ((n = readlink("/proc/self/exe", exe, sizeof exe - 32)) <= 0)
		return NULL;
	exe[n] = '\0';
	for (int up = 0; up < 3 && (slash = strrchr(exe, '/')) != NULL; up++)
		*slash = '\0';
	strcat(exe, "/doc/rules.md");
	if (access(exe, R_OK) == 0) {
		url = xmalloc(strlen(exe) + 8);
		sprintf(url, "file://%s", exe);
	}
	return url;
}

/* goalcheck --lsp: serves until the client says exit or closes standard input. */
static int
serve(void)
{
	char *doc = rules_doc();
	struct lsp_opts opts = { today, settings, config_path, doc, 1 };
	int status = lsp_serve(stdin, stdout, &opts);

	free(doc);
	return cli_finish() ? 2 : status;
}

/* Checks one file.  Returns the exit status it calls for: 0, 1 or 2. */
static int
check_file(const char *path)
{
	const char *name = strcmp(path, "-") == 0 && stdin_name ? stdin_name : path;
	struct sentence_reader *reader;
	struct config cfg;
	struct diags d = { 0 };
	struct goals g;
	struct lines src = { 0 };
	struct file_text text;
	unsigned *pass;
	int loaded, status = 0;

	if (goals_read_text(&text, path, &d) < 0) {
		diag_say_brief(NULL, &d);
		diags_free(&d);
		return 2;
	}
	if (load_settings(strcmp(path, "-") == 0 ? stdin_name : path, &cfg, &reader) < 0) {
		config_free(&cfg);
		file_free(&text);
		return 2;
	}
	if (lines_index(&src, text.data, text.len) < 0)
		out_of_memory();
	loaded = goals_load(&g, text.data, text.len, &d) == 0;
	if (loaded) {
		goals_read_sentences(&g, reader, today, judge_stale ? GOALS_READ_MEASURES : 0);
		keep_goal_ids(&g);
	}
	pass = lint_check(&g, loaded, reader, &cfg, today, judge_stale ? &journal : NULL, &src,
	    &d);
	for (size_t i = 0; i < d.n; i++)
		if (fail_on != SEV_OFF && (int)d.v[i].sev >= fail_on)
			status = 1;
	if (!quiet) {
		switch (format) {
		case FORMAT_TEXT:
			print_text(name, &d, &src);
			break;
		case FORMAT_JSON:
			print_json(name, &d);
			gather_json_goals(name, pass, &g);
			break;
		case FORMAT_SCORECARD:
			print_scorecard(name, &d, pass, &g);
			break;
		}
	}
	free(pass);
	lines_free(&src);
	goals_free(&g);
	diags_free(&d);
	sentence_reader_free(reader);
	config_free(&cfg);
	file_free(&text);
	return status;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "journal", required_argument, NULL, 'j' },
		{ "fail-on", required_argument, NULL, 'F' },
		{ "disable", required_argument, NULL, 'D' },
		{ "enable", required_argument, NULL, 'E' },
		{ "list-rules", no_argument, NULL, 'L' },
		{ "config", required_argument, NULL, 'c' },
		{ "stdin-filename", required_argument, NULL, 's' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "lsp", no_argument, NULL, 'l' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli_common common = { .name = "goalcheck", .help = help };
	int ch, status = 0, lsp = 0;

	setlocale(LC_CTYPE, "");
	utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	/* Option errors are reported here, by program name, like every other message. */
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":hq", longopts, NULL)) != -1) {
		if (cli_common(&common, ch, optarg))
			continue;
		switch (ch) {
		case 'f':
			format = (enum format)cli_choice(optarg, "--format", format_names);
			break;
		case 'j':
			add_journal(optarg);
			break;
		case 'F':
			fail_on = fail_on_levels[cli_choice(optarg, "--fail-on", fail_on_names)];
			break;
		case 'D':
			switch_rules(optarg, 'd', "--disable");
			break;
		case 'E':
			switch_rules(optarg, 'e', "--enable");
			break;
		case 'L':
			list_rules();
			return cli_finish();
		case 'c':
			config_path = optarg;
			break;
		case 's':
			stdin_name = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'l':
			lsp = 1;
			break;
		default:
			return cli_bad_option(ch, argv, usage);
		}
	}
	argc -= optind;
	argv += optind;
	cli_common_done(&common);
	today = common.today;
	caret = isatty(STDOUT_FILENO);
	color = cli_color(common.when, STDOUT_FILENO);
	if (lsp && (argc > 0 || format != FORMAT_TEXT || njournal_paths > 0 || quiet))
		errx(2, "--lsp takes its documents from the editor: no FILE, --format, --journal "
		    "or --quiet");
	if (lsp)
		return serve();

	/* Standard input can be read only once. */
	for (size_t i = 0; i < njournal_paths; i++)
		for (int k = 0; k < argc; k++)
			if (strcmp(journal_paths[i], "-") == 0 && strcmp(argv[k], "-") == 0)
				errx(2, "--journal -: standard input cannot be both the journal and "
				    "a goals file");
	if (njournal_paths > 0)
		status = read_journal();

	if (format == FORMAT_JSON && !quiet) {
		jsonw_begin(&out, stdout);
		jsonw_object(&out);
		jsonw_key(&out, "findings"), jsonw_array(&out);
	}
	print_journal_findings();
	if (argc == 0) {
		int st = check_file(goals_default_path());

		if (st > status)
			status = st;
	} else {
		for (int i = 0; i < argc; i++) {
			int st = check_file(argv[i]);

			if (st > status)
				status = st;
		}
	}
	check_journal_gas();
	if (format == FORMAT_JSON && !quiet) {
		jsonw_end(&out);
		write_json_goals();
		jsonw_end(&out);
		putchar('\n');
	}
	if (njournal_paths > 0)
		lint_journal_free(&journal);
	diag_files_free(&journal_found);
	free(journal_paths);
	return cli_finish() ? 2 : status;
}
