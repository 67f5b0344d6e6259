# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.008108015
1024.0 0.02050932
2048.0 0.06496728
4096.0 0.2158687
8192.0 0.759615
16384.0 2.880219
EOD
$line2 << EOD
512.0 0.005592536
1024.0 0.01339819
2048.0 0.04314944
4096.0 0.1494974
8192.0 0.5956509
16384.0 2.327333
32768.0 8.440613
EOD
$line3 << EOD
512.0 0.02313652
1024.0 0.02947477
2048.0 0.04346024
4096.0 0.07095988
8192.0 0.1284539
16384.0 0.2545249
32768.0 0.5295322
EOD
$line4 << EOD
512.0 0.005054211
1024.0 0.01050324
2048.0 0.01890247
4096.0 0.03330323
8192.0 0.06704641
16384.0 0.1625422
32768.0 0.287065
EOD
$line5 << EOD
512.0 0.00293489
1024.0 0.005003358
2048.0 0.01038647
4096.0 0.01611278
8192.0 0.03455337
16384.0 0.05647037
32768.0 0.1416486
EOD
$line6 << EOD
512.0 0.008957372
1024.0 0.01519454
2048.0 0.02938578
4096.0 0.0529463
8192.0 0.1100356
16384.0 0.2260613
32768.0 0.5020969
EOD
$memory_limit << EOD
16384.0 2.880219
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
set label 1 "memory budget" at first 16384.0, first 2.880219 offset character 1.5,-0.8 font ",9"
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
