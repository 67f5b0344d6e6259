# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 19487744.0
1024.0 50082816.0
2048.0 149021696.0
4096.0 497894400.0
8192.0 1799619584.0
16384.0 6818989056.0
EOD
$line2 << EOD
512.0 13208576.0
1024.0 25203712.0
2048.0 48399360.0
4096.0 95323136.0
8192.0 189170688.0
16384.0 376865792.0
32768.0 752256000.0
EOD
$line3 << EOD
512.0 21018624.0
1024.0 39702528.0
2048.0 77070336.0
4096.0 151805952.0
8192.0 301277184.0
16384.0 600219648.0
32768.0 1198104576.0
EOD
$line4 << EOD
512.0 14879232.0
1024.0 28183040.0
2048.0 54790656.0
4096.0 108005888.0
8192.0 214436352.0
16384.0 427297280.0
32768.0 853019136.0
EOD
$line5 << EOD
512.0 10048512.0
1024.0 18621440.0
2048.0 35767296.0
4096.0 70059008.0
8192.0 138642432.0
16384.0 275809280.0
32768.0 550142976.0
EOD
$memory_limit << EOD
16384.0 6818989056.0
EOD
set title "Whole Transformer, measured peak bytes of forward + backward (model=small)"
set xlabel "sequence length L"
set ylabel "peak memory (bytes)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory limit" at first 16384.0, first 6818989056.0 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-memory-model=small.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-memory-model=small.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
unset output
