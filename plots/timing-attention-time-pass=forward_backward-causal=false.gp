# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.02597967
1024.0 0.09460135
2048.0 0.3252576
4096.0 0.9025012
8192.0 3.438211
EOD
$line2 << EOD
512.0 0.01540955
1024.0 0.04636733
2048.0 0.1845745
4096.0 0.7322106
8192.0 2.893554
EOD
$line3 << EOD
512.0 8.018e-05
1024.0 0.000157875
2048.0 0.000461877
4096.0 0.001553492
8192.0 0.003357998
16384.0 0.005886742
32768.0 0.01173244
65536.0 0.02330646
131072.0 0.04711121
EOD
$line4 << EOD
512.0 0.01187607
1024.0 0.02108603
2048.0 0.03741083
4096.0 0.07551747
8192.0 0.157322
16384.0 0.3166371
32768.0 0.6276084
65536.0 1.255036
131072.0 2.495927
EOD
$line5 << EOD
512.0 0.001770085
1024.0 0.003499258
2048.0 0.007430489
4096.0 0.01521971
8192.0 0.03159685
16384.0 0.06922806
32768.0 0.1273269
65536.0 0.2616929
131072.0 0.5205694
EOD
$line6 << EOD
512.0 0.01832946
1024.0 0.0261918
2048.0 0.05226827
4096.0 0.1054562
8192.0 0.2124071
16384.0 0.4471747
32768.0 0.9271038
65536.0 1.829199
EOD
$time_limit << EOD
8192.0 3.438211
8192.0 2.893554
65536.0 1.829199
EOD
set title "Raw attention time vs L: exact, FAVOR+ and Reformer\n(B=1, H=8, d=64) (pass=forward\\_backward, causal=false)"
set xlabel "sequence length L\n"
set ylabel "time (seconds, median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key below nobox
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward_backward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward_backward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
