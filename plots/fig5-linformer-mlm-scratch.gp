# Written by `repro plot` from ./results/fig5-linformer-mlm.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.0016393333333333331 0.0 0.0038524333333333294
200.0 0.161912 0.161912 0.161912
400.0 0.161912 0.161912 0.161912
600.0 0.161912 0.161912 0.161912
800.0 0.161912 0.161912 0.161912
1000.0 0.161912 0.161912 0.161912
1200.0 0.16217466666666666 0.16175846666666666 0.16268280000000002
1400.0 0.164273 0.16175846666666666 0.16761388333333332
1600.0 0.16604333333333335 0.16203983333333333 0.1712863
1800.0 0.16696166666666667 0.1623384 0.17266351666666666
2000.0 0.16768333333333332 0.16231269999999998 0.17417863333333333
EOD
$line2 << EOD
0.0 0.0018363333333333333 0.0 0.00431538333333333
200.0 0.161912 0.161912 0.161912
400.0 0.161912 0.161912 0.161912
600.0 0.161912 0.161912 0.161912
800.0 0.161912 0.161912 0.161912
1000.0 0.161912 0.161912 0.161912
1200.0 0.161912 0.161912 0.161912
1400.0 0.161912 0.161912 0.161912
1600.0 0.161912 0.161912 0.161912
1800.0 0.161912 0.161912 0.161912
2000.0 0.161912 0.161912 0.161912
EOD
$line3 << EOD
0.0 0.0019016666666666667 0.0006326833333333334 0.003560783333333331
200.0 0.161912 0.161912 0.161912
400.0 0.161912 0.161912 0.161912
600.0 0.161912 0.161912 0.161912
800.0 0.161912 0.161912 0.161912
1000.0 0.161912 0.161912 0.161912
1200.0 0.16171533333333332 0.16144983333333335 0.161912
1400.0 0.16197766666666666 0.161912 0.16206631666666665
1600.0 0.161912 0.161912 0.161912
1800.0 0.16171533333333335 0.16144983333333335 0.161912
2000.0 0.16184666666666667 0.16175846666666666 0.161912
EOD
set title "Masked LM baselines: each model trained from scratch for the\nsame steps (mean of 3 seeds, 95% bootstrap interval over seeds)"
set xlabel "training steps"
set ylabel "validation accuracy (masked bytes)"
set grid
set key bottom right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, 0, 0
set autoscale xfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig5-linformer-mlm-scratch.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "linformer"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-linformer-mlm-scratch.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "linformer"
unset output
