# mood.gnuplot: weekly mean mood from the example journal, the line a person would look at to see
# whether this year is going better than January.  Run it from the top of the tree:
#
#   gnuplot examples/mood.gnuplot                     (a plot in the terminal)
#   gnuplot -e "out='mood.png'" examples/mood.gnuplot  (a PNG file)
#
# It reads `journalstat --by week --format tsv examples/journal`; set cmd to read another journal
# or an uninstalled build, e.g. -e "cmd='cmd/journalstat/journalstat --by week --format tsv ~/journal'".

if (!exists("cmd")) cmd = "journalstat --by week --format tsv examples/journal"

# journalstat names its columns in the header row, and the metric columns move as metrics come
# and go, so the mood column is found by its name.  A week without mood has an empty cell: it is
# made undefined (1/0) so that the line breaks there instead of bridging weeks nobody wrote.
set datafile separator "\t"
set key autotitle columnhead

if (exists("out")) {
	set terminal pngcairo size 1000,420 font ",10"
	set output out
} else {
	set terminal dumb size 110,32
}

set title "Mood, weekly mean"
set ylabel "mood (1-10)"
set yrange [0:10]
set ytics 2
set grid ytics
set key top left
set xtics rotate by -45 font ",8"
set rmargin 8

# A label on every fourth week keeps the axis readable over a year.
plot "< " . cmd using 0:(strcol("mood") eq "" ? 1/0 : column("mood")):xtic(int($0) % 4 == 0 ? stringcolumn(1) : "") \
	with linespoints pt 7 ps 0.6 lw 2 title "mood"
