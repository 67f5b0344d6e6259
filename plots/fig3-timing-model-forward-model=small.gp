# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01518596
1024.0 0.03597399
2048.0 0.1447065
4096.0 0.4312824
8192.0 1.166288
EOD
$line2 << EOD
512.0 0.02968295
1024.0 0.02847663
2048.0 0.05149352
4096.0 0.06311383
8192.0 0.1144457
16384.0 0.2431256
32768.0 0.6762207
EOD
$line3 << EOD
512.0 0.00862715
1024.0 0.01641961
2048.0 0.03653637
4096.0 0.0248174
8192.0 0.05493364
16384.0 0.1252334
32768.0 0.264226
EOD
$line4 << EOD
512.0 0.006612022
1024.0 0.01311041
2048.0 0.02516418
4096.0 0.0155496
8192.0 0.03530722
16384.0 0.07891136
32768.0 0.1809011
EOD
$memory_limit << EOD
8192.0 1.166288
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
set label 1 "memory limit" at first 8192.0, first 1.166288 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-forward-model=small.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-relu", \
     $line4 using 1:2 with linespoints linestyle 4 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-forward-model=small.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-relu", \
     $line4 using 1:2 with linespoints linestyle 4 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
unset output
