# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.03238626
1024.0 0.08434646
2048.0 0.1884861
4096.0 0.6779785
8192.0 2.433876
16384.0 11.88278
EOD
$line2 << EOD
512.0 0.02278505
1024.0 0.04728434
2048.0 0.182041
4096.0 0.6345463
8192.0 2.490127
16384.0 9.231832
32768.0 36.16965
EOD
$line3 << EOD
512.0 0.04133483
1024.0 0.04357026
2048.0 0.06942518
4096.0 0.1233114
8192.0 0.2281034
16384.0 0.450538
32768.0 0.9187839
EOD
$line4 << EOD
512.0 0.01095143
1024.0 0.01844505
2048.0 0.03202838
4096.0 0.05700379
8192.0 0.1104844
16384.0 0.2273839
32768.0 0.4674849
EOD
$line5 << EOD
512.0 0.00840244
1024.0 0.01496602
2048.0 0.02149266
4096.0 0.0372048
8192.0 0.07168367
16384.0 0.1479525
32768.0 0.3131856
EOD
$line6 << EOD
512.0 0.01814134
1024.0 0.03263178
2048.0 0.0599768
4096.0 0.1176156
8192.0 0.2291951
16384.0 0.4687988
32768.0 0.9624947
EOD
$memory_limit << EOD
16384.0 11.88278
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
set label 1 "memory budget" at first 16384.0, first 11.88278 offset character 1.5,-0.8 font ",9"
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
