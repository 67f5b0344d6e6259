# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.005467395
1024.0 0.02416835
2048.0 0.09050609
4096.0 0.4895596
8192.0 1.949192
EOD
$line2 << EOD
512.0 0.008183701
1024.0 0.01638387
2048.0 0.06819881
4096.0 0.2653194
8192.0 1.073326
EOD
$line3 << EOD
512.0 2.3505e-05
1024.0 4.6439e-05
2048.0 9.7224e-05
4096.0 0.000448465
8192.0 0.000993072
16384.0 0.002921401
32768.0 0.006095666
65536.0 0.01399071
131072.0 0.02311586
EOD
$line4 << EOD
512.0 0.01249202
1024.0 0.02201705
2048.0 0.04398665
4096.0 0.0817573
8192.0 0.165529
16384.0 0.2008377
32768.0 0.4094414
65536.0 0.7852543
EOD
$line5 << EOD
512.0 0.002672551
1024.0 0.005316291
2048.0 0.01048876
4096.0 0.01931344
8192.0 0.04120154
16384.0 0.05922598
32768.0 0.09594668
65536.0 0.1817391
131072.0 0.3892898
EOD
$line6 << EOD
512.0 0.03065872
1024.0 0.05903495
2048.0 0.08319404
4096.0 0.2244524
8192.0 0.5066308
16384.0 0.7275587
32768.0 1.602188
EOD
$line7 << EOD
512.0 0.006674614
1024.0 0.007293502
2048.0 0.01524459
4096.0 0.03120113
8192.0 0.0625602
16384.0 0.1239245
32768.0 0.2507112
65536.0 0.5047345
131072.0 1.003107
EOD
$line8 << EOD
512.0 0.006701524
1024.0 0.01657291
2048.0 0.03236561
4096.0 0.06728305
8192.0 0.1407521
16384.0 0.2898959
32768.0 0.5818842
65536.0 1.155366
EOD
$line9 << EOD
512.0 0.007675167
1024.0 0.0148834
2048.0 0.02746927
4096.0 0.05521939
8192.0 0.1067381
16384.0 0.1598725
32768.0 0.4231826
65536.0 0.6879877
EOD
$memory_limit << EOD
8192.0 1.949192
EOD
$time_limit << EOD
8192.0 1.073326
65536.0 0.7852543
32768.0 1.602188
65536.0 1.155366
65536.0 0.6879877
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward, causal=false)"
set xlabel "sequence length L"
set ylabel "time (seconds, median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory limit" at first 8192.0, first 1.949192 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set linestyle 8 linecolor rgb "#7f7f7f" linewidth 2 pointtype 11
set linestyle 9 linecolor rgb "#bcbd22" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $line9 using 1:2 with linespoints linestyle 9 title "linformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $line9 using 1:2 with linespoints linestyle 9 title "linformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
unset output
