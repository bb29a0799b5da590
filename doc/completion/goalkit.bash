# bash completion for goalkit: goalcheck, smartify, journalstat, sessionsheet and journalimport.
#
# One file serves the five commands; make install copies it under each command's name, the
# name bash-completion looks for when it loads a completion on demand.  Without the
# bash-completion package, source this file from ~/.bashrc.
#
# Completes the options, the choices of those that take one of a few words, and files or
# folders where an option takes one.  The rule names of goalcheck --disable and --enable
# (comma-separated lists too) come from `goalcheck --list-rules` at the moment of completion,
# so they are always those of the goalcheck installed.  Dates, tags, ids and smartify's goal
# text are left to the user.

# Sets COMPREPLY to the lines that command "$@" prints.
_goalkit_reply()
{
	local line

	COMPREPLY=()
	while IFS= read -r line; do
		COMPREPLY+=("$line")
	done < <("$@")
}

# The rule names, one a line: the first column of `goalcheck --list-rules`.  $1 is the command
# as typed: a path to a goalcheck (./cmd/goalcheck/goalcheck) is asked for its own rules.
_goalkit_rules()
{
	local cmd=$1 name rest

	[[ $cmd == */* && -x $cmd ]] || cmd=goalcheck
	"$cmd" --list-rules 2>/dev/null </dev/null | while read -r name rest; do
		[[ $name =~ ^[a-z][a-z0-9-]*$ ]] && printf '%s\n' "$name"
	done
}

# COMPREPLY: files and folders (with -d, folders only) that begin with $cur.
_goalkit_files()
{
	if declare -F _filedir >/dev/null; then
		if [[ $1 == -d ]]; then _filedir -d; else _filedir; fi
		return
	fi
	compopt -o filenames 2>/dev/null
	# A word begun with a quote is completed without it; bash quotes what it inserts.
	local word=$cur
	[[ $word == [\'\"]* ]] && word=${word:1}
	if [[ $1 == -d ]]; then
		_goalkit_reply compgen -d -- "$word"
	else
		_goalkit_reply compgen -f -- "$word"
	fi
}

_goalkit()
{
	local cur prev words cword split=false
	local cmd=${1##*/} shorts='' longs='' list i IFS=$' \t\n'

	if declare -F _init_completion >/dev/null; then
		_init_completion -s || return
	else
		COMPREPLY=()
		words=("${COMP_WORDS[@]}")
		cword=$COMP_CWORD
		cur=${COMP_WORDS[COMP_CWORD]}
		prev=
		((cword > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
		# bash splits --format=json into --format, = and json (= is in COMP_WORDBREAKS).
		if [[ $cur == = ]] && ((cword > 1)); then
			cur='' split=true
		elif [[ $prev == = ]] && ((cword > 1)); then
			prev=${COMP_WORDS[COMP_CWORD - 2]} split=true
		fi
	fi

	# The value of an option that takes one.  (--colour is accepted for --color.)
	list=
	case $cmd:$prev in
	*:--color | *:--colour)
		list='auto always never' ;;
	goalcheck:--format)
		list='text json scorecard' ;;
	goalcheck:--fail-on)
		list='error warning never' ;;
	smartify:--format)
		list='yaml json' ;;
	journalstat:--by)
		list='day week month year' ;;
	journalstat:--format)
		list='text tsv csv json svg' ;;
	sessionsheet:--format)
		list='markdown json html' ;;
	journalimport:--mood-scale)
		list='rad=5,good=4,meh=3,bad=2,awful=1' ;;
	goalcheck:--disable | goalcheck:--enable)
		# A comma-separated list: complete its last item, keeping those before it.
		local pre='' last=$cur
		if [[ $cur == *,* ]]; then
			pre=${cur%,*},
			last=${cur##*,}
		fi
		_goalkit_reply compgen -W "$(_goalkit_rules "${words[0]}")" -P "$pre" -- "$last"
		return ;;
	goalcheck:--config | goalcheck:--journal | goalcheck:--stdin-filename | \
	smartify:--goals | smartify:--journal | smartify:--into | journalstat:--goals | \
	sessionsheet:-o | \
	sessionsheet:--goals)
		_goalkit_files -f
		return ;;
	sessionsheet:-C | journalimport:--dir)
		_goalkit_files -d
		return ;;
	# Dates, periods, tags and ids: nothing to offer.
	*:--today | journalstat:--from | journalstat:--to | journalstat:--last | \
	journalstat:--count | journalstat:--with | journalstat:--tag | smartify:--id | \
	sessionsheet:--since)
		return ;;
	esac
	if [[ -n $list ]]; then
		_goalkit_reply compgen -W "$list" -- "$cur"
		return
	fi
	$split && return

	# After --, operands only.
	for ((i = 1; i < cword; i++)); do
		[[ ${words[i]} == -- ]] && break
	done

	if ((i == cword)) && [[ $cur == -* ]]; then
		case $cmd in
		goalcheck)
			shorts='-h -q'
			longs='--format --today --journal --fail-on --disable --enable --list-rules
				--config --color --stdin-filename --lsp --quiet --help --version' ;;
		smartify)
			shorts='-h -i'
			longs='--format --explain --today --goals --journal --into --id --interactive
				--color --help --version' ;;
		journalstat)
			shorts='-h'
			longs='--by --count --tags --weekday --with --goals --measures --calendar --from --to --last
				--tag --format --today --ascii --redact --color --help --version' ;;
		sessionsheet)
			shorts='-h -C -o'
			longs='--since --goals --format --today --share --color --help --version' ;;
		journalimport)
			shorts='-h'
			longs='--dir --merge --mood-scale --habit-fields --today --color --help
				--version' ;;
		esac
		# The short options too, unless the word began with --.
		[[ $cur != --* ]] && longs="$shorts $longs"
		_goalkit_reply compgen -W "$longs" -- "$cur"
		return
	fi

	# Operands: goals files for goalcheck, journal files or folders for the others;
	# smartify's are the words of a goal.
	# journalimport's: the format first, then the export.
	case $cmd in
	goalcheck | journalstat | sessionsheet)
		_goalkit_files -f ;;
	journalimport)
		local nops=0
		for ((i = 1; i < cword; i++)); do
			case ${words[i]} in
			--dir | --mood-scale) ((i++)) ;;
			-*) ;;
			*) ((nops++)) ;;
			esac
		done
		if ((nops == 0)); then
			_goalkit_reply compgen -W 'daylio bearable loop jrnl' -- "$cur"
		else
			_goalkit_files -f
		fi ;;
	esac
}

complete -F _goalkit goalcheck smartify journalstat sessionsheet journalimport
