# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.004055727
1024.0 0.01497335
2048.0 0.05356604
4096.0 0.2024349
8192.0 1.118178
EOD
$line2 << EOD
512.0 0.002615102
1024.0 0.008896401
2048.0 0.03315829
4096.0 0.1240242
8192.0 0.4983879
16384.0 1.935515
EOD
$line3 << EOD
512.0 3.3861e-05
1024.0 7.1116e-05
2048.0 8.9723e-05
4096.0 0.000257053
8192.0 0.000969433
16384.0 0.002035289
32768.0 0.004466848
65536.0 0.00900951
131072.0 0.01999448
EOD
$line4 << EOD
512.0 0.007056573
1024.0 0.01204662
2048.0 0.02277202
4096.0 0.04468515
8192.0 0.1248365
16384.0 0.2508812
32768.0 0.3631875
65536.0 0.7089372
EOD
$line5 << EOD
512.0 0.001133587
1024.0 0.002137371
2048.0 0.004202265
4096.0 0.008058554
8192.0 0.01648238
16384.0 0.0343679
32768.0 0.06870475
65536.0 0.1372884
131072.0 0.2906079
EOD
$line6 << EOD
512.0 0.005961564
1024.0 0.01140457
2048.0 0.02220958
4096.0 0.04348451
8192.0 0.1225017
16384.0 0.1748252
32768.0 0.3505749
65536.0 0.7075426
EOD
$time_limit << EOD
8192.0 1.118178
16384.0 1.935515
65536.0 0.7089372
65536.0 0.7075426
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
