# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.0136536
1024.0 0.055955
2048.0 0.209769
4096.0 0.8885389
8192.0 4.703842
EOD
$line2 << EOD
512.0 0.01258816
1024.0 0.05147881
2048.0 0.1966348
4096.0 0.7462629
8192.0 3.08437
EOD
$line3 << EOD
512.0 0.000126437
1024.0 0.000178594
2048.0 0.000640209
4096.0 0.001562316
8192.0 0.003738181
16384.0 0.006136426
32768.0 0.01222128
65536.0 0.02539056
131072.0 0.04855513
EOD
$line4 << EOD
512.0 0.01098463
1024.0 0.01954352
2048.0 0.03835283
4096.0 0.07908974
8192.0 0.1600566
16384.0 0.3178163
32768.0 0.6354323
65536.0 1.27221
131072.0 2.493894
EOD
$line5 << EOD
512.0 0.001939164
1024.0 0.004052847
2048.0 0.008181939
4096.0 0.01675511
8192.0 0.0336237
16384.0 0.06830318
32768.0 0.1439432
65536.0 0.2859878
131072.0 0.5629107
EOD
$line6 << EOD
512.0 0.0291512
1024.0 0.06074739
2048.0 0.104454
4096.0 0.2101579
8192.0 0.4250451
16384.0 0.8477514
32768.0 1.811553
65536.0 3.331964
EOD
$line7 << EOD
512.0 0.009544789
1024.0 0.01955591
2048.0 0.03999028
4096.0 0.08167027
8192.0 0.1635059
16384.0 0.3358837
32768.0 0.6604203
65536.0 1.369634
131072.0 2.696141
EOD
$line8 << EOD
512.0 0.0170169
1024.0 0.03891829
2048.0 0.08220084
4096.0 0.1729381
8192.0 0.3526761
16384.0 0.7411942
32768.0 1.569347
65536.0 3.057278
EOD
$line9 << EOD
512.0 0.02398754
1024.0 0.04445057
2048.0 0.08189036
4096.0 0.09988797
8192.0 0.2631684
16384.0 0.4485971
32768.0 0.9044641
65536.0 1.849838
EOD
$time_limit << EOD
8192.0 4.703842
8192.0 3.08437
65536.0 3.331964
65536.0 3.057278
65536.0 1.849838
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward\\_backward, causal=false)"
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
set output "timing-attention-time-pass=forward_backward-causal=false.png"
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
set output "timing-attention-time-pass=forward_backward-causal=false.svg"
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
