# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01025704
1024.0 0.03586399
2048.0 0.1283178
4096.0 0.4647484
8192.0 2.761737
EOD
$line2 << EOD
512.0 0.01014216
1024.0 0.03234548
2048.0 0.1083507
4096.0 0.4012367
8192.0 1.517211
16384.0 6.064996
EOD
$line3 << EOD
512.0 0.000110945
1024.0 0.000156753
2048.0 0.000448908
4096.0 0.001436298
8192.0 0.003549253
16384.0 0.005786903
32768.0 0.01158899
65536.0 0.02301995
131072.0 0.04702586
EOD
$line4 << EOD
512.0 0.01587206
1024.0 0.03121457
2048.0 0.0614316
4096.0 0.1239949
8192.0 0.2560991
16384.0 0.5466516
32768.0 1.040322
65536.0 2.101226
EOD
$line5 << EOD
512.0 0.003619257
1024.0 0.006706422
2048.0 0.0132748
4096.0 0.02684097
8192.0 0.05489572
16384.0 0.1145208
32768.0 0.2316215
65536.0 0.4917224
131072.0 0.9529664
EOD
$line6 << EOD
512.0 0.01566301
1024.0 0.02971688
2048.0 0.05787415
4096.0 0.1089909
8192.0 0.2185355
16384.0 0.4450452
32768.0 0.904711
65536.0 1.814096
EOD
$time_limit << EOD
8192.0 2.761737
16384.0 6.064996
65536.0 2.101226
65536.0 1.814096
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
