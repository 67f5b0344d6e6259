# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01742476
1024.0 0.03214929
2048.0 0.06811236
4096.0 0.1266771
8192.0 0.2539875
16384.0 0.5956993
32768.0 1.017635
65536.0 2.034217
EOD
$line2 << EOD
512.0 0.03639889
1024.0 0.0718382
2048.0 0.1507957
4096.0 0.2896936
8192.0 0.5852213
16384.0 1.168447
32768.0 2.323336
EOD
$line3 << EOD
512.0 0.005307029
1024.0 0.01114672
2048.0 0.02278294
4096.0 0.04589028
8192.0 0.09223469
16384.0 0.1814998
32768.0 0.3674584
65536.0 0.7285292
131072.0 1.464928
EOD
$line4 << EOD
512.0 0.009098102
1024.0 0.02318925
2048.0 0.05284296
4096.0 0.1109643
8192.0 0.2295793
16384.0 0.4656942
32768.0 0.9583838
65536.0 1.969065
EOD
$line5 << EOD
512.0 0.01554599
1024.0 0.02922222
2048.0 0.05481482
4096.0 0.1059576
8192.0 0.212603
16384.0 0.42788
32768.0 0.8776607
65536.0 1.765435
EOD
$line6 << EOD
512.0 0.05174823
1024.0 0.1022838
2048.0 0.2081457
4096.0 0.3959068
8192.0 0.7837905
16384.0 1.615954
32768.0 3.358479
EOD
$time_limit << EOD
65536.0 2.034217
32768.0 2.323336
65536.0 1.969065
65536.0 1.765435
32768.0 3.358479
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
