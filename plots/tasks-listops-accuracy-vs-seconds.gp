# Written by `repro plot` from ./results/tasks-listops.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.026171800000000002 0.0015623999999999998 0.055859400000000003
0.5418000000000001 0.17695319999999998 0.1375 0.21640639999999997
1.1132000000000002 0.2308592 0.2113278 0.2492186
1.661 0.2511718 0.2343748 0.2625
2.1706 0.2671876 0.25546879999999994 0.2785158
EOD
$line2 << EOD
0.0 0.024609399999999997 0.0 0.055859400000000003
0.609 0.1242188 0.1066406 0.1476566
1.2268 0.1859376 0.154297 0.2175782
1.8483999999999998 0.21953119999999998 0.20507780000000003 0.23476579999999997
2.4554 0.2265624 0.21289059999999999 0.2374998
EOD
$line3 << EOD
0.0 0.025390600000000003 0.0 0.0566406
0.4976 0.12929680000000002 0.09921860000000002 0.1542968
1.0466 0.2203124 0.195703 0.2449216
1.5438000000000003 0.25 0.24062480000000003 0.2593752
2.043 0.26406260000000004 0.24804680000000007 0.2812504
EOD
$line4 << EOD
0.0 0.036718600000000004 0.0011718 0.07382799999999999
0.6668 0.2492186 0.24062480000000003 0.25859360000000003
1.3062 0.236328 0.2164062 0.255078
1.8370000000000002 0.2664062 0.2414062 0.2914062
2.3806000000000003 0.2804688 0.26054720000000003 0.2968748
EOD
$line5 << EOD
0.0 0.026562400000000003 0.0015623999999999998 0.05625
0.6275999999999999 0.18007820000000002 0.140625 0.2195314
1.2240000000000002 0.24375 0.2316404 0.25859400000000005
1.844 0.25781240000000005 0.24375 0.2679686
2.4438 0.26328100000000004 0.24804659999999998 0.28046839999999995
EOD
$line6 << EOD
0.0 0.051562399999999994 0.019140400000000002 0.08398439999999999
0.5086 0.1832034 0.1640626 0.20234419999999997
1.0162 0.2253908 0.21054699999999998 0.23906260000000001
1.5253999999999999 0.2289062 0.22617160000000003 0.2312502
2.0376 0.240625 0.23203139999999997 0.2527344
EOD
$line7 << EOD
0.0 0.035156200000000006 0.0011718000000000002 0.0722656
0.6734 0.190625 0.16445300000000002 0.21875019999999998
1.366 0.23789059999999998 0.2214846 0.2531248
2.0638 0.240234 0.22773400000000002 0.25273399999999996
2.749 0.271875 0.26249980000000006 0.2800782
EOD
set title "ListOps: test accuracy vs training seconds (mean over seeds at each evaluation step; x: mean seconds)"
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
set output "tasks-listops-accuracy-vs-seconds.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer", \
     0.1214844 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.121)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-listops-accuracy-vs-seconds.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer", \
     0.1214844 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.121)"
unset output
