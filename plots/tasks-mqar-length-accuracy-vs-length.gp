# Written by `repro plot` from ./results/tasks-mqar-length.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 1.0 1.0 1.0
24.0 1.0 1.0 1.0
32.0 1.0 1.0 1.0
EOD
$line2 << EOD
16.0 0.291992 0.2823889666666667 0.30227858333333335
24.0 0.290039 0.2826824166666667 0.29568653333333333
32.0 0.28613299999999997 0.2800945833333333 0.2908043166666667
EOD
set title "MQAR (4 pairs): final test accuracy vs sequence length (mean and 95% bootstrap interval over seeds)"
set xlabel "sequence length L (PAD gap L - 12 tokens)"
set ylabel "test accuracy"
set grid
set key center right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, graph 0.03, graph 0.03
set autoscale xfix
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-mqar-length-accuracy-vs-length.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     0.25 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "chance (1/pairs) (0.25)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-mqar-length-accuracy-vs-length.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     0.25 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "chance (1/pairs) (0.25)"
unset output
