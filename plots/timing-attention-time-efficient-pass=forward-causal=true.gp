# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.007056573
1024.0 0.01204662
2048.0 0.02277202
4096.0 0.04468515
8192.0 0.1248365
16384.0 0.2508812
32768.0 0.3631875
65536.0 0.7089372
EOD
$line2 << EOD
512.0 0.02119143
1024.0 0.03954429
2048.0 0.07745128
4096.0 0.2188892
8192.0 0.3065419
16384.0 0.6069895
32768.0 1.212287
EOD
$line3 << EOD
512.0 0.001822382
1024.0 0.003800577
2048.0 0.008079546
4096.0 0.01642532
8192.0 0.03299134
16384.0 0.06623586
32768.0 0.1408821
65536.0 0.2767064
131072.0 0.5396969
EOD
$line4 << EOD
512.0 0.003482724
1024.0 0.009060465
2048.0 0.02019123
4096.0 0.04270318
8192.0 0.1081582
16384.0 0.1845827
32768.0 0.3688918
65536.0 0.7452206
EOD
$line5 << EOD
512.0 0.005961564
1024.0 0.01140457
2048.0 0.02220958
4096.0 0.04348451
8192.0 0.1225017
16384.0 0.1748252
32768.0 0.3505749
65536.0 0.7075426
EOD
$line6 << EOD
512.0 0.02170617
1024.0 0.04220076
2048.0 0.08246882
4096.0 0.1623388
8192.0 0.3363168
16384.0 0.6443798
32768.0 1.369044
EOD
$time_limit << EOD
65536.0 0.7089372
32768.0 1.212287
65536.0 0.7452206
65536.0 0.7075426
32768.0 1.369044
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
