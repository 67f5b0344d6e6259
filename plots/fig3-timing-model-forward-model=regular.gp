# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.1263382
1024.0 0.2986811
2048.0 0.7920392
4096.0 2.357682
8192.0 7.945156
EOD
$line2 << EOD
512.0 0.1260775
1024.0 0.3035913
2048.0 0.8416602
4096.0 2.429775
8192.0 7.520027
EOD
$line3 << EOD
512.0 0.1602538
1024.0 0.2626896
2048.0 0.5269521
4096.0 1.0552
8192.0 2.008375
16384.0 4.086483
32768.0 8.196838
EOD
$line4 << EOD
512.0 0.1514537
1024.0 0.278707
2048.0 0.453369
4096.0 0.9549051
8192.0 1.72523
16384.0 3.468788
32768.0 6.763358
EOD
$line5 << EOD
512.0 0.1222574
1024.0 0.2293121
2048.0 0.4864034
4096.0 0.887442
8192.0 1.635099
16384.0 3.280592
32768.0 6.583092
EOD
$line6 << EOD
512.0 0.1563967
1024.0 0.2759453
2048.0 0.5598272
4096.0 1.084468
8192.0 2.144649
16384.0 4.241667
32768.0 8.521537
EOD
$memory_limit << EOD
8192.0 7.945156
EOD
$not_run << EOD
8192.0 7.520027
EOD
set title "Whole Transformer, forward pass (B=1) (model=regular)"
set xlabel "sequence length L"
set ylabel "forward time (seconds)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("0.2" 0.2, "0.5" 0.5, "1" 1.0, "2" 2.0, "5" 5.0)
set mytics 1
set grid
set key top left box opaque
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set label 1 "memory budget" at first 8192.0, first 7.945156 offset character 1.5,-0.8 font ",9"
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
