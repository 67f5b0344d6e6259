# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.007595125
1024.0 0.01301158
2048.0 0.02447365
4096.0 0.04537801
8192.0 0.1250118
16384.0 0.2281021
32768.0 0.3684744
65536.0 0.7294271
EOD
$line2 << EOD
512.0 0.02019566
1024.0 0.03894805
2048.0 0.07978464
4096.0 0.223671
8192.0 0.3398851
16384.0 0.6155732
32768.0 1.207472
EOD
$line3 << EOD
512.0 0.001887789
1024.0 0.003976108
2048.0 0.008038975
4096.0 0.01643252
8192.0 0.03362305
16384.0 0.06806584
32768.0 0.1338591
65536.0 0.2705024
131072.0 0.5377916
EOD
$line4 << EOD
512.0 0.003494971
1024.0 0.008960347
2048.0 0.02000559
4096.0 0.04234925
8192.0 0.08827889
16384.0 0.1783015
32768.0 0.3649551
65536.0 0.7532615
EOD
$line5 << EOD
512.0 0.005832551
1024.0 0.01116
2048.0 0.02190801
4096.0 0.04652322
8192.0 0.1171669
16384.0 0.1657568
32768.0 0.3366066
65536.0 0.6592675
EOD
$line6 << EOD
512.0 0.02139109
1024.0 0.04164617
2048.0 0.08202033
4096.0 0.1568068
8192.0 0.3082688
16384.0 0.6336877
32768.0 1.285721
EOD
$time_limit << EOD
65536.0 0.7294271
32768.0 1.207472
65536.0 0.7532615
65536.0 0.6592675
32768.0 1.285721
EOD
set title "Raw attention time vs L: FAVOR+ and the other efficient\nmechanisms (B=1, H=8, d=64) (pass=forward, causal=true)"
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
set output "timing-attention-time-efficient-pass=forward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "reformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-efficient-pass=forward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "reformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
