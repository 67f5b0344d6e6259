# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.02056586
1024.0 0.06492965
2048.0 0.2090235
4096.0 0.7752912
8192.0 2.857302
EOD
$line2 << EOD
512.0 0.01405562
1024.0 0.03723492
2048.0 0.1103155
4096.0 0.4029798
8192.0 1.529856
16384.0 5.935866
EOD
$line3 << EOD
512.0 0.000120599
1024.0 0.000167539
2048.0 0.000525202
4096.0 0.001587713
8192.0 0.003505197
16384.0 0.006124646
32768.0 0.01301969
65536.0 0.02114761
131072.0 0.04570399
EOD
$line4 << EOD
512.0 0.01742476
1024.0 0.03214929
2048.0 0.06811236
4096.0 0.1266771
8192.0 0.2539875
16384.0 0.5956993
32768.0 1.017635
65536.0 2.034217
EOD
$line5 << EOD
512.0 0.003256186
1024.0 0.006676357
2048.0 0.01364558
4096.0 0.02874889
8192.0 0.05682076
16384.0 0.1154942
32768.0 0.2391305
65536.0 0.4733855
131072.0 0.9642352
EOD
$line6 << EOD
512.0 0.01554599
1024.0 0.02922222
2048.0 0.05481482
4096.0 0.1059576
8192.0 0.212603
16384.0 0.42788
32768.0 0.8776607
65536.0 1.765435
EOD
$time_limit << EOD
8192.0 2.857302
16384.0 5.935866
65536.0 2.034217
65536.0 1.765435
EOD
set title "Raw attention time vs L: exact, FAVOR+ and Reformer (B=1, H=8, d=64) (pass=forward\\_backward, causal=true)"
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
set output "timing-attention-time-pass=forward_backward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward_backward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
