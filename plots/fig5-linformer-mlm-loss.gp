# Written by `repro plot` from ./results/fig5-linformer-mlm.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 1.950098
200.0 2.044398
400.0 2.021491
600.0 1.989239
800.0 1.957596
1000.0 1.938694
1200.0 1.901104
1400.0 1.873139
1600.0 1.861518
1800.0 1.84451
2000.0 1.842946
EOD
$line2 << EOD
0.0 4.746795
200.0 3.209116
400.0 3.124103
600.0 3.041304
800.0 2.986775
1000.0 2.975073
1200.0 2.943365
1400.0 3.008024
1600.0 2.914133
1800.0 2.936088
2000.0 2.891304
EOD
$line3 << EOD
0.0 5.64656
200.0 3.348835
400.0 3.284674
600.0 3.231595
800.0 3.181949
1000.0 3.137335
1200.0 3.087039
1400.0 3.057954
1600.0 3.038505
1800.0 3.025067
2000.0 3.01891
EOD
set title "Masked LM: validation loss while fine-tuning"
set xlabel "fine-tuning steps"
set ylabel "validation loss (nats per masked byte)"
set grid
set key top right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig5-linformer-mlm-loss.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "linformer, finetune"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-linformer-mlm-loss.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "linformer, finetune"
unset output
