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
0.0 0.206909
100.0 0.320496
200.0 0.358826
300.0 0.373932
400.0 0.386932
500.0 0.396057
600.0 0.401794
700.0 0.40686
800.0 0.416199
900.0 0.416931
1000.0 0.418457
EOD
$line3 << EOD
0.0 0.193909
100.0 0.254822
200.0 0.257019
300.0 0.264374
400.0 0.267548
500.0 0.282623
600.0 0.273682
700.0 0.285004
800.0 0.291107
900.0 0.291382
1000.0 0.2948
EOD
$line4 << EOD
0.0 0.206909
100.0 0.360229
200.0 0.386658
300.0 0.397461
400.0 0.408051
500.0 0.413666
600.0 0.421295
700.0 0.422302
800.0 0.425781
900.0 0.42926
1000.0 0.430664
EOD
$line5 << EOD
0.0 0.098145
100.0 0.172577
200.0 0.198273
300.0 0.207245
400.0 0.214233
500.0 0.21817
600.0 0.215759
700.0 0.222687
800.0 0.221985
900.0 0.223114
1000.0 0.222992
EOD
$line6 << EOD
0.0 0.181488
100.0 0.306305
200.0 0.335266
300.0 0.355347
400.0 0.367279
500.0 0.37616
600.0 0.38504
700.0 0.389099
800.0 0.394806
900.0 0.398071
1000.0 0.399658
EOD
set title "Transformer weights fine-tuned in each mechanism"
set xlabel "fine-tuning steps"
set ylabel "validation accuracy (next byte)"
set grid
set key outside right box opaque
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
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
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-reference, finetune", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax-noredraw, finetune", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig, finetune", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu, finetune", \
     0.438995 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (pretrained) (0.439)", \
     0.206909 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "FAVOR+ at step 0 (0.207)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-backward-compat-accuracy.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-reference, finetune", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax-noredraw, finetune", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig, finetune", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu, finetune", \
     0.438995 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (pretrained) (0.439)", \
     0.206909 with lines dashtype 3 linewidth 2 linecolor rgb "#555555" title "FAVOR+ at step 0 (0.207)"
unset output
