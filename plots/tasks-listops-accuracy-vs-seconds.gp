# Written by `repro plot` from ./results/tasks-listops.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.0
0.987 0.234375
1.917 0.21875
2.868 0.257812
3.797 0.279297
EOD
$line2 << EOD
0.0 0.0
0.924 0.121094
1.855 0.234375
2.742 0.251953
3.633 0.279297
EOD
$line3 << EOD
0.0 0.078125
0.893 0.126953
1.815 0.251953
2.722 0.265625
3.646 0.248047
EOD
$line4 << EOD
0.0 0.044922
0.917 0.210938
1.872 0.195312
2.799 0.21875
3.701 0.253906
EOD
$line5 << EOD
0.0 0.007812
0.921 0.191406
1.844 0.253906
2.759 0.261719
3.697 0.275391
EOD
$line6 << EOD
0.0 0.0
1.054 0.167969
2.091 0.214844
3.108 0.216797
4.111 0.240234
EOD
$line7 << EOD
0.0 0.0
0.979 0.117188
1.982 0.140625
2.989 0.195312
4.115 0.234375
EOD
$line8 << EOD
0.0 0.078125
1.444 0.097656
2.893 0.154297
4.327 0.244141
5.337 0.236328
EOD
$line9 << EOD
0.0 0.044922
1.02 0.115234
2.036 0.181641
3.083 0.208984
4.124 0.220703
EOD
$line10 << EOD
0.0 0.0
1.038 0.123047
2.089 0.238281
3.127 0.232422
4.203 0.201172
EOD
$line11 << EOD
0.0 0.0
0.881 0.169922
1.767 0.207031
2.658 0.238281
3.558 0.257812
EOD
$line12 << EOD
0.0 0.0
0.907 0.113281
2.017 0.216797
3.393 0.265625
4.768 0.292969
EOD
$line13 << EOD
0.0 0.078125
1.36 0.078125
2.704 0.244141
4.045 0.246094
5.411 0.273438
EOD
$line14 << EOD
0.0 0.048828
1.412 0.138672
2.738 0.175781
4.064 0.240234
5.397 0.236328
EOD
$line15 << EOD
0.0 0.0
1.331 0.146484
2.67 0.257812
4.013 0.259766
5.378 0.259766
EOD
$line16 << EOD
0.0 0.0
1.269 0.238281
2.527 0.21875
3.845 0.224609
5.073 0.28125
EOD
$line17 << EOD
0.0 0.0
1.3 0.265625
2.577 0.269531
4.022 0.292969
5.327 0.296875
EOD
$line18 << EOD
0.0 0.082031
1.314 0.255859
2.635 0.240234
3.941 0.300781
5.261 0.279297
EOD
$line19 << EOD
0.0 0.005859
1.281 0.240234
2.622 0.205078
3.895 0.244141
5.203 0.242188
EOD
$line20 << EOD
0.0 0.095703
1.32 0.246094
2.628 0.248047
3.965 0.269531
5.076 0.302734
EOD
$line21 << EOD
0.0 0.0
0.852 0.238281
1.628 0.236328
2.412 0.271484
3.223 0.279297
EOD
$line22 << EOD
0.0 0.0
0.878 0.121094
1.709 0.236328
2.498 0.265625
3.292 0.289062
EOD
$line23 << EOD
0.0 0.078125
0.804 0.130859
1.593 0.248047
2.393 0.255859
3.189 0.255859
EOD
$line24 << EOD
0.0 0.046875
0.853 0.210938
1.748 0.224609
2.637 0.230469
3.496 0.236328
EOD
$line25 << EOD
0.0 0.007812
0.887 0.199219
1.809 0.273438
2.743 0.265625
3.921 0.255859
EOD
$line26 << EOD
0.0 0.019531
1.162 0.210938
2.408 0.201172
3.674 0.230469
4.97 0.236328
EOD
$line27 << EOD
0.0 0.005859
1.267 0.167969
2.535 0.212891
3.796 0.224609
5.069 0.263672
EOD
$line28 << EOD
0.0 0.099609
1.275 0.210938
2.544 0.236328
3.868 0.232422
4.95 0.234375
EOD
$line29 << EOD
0.0 0.087891
0.798 0.158203
1.595 0.230469
2.426 0.226562
3.258 0.240234
EOD
$line30 << EOD
0.0 0.044922
1.303 0.167969
2.564 0.246094
3.853 0.230469
4.706 0.228516
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
set linestyle 19 linecolor rgb "#bcbd22" linewidth 2 pointtype 9
set linestyle 20 linecolor rgb "#17becf" linewidth 2 pointtype 11
set linestyle 21 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 22 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 23 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 24 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 25 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 26 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 27 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set linestyle 28 linecolor rgb "#7f7f7f" linewidth 2 pointtype 11
set linestyle 29 linecolor rgb "#bcbd22" linewidth 2 pointtype 5
set linestyle 30 linecolor rgb "#17becf" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-listops-accuracy-vs-seconds.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, seed=1", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact, seed=2", \
     $line3 using 1:2 with linespoints linestyle 3 title "exact, seed=3", \
     $line4 using 1:2 with linespoints linestyle 4 title "exact, seed=4", \
     $line5 using 1:2 with linespoints linestyle 5 title "exact, seed=5", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-softmax, seed=1", \
     $line7 using 1:2 with linespoints linestyle 7 title "performer-softmax, seed=2", \
     $line8 using 1:2 with linespoints linestyle 8 title "performer-softmax, seed=3", \
     $line9 using 1:2 with linespoints linestyle 9 title "performer-softmax, seed=4", \
     $line10 using 1:2 with linespoints linestyle 10 title "performer-softmax, seed=5", \
     $line11 using 1:2 with linespoints linestyle 11 title "performer-relu, seed=1", \
     $line12 using 1:2 with linespoints linestyle 12 title "performer-relu, seed=2", \
     $line13 using 1:2 with linespoints linestyle 13 title "performer-relu, seed=3", \
     $line14 using 1:2 with linespoints linestyle 14 title "performer-relu, seed=4", \
     $line15 using 1:2 with linespoints linestyle 15 title "performer-relu, seed=5", \
     $line16 using 1:2 with linespoints linestyle 16 title "local, seed=1", \
     $line17 using 1:2 with linespoints linestyle 17 title "local, seed=2", \
     $line18 using 1:2 with linespoints linestyle 18 title "local, seed=3", \
     $line19 using 1:2 with linespoints linestyle 19 title "local, seed=4", \
     $line20 using 1:2 with linespoints linestyle 20 title "local, seed=5", \
     $line21 using 1:2 with linespoints linestyle 21 title "block-sparse, seed=1", \
     $line22 using 1:2 with linespoints linestyle 22 title "block-sparse, seed=2", \
     $line23 using 1:2 with linespoints linestyle 23 title "block-sparse, seed=3", \
     $line24 using 1:2 with linespoints linestyle 24 title "block-sparse, seed=4", \
     $line25 using 1:2 with linespoints linestyle 25 title "block-sparse, seed=5", \
     $line26 using 1:2 with linespoints linestyle 26 title "linformer, seed=1", \
     $line27 using 1:2 with linespoints linestyle 27 title "linformer, seed=2", \
     $line28 using 1:2 with linespoints linestyle 28 title "linformer, seed=3", \
     $line29 using 1:2 with linespoints linestyle 29 title "linformer, seed=4", \
     $line30 using 1:2 with linespoints linestyle 30 title "linformer, seed=5"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-listops-accuracy-vs-seconds.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, seed=1", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact, seed=2", \
     $line3 using 1:2 with linespoints linestyle 3 title "exact, seed=3", \
     $line4 using 1:2 with linespoints linestyle 4 title "exact, seed=4", \
     $line5 using 1:2 with linespoints linestyle 5 title "exact, seed=5", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-softmax, seed=1", \
     $line7 using 1:2 with linespoints linestyle 7 title "performer-softmax, seed=2", \
     $line8 using 1:2 with linespoints linestyle 8 title "performer-softmax, seed=3", \
     $line9 using 1:2 with linespoints linestyle 9 title "performer-softmax, seed=4", \
     $line10 using 1:2 with linespoints linestyle 10 title "performer-softmax, seed=5", \
     $line11 using 1:2 with linespoints linestyle 11 title "performer-relu, seed=1", \
     $line12 using 1:2 with linespoints linestyle 12 title "performer-relu, seed=2", \
     $line13 using 1:2 with linespoints linestyle 13 title "performer-relu, seed=3", \
     $line14 using 1:2 with linespoints linestyle 14 title "performer-relu, seed=4", \
     $line15 using 1:2 with linespoints linestyle 15 title "performer-relu, seed=5", \
     $line16 using 1:2 with linespoints linestyle 16 title "local, seed=1", \
     $line17 using 1:2 with linespoints linestyle 17 title "local, seed=2", \
     $line18 using 1:2 with linespoints linestyle 18 title "local, seed=3", \
     $line19 using 1:2 with linespoints linestyle 19 title "local, seed=4", \
     $line20 using 1:2 with linespoints linestyle 20 title "local, seed=5", \
     $line21 using 1:2 with linespoints linestyle 21 title "block-sparse, seed=1", \
     $line22 using 1:2 with linespoints linestyle 22 title "block-sparse, seed=2", \
     $line23 using 1:2 with linespoints linestyle 23 title "block-sparse, seed=3", \
     $line24 using 1:2 with linespoints linestyle 24 title "block-sparse, seed=4", \
     $line25 using 1:2 with linespoints linestyle 25 title "block-sparse, seed=5", \
     $line26 using 1:2 with linespoints linestyle 26 title "linformer, seed=1", \
     $line27 using 1:2 with linespoints linestyle 27 title "linformer, seed=2", \
     $line28 using 1:2 with linespoints linestyle 28 title "linformer, seed=3", \
     $line29 using 1:2 with linespoints linestyle 29 title "linformer, seed=4", \
     $line30 using 1:2 with linespoints linestyle 30 title "linformer, seed=5"
unset output
