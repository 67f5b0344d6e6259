# Written by `repro plot` from ./results/proteins-lm-b.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.040866000000000006 0.012811800000000002 0.06420395
80.0 0.093881 0.09358265 0.094102
160.0 0.09211399999999999 0.09018103333333334 0.09381491666666668
240.0 0.09498566666666668 0.094102 0.09617861666666669
EOD
$line2 << EOD
0.0 0.039099 0.013276116666666667 0.060515033333333315
80.0 0.09432266666666667 0.09358265 0.09513991666666666
160.0 0.09432266666666667 0.09358265 0.09513991666666666
240.0 0.09366033333333335 0.09098746666666666 0.09617861666666669
EOD
$line3 << EOD
0.0 0.04042433333333333 0.013331150000000002 0.06264668333333333
80.0 0.09542733333333335 0.094102 0.09721653333333333
160.0 0.09476466666666666 0.09424565 0.09528356666666667
240.0 0.09321833333333335 0.09202538333333334 0.094102
EOD
$line4 << EOD
0.0 0.040645 0.019537983333333335 0.05950991666666666
80.0 0.08835866666666668 0.08135600000000001 0.09381491666666668
160.0 0.09454366666666665 0.09358265 0.09565926666666666
240.0 0.09388133333333333 0.09306408333333334 0.09462135
EOD
$line5 << EOD
0.0 0.04638833333333333 0.024607716666666668 0.06561756666666665
80.0 0.09366000000000001 0.093439 0.09395835000000001
160.0 0.09255566666666666 0.09084381666666666 0.09395835000000001
240.0 0.09343933333333333 0.09202538333333334 0.09462135
EOD
$overlay1_1 << EOD
0.0 0.04267866666666666
80.0 0.09308300000000001
160.0 0.09713033333333333
240.0 0.093451
EOD
$overlay1_2 << EOD
0.0 0.041758333333333335
80.0 0.09216333333333333
160.0 0.093267
240.0 0.09437066666666667
EOD
$overlay1_3 << EOD
0.0 0.04231033333333334
80.0 0.09216333333333333
160.0 0.10080933333333335
240.0 0.09565866666666667
EOD
$overlay1_4 << EOD
0.0 0.04562166666666667
80.0 0.092347
160.0 0.09418666666666668
240.0 0.093267
EOD
$overlay1_5 << EOD
0.0 0.04267833333333334
80.0 0.09289900000000001
160.0 0.09418666666666665
240.0 0.092715
EOD
set title "Protein LM B (L 512): validation accuracy (solid) and train accuracy\n(dashed) vs step (mean and 95% bootstrap interval over seeds)"
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
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "proteins-lm-b-accuracy-vs-steps.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "linformer", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     $overlay1_4 using 1:2 with lines linestyle 4 dashtype 2 notitle, \
     $overlay1_5 using 1:2 with lines linestyle 5 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "train accuracy", \
     0.094102 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "unigram baseline (0.0941)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "proteins-lm-b-accuracy-vs-steps.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "linformer", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     $overlay1_4 using 1:2 with lines linestyle 4 dashtype 2 notitle, \
     $overlay1_5 using 1:2 with lines linestyle 5 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "train accuracy", \
     0.094102 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "unigram baseline (0.0941)"
unset output
