# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.005732412
1024.0 0.00947377
2048.0 0.01718011
4096.0 0.0321464
8192.0 0.06315311
16384.0 0.123997
32768.0 0.2471606
65536.0 0.4960004
131072.0 0.9853068
EOD
$line2 << EOD
512.0 0.01926734
1024.0 0.0343891
2048.0 0.06690751
4096.0 0.1306973
8192.0 0.2611558
16384.0 0.5173335
32768.0 1.055436
65536.0 2.07698
EOD
$line3 << EOD
512.0 0.003274294
1024.0 0.007058596
2048.0 0.01502883
4096.0 0.03057173
8192.0 0.06238774
16384.0 0.125078
32768.0 0.2541936
65536.0 0.4954738
131072.0 1.009349
EOD
$line4 << EOD
512.0 0.006588606
1024.0 0.01544921
2048.0 0.03217791
4096.0 0.0654721
8192.0 0.1378144
16384.0 0.2803184
32768.0 0.5545904
65536.0 1.119748
EOD
$line5 << EOD
512.0 0.00817662
1024.0 0.01614627
2048.0 0.01728432
4096.0 0.05711296
8192.0 0.107696
16384.0 0.2135305
32768.0 0.415366
65536.0 0.8132234
EOD
$line6 << EOD
512.0 0.009562222
1024.0 0.009889359
2048.0 0.02002372
4096.0 0.04026958
8192.0 0.08494683
16384.0 0.167205
32768.0 0.3306087
65536.0 0.6738262
EOD
$line7 << EOD
512.0 0.02007519
1024.0 0.03958564
2048.0 0.078159
4096.0 0.1641865
8192.0 0.3283902
16384.0 0.6594663
32768.0 1.298968
EOD
$time_limit << EOD
65536.0 2.07698
65536.0 1.119748
65536.0 0.8132234
65536.0 0.6738262
32768.0 1.298968
EOD
set title "Raw attention time vs L: FAVOR+ and the other efficient\nmechanisms (B=1, H=8, d=64) (pass=forward, causal=false)"
set xlabel "sequence length L\n"
set ylabel "time (seconds, median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key below nobox
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-efficient-pass=forward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "linformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $line7 using 1:2 with linespoints linestyle 7 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-efficient-pass=forward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "linformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $line7 using 1:2 with linespoints linestyle 7 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
