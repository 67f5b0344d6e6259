# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.1378248
1024.0 0.3450422
2048.0 0.942746
4096.0 3.546805
8192.0 10.57724
EOD
$line2 << EOD
512.0 0.1354886
1024.0 0.3441627
2048.0 0.9223781
4096.0 2.539017
8192.0 7.657967
EOD
$line3 << EOD
512.0 0.1915521
1024.0 0.2878899
2048.0 0.6160956
4096.0 1.334049
8192.0 2.273453
16384.0 4.466862
32768.0 8.38492
EOD
$line4 << EOD
512.0 0.1396678
1024.0 0.2681315
2048.0 0.5459277
4096.0 0.9056881
8192.0 1.965751
16384.0 3.68304
32768.0 7.161079
EOD
$line5 << EOD
512.0 0.1326307
1024.0 0.2438667
2048.0 0.5056469
4096.0 0.9013385
8192.0 1.719455
16384.0 3.348492
32768.0 6.792573
EOD
$line6 << EOD
512.0 0.1737591
1024.0 0.3590102
2048.0 0.7493066
4096.0 1.150377
8192.0 2.299129
16384.0 4.485825
32768.0 8.863217
EOD
$memory_limit << EOD
8192.0 10.57724
EOD
$not_run << EOD
8192.0 7.657967
EOD
set title "Whole Transformer, forward pass (B=1) (model=regular)"
set xlabel "sequence length L"
set ylabel "forward time (seconds)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("0.2" 0.2, "0.5" 0.5, "1" 1.0, "2" 2.0, "5" 5.0, "10" 10.0)
set mytics 1
set grid
set key top left box opaque
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set label 1 "memory budget" at first 8192.0, first 10.57724 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-forward-model=regular.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     $not_run using 1:2 with points pointtype 4 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L not run", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-forward-model=regular.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     $not_run using 1:2 with points pointtype 4 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L not run", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
