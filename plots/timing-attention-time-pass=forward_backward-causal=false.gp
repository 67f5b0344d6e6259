# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01617025
1024.0 0.06042178
2048.0 0.2346608
4096.0 0.9974144
8192.0 5.147585
EOD
$line2 << EOD
512.0 0.00016876
1024.0 0.000305132
2048.0 0.000577356
4096.0 0.002232832
8192.0 0.004090677
16384.0 0.007112179
32768.0 0.0128791
65536.0 0.03547946
131072.0 0.0499616
EOD
$line3 << EOD
512.0 0.01492804
1024.0 0.02822813
2048.0 0.0522733
4096.0 0.1211547
8192.0 0.2420525
16384.0 0.519117
32768.0 1.348007
65536.0 2.217495
EOD
$line4 << EOD
512.0 0.004763075
1024.0 0.008962914
2048.0 0.01691263
4096.0 0.04744256
8192.0 0.1107456
16384.0 0.1343952
32768.0 0.3175824
65536.0 0.9419506
131072.0 1.384566
EOD
$line5 << EOD
512.0 0.04142284
1024.0 0.07446372
2048.0 0.2354224
4096.0 0.4995748
8192.0 0.7032717
16384.0 1.342581
32768.0 3.203812
EOD
$line6 << EOD
512.0 0.01222106
1024.0 0.03493401
2048.0 0.04888325
4096.0 0.09929221
8192.0 0.2125702
16384.0 0.4078202
32768.0 0.8055087
65536.0 1.73748
EOD
$line7 << EOD
512.0 0.02021219
1024.0 0.04576419
2048.0 0.1178901
4096.0 0.2270917
8192.0 0.4194577
16384.0 0.879184
32768.0 1.742406
65536.0 3.426132
EOD
$line8 << EOD
512.0 0.01529104
1024.0 0.02909755
2048.0 0.05993301
4096.0 0.17645
8192.0 0.2353945
16384.0 0.5038501
32768.0 1.008175
65536.0 2.274353
EOD
$memory_limit << EOD
8192.0 5.147585
EOD
$time_limit << EOD
65536.0 2.217495
32768.0 3.203812
65536.0 1.73748
65536.0 3.426132
65536.0 2.274353
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward\\_backward, causal=false)"
set xlabel "sequence length L"
set ylabel "time (seconds, median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory limit" at first 8192.0, first 5.147585 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set linestyle 8 linecolor rgb "#7f7f7f" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward_backward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "identity", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig", \
     $line6 using 1:2 with linespoints linestyle 6 title "local", \
     $line7 using 1:2 with linespoints linestyle 7 title "block-sparse", \
     $line8 using 1:2 with linespoints linestyle 8 title "linformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward_backward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "identity", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig", \
     $line6 using 1:2 with linespoints linestyle 6 title "local", \
     $line7 using 1:2 with linespoints linestyle 7 title "block-sparse", \
     $line8 using 1:2 with linespoints linestyle 8 title "linformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
unset output
