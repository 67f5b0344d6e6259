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
0.0 3.032059
100.0 2.36215
200.0 2.217579
300.0 2.159751
400.0 2.110359
500.0 2.083722
600.0 2.064253
700.0 2.039535
800.0 2.021974
900.0 2.009048
1000.0 2.006147
EOD
$line3 << EOD
0.0 3.283675
100.0 2.630074
200.0 2.603465
300.0 2.573419
400.0 2.559839
500.0 2.50606
600.0 2.526202
700.0 2.492411
800.0 2.464098
900.0 2.46017
1000.0 2.453537
EOD
$line4 << EOD
0.0 3.032059
100.0 2.205855
200.0 2.114725
300.0 2.075874
400.0 2.042825
500.0 2.019634
600.0 1.996913
700.0 1.984863
800.0 1.970386
900.0 1.964075
1000.0 1.960003
EOD
$line5 << EOD
0.0 4.209614
100.0 3.268693
200.0 3.081014
300.0 3.011917
400.0 2.954765
500.0 2.939437
600.0 2.947351
700.0 2.911843
800.0 2.917751
900.0 2.905943
1000.0 2.896905
EOD
$line6 << EOD
0.0 3.145043
100.0 2.417823
200.0 2.308147
300.0 2.241508
400.0 2.184028
500.0 2.149928
600.0 2.125561
700.0 2.105721
800.0 2.089873
900.0 2.078714
1000.0 2.073454
EOD
set title "Backward compatibility: validation loss (trig instability shows here)"
set xlabel "fine-tuning steps"
set ylabel "validation loss (nats per byte)"
set grid
set key top right box opaque
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
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-reference, finetune", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax-noredraw, finetune", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig, finetune", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu, finetune"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-backward-compat-loss.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact, continue", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax, finetune", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-reference, finetune", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax-noredraw, finetune", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig, finetune", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu, finetune"
unset output
