# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01526086
1024.0 0.02810914
2048.0 0.05531639
4096.0 0.115099
8192.0 0.2329915
16384.0 0.4665301
32768.0 0.9371658
65536.0 1.865894
EOD
$line2 << EOD
512.0 0.051501
1024.0 0.0979193
2048.0 0.2443932
4096.0 0.3457629
8192.0 0.6038553
16384.0 1.196482
32768.0 2.397238
EOD
$line3 << EOD
512.0 0.005060145
1024.0 0.01057693
2048.0 0.0234459
4096.0 0.0466054
8192.0 0.1080017
16384.0 0.1878616
32768.0 0.3741742
65536.0 0.7720956
131072.0 1.483499
EOD
$line4 << EOD
512.0 0.009672304
1024.0 0.02818304
2048.0 0.05330301
4096.0 0.1243966
8192.0 0.2589367
16384.0 0.4796419
32768.0 1.342754
65536.0 1.935166
EOD
$line5 << EOD
512.0 0.01923136
1024.0 0.02995258
2048.0 0.07616018
4096.0 0.2521623
8192.0 0.2635522
16384.0 0.5097683
32768.0 1.009201
65536.0 1.983888
EOD
$line6 << EOD
512.0 0.06034495
1024.0 0.1191889
2048.0 0.2864128
4096.0 0.4626589
8192.0 0.9035879
16384.0 1.837022
EOD
$time_limit << EOD
65536.0 1.865894
32768.0 2.397238
65536.0 1.935166
65536.0 1.983888
16384.0 1.837022
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
