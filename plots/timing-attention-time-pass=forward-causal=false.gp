# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.005728436
1024.0 0.02271012
2048.0 0.08675077
4096.0 0.3611326
8192.0 2.290723
EOD
$line2 << EOD
512.0 3.5203e-05
1024.0 4.4647e-05
2048.0 9.5982e-05
4096.0 0.000274297
8192.0 0.001150066
16384.0 0.002411577
32768.0 0.004721272
65536.0 0.009958159
131072.0 0.01916648
EOD
$line3 << EOD
512.0 0.007192998
1024.0 0.01388244
2048.0 0.02368806
4096.0 0.04574812
8192.0 0.09716034
16384.0 0.1926772
32768.0 0.3859823
65536.0 0.823582
EOD
$line4 << EOD
512.0 0.001487266
1024.0 0.002990786
2048.0 0.005863596
4096.0 0.01176286
8192.0 0.02623678
16384.0 0.07963155
32768.0 0.1272601
65536.0 0.2216482
131072.0 0.6262374
EOD
$line5 << EOD
512.0 0.01914253
1024.0 0.04829437
2048.0 0.1413707
4096.0 0.2801146
8192.0 0.4379652
16384.0 0.8042214
32768.0 1.890875
EOD
$line6 << EOD
512.0 0.003436437
1024.0 0.007306076
2048.0 0.01514871
4096.0 0.03126616
8192.0 0.06250945
16384.0 0.1247547
32768.0 0.2637674
65536.0 0.4984357
131072.0 1.013368
EOD
$line7 << EOD
512.0 0.00663458
1024.0 0.01493
2048.0 0.03382635
4096.0 0.06671774
8192.0 0.1334255
16384.0 0.2820322
32768.0 0.5683546
65536.0 1.147265
EOD
$line8 << EOD
512.0 0.004728904
1024.0 0.009288896
2048.0 0.0182043
4096.0 0.03738656
8192.0 0.07350273
16384.0 0.1508553
32768.0 0.3040555
65536.0 0.6162979
EOD
$memory_limit << EOD
8192.0 2.290723
EOD
$time_limit << EOD
65536.0 0.823582
32768.0 1.890875
65536.0 1.147265
65536.0 0.6162979
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward, causal=false)"
set xlabel "sequence length L"
set ylabel "time (seconds, median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory limit" at first 8192.0, first 2.290723 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set linestyle 8 linecolor rgb "#7f7f7f" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward-causal=false.png"
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
set output "timing-attention-time-pass=forward-causal=false.svg"
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
