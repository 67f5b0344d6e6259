# Written by `repro plot` from ./results/fig5-backward-compat.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.007629
100.0 0.248199
200.0 0.254822
300.0 0.263947
400.0 0.274963
500.0 0.287567
600.0 0.301819
700.0 0.308136
800.0 0.315002
900.0 0.321289
1000.0 0.322906
EOD
$line2 << EOD
0.0 0.005524
100.0 0.246338
200.0 0.254272
300.0 0.255096
400.0 0.258667
500.0 0.261383
600.0 0.265106
700.0 0.269867
800.0 0.271027
900.0 0.272095
1000.0 0.273041
EOD
$line3 << EOD
0.0 0.006073
100.0 0.246613
200.0 0.250671
300.0 0.25589
400.0 0.258362
500.0 0.257874
600.0 0.259613
700.0 0.262543
800.0 0.262543
900.0 0.265137
1000.0 0.265747
EOD
$line4 << EOD
0.0 0.005524
100.0 0.247772
200.0 0.253357
300.0 0.261261
400.0 0.268616
500.0 0.279053
600.0 0.287323
700.0 0.296051
800.0 0.296722
900.0 0.304474
1000.0 0.304504
EOD
$line5 << EOD
0.0 0.004395
100.0 0.146301
200.0 0.154572
300.0 0.172394
400.0 0.190491
500.0 0.210083
600.0 0.216125
700.0 0.218567
800.0 0.222992
900.0 0.223511
1000.0 0.220856
EOD
$line6 << EOD
0.0 0.006622
100.0 0.247467
200.0 0.255981
300.0 0.261597
400.0 0.265259
500.0 0.270142
600.0 0.273682
700.0 0.277161
800.0 0.280792
900.0 0.282593
1000.0 0.28418
EOD
set title "Baselines: each model trained from scratch for the same steps"
set xlabel "training steps"
set ylabel "validation accuracy (next byte)"
set grid
set key bottom right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig5-backward-compat-scratch.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-reference", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax-noredraw", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-backward-compat-scratch.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-reference", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax-noredraw", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu"
unset output
