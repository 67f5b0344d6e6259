# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.0268296
1024.0 0.09636296
2048.0 0.3345517
4096.0 1.306272
8192.0 5.227785
EOD
$line2 << EOD
512.0 0.0154355
1024.0 0.04670084
2048.0 0.1845973
4096.0 0.7390544
8192.0 3.10824
EOD
$line3 << EOD
512.0 8.3504e-05
1024.0 0.000198135
2048.0 0.000434407
4096.0 0.00144475
8192.0 0.00279502
16384.0 0.00500547
32768.0 0.01057984
65536.0 0.02345854
131072.0 0.04590046
EOD
$line4 << EOD
512.0 0.01147588
1024.0 0.02059952
2048.0 0.03842186
4096.0 0.07245251
8192.0 0.1512944
16384.0 0.3097007
32768.0 0.6304049
65536.0 1.241457
131072.0 2.459896
EOD
$line5 << EOD
512.0 0.001952867
1024.0 0.003837491
2048.0 0.00732298
4096.0 0.01643194
8192.0 0.03175202
16384.0 0.06348871
32768.0 0.126012
65536.0 0.2583231
131072.0 0.5087792
EOD
$line6 << EOD
512.0 0.01556808
1024.0 0.02827236
2048.0 0.05459667
4096.0 0.1080965
8192.0 0.2213908
16384.0 0.461207
32768.0 0.9166595
65536.0 1.827167
EOD
$time_limit << EOD
8192.0 5.227785
8192.0 3.10824
65536.0 1.827167
EOD
set title "Raw attention time vs L: exact, FAVOR+ and Reformer\n(B=1, H=8, d=64) (pass=forward\\_backward, causal=false)"
set xlabel "sequence length L\n"
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
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward_backward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward_backward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
