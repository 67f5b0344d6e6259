# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.03196454
1024.0 0.1157345
2048.0 0.5533405
4096.0 1.119738
8192.0 3.733867
EOD
$line2 << EOD
512.0 0.04146445
1024.0 0.05256887
2048.0 0.09726252
4096.0 0.1270034
8192.0 0.2559116
16384.0 0.761054
32768.0 1.241303
EOD
$line3 << EOD
512.0 0.01515549
1024.0 0.03837642
2048.0 0.06952048
4096.0 0.06929733
8192.0 0.1439377
16384.0 0.3170801
32768.0 0.6750771
EOD
$line4 << EOD
512.0 0.01546695
1024.0 0.03104595
2048.0 0.05120824
4096.0 0.04883052
8192.0 0.09745564
16384.0 0.2167228
32768.0 0.4474521
EOD
$memory_limit << EOD
8192.0 3.733867
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
set label 1 "memory limit" at first 8192.0, first 3.733867 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-backward-model=small.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-relu", \
     $line4 using 1:2 with linespoints linestyle 4 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-backward-model=small.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-relu", \
     $line4 using 1:2 with linespoints linestyle 4 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
unset output
