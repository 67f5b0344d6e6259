# Written by `repro plot` from ./results/fig5-linformer-mlm.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.003738
200.0 0.161912
400.0 0.161912
600.0 0.161912
800.0 0.161912
1000.0 0.161912
1200.0 0.164076
1400.0 0.194373
1600.0 0.221719
1800.0 0.243163
2000.0 0.261066
2200.0 0.268542
2400.0 0.294905
2600.0 0.305528
2800.0 0.318513
3000.0 0.329727
3200.0 0.338973
3400.0 0.346252
3600.0 0.35904
3800.0 0.363958
4000.0 0.375959
4200.0 0.381664
4400.0 0.390517
4600.0 0.397797
4800.0 0.403305
5000.0 0.410191
5200.0 0.40783
5400.0 0.417667
5600.0 0.419241
5800.0 0.419831
6000.0 0.425733
6200.0 0.4277
6400.0 0.42652
6600.0 0.428881
6800.0 0.430651
7000.0 0.432422
7200.0 0.430651
7400.0 0.43616
7600.0 0.433799
7800.0 0.432028
8000.0 0.439898
EOD
$line2 << EOD
200.0 0.124759
400.0 0.157131
600.0 0.159473
800.0 0.160145
1000.0 0.156046
1200.0 0.15741
1400.0 0.169767
1600.0 0.200073
1800.0 0.222121
2000.0 0.245343
2200.0 0.262943
2400.0 0.279557
2600.0 0.292127
2800.0 0.302976
3000.0 0.31533
3200.0 0.324954
3400.0 0.330656
3600.0 0.347513
3800.0 0.356557
4000.0 0.370207
4200.0 0.37427
4400.0 0.383187
4600.0 0.385393
4800.0 0.39713
5000.0 0.398954
5200.0 0.405528
5400.0 0.410869
5600.0 0.409979
5800.0 0.415791
6000.0 0.418799
6200.0 0.422365
6400.0 0.42335
6600.0 0.426869
6800.0 0.426366
7000.0 0.432377
7200.0 0.433355
7400.0 0.432939
7600.0 0.432362
7800.0 0.437567
8000.0 0.435272
EOD
set title "Pretraining curve of the masked-LM Transformer"
set xlabel "training steps"
set ylabel "accuracy (masked bytes)"
set grid
set key top left box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig5-linformer-mlm-pretrain.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "validation", \
     $line2 using 1:2 with linespoints linestyle 2 title "train"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-linformer-mlm-pretrain.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "validation", \
     $line2 using 1:2 with linespoints linestyle 2 title "train"
unset output
