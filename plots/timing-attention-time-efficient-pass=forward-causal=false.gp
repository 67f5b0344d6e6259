# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.006140499
1024.0 0.01023268
2048.0 0.01717908
4096.0 0.03451221
8192.0 0.06272878
16384.0 0.1241514
32768.0 0.249037
65536.0 0.4981316
131072.0 0.9765448
EOD
$line2 << EOD
512.0 0.01823902
1024.0 0.03429403
2048.0 0.06691045
4096.0 0.1519403
8192.0 0.2660958
16384.0 0.5205818
32768.0 1.042515
65536.0 2.092503
EOD
$line3 << EOD
512.0 0.00420608
1024.0 0.009290168
2048.0 0.014875
4096.0 0.03130047
8192.0 0.06143243
16384.0 0.1274047
32768.0 0.2479226
65536.0 0.5029177
131072.0 0.9942759
EOD
$line4 << EOD
512.0 0.006588366
1024.0 0.01501158
2048.0 0.03177907
4096.0 0.06554569
8192.0 0.1329232
16384.0 0.2771346
32768.0 0.559904
65536.0 1.141965
EOD
$line5 << EOD
512.0 0.006448387
1024.0 0.01020511
2048.0 0.01777761
4096.0 0.032899
8192.0 0.06077813
16384.0 0.130218
32768.0 0.2540872
65536.0 0.4989344
EOD
$line6 << EOD
512.0 0.005043387
1024.0 0.009880035
2048.0 0.02010971
4096.0 0.04027971
8192.0 0.08119147
16384.0 0.1634587
32768.0 0.3312007
65536.0 0.6905428
EOD
$line7 << EOD
512.0 0.01972069
1024.0 0.03925966
2048.0 0.08018772
4096.0 0.1569817
8192.0 0.3152013
16384.0 0.6469454
32768.0 1.360719
EOD
$time_limit << EOD
65536.0 2.092503
65536.0 1.141965
65536.0 0.4989344
65536.0 0.6905428
32768.0 1.360719
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
