# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.406911
1024.0 0.9313865
2048.0 2.435712
4096.0 7.227934
8192.0 31.01335
EOD
$line2 << EOD
512.0 0.5393413
1024.0 1.201208
2048.0 2.682991
4096.0 7.444596
8192.0 23.08129
EOD
$line3 << EOD
512.0 0.5011118
1024.0 0.9397223
2048.0 1.864081
4096.0 3.247927
8192.0 6.34368
16384.0 13.73357
32768.0 27.83534
EOD
$line4 << EOD
512.0 0.4028402
1024.0 0.8655678
2048.0 1.611936
4096.0 3.033825
8192.0 5.673421
16384.0 10.39068
32768.0 24.85346
EOD
$line5 << EOD
512.0 0.462977
1024.0 0.8162393
2048.0 1.534014
4096.0 2.726
8192.0 5.401146
16384.0 10.65375
32768.0 22.16526
EOD
$line6 << EOD
512.0 0.5116928
1024.0 0.912468
2048.0 1.911124
4096.0 3.215932
8192.0 6.491819
16384.0 12.77023
32768.0 28.78554
EOD
$memory_limit << EOD
8192.0 31.01335
EOD
$not_run << EOD
8192.0 23.08129
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
set label 1 "memory budget" at first 8192.0, first 31.01335 offset character 1.5,-0.8 font ",9"
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
