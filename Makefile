# goalkit: small Unix filters over a folder of therapy goals and a journal.
# Plain make; pkg-config finds libyaml, PCRE2 and Check; libcsv (which has no .pc) is found
# by its header.  `make check` and `make demo`
# install those first on Debian and Ubuntu when pkg-config cannot find them (not with
# INSTALL_DEPS=no, as a package build sets).  The Makefile uses GNU make: on the BSDs, gmake.

# The release: the one place the version is set.  --version prints it, and the man pages
# built from doc/ carry it in their footers.  NEWS and debian/changelog name it too, and
# tests/release checks that they agree.
VERSION   = 0.1.0
PREFIX    = /usr/local
BINDIR    = $(PREFIX)/bin
MANPREFIX = $(PREFIX)/share/man
# rules.md, which goalcheck --lsp links each finding to (Debian's documentation folder too).
DOCDIR    = $(PREFIX)/share/doc/goalkit
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
# Where zsh looks under /usr/local on every system, and under /usr on Fedora and Arch.
# Debian's zsh does not look in /usr/share/zsh/site-functions: there, with PREFIX=/usr, set
# ZSHCOMPDIR=/usr/share/zsh/vendor-completions (as debian/rules does).
ZSHCOMPDIR  = $(PREFIX)/share/zsh/site-functions

CC       = cc
# A packager's CFLAGS, CPPFLAGS and LDFLAGS, from the environment or the command line, take
# the place of these defaults and come after what goalkit itself needs (GK_*), so that
# hardening or optimisation flags never drop -std=c11, the POSIX level or the warnings.
CFLAGS   ?= -O2 -g
CPPFLAGS ?=
LDFLAGS  ?=
WARN     = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
# CI adds -Werror (WERROR=-Werror) and the sanitizers (SAN=-fsanitize=address,undefined).
WERROR   =
SAN      =
GK_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -DGOALKIT_VERSION='"$(VERSION)"' \
	-DGOALKIT_DOCDIR='"$(DOCDIR)"' -Ilib $(CPPFLAGS)
GK_CFLAGS   = -std=c11 -pthread $(WARN) $(WERROR) $(SAN) $(CFLAGS)
GK_LDFLAGS  = $(SAN) $(LDFLAGS)

# Recursively expanded, so pkg-config runs after `deps` has had a chance to install.
DEP_CFLAGS  = $(shell pkg-config --cflags yaml-0.1 libpcre2-8 jansson)
DEP_LIBS    = $(shell pkg-config --libs yaml-0.1 libpcre2-8) -lm -pthread
# Jansson parses the Language Server's messages (goalcheck --lsp) and jrnl's export
# (journalimport), and is linked into those two alone; the tools' own JSON output is written
# by lib/json.c.
JSON_LIBS   = $(shell pkg-config --libs jansson)
# libcsv (Debian's libcsv3) reads the CSV exports journalimport imports; it ships no .pc file.
CSV_LIBS    = -lcsv
CHECK_CFLAGS = $(shell pkg-config --cflags check)
CHECK_LIBS   = $(shell pkg-config --libs check)

# apt: install what is missing with apt-get where there is one; no: only say what is missing.
INSTALL_DEPS = apt
DEB_PACKAGES = pkg-config libyaml-dev libpcre2-dev libjansson-dev libcsv-dev check

