# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 327538688.0
1024.0 602318848.0
2048.0 1453869056.0
4096.0 4364929024.0
8192.0 15018887168.0
EOD
$line2 << EOD
512.0 277305344.0
1024.0 401188864.0
2048.0 648955904.0
4096.0 1144489984.0
8192.0 2135558144.0
EOD
$line3 << EOD
512.0 331225088.0
1024.0 505440256.0
2048.0 853870592.0
4096.0 1550731264.0
8192.0 2944452608.0
16384.0 5731895296.0
32768.0 11306780672.0
EOD
$line4 << EOD
512.0 290686976.0
1024.0 427153408.0
2048.0 700086272.0
4096.0 1245952000.0
8192.0 2337683456.0
16384.0 4521146368.0
32768.0 8888072192.0
EOD
$line5 << EOD
512.0 252041216.0
1024.0 350660608.0
2048.0 547899392.0
4096.0 942376960.0
8192.0 1731332096.0
16384.0 3309242368.0
32768.0 6465062912.0
EOD
$memory_limit << EOD
8192.0 15018887168.0
EOD
set title "Whole Transformer, measured peak bytes of forward + backward (model=regular)"
set xlabel "sequence length L"
set ylabel "peak memory (bytes)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory limit" at first 8192.0, first 15018887168.0 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-memory-model=regular.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-memory-model=regular.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
unset output
