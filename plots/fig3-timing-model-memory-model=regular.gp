# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.30504417419433594
1024.0 0.5609531402587891
2048.0 1.3540210723876953
4096.0 4.065156936645508
8192.0 13.987428665161133
EOD
$line2 << EOD
512.0 0.25826072692871094
1024.0 0.37363624572753906
2048.0 0.6043872833251953
4096.0 1.0658893585205078
8192.0 1.9888935089111328
EOD
$line3 << EOD
512.0 0.30847740173339844
1024.0 0.47072792053222656
2048.0 0.7952289581298828
4096.0 1.4442310333251953
8192.0 2.7422351837158203
16384.0 5.33824348449707
32768.0 10.53026008605957
EOD
$line4 << EOD
512.0 0.2707233428955078
1024.0 0.39781761169433594
2048.0 0.6520061492919922
4096.0 1.1603832244873047
8192.0 2.1771373748779297
16384.0 4.21064567565918
32768.0 8.27766227722168
EOD
$line5 << EOD
512.0 0.23473167419433594
1024.0 0.32657814025878906
2048.0 0.5102710723876953
4096.0 0.8776569366455078
8192.0 1.6124286651611328
16384.0 3.081972122192383
32768.0 6.021059036254883
EOD
$line6 << EOD
512.0 0.25481224060058594
1024.0 0.36664772033691406
2048.0 0.5903186798095703
4096.0 1.0376605987548828
8192.0 1.9323444366455078
16384.0 3.721712112426758
32768.0 7.300447463989258
EOD
$memory_limit << EOD
8192.0 13.987428665161133
EOD
$not_run << EOD
8192.0 1.9888935089111328
EOD
set title "Whole Transformer, measured peak memory of forward +\nbackward (dotted: the spec's memory budget) (model=regular)"
set xlabel "sequence length L\n"
set ylabel "peak memory (GiB)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("0.5" 0.5, "1" 1.0, "2" 2.0, "5" 5.0, "10" 10.0)
set mytics 1
set grid
set key below nobox
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set label 1 "memory budget" at first 8192.0, first 13.987428665161133 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-memory-model=regular.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     16.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "memory budget (16)", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     $not_run using 1:2 with points pointtype 4 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L not run", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-memory-model=regular.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     16.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "memory budget (16)", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     $not_run using 1:2 with points pointtype 4 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L not run", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
