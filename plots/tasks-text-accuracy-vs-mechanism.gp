# Written by `repro plot` from ./results/tasks-text.csv; rerun it rather than editing this file.
$line1 << EOD
1.0 0.9173176666666668 0.9025067500000001 0.9346351666666666
2.0 0.8841146666666666 0.8658854333333332 0.8980146333333333
3.0 0.9335939999999999 0.9224611166666667 0.9454104333333334
4.0 0.7037763333333333 0.6996421500000001 0.7088220333333333
5.0 0.90625 0.8846677833333332 0.9305664166666665
6.0 0.6848960000000001 0.6710940166666667 0.6971030333333332
7.0 0.857422 0.820866 0.8912437999999998
EOD
$seeds1 << EOD
0.96 0.941406
0.98 0.900391
1.0 0.910156
1.96 0.896484
1.98 0.898438
2.0 0.857422
2.96 0.949219
2.98 0.919922
3.0 0.931641
3.96 0.701172
3.98 0.710938
4.0 0.699219
4.96 0.939453
4.98 0.898438
5.0 0.880859
5.96 0.689453
5.98 0.699219
6.0 0.666016
6.96 0.808594
6.98 0.865234
7.0 0.898438
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
     0.4459633333333333 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.446)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-text-accuracy-vs-mechanism.svg"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "fortunes", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.4459633333333333 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.446)"
unset output
