# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.5992338
1024.0 1.28106
2048.0 2.531754
4096.0 9.706124
8192.0 32.22326
EOD
$line2 << EOD
512.0 0.5038377
1024.0 1.149043
2048.0 2.912781
4096.0 7.013061
8192.0 23.20874
EOD
$line3 << EOD
512.0 0.4933556
1024.0 0.8368309
2048.0 1.636607
4096.0 3.281687
8192.0 6.487667
16384.0 13.45948
32768.0 26.52778
EOD
$line4 << EOD
512.0 0.330955
1024.0 0.7582485
2048.0 1.485528
4096.0 2.916547
8192.0 5.587064
16384.0 10.89425
32768.0 23.70522
EOD
$line5 << EOD
512.0 0.4265569
1024.0 0.8270037
2048.0 1.58201
4096.0 2.724886
8192.0 5.350667
16384.0 10.47229
32768.0 23.06665
EOD
$line6 << EOD
512.0 0.591611
1024.0 1.066608
2048.0 1.912107
4096.0 3.614604
8192.0 6.860055
16384.0 12.94632
32768.0 28.164
EOD
$memory_limit << EOD
8192.0 32.22326
EOD
$not_run << EOD
8192.0 23.20874
EOD
set title "Whole Transformer, forward + backward (B=1) (model=regular)"
set xlabel "sequence length L"
set ylabel "forward+backward time (seconds)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("0.5" 0.5, "1" 1.0, "2" 2.0, "5" 5.0, "10" 10.0, "20" 20.0)
set mytics 1
set grid
set key top left box opaque
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set label 1 "memory budget" at first 8192.0, first 32.22326 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-backward-model=regular.png"
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
set output "fig3-timing-model-backward-model=regular.svg"
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
