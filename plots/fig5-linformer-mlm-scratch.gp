# Written by `repro plot` from ./results/fig5-linformer-mlm.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.0
200.0 0.161912
400.0 0.161912
600.0 0.161912
800.0 0.161912
1000.0 0.161912
1200.0 0.161716
1400.0 0.161716
1600.0 0.162502
1800.0 0.16388
2000.0 0.16447
EOD
$line2 << EOD
0.0 0.0
200.0 0.161912
400.0 0.161912
600.0 0.161912
800.0 0.161912
1000.0 0.161912
1200.0 0.161912
1400.0 0.161912
1600.0 0.161912
1800.0 0.161912
2000.0 0.161912
EOD
$line3 << EOD
0.0 0.00059
200.0 0.161912
400.0 0.161912
600.0 0.161912
800.0 0.161912
1000.0 0.161912
1200.0 0.161912
1400.0 0.161912
1600.0 0.161912
1800.0 0.161912
2000.0 0.161912
EOD
set title "Masked LM baselines: each model trained from scratch for the same steps"
set xlabel "training steps"
set ylabel "validation accuracy (masked bytes)"
set grid
set key bottom right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig5-linformer-mlm-scratch.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "linformer"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-linformer-mlm-scratch.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "linformer"
unset output
