# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.003678769
1024.0 0.01235916
2048.0 0.05311989
4096.0 0.2169672
8192.0 0.8773622
EOD
$line2 << EOD
512.0 0.00265555
1024.0 0.01065464
2048.0 0.04231374
4096.0 0.1714141
8192.0 0.6877307
16384.0 2.806969
EOD
$line3 << EOD
512.0 3.7286e-05
1024.0 0.000151408
2048.0 0.00030377
4096.0 0.000608499
8192.0 0.001239994
16384.0 0.003273793
32768.0 0.009130928
65536.0 0.01142874
131072.0 0.02330122
EOD
$line4 << EOD
512.0 0.005552125
1024.0 0.008686103
2048.0 0.0147386
4096.0 0.02765155
8192.0 0.05732181
16384.0 0.1061154
32768.0 0.2745784
65536.0 0.4109488
EOD
$line5 << EOD
512.0 0.000877608
1024.0 0.001697378
2048.0 0.003248197
4096.0 0.00644461
8192.0 0.01356565
16384.0 0.02858528
32768.0 0.08933843
65536.0 0.1111211
131072.0 0.2284379
EOD
$line6 << EOD
512.0 0.007660209
1024.0 0.01312909
2048.0 0.02508876
4096.0 0.05098576
8192.0 0.1080967
16384.0 0.2111356
32768.0 0.427688
65536.0 0.8355822
EOD
$time_limit << EOD
8192.0 0.8773622
16384.0 2.806969
65536.0 0.4109488
65536.0 0.8355822
EOD
set title "Raw attention time vs L: exact, FAVOR+ and Reformer (B=1, H=8, d=64) (pass=forward, causal=false)"
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
set output "timing-attention-time-pass=forward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
