# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.005103246
1024.0 0.02101632
2048.0 0.07972322
4096.0 0.3199046
8192.0 1.953321
EOD
$line2 << EOD
512.0 0.00730301
1024.0 0.01531383
2048.0 0.06156093
4096.0 0.3386931
8192.0 0.9781276
EOD
$line3 << EOD
512.0 3.323e-05
1024.0 7.1666e-05
2048.0 9.1536e-05
4096.0 0.000246377
8192.0 0.000763496
16384.0 0.001799268
32768.0 0.004045381
65536.0 0.009717373
131072.0 0.02049167
EOD
$line4 << EOD
512.0 0.005732412
1024.0 0.00947377
2048.0 0.01718011
4096.0 0.0321464
8192.0 0.06315311
16384.0 0.123997
32768.0 0.2471606
65536.0 0.4960004
131072.0 0.9853068
EOD
$line5 << EOD
512.0 0.000747964
1024.0 0.001414646
2048.0 0.003134064
4096.0 0.00617389
8192.0 0.0119609
16384.0 0.0236714
32768.0 0.0506906
65536.0 0.09570788
131072.0 0.1909009
EOD
$line6 << EOD
512.0 0.009562222
1024.0 0.009889359
2048.0 0.02002372
4096.0 0.04026958
8192.0 0.08494683
16384.0 0.167205
32768.0 0.3306087
65536.0 0.6738262
EOD
$time_limit << EOD
8192.0 1.953321
8192.0 0.9781276
65536.0 0.6738262
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
