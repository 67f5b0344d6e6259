# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.02037503
1024.0 0.06513006
2048.0 0.1252907
4096.0 0.4700763
8192.0 2.070264
16384.0 10.82398
EOD
$line2 << EOD
512.0 0.01058472
1024.0 0.0325058
2048.0 0.110991
4096.0 0.4019382
8192.0 1.528617
16384.0 5.921589
EOD
$line3 << EOD
512.0 0.000104155
1024.0 0.000157865
2048.0 0.000458052
4096.0 0.001454535
8192.0 0.003029139
16384.0 0.005835535
32768.0 0.0117108
65536.0 0.02192793
131072.0 0.04674185
EOD
$line4 << EOD
512.0 0.01600945
1024.0 0.0307204
2048.0 0.06278384
4096.0 0.1237826
8192.0 0.2521637
16384.0 0.5515001
32768.0 1.021837
65536.0 2.058047
EOD
$line5 << EOD
512.0 0.003559398
1024.0 0.006887842
2048.0 0.01391088
4096.0 0.02812057
8192.0 0.05760052
16384.0 0.1167994
32768.0 0.2307502
65536.0 0.4624524
131072.0 0.945607
EOD
$line6 << EOD
512.0 0.01575984
1024.0 0.02958015
2048.0 0.05777589
4096.0 0.1100555
8192.0 0.2221543
16384.0 0.4483631
32768.0 0.8917747
65536.0 1.804685
EOD
$memory_limit << EOD
16384.0 10.82398
EOD
$time_limit << EOD
16384.0 5.921589
65536.0 2.058047
65536.0 1.804685
EOD
set title "Raw attention time vs L: exact, FAVOR+ and Reformer (B=1, H=8, d=64) (pass=forward\\_backward, causal=true)"
set xlabel "sequence length L\n"
set ylabel "time (seconds, median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key below nobox
set pointsize 1.2
set label 1 "memory budget" at first 16384.0, first 10.82398 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward_backward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward_backward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
