# Written by `repro plot` from ./results/tasks-text.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.0
1.031 0.904297
2.058 0.919922
3.066 0.941406
EOD
$line2 << EOD
0.0 0.0
1.001 0.830078
2.007 0.892578
2.73 0.900391
EOD
$line3 << EOD
0.0 0.0
0.611 0.865234
1.216 0.890625
1.826 0.910156
EOD
$line4 << EOD
0.0 0.0
0.603 0.787109
1.211 0.886719
1.781 0.896484
EOD
$line5 << EOD
0.0 0.0
0.61 0.662109
1.231 0.875
1.823 0.898438
EOD
$line6 << EOD
0.0 0.0
0.594 0.554688
1.2 0.869141
1.74 0.857422
EOD
$line7 << EOD
0.0 0.0
0.461 0.84375
0.922 0.902344
1.385 0.949219
EOD
$line8 << EOD
0.0 0.0
0.495 0.814453
0.953 0.912109
1.409 0.919922
EOD
$line9 << EOD
0.0 0.0
0.506 0.824219
1.003 0.890625
1.499 0.931641
EOD
$line10 << EOD
0.0 0.0
0.549 0.667969
1.099 0.677734
1.633 0.701172
EOD
$line11 << EOD
0.0 0.0
0.546 0.535156
1.133 0.683594
1.726 0.710938
EOD
$line12 << EOD
0.0 0.0
0.513 0.570312
1.106 0.6875
1.692 0.699219
EOD
$line13 << EOD
0.0 0.0
0.575 0.896484
1.096 0.927734
1.614 0.939453
EOD
$line14 << EOD
0.0 0.0
0.521 0.828125
1.056 0.878906
1.653 0.898438
EOD
$line15 << EOD
0.0 0.0
0.619 0.863281
1.209 0.876953
1.741 0.880859
EOD
$line16 << EOD
0.0 0.0
0.481 0.511719
0.961 0.658203
1.44 0.689453
EOD
$line17 << EOD
0.0 0.0
0.476 0.529297
0.949 0.640625
1.431 0.699219
EOD
$line18 << EOD
0.0 0.0
0.484 0.482422
0.971 0.599609
1.455 0.666016
EOD
set title "Fortune categories: test accuracy vs training seconds (each seed a line)"
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
set output "tasks-text-accuracy-vs-seconds.png"
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
set output "tasks-text-accuracy-vs-seconds.svg"
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
