# Written by `repro plot` from ./results/tasks-mqar.csv; rerun it rather than editing this file.
$line1 << EOD
1.0 1.0 1.0 1.0
2.0 0.1985675 0.19376600000000002 0.20312483333333337
3.0 0.19978833333333332 0.19523116666666665 0.20418283333333337
4.0 0.5227051666666667 0.265788 0.7827148333333334
5.0 0.5598145 0.30306 0.8445636666666665
6.0 0.15633133333333335 0.15063483333333333 0.16243466666666667
7.0 0.7914225 0.5743813333333333 0.9621580000000001
8.0 0.8728028333333334 0.7080894999999999 0.9713541666666666
EOD
$seeds1 << EOD
0.96 1.0
0.98 1.0
1.0 1.0
1.02 1.0
1.04 1.0
0.96 1.0
1.96 0.203613
1.98 0.189941
2.0 0.206543
2.02 0.202148
2.04 0.195801
1.96 0.193359
2.96 0.207031
2.98 0.191406
3.0 0.202637
3.02 0.197266
3.04 0.205566
2.96 0.194824
3.96 0.503906
3.98 0.96582
4.0 0.199219
4.02 0.984375
4.04 0.273438
3.96 0.209473
4.96 0.783203
4.98 0.205078
5.0 0.212891
5.02 0.206055
5.04 0.958984
4.96 0.992676
5.96 0.15625
5.98 0.14502
6.0 0.155273
6.02 0.168945
6.04 0.156738
5.96 0.155762
6.96 0.981445
6.98 0.996094
7.0 0.304199
7.02 0.875977
7.04 0.647949
6.96 0.942871
7.96 0.990234
7.98 0.978516
8.0 0.904297
8.02 0.473145
8.04 0.965332
7.96 0.925293
EOD
set title "MQAR (L = 32): final test accuracy by mechanism (8 pairs)\n(mean and 95% bootstrap interval over seeds; dots: seeds)"
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
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-mqar-accuracy-vs-mechanism.png"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "pairs=8", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.125 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "chance, 8 pairs (1/pairs) (0.125)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-mqar-accuracy-vs-mechanism.svg"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "pairs=8", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.125 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "chance, 8 pairs (1/pairs) (0.125)"
unset output