# Compile on every processor (make -j1 for one at a time); recipes still run their lines in
# turn.  Not with clean among the goals, which must not run beside a build, and not again in
# a make that a recipe runs (make check's build), which shares its parent's jobs.
ifeq ($(filter clean,$(MAKECMDGOALS))$(filter-out 0,$(MAKELEVEL)),)
MAKEFLAGS += -j$(shell getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
endif

LIB_OBJ = \
	lib/alloc.o \
	lib/arena.o \
	lib/cli.o \
	lib/color.o \
	lib/date.o \
	lib/diag.o \
	lib/diagout.o \
	lib/file.o \
	lib/crypt.o \
	lib/json.o \
	lib/table.o \
	lib/text.o \
	lib/markdown.o \
	lib/html.o \
	lib/svg.o \
	lib/plot.o \
	lib/ytree.o \
	lib/goals.o \
	lib/lexicon.o \
	lib/datex.o \
	lib/sentence.o \
	lib/sentence_pattern.o \
	lib/sentence_word.o \
	lib/sentence_number.o \
	lib/sentence_target.o \
	lib/sentence_verb.o \
	lib/sentence_measure.o \
	lib/config.o \
	lib/rules.o \
	lib/lint.o \
	lib/reach.o \
	lib/goaledit.o \
	lib/draft.o \
	lib/journal.o lib/journal_pieces.o \
	lib/stats.o \
	lib/spark.o \
	lib/daymarks.o \
	lib/progress.o \
	lib/goalread.o \
	lib/readout.o \
	lib/baseline.o \
	lib/strength.o \
	lib/instruments.o \
	lib/scores.o

PROGS = cmd/goalcheck/goalcheck cmd/smartify/smartify cmd/journalstat/journalstat \
        cmd/sessionsheet/sessionsheet cmd/journalimport/journalimport
MAN1  = doc/goalcheck.1 doc/smartify.1 doc/journalstat.1 doc/sessionsheet.1 doc/journalimport.1
MAN5  = doc/goals.5 doc/journal.5
NAMES = goalcheck smartify journalstat sessionsheet journalimport
# The man pages as installed: doc/'s, with the release in the footer (.Os goalkit VERSION).
MANPAGES = $(MAN1:doc/%=man/%) $(MAN5:doc/%=man/%)

# Each parser and editor has a fuzz harness, tests/fuzz/NAME.c.  make check replays its seed
# corpus and every input that once failed (tests/fuzz/NAME/) with the normal compiler;
# make fuzz runs libFuzzer on each for FUZZ_TIME seconds (needs clang and its runtime).
FUZZ_NAMES = goals journal sentence goaledit lsp import
FUZZ_TIME  = 60
FUZZ_CC    = clang
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_REPLAY = $(FUZZ_NAMES:%=tests/fuzz/replay-%)

TEST_OBJ = \
	tests/check_main.o \
	tests/check_arena.o \
	tests/check_date.o \
	tests/check_text.o \
	tests/check_markdown.o \
	tests/check_html.o \
	tests/check_svg.o \
	tests/check_plot.o \
	tests/check_json.o \
	tests/check_table.o \
	tests/check_file.o \
	tests/check_diag.o \
	tests/check_ytree.o \
	tests/check_goals.o \
	tests/check_config.o \
	tests/check_sentence.o \
	tests/check_lint.o \
	tests/check_goaledit.o \
	tests/check_draft.o \
	tests/check_journal.o \
	tests/check_stats.o \
	tests/check_spark.o \
	tests/check_instruments.o

all: $(PROGS) $(MANPAGES)

# deps: what the programs need; checkdeps: that and Check, for the unit tests.  checkdeps
# waits for deps, so that two apt-gets never run at once.
deps:
	@$(DEPS_SH) 'yaml-0.1 libpcre2-8 jansson'
checkdeps: deps
	@$(DEPS_SH) 'yaml-0.1 libpcre2-8 jansson check'
# libcsv has no pkg-config file: its header says it is there.
DEPS_SH = f() { \
	pkg-config --exists $$1 2>/dev/null && printf '\043include <csv.h>\n' | \
		$(CC) $(CPPFLAGS) -E -x c - >/dev/null 2>&1 && return 0; \
	if [ "$(INSTALL_DEPS)" = apt ] && command -v apt-get >/dev/null 2>&1; then \
		sudo=; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
		echo "make: installing build dependencies: $(DEB_PACKAGES)"; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $(DEB_PACKAGES) >/dev/null || exit 2; \
	else \
		echo "make: missing: $$(for m in $$1; do pkg-config --exists $$m 2>/dev/null || printf '%s ' $$m; done)" >&2; \
		echo "make: goalkit needs pkg-config, libyaml (yaml-0.1), PCRE2 (libpcre2-8), Jansson, libcsv and, to test, Check;" >&2; \
		echo "make: install them with your package manager, then run make again." >&2; \
		exit 2; \
	fi; }; f

.c.o:
	$(CC) $(GK_CPPFLAGS) $(DEP_CFLAGS) $(GK_CFLAGS) -c -o $@ $<

$(LIB_OBJ) $(PROGS:=.o): | deps
$(LIB_OBJ) $(PROGS:=.o): lib/*.h
# The programs print the VERSION set here.
$(PROGS:=.o): Makefile

lib/libgoalkit.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

# doc/ says .Os alone, so that its pages stay the sources people read and edit; the built ones
# name the release.  Written whole, then renamed, so an interrupted build leaves none half done.
$(MANPAGES): man/%: doc/% Makefile
	@mkdir -p man
	@grep -q '^\.Os$$' $< || { echo "make: $< has no line '.Os' to name the release in" >&2; exit 1; }
	sed 's/^\.Os$$/.Os goalkit $(VERSION)/' $< >$@.tmp && mv $@.tmp $@

# Each program is cmd/NAME/NAME.c, linked with the library.  journalstat and sessionsheet also
# have a model built once (tally.c, sheet.c) and one file of renderers per output format
# (report_FORMAT.c, sheet_FORMAT.c): a new format is a new file in these lists.
JOURNALSTAT_OBJ = cmd/journalstat/tally.o cmd/journalstat/report_text.o \
	cmd/journalstat/report_rows.o cmd/journalstat/report_json.o \
	cmd/journalstat/report_svg.o cmd/journalstat/calendar.o
SESSIONSHEET_OBJ = cmd/sessionsheet/sheet.o cmd/sessionsheet/sheet_md.o \
	cmd/sessionsheet/sheet_json.o cmd/sessionsheet/sheet_html.o cmd/sessionsheet/sheet_chart.o \
	cmd/sessionsheet/sheet_text.o
# goalcheck's Language Server: the messages and documents, and what it says about a document.
LSP_OBJ = cmd/goalcheck/lsp.o cmd/goalcheck/lsp_goals.o cmd/goalcheck/lsp_complete.o
# journalimport: the run and the entry's rendering, the CSV reader, and one importer a format.
IMPORT_OBJ = cmd/journalimport/import.o cmd/journalimport/entry.o cmd/journalimport/csvin.o \
	cmd/journalimport/daylio.o cmd/journalimport/bearable.o cmd/journalimport/loop.o \
	cmd/journalimport/jrnl.o
cmd/journalimport/journalimport: $(IMPORT_OBJ)
cmd/journalimport/journalimport: PROG_LIBS = $(JSON_LIBS) $(CSV_LIBS)
$(IMPORT_OBJ): | deps
$(IMPORT_OBJ): lib/*.h
$(IMPORT_OBJ) cmd/journalimport/journalimport.o: cmd/journalimport/*.h
cmd/journalstat/journalstat: $(JOURNALSTAT_OBJ)
cmd/sessionsheet/sessionsheet: $(SESSIONSHEET_OBJ)
cmd/goalcheck/goalcheck: $(LSP_OBJ)
cmd/goalcheck/goalcheck: PROG_LIBS = $(JSON_LIBS)
$(JOURNALSTAT_OBJ) $(SESSIONSHEET_OBJ) $(LSP_OBJ): | deps
$(JOURNALSTAT_OBJ) $(SESSIONSHEET_OBJ) $(LSP_OBJ): lib/*.h
$(LSP_OBJ) cmd/goalcheck/goalcheck.o: cmd/goalcheck/lsp*.h
$(JOURNALSTAT_OBJ) cmd/journalstat/journalstat.o: cmd/journalstat/*.h
$(SESSIONSHEET_OBJ) cmd/sessionsheet/sessionsheet.o: cmd/sessionsheet/*.h

$(PROGS): %: %.o lib/libgoalkit.a
	$(CC) $(GK_LDFLAGS) -o $@ $@.o $(filter cmd/%,$(filter-out $@.o,$^)) lib/libgoalkit.a \
		$(DEP_LIBS) $(PROG_LIBS)

tests/check_%.o: tests/check_%.c lib/*.h tests/check_goalkit.h | checkdeps
	$(CC) $(GK_CPPFLAGS) -DSRCDIR='"$(CURDIR)"' $(DEP_CFLAGS) $(CHECK_CFLAGS) $(GK_CFLAGS) -c -o $@ $<

tests/unit: $(TEST_OBJ) lib/libgoalkit.a
	$(CC) $(GK_LDFLAGS) -o $@ $(TEST_OBJ) lib/libgoalkit.a $(CHECK_LIBS) $(DEP_LIBS)

# How the sentence reader agrees with every labelled set: the devset, the sentences labelled
# blind (tests/sentences/) and the peers' date suites.  make check fails on a row read
# otherwise that tests/sentences/known-differences.tsv does not explain.
JUDGE_SETS = tests/devset/smart-labels.tsv tests/devset/extract.tsv \
	tests/devset/smart-labels-2.tsv tests/devset/extract-2.tsv \
	tests/sentences/smart.tsv tests/sentences/extract.tsv \
	tests/sentences/smart-A.tsv tests/sentences/extract-A.tsv \
	tests/sentences/smart-B.tsv tests/sentences/extract-B.tsv \
	tests/sentences/smart-C.tsv tests/sentences/extract-C.tsv \
	tests/sentences/smart-D.tsv tests/sentences/extract-D.tsv \
	tests/sentences/smart-E.tsv tests/sentences/extract-E.tsv \
	tests/sentences/smart-F.tsv tests/sentences/extract-F.tsv \
	tests/sentences/smart-G.tsv tests/sentences/extract-G.tsv \
	tests/sentences/smart-H.tsv tests/sentences/extract-H.tsv \
	tests/sentences/smart-I.tsv tests/sentences/extract-I.tsv \
	tests/sentences/smart-J.tsv tests/sentences/extract-J.tsv \
	tests/sentences/smart-K.tsv tests/sentences/extract-K.tsv \
	tests/sentences/smart-L.tsv tests/sentences/extract-L.tsv \
	tests/sentences/smart-M.tsv tests/sentences/extract-M.tsv \
	tests/sentences/smart-N.tsv tests/sentences/extract-N.tsv \
	tests/sentences/smart-O.tsv tests/sentences/extract-O.tsv \
	tests/sentences/smart-P.tsv tests/sentences/extract-P.tsv \
	tests/sentences/smart-Q.tsv tests/sentences/extract-Q.tsv \
	tests/sentences/smart-R.tsv tests/sentences/extract-R.tsv \
	tests/sentences/smart-S.tsv tests/sentences/extract-S.tsv \
	tests/sentences/smart-T.tsv tests/sentences/extract-T.tsv \
	tests/sentences/smart-U.tsv tests/sentences/extract-U.tsv \
	tests/sentences/smart-V.tsv tests/sentences/extract-V.tsv \
	tests/peers/duckling-deadlines.tsv tests/peers/duckling-nodate.tsv \
	tests/peers/peer2-deadlines.tsv tests/peers/peer2-nodate.tsv \
	tests/peers/peer3-deadlines.tsv tests/peers/peer3-nodate.tsv \
	tests/peers/peer4-deadlines.tsv tests/peers/peer4-nodate.tsv \
	tests/peers/peer5-deadlines.tsv tests/peers/peer5-nodate.tsv \
	tests/peers/peer6-deadlines.tsv tests/peers/peer6-nodate.tsv \
	tests/peers/peer7-deadlines.tsv tests/peers/peer7-nodate.tsv \
	tests/sentences/extract-items.tsv

tests/judge: tests/judge.c lib/libgoalkit.a
	$(CC) $(GK_CPPFLAGS) $(DEP_CFLAGS) $(GK_CFLAGS) $(GK_LDFLAGS) -o $@ tests/judge.c lib/libgoalkit.a \
		$(DEP_LIBS)

judge: tests/judge
	@./tests/judge -q $(JUDGE_SETS) || true

# Drives a program through a pseudo terminal, for the end-to-end tests of interactive use.
tests/ptyrun: tests/ptyrun.c
	$(CC) $(GK_CPPFLAGS) $(GK_CFLAGS) -o $@ tests/ptyrun.c $(GK_LDFLAGS)

# Fails chosen system calls (write, fsync, rename...) of a program run with LD_PRELOAD; built
# without the sanitizers, whose runtime must not be preloaded twice.
tests/faultinject.so: tests/faultinject.c
	$(CC) $(GK_CPPFLAGS) -std=c11 -Wall -Wextra $(WERROR) $(CFLAGS) -shared -fPIC -o $@ \
		tests/faultinject.c $(LDFLAGS) -ldl

# Frames and unframes Language Server messages, for the transcript cases of goalcheck --lsp.
tests/lspframe: tests/lspframe.c
	$(CC) $(GK_CPPFLAGS) $(GK_CFLAGS) -o $@ tests/lspframe.c $(GK_LDFLAGS)

# The server's harness needs the server, and Jansson.
tests/fuzz/replay-lsp: tests/fuzz/lsp.c tests/fuzz/replay.c $(LSP_OBJ) lib/libgoalkit.a
	$(CC) $(GK_CPPFLAGS) $(DEP_CFLAGS) $(GK_CFLAGS) $(GK_LDFLAGS) -Icmd/goalcheck -o $@ \
		tests/fuzz/replay.c tests/fuzz/lsp.c $(LSP_OBJ) lib/libgoalkit.a $(DEP_LIBS) $(JSON_LIBS)
tests/fuzz/fuzz-lsp: tests/fuzz/lsp.c $(LSP_OBJ:.o=.c) $(LIB_OBJ:.o=.c) lib/*.h | deps
	$(FUZZ_CC) $(GK_CPPFLAGS) $(DEP_CFLAGS) -Icmd/goalcheck -std=c11 $(FUZZ_FLAGS) -o $@ $< \
		$(LSP_OBJ:.o=.c) $(LIB_OBJ:.o=.c) $(DEP_LIBS) $(JSON_LIBS)

# The importers' harness needs the importers, libcsv and Jansson.
tests/fuzz/replay-import: tests/fuzz/import.c tests/fuzz/replay.c $(IMPORT_OBJ) lib/libgoalkit.a
	$(CC) $(GK_CPPFLAGS) $(DEP_CFLAGS) $(GK_CFLAGS) $(GK_LDFLAGS) -Icmd/journalimport -o $@ \
		tests/fuzz/replay.c tests/fuzz/import.c $(IMPORT_OBJ) lib/libgoalkit.a $(DEP_LIBS) \
		$(JSON_LIBS) $(CSV_LIBS)
tests/fuzz/fuzz-import: tests/fuzz/import.c $(IMPORT_OBJ:.o=.c) $(LIB_OBJ:.o=.c) lib/*.h | deps
	$(FUZZ_CC) $(GK_CPPFLAGS) $(DEP_CFLAGS) -Icmd/journalimport -std=c11 $(FUZZ_FLAGS) -o $@ $< \
		$(IMPORT_OBJ:.o=.c) $(LIB_OBJ:.o=.c) $(DEP_LIBS) $(JSON_LIBS) $(CSV_LIBS)

tests/fuzz/replay-%: tests/fuzz/%.c tests/fuzz/replay.c lib/libgoalkit.a
	$(CC) $(GK_CPPFLAGS) $(DEP_CFLAGS) $(GK_CFLAGS) $(GK_LDFLAGS) -o $@ tests/fuzz/replay.c $< \
		lib/libgoalkit.a $(DEP_LIBS)

tests/fuzz/fuzz-%: tests/fuzz/%.c $(LIB_OBJ:.o=.c) lib/*.h | deps
	$(FUZZ_CC) $(GK_CPPFLAGS) $(DEP_CFLAGS) -std=c11 $(FUZZ_FLAGS) -o $@ $< $(LIB_OBJ:.o=.c) $(DEP_LIBS)

# make check prints one line per step, its summary: what a step prints goes to
# tests/log/STEP.log, shown whole only when the step fails (tests/step).  The build before
# it is silent too (make -s), but for the compiler's warnings.  Unit tests run from tests/ so
# that fixtures are found by relative path.  The steps that share no files run at the same
# time (tests/together): each has a folder of its own, under tests/out or in /tmp.
CHECK_BUILD = tests/unit tests/ptyrun tests/lspframe tests/faultinject.so tests/judge \
	$(FUZZ_REPLAY) $(PROGS) $(MANPAGES)
check:
	@$(MAKE) -s --no-print-directory $(CHECK_BUILD)
	@sh tests/step unit sh -c 'cd tests && ./unit'
	@sh tests/step judge ./tests/judge -q -k tests/sentences/known-differences.tsv $(JUDGE_SETS)
	@sh tests/step fuzz sh tests/fuzz/replay $(FUZZ_NAMES)
	@VERSION=$(VERSION) sh tests/together cases html-valid examples release pieces
	@if command -v mandoc >/dev/null 2>&1; then \
		sh tests/step mandoc sh -c 'mandoc -Tlint -Wwarning $(MANPAGES) && echo "man pages: mandoc -Tlint clean"'; \
	else echo "man pages: mandoc not installed, lint skipped"; fi
	@echo "make check: every step passed"

# What the programs do to the system around them: faults injected into every write
# (tests/faults), the files and calls each makes traced (tests/privacy, with strace), and
# make install and uninstall (tests/install).  A third of make check's processor time before
# they were split off, so make check stays near a minute; CI runs them after each make check.
check-system:
	@$(MAKE) -s --no-print-directory $(CHECK_BUILD)
	@sh tests/together faults privacy install
	@echo "make check-system: every step passed"

# The HTML sheet in a real browser (headless Chromium): printed on A4 and Letter to one page
# each, its charts drawn.  Not in make check (a browser takes seconds to start); CI runs it.
browser: $(PROGS)
	sh tests/browser/run

# The README's picture of the example sheet, taken by the same headless browser; its profile
# goes in a temporary folder, never the user's.
screenshot: cmd/sessionsheet/sessionsheet
	./cmd/sessionsheet/sessionsheet -C examples --today 2026-12-13 -o sheet.html
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	HOME="$$tmp" chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
		--user-data-dir="$$tmp/profile" --window-size=760,1480 \
		--screenshot="$(CURDIR)/doc/sheet.png" "file://$(CURDIR)/examples/sheet.html" \
		>/dev/null 2>&1
	@echo "wrote doc/sheet.png"

# The end-to-end cases again, every program under valgrind's memcheck: any error or leak fails.
valgrind: tests/ptyrun tests/lspframe $(PROGS)
	WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect" \
		sh tests/run-cases

fuzz: $(FUZZ_NAMES:%=tests/fuzz/fuzz-%)
	sh tests/fuzz/run $(FUZZ_TIME) $(FUZZ_NAMES)

# Static analysis: cppcheck and clang-tidy (the checks chosen in .clang-tidy) on our own code.
# cppcheck learns the POSIX calls from its posix library, but would have readdir replaced by
# readdir_r, which POSIX has since deprecated; the system headers it is not given are no
# finding.  clang-tidy's analyzer is the slow part: one file per run, as many runs at once as
# there are processors.
LINT_SRC = lib/*.c cmd/*/*.c
lint: | deps
	cppcheck --quiet --error-exitcode=1 --std=c11 --enable=warning,performance,portability \
		--library=posix --suppress=readdirCalled --suppress=missingIncludeSystem \
		--inline-suppr -D_POSIX_C_SOURCE=200809L -DGOALKIT_VERSION='"lint"' -Ilib $(LINT_SRC)
	printf '%s\n' $(LINT_SRC) | xargs -P "$$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)" \
		-I{} clang-tidy --quiet {} -- $(GK_CPPFLAGS) $(DEP_CFLAGS) -std=c11
	@echo "lint: cppcheck and clang-tidy clean"

# --today keeps the demo's deadlines and streaks where the examples were written for.
# Said after each command of the demo, as goalcheck(1) explains the exit status: a goalcheck
# with findings exits 1, which is no failure of the demo.
DEMO_STATUS = st=$$?; case $$st in 0) ;; 1) echo "exit status 1: findings" ;; \
	*) echo "exit status $$st: could not check or run" ;; esac

