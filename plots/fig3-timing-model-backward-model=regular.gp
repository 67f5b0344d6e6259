# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.3517236
1024.0 0.6808822
2048.0 1.829681
4096.0 5.448321
8192.0 25.35894
EOD
$line2 << EOD
512.0 0.329365
1024.0 0.7319223
2048.0 1.999241
4096.0 5.660721
8192.0 17.519
EOD
$line3 << EOD
512.0 0.4246579
1024.0 0.6118929
2048.0 1.234244
4096.0 2.524628
8192.0 4.75281
16384.0 12.95214
32768.0 23.63308
EOD
$line4 << EOD
512.0 0.2773692
1024.0 0.5999952
2048.0 0.9988843
4096.0 2.713802
8192.0 4.136707
16384.0 8.967212
32768.0 21.09927
EOD
$line5 << EOD
512.0 0.2436444
1024.0 0.5797276
2048.0 1.065867
4096.0 2.107545
8192.0 4.749499
16384.0 8.746564
32768.0 20.35884
EOD
$line6 << EOD
512.0 0.4486825
1024.0 0.7287495
2048.0 1.482608
4096.0 3.089068
8192.0 5.330643
16384.0 10.47105
32768.0 32.82502
EOD
$memory_limit << EOD
8192.0 25.35894
EOD
$not_run << EOD
8192.0 17.519
EOD
set title "Whole Transformer, forward + backward (B=1) (model=regular)"
set xlabel "sequence length L"
set ylabel "forward+backward time (seconds)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory budget" at first 8192.0, first 25.35894 offset character 1.5,-0.8 font ",9"
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
