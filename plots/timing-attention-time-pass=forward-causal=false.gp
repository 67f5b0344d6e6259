# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.004878081
1024.0 0.0188852
2048.0 0.07418666
4096.0 0.4525781
8192.0 1.859014
EOD
$line2 << EOD
512.0 0.007634884
1024.0 0.01559357
2048.0 0.06290427
4096.0 0.2465814
8192.0 1.017564
EOD
$line3 << EOD
512.0 3.2829e-05
1024.0 4.5057e-05
2048.0 0.000121251
4096.0 0.000284614
8192.0 0.00085298
16384.0 0.001991464
32768.0 0.004248223
65536.0 0.009888868
131072.0 0.01895193
EOD
$line4 << EOD
512.0 0.005915345
1024.0 0.009736632
2048.0 0.01729902
4096.0 0.03240707
8192.0 0.06335518
16384.0 0.1290179
32768.0 0.2497705
65536.0 0.5013
131072.0 0.9884705
EOD
$line5 << EOD
512.0 0.000741063
1024.0 0.001457369
2048.0 0.002964142
4096.0 0.006004627
8192.0 0.01191461
16384.0 0.023828
32768.0 0.04801925
65536.0 0.09599384
131072.0 0.1935023
EOD
$line6 << EOD
512.0 0.0183632
1024.0 0.03447737
2048.0 0.06654745
4096.0 0.1400984
8192.0 0.2769506
16384.0 0.5609691
32768.0 1.048335
65536.0 2.100373
EOD
$line7 << EOD
512.0 0.003323556
1024.0 0.007006359
2048.0 0.0147061
4096.0 0.03015337
8192.0 0.06126679
16384.0 0.1260485
32768.0 0.2496593
65536.0 0.5099149
131072.0 1.022589
EOD
$line8 << EOD
512.0 0.006624971
1024.0 0.0151826
2048.0 0.0325864
4096.0 0.06567934
8192.0 0.136033
16384.0 0.2846339
32768.0 0.5791398
65536.0 1.156615
EOD
$line9 << EOD
512.0 0.004611895
1024.0 0.008972916
2048.0 0.01657621
4096.0 0.03427955
8192.0 0.08580432
16384.0 0.1508705
32768.0 0.4267115
65536.0 0.8474588
EOD
$line10 << EOD
512.0 0.006068482
1024.0 0.01066386
2048.0 0.0216881
4096.0 0.04174322
8192.0 0.1052721
16384.0 0.1655306
32768.0 0.3357642
65536.0 0.7037206
EOD
$line11 << EOD
512.0 0.01961008
1024.0 0.03870718
2048.0 0.07927939
4096.0 0.1587065
8192.0 0.3179975
16384.0 0.6561128
32768.0 1.330808
EOD
$time_limit << EOD
8192.0 1.859014
8192.0 1.017564
65536.0 2.100373
65536.0 1.156615
65536.0 0.8474588
65536.0 0.7037206
32768.0 1.330808
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward, causal=false)"
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
set linestyle 11 linecolor rgb "#1f77b4" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $line9 using 1:2 with linespoints linestyle 9 title "linformer", \
     $line10 using 1:2 with linespoints linestyle 10 title "reformer", \
     $line11 using 1:2 with linespoints linestyle 11 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $line9 using 1:2 with linespoints linestyle 9 title "linformer", \
     $line10 using 1:2 with linespoints linestyle 10 title "reformer", \
     $line11 using 1:2 with linespoints linestyle 11 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
