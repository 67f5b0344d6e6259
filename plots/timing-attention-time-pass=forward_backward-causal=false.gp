# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.007589352
1024.0 0.03223844
2048.0 0.1453183
4096.0 0.5778333
8192.0 2.399852
EOD
$line2 << EOD
512.0 0.009083377
1024.0 0.03478046
2048.0 0.1383235
4096.0 0.5545144
8192.0 2.410026
16384.0 8.884683
EOD
$line3 << EOD
512.0 0.000219909
1024.0 0.000548066
2048.0 0.000928092
4096.0 0.002189688
8192.0 0.006602897
16384.0 0.01578834
32768.0 0.03046976
65536.0 0.05055708
131072.0 0.1101489
EOD
$line4 << EOD
512.0 0.009230643
1024.0 0.01673192
2048.0 0.03238751
4096.0 0.06468094
8192.0 0.1338486
16384.0 0.2869825
32768.0 0.5829135
65536.0 1.103405
EOD
$line5 << EOD
512.0 0.002131967
1024.0 0.003973694
2048.0 0.008292426
4096.0 0.0168061
8192.0 0.03336533
16384.0 0.06838558
32768.0 0.1408784
65536.0 0.2884876
131072.0 0.6600212
EOD
$line6 << EOD
512.0 0.01714946
1024.0 0.02876362
2048.0 0.05852147
4096.0 0.1241248
8192.0 0.247996
16384.0 0.5175341
32768.0 1.044267
65536.0 2.140675
EOD
$time_limit << EOD
8192.0 2.399852
16384.0 8.884683
65536.0 1.103405
65536.0 2.140675
EOD
set title "Raw attention time vs L: exact, FAVOR+ and Reformer\n(B=1, H=8, d=64) (pass=forward\\_backward, causal=false)"
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
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward_backward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward_backward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
