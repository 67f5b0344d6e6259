# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.007742664
1024.0 0.02578669
2048.0 0.08112061
4096.0 0.2957595
8192.0 1.130086
EOD
$line2 << EOD
512.0 0.002739377
1024.0 0.008972645
2048.0 0.03282199
4096.0 0.1273477
8192.0 0.4978857
16384.0 1.964296
EOD
$line3 << EOD
512.0 2.2474e-05
1024.0 4.4917e-05
2048.0 9.1966e-05
4096.0 0.000258685
8192.0 0.000802925
16384.0 0.00205582
32768.0 0.004438867
65536.0 0.008984452
131072.0 0.01968812
EOD
$line4 << EOD
512.0 0.007107168
1024.0 0.01254586
2048.0 0.02348938
4096.0 0.04566082
8192.0 0.1192167
16384.0 0.2496815
32768.0 0.3665138
65536.0 0.7073373
EOD
$line5 << EOD
512.0 0.001163021
1024.0 0.002083742
2048.0 0.004115686
4096.0 0.008227966
8192.0 0.016839
16384.0 0.04958093
32768.0 0.06805696
65536.0 0.1375631
131072.0 0.2842546
EOD
$line6 << EOD
512.0 0.006010345
1024.0 0.01162123
2048.0 0.02233549
4096.0 0.04281426
8192.0 0.1192926
16384.0 0.1667449
32768.0 0.3493535
65536.0 0.7042395
EOD
$time_limit << EOD
8192.0 1.130086
16384.0 1.964296
65536.0 0.7073373
65536.0 0.7042395
EOD
set title "Raw attention time vs L: exact, FAVOR+ and Reformer (B=1, H=8, d=64) (pass=forward, causal=true)"
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
set output "timing-attention-time-pass=forward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
