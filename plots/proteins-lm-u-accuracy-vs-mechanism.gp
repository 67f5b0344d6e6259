# Written by `repro plot` from ./results/proteins-lm-u.csv; rerun it rather than editing this file.
$line1 << EOD
0.79 0.100085 0.09836438333333333 0.10189486666666667
1.79 0.099036 0.09810633333333334 0.10010461666666667
2.79 0.099603 0.09829779999999999 0.10082875
3.79 0.09914933333333335 0.09839108333333332 0.10005645
EOD
$seeds1 << EOD
0.75 0.09983
0.77 0.097959
0.79 0.102466
1.75 0.098639
1.77 0.097959
1.79 0.10051
2.75 0.09983
2.77 0.097874
2.79 0.101105
3.75 0.100425
3.77 0.098299
3.79 0.098724
EOD
$line2 << EOD
0.9299999999999999 0.09359166666666667 0.09119213333333334 0.09561483333333334
1.93 0.09063433333333333 0.08974888333333333 0.091802
2.93 0.09207900000000001 0.09103545 0.092852
3.93 0.09123933333333334 0.09027476666666667 0.09248611666666667
EOD
$seeds2 << EOD
0.8899999999999999 0.094667
0.9099999999999999 0.090231
0.9299999999999999 0.095877
1.89 0.089727
1.91 0.089828
1.93 0.092348
2.89 0.092852
2.91 0.090533
2.93 0.092852
3.89 0.090433
3.91 0.090231
3.93 0.093054
EOD
$line3 << EOD
1.07 0.10190133333333333 0.1004112 0.10338003333333334
2.07 0.10044399999999999 0.09884059999999999 0.1023421
3.07 0.10258166666666667 0.10009896666666666 0.1054272
4.07 0.09986066666666667 0.09870423333333332 0.10083568333333331
EOD
$seeds3 << EOD
1.03 0.101934
1.05 0.09999
1.07 0.10378
2.03 0.099602
2.05 0.09863
2.07 0.1031
3.03 0.106501
3.05 0.099699
3.07 0.101545
4.03 0.100379
4.050000000000001 0.098241
4.07 0.100962
EOD
$line4 << EOD
1.21 0.11125033333333334 0.11104520000000001 0.11150423333333334
2.21 0.111864 0.11103728333333335 0.11254441666666667
3.21 0.11105533333333334 0.11064133333333333 0.11136199999999999
4.21 0.110609 0.11039418333333334 0.11085321666666667
EOD
$seeds4 << EOD
1.17 0.111111
1.19 0.111027
1.21 0.111613
2.17 0.112282
2.19 0.110693
2.21 0.112617
3.17 0.111362
3.19 0.110442
3.21 0.111362
4.17 0.110358
4.19 0.110944
4.21 0.110525
EOD
set title "Protein LM U (L 512): final accuracy per mechanism and split\n(mean and 95% bootstrap interval over seeds; dots: seeds)"
set xlabel "mechanism\n"
set ylabel "accuracy"
set xtics ("exact" 1, "performer-softmax" 2, "performer-relu" 3, "reformer" 4) font ",9"
set xrange [0.5:4.5]
set grid ytics
set key below nobox
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "proteins-lm-u-accuracy-vs-mechanism.png"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "train", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     $line2 using 1:2:3:4 with yerrorbars linestyle 2 title "validation", \
     $seeds2 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#d62728" notitle, \
     $line3 using 1:2:3:4 with yerrorbars linestyle 3 title "test", \
     $seeds3 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#2ca02c" notitle, \
     $line4 using 1:2:3:4 with yerrorbars linestyle 4 title "ood", \
     $seeds4 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#ff7f0e" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.084988 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "unigram baseline (validation) (0.085)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "proteins-lm-u-accuracy-vs-mechanism.svg"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "train", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     $line2 using 1:2:3:4 with yerrorbars linestyle 2 title "validation", \
     $seeds2 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#d62728" notitle, \
     $line3 using 1:2:3:4 with yerrorbars linestyle 3 title "test", \
     $seeds3 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#2ca02c" notitle, \
     $line4 using 1:2:3:4 with yerrorbars linestyle 4 title "ood", \
     $seeds4 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#ff7f0e" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.084988 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "unigram baseline (validation) (0.085)"
unset output
