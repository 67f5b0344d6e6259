# Written by `repro plot` from ./results/tasks-mqar.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.28776033333333334 0.2790366 0.2973955833333333
64.0 0.28613299999999997 0.2800945833333333 0.2908043166666667
256.0 0.752279 0.4438967833333334 0.9862634666666666
EOD
$line2 << EOD
16.0 0.20003233333333334 0.19290326666666666 0.20590816666666667
64.0 0.200358 0.19383938333333334 0.20607896666666664
256.0 0.556315 0.26523451666666664 0.865738633333333
EOD
set title "MQAR (L = 32): FAVOR+ final test accuracy vs random\nfeatures m (mean and 95% bootstrap interval over seeds)"
set xlabel "random features m"
set ylabel "test accuracy"
set logscale x 2
set format x "2^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, graph 0.03, graph 0.03
set autoscale xfix
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-mqar-accuracy-vs-features.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "pairs=4", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "pairs=8", \
     0.25 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "chance, 4 pairs (1/pairs) (0.25)", \
     0.125 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "chance, 8 pairs (1/pairs) (0.125)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-mqar-accuracy-vs-features.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "pairs=4", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "pairs=8", \
     0.25 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "chance, 4 pairs (1/pairs) (0.25)", \
     0.125 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "chance, 8 pairs (1/pairs) (0.125)"
unset output
