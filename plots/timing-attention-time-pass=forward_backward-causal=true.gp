# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01313244
1024.0 0.04223855
2048.0 0.1963548
4096.0 1.016105
8192.0 2.225619
EOD
$line2 << EOD
512.0 0.000170704
1024.0 0.000174048
2048.0 0.000607401
4096.0 0.001646892
8192.0 0.004228631
16384.0 0.007299846
32768.0 0.0141234
65536.0 0.03252458
131072.0 0.05200906
EOD
$line3 << EOD
512.0 0.02815717
1024.0 0.09949485
2048.0 0.1261187
4096.0 0.3691478
8192.0 0.6350682
16384.0 0.7995715
32768.0 1.691048
65536.0 4.68535
EOD
$line4 << EOD
512.0 0.008521919
1024.0 0.015278
2048.0 0.02967305
4096.0 0.05610934
8192.0 0.1763932
16384.0 0.2642475
32768.0 0.5993958
65536.0 1.041356
131072.0 1.82168
EOD
$line5 << EOD
512.0 0.07491939
1024.0 0.1109749
2048.0 0.3876026
4096.0 0.7605952
8192.0 0.9163163
16384.0 2.402057
EOD
$line6 << EOD
512.0 0.005446808
1024.0 0.01104702
2048.0 0.0399081
4096.0 0.08210682
8192.0 0.158367
16384.0 0.2128013
32768.0 0.4311895
65536.0 0.8749894
131072.0 1.767218
EOD
$line7 << EOD
512.0 0.01125167
1024.0 0.02967669
2048.0 0.06476538
4096.0 0.135157
8192.0 0.276974
16384.0 0.5781613
32768.0 1.1502
65536.0 2.352242
EOD
$memory_limit << EOD
8192.0 2.225619
EOD
$time_limit << EOD
65536.0 4.68535
16384.0 2.402057
65536.0 2.352242
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
set label 1 "memory limit" at first 8192.0, first 2.225619 offset character 1.5,-0.8 font ",9"
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
