# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01671837
1024.0 0.05290169
2048.0 0.1730811
4096.0 0.6546065
8192.0 4.037725
16384.0 17.12234
EOD
$line2 << EOD
512.0 0.02023718
1024.0 0.06493576
2048.0 0.228035
4096.0 0.8056061
8192.0 2.70542
16384.0 9.272784
32768.0 35.69414
EOD
$line3 << EOD
512.0 0.02793925
1024.0 0.04119324
2048.0 0.07005646
4096.0 0.1198835
8192.0 0.2585486
16384.0 0.5002531
32768.0 1.048577
EOD
$line4 << EOD
512.0 0.008487773
1024.0 0.0161073
2048.0 0.03144135
4096.0 0.05854641
8192.0 0.1167458
16384.0 0.2642534
32768.0 0.520832
EOD
$line5 << EOD
512.0 0.005753244
1024.0 0.01107192
2048.0 0.0208154
4096.0 0.03789886
8192.0 0.07938608
16384.0 0.1660392
32768.0 0.3592983
EOD
$line6 << EOD
512.0 0.02065313
1024.0 0.03889013
2048.0 0.05882366
4096.0 0.1341906
8192.0 0.3308102
16384.0 0.573111
32768.0 1.071653
EOD
$memory_limit << EOD
16384.0 17.12234
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
set label 1 "memory budget" at first 16384.0, first 17.12234 offset character 1.5,-0.8 font ",9"
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
