# Written by `repro plot` from ./results/tasks-text.csv; rerun it rather than editing this file.
$line1 << EOD
1.0 0.9173176666666668 0.8640947773819503 0.9705405559513833
EOD
$line2 << EOD
2.0 0.8841146666666666 0.8266381329731871 0.9415912003601461
EOD
$line3 << EOD
3.0 0.9335939999999999 0.8969629498832169 0.970225050116783
EOD
$line4 << EOD
4.0 0.7037763333333333 0.6881792873139368 0.7193733793527298
EOD
$line5 << EOD
5.0 0.90625 0.8315561228407657 0.9809438771592343
EOD
$line6 << EOD
6.0 0.6848960000000001 0.6425058886209709 0.7272861113790292
EOD
set title "Fortune categories: final test accuracy by mechanism (mean and 95% t-interval over seeds)"
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
set output "tasks-text-accuracy-vs-mechanism.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.443359 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.443)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-text-accuracy-vs-mechanism.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.443359 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.443)"
unset output
