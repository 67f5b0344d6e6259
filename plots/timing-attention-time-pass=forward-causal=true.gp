# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.007864866
1024.0 0.02573058
2048.0 0.08077753
4096.0 0.2081534
8192.0 1.127094
EOD
$line2 << EOD
512.0 0.002840838
1024.0 0.009268205
2048.0 0.03424166
4096.0 0.1301707
8192.0 0.5091078
16384.0 2.020253
EOD
$line3 << EOD
512.0 2.5818e-05
1024.0 5.2598e-05
2048.0 9.4771e-05
4096.0 0.000344583
8192.0 0.000735355
16384.0 0.00219035
32768.0 0.004809318
65536.0 0.01085084
131072.0 0.02430546
EOD
$line4 << EOD
512.0 0.007070194
1024.0 0.01350324
2048.0 0.0238506
4096.0 0.04586797
8192.0 0.1007163
16384.0 0.1817638
32768.0 0.3573078
65536.0 0.7078795
EOD
$line5 << EOD
512.0 0.001120287
1024.0 0.002157822
2048.0 0.004379238
4096.0 0.00870692
8192.0 0.01899005
16384.0 0.0707694
32768.0 0.1042431
65536.0 0.1614731
131072.0 0.2973464
EOD
$line6 << EOD
512.0 0.02022835
1024.0 0.03953644
2048.0 0.0764395
4096.0 0.1615706
8192.0 0.3028978
16384.0 0.6059622
32768.0 1.205233
EOD
$line7 << EOD
512.0 0.001957845
1024.0 0.004514549
2048.0 0.008286163
4096.0 0.01680913
8192.0 0.0337684
16384.0 0.06749438
32768.0 0.1355664
65536.0 0.2715984
131072.0 0.5506331
EOD
$line8 << EOD
512.0 0.003831553
1024.0 0.009187625
2048.0 0.0206727
4096.0 0.04349297
8192.0 0.09193714
16384.0 0.1980471
32768.0 0.3753698
65536.0 0.7542399
EOD
$line9 << EOD
512.0 0.00604689
1024.0 0.01166028
2048.0 0.02247202
4096.0 0.04527227
8192.0 0.1185625
16384.0 0.1984459
32768.0 0.3345614
65536.0 0.6628477
EOD
$line10 << EOD
512.0 0.0231132
1024.0 0.04307698
2048.0 0.08235441
4096.0 0.1653186
8192.0 0.3356173
16384.0 0.6449201
32768.0 1.339923
EOD
$time_limit << EOD
8192.0 1.127094
16384.0 2.020253
65536.0 0.7078795
32768.0 1.205233
65536.0 0.7542399
65536.0 0.6628477
32768.0 1.339923
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward, causal=true)"
set xlabel "sequence length L"
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
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set linestyle 8 linecolor rgb "#7f7f7f" linewidth 2 pointtype 11
set linestyle 9 linecolor rgb "#bcbd22" linewidth 2 pointtype 5
set linestyle 10 linecolor rgb "#17becf" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $line9 using 1:2 with linespoints linestyle 9 title "reformer", \
     $line10 using 1:2 with linespoints linestyle 10 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $line9 using 1:2 with linespoints linestyle 9 title "reformer", \
     $line10 using 1:2 with linespoints linestyle 10 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
