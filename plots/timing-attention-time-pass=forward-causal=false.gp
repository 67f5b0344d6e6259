# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.004886663
1024.0 0.02028495
2048.0 0.08797285
4096.0 0.4808777
8192.0 2.055516
EOD
$line2 << EOD
512.0 0.00740366
1024.0 0.01523142
2048.0 0.06041599
4096.0 0.3054069
8192.0 0.963443
EOD
$line3 << EOD
512.0 3.324e-05
1024.0 4.4406e-05
2048.0 8.766e-05
4096.0 0.000260477
8192.0 0.000649026
16384.0 0.001868241
32768.0 0.004330326
65536.0 0.009292351
131072.0 0.01943169
EOD
$line4 << EOD
512.0 0.00614751
1024.0 0.009456695
2048.0 0.01715052
4096.0 0.03232061
8192.0 0.0631268
16384.0 0.1244767
32768.0 0.2481707
65536.0 0.4907202
131072.0 0.9827091
EOD
$line5 << EOD
512.0 0.00076614
1024.0 0.00141115
2048.0 0.002692418
4096.0 0.005621752
8192.0 0.01083166
16384.0 0.02139211
32768.0 0.04306727
65536.0 0.08666549
131072.0 0.1775126
EOD
$line6 << EOD
512.0 0.00519365
1024.0 0.01021756
2048.0 0.02051382
4096.0 0.04145799
8192.0 0.09931526
16384.0 0.1673454
32768.0 0.3406305
65536.0 0.679866
EOD
$time_limit << EOD
8192.0 2.055516
8192.0 0.963443
65536.0 0.679866
EOD
set title "Raw attention time vs L: exact, FAVOR+ and Reformer (B=1, H=8, d=64) (pass=forward, causal=false)"
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
set output "timing-attention-time-pass=forward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
