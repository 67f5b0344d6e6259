# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.006259473
1024.0 0.02565088
2048.0 0.08892262
4096.0 0.4099759
8192.0 2.809084
EOD
$line2 << EOD
512.0 3.8366e-05
1024.0 4.5207e-05
2048.0 0.00011487
4096.0 0.000322618
8192.0 0.001313328
16384.0 0.003080218
32768.0 0.006454353
65536.0 0.01259479
131072.0 0.02169123
EOD
$line3 << EOD
512.0 0.007451111
1024.0 0.01318889
2048.0 0.02948381
4096.0 0.05716311
8192.0 0.1119605
16384.0 0.222375
32768.0 0.7384439
65536.0 0.8749102
EOD
$line4 << EOD
512.0 0.001895562
1024.0 0.004397332
2048.0 0.007357532
4096.0 0.01244027
8192.0 0.03110614
16384.0 0.05673808
32768.0 0.1713208
65536.0 0.2673231
131072.0 0.7363213
EOD
$line5 << EOD
512.0 0.0309467
1024.0 0.06100303
2048.0 0.09001402
4096.0 0.2244775
8192.0 0.4410811
16384.0 1.008723
32768.0 1.9077
EOD
$line6 << EOD
512.0 0.007320908
1024.0 0.008673845
2048.0 0.01842704
4096.0 0.03702704
8192.0 0.07847671
16384.0 0.1599125
32768.0 0.3087486
65536.0 0.878482
EOD
$line7 << EOD
512.0 0.007968549
1024.0 0.018078
2048.0 0.03888883
4096.0 0.07607572
8192.0 0.1540475
16384.0 0.3588626
32768.0 0.6643341
65536.0 1.319473
EOD
$line8 << EOD
512.0 0.005438916
1024.0 0.01014285
2048.0 0.02043867
4096.0 0.05345574
8192.0 0.08012534
16384.0 0.1601566
32768.0 0.3395923
65536.0 0.930056
EOD
$memory_limit << EOD
8192.0 2.809084
EOD
$time_limit << EOD
65536.0 0.8749102
32768.0 1.9077
65536.0 0.878482
65536.0 1.319473
65536.0 0.930056
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
set label 1 "memory limit" at first 8192.0, first 2.809084 offset character 1.5,-0.8 font ",9"
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
