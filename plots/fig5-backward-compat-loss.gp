# Written by `repro plot` from ./results/fig5-backward-compat.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 1.928689
100.0 1.972546
200.0 1.972823
300.0 1.962924
400.0 1.946619
500.0 1.938754
600.0 1.92667
700.0 1.90825
800.0 1.898492
900.0 1.892947
1000.0 1.890318
EOD
$line2 << EOD
0.0 3.152071
100.0 2.469172
200.0 2.354219
300.0 2.269291
400.0 2.253876
500.0 2.203138
600.0 2.207583
700.0 2.190992
800.0 2.147968
900.0 2.1285
1000.0 2.139985
EOD
$line3 << EOD
0.0 3.152071
100.0 2.352479
200.0 2.249282
300.0 2.214431
400.0 2.170414
500.0 2.146969
600.0 2.13802
700.0 2.129765
800.0 2.122511
900.0 2.115741
1000.0 2.114315
EOD
$line4 << EOD
0.0 3.032059
100.0 2.545027
200.0 2.522743
300.0 2.549015
400.0 2.651999
500.0 2.633212
600.0 2.575267
700.0 2.549957
800.0 2.537667
900.0 2.533752
1000.0 2.521935
EOD
$line5 << EOD
0.0 4.20477
100.0 3.188341
200.0 3.036123
300.0 2.996547
400.0 2.949147
500.0 2.931351
600.0 2.906538
700.0 2.890242
800.0 2.880015
900.0 2.881752
1000.0 2.879013
EOD
$line6 << EOD
0.0 3.145043
100.0 2.419683
200.0 2.310845
300.0 2.240493
400.0 2.186409
500.0 2.153552
600.0 2.129233
700.0 2.107692
800.0 2.094173
900.0 2.082668
1000.0 2.076606
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
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig5-backward-compat-loss.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noredraw, finetune", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax-noguard, finetune", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig, finetune", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu, finetune"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-backward-compat-loss.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noredraw, finetune", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax-noguard, finetune", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig, finetune", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu, finetune"
unset output
