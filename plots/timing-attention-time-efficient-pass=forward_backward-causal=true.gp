# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01628626
1024.0 0.03103244
2048.0 0.06173695
4096.0 0.1258728
8192.0 0.2535286
16384.0 0.5315538
32768.0 1.01982
65536.0 2.058784
EOD
$line2 << EOD
512.0 0.03830586
1024.0 0.0724247
2048.0 0.1466307
4096.0 0.3070578
8192.0 0.6155444
16384.0 1.177772
32768.0 2.342804
EOD
$line3 << EOD
512.0 0.005397364
1024.0 0.01149458
2048.0 0.02316928
4096.0 0.04565874
8192.0 0.09325107
16384.0 0.2007958
32768.0 0.3765853
65536.0 0.7417437
131072.0 1.473541
EOD
$line4 << EOD
512.0 0.009199903
1024.0 0.02408492
2048.0 0.05254083
4096.0 0.1164574
8192.0 0.2304138
16384.0 0.4680521
32768.0 0.9512878
65536.0 1.957826
EOD
$line5 << EOD
512.0 0.01570423
1024.0 0.02959411
2048.0 0.0586289
4096.0 0.1036025
8192.0 0.2064069
16384.0 0.4231982
32768.0 0.9094151
65536.0 1.860515
EOD
$line6 << EOD
512.0 0.05238206
1024.0 0.1029001
2048.0 0.2064229
4096.0 0.4150446
8192.0 0.8030976
16384.0 1.752118
32768.0 3.54686
EOD
$time_limit << EOD
65536.0 2.058784
32768.0 2.342804
65536.0 1.957826
65536.0 1.860515
32768.0 3.54686
EOD
set title "Raw attention time vs L: FAVOR+ and the other efficient\nmechanisms (B=1, H=8, d=64) (pass=forward\\_backward, causal=true)"
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
set output "timing-attention-time-efficient-pass=forward_backward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "reformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-efficient-pass=forward_backward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "reformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
