# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.006145156
1024.0 0.02063467
2048.0 0.07687859
4096.0 0.2563908
8192.0 1.568367
16384.0 5.910076
EOD
$line2 << EOD
512.0 0.007633101
1024.0 0.02915873
2048.0 0.06413166
4096.0 0.316756
8192.0 0.9190209
16384.0 3.005997
32768.0 12.18776
EOD
$line3 << EOD
512.0 0.01821674
1024.0 0.02619232
2048.0 0.03585441
4096.0 0.06006324
8192.0 0.1103808
16384.0 0.216762
32768.0 0.4230133
EOD
$line4 << EOD
512.0 0.003157459
1024.0 0.005888875
2048.0 0.01169784
4096.0 0.02147111
8192.0 0.04456442
16384.0 0.09674488
32768.0 0.2041102
EOD
$line5 << EOD
512.0 0.002171647
1024.0 0.003763516
2048.0 0.006966784
4096.0 0.01205558
8192.0 0.02817752
16384.0 0.0607598
32768.0 0.1343727
EOD
$line6 << EOD
512.0 0.009757017
1024.0 0.01520753
2048.0 0.03028648
4096.0 0.05356536
8192.0 0.1210692
16384.0 0.2538725
32768.0 0.5231239
EOD
$memory_limit << EOD
16384.0 5.910076
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
set label 1 "memory budget" at first 16384.0, first 5.910076 offset character 1.5,-0.8 font ",9"
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
