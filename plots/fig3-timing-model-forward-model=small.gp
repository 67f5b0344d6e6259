# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.007357316
1024.0 0.02022386
2048.0 0.07292692
4096.0 0.2709333
8192.0 1.289258
16384.0 4.294696
EOD
$line2 << EOD
512.0 0.0106896
1024.0 0.03116107
2048.0 0.0949845
4096.0 0.2847563
8192.0 0.9122536
16384.0 3.282281
32768.0 13.03653
EOD
$line3 << EOD
512.0 0.02570064
1024.0 0.0400064
2048.0 0.1166788
4096.0 0.1215406
8192.0 0.1127255
16384.0 0.3437753
32768.0 0.5558918
EOD
$line4 << EOD
512.0 0.003210388
1024.0 0.005689779
2048.0 0.01072358
4096.0 0.02119452
8192.0 0.04205502
16384.0 0.08891001
32768.0 0.2938639
EOD
$line5 << EOD
512.0 0.005081468
1024.0 0.008990387
2048.0 0.02048978
4096.0 0.07793305
8192.0 0.06471536
16384.0 0.1079492
32768.0 0.2029715
EOD
$line6 << EOD
512.0 0.01006336
1024.0 0.01875684
2048.0 0.03536444
4096.0 0.06810128
8192.0 0.1545827
16384.0 0.2860517
32768.0 0.5120292
EOD
$memory_limit << EOD
16384.0 4.294696
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
set label 1 "memory budget" at first 16384.0, first 4.294696 offset character 1.5,-0.8 font ",9"
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
