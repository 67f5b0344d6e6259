# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.006363742
1024.0 0.01045427
2048.0 0.01756975
4096.0 0.03231233
8192.0 0.06270179
16384.0 0.1232199
32768.0 0.2471287
65536.0 0.4922307
131072.0 0.9823825
EOD
$line2 << EOD
512.0 0.018799
1024.0 0.03479949
2048.0 0.06661445
4096.0 0.1322198
8192.0 0.2606952
16384.0 0.5219259
32768.0 1.040634
65536.0 2.091708
EOD
$line3 << EOD
512.0 0.003291368
1024.0 0.007297992
2048.0 0.01516089
4096.0 0.03075303
8192.0 0.06182308
16384.0 0.1257425
32768.0 0.2464326
65536.0 0.496244
131072.0 0.9942661
EOD
$line4 << EOD
512.0 0.006505933
1024.0 0.01496486
2048.0 0.03190843
4096.0 0.0658073
8192.0 0.1356522
16384.0 0.2752612
32768.0 0.5774175
65536.0 1.156414
EOD
$line5 << EOD
512.0 0.004267922
1024.0 0.008502285
2048.0 0.01662114
4096.0 0.03620227
8192.0 0.06656435
16384.0 0.1529014
32768.0 0.3113339
65536.0 0.6117719
EOD
$line6 << EOD
512.0 0.01018537
1024.0 0.01035488
2048.0 0.02089363
4096.0 0.04165556
8192.0 0.1226579
16384.0 0.1834708
32768.0 0.356149
65536.0 0.7156005
EOD
$line7 << EOD
512.0 0.02077315
1024.0 0.04125678
2048.0 0.08329219
4096.0 0.1634287
8192.0 0.3349301
16384.0 0.6791889
32768.0 1.347046
EOD
$time_limit << EOD
65536.0 2.091708
65536.0 1.156414
65536.0 0.6117719
65536.0 0.7156005
32768.0 1.347046
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
