# goalkit: small Unix filters over a folder of therapy goals and a journal.
# Plain make; pkg-config finds libyaml, PCRE2 and Check.  `make check` and `make demo`
# install those first on Debian and Ubuntu when pkg-config cannot find them.

VERSION   = 0.1.0
PREFIX    = /usr/local
BINDIR    = $(PREFIX)/bin
MANPREFIX = $(PREFIX)/share/man

CC       = cc
OPT      = -O2 -g
WARN     = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
# CI adds -Werror (WERROR=-Werror) and the sanitizers (SAN=-fsanitize=address,undefined).
WERROR   =
SAN      =
CPPFLAGS = -D_POSIX_C_SOURCE=200809L -DGOALKIT_VERSION='"$(VERSION)"' -Ilib
CFLAGS   = -std=c11 $(OPT) $(WARN) $(WERROR) $(SAN)
LDFLAGS  = $(SAN)

# Recursively expanded, so pkg-config runs after `deps` has had a chance to install.
DEP_CFLAGS  = $(shell pkg-config --cflags yaml-0.1 libpcre2-8)
DEP_LIBS    = $(shell pkg-config --libs yaml-0.1 libpcre2-8) -lm
CHECK_CFLAGS = $(shell pkg-config --cflags check)
CHECK_LIBS   = $(shell pkg-config --libs check)

DEB_PACKAGES = pkg-config libyaml-dev libpcre2-dev check

LIB_OBJ = \
	lib/arena.o \
	lib/cli.o \
	lib/date.o \
	lib/diag.o \
	lib/file.o \
	lib/json.o \
	lib/text.o \
	lib/ytree.o \
	lib/goals.o \
	lib/sentence.o \
	lib/config.o \
	lib/rules.o \
	lib/lint.o \
	lib/goaledit.o \
	lib/draft.o \
	lib/journal.o \
	lib/stats.o \
	lib/progress.o

PROGS = cmd/goalcheck/goalcheck cmd/smartify/smartify cmd/journalstat/journalstat \
        cmd/sessionsheet/sessionsheet
MAN1  = doc/goalcheck.1 doc/smartify.1 doc/journalstat.1 doc/sessionsheet.1
MAN5  = doc/goals.5 doc/journal.5

TEST_OBJ = \
	tests/check_main.o \
	tests/check_arena.o \
	tests/check_date.o \
	tests/check_text.o \
	tests/check_json.o \
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
	tests/check_stats.o

all: $(PROGS)

deps:
	@if ! pkg-config --exists yaml-0.1 libpcre2-8 check 2>/dev/null; then \
		if command -v apt-get >/dev/null 2>&1; then \
			sudo=; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
			echo "make: installing build dependencies: $(DEB_PACKAGES)"; \
			$$sudo apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $(DEB_PACKAGES) >/dev/null || exit 2; \
		else \
			echo "make: goalkit needs pkg-config, libyaml (yaml-0.1), PCRE2 (libpcre2-8) and Check;" >&2; \
			echo "make: install them with your package manager, then run make again." >&2; \
			exit 2; \
		fi; \
	fi

.c.o:
	$(CC) $(CPPFLAGS) $(DEP_CFLAGS) $(CFLAGS) -c -o $@ $<

