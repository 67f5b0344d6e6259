# Written by `repro plot` from ./results/proteins-lm-u.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.030950666666666665 0.02051465 0.04357441666666666
80.0 0.08858466666666666 0.088215 0.08908371666666667
160.0 0.09039900000000001 0.08972993333333334 0.09091511666666667
240.0 0.09359166666666667 0.09119213333333334 0.09561483333333334
EOD
$line2 << EOD
0.0 0.03172366666666667 0.020622300000000003 0.04447166666666666
80.0 0.088215 0.088215 0.088215
160.0 0.09019733333333334 0.08900753333333333 0.09169279999999999
240.0 0.09063433333333333 0.08974888333333333 0.091802
EOD
$line3 << EOD
0.0 0.031723666666666664 0.021205416666666668 0.04371214999999998
80.0 0.08875266666666666 0.088215 0.08947851666666667
160.0 0.090903 0.08954533333333334 0.09207236666666667
240.0 0.09207900000000001 0.09103545 0.092852
EOD
$line4 << EOD
0.0 0.03179099999999999 0.020249383333333332 0.04496746666666665
80.0 0.088685 0.08843788333333333 0.08899091666666667
160.0 0.09093666666666667 0.08907296666666666 0.0932591
240.0 0.09123933333333334 0.09027476666666667 0.09248611666666667
EOD
$overlay1_1 << EOD
0.0 0.031405999999999996
80.0 0.09835633333333334
160.0 0.09804433333333333
240.0 0.100085
EOD
$overlay1_2 << EOD
0.0 0.03154766666666667
80.0 0.09863966666666667
160.0 0.09773266666666665
240.0 0.099036
EOD
$overlay1_3 << EOD
0.0 0.030612
80.0 0.09849799999999999
160.0 0.09696733333333334
240.0 0.099603
EOD
$overlay1_4 << EOD
0.0 0.029138333333333332
80.0 0.09900833333333332
160.0 0.09846966666666666
240.0 0.09914933333333335
EOD
set title "Protein LM U (L 512): validation accuracy (solid) and train accuracy\n(dashed) vs step (mean and 95% bootstrap interval over seeds)"
set xlabel "training step"
set ylabel "accuracy"
set grid
set key outside right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, graph 0.03, graph 0.03
set autoscale xfix
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "proteins-lm-u-accuracy-vs-steps.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     $overlay1_4 using 1:2 with lines linestyle 4 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "train accuracy", \
     0.084988 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "unigram baseline (0.085)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "proteins-lm-u-accuracy-vs-steps.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     $overlay1_4 using 1:2 with lines linestyle 4 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "train accuracy", \
     0.084988 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "unigram baseline (0.085)"
unset output
