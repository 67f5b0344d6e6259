# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.02046222
1024.0 0.06551932
2048.0 0.211695
4096.0 0.7741472
8192.0 2.834327
EOD
$line2 << EOD
512.0 6.7751e-05
1024.0 0.000192656
2048.0 0.000499932
4096.0 0.001562016
8192.0 0.003503887
16384.0 0.005598493
32768.0 0.01171755
65536.0 0.02842188
131072.0 0.04561678
EOD
$line3 << EOD
512.0 0.02190089
1024.0 0.04144969
2048.0 0.08135295
4096.0 0.1636024
8192.0 0.3232588
16384.0 0.6694954
32768.0 1.327259
65536.0 3.029979
EOD
$line4 << EOD
512.0 0.008714515
1024.0 0.01676431
2048.0 0.03414947
4096.0 0.06346761
8192.0 0.1603014
16384.0 0.2621101
32768.0 0.5049067
65536.0 0.9102338
131072.0 1.744834
EOD
$line5 << EOD
512.0 0.09071057
1024.0 0.1769623
2048.0 0.3312735
4096.0 0.4350456
8192.0 1.232758
16384.0 1.699569
32768.0 3.160841
EOD
$line6 << EOD
512.0 0.004847359
1024.0 0.01032456
2048.0 0.0218838
4096.0 0.04489451
8192.0 0.09040977
16384.0 0.1864517
32768.0 0.3636734
65536.0 0.7515832
131072.0 1.464775
EOD
$line7 << EOD
512.0 0.009357048
1024.0 0.02379524
2048.0 0.05317646
4096.0 0.112452
8192.0 0.2301065
16384.0 0.480273
32768.0 0.9779094
65536.0 2.045442
EOD
$memory_limit << EOD
8192.0 2.834327
EOD
$time_limit << EOD
65536.0 3.029979
32768.0 3.160841
65536.0 2.045442
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward\\_backward, causal=true)"
set xlabel "sequence length L"
set ylabel "time (seconds, median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory limit" at first 8192.0, first 2.834327 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward_backward-causal=true.png"
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
set output "timing-attention-time-pass=forward_backward-causal=true.svg"
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
