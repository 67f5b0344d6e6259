# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.007794825
1024.0 0.02554443
2048.0 0.0816789
4096.0 0.2638566
8192.0 1.165634
EOD
$line2 << EOD
512.0 0.002931466
1024.0 0.009615714
2048.0 0.03485646
4096.0 0.1327107
8192.0 0.507227
16384.0 1.954287
EOD
$line3 << EOD
512.0 3.9579e-05
1024.0 4.4667e-05
2048.0 0.00010815
4096.0 0.000343209
8192.0 0.001128123
16384.0 0.00271822
32768.0 0.005199107
65536.0 0.01048156
131072.0 0.02037154
EOD
$line4 << EOD
512.0 0.007187264
1024.0 0.01292022
2048.0 0.02390773
4096.0 0.04645253
8192.0 0.1210791
16384.0 0.2359833
32768.0 0.3724073
65536.0 0.7117357
EOD
$line5 << EOD
512.0 0.001141442
1024.0 0.002136817
2048.0 0.004408165
4096.0 0.009320937
8192.0 0.01875192
16384.0 0.07189578
32768.0 0.09269239
65536.0 0.1478629
131072.0 0.3016347
EOD
$line6 << EOD
512.0 0.02016642
1024.0 0.03871458
2048.0 0.07637349
4096.0 0.1764617
8192.0 0.3050583
16384.0 0.6301126
32768.0 1.218128
EOD
$line7 << EOD
512.0 0.001890753
1024.0 0.004236581
2048.0 0.008180026
4096.0 0.01687732
8192.0 0.0340754
16384.0 0.06665362
32768.0 0.1346009
65536.0 0.2797489
131072.0 0.5375968
EOD
$line8 << EOD
512.0 0.003652124
1024.0 0.009155271
2048.0 0.02052605
4096.0 0.04315997
8192.0 0.09070641
16384.0 0.2198825
32768.0 0.3741405
65536.0 0.9329347
EOD
$time_limit << EOD
8192.0 1.165634
16384.0 1.954287
65536.0 0.7117357
32768.0 1.218128
65536.0 0.9329347
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward, causal=true)"
set xlabel "sequence length L"
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
set linestyle 8 linecolor rgb "#7f7f7f" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
