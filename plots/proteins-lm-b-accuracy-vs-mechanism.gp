# Written by `repro plot` from ./results/proteins-lm-b.csv; rerun it rather than editing this file.
$line1 << EOD
0.79 0.093451 0.092715 0.0944446
1.79 0.09437066666666667 0.092715 0.09660581666666668
2.79 0.09565866666666667 0.09331300000000001 0.09806861666666666
3.79 0.093267 0.092715 0.09401219999999999
4.79 0.092715 0.092715 0.092715
EOD
$seeds1 << EOD
0.75 0.092715
0.77 0.092715
0.79 0.094923
1.75 0.092715
1.77 0.092715
1.79 0.097682
2.75 0.098786
2.77 0.092715
2.79 0.095475
3.75 0.092715
3.77 0.092715
3.79 0.094371
4.75 0.092715
4.7700000000000005 0.092715
4.79 0.092715
EOD
$line2 << EOD
0.9299999999999999 0.09498566666666668 0.094102 0.09617861666666669
1.93 0.09366033333333335 0.09098746666666666 0.09617861666666669
2.93 0.09321833333333335 0.09202538333333334 0.094102
3.93 0.09388133333333333 0.09306408333333334 0.09462135
4.93 0.09343933333333333 0.09202538333333334 0.09462135
EOD
$seeds2 << EOD
0.8899999999999999 0.096753
0.9099999999999999 0.094102
0.9299999999999999 0.094102
1.89 0.090126
1.91 0.094102
1.93 0.096753
2.89 0.091451
2.91 0.094102
2.93 0.094102
3.89 0.092777
3.91 0.094102
3.93 0.094765
4.89 0.094765
4.91 0.094102
4.93 0.091451
EOD
$line3 << EOD
1.07 0.10991333333333335 0.10478771666666667 0.11422531666666667
2.07 0.105686 0.102727 0.10968064999999999
3.07 0.10991333333333332 0.10465035 0.11458458333333334
4.07 0.102727 0.102727 0.10272700000000001
5.07 0.10251566666666667 0.10223036666666667 0.10272700000000001
EOD
$seeds3 << EOD
1.03 0.112238
1.05 0.102727
1.07 0.114775
2.03 0.102727
2.05 0.102727
2.07 0.111604
3.03 0.111604
3.05 0.102727
3.07 0.115409
4.03 0.102727
4.050000000000001 0.102727
4.07 0.102727
5.03 0.102093
5.050000000000001 0.102727
5.07 0.102727
EOD
$line4 << EOD
1.21 0.12525833333333333 0.12146488333333333 0.12852585
2.21 0.12713633333333332 0.12631920000000002 0.12808483333333334
3.21 0.12619733333333336 0.12499536666666666 0.12720201666666664
4.21 0.12657300000000002 0.12587818333333334 0.12720201666666664
5.21 0.12563366666666667 0.12507 0.12639461666666668
EOD
$seeds4 << EOD
1.17 0.129014
1.19 0.126761
1.21 0.12
2.17 0.126197
2.19 0.126761
2.21 0.128451
3.17 0.127324
3.19 0.126761
3.21 0.124507
4.17 0.125634
4.19 0.126761
4.21 0.127324
5.17 0.12507
5.19 0.126761
5.21 0.12507
EOD
set title "Protein LM B (L 512): final accuracy per mechanism and split\n(mean and 95% bootstrap interval over seeds; dots: seeds)"
set xlabel "mechanism\n"
set ylabel "accuracy"
set xtics ("exact" 1, "performer-softmax" 2, "performer-relu" 3, "linformer" 4, "reformer" 5) font ",9"
set xrange [0.5:5.5]
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
set output "proteins-lm-b-accuracy-vs-mechanism.png"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "train", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     $line2 using 1:2:3:4 with yerrorbars linestyle 2 title "validation", \
     $seeds2 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#d62728" notitle, \
     $line3 using 1:2:3:4 with yerrorbars linestyle 3 title "test", \
     $seeds3 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#2ca02c" notitle, \
     $line4 using 1:2:3:4 with yerrorbars linestyle 4 title "ood", \
     $seeds4 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#ff7f0e" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.094102 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "unigram baseline (validation) (0.0941)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "proteins-lm-b-accuracy-vs-mechanism.svg"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "train", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     $line2 using 1:2:3:4 with yerrorbars linestyle 2 title "validation", \
     $seeds2 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#d62728" notitle, \
     $line3 using 1:2:3:4 with yerrorbars linestyle 3 title "test", \
     $seeds3 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#2ca02c" notitle, \
     $line4 using 1:2:3:4 with yerrorbars linestyle 4 title "ood", \
     $seeds4 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#ff7f0e" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.094102 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "unigram baseline (validation) (0.0941)"
unset output
