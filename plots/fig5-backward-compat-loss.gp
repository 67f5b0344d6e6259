# Written by `repro plot` from ./results/fig5-backward-compat.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 2.170668
25.0 2.166614
50.0 2.161628
75.0 2.148171
100.0 2.145449
125.0 2.143396
150.0 2.127089
175.0 2.131151
200.0 2.121057
225.0 2.120492
250.0 2.134985
275.0 2.106849
300.0 2.101473
EOD
$line2 << EOD
0.0 2.905734
25.0 2.599073
50.0 2.55844
75.0 2.517222
100.0 2.470024
125.0 2.46057
150.0 2.422679
175.0 2.450151
200.0 2.395041
225.0 2.394531
250.0 2.410266
275.0 2.359706
300.0 2.341333
EOD
$line3 << EOD
0.0 2.905734
25.0 2.508977
50.0 2.431367
75.0 2.393079
100.0 2.369947
125.0 2.349499
150.0 2.334927
175.0 2.328767
200.0 2.315622
225.0 2.322698
250.0 2.326686
275.0 2.301814
300.0 2.291275
EOD
$line4 << EOD
0.0 4.012323
25.0 3.425662
50.0 3.291787
75.0 3.210605
100.0 3.183626
125.0 3.128324
150.0 3.094119
175.0 3.097104
200.0 3.078273
225.0 3.065968
250.0 3.02966
275.0 3.012236
300.0 2.989576
EOD
$line5 << EOD
0.0 2.85589
25.0 2.551529
50.0 2.483555
75.0 2.451319
100.0 2.428086
125.0 2.405194
150.0 2.390871
175.0 2.376751
200.0 2.365026
225.0 2.343471
250.0 2.359351
275.0 2.330806
300.0 2.321234
EOD
set title "Backward compatibility: validation loss (trig instability shows here)"
set xlabel "fine-tuning steps"
set ylabel "validation loss (nats per byte)"
set grid
set key outside right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig5-backward-compat-loss.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noredraw, finetune", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-trig, finetune", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu, finetune"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-backward-compat-loss.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noredraw, finetune", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-trig, finetune", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu, finetune"
unset output
