# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.007107168
1024.0 0.01254586
2048.0 0.02348938
4096.0 0.04566082
8192.0 0.1192167
16384.0 0.2496815
32768.0 0.3665138
65536.0 0.7073373
EOD
$line2 << EOD
512.0 0.0218868
1024.0 0.03932946
2048.0 0.07665056
4096.0 0.2153141
8192.0 0.3242007
16384.0 0.6207408
32768.0 1.219655
EOD
$line3 << EOD
512.0 0.001939217
1024.0 0.003987906
2048.0 0.00818379
4096.0 0.01672765
8192.0 0.03437302
16384.0 0.07368483
32768.0 0.1410175
65536.0 0.2799193
131072.0 0.5368302
EOD
$line4 << EOD
512.0 0.003553359
1024.0 0.009143549
2048.0 0.02029791
4096.0 0.04286187
8192.0 0.09373723
16384.0 0.1866468
32768.0 0.375187
65536.0 0.7417519
EOD
$line5 << EOD
512.0 0.006010345
1024.0 0.01162123
2048.0 0.02233549
4096.0 0.04281426
8192.0 0.1192926
16384.0 0.1667449
32768.0 0.3493535
65536.0 0.7042395
EOD
$line6 << EOD
512.0 0.02156139
1024.0 0.04185824
2048.0 0.08202441
4096.0 0.1614418
8192.0 0.3219325
16384.0 0.6414989
32768.0 1.390699
EOD
$time_limit << EOD
65536.0 0.7073373
32768.0 1.219655
65536.0 0.7417519
65536.0 0.7042395
32768.0 1.390699
EOD
set title "Raw attention time vs L: FAVOR+ and the other efficient\nmechanisms (B=1, H=8, d=64) (pass=forward, causal=true)"
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
set output "timing-attention-time-efficient-pass=forward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "reformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-efficient-pass=forward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "reformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
