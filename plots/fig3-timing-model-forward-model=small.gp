# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.006079709
1024.0 0.02111915
2048.0 0.07397824
4096.0 0.2823717
8192.0 1.068599
16384.0 5.462512
EOD
$line2 << EOD
512.0 0.00762941
1024.0 0.02566181
2048.0 0.05416851
4096.0 0.2216798
8192.0 0.9489116
16384.0 3.160927
32768.0 12.02385
EOD
$line3 << EOD
512.0 0.01841823
1024.0 0.02423952
2048.0 0.03534305
4096.0 0.05890331
8192.0 0.1104811
16384.0 0.2161693
32768.0 0.4187552
EOD
$line4 << EOD
512.0 0.003182637
1024.0 0.005746042
2048.0 0.01071227
4096.0 0.01979173
8192.0 0.04038053
16384.0 0.08858686
32768.0 0.1971768
EOD
$line5 << EOD
512.0 0.002112158
1024.0 0.003832479
2048.0 0.006917762
4096.0 0.01158912
8192.0 0.02422616
16384.0 0.05629935
32768.0 0.1281668
EOD
$line6 << EOD
512.0 0.009922283
1024.0 0.01253285
2048.0 0.02454735
4096.0 0.07012374
8192.0 0.1070162
16384.0 0.2592288
32768.0 0.4929792
EOD
$memory_limit << EOD
16384.0 5.462512
EOD
set title "Whole Transformer, forward pass (B=1) (model=small)"
set xlabel "sequence length L"
set ylabel "forward time (seconds)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory budget" at first 16384.0, first 5.462512 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-forward-model=small.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-forward-model=small.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
