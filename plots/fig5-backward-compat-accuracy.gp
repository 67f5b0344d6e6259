# Written by `repro plot` from ./results/fig5-backward-compat.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.438995
100.0 0.424744
200.0 0.428802
300.0 0.429169
400.0 0.43219
500.0 0.435333
600.0 0.439697
700.0 0.443268
800.0 0.446808
900.0 0.447662
1000.0 0.449066
EOD
$line2 << EOD
0.0 0.197021
100.0 0.293732
200.0 0.319183
300.0 0.345154
400.0 0.347809
500.0 0.364349
600.0 0.363251
700.0 0.36908
800.0 0.38028
900.0 0.383148
1000.0 0.381592
EOD
$line3 << EOD
0.0 0.197021
100.0 0.324249
200.0 0.35025
300.0 0.361633
400.0 0.372986
500.0 0.378632
600.0 0.381714
700.0 0.38324
800.0 0.386292
900.0 0.388397
1000.0 0.388031
EOD
$line4 << EOD
0.0 0.206909
100.0 0.272461
200.0 0.284393
300.0 0.273102
400.0 0.256836
500.0 0.255188
600.0 0.273926
700.0 0.277161
800.0 0.282654
900.0 0.281891
1000.0 0.283722
EOD
$line5 << EOD
0.0 0.097595
100.0 0.183685
200.0 0.202362
300.0 0.209167
400.0 0.214478
500.0 0.21936
600.0 0.219177
700.0 0.221161
800.0 0.224518
900.0 0.222137
1000.0 0.225464
EOD
$line6 << EOD
0.0 0.181488
100.0 0.305542
200.0 0.335266
300.0 0.353638
400.0 0.368378
500.0 0.37561
600.0 0.384552
700.0 0.388885
800.0 0.394989
900.0 0.398224
1000.0 0.400696
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
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig5-backward-compat-accuracy.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noredraw, finetune", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax-noguard, finetune", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig, finetune", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu, finetune", \
     0.438995 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (pretrained) (0.439)", \
     0.197021 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "FAVOR+ at step 0 (0.197)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-backward-compat-accuracy.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noredraw, finetune", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax-noguard, finetune", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig, finetune", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu, finetune", \
     0.438995 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (pretrained) (0.439)", \
     0.197021 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "FAVOR+ at step 0 (0.197)"
unset output