demo: $(PROGS)
	@echo '$$ goalcheck --today 2026-02-01 examples/goals.yaml'
	@./cmd/goalcheck/goalcheck --today 2026-02-01 examples/goals.yaml; $(DEMO_STATUS)
	@echo
	@echo '$$ goalcheck --today 2026-02-01 --format scorecard examples/goals.yaml'
	@./cmd/goalcheck/goalcheck --today 2026-02-01 --format scorecard examples/goals.yaml; $(DEMO_STATUS)
	@echo
	@echo "$$ smartify --today 2026-02-01 'socialize more'"
	@./cmd/smartify/smartify --today 2026-02-01 'socialize more'; $(DEMO_STATUS)
	@echo
	@echo '$$ journalstat --today 2026-12-31 examples/journal'
	@./cmd/journalstat/journalstat --today 2026-12-31 examples/journal; $(DEMO_STATUS)
	@echo
	@echo '$$ journalstat --today 2026-12-31 --goals examples/goals.yaml --format tsv examples/journal | tail -n 3'
	@./cmd/journalstat/journalstat --today 2026-12-31 --goals examples/goals.yaml --format tsv examples/journal | tail -n 3; $(DEMO_STATUS)
	@echo
	@echo '$$ journalstat --today 2026-12-31 --measures --goals examples/goals.yaml --last 3m examples/journal'
	@./cmd/journalstat/journalstat --today 2026-12-31 --measures --goals examples/goals.yaml --last 3m examples/journal; $(DEMO_STATUS)
	@echo
	@echo '$$ sessionsheet -C examples --today 2026-12-13'
	@./cmd/sessionsheet/sessionsheet -C examples --today 2026-12-13; $(DEMO_STATUS)
	@echo
	@echo '$$ sessionsheet -C examples --today 2026-12-13 -o sheet.html'
	@./cmd/sessionsheet/sessionsheet -C examples --today 2026-12-13 -o sheet.html && \
		echo "wrote $$(pwd)/examples/sheet.html: open it in a browser, or print it on one page"

