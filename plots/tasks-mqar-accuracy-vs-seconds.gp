# Written by `repro plot` from ./results/tasks-mqar.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.021484
1.62 0.277344
3.92 0.275391
7.152 0.28418
10.535 0.30957
12.923 0.299805
14.673 0.875977
16.318 0.999023
17.984 1.0
EOD
$line2 << EOD
0.0 0.010742
1.643 0.311523
3.284 0.999023
4.886 1.0
6.527 1.0
8.396 1.0
11.387 1.0
13.079 1.0
14.755 1.0
EOD
$line3 << EOD
0.0 0.013672
2.824 0.294922
6.331 0.390625
9.737 0.999023
12.99 1.0
15.768 0.999023
17.507 0.999023
19.245 1.0
20.976 1.0
EOD
$line4 << EOD
0.0 0.021484
2.025 0.276367
4.081 0.287109
6.116 0.296875
8.691 0.289062
10.84 0.292969
13.295 0.285156
15.465 0.27832
17.433 0.290039
EOD
$line5 << EOD
0.0 0.008789
2.179 0.291016
5.514 0.277344
8.372 0.293945
12.316 0.28125
16.12 0.293945
19.733 0.291016
22.13 0.302734
26.177 0.277344
EOD
$line6 << EOD
0.0 0.012695
2.97 0.273438
4.984 0.282227
6.893 0.28418
8.789 0.294922
10.871 0.298828
12.992 0.288086
15.11 0.285156
17.189 0.291016
EOD
$line7 << EOD
0.0 0.023438
2.895 0.291992
6.252 0.394531
8.966 0.963867
11.22 0.996094
13.779 1.0
17.162 1.0
20.511 1.0
23.956 0.999023
EOD
$line8 << EOD
0.0 0.010742
3.554 0.290039
6.894 0.316406
9.227 0.449219
10.813 0.886719
12.553 0.981445
14.252 0.998047
15.802 0.998047
17.353 1.0
EOD
$line9 << EOD
0.0 0.011719
1.534 0.308594
3.055 0.300781
4.667 0.302734
6.349 0.308594
7.949 0.299805
9.639 0.302734
11.236 0.313477
12.92 0.321289
EOD
$line10 << EOD
0.0 0.019531
1.421 0.039062
2.838 0.035156
4.256 0.02832
5.701 0.03418
7.157 0.027344
8.583 0.037109
9.924 0.036133
11.256 0.018555
EOD
$line11 << EOD
0.0 0.008789
1.335 0.025391
2.741 0.035156
4.101 0.02832
5.517 0.025391
6.942 0.033203
8.345 0.036133
9.716 0.036133
11.095 0.022461
EOD
$line12 << EOD
0.0 0.008789
1.33 0.040039
2.668 0.024414
3.999 0.038086
5.35 0.023438
7.561 0.041992
10.857 0.032227
14.098 0.03125
16.313 0.024414
EOD
$line13 << EOD
0.0 0.023438
1.451 0.916016
2.929 0.990234
4.447 0.999023
5.946 0.998047
7.387 0.999023
8.837 1.0
10.303 1.0
11.733 1.0
EOD
$line14 << EOD
0.0 0.009766
1.43 0.288086
2.843 0.691406
4.203 0.748047
5.618 0.868164
7.039 0.998047
8.458 1.0
9.882 1.0
11.313 1.0
EOD
$line15 << EOD
0.0 0.012695
1.478 0.28125
2.979 0.597656
4.467 0.755859
5.948 0.772461
7.457 0.763672
8.99 0.769531
10.511 0.767578
11.988 0.758789
EOD
set title "MQAR (L = 32, 4 pairs): test accuracy vs training seconds (each seed a line)"
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
     $line15 using 1:2 with linespoints linestyle 15 title "block-sparse, seed=3"
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
     $line15 using 1:2 with linespoints linestyle 15 title "block-sparse, seed=3"
unset output
