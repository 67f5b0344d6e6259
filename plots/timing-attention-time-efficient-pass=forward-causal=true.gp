# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.00704747
1024.0 0.01209937
2048.0 0.02287229
4096.0 0.04486276
8192.0 0.1252951
16384.0 0.2278932
32768.0 0.3565598
65536.0 0.7161752
EOD
$line2 << EOD
512.0 0.02101268
1024.0 0.03948974
2048.0 0.07720069
4096.0 0.2145619
8192.0 0.3544109
16384.0 0.612783
32768.0 1.208177
EOD
$line3 << EOD
512.0 0.001866017
1024.0 0.003774909
2048.0 0.008063812
4096.0 0.01624918
8192.0 0.03305075
16384.0 0.06657955
32768.0 0.1358631
65536.0 0.27023
131072.0 0.5395569
EOD
$line4 << EOD
512.0 0.003651355
1024.0 0.00939224
2048.0 0.02079198
4096.0 0.04291107
8192.0 0.1050186
16384.0 0.1834291
32768.0 0.3744819
65536.0 0.7511259
EOD
$line5 << EOD
512.0 0.005969345
1024.0 0.01083129
2048.0 0.02212384
4096.0 0.0431798
8192.0 0.1224252
16384.0 0.2106504
32768.0 0.3560774
65536.0 0.6965109
EOD
$line6 << EOD
512.0 0.02234138
1024.0 0.04278275
2048.0 0.08248457
4096.0 0.1637318
8192.0 0.3200664
16384.0 0.686707
32768.0 1.339886
EOD
$time_limit << EOD
65536.0 0.7161752
32768.0 1.208177
65536.0 0.7511259
65536.0 0.6965109
32768.0 1.339886
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
