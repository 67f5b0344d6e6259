# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.005552125
1024.0 0.008686103
2048.0 0.0147386
4096.0 0.02765155
8192.0 0.05732181
16384.0 0.1061154
32768.0 0.2745784
65536.0 0.4109488
EOD
$line2 << EOD
512.0 0.02140348
1024.0 0.03941665
2048.0 0.07854201
4096.0 0.2247945
8192.0 0.3737434
16384.0 0.5993072
32768.0 1.227048
EOD
$line3 << EOD
512.0 0.003597637
1024.0 0.007563598
2048.0 0.01990292
4096.0 0.0321054
8192.0 0.06401885
16384.0 0.1308341
32768.0 0.2630571
65536.0 0.5276268
131072.0 1.0416
EOD
$line4 << EOD
512.0 0.006837372
1024.0 0.01474558
2048.0 0.03223364
4096.0 0.06598909
8192.0 0.1356538
16384.0 0.2748802
32768.0 0.5584479
65536.0 1.162949
EOD
$line5 << EOD
512.0 0.006638183
1024.0 0.01138225
2048.0 0.01484347
4096.0 0.02846553
8192.0 0.0642576
16384.0 0.115131
32768.0 0.2128826
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
$line7 << EOD
512.0 0.02445516
1024.0 0.05251229
2048.0 0.1006166
4096.0 0.2013077
8192.0 0.3941224
16384.0 0.8133123
EOD
$time_limit << EOD
65536.0 0.4109488
32768.0 1.227048
65536.0 1.162949
32768.0 0.2128826
65536.0 0.8355822
16384.0 0.8133123
EOD
set title "Raw attention time vs L: FAVOR+ and the other efficient\nmechanisms (B=1, H=8, d=64) (pass=forward, causal=false)"
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
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-efficient-pass=forward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "linformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $line7 using 1:2 with linespoints linestyle 7 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-efficient-pass=forward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "linformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $line7 using 1:2 with linespoints linestyle 7 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
