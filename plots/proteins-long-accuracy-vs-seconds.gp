# Written by `repro plot` from ./results/proteins-long.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.032959
25.685 0.080933
50.628 0.091675
EOD
$line2 << EOD
0.0 0.030579
25.433 0.084778
50.345 0.088135
EOD
$line3 << EOD
0.0 0.042603
25.284 0.092957
50.261 0.094116
EOD
$line4 << EOD
0.0 0.029175
25.034 0.094482
50.004 0.094666
EOD
$line5 << EOD
0.0 0.026672
25.068 0.094177
50.075 0.092896
EOD
$line6 << EOD
0.0 0.047607
25.022 0.092896
50.013 0.094971
EOD
set title "Protein LM U at L 8192 (concatenated proteins, 2 GiB budget): validation\naccuracy vs training seconds (one line per mechanism and seed)"
set xlabel "training seconds"
set ylabel "validation accuracy"
set grid
set key outside right box opaque
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "proteins-long-accuracy-vs-seconds.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, seed=1", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact, seed=2", \
     $line3 using 1:2 with linespoints linestyle 3 title "exact, seed=3", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu, seed=1", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu, seed=2", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu, seed=3", \
     0.089905 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "unigram baseline (0.0899)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "proteins-long-accuracy-vs-seconds.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, seed=1", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact, seed=2", \
     $line3 using 1:2 with linespoints linestyle 3 title "exact, seed=3", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu, seed=1", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu, seed=2", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu, seed=3", \
     0.089905 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "unigram baseline (0.0899)"
unset output
