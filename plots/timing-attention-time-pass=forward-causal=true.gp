# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.002996778
1024.0 0.008898623
2048.0 0.03966688
4096.0 0.1387411
8192.0 0.5183996
16384.0 5.075377
EOD
$line2 << EOD
512.0 0.002459393
1024.0 0.007577339
2048.0 0.02546031
4096.0 0.09389248
8192.0 0.3767233
16384.0 1.442261
EOD
$line3 << EOD
512.0 5.7248e-05
1024.0 0.000148331
2048.0 0.000300036
4096.0 0.000602846
8192.0 0.001219615
16384.0 0.003279897
32768.0 0.008232154
65536.0 0.01193449
131072.0 0.02369898
EOD
$line4 << EOD
512.0 0.006703335
1024.0 0.01141767
2048.0 0.02016065
4096.0 0.03991876
8192.0 0.1144592
16384.0 0.1936065
32768.0 0.3095991
65536.0 0.623345
EOD
$line5 << EOD
512.0 0.001423678
1024.0 0.00268661
2048.0 0.004829175
4096.0 0.00971533
8192.0 0.01918184
16384.0 0.03702466
32768.0 0.07446433
65536.0 0.157877
131072.0 0.3559287
EOD
$line6 << EOD
512.0 0.007884915
1024.0 0.01505327
2048.0 0.02502957
4096.0 0.06427579
8192.0 0.123621
16384.0 0.2129882
32768.0 0.4036079
65536.0 0.8149979
EOD
$memory_limit << EOD
16384.0 5.075377
EOD
$time_limit << EOD
16384.0 1.442261
65536.0 0.623345
65536.0 0.8149979
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
set label 1 "memory budget" at first 16384.0, first 5.075377 offset character 1.5,-0.8 font ",9"
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
