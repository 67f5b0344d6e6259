# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.00769924
1024.0 0.0258495
2048.0 0.08127074
4096.0 0.3147407
8192.0 1.232217
EOD
$line2 << EOD
512.0 2.2994e-05
1024.0 4.4787e-05
2048.0 0.000101241
4096.0 0.000318432
8192.0 0.000979563
16384.0 0.002153023
32768.0 0.004886307
65536.0 0.009687358
131072.0 0.01876401
EOD
$line3 << EOD
512.0 0.009335787
1024.0 0.0171353
2048.0 0.03275754
4096.0 0.06421604
8192.0 0.1301185
16384.0 0.2641785
32768.0 0.5151959
65536.0 1.146049
EOD
$line4 << EOD
512.0 0.002262505
1024.0 0.004580293
2048.0 0.00929079
4096.0 0.01885585
8192.0 0.03931779
16384.0 0.0806469
32768.0 0.1579842
65536.0 0.3439184
131072.0 0.6691584
EOD
$line5 << EOD
512.0 0.04447381
1024.0 0.08833646
2048.0 0.1600856
4096.0 0.3456489
8192.0 0.4616508
16384.0 1.180382
32768.0 1.595641
EOD
$line6 << EOD
512.0 0.001832828
1024.0 0.0040046
2048.0 0.007873037
4096.0 0.01650273
8192.0 0.03297397
16384.0 0.06707561
32768.0 0.1326252
65536.0 0.2669373
131072.0 0.5363398
EOD
$line7 << EOD
512.0 0.003535023
1024.0 0.009105054
2048.0 0.0202316
4096.0 0.04315118
8192.0 0.09040214
16384.0 0.1890653
32768.0 0.3748613
65536.0 0.7476469
EOD
$memory_limit << EOD
8192.0 1.232217
EOD
$time_limit << EOD
65536.0 1.146049
32768.0 1.595641
65536.0 0.7476469
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward, causal=true)"
set xlabel "sequence length L"
set ylabel "time (seconds, median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory limit" at first 8192.0, first 1.232217 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "identity", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig", \
     $line6 using 1:2 with linespoints linestyle 6 title "local", \
     $line7 using 1:2 with linespoints linestyle 7 title "block-sparse", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "identity", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig", \
     $line6 using 1:2 with linespoints linestyle 6 title "local", \
     $line7 using 1:2 with linespoints linestyle 7 title "block-sparse", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
unset output
