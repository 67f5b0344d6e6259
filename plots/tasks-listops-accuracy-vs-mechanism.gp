# Written by `repro plot` from ./results/tasks-listops.csv; rerun it rather than editing this file.
$line1 << EOD
1.0 0.2671876 0.25546879999999994 0.2785158
2.0 0.2265624 0.21289059999999999 0.2374998
3.0 0.26406260000000004 0.24804680000000007 0.2812504
4.0 0.2804688 0.26054720000000003 0.2968748
5.0 0.26328100000000004 0.24804659999999998 0.28046839999999995
6.0 0.240625 0.23203139999999997 0.2527344
7.0 0.271875 0.26249980000000006 0.2800782
EOD
$seeds1 << EOD
0.96 0.279297
0.98 0.279297
1.0 0.248047
1.02 0.253906
1.04 0.275391
1.96 0.240234
1.98 0.234375
2.0 0.236328
2.02 0.220703
2.04 0.201172
2.96 0.257812
2.98 0.292969
3.0 0.273438
3.02 0.236328
3.04 0.259766
3.96 0.28125
3.98 0.296875
4.0 0.279297
4.02 0.242188
4.04 0.302734
4.96 0.279297
4.98 0.289062
5.0 0.255859
5.02 0.236328
5.04 0.255859
5.96 0.236328
5.98 0.263672
6.0 0.234375
6.02 0.240234
6.04 0.228516
6.96 0.255859
6.98 0.279297
7.0 0.265625
7.02 0.283203
7.04 0.275391
EOD
set title "ListOps: final test accuracy by mechanism (mean and 95% bootstrap interval over seeds; dots: seeds)"
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
set output "tasks-listops-accuracy-vs-mechanism.png"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "listops", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.1214844 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.121)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-listops-accuracy-vs-mechanism.svg"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "listops", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.1214844 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.121)"
unset output
