# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 327538688.0
1024.0 602318848.0
2048.0 1453869056.0
EOD
$line2 << EOD
512.0 331225088.0
1024.0 505440256.0
2048.0 853870592.0
EOD
$line3 << EOD
512.0 290686976.0
1024.0 427153408.0
2048.0 700086272.0
EOD
$line4 << EOD
512.0 252041216.0
1024.0 350660608.0
2048.0 547899392.0
EOD
$memory_limit << EOD
2048.0 1453869056.0
2048.0 853870592.0
2048.0 700086272.0
2048.0 547899392.0
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
set label 1 "memory limit" at first 2048.0, first 1453869056.0 offset character 1.5,-0.8 font ",9"
set label 2 "memory limit" at first 2048.0, first 853870592.0 offset character 1.5,-0.8 font ",9"
set label 3 "memory limit" at first 2048.0, first 700086272.0 offset character 1.5,-0.8 font ",9"
set label 4 "memory limit" at first 2048.0, first 547899392.0 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-memory-model=regular.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-relu", \
     $line4 using 1:2 with linespoints linestyle 4 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-memory-model=regular.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-relu", \
     $line4 using 1:2 with linespoints linestyle 4 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit"
unset output
