# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.02049701
1024.0 0.06455998
2048.0 0.2109308
4096.0 0.770893
8192.0 2.879443
EOD
$line2 << EOD
512.0 0.0115275
1024.0 0.03475363
2048.0 0.1158716
4096.0 0.4193921
8192.0 1.559942
16384.0 6.060192
EOD
$line3 << EOD
512.0 0.000139607
1024.0 0.000169331
2048.0 0.000625797
4096.0 0.001655104
8192.0 0.003802257
16384.0 0.00672554
32768.0 0.01353191
65536.0 0.02414425
131072.0 0.04747199
EOD
$line4 << EOD
512.0 0.01775409
1024.0 0.0335309
2048.0 0.06752675
4096.0 0.1341204
8192.0 0.2660149
16384.0 0.5446821
32768.0 1.061654
65536.0 2.120003
EOD
$line5 << EOD
512.0 0.003581479
1024.0 0.007307302
2048.0 0.01528866
4096.0 0.03158241
8192.0 0.07452189
16384.0 0.1257366
32768.0 0.2603119
65536.0 0.5430934
131072.0 1.110112
EOD
$line6 << EOD
512.0 0.03676659
1024.0 0.0741326
2048.0 0.1482686
4096.0 0.2972937
8192.0 0.6106767
16384.0 1.207446
32768.0 2.397734
EOD
$line7 << EOD
512.0 0.005388057
1024.0 0.01252746
2048.0 0.0222314
4096.0 0.04612383
8192.0 0.0916717
16384.0 0.1912561
32768.0 0.3678063
65536.0 0.8531329
131072.0 1.479935
EOD
$line8 << EOD
512.0 0.00932943
1024.0 0.02422526
2048.0 0.05439764
4096.0 0.111849
8192.0 0.2344061
16384.0 0.535878
32768.0 0.9785126
65536.0 1.986052
EOD
$time_limit << EOD
8192.0 2.879443
16384.0 6.060192
65536.0 2.120003
32768.0 2.397734
65536.0 1.986052
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
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
