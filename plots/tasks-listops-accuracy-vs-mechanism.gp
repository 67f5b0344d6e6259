# Written by `repro plot` from ./results/tasks-listops.csv; rerun it rather than editing this file.
$line1 << EOD
1.0 0.2671876 0.24852847361148014 0.28584672638851993
EOD
$line2 << EOD
2.0 0.2265624 0.2067123895241683 0.2464124104758317
EOD
$line3 << EOD
3.0 0.26406260000000004 0.23809014671358492 0.29003505328641516
EOD
$line4 << EOD
4.0 0.2804688 0.25113665258039214 0.3098009474196079
EOD
$line5 << EOD
5.0 0.26328100000000004 0.23725227891899853 0.28930972108100156
EOD
$line6 << EOD
6.0 0.240625 0.22378856976334044 0.25746143023665957
EOD
set title "ListOps: final test accuracy by mechanism (mean and 95% t-interval over seeds)"
set xlabel "mechanism (1 exact, 2 performer-softmax, 3 performer-relu, 4 local, 5 block-sparse, 6 linformer)"
set ylabel "test accuracy"
set grid
set key outside right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, 0, 0
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-listops-accuracy-vs-mechanism.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.113281 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.113)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-listops-accuracy-vs-mechanism.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.113281 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.113)"
unset output
