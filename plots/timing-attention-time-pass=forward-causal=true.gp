# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.00353411
1024.0 0.01077776
2048.0 0.0396133
4096.0 0.1474885
8192.0 0.6063913
16384.0 3.767606
EOD
$line2 << EOD
512.0 0.002808951
1024.0 0.009188907
2048.0 0.03340915
4096.0 0.1283579
8192.0 0.4990092
16384.0 2.007288
EOD
$line3 << EOD
512.0 3.2889e-05
1024.0 4.409501e-05
2048.0 9.1717e-05
4096.0 0.000263612
8192.0 0.000985346
16384.0 0.001907839
32768.0 0.004216395
65536.0 0.01135308
131072.0 0.01919174
EOD
$line4 << EOD
512.0 0.007764056
1024.0 0.01336724
2048.0 0.02454322
4096.0 0.04695432
8192.0 0.1284865
16384.0 0.2186591
32768.0 0.384843
65536.0 0.7138333
EOD
$line5 << EOD
512.0 0.0011354
1024.0 0.00209618
2048.0 0.004304557
4096.0 0.009963089
8192.0 0.01789442
16384.0 0.04692355
32768.0 0.06926299
65536.0 0.1386427
131072.0 0.2750767
EOD
$line6 << EOD
512.0 0.005887042
1024.0 0.01044098
2048.0 0.02073454
4096.0 0.04044939
8192.0 0.08619635
16384.0 0.1687923
32768.0 0.3293817
65536.0 0.6537354
EOD
$memory_limit << EOD
16384.0 3.767606
EOD
$time_limit << EOD
16384.0 2.007288
65536.0 0.7138333
65536.0 0.6537354
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
set label 1 "memory budget" at first 16384.0, first 3.767606 offset character 1.5,-0.8 font ",9"
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
