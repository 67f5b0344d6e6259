# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.005765997
1024.0 0.0198745
2048.0 0.08831849
4096.0 0.3578642
8192.0 1.434698
EOD
$line2 << EOD
512.0 0.007743098
1024.0 0.01599703
2048.0 0.06316926
4096.0 0.2618228
8192.0 1.004897
EOD
$line3 << EOD
512.0 3.8717e-05
1024.0 4.4456e-05
2048.0 9.7564e-05
4096.0 0.000329759
8192.0 0.00086384
16384.0 0.002136687
32768.0 0.005347808
65536.0 0.01043363
131072.0 0.01983188
EOD
$line4 << EOD
512.0 0.005500944
1024.0 0.009733569
2048.0 0.01712302
4096.0 0.032182
8192.0 0.06374678
16384.0 0.125121
32768.0 0.2490097
65536.0 0.4983241
131072.0 1.001176
EOD
$line5 << EOD
512.0 0.000790842
1024.0 0.001508877
2048.0 0.003018184
4096.0 0.006035056
8192.0 0.01210458
16384.0 0.0242517
32768.0 0.0486902
65536.0 0.09822383
131072.0 0.1932365
EOD
$line6 << EOD
512.0 0.01793405
1024.0 0.04384651
2048.0 0.07632012
4096.0 0.1702768
8192.0 0.2795831
16384.0 0.5543131
32768.0 1.052125
65536.0 2.073154
EOD
$line7 << EOD
512.0 0.003322926
1024.0 0.007343697
2048.0 0.01499862
4096.0 0.03070622
8192.0 0.06229836
16384.0 0.1233373
32768.0 0.2533482
65536.0 0.5007286
131072.0 1.00666
EOD
$line8 << EOD
512.0 0.00654381
1024.0 0.0150943
2048.0 0.03252064
4096.0 0.06617013
8192.0 0.1363395
16384.0 0.2808686
32768.0 0.5740757
65536.0 1.146924
EOD
$line9 << EOD
512.0 0.008088461
1024.0 0.01714551
2048.0 0.02875996
4096.0 0.03353628
8192.0 0.07811975
16384.0 0.1612251
32768.0 0.313609
65536.0 0.6459353
EOD
$time_limit << EOD
8192.0 1.434698
8192.0 1.004897
65536.0 2.073154
65536.0 1.146924
65536.0 0.6459353
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward, causal=false)"
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
set linestyle 9 linecolor rgb "#bcbd22" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $line9 using 1:2 with linespoints linestyle 9 title "linformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $line9 using 1:2 with linespoints linestyle 9 title "linformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
