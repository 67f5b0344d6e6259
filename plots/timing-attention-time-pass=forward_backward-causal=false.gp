# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01314767
1024.0 0.05696706
2048.0 0.1950867
4096.0 1.296745
8192.0 5.186165
EOD
$line2 << EOD
512.0 0.01234274
1024.0 0.04881452
2048.0 0.1878205
4096.0 0.749212
8192.0 3.005484
EOD
$line3 << EOD
512.0 0.000108441
1024.0 0.000210713
2048.0 0.00048404
4096.0 0.001577027
8192.0 0.002834429
16384.0 0.005177426
32768.0 0.01110129
65536.0 0.02260783
131072.0 0.0449855
EOD
$line4 << EOD
512.0 0.01044435
1024.0 0.01944766
2048.0 0.03727973
4096.0 0.07603985
8192.0 0.175257
16384.0 0.3164055
32768.0 0.6283896
65536.0 1.249569
131072.0 2.466267
EOD
$line5 << EOD
512.0 0.001900238
1024.0 0.003746326
2048.0 0.007927369
4096.0 0.01630039
8192.0 0.03340709
16384.0 0.06843347
32768.0 0.1372947
65536.0 0.2761228
131072.0 0.5463593
EOD
$line6 << EOD
512.0 0.01711285
1024.0 0.02509709
2048.0 0.0504308
4096.0 0.1005918
8192.0 0.2097815
16384.0 0.4191775
32768.0 0.8655681
65536.0 1.761678
EOD
$time_limit << EOD
8192.0 5.186165
8192.0 3.005484
65536.0 1.761678
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
