# Written by `repro plot` from ./results/tasks-listops.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.0
0.733 0.234375
1.421 0.21875
2.096 0.257812
2.82 0.279297
EOD
$line2 << EOD
0.0 0.0
0.687 0.121094
1.372 0.234375
2.069 0.251953
2.787 0.279297
EOD
$line3 << EOD
0.0 0.078125
0.672 0.126953
1.347 0.251953
2.122 0.265625
2.824 0.248047
EOD
$line4 << EOD
0.0 0.044922
0.658 0.210938
1.307 0.195312
2.078 0.21875
2.816 0.253906
EOD
$line5 << EOD
0.0 0.007812
0.72 0.191406
1.426 0.253906
2.116 0.261719
2.792 0.275391
EOD
$line6 << EOD
0.0 0.0
0.596 0.167969
1.191 0.214844
1.78 0.216797
2.42 0.240234
EOD
$line7 << EOD
0.0 0.0
0.686 0.117188
1.444 0.140625
2.187 0.195312
2.896 0.234375
EOD
$line8 << EOD
0.0 0.078125
0.642 0.097656
1.312 0.154297
2.032 0.244141
2.689 0.236328
EOD
$line9 << EOD
0.0 0.044922
0.615 0.115234
1.202 0.181641
1.849 0.208984
2.578 0.220703
EOD
$line10 << EOD
0.0 0.0
0.714 0.123047
1.483 0.238281
2.226 0.232422
2.961 0.201172
EOD
$line11 << EOD
0.0 0.0
0.491 0.169922
1.081 0.207031
1.667 0.238281
2.263 0.257812
EOD
$line12 << EOD
0.0 0.0
0.559 0.113281
1.113 0.216797
1.706 0.265625
2.267 0.292969
EOD
$line13 << EOD
0.0 0.078125
0.563 0.078125
1.124 0.244141
1.685 0.246094
2.211 0.273438
EOD
$line14 << EOD
0.0 0.048828
0.502 0.138672
1.035 0.175781
1.536 0.240234
2.045 0.236328
EOD
$line15 << EOD
0.0 0.0
0.494 0.146484
1.047 0.257812
1.617 0.259766
2.188 0.259766
EOD
$line16 << EOD
0.0 0.0
0.536 0.238281
1.075 0.21875
1.615 0.224609
2.273 0.28125
EOD
$line17 << EOD
0.0 0.0
0.583 0.265625
1.114 0.269531
1.641 0.292969
2.198 0.296875
EOD
$line18 << EOD
0.0 0.082031
0.572 0.255859
1.102 0.240234
1.698 0.300781
2.329 0.279297
EOD
$line19 << EOD
0.0 0.005859
0.671 0.240234
1.81 0.205078
2.926 0.244141
4.074 0.242188
EOD
$line20 << EOD
0.0 0.095703
0.569 0.246094
1.18 0.248047
1.819 0.269531
2.463 0.302734
EOD
$line21 << EOD
0.0 0.0
0.692 0.238281
1.394 0.236328
2.038 0.271484
2.724 0.279297
EOD
$line22 << EOD
0.0 0.0
0.652 0.121094
1.301 0.236328
1.99 0.265625
2.667 0.289062
EOD
$line23 << EOD
0.0 0.078125
0.604 0.130859
1.274 0.248047
1.91 0.255859
2.577 0.255859
EOD
$line24 << EOD
0.0 0.046875
0.673 0.210938
1.269 0.224609
1.947 0.230469
2.544 0.236328
EOD
$line25 << EOD
0.0 0.007812
0.625 0.199219
1.315 0.273438
1.957 0.265625
2.642 0.255859
EOD
$line26 << EOD
0.0 0.019531
0.524 0.210938
1.037 0.201172
1.581 0.230469
2.121 0.236328
EOD
$line27 << EOD
0.0 0.005859
0.509 0.167969
1.018 0.212891
1.537 0.224609
2.059 0.263672
EOD
$line28 << EOD
0.0 0.099609
0.528 0.210938
1.038 0.236328
1.546 0.232422
2.055 0.234375
EOD
$line29 << EOD
0.0 0.087891
0.512 0.158203
1.04 0.230469
1.584 0.226562
2.09 0.240234
EOD
$line30 << EOD
0.0 0.044922
0.511 0.167969
1.013 0.246094
1.527 0.230469
2.032 0.228516
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
