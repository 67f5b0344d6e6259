# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.006703335
1024.0 0.01141767
2048.0 0.02016065
4096.0 0.03991876
8192.0 0.1144592
16384.0 0.1936065
32768.0 0.3095991
65536.0 0.623345
EOD
$line2 << EOD
512.0 0.03107515
1024.0 0.05953956
2048.0 0.08586683
4096.0 0.1873615
8192.0 0.3473028
16384.0 0.6830151
32768.0 1.54153
EOD
$line3 << EOD
512.0 0.002036719
1024.0 0.004326133
2048.0 0.008741288
4096.0 0.01800528
8192.0 0.0357777
16384.0 0.07193549
32768.0 0.1515169
65536.0 0.2880018
131072.0 0.57629
EOD
$line4 << EOD
512.0 0.004001134
1024.0 0.01246495
2048.0 0.02278946
4096.0 0.04716695
8192.0 0.1193902
16384.0 0.1921424
32768.0 0.3991546
65536.0 0.782168
EOD
$line5 << EOD
512.0 0.007884915
1024.0 0.01505327
2048.0 0.02502957
4096.0 0.06427579
8192.0 0.123621
16384.0 0.2129882
32768.0 0.4036079
65536.0 0.8149979
EOD
$line6 << EOD
512.0 0.02589617
1024.0 0.05187984
2048.0 0.09644386
4096.0 0.1889437
8192.0 0.3782639
16384.0 0.7495831
EOD
$time_limit << EOD
65536.0 0.623345
32768.0 1.54153
65536.0 0.782168
65536.0 0.8149979
16384.0 0.7495831
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
