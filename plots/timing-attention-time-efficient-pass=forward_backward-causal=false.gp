# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01187607
1024.0 0.02108603
2048.0 0.03741083
4096.0 0.07551747
8192.0 0.157322
16384.0 0.3166371
32768.0 0.6276084
65536.0 1.255036
131072.0 2.495927
EOD
$line2 << EOD
512.0 0.02819072
1024.0 0.05156885
2048.0 0.1013256
4096.0 0.2087689
8192.0 0.4095565
16384.0 0.8136867
32768.0 1.634084
65536.0 3.270995
EOD
$line3 << EOD
512.0 0.009111863
1024.0 0.01957219
2048.0 0.04027481
4096.0 0.08223823
8192.0 0.1719101
16384.0 0.3357085
32768.0 0.6616006
65536.0 1.309355
131072.0 2.629203
EOD
$line4 << EOD
512.0 0.01701175
1024.0 0.0383715
2048.0 0.08159025
4096.0 0.1771828
8192.0 0.3511469
16384.0 0.7230161
32768.0 1.472362
65536.0 2.994331
EOD
$line5 << EOD
512.0 0.01236664
1024.0 0.02484392
2048.0 0.04990518
4096.0 0.1006203
8192.0 0.2004416
16384.0 0.4273002
32768.0 0.8675041
65536.0 1.731786
EOD
$line6 << EOD
512.0 0.01832946
1024.0 0.0261918
2048.0 0.05226827
4096.0 0.1054562
8192.0 0.2124071
16384.0 0.4471747
32768.0 0.9271038
65536.0 1.829199
EOD
$line7 << EOD
512.0 0.05415884
1024.0 0.1016677
2048.0 0.2066086
4096.0 0.4176291
8192.0 0.8601161
16384.0 1.781937
32768.0 3.469239
EOD
$time_limit << EOD
65536.0 3.270995
65536.0 2.994331
65536.0 1.731786
65536.0 1.829199
32768.0 3.469239
EOD
set title "Raw attention time vs L: FAVOR+ and the other efficient\nmechanisms (B=1, H=8, d=64) (pass=forward\\_backward, causal=false)"
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
set output "timing-attention-time-efficient-pass=forward_backward-causal=false.png"
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
set output "timing-attention-time-efficient-pass=forward_backward-causal=false.svg"
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