bench: $(PROGS) tests/bench/yamlparse
	sh tests/bench/goalcheck
	sh tests/bench/smartify
	sh tests/bench/journalstat
	sh tests/bench/shapes
	sh tests/bench/stress
	sh tests/bench/sessionsheet
	sh tests/bench/lsp

tests/bench/yamlparse: tests/bench/yamlparse.c | deps
	$(CC) $(GK_CPPFLAGS) $(DEP_CFLAGS) $(GK_CFLAGS) -o $@ tests/bench/yamlparse.c $(DEP_LIBS)

# The source tarball, from git: what HEAD holds (uncommitted changes are not in it), less what
# .gitattributes marks export-ignore (CI, packaging and editor files a build does not need).
# Reproducible: git archive stamps every entry with the commit's time (SOURCE_DATE_EPOCH is
# that time, for tools that read it), writes the entries in git's sorted order as root, with
# the modes of a 022 umask whatever the local tar.umask; gzip -n leaves out the name and time.
# Two runs on one commit give the same bytes.
DIST = goalkit-$(VERSION)
DIST_TARBALL = $(DIST).tar.gz
dist:
	@git rev-parse --verify -q HEAD >/dev/null || { echo "make dist: needs a git checkout" >&2; exit 2; }
	@git diff --quiet HEAD || echo "make dist: uncommitted changes are left out: the tarball is HEAD's" >&2
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct HEAD) && export SOURCE_DATE_EPOCH && \
	git -c tar.umask=0022 archive --format=tar --prefix=$(DIST)/ HEAD | gzip -n -9 >$(DIST_TARBALL).tmp
	mv $(DIST_TARBALL).tmp $(DIST_TARBALL)
	@echo "make dist: wrote $(DIST_TARBALL)"

