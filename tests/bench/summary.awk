# summary.awk: the journal summary of journalstat written in plain awk, for tests/bench/journalstat,
# which times it (with mawk) and checks journalstat's --format json summary against it.
#
#   mawk -f tests/bench/summary.awk journal.md
#
# It reads one Markdown file the way doc/journal.md says for the parts that genjournal writes:
# dated headings of level 1 to 3, the field block under them, `key:: value` lines, #tags outside
# code spans, fences and URLs, and words counted like `wc -w` over body lines.  It does not read
# daily-note file names or YAML front matter, and does not warn.  Output, one item a line, metrics
# and tags sorted by name:
#
#   entries N / days N / first DATE / last DATE / words N / longest-streak N
#   metric NAME N MEAN MIN MAX SD      (SD the sample standard deviation, 0 when N is 1)
#   tag NAME ENTRIES OCCURRENCES       (NAME in lower case)
#
# It keeps to POSIX awk (no interval expressions, no gawk functions) so that mawk runs it.

BEGIN {
	split("31 28 31 30 31 30 31 31 30 31 30 31", mdays, " ")
	entry = entries = ndays = fields = fence = words = 0
	first = last = ""
}

# One rule with the cheap tests first: most lines are body text, and this is the loop being timed.
{
	c = substr($0, 1, 1)
	# A dated heading starts an entry, unless the date does not exist: then, as in journalstat,
	# the line is text of the entry before it.
	if (c == "#" && !fence && $0 ~ /^##?#?[ \t]+[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]([ \t]|$)/) {
		match($0, /[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/)
		date = substr($0, RSTART, 10)
		if (valid(date)) {
			start_entry(date)
			next
		}
	}
	if (!entry)
		next
	# The field block: `key: value` lines straight under the heading, up to the first blank line.
	if (fields) {
		if ($0 ~ /^[ \t]*$/) {
			fields = 0
			next
		}
		if (match($0, /^[A-Za-z0-9_-]+:/) && substr($0, RLENGTH + 1, 1) ~ /^[ \t]?$/) {
			field(substr($0, 1, RLENGTH - 1), substr($0, RLENGTH + 1))
			next
		}
		fields = 0
	}
	# Inline fields are fields, not body text: their words are not counted.
	if (!fence && index($0, "::") && match($0, /^[ \t]*[A-Za-z0-9_-]+::/)) {
		ikey = substr($0, 1, RLENGTH - 2)
		sub(/^[ \t]+/, "", ikey)
		field(ikey, substr($0, RLENGTH + 1))
		next
	}
	words += NF
	if ((index($0, "```") || index($0, "~~~")) && $0 ~ /^[ \t]*(```|~~~)/) {
		fence = !fence
		next
	}
	if (!fence && index($0, "#"))
		tags($0)
}

END {
	printf "entries %d\ndays %d\n", entries, ndays
	printf "first %s\nlast %s\n", first, last
	printf "words %.0f\nlongest-streak %d\n", words, longest()
	nkeys = sorted(msum, keys)
	for (ki = 1; ki <= nkeys; ki++) {
		name = keys[ki]
		sd = mn[name] > 1 ? sqrt(mm2[name] / (mn[name] - 1)) : 0
		printf "metric %s %d %.10g %.10g %.10g %.10g\n", name, mn[name], mmean[name],
		    mmin[name], mmax[name], sd
	}
	nkeys = sorted(tcount, keys)
	for (ki = 1; ki <= nkeys; ki++)
		printf "tag %s %d %d\n", keys[ki], tentries[keys[ki]], tcount[keys[ki]]
}

function valid(d,    y, m, dd, ml) {
	y = substr(d, 1, 4) + 0; m = substr(d, 6, 2) + 0; dd = substr(d, 9, 2) + 0
	if (m < 1 || m > 12 || dd < 1)
		return 0
	ml = mdays[m]
	if (m == 2 && (y % 4 == 0 && y % 100 != 0 || y % 400 == 0))
		ml = 29
	return dd <= ml
}

function start_entry(d) {
	entry = ++entries
	fields = 1
	fence = 0
	if (!(d in day)) {
		day[d] = 1
		ndays++
	}
	if (first == "" || d < first)
		first = d
	if (last == "" || d > last)
		last = d
}

# A value that begins with a number is a metric: "6/10" is 6 and "7.5h" is 7.5.
function field(key, value,    v, delta) {
	sub(/^[ \t]+/, "", value)
	if (!match(value, /^[0-9]+(\.[0-9]+)?/))
		return
	v = substr(value, 1, RLENGTH) + 0
	# Welford's update: stable where sum and sum of squares would lose digits.
	if (!(key in msum) || v < mmin[key])
		mmin[key] = v
	if (!(key in msum) || v > mmax[key])
		mmax[key] = v
	msum[key] += v
	mn[key]++
	delta = v - mmean[key]
	mmean[key] += delta / mn[key]
	mm2[key] += delta * (v - mmean[key])
}

# Tags: `#` and a letter, then letters, digits, '-', '_', '/'; not inside `code` or a URL, and not
# glued to a word before it (an anchor in a link, C#, &#39;).
function tags(s,    t, before) {
	if (index(s, "`"))
		gsub(/`[^`]*`/, " ", s)
	if (index(s, "://"))
		gsub(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^ \t]*/, " ", s)
	while (match(s, /#[A-Za-z][A-Za-z0-9_\/-]*/)) {
		before = RSTART > 1 ? substr(s, RSTART - 1, 1) : " "
		t = tolower(substr(s, RSTART + 1, RLENGTH - 1))
		s = substr(s, RSTART + RLENGTH)
		if (before ~ /[A-Za-z0-9_&\/#]/)
			continue
		tcount[t]++
		if (tlast[t] != entry) {
			tlast[t] = entry
			tentries[t]++
		}
	}
}

# The longest run of consecutive days, whatever order the entries came in.
function longest(    d, num, best, run, k) {
	for (d in day)
		has[daynum(d)] = 1
	best = 0
	for (k in has) {
		num = k + 0
		if ((num - 1) in has)
			continue
		for (run = 1; (num + run) in has; run++)
			;
		if (run > best)
			best = run
	}
	return best
}

# Days since 1970-01-01 of an ISO date, in the proleptic Gregorian calendar.
function daynum(d,    y, m, dd, era, yoe, doy) {
	y = substr(d, 1, 4) + 0; m = substr(d, 6, 2) + 0; dd = substr(d, 9, 2) + 0
	if (m <= 2)
		y--
	era = int(y / 400)
	yoe = y - era * 400
	doy = int((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + dd - 1
	return era * 146097 + yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy - 719468
}

# Sorts the keys of a into out[1..n] (insertion sort: a journal has tens of metrics and tags).
function sorted(a, out,    k, n, i, j, t) {
	n = 0
	for (k in a)
		out[++n] = k
	for (i = 2; i <= n; i++) {
		t = out[i]
		for (j = i - 1; j > 0 && out[j] > t; j--)
			out[j + 1] = out[j]
		out[j + 1] = t
	}
	return n
}
