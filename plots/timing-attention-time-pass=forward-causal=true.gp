# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.007957404
1024.0 0.02596837
2048.0 0.08150786
4096.0 0.2561867
8192.0 1.126161
16384.0 5.755743
EOD
$line2 << EOD
512.0 0.003041918
1024.0 0.009193644
2048.0 0.03279186
4096.0 0.1266431
8192.0 0.4965626
16384.0 1.952426
EOD
$line3 << EOD
512.0 3.6704e-05
1024.0 6.706e-05
2048.0 9.0134e-05
4096.0 0.000233608
8192.0 0.001022141
16384.0 0.001843284
32768.0 0.004516823
65536.0 0.009813867
131072.0 0.01986231
EOD
$line4 << EOD
512.0 0.00704747
1024.0 0.01209937
2048.0 0.02287229
4096.0 0.04486276
8192.0 0.1252951
16384.0 0.2278932
32768.0 0.3565598
65536.0 0.7161752
EOD
$line5 << EOD
512.0 0.001087538
1024.0 0.002145323
2048.0 0.004111679
4096.0 0.008668232
8192.0 0.01674658
16384.0 0.06021353
32768.0 0.06924762
65536.0 0.1354195
131072.0 0.2768421
EOD
$line6 << EOD
512.0 0.005969345
1024.0 0.01083129
2048.0 0.02212384
4096.0 0.0431798
8192.0 0.1224252
16384.0 0.2106504
32768.0 0.3560774
65536.0 0.6965109
EOD
$memory_limit << EOD
16384.0 5.755743
EOD
$time_limit << EOD
16384.0 1.952426
65536.0 0.7161752
65536.0 0.6965109
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
set label 1 "memory budget" at first 16384.0, first 5.755743 offset character 1.5,-0.8 font ",9"
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
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
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
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
