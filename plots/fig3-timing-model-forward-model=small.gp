# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.00614462
1024.0 0.01913586
2048.0 0.06833875
4096.0 0.2683652
8192.0 1.122097
16384.0 4.197263
EOD
$line2 << EOD
512.0 0.006968237
1024.0 0.01562911
2048.0 0.05346102
4096.0 0.231583
8192.0 0.7947076
16384.0 2.917242
32768.0 11.70306
EOD
$line3 << EOD
512.0 0.018173
1024.0 0.02402052
2048.0 0.03634742
4096.0 0.05999541
8192.0 0.1086813
16384.0 0.2117119
32768.0 0.6802871
EOD
$line4 << EOD
512.0 0.007587048
1024.0 0.01447872
2048.0 0.02718774
4096.0 0.04595045
8192.0 0.08181022
16384.0 0.2131771
32768.0 0.3025369
EOD
$line5 << EOD
512.0 0.00522382
1024.0 0.009047526
2048.0 0.01979219
4096.0 0.03283631
8192.0 0.06018167
16384.0 0.0978763
32768.0 0.1757992
EOD
$line6 << EOD
512.0 0.01321144
1024.0 0.02247949
2048.0 0.04459627
4096.0 0.06472291
8192.0 0.1498355
16384.0 0.2896449
32768.0 0.4436681
EOD
$memory_limit << EOD
16384.0 4.197263
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
set label 1 "memory budget" at first 16384.0, first 4.197263 offset character 1.5,-0.8 font ",9"
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
