# Written by `repro plot` from ./results/tasks-mqar.csv; rerun it rather than editing this file.
$line1 << EOD
0.9299999999999999 1.0 1.0 1.0
1.93 0.28776033333333334 0.2790366 0.2973955833333333
2.93 0.28613299999999997 0.2800945833333333 0.2908043166666667
3.93 0.752279 0.4438967833333334 0.9862634666666666
4.93 0.7734373333333333 0.46813136666666666 0.9997883166666668
5.93 0.02181 0.0194013 0.02399085
6.93 0.9195963333333333 0.8110513833333335 1.0
7.93 0.9521486666666666 0.8955895 0.9950360166666667
EOD
$seeds1 << EOD
0.8899999999999999 1.0
0.9099999999999999 1.0
0.9299999999999999 1.0
1.89 0.285156
1.91 0.277344
1.93 0.300781
2.89 0.290039
2.91 0.277344
2.93 0.291016
3.89 0.964844
3.91 0.992188
3.93 0.299805
4.89 0.999023
4.91 1.0
4.93 0.321289
5.89 0.018555
5.91 0.022461
5.93 0.024414
6.89 1.0
6.91 1.0
6.93 0.758789
7.89 0.996094
7.91 0.991211
7.93 0.869141
EOD
$line2 << EOD
1.07 1.0 1.0 1.0
2.07 0.20003233333333334 0.19290326666666666 0.20590816666666667
3.07 0.200358 0.19383938333333334 0.20607896666666664
4.07 0.556315 0.26523451666666664 0.865738633333333
5.07 0.4003906666666666 0.2067708166666667 0.6596353999999995
6.07 0.152181 0.14724148333333334 0.15603831666666668
7.07 0.7605793333333334 0.4509356333333334 0.9929200500000002
8.07 0.9576823333333334 0.9203777833333334 0.9876950999999999
EOD
$seeds2 << EOD
1.03 1.0
1.05 1.0
1.07 1.0
2.03 0.203613
2.05 0.189941
2.07 0.206543
3.03 0.207031
3.05 0.191406
3.07 0.202637
4.03 0.503906
4.050000000000001 0.96582
4.07 0.199219
5.03 0.783203
5.050000000000001 0.205078
5.07 0.212891
6.03 0.15625
6.050000000000001 0.14502
6.07 0.155273
7.03 0.981445
7.050000000000001 0.996094
7.07 0.304199
8.030000000000001 0.990234
8.05 0.978516
8.07 0.904297
EOD
set title "MQAR (L = 32): final test accuracy by mechanism and pairs\n(mean and 95% bootstrap interval over seeds; dots: seeds)"
set xlabel "\n\nmechanism (features = m of FAVOR+)\n"
set ylabel "test accuracy"
set xtics ("exact" 1, "performer-\nsoftmax\nfeatures=16" 2, "performer-\nsoftmax\nfeatures=64" 3, "performer-\nsoftmax\nfeatures=256" 4, "performer-relu" 5, "local" 6, "block-sparse" 7, "reformer" 8) font ",9"
set xrange [0.5:8.5]
set grid ytics
set key below nobox
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-mqar-accuracy-vs-mechanism.png"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "pairs=4", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     $line2 using 1:2:3:4 with yerrorbars linestyle 2 title "pairs=8", \
     $seeds2 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#d62728" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.25 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "chance, 4 pairs (1/pairs) (0.25)", \
     0.125 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "chance, 8 pairs (1/pairs) (0.125)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-mqar-accuracy-vs-mechanism.svg"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "pairs=4", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     $line2 using 1:2:3:4 with yerrorbars linestyle 2 title "pairs=8", \
     $seeds2 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#d62728" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.25 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "chance, 4 pairs (1/pairs) (0.25)", \
     0.125 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "chance, 8 pairs (1/pairs) (0.125)"
unset output
