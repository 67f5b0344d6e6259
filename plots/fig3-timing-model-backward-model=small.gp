# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01689104
1024.0 0.05274947
2048.0 0.1762301
4096.0 0.6680594
8192.0 2.696863
16384.0 16.67395
EOD
$line2 << EOD
512.0 0.03647756
1024.0 0.08045259
2048.0 0.2409882
4096.0 0.8322066
8192.0 2.691134
16384.0 9.808072
32768.0 38.62345
EOD
$line3 << EOD
512.0 0.04570443
1024.0 0.07315465
2048.0 0.1265999
4096.0 0.1340057
8192.0 0.2850057
16384.0 0.4860002
32768.0 1.209725
EOD
$line4 << EOD
512.0 0.008357099
1024.0 0.01557955
2048.0 0.02955501
4096.0 0.05673481
8192.0 0.1159083
16384.0 0.3893872
32768.0 0.8150273
EOD
$line5 << EOD
512.0 0.01405312
1024.0 0.02694223
2048.0 0.04926439
4096.0 0.08547283
8192.0 0.1613348
16384.0 0.3299882
32768.0 0.5214474
EOD
$line6 << EOD
512.0 0.025274
1024.0 0.05241602
2048.0 0.09244354
4096.0 0.1798667
8192.0 0.3973767
16384.0 0.9092333
32768.0 1.334552
EOD
$memory_limit << EOD
16384.0 16.67395
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
set label 1 "memory budget" at first 16384.0, first 16.67395 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-backward-model=small.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-backward-model=small.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
