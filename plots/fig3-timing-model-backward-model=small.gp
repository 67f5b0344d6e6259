# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.0176267
1024.0 0.05340819
2048.0 0.1777897
4096.0 0.667568
8192.0 2.651011
16384.0 16.10283
EOD
$line2 << EOD
512.0 0.01967538
1024.0 0.07880321
2048.0 0.2398164
4096.0 0.8585592
8192.0 2.634502
16384.0 9.102385
32768.0 35.58213
EOD
$line3 << EOD
512.0 0.02834081
1024.0 0.04059754
2048.0 0.06833555
4096.0 0.1231845
8192.0 0.2721053
16384.0 0.4766781
32768.0 0.9770827
EOD
$line4 << EOD
512.0 0.008356303
1024.0 0.0155753
2048.0 0.03187257
4096.0 0.05352776
8192.0 0.1095498
16384.0 0.2245807
32768.0 0.4776736
EOD
$line5 << EOD
512.0 0.005884313
1024.0 0.01065869
2048.0 0.0201557
4096.0 0.03817308
8192.0 0.08110955
16384.0 0.1659616
32768.0 0.3523465
EOD
$line6 << EOD
512.0 0.02081308
1024.0 0.03039702
2048.0 0.07772444
4096.0 0.1627359
8192.0 0.3122011
16384.0 0.5994719
32768.0 1.052302
EOD
$memory_limit << EOD
16384.0 16.10283
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
set label 1 "memory budget" at first 16384.0, first 16.10283 offset character 1.5,-0.8 font ",9"
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