# What a packager does with the tarball: unpack it in a new folder, away from git, build, run
# make check and make install DESTDIR=, then make uninstall, which must leave nothing.  Also
# writes the tarball a second time and compares the bytes.
distcheck: dist
	@tmp=$$(mktemp -d "$${TMPDIR:-/tmp}/goalkit-distcheck.XXXXXX") || exit 2; \
	trap 'rm -rf "$$tmp"' EXIT; \
	set -e; \
	$(MAKE) -s dist DIST_TARBALL="$$tmp/again.tar.gz" >/dev/null; \
	cmp $(DIST_TARBALL) "$$tmp/again.tar.gz"; \
	echo "distcheck: two runs of make dist give the same bytes"; \
	gzip -dc $(DIST_TARBALL) | (cd "$$tmp" && tar -xf -); \
	cd "$$tmp/$(DIST)"; \
	export GIT_CEILING_DIRECTORIES="$$tmp"; \
	! git rev-parse --git-dir >/dev/null 2>&1; \
	$(MAKE) all; \
	$(MAKE) check; \
	$(MAKE) install DESTDIR="$$tmp/dest"; \
	test -x "$$tmp/dest$(BINDIR)/goalcheck"; \
	"$$tmp/dest$(BINDIR)/goalcheck" --version; \
	$(MAKE) uninstall DESTDIR="$$tmp/dest"; \
	left=$$(cd "$$tmp/dest" && find . ! -type d); \
	if [ -n "$$left" ]; then echo "distcheck: make uninstall left: $$left" >&2; exit 1; fi; \
	echo "distcheck: $(DIST_TARBALL) builds, passes make check, installs and uninstalls"

