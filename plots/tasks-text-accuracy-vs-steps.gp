# Written by `repro plot` from ./results/tasks-text.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.0 0.0 0.0
40.0 0.8665363333333334 0.8376951333333333 0.89583335
80.0 0.9010416666666666 0.89104815 0.9139974666666668
120.0 0.9173176666666668 0.9025067500000001 0.9346351666666666
EOD
$line2 << EOD
0.0 0.0 0.0 0.0
40.0 0.6679686666666665 0.57796255 0.7600256666666665
80.0 0.8769533333333334 0.87041045 0.8841798833333333
120.0 0.8841146666666666 0.8658854333333332 0.8980146333333333
EOD
$line3 << EOD
0.0 0.0 0.0 0.0
40.0 0.8274739999999999 0.8165689666666667 0.8395182833333333
80.0 0.9016926666666666 0.8931641166666668 0.9099932499999999
120.0 0.9335939999999999 0.9224611166666667 0.9454104333333334
EOD
$line4 << EOD
0.0 0.0 0.0 0.0
40.0 0.5911456666666667 0.5427731333333333 0.6468099833333333
80.0 0.6829426666666666 0.6790036666666667 0.6866537
120.0 0.7037763333333333 0.6996421500000001 0.7088220333333333
EOD
$line5 << EOD
0.0 0.0 0.0 0.0
40.0 0.8626299999999999 0.8357421333333332 0.8892900166666666
80.0 0.8945309999999999 0.87737615 0.9171545999999999
120.0 0.90625 0.8846677833333332 0.9305664166666665
EOD
$line6 << EOD
0.0 0.0 0.0 0.0
40.0 0.5078126666666667 0.48876968333333337 0.5254884333333334
80.0 0.6328123333333333 0.6084957999999999 0.6543944333333334
120.0 0.6848960000000001 0.6710940166666667 0.6971030333333332
EOD
$line7 << EOD
0.0 0.0 0.0 0.0
40.0 0.707682 0.6233069166666666 0.7916013833333332
80.0 0.833984 0.8006506666666666 0.8618485833333333
120.0 0.857422 0.820866 0.8912437999999998
EOD
set title "Fortune categories: test accuracy vs training steps (mean and 95% bootstrap interval over seeds)"
set xlabel "training step"
set ylabel "test accuracy"
set grid
set key bottom right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, graph 0.03, graph 0.03
set autoscale xfix
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-text-accuracy-vs-steps.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer", \
     0.4459633333333333 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.446)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-text-accuracy-vs-steps.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer", \
     0.4459633333333333 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.446)"
unset output
