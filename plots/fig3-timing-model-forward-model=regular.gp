# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.1048836
1024.0 0.2532753
2048.0 0.6643518
4096.0 2.023386
8192.0 6.43667
EOD
$line2 << EOD
512.0 0.1015638
1024.0 0.2467566
2048.0 0.6256045
4096.0 1.768003
8192.0 5.704849
EOD
$line3 << EOD
512.0 0.1405169
1024.0 0.2265281
2048.0 0.5246134
4096.0 0.8712986
8192.0 1.627009
16384.0 3.646371
32768.0 7.410055
EOD
$line4 << EOD
512.0 0.08917269
1024.0 0.1856865
2048.0 0.3388777
4096.0 0.7320384
8192.0 1.556604
16384.0 2.797143
32768.0 6.664723
EOD
$line5 << EOD
512.0 0.1226007
1024.0 0.1567448
2048.0 0.3059281
4096.0 0.7252722
8192.0 1.278449
16384.0 2.633821
32768.0 5.494899
EOD
$line6 << EOD
512.0 0.1348625
1024.0 0.2574128
2048.0 0.4855524
4096.0 1.164222
8192.0 1.963092
16384.0 3.965968
32768.0 9.626394
EOD
$memory_limit << EOD
8192.0 6.43667
EOD
$not_run << EOD
8192.0 5.704849
EOD
set title "Whole Transformer, forward pass (B=1) (model=regular)"
set xlabel "sequence length L"
set ylabel "forward time (seconds)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory budget" at first 8192.0, first 6.43667 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-forward-model=regular.png"
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
set output "fig3-timing-model-forward-model=regular.svg"
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
