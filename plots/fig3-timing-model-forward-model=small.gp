# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.0149807
1024.0 0.03848996
2048.0 0.1172665
4096.0 0.4222231
8192.0 1.400358
16384.0 4.720611
EOD
$line2 << EOD
512.0 0.0105619
1024.0 0.03278802
2048.0 0.08100885
4096.0 0.3443516
8192.0 0.9123827
16384.0 3.512697
32768.0 12.766
EOD
$line3 << EOD
512.0 0.01648629
1024.0 0.0226647
2048.0 0.03606687
4096.0 0.06058369
8192.0 0.1108263
16384.0 0.2554247
32768.0 0.4877098
EOD
$line4 << EOD
512.0 0.003202763
1024.0 0.0060776
2048.0 0.0117479
4096.0 0.02226106
8192.0 0.04707941
16384.0 0.1003328
32768.0 0.3006573
EOD
$line5 << EOD
512.0 0.005407471
1024.0 0.01145578
2048.0 0.01820607
4096.0 0.03228498
8192.0 0.07058664
16384.0 0.0983103
32768.0 0.1814515
EOD
$memory_limit << EOD
16384.0 4.720611
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
set label 1 "memory limit" at first 16384.0, first 4.720611 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-forward-model=small.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-forward-model=small.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
unset output
