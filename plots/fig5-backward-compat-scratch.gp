# Written by `repro plot` from ./results/fig5-backward-compat.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.006775
25.0 0.206299
50.0 0.242493
75.0 0.248352
100.0 0.254333
125.0 0.253052
150.0 0.259277
175.0 0.258545
200.0 0.258484
225.0 0.264099
250.0 0.265869
275.0 0.269348
300.0 0.270142
EOD
$line2 << EOD
0.0 0.005554
25.0 0.203369
50.0 0.242615
75.0 0.247559
100.0 0.249695
125.0 0.251709
150.0 0.254639
175.0 0.26001
200.0 0.25708
225.0 0.258362
250.0 0.255127
275.0 0.26355
300.0 0.260071
EOD
$line3 << EOD
0.0 0.005554
25.0 0.202576
50.0 0.244202
75.0 0.248962
100.0 0.256226
125.0 0.253418
150.0 0.257141
175.0 0.257996
200.0 0.257568
225.0 0.266113
250.0 0.260498
275.0 0.265442
300.0 0.266357
EOD
$line4 << EOD
0.0 0.003662
25.0 0.125549
50.0 0.140259
75.0 0.14502
100.0 0.151978
125.0 0.156311
150.0 0.157349
175.0 0.163452
200.0 0.161072
225.0 0.171692
250.0 0.175232
275.0 0.187073
300.0 0.19342
EOD
$line5 << EOD
0.0 0.006165
25.0 0.203613
50.0 0.243469
75.0 0.24939
100.0 0.253479
125.0 0.253296
150.0 0.256836
175.0 0.259583
200.0 0.256531
225.0 0.263916
250.0 0.262451
275.0 0.264282
300.0 0.264099
EOD
set title "Baselines: each model trained from scratch for the same steps"
set xlabel "training steps"
set ylabel "validation accuracy (next byte)"
set grid
set key top left box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig5-backward-compat-scratch.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noredraw", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-trig", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-backward-compat-scratch.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noredraw", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-trig", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu"
unset output
