# Written by `repro plot` from ./results/fig5-backward-compat.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.004486
100.0 0.239227
200.0 0.257172
300.0 0.261597
400.0 0.272705
500.0 0.292511
600.0 0.306793
700.0 0.321625
800.0 0.3302
900.0 0.34024
1000.0 0.350433
1100.0 0.360138
1200.0 0.367645
1300.0 0.378113
1400.0 0.385498
1500.0 0.388916
1600.0 0.392365
1700.0 0.396027
1800.0 0.401245
1900.0 0.404266
2000.0 0.408508
2100.0 0.410431
2200.0 0.416656
2300.0 0.416656
2400.0 0.418884
2500.0 0.421265
2600.0 0.422363
2700.0 0.423309
2800.0 0.427307
2900.0 0.429962
3000.0 0.430969
3100.0 0.429565
3200.0 0.432678
3300.0 0.431427
3400.0 0.436676
3500.0 0.435089
3600.0 0.437317
3700.0 0.436737
3800.0 0.438629
3900.0 0.439178
4000.0 0.438995
EOD
$line2 << EOD
100.0 0.133652
200.0 0.250166
300.0 0.258271
400.0 0.269746
500.0 0.28835
600.0 0.303896
700.0 0.315176
800.0 0.327012
900.0 0.335693
1000.0 0.350942
1100.0 0.359751
1200.0 0.367964
1300.0 0.376987
1400.0 0.381602
1500.0 0.387954
1600.0 0.395244
1700.0 0.39835
1800.0 0.404507
1900.0 0.407075
2000.0 0.414238
2100.0 0.414854
2200.0 0.418882
2300.0 0.420903
2400.0 0.426606
2500.0 0.427334
2600.0 0.428394
2700.0 0.429648
2800.0 0.432793
2900.0 0.430967
3000.0 0.437871
3100.0 0.437754
3200.0 0.437021
3300.0 0.439458
3400.0 0.444839
3500.0 0.443887
3600.0 0.447461
3700.0 0.445034
3800.0 0.443306
3900.0 0.448145
4000.0 0.448276
EOD
set title "Pretraining curve of the Transformer"
set xlabel "training steps"
set ylabel "accuracy (next byte)"
set grid
set key top left box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig5-backward-compat-pretrain.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "validation", \
     $line2 using 1:2 with linespoints linestyle 2 title "train"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-backward-compat-pretrain.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "validation", \
     $line2 using 1:2 with linespoints linestyle 2 title "train"
unset output
