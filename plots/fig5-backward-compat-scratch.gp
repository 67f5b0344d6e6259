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
100.0 0.246307
200.0 0.254028
300.0 0.254944
400.0 0.258942
500.0 0.261047
600.0 0.262512
700.0 0.269135
800.0 0.270081
900.0 0.269501
1000.0 0.270844
EOD
$line3 << EOD
0.0 0.005524
100.0 0.247864
200.0 0.253937
300.0 0.261139
400.0 0.269257
500.0 0.275574
600.0 0.280945
700.0 0.286163
800.0 0.28952
900.0 0.293427
1000.0 0.292999
EOD
$line4 << EOD
0.0 0.005524
100.0 0.246338
200.0 0.254272
300.0 0.255096
400.0 0.258667
500.0 0.261383
600.0 0.265076
700.0 0.269867
800.0 0.271423
900.0 0.270844
1000.0 0.2724
EOD
$line5 << EOD
0.0 0.004395
100.0 0.148651
200.0 0.159637
300.0 0.181244
400.0 0.197754
500.0 0.215118
600.0 0.219025
700.0 0.223633
800.0 0.221985
900.0 0.226013
1000.0 0.223389
EOD
$line6 << EOD
0.0 0.006622
100.0 0.247467
200.0 0.25589
300.0 0.262177
400.0 0.264465
500.0 0.270416
600.0 0.273682
700.0 0.276581
800.0 0.280762
900.0 0.282562
1000.0 0.284027
EOD
set title "Baselines: each model trained from scratch for the same steps"
set xlabel "training steps"
set ylabel "validation accuracy (next byte)"
set grid
set key top left box opaque
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
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noredraw", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax-noguard", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig5-backward-compat-scratch.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noredraw", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax-noguard", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-relu"
unset output
