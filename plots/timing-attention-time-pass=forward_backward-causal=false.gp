# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01313874
1024.0 0.05439063
2048.0 0.3497509
4096.0 1.339052
8192.0 5.212085
EOD
$line2 << EOD
512.0 0.01818909
1024.0 0.04672369
2048.0 0.1874733
4096.0 0.7329215
8192.0 2.908407
EOD
$line3 << EOD
512.0 7.1446e-05
1024.0 0.000151275
2048.0 0.000485843
4096.0 0.001502827
8192.0 0.00348054
16384.0 0.005654436
32768.0 0.01136197
65536.0 0.02408627
131072.0 0.04610538
EOD
$line4 << EOD
512.0 0.01067152
1024.0 0.01966614
2048.0 0.03746647
4096.0 0.07765403
8192.0 0.1641975
16384.0 0.3090442
32768.0 0.6161943
65536.0 1.238595
131072.0 2.480039
EOD
$line5 << EOD
512.0 0.002024163
1024.0 0.003882519
2048.0 0.007414947
4096.0 0.01638562
8192.0 0.03132982
16384.0 0.06291103
32768.0 0.129762
65536.0 0.2638467
131072.0 0.5036716
EOD
$line6 << EOD
512.0 0.01231321
1024.0 0.0252151
2048.0 0.05168282
4096.0 0.1033365
8192.0 0.2073951
16384.0 0.4215469
32768.0 0.891228
65536.0 1.858182
EOD
$time_limit << EOD
8192.0 5.212085
8192.0 2.908407
65536.0 1.858182
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
