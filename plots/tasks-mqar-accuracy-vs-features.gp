# Written by `repro plot` from ./results/tasks-mqar.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.1985675 0.19376600000000002 0.20312483333333337
64.0 0.19978833333333332 0.19523116666666665 0.20418283333333337
256.0 0.5227051666666667 0.265788 0.7827148333333334
EOD
set title "MQAR (L = 32, 8 pairs): FAVOR+ final test accuracy vs random\nfeatures m (mean and 95% bootstrap interval over seeds)"
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
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-mqar-accuracy-vs-features.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "pairs=8", \
     0.125 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "chance, 8 pairs (1/pairs) (0.125)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-mqar-accuracy-vs-features.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "pairs=8", \
     0.125 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "chance, 8 pairs (1/pairs) (0.125)"
unset output
