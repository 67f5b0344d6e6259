# Written by `repro plot` from ./results/fig5-backward-compat.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.372009
25.0 0.376709
50.0 0.377441
75.0 0.381592
100.0 0.381042
125.0 0.382385
150.0 0.38678
175.0 0.385315
200.0 0.389099
225.0 0.388123
250.0 0.389038
275.0 0.393372
300.0 0.395996
EOD
$line2 << EOD
0.0 0.219116
25.0 0.27002
50.0 0.274292
75.0 0.282837
100.0 0.299561
125.0 0.293823
150.0 0.308655
175.0 0.301575
200.0 0.312683
225.0 0.312866
250.0 0.316284
275.0 0.325256
300.0 0.329163
EOD
$line3 << EOD
0.0 0.219116
25.0 0.283325
50.0 0.303467
75.0 0.315857
100.0 0.320984
125.0 0.329712
150.0 0.331421
175.0 0.334412
200.0 0.337158
225.0 0.334045
250.0 0.338013
275.0 0.343323
300.0 0.345215
EOD
$line4 << EOD
0.0 0.122986
25.0 0.155823
50.0 0.177063
75.0 0.187744
100.0 0.192993
125.0 0.200378
150.0 0.205811
175.0 0.200806
200.0 0.203491
225.0 0.205017
250.0 0.211548
275.0 0.210632
300.0 0.216248
EOD
$line5 << EOD
0.0 0.222412
25.0 0.271667
50.0 0.290405
75.0 0.302368
100.0 0.305481
125.0 0.316162
150.0 0.317383
175.0 0.324463
200.0 0.322815
225.0 0.327087
250.0 0.330261
275.0 0.338623
300.0 0.341736
EOD
set title "Transformer weights fine-tuned in each mechanism"
set xlabel "fine-tuning steps"
set ylabel "validation accuracy (next byte)"
set grid
set key outside right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig5-backward-compat-accuracy.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noredraw, finetune", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-trig, finetune", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu, finetune", \
     0.372009 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (pretrained) (0.372)", \
     0.219116 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "FAVOR+ at step 0 (0.219)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-backward-compat-accuracy.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noredraw, finetune", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-trig, finetune", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu, finetune", \
     0.372009 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (pretrained) (0.372)", \
     0.219116 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "FAVOR+ at step 0 (0.219)"
unset output
