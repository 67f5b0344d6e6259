# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.1369472
1024.0 0.3185681
2048.0 0.9333859
4096.0 2.831821
8192.0 10.42738
EOD
$line2 << EOD
512.0 0.1278905
1024.0 0.382431
2048.0 0.9500193
4096.0 2.650163
8192.0 7.841468
EOD
$line3 << EOD
512.0 0.1485531
1024.0 0.3109473
2048.0 0.7012771
4096.0 1.323496
8192.0 2.136714
16384.0 4.282146
32768.0 8.345082
EOD
$line4 << EOD
512.0 0.1496733
1024.0 0.278441
2048.0 0.63104
4096.0 1.11261
8192.0 1.949202
16384.0 3.827737
32768.0 7.093933
EOD
$line5 << EOD
512.0 0.1368712
1024.0 0.2559112
2048.0 0.5226868
4096.0 1.015588
8192.0 1.839287
16384.0 3.535359
32768.0 7.128122
EOD
$line6 << EOD
512.0 0.1488508
1024.0 0.3170034
2048.0 0.7090953
4096.0 1.206444
8192.0 2.267139
16384.0 4.676406
32768.0 8.970384
EOD
$memory_limit << EOD
8192.0 10.42738
EOD
$not_run << EOD
8192.0 7.841468
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
set label 1 "memory budget" at first 8192.0, first 10.42738 offset character 1.5,-0.8 font ",9"
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
