# Written by `repro plot` from ./results/tasks-mqar.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.28157533333333334 0.24639259442922296 0.31675807223744373
64.0 0.2828773333333333 0.2695168388931567 0.29623782777350993
EOD
set title "MQAR: FAVOR+ (positive, orthogonal) final test accuracy vs random features m"
set xlabel "random features m"
set ylabel "test accuracy"
set logscale x 2
set format x "2^{%L}"
set grid
set key bottom right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, 0, 0
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-mqar-accuracy-vs-features.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     0.287109 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "exact (0.287)", \
     0.045898 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "majority baseline (0.0459)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-mqar-accuracy-vs-features.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     0.287109 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "exact (0.287)", \
     0.045898 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "majority baseline (0.0459)"
unset output
