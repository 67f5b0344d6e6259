# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.009282286
1024.0 0.03469077
2048.0 0.1126323
4096.0 0.4437154
8192.0 1.414907
EOD
$line2 << EOD
512.0 0.00735036
1024.0 0.01504802
2048.0 0.0599943
4096.0 0.311115
8192.0 0.9612607
EOD
$line3 << EOD
512.0 2.2784e-05
1024.0 4.4877e-05
2048.0 9.2879e-05
4096.0 0.000259025
8192.0 0.000899759
16384.0 0.00225724
32768.0 0.005007733
65536.0 0.01025823
131072.0 0.01945546
EOD
$line4 << EOD
512.0 0.006363742
1024.0 0.01045427
2048.0 0.01756975
4096.0 0.03231233
8192.0 0.06270179
16384.0 0.1232199
32768.0 0.2471287
65536.0 0.4922307
131072.0 0.9823825
EOD
$line5 << EOD
512.0 0.000720392
1024.0 0.001334206
2048.0 0.002687651
4096.0 0.005410884
8192.0 0.01073862
16384.0 0.02171522
32768.0 0.0454069
65536.0 0.0881174
131072.0 0.1737259
EOD
$line6 << EOD
512.0 0.01018537
1024.0 0.01035488
2048.0 0.02089363
4096.0 0.04165556
8192.0 0.1226579
16384.0 0.1834708
32768.0 0.356149
65536.0 0.7156005
EOD
$time_limit << EOD
8192.0 1.414907
8192.0 0.9612607
65536.0 0.7156005
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
