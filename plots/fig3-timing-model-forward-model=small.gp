# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.008142069
1024.0 0.03291735
2048.0 0.08547944
4096.0 0.2540896
8192.0 1.032389
16384.0 3.803598
EOD
$line2 << EOD
512.0 0.005278246
1024.0 0.01510992
2048.0 0.05110726
4096.0 0.2083207
8192.0 0.8666228
16384.0 3.058693
32768.0 11.85203
EOD
$line3 << EOD
512.0 0.02379151
1024.0 0.02769867
2048.0 0.03803721
4096.0 0.06219246
8192.0 0.1343063
16384.0 0.2141695
32768.0 0.4243132
EOD
$line4 << EOD
512.0 0.003540505
1024.0 0.006604601
2048.0 0.01247207
4096.0 0.02237648
8192.0 0.04472939
16384.0 0.09152388
32768.0 0.1938436
EOD
$line5 << EOD
512.0 0.002400682
1024.0 0.003958522
2048.0 0.007192335
4096.0 0.01185091
8192.0 0.0224885
16384.0 0.0496919
32768.0 0.1086804
EOD
$line6 << EOD
512.0 0.007096788
1024.0 0.0125743
2048.0 0.02299933
4096.0 0.0426806
8192.0 0.1151803
16384.0 0.1740501
32768.0 0.3589641
EOD
$memory_limit << EOD
16384.0 3.803598
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
set label 1 "memory budget" at first 16384.0, first 3.803598 offset character 1.5,-0.8 font ",9"
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
