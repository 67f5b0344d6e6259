# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.02091141
1024.0 0.06450848
2048.0 0.2067824
4096.0 0.7824019
8192.0 2.978573
EOD
$line2 << EOD
512.0 0.01040788
1024.0 0.03367548
2048.0 0.1169545
4096.0 0.4144779
8192.0 1.628716
16384.0 6.111619
EOD
$line3 << EOD
512.0 7.5232e-05
1024.0 0.00035111
2048.0 0.000556966
4096.0 0.001889281
8192.0 0.004275388
16384.0 0.007608769
32768.0 0.01642887
65536.0 0.02510916
131072.0 0.05539433
EOD
$line4 << EOD
512.0 0.0266673
1024.0 0.05173353
2048.0 0.1040232
4096.0 0.2287717
8192.0 0.4364794
16384.0 0.8580465
32768.0 1.68219
65536.0 3.78348
EOD
$line5 << EOD
512.0 0.009044017
1024.0 0.01888304
2048.0 0.03709501
4096.0 0.0721695
8192.0 0.2075785
16384.0 0.3044823
32768.0 0.600461
65536.0 1.021172
131072.0 2.100162
EOD
$line6 << EOD
512.0 0.08881199
1024.0 0.1951577
2048.0 0.3753841
4096.0 0.6542513
8192.0 0.9817892
16384.0 1.784615
32768.0 3.557785
EOD
$line7 << EOD
512.0 0.00497874
1024.0 0.01094427
2048.0 0.02238699
4096.0 0.04759985
8192.0 0.09184765
16384.0 0.1821045
32768.0 0.3788687
65536.0 0.7325417
131072.0 1.474571
EOD
$line8 << EOD
512.0 0.009713349
1024.0 0.02485394
2048.0 0.05378108
4096.0 0.1142329
8192.0 0.234047
16384.0 0.4884675
32768.0 1.001688
65536.0 1.997155
EOD
$memory_limit << EOD
8192.0 2.978573
EOD
$time_limit << EOD
16384.0 6.111619
65536.0 3.78348
32768.0 3.557785
65536.0 1.997155
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward\\_backward, causal=true)"
set xlabel "sequence length L"
set ylabel "time (seconds, median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory limit" at first 8192.0, first 2.978573 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set linestyle 8 linecolor rgb "#7f7f7f" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward_backward-causal=true.png"
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
set output "timing-attention-time-pass=forward_backward-causal=true.svg"
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
