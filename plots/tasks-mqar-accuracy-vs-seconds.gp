# Written by `repro plot` from ./results/tasks-mqar.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.021484
1.721 0.267578
3.439 0.261719
5.207 0.272461
EOD
$line2 << EOD
0.0 0.010742
1.75 0.267578
3.489 0.270508
5.247 0.267578
EOD
$line3 << EOD
0.0 0.012695
1.752 0.251953
3.543 0.271484
5.225 0.287109
EOD
$line4 << EOD
0.0 0.024414
1.433 0.160156
2.907 0.271484
4.429 0.280273
EOD
$line5 << EOD
0.0 0.010742
1.461 0.231445
2.929 0.273438
4.389 0.289062
EOD
$line6 << EOD
0.0 0.012695
1.468 0.217773
2.973 0.271484
4.48 0.279297
EOD
$line7 << EOD
0.0 0.024414
1.198 0.263672
2.384 0.296875
3.566 0.297852
EOD
$line8 << EOD
0.0 0.011719
1.181 0.272461
2.379 0.301758
3.551 0.305664
EOD
$line9 << EOD
0.0 0.012695
1.197 0.263672
2.38 0.294922
3.55 0.300781
EOD
$line10 << EOD
0.0 0.021484
0.962 0.03125
1.931 0.02832
2.913 0.026367
EOD
$line11 << EOD
0.0 0.006836
1.011 0.03125
2.131 0.041016
3.095 0.03418
EOD
$line12 << EOD
0.0 0.007812
0.961 0.03125
1.918 0.030273
2.873 0.02832
EOD
$line13 << EOD
0.0 0.025391
1.009 0.267578
2.003 0.283203
3.031 0.286133
EOD
$line14 << EOD
0.0 0.008789
0.978 0.271484
1.986 0.276367
2.946 0.28418
EOD
$line15 << EOD
0.0 0.012695
0.961 0.271484
1.943 0.28418
2.903 0.291992
EOD
$line16 << EOD
0.0 0.032227
1.032 0.286133
2.072 0.325195
3.119 0.439453
EOD
$line17 << EOD
0.0 0.016602
1.051 0.167969
2.108 0.292969
3.193 0.299805
EOD
$line18 << EOD
0.0 0.016602
1.02 0.233398
2.021 0.421875
3.062 0.630859
EOD
set title "MQAR: test accuracy vs training seconds (each seed a line)"
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
set output "tasks-mqar-accuracy-vs-seconds.png"
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
set output "tasks-mqar-accuracy-vs-seconds.svg"
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