$(LIB_OBJ) $(PROGS:=.o): | deps
$(LIB_OBJ) $(PROGS:=.o): lib/*.h

lib/libgoalkit.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

# Each program is one file, cmd/NAME/NAME.c, linked with the library.
$(PROGS): %: %.o lib/libgoalkit.a
	$(CC) $(LDFLAGS) -o $@ $@.o lib/libgoalkit.a $(DEP_LIBS)

tests/check_%.o: tests/check_%.c lib/*.h tests/check_goalkit.h | deps
	$(CC) $(CPPFLAGS) $(DEP_CFLAGS) $(CHECK_CFLAGS) $(CFLAGS) -c -o $@ $<

tests/unit: $(TEST_OBJ) lib/libgoalkit.a
	$(CC) $(LDFLAGS) -o $@ $(TEST_OBJ) lib/libgoalkit.a $(CHECK_LIBS) $(DEP_LIBS)

# Drives a program through a pseudo terminal, for the end-to-end tests of interactive use.
tests/ptyrun: tests/ptyrun.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ tests/ptyrun.c $(LDFLAGS)

# Unit tests run from tests/ so that fixtures are found by relative path.
check: tests/unit tests/ptyrun $(PROGS)
	cd tests && ./unit
	sh tests/run-cases
	@if command -v mandoc >/dev/null 2>&1; then \
		mandoc -Tlint -Wwarning $(MAN1) $(MAN5) && echo "man pages: mandoc -Tlint clean"; \
	else echo "man pages: mandoc not installed, lint skipped"; fi

# The end-to-end cases again, every program under valgrind's memcheck: any error or leak fails.
valgrind: tests/ptyrun $(PROGS)
	WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect" \
		sh tests/run-cases

# --today keeps the demo's deadlines and streaks where the examples were written for.
demo: $(PROGS)
	@echo '$$ goalcheck --today 2026-02-01 examples/goals.yaml'
	-@./cmd/goalcheck/goalcheck --today 2026-02-01 examples/goals.yaml
	@echo
	@echo '$$ goalcheck --today 2026-02-01 --format scorecard examples/goals.yaml'
	-@./cmd/goalcheck/goalcheck --today 2026-02-01 --format scorecard examples/goals.yaml
	@echo
	@echo "$$ smartify --today 2026-02-01 'socialize more'"
	-@./cmd/smartify/smartify --today 2026-02-01 'socialize more'
	@echo
	@echo '$$ journalstat --today 2026-12-31 examples/journal'
	-@./cmd/journalstat/journalstat --today 2026-12-31 examples/journal
	@echo
	@echo '$$ journalstat --today 2026-12-31 --goals examples/goals.yaml --format tsv examples/journal | tail -n 3'
	-@./cmd/journalstat/journalstat --today 2026-12-31 --goals examples/goals.yaml --format tsv examples/journal | tail -n 3
	@echo
	@echo '$$ sessionsheet -C examples --today 2026-12-13'
	-@./cmd/sessionsheet/sessionsheet -C examples --today 2026-12-13
	@if command -v pandoc >/dev/null 2>&1; then \
		echo; echo '$$ sessionsheet -C examples --today 2026-12-13 | pandoc -s -o sheet.html'; \
		./cmd/sessionsheet/sessionsheet -C examples --today 2026-12-13 | \
			pandoc -s --metadata pagetitle="Session sheet" -o sheet.html && echo 'wrote sheet.html'; \
	else echo; echo 'pandoc is not installed: no sheet.html'; fi

bench: $(PROGS) tests/bench/yamlparse
	sh tests/bench/goalcheck
	sh tests/bench/smartify
	sh tests/bench/journalstat
	sh tests/bench/sessionsheet

tests/bench/yamlparse: tests/bench/yamlparse.c | deps
	$(CC) $(CPPFLAGS) $(DEP_CFLAGS) $(CFLAGS) -o $@ tests/bench/yamlparse.c $(DEP_LIBS)

install: $(PROGS)
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(MANPREFIX)/man5
	cp -f $(PROGS) $(DESTDIR)$(BINDIR)/
	cp -f $(MAN1) $(DESTDIR)$(MANPREFIX)/man1/
	cp -f $(MAN5) $(DESTDIR)$(MANPREFIX)/man5/

uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(BINDIR)/$${p##*/}; done
	for m in $(MAN1); do rm -f $(DESTDIR)$(MANPREFIX)/man1/$${m##*/}; done
	for m in $(MAN5); do rm -f $(DESTDIR)$(MANPREFIX)/man5/$${m##*/}; done

clean:
	rm -f lib/*.o lib/libgoalkit.a cmd/*/*.o $(PROGS) tests/*.o tests/unit tests/ptyrun tests/bench/yamlparse
	rm -rf tests/out sheet.html

.PHONY: all deps check valgrind demo bench install uninstall clean
