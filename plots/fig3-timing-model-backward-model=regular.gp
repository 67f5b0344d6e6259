# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.3833769
1024.0 0.8541433
2048.0 2.19653
4096.0 6.557704
8192.0 24.73978
EOD
$line2 << EOD
512.0 0.4389013
1024.0 0.9321386
2048.0 2.532133
4096.0 7.03231
8192.0 22.88798
EOD
$line3 << EOD
512.0 0.4921218
1024.0 0.7476277
2048.0 1.468696
4096.0 2.898512
8192.0 5.89224
16384.0 12.86615
32768.0 26.39773
EOD
$line4 << EOD
512.0 0.3493042
1024.0 0.7300624
2048.0 1.370497
4096.0 2.737228
8192.0 5.081837
16384.0 10.33439
32768.0 22.64344
EOD
$line5 << EOD
512.0 0.3554541
1024.0 0.7394761
2048.0 1.271798
4096.0 2.502671
8192.0 4.909338
16384.0 9.819518
32768.0 22.45446
EOD
$line6 << EOD
512.0 0.5097398
1024.0 0.8110532
2048.0 1.668213
4096.0 3.08301
8192.0 6.012525
16384.0 12.15326
32768.0 27.96294
EOD
$memory_limit << EOD
8192.0 24.73978
EOD
$not_run << EOD
8192.0 22.88798
EOD
set title "Whole Transformer, forward + backward (B=1) (model=regular)"
set xlabel "sequence length L"
set ylabel "forward+backward time (seconds)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("0.5" 0.5, "1" 1.0, "2" 2.0, "5" 5.0, "10" 10.0, "20" 20.0)
set mytics 1
set grid
set key top left box opaque
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set label 1 "memory budget" at first 8192.0, first 24.73978 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-backward-model=regular.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     $not_run using 1:2 with points pointtype 4 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L not run", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-backward-model=regular.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     $not_run using 1:2 with points pointtype 4 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L not run", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