# bash-completion loads a command's completion from a file named after it: one file, four names.
# install(1) sets the modes, so that a strict umask does not leave the programs unreadable to
# others.
install: $(PROGS) $(MANPAGES)
	mkdir -p "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANPREFIX)/man1" "$(DESTDIR)$(MANPREFIX)/man5" \
		"$(DESTDIR)$(BASHCOMPDIR)" "$(DESTDIR)$(ZSHCOMPDIR)"
	install -m 755 $(PROGS) "$(DESTDIR)$(BINDIR)/"
	install -m 644 $(MAN1:doc/%=man/%) "$(DESTDIR)$(MANPREFIX)/man1/"
	install -m 644 $(MAN5:doc/%=man/%) "$(DESTDIR)$(MANPREFIX)/man5/"
	for n in $(NAMES); do install -m 644 doc/completion/goalkit.bash "$(DESTDIR)$(BASHCOMPDIR)/$$n"; done
	install -m 644 doc/completion/_goalkit "$(DESTDIR)$(ZSHCOMPDIR)/_goalkit"
	mkdir -p "$(DESTDIR)$(DOCDIR)"
	install -m 644 doc/rules.md "$(DESTDIR)$(DOCDIR)/rules.md"

uninstall:
	for n in $(NAMES); do rm -f "$(DESTDIR)$(BINDIR)/$$n" "$(DESTDIR)$(BASHCOMPDIR)/$$n"; done
	for m in $(MAN1); do rm -f "$(DESTDIR)$(MANPREFIX)/man1/$${m##*/}"; done
	for m in $(MAN5); do rm -f "$(DESTDIR)$(MANPREFIX)/man5/$${m##*/}"; done
	rm -f "$(DESTDIR)$(ZSHCOMPDIR)/_goalkit" "$(DESTDIR)$(DOCDIR)/rules.md"

clean:
	rm -f lib/*.o lib/libgoalkit.a cmd/*/*.o $(PROGS) tests/*.o tests/unit tests/judge tests/ptyrun \
		tests/lspframe tests/bench/yamlparse
	rm -f tests/faultinject.so tests/fuzz/replay-* tests/fuzz/fuzz-*
	rm -rf man
	rm -rf tests/out tests/log tests/fuzz/out sheet.html examples/sheet.html

.PHONY: all deps checkdeps dist distcheck check check-system judge valgrind browser screenshot \
	fuzz lint demo bench install uninstall clean
