# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.007869996
1024.0 0.02553338
2048.0 0.07809074
4096.0 0.309823
8192.0 1.201877
EOD
$line2 << EOD
512.0 0.002619864
1024.0 0.008804211
2048.0 0.0346052
4096.0 0.1364731
8192.0 0.5490274
16384.0 2.07214
EOD
$line3 << EOD
512.0 7.0214e-05
1024.0 4.5547e-05
2048.0 0.000150603
4096.0 0.000365121
8192.0 0.001879065
16384.0 0.003187004
32768.0 0.006373247
65536.0 0.01061365
131072.0 0.02220624
EOD
$line4 << EOD
512.0 0.01085108
1024.0 0.01982298
2048.0 0.03718593
4096.0 0.07496544
8192.0 0.1525451
16384.0 0.316989
32768.0 0.5860792
65536.0 1.180019
EOD
$line5 << EOD
512.0 0.002338707
1024.0 0.004753206
2048.0 0.0094787
4096.0 0.02117844
8192.0 0.04047797
16384.0 0.08051991
32768.0 0.164217
65536.0 0.3341692
131072.0 0.6714397
EOD
$line6 << EOD
512.0 0.03667375
1024.0 0.09631136
2048.0 0.1749223
4096.0 0.3470883
8192.0 0.5574602
16384.0 0.9227607
32768.0 1.77966
EOD
$line7 << EOD
512.0 0.001890492
1024.0 0.003965709
2048.0 0.008225574
4096.0 0.01661274
8192.0 0.03353563
16384.0 0.06699322
32768.0 0.136076
65536.0 0.2870472
131072.0 0.5443148
EOD
$line8 << EOD
512.0 0.003698152
1024.0 0.009471971
2048.0 0.02073561
4096.0 0.04373856
8192.0 0.09799637
16384.0 0.191608
32768.0 0.3787286
65536.0 0.7660255
EOD
$memory_limit << EOD
8192.0 1.201877
EOD
$time_limit << EOD
16384.0 2.07214
65536.0 1.180019
32768.0 1.77966
65536.0 0.7660255
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
set label 1 "memory limit" at first 8192.0, first 1.201877 offset character 1.5,-0.8 font ",9"
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
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
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
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
unset output
