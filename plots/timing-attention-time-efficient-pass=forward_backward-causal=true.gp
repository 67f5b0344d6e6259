# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01587206
1024.0 0.03121457
2048.0 0.0614316
4096.0 0.1239949
8192.0 0.2560991
16384.0 0.5466516
32768.0 1.040322
65536.0 2.101226
EOD
$line2 << EOD
512.0 0.0379638
1024.0 0.07432334
2048.0 0.1465168
4096.0 0.2981567
8192.0 0.6254145
16384.0 1.174271
32768.0 2.358376
EOD
$line3 << EOD
512.0 0.004853204
1024.0 0.01070392
2048.0 0.02220723
4096.0 0.04495891
8192.0 0.09028375
16384.0 0.181429
32768.0 0.365003
65536.0 0.7406355
131072.0 1.454482
EOD
$line4 << EOD
512.0 0.009127476
1024.0 0.02337405
2048.0 0.05314429
4096.0 0.110326
8192.0 0.229236
16384.0 0.4723351
32768.0 0.9620369
65536.0 1.95714
EOD
$line5 << EOD
512.0 0.01566301
1024.0 0.02971688
2048.0 0.05787415
4096.0 0.1089909
8192.0 0.2185355
16384.0 0.4450452
32768.0 0.904711
65536.0 1.814096
EOD
$line6 << EOD
512.0 0.05320178
1024.0 0.10351
2048.0 0.240992
4096.0 0.4192683
8192.0 0.8014428
16384.0 1.700651
32768.0 3.435415
EOD
$time_limit << EOD
65536.0 2.101226
32768.0 2.358376
65536.0 1.95714
65536.0 1.814096
32768.0 3.435415
EOD
set title "Raw attention time vs L: FAVOR+ and the other efficient\nmechanisms (B=1, H=8, d=64) (pass=forward\\_backward, causal=true)"
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
set output "timing-attention-time-efficient-pass=forward_backward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "reformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-efficient-pass=forward_backward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "reformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
