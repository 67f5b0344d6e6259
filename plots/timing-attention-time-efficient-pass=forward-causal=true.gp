# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.007764056
1024.0 0.01336724
2048.0 0.02454322
4096.0 0.04695432
8192.0 0.1284865
16384.0 0.2186591
32768.0 0.384843
65536.0 0.7138333
EOD
$line2 << EOD
512.0 0.02038913
1024.0 0.03890626
2048.0 0.07724376
4096.0 0.2133351
8192.0 0.3488568
16384.0 0.603602
32768.0 1.214836
EOD
$line3 << EOD
512.0 0.001824765
1024.0 0.003986213
2048.0 0.007906848
4096.0 0.01644335
8192.0 0.0338021
16384.0 0.0682635
32768.0 0.1329469
65536.0 0.267575
131072.0 0.5783066
EOD
$line4 << EOD
512.0 0.00366161
1024.0 0.009189417
2048.0 0.02115868
4096.0 0.04343785
8192.0 0.0974724
16384.0 0.1867256
32768.0 0.3718447
65536.0 0.7441788
EOD
$line5 << EOD
512.0 0.005887042
1024.0 0.01044098
2048.0 0.02073454
4096.0 0.04044939
8192.0 0.08619635
16384.0 0.1687923
32768.0 0.3293817
65536.0 0.6537354
EOD
$line6 << EOD
512.0 0.02212478
1024.0 0.04321173
2048.0 0.08217671
4096.0 0.1627957
8192.0 0.3213713
16384.0 0.6568235
32768.0 1.371421
EOD
$time_limit << EOD
65536.0 0.7138333
32768.0 1.214836
65536.0 0.7441788
65536.0 0.6537354
32768.0 1.371421
EOD
set title "Raw attention time vs L: FAVOR+ and the other efficient\nmechanisms (B=1, H=8, d=64) (pass=forward, causal=true)"
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
set output "timing-attention-time-efficient-pass=forward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "reformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-efficient-pass=forward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "reformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
