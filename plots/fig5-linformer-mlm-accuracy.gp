# Written by `repro plot` from ./results/fig5-linformer-mlm.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.439898
200.0 0.414519
400.0 0.415503
600.0 0.429077
800.0 0.429077
1000.0 0.444226
1200.0 0.445996
1400.0 0.453079
1600.0 0.460161
1800.0 0.462916
2000.0 0.463899
EOD
$line2 << EOD
0.0 0.097974
200.0 0.166831
400.0 0.178438
600.0 0.20244
800.0 0.208932
1000.0 0.219359
1200.0 0.211883
1400.0 0.211293
1600.0 0.230179
1800.0 0.221326
2000.0 0.232737
EOD
$line3 << EOD
0.0 0.05784
200.0 0.161912
400.0 0.162502
600.0 0.161322
800.0 0.169782
1000.0 0.174897
1200.0 0.185914
1400.0 0.191226
1600.0 0.197915
1800.0 0.19516
2000.0 0.197521
EOD
set title "Masked LM: Transformer weights fine-tuned in each mechanism"
set xlabel "fine-tuning steps\n"
set ylabel "validation accuracy (masked bytes)"
set grid
set key below nobox
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig5-linformer-mlm-accuracy.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "linformer, finetune", \
     0.439898 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (pretrained) (0.44)", \
     0.097974 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "FAVOR+ at step 0 (0.098)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-linformer-mlm-accuracy.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "linformer, finetune", \
     0.439898 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (pretrained) (0.44)", \
     0.097974 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "FAVOR+ at step 0 (0.098)"
unset output
