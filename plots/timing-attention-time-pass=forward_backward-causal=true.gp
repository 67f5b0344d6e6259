# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.02036039
1024.0 0.06497792
2048.0 0.2122393
4096.0 0.7466752
8192.0 2.87604
EOD
$line2 << EOD
512.0 0.01059218
1024.0 0.03273878
2048.0 0.1116793
4096.0 0.4014095
8192.0 1.540157
16384.0 6.075594
EOD
$line3 << EOD
512.0 7.0374e-05
1024.0 0.000186608
2048.0 0.000442759
4096.0 0.001392522
8192.0 0.003402685
16384.0 0.00499196
32768.0 0.01124117
65536.0 0.02129624
131072.0 0.04593561
EOD
$line4 << EOD
512.0 0.01628626
1024.0 0.03103244
2048.0 0.06173695
4096.0 0.1258728
8192.0 0.2535286
16384.0 0.5315538
32768.0 1.01982
65536.0 2.058784
EOD
$line5 << EOD
512.0 0.00350025
1024.0 0.007080959
2048.0 0.01391507
4096.0 0.02775965
8192.0 0.05589588
16384.0 0.1129523
32768.0 0.2280952
65536.0 0.45823
131072.0 0.9159177
EOD
$line6 << EOD
512.0 0.01570423
1024.0 0.02959411
2048.0 0.0586289
4096.0 0.1036025
8192.0 0.2064069
16384.0 0.4231982
32768.0 0.9094151
65536.0 1.860515
EOD
$time_limit << EOD
8192.0 2.87604
16384.0 6.075594
65536.0 2.058784
65536.0 1.860515
EOD
set title "Raw attention time vs L: exact, FAVOR+ and Reformer (B=1, H=8, d=64) (pass=forward\\_backward, causal=true)"
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
set output "timing-attention-time-pass=forward_backward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward_backward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
