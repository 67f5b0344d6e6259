# Written by `repro plot` from ./results/tasks-text.csv; rerun it rather than editing this file.
$line1 << EOD
1.0 0.9179686666666668 0.9033201666666666 0.9329424999999999
2.0 0.8811849999999999 0.8567706666666666 0.9023439999999999
3.0 0.9322916666666665 0.9205729999999999 0.9423828333333333
4.0 0.6946616666666667 0.6793621666666666 0.7096355000000001
5.0 0.9108073333333334 0.8899736666666667 0.9296876666666667
6.0 0.6907551666666668 0.6738281666666666 0.712565
7.0 0.8802085000000001 0.8453778333333334 0.9130861666666665
EOD
$seeds1 << EOD
0.96 0.941406
0.98 0.900391
1.0 0.910156
1.02 0.921875
1.04 0.941406
0.96 0.892578
1.96 0.896484
1.98 0.898438
2.0 0.857422
2.02 0.830078
2.04 0.888672
1.96 0.916016
2.96 0.949219
2.98 0.919922
3.0 0.931641
3.02 0.910156
3.04 0.941406
2.96 0.941406
3.96 0.701172
3.98 0.710938
4.0 0.699219
4.02 0.669922
4.04 0.71875
3.96 0.667969
4.96 0.939453
4.98 0.898438
5.0 0.880859
5.02 0.933594
5.04 0.933594
4.96 0.878906
5.96 0.689453
5.98 0.699219
6.0 0.666016
6.02 0.677734
6.04 0.740234
5.96 0.671875
6.96 0.808594
6.98 0.865234
7.0 0.898438
7.02 0.855469
7.04 0.917969
6.96 0.935547
EOD
set title "Fortune categories: final test accuracy by mechanism\n(mean and 95% bootstrap interval over seeds; dots: seeds)"
set xlabel "mechanism\n"
set ylabel "test accuracy"
set xtics ("exact" 1, "performer-softmax" 2, "performer-relu" 3, "local" 4, "block-sparse" 5, "linformer" 6, "reformer" 7) font ",9"
set xrange [0.5:7.5]
set grid ytics
set key below nobox
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-text-accuracy-vs-mechanism.png"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "fortunes", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.446289 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.446)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-text-accuracy-vs-mechanism.svg"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "fortunes", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.446289 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.446)"
unset output
