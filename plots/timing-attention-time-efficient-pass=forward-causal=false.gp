# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.006031397
1024.0 0.00976196
2048.0 0.01734077
4096.0 0.03245117
8192.0 0.06280854
16384.0 0.1254372
32768.0 0.251885
65536.0 0.5016272
131072.0 0.9872955
EOD
$line2 << EOD
512.0 0.01911934
1024.0 0.03579239
2048.0 0.066908
4096.0 0.1330776
8192.0 0.2662626
16384.0 0.5305377
32768.0 1.046874
65536.0 2.08558
EOD
$line3 << EOD
512.0 0.003244359
1024.0 0.007143282
2048.0 0.01717399
4096.0 0.03053356
8192.0 0.06107069
16384.0 0.1241234
32768.0 0.2508363
65536.0 0.5018865
131072.0 0.9939731
EOD
$line4 << EOD
512.0 0.006536759
1024.0 0.01557191
2048.0 0.03224658
4096.0 0.06627805
8192.0 0.1367823
16384.0 0.2861909
32768.0 0.5696738
65536.0 1.146028
EOD
$line5 << EOD
512.0 0.004619565
1024.0 0.008950132
2048.0 0.01844122
4096.0 0.03572008
8192.0 0.07246398
16384.0 0.1521233
32768.0 0.3072098
65536.0 0.8209628
EOD
$line6 << EOD
512.0 0.006013881
1024.0 0.01257425
2048.0 0.02168185
4096.0 0.04375159
8192.0 0.1219108
16384.0 0.1766116
32768.0 0.3531472
65536.0 0.7117995
EOD
$line7 << EOD
512.0 0.02076119
1024.0 0.04098817
2048.0 0.08065967
4096.0 0.1595351
8192.0 0.3202828
16384.0 0.6478373
32768.0 1.318232
EOD
$time_limit << EOD
65536.0 2.08558
65536.0 1.146028
65536.0 0.8209628
65536.0 0.7117995
32768.0 1.318232
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
