# Written by `repro plot` from ./results/tasks-text.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.005208333333333333 0.0 0.015625
0.634 0.8489583333333334 0.8043619999999999 0.8818360000000001
1.2661666666666667 0.8990886666666666 0.8837895 0.9137369999999999
1.8933333333333335 0.9179686666666668 0.9033201666666666 0.9329424999999999
EOD
$line2 << EOD
0.0 0.005533833333333334 0.0 0.0166015
0.7258333333333334 0.6842446666666667 0.6057945 0.7688799999999999
1.4166666666666663 0.8597006666666668 0.844401 0.8746746666666668
2.1101666666666667 0.8811849999999999 0.8567706666666666 0.9023439999999999
EOD
$line3 << EOD
0.0 0.014323 0.0 0.042969
0.6346666666666666 0.8385416666666665 0.8151041666666666 0.8639323333333332
1.2498333333333334 0.9095051666666666 0.8981118333333334 0.921224
1.8743333333333334 0.9322916666666665 0.9205729999999999 0.9423828333333333
EOD
$line4 << EOD
0.0 0.0009764999999999999 0.0 0.0029295
0.6585000000000001 0.618815 0.573893 0.6608073333333334
1.3145 0.671875 0.6295573333333333 0.7041016666666667
1.9600000000000002 0.6946616666666667 0.6793621666666666 0.7096355000000001
EOD
$line5 << EOD
0.0 0.005533833333333334 0.0 0.0166015
0.7013333333333334 0.8460285 0.8027343333333332 0.8815101666666665
1.4044999999999999 0.8951821666666667 0.8756510000000001 0.9150388333333334
2.1046666666666667 0.9108073333333334 0.8899736666666667 0.9296876666666667
EOD
$line6 << EOD
0.0 0.0058593333333333344 0.0 0.016927
0.6281666666666667 0.513672 0.5000001666666667 0.5260416666666667
1.2516666666666665 0.6363933333333334 0.611328 0.661133
1.8905 0.6907551666666668 0.6738281666666666 0.712565
EOD
$line7 << EOD
0.0 0.0035806666666666665 0.0 0.010742
0.8343333333333334 0.7685545 0.6881508333333333 0.8356118333333334
1.6271666666666667 0.8727211666666665 0.8326819999999999 0.906901
2.423 0.8802085000000001 0.8453778333333334 0.9130861666666665
EOD
set title "Fortune categories: test accuracy vs training seconds\n(mean over seeds at each evaluation step; x: mean seconds)"
set xlabel "training seconds (steps only)"
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
set output "tasks-text-accuracy-vs-seconds.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer", \
     0.446289 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.446)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-text-accuracy-vs-seconds.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer", \
     0.446289 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.446)"
unset output
