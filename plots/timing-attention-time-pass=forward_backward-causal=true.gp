# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.0200787
1024.0 0.06650798
2048.0 0.213195
4096.0 0.4511989
8192.0 2.845937
EOD
$line2 << EOD
512.0 0.01124173
1024.0 0.03420422
2048.0 0.1143897
4096.0 0.4172051
8192.0 1.58489
16384.0 6.051485
EOD
$line3 << EOD
512.0 0.000104536
1024.0 0.000262481
2048.0 0.000513134
4096.0 0.00167306
8192.0 0.003411488
16384.0 0.006700052
32768.0 0.01319524
65536.0 0.02692023
131072.0 0.04473895
EOD
$line4 << EOD
512.0 0.01685363
1024.0 0.03465114
2048.0 0.06441057
4096.0 0.1326811
8192.0 0.2619454
16384.0 0.5499029
32768.0 1.126075
65536.0 2.060876
EOD
$line5 << EOD
512.0 0.003302325
1024.0 0.006639902
2048.0 0.01379197
4096.0 0.02837781
8192.0 0.05826428
16384.0 0.1183434
32768.0 0.2503055
65536.0 0.4923967
131072.0 0.9451043
EOD
$line6 << EOD
512.0 0.0365321
1024.0 0.07194557
2048.0 0.1488399
4096.0 0.2922668
8192.0 0.5933329
16384.0 1.182018
32768.0 2.349043
EOD
$line7 << EOD
512.0 0.005367929
1024.0 0.011475
2048.0 0.02289484
4096.0 0.04846167
8192.0 0.09478804
16384.0 0.1849136
32768.0 0.3783192
65536.0 0.7372979
131072.0 1.474444
EOD
$line8 << EOD
512.0 0.009550876
1024.0 0.0239232
2048.0 0.05500963
4096.0 0.1162867
8192.0 0.255921
16384.0 0.5224533
32768.0 1.0043
65536.0 1.993883
EOD
$line9 << EOD
512.0 0.01384472
1024.0 0.02712671
2048.0 0.05351645
4096.0 0.1048107
8192.0 0.2097212
16384.0 0.4977354
32768.0 0.9608719
65536.0 1.771393
EOD
$line10 << EOD
512.0 0.05496672
1024.0 0.1046609
2048.0 0.2491326
4096.0 0.4383413
8192.0 0.8215044
16384.0 1.728575
32768.0 3.520201
EOD
$time_limit << EOD
8192.0 2.845937
16384.0 6.051485
65536.0 2.060876
32768.0 2.349043
65536.0 1.993883
65536.0 1.771393
32768.0 3.520201
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward\\_backward, causal=true)"
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
set output "timing-attention-time-pass=forward_backward-causal=true.png"
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
set output "timing-attention-time-pass=forward_backward-causal=true.svg"
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
