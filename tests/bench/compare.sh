# compare.sh: sourced by tests/bench/journalstat and tests/bench/shapes, which check
# journalstat's json summary against tests/bench/summary.awk's (or genjournal's) lines.
# flatjson and flatsummary turn each into "path<TAB>value" lines; compare decides.

# Turns a json document into "path<TAB>value" lines (metrics.mood.n	42), whatever its layout.
flatjson() {
	awk '
	{ s = s $0 "\n" }
	END {
		n = length(s); d = 0
		for (i = 1; i <= n; i++) {
			c = substr(s, i, 1)
			if (c == "{" || c == "[") {
				d++; obj[d] = c == "{"; want[d] = obj[d]; key[d] = 0
			} else if (c == "}" || c == "]") {
				d--
			} else if (c == ",") {
				if (obj[d]) want[d] = 1; else key[d]++
			} else if (c == "\"") {
				v = ""
				for (i++; i <= n && (c = substr(s, i, 1)) != "\""; i++) {
					if (c == "\\") c = substr(s, ++i, 1)
					v = v c
				}
				if (want[d]) { key[d] = v; want[d] = 0 } else emit(v)
			} else if (c ~ /[-0-9a-z]/) {
				for (v = ""; i <= n && (c = substr(s, i, 1)) ~ /[-+.0-9a-zE]/; i++)
					v = v c
				i--
				emit(v)
			}
		}
	}
	function emit(v,    p, k) {
		p = key[1]
		for (k = 2; k <= d; k++) p = p "." key[k]
		print p "\t" v
	}'
}

# Turns summary.awk'"'"'s lines into the same paths as journalstat'"'"'s json.
flatsummary() {
	awk '
	$1 == "metric" {
		p = "metrics." $2 "."
		print p "n\t" $3; print p "mean\t" $4; print p "min\t" $5; print p "max\t" $6
		print p "sd\t" $7
		next
	}
	$1 == "tag" { print "tags." $2 ".entries\t" $3; print "tags." $2 ".count\t" $4; next }
	$1 == "longest-streak" { print "streak.longest\t" $2; next }
	{ print $1 "\t" $2 }'
}

# compare EXPECTED ACTUAL LABEL WHO: AGREE or DISAGREE with the first difference.  Counts, dates
# and every metric and tag must match; means, minima and maxima to 1e-6 relative.  The standard
# deviation and the longest streak are reported but do not decide.
compare() {
	awk -F '\t' -v label="$3" -v who="$4" '
	function num(s) { return s ~ /^-?[0-9.]+([eE][-+]?[0-9]+)?$/ }
	function close_enough(a, b,    m) {
		if (a == b) return 1
		m = a < 0 ? -a : a
		if ((b < 0 ? -b : b) > m) m = b < 0 ? -b : b
		return (a - b < 0 ? b - a : a - b) <= 1e-6 * m
	}
	NR == FNR { want[$1] = $2; order[++n] = $1; next }
	{ got[$1] = $2 }
	END {
		bad = 0; extra = ""
		for (i = 1; i <= n; i++) {
			k = order[i]
			if (k ~ /\.sd$/ || k == "streak.longest") {
				# A metric missing altogether is a difference already.
				if (k ~ /\.sd$/ && !((substr(k, 1, length(k) - 3) ".n") in got)) continue
				if (!(k in got)) note = note "\n    " k ": missing in journalstat"
				else if (!close_enough(want[k] + 0, got[k] + 0))
					note = note "\n    " k ": " who " " want[k] ", journalstat " got[k]
				continue
			}
			if (!(k in got)) why = k ": " who " " want[k] ", journalstat has none"
			else if (num(want[k]) && k ~ /\.(mean|min|max)$/) {
				if (num(got[k]) && close_enough(want[k] + 0, got[k] + 0)) continue
				why = k ": " who " " want[k] ", journalstat " got[k]
			} else if (num(want[k]) && num(got[k]) && want[k] + 0 == got[k] + 0) continue
			else if (want[k] == got[k]) continue
			else why = k ": " who " " want[k] ", journalstat " got[k]
			if (!bad++) first = why
		}
		# A metric or a tag that journalstat found and the other side did not.  Other
		# members of a metric (its trend) belong to journalstat alone and are not compared.
		for (k in got) {
			if (k !~ /^(metrics|tags)\./) continue
			split(k, part, ".")
			name = part[1] "." part[2]
			if (name in seen || (name ".n") in want || (name ".entries") in want) continue
			seen[name] = 1
			if (!bad++) first = name ": found by journalstat, not by " who
		}
		if (bad == 0) printf "  AGREE     %s: %d values\n", label, n
		else printf "  DISAGREE  %s: %d differences; first: %s\n", label, bad, first
		if (note != "") printf "  note      %s, not decisive:%s\n", label, note
		exit bad > 0
	}' "$1" "$2"
}
