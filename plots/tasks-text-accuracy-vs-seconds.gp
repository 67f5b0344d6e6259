# Written by `repro plot` from ./results/tasks-text.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.0
0.747 0.904297
1.476 0.919922
2.207 0.941406
EOD
$line2 << EOD
0.0 0.0
0.752 0.830078
1.516 0.892578
2.272 0.900391
EOD
$line3 << EOD
0.0 0.0
0.765 0.865234
1.534 0.890625
2.3 0.910156
EOD
$line4 << EOD
0.0 0.0
0.885 0.787109
1.74 0.886719
2.581 0.896484
EOD
$line5 << EOD
0.0 0.0
1.035 0.662109
2.278 0.875
3.538 0.898438
EOD
$line6 << EOD
0.0 0.0
1.248 0.554688
2.492 0.869141
3.743 0.857422
EOD
$line7 << EOD
0.0 0.0
1.144 0.84375
2.288 0.902344
3.435 0.949219
EOD
$line8 << EOD
0.0 0.0
1.145 0.814453
2.3 0.912109
3.419 0.919922
EOD
$line9 << EOD
0.0 0.0
0.747 0.824219
1.535 0.890625
2.286 0.931641
EOD
$line10 << EOD
0.0 0.0
0.822 0.667969
1.95 0.677734
3.041 0.701172
EOD
$line11 << EOD
0.0 0.0
1.119 0.535156
2.125 0.683594
2.776 0.710938
EOD
$line12 << EOD
0.0 0.0
0.621 0.570312
1.244 0.6875
1.903 0.699219
EOD
$line13 << EOD
0.0 0.0
0.84 0.896484
1.667 0.927734
2.475 0.939453
EOD
$line14 << EOD
0.0 0.0
0.796 0.828125
1.527 0.878906
2.313 0.898438
EOD
$line15 << EOD
0.0 0.0
0.738 0.863281
1.494 0.876953
2.199 0.880859
EOD
$line16 << EOD
0.0 0.0
0.661 0.511719
1.326 0.658203
1.987 0.689453
EOD
$line17 << EOD
0.0 0.0
0.658 0.529297
1.307 0.640625
1.967 0.699219
EOD
$line18 << EOD
0.0 0.0
0.656 0.482422
1.315 0.599609
1.997 0.666016
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
