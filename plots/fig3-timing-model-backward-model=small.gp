# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.04069239
1024.0 0.09848771
2048.0 0.3236667
4096.0 1.08805
8192.0 3.255195
16384.0 16.61863
EOD
$line2 << EOD
512.0 0.03696885
1024.0 0.0924713
2048.0 0.2880614
4096.0 0.8668877
8192.0 2.661118
16384.0 9.817149
32768.0 38.78314
EOD
$line3 << EOD
512.0 0.02634542
1024.0 0.04056802
2048.0 0.07088143
4096.0 0.1308427
8192.0 0.284076
16384.0 0.5496075
32768.0 1.129817
EOD
$line4 << EOD
512.0 0.00889098
1024.0 0.01693674
2048.0 0.03206686
4096.0 0.06232556
8192.0 0.1244759
16384.0 0.2839817
32768.0 0.7603719
EOD
$line5 << EOD
512.0 0.01358313
1024.0 0.02519661
2048.0 0.04807318
4096.0 0.09377459
8192.0 0.1441792
16384.0 0.2870733
32768.0 0.5321315
EOD
$memory_limit << EOD
16384.0 16.61863
EOD
set title "Whole Transformer, forward + backward (B=1) (model=small)"
set xlabel "sequence length L"
set ylabel "forward+backward time (seconds)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory limit" at first 16384.0, first 16.61863 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-backward-model=small.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-backward-model=small.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
unset output
