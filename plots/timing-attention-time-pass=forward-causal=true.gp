# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.007810145
1024.0 0.02662163
2048.0 0.0819178
4096.0 0.2887221
8192.0 1.11047
EOD
$line2 << EOD
512.0 0.002951453
1024.0 0.009535002
2048.0 0.03340966
4096.0 0.126346
8192.0 0.4950852
16384.0 1.981891
EOD
$line3 << EOD
512.0 3.1797e-05
1024.0 4.5507e-05
2048.0 9.0414e-05
4096.0 0.000318884
8192.0 0.001000189
16384.0 0.002208487
32768.0 0.00489073
65536.0 0.009638255
131072.0 0.01935072
EOD
$line4 << EOD
512.0 0.007595125
1024.0 0.01301158
2048.0 0.02447365
4096.0 0.04537801
8192.0 0.1250118
16384.0 0.2281021
32768.0 0.3684744
65536.0 0.7294271
EOD
$line5 << EOD
512.0 0.001112726
1024.0 0.002111573
2048.0 0.004236055
4096.0 0.008627791
8192.0 0.01747523
16384.0 0.07118089
32768.0 0.07390469
65536.0 0.1449268
131072.0 0.2917573
EOD
$line6 << EOD
512.0 0.005832551
1024.0 0.01116
2048.0 0.02190801
4096.0 0.04652322
8192.0 0.1171669
16384.0 0.1657568
32768.0 0.3366066
65536.0 0.6592675
EOD
$time_limit << EOD
8192.0 1.11047
16384.0 1.981891
65536.0 0.7294271
65536.0 0.6592675
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
