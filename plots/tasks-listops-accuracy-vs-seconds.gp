# Written by `repro plot` from ./results/tasks-listops.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.0
0.729 0.234375
1.446 0.21875
2.173 0.257812
2.889 0.279297
EOD
$line2 << EOD
0.0 0.0
0.701 0.121094
1.403 0.234375
2.067 0.251953
2.754 0.279297
EOD
$line3 << EOD
0.0 0.078125
0.737 0.126953
1.447 0.251953
2.144 0.265625
2.851 0.248047
EOD
$line4 << EOD
0.0 0.0
0.747 0.167969
1.483 0.214844
2.225 0.216797
2.955 0.240234
EOD
$line5 << EOD
0.0 0.0
0.731 0.117188
1.451 0.140625
2.189 0.195312
2.99 0.234375
EOD
$line6 << EOD
0.0 0.078125
0.812 0.097656
1.63 0.154297
2.38 0.244141
3.141 0.236328
EOD
$line7 << EOD
0.0 0.0
0.588 0.169922
1.177 0.207031
1.775 0.238281
2.368 0.257812
EOD
$line8 << EOD
0.0 0.0
0.889 0.113281
1.96 0.216797
3.0 0.265625
4.069 0.292969
EOD
$line9 << EOD
0.0 0.078125
1.062 0.078125
2.109 0.244141
3.156 0.246094
4.218 0.273438
EOD
$line10 << EOD
0.0 0.0
1.094 0.238281
2.188 0.21875
3.293 0.224609
4.026 0.28125
EOD
$line11 << EOD
0.0 0.0
0.626 0.265625
1.264 0.269531
1.89 0.292969
2.479 0.296875
EOD
$line12 << EOD
0.0 0.082031
0.539 0.255859
1.089 0.240234
1.684 0.300781
2.314 0.279297
EOD
$line13 << EOD
0.0 0.0
0.691 0.238281
1.337 0.236328
2.044 0.271484
2.73 0.279297
EOD
$line14 << EOD
0.0 0.0
0.734 0.121094
1.307 0.236328
1.922 0.265625
2.522 0.289062
EOD
$line15 << EOD
0.0 0.078125
0.61 0.130859
1.249 0.248047
2.071 0.255859
3.292 0.255859
EOD
$line16 << EOD
0.0 0.019531
1.009 0.210938
2.021 0.201172
3.026 0.230469
4.084 0.236328
EOD
$line17 << EOD
0.0 0.005859
1.026 0.167969
2.039 0.212891
3.037 0.224609
4.032 0.263672
EOD
$line18 << EOD
0.0 0.099609
0.995 0.210938
2.001 0.236328
2.999 0.232422
3.997 0.234375
EOD
set title "ListOps: test accuracy vs training seconds (each seed a line)"
set xlabel "training seconds (steps only)"
set ylabel "test accuracy"
set grid
set key outside right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set linestyle 8 linecolor rgb "#7f7f7f" linewidth 2 pointtype 11
set linestyle 9 linecolor rgb "#bcbd22" linewidth 2 pointtype 5
set linestyle 10 linecolor rgb "#17becf" linewidth 2 pointtype 7
set linestyle 11 linecolor rgb "#1f77b4" linewidth 2 pointtype 9
set linestyle 12 linecolor rgb "#d62728" linewidth 2 pointtype 11
set linestyle 13 linecolor rgb "#2ca02c" linewidth 2 pointtype 5
set linestyle 14 linecolor rgb "#ff7f0e" linewidth 2 pointtype 7
set linestyle 15 linecolor rgb "#9467bd" linewidth 2 pointtype 9
set linestyle 16 linecolor rgb "#8c564b" linewidth 2 pointtype 11
set linestyle 17 linecolor rgb "#e377c2" linewidth 2 pointtype 5
set linestyle 18 linecolor rgb "#7f7f7f" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-listops-accuracy-vs-seconds.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, seed=1", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact, seed=2", \
     $line3 using 1:2 with linespoints linestyle 3 title "exact, seed=3", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax, seed=1", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-softmax, seed=2", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-softmax, seed=3", \
     $line7 using 1:2 with linespoints linestyle 7 title "performer-relu, seed=1", \
     $line8 using 1:2 with linespoints linestyle 8 title "performer-relu, seed=2", \
     $line9 using 1:2 with linespoints linestyle 9 title "performer-relu, seed=3", \
     $line10 using 1:2 with linespoints linestyle 10 title "local, seed=1", \
     $line11 using 1:2 with linespoints linestyle 11 title "local, seed=2", \
     $line12 using 1:2 with linespoints linestyle 12 title "local, seed=3", \
     $line13 using 1:2 with linespoints linestyle 13 title "block-sparse, seed=1", \
     $line14 using 1:2 with linespoints linestyle 14 title "block-sparse, seed=2", \
     $line15 using 1:2 with linespoints linestyle 15 title "block-sparse, seed=3", \
     $line16 using 1:2 with linespoints linestyle 16 title "linformer, seed=1", \
     $line17 using 1:2 with linespoints linestyle 17 title "linformer, seed=2", \
     $line18 using 1:2 with linespoints linestyle 18 title "linformer, seed=3"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-listops-accuracy-vs-seconds.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, seed=1", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact, seed=2", \
     $line3 using 1:2 with linespoints linestyle 3 title "exact, seed=3", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax, seed=1", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-softmax, seed=2", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-softmax, seed=3", \
     $line7 using 1:2 with linespoints linestyle 7 title "performer-relu, seed=1", \
     $line8 using 1:2 with linespoints linestyle 8 title "performer-relu, seed=2", \
     $line9 using 1:2 with linespoints linestyle 9 title "performer-relu, seed=3", \
     $line10 using 1:2 with linespoints linestyle 10 title "local, seed=1", \
     $line11 using 1:2 with linespoints linestyle 11 title "local, seed=2", \
     $line12 using 1:2 with linespoints linestyle 12 title "local, seed=3", \
     $line13 using 1:2 with linespoints linestyle 13 title "block-sparse, seed=1", \
     $line14 using 1:2 with linespoints linestyle 14 title "block-sparse, seed=2", \
     $line15 using 1:2 with linespoints linestyle 15 title "block-sparse, seed=3", \
     $line16 using 1:2 with linespoints linestyle 16 title "linformer, seed=1", \
     $line17 using 1:2 with linespoints linestyle 17 title "linformer, seed=2", \
     $line18 using 1:2 with linespoints linestyle 18 title "linformer, seed=3"
unset output
