# Written by `repro plot` from ./results/tasks-listops.csv; rerun it rather than editing this file.
$line1 << EOD
1.0 0.2663575 0.255126996875 0.27905275
2.0 0.2216795 0.210449 0.23120100000000005
3.0 0.25903325 0.24462887500000002 0.272705125
4.0 0.2731935 0.25854525 0.28735350000000004
5.0 0.264404125 0.252197 0.277343625
6.0 0.226318375 0.21141940625 0.24121100312500002
7.0 0.26000975 0.24536125000000003 0.272460875
EOD
$seeds1 << EOD
0.96 0.279297
0.98 0.279297
1.0 0.248047
1.02 0.253906
1.04 0.275391
0.96 0.25
0.98 0.296875
1.0 0.248047
1.96 0.240234
1.98 0.234375
2.0 0.236328
2.02 0.220703
2.04 0.201172
1.96 0.222656
1.98 0.224609
2.0 0.193359
2.96 0.257812
2.98 0.292969
3.0 0.273438
3.02 0.236328
3.04 0.259766
2.96 0.253906
2.98 0.273438
3.0 0.224609
3.96 0.28125
3.98 0.296875
4.0 0.279297
4.02 0.242188
4.04 0.302734
3.96 0.275391
3.98 0.263672
4.0 0.244141
4.96 0.279297
4.98 0.289062
5.0 0.255859
5.02 0.236328
5.04 0.255859
4.96 0.257812
4.98 0.291016
5.0 0.25
5.96 0.236328
5.98 0.263672
6.0 0.234375
6.02 0.240234
6.04 0.228516
5.96 0.201172
5.98 0.210938
6.0 0.195312
6.96 0.255859
6.98 0.279297
7.0 0.265625
7.02 0.283203
7.04 0.275391
6.96 0.220703
6.98 0.253906
7.0 0.246094
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
     0.11914074999999999 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.119)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-listops-accuracy-vs-mechanism.svg"
plot $line1 using 1:2:3:4 with yerrorbars linestyle 1 title "listops", \
     $seeds1 using 1:2 with points pointtype 7 pointsize 0.6 linecolor rgb "#1f77b4" notitle, \
     NaN with points pointtype 7 pointsize 0.6 linecolor rgb "gray40" title "one dot per seed", \
     0.11914074999999999 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.119)"
unset output
