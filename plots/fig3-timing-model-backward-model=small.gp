# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.02550444
1024.0 0.05899889
2048.0 0.1590385
4096.0 0.5757822
8192.0 2.105445
16384.0 10.96483
EOD
$line2 << EOD
512.0 0.0277466
1024.0 0.04441973
2048.0 0.1352787
4096.0 0.5684757
8192.0 1.911336
16384.0 7.186377
32768.0 27.23052
EOD
$line3 << EOD
512.0 0.03491631
1024.0 0.05178783
2048.0 0.09960761
4096.0 0.1372526
8192.0 0.2639351
16384.0 0.5089561
32768.0 1.137757
EOD
$line4 << EOD
512.0 0.01629395
1024.0 0.02700786
2048.0 0.04581362
4096.0 0.08217052
8192.0 0.1654698
16384.0 0.3080498
32768.0 0.6174545
EOD
$line5 << EOD
512.0 0.009833056
1024.0 0.01723461
2048.0 0.03100939
4096.0 0.0568341
8192.0 0.09635133
16384.0 0.1840895
32768.0 0.392492
EOD
$line6 << EOD
512.0 0.02235454
1024.0 0.04077984
2048.0 0.07277012
4096.0 0.1425724
8192.0 0.2863369
16384.0 0.6240567
32768.0 1.162525
EOD
$memory_limit << EOD
16384.0 10.96483
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
set label 1 "memory budget" at first 16384.0, first 10.96483 offset character 1.5,-0.8 font ",9"
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
