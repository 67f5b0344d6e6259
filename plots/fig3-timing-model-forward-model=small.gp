# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01582069
1024.0 0.04463263
2048.0 0.1232589
4096.0 0.3826978
8192.0 1.496934
EOD
$line2 << EOD
512.0 0.02795465
1024.0 0.03911608
2048.0 0.07151676
4096.0 0.09542079
8192.0 0.1811028
16384.0 0.3376054
32768.0 0.4209277
EOD
$line3 << EOD
512.0 0.007556993
1024.0 0.01649086
2048.0 0.03002954
4096.0 0.0218858
8192.0 0.04469617
16384.0 0.09522103
32768.0 0.2051081
EOD
$line4 << EOD
512.0 0.005051508
1024.0 0.008888337
2048.0 0.01919085
4096.0 0.01327734
8192.0 0.02796618
16384.0 0.06268056
32768.0 0.1301361
EOD
$memory_limit << EOD
8192.0 1.496934
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
set label 1 "memory limit" at first 8192.0, first 1.496934 offset character 1.5,-0.8 font ",9"
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
