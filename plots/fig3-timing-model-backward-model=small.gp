# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01715601
1024.0 0.05131751
2048.0 0.2213826
4096.0 0.6456968
8192.0 2.669992
16384.0 12.90214
EOD
$line2 << EOD
512.0 0.01824041
1024.0 0.078026
2048.0 0.1828887
4096.0 0.7714409
8192.0 2.504511
16384.0 9.075611
32768.0 36.46893
EOD
$line3 << EOD
512.0 0.02780058
1024.0 0.04115991
2048.0 0.0689161
4096.0 0.1210227
8192.0 0.271297
16384.0 0.4727746
32768.0 1.413203
EOD
$line4 << EOD
512.0 0.01922176
1024.0 0.03534655
2048.0 0.06757009
4096.0 0.1085649
8192.0 0.2001224
16384.0 0.3753908
32768.0 0.7088065
EOD
$line5 << EOD
512.0 0.01378595
1024.0 0.02581595
2048.0 0.04714611
4096.0 0.0777795
8192.0 0.1421324
16384.0 0.3176064
32768.0 0.500618
EOD
$line6 << EOD
512.0 0.02869617
1024.0 0.05529575
2048.0 0.1057414
4096.0 0.1706016
8192.0 0.3497271
16384.0 0.6109627
32768.0 1.304075
EOD
$memory_limit << EOD
16384.0 12.90214
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
set label 1 "memory budget" at first 16384.0, first 12.90214 offset character 1.5,-0.8 font ",9"
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
