# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.003821468
1024.0 0.01584569
2048.0 0.06854886
4096.0 0.295771
8192.0 1.152011
EOD
$line2 << EOD
512.0 0.003842369
1024.0 0.01526303
2048.0 0.0613803
4096.0 0.3123133
8192.0 1.022055
EOD
$line3 << EOD
512.0 3.0375e-05
1024.0 4.4887e-05
2048.0 9.313899e-05
4096.0 0.000292605
8192.0 0.000977826
16384.0 0.002149249
32768.0 0.00444094
65536.0 0.009008418
131072.0 0.01906081
EOD
$line4 << EOD
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
$line5 << EOD
512.0 0.000743767
1024.0 0.001677196
2048.0 0.003331559
4096.0 0.00569024
8192.0 0.01084231
16384.0 0.02151167
32768.0 0.04650295
65536.0 0.08821889
131072.0 0.1796644
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
$time_limit << EOD
8192.0 1.152011
8192.0 1.022055
65536.0 0.6905428
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
