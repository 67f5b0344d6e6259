# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.1502404
1024.0 0.3762427
2048.0 1.286978
EOD
$line2 << EOD
512.0 0.1711773
1024.0 0.3369483
2048.0 0.913202
EOD
$line3 << EOD
512.0 0.1618262
1024.0 0.2658673
2048.0 0.650432
EOD
$line4 << EOD
512.0 0.1346438
1024.0 0.4016244
2048.0 0.4347805
EOD
$memory_limit << EOD
2048.0 1.286978
2048.0 0.913202
2048.0 0.650432
2048.0 0.4347805
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
set label 1 "memory limit" at first 2048.0, first 1.286978 offset character 1.5,-0.8 font ",9"
set label 2 "memory limit" at first 2048.0, first 0.913202 offset character 1.5,-0.8 font ",9"
set label 3 "memory limit" at first 2048.0, first 0.650432 offset character 1.5,-0.8 font ",9"
set label 4 "memory limit" at first 2048.0, first 0.4347805 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-forward-model=regular.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-relu", \
     $line4 using 1:2 with linespoints linestyle 4 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-forward-model=regular.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-relu", \
     $line4 using 1:2 with linespoints linestyle 4 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
unset output
