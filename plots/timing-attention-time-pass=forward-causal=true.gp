# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.005183188
1024.0 0.01723149
2048.0 0.08020179
4096.0 0.2973796
8192.0 1.46791
EOD
$line2 << EOD
512.0 3.4841e-05
1024.0 6.6719e-05
2048.0 9.2076e-05
4096.0 0.000555904
8192.0 0.001076396
16384.0 0.002787214
32768.0 0.005525796
65536.0 0.01433906
131072.0 0.01960148
EOD
$line3 << EOD
512.0 0.01022668
1024.0 0.03610283
2048.0 0.06224156
4096.0 0.1210247
8192.0 0.263329
16384.0 0.548931
32768.0 0.6613827
65536.0 2.43288
EOD
$line4 << EOD
512.0 0.002485155
1024.0 0.005149118
2048.0 0.009490986
4096.0 0.01937596
8192.0 0.04238128
16384.0 0.09686439
32768.0 0.1743918
65536.0 0.3721404
131072.0 0.8107946
EOD
$line5 << EOD
512.0 0.03198437
1024.0 0.07536593
2048.0 0.1063249
4096.0 0.3359002
8192.0 0.7176306
16384.0 1.060795
EOD
$line6 << EOD
512.0 0.002204039
1024.0 0.004491511
2048.0 0.008685883
4096.0 0.02898062
8192.0 0.03925555
16384.0 0.0821099
32768.0 0.1584208
65536.0 0.311216
131072.0 0.6278623
EOD
$line7 << EOD
512.0 0.004494416
1024.0 0.01132442
2048.0 0.02515155
4096.0 0.05281535
8192.0 0.1077028
16384.0 0.2149048
32768.0 0.4628461
65536.0 0.9053131
EOD
$memory_limit << EOD
8192.0 1.46791
EOD
$time_limit << EOD
65536.0 2.43288
16384.0 1.060795
65536.0 0.9053131
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward, causal=true)"
set xlabel "sequence length L"
set ylabel "time (seconds, median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory limit" at first 8192.0, first 1.46791 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "identity", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig", \
     $line6 using 1:2 with linespoints linestyle 6 title "local", \
     $line7 using 1:2 with linespoints linestyle 7 title "block-sparse", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "identity", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig", \
     $line6 using 1:2 with linespoints linestyle 6 title "local", \
     $line7 using 1:2 with linespoints linestyle 7 title "block-sparse", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
unset output
