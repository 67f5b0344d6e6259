# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01147588
1024.0 0.02059952
2048.0 0.03842186
4096.0 0.07245251
8192.0 0.1512944
16384.0 0.3097007
32768.0 0.6304049
65536.0 1.241457
131072.0 2.459896
EOD
$line2 << EOD
512.0 0.02744396
1024.0 0.051904
2048.0 0.1036711
4096.0 0.2062359
8192.0 0.4196211
16384.0 0.8202412
32768.0 1.662627
65536.0 3.283798
EOD
$line3 << EOD
512.0 0.008629193
1024.0 0.01887742
2048.0 0.03988186
4096.0 0.08165423
8192.0 0.1683795
16384.0 0.3430391
32768.0 0.6802565
65536.0 1.312761
131072.0 2.630984
EOD
$line4 << EOD
512.0 0.01792714
1024.0 0.04013958
2048.0 0.08452802
4096.0 0.178354
8192.0 0.3633627
16384.0 0.7365865
32768.0 1.501038
65536.0 3.042158
EOD
$line5 << EOD
512.0 0.01269732
1024.0 0.02555533
2048.0 0.050072
4096.0 0.09918477
8192.0 0.2020047
16384.0 0.4230083
32768.0 0.863333
65536.0 2.199391
EOD
$line6 << EOD
512.0 0.01556808
1024.0 0.02827236
2048.0 0.05459667
4096.0 0.1080965
8192.0 0.2213908
16384.0 0.461207
32768.0 0.9166595
65536.0 1.827167
EOD
$line7 << EOD
512.0 0.05269132
1024.0 0.09920759
2048.0 0.1983041
4096.0 0.3985879
8192.0 0.8222193
16384.0 1.667494
32768.0 3.445007
EOD
$time_limit << EOD
65536.0 3.283798
65536.0 3.042158
65536.0 2.199391
65536.0 1.827167
32768.0 3.445007
EOD
set title "Raw attention time vs L: FAVOR+ and the other efficient\nmechanisms (B=1, H=8, d=64) (pass=forward\\_backward, causal=false)"
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
set output "timing-attention-time-efficient-pass=forward_backward-causal=false.png"
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
set output "timing-attention-time-efficient-pass=forward_backward-causal=false.svg"
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
