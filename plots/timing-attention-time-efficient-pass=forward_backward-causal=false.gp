# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.009230643
1024.0 0.01673192
2048.0 0.03238751
4096.0 0.06468094
8192.0 0.1338486
16384.0 0.2869825
32768.0 0.5829135
65536.0 1.103405
EOD
$line2 << EOD
512.0 0.02827715
1024.0 0.06239464
2048.0 0.1341254
4096.0 0.2225689
8192.0 0.5458248
16384.0 1.001663
32768.0 1.820612
EOD
$line3 << EOD
512.0 0.008739778
1024.0 0.01951092
2048.0 0.05108327
4096.0 0.08177393
8192.0 0.166128
16384.0 0.3393182
32768.0 0.6644508
65536.0 1.349683
131072.0 2.675006
EOD
$line4 << EOD
512.0 0.01625575
1024.0 0.03835014
2048.0 0.07948823
4096.0 0.168727
8192.0 0.3744407
16384.0 0.6787983
32768.0 1.398692
65536.0 3.233884
EOD
$line5 << EOD
512.0 0.01668852
1024.0 0.02719513
2048.0 0.04921025
4096.0 0.1257561
8192.0 0.1925926
16384.0 0.3307666
32768.0 0.7563958
EOD
$line6 << EOD
512.0 0.01714946
1024.0 0.02876362
2048.0 0.05852147
4096.0 0.1241248
8192.0 0.247996
16384.0 0.5175341
32768.0 1.044267
65536.0 2.140675
EOD
$line7 << EOD
512.0 0.05601637
1024.0 0.1162052
2048.0 0.2930267
4096.0 0.4731208
8192.0 0.9464887
16384.0 1.886199
EOD
$time_limit << EOD
65536.0 1.103405
32768.0 1.820612
65536.0 3.233884
32768.0 0.7563958
65536.0 2.140675
16384.0 1.886199
EOD
set title "Raw attention time vs L: FAVOR+ and the other efficient\nmechanisms (B=1, H=8, d=64) (pass=forward\\_backward, causal=false)"
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
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-efficient-pass=forward_backward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "linformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $line7 using 1:2 with linespoints linestyle 7 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-efficient-pass=forward_backward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "linformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $line7 using 1:2 with linespoints linestyle 7 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
