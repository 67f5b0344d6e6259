# Written by `repro plot` from ./results/tasks-mqar.csv; rerun it rather than editing this file.
$line1 << EOD
1.0 0.275716 0.25046641373617473 0.3009655862638253
EOD
$line2 << EOD
2.0 0.2828773333333333 0.2695168388931567 0.29623782777350993
EOD
$line3 << EOD
3.0 0.3014323333333333 0.2916285289124031 0.3112361377542635
EOD
$line4 << EOD
4.0 0.029622333333333334 0.019521583917930557 0.03972308274873611
EOD
$line5 << EOD
5.0 0.28743500000000005 0.27733564283711687 0.29753435716288323
EOD
$line6 << EOD
6.0 0.4567056666666667 0.043837528255064206 0.8695738050782691
EOD
set title "MQAR: final test accuracy by mechanism (mean and 95% t-interval over seeds)"
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
set output "tasks-mqar-accuracy-vs-mechanism.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.045898 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.0459)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-mqar-accuracy-vs-mechanism.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.045898 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.0459)"
unset output
