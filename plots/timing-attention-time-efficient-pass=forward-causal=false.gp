# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.00614751
1024.0 0.009456695
2048.0 0.01715052
4096.0 0.03232061
8192.0 0.0631268
16384.0 0.1244767
32768.0 0.2481707
65536.0 0.4907202
131072.0 0.9827091
EOD
$line2 << EOD
512.0 0.01805605
1024.0 0.03430471
2048.0 0.06617931
4096.0 0.1324718
8192.0 0.2608038
16384.0 0.5183423
32768.0 1.038609
65536.0 2.09576
EOD
$line3 << EOD
512.0 0.003804342
1024.0 0.007673491
2048.0 0.01989422
4096.0 0.03135798
8192.0 0.06304699
16384.0 0.1269916
32768.0 0.251484
65536.0 0.5046918
131072.0 1.003039
EOD
$line4 << EOD
512.0 0.00661095
1024.0 0.01507995
2048.0 0.03230254
4096.0 0.06691638
8192.0 0.1332849
16384.0 0.2897627
32768.0 0.5681425
65536.0 1.140427
EOD
$line5 << EOD
512.0 0.008214417
1024.0 0.01541509
2048.0 0.03019406
4096.0 0.05649033
8192.0 0.07326214
16384.0 0.1584824
32768.0 0.305472
65536.0 0.835996
EOD
$line6 << EOD
512.0 0.00519365
1024.0 0.01021756
2048.0 0.02051382
4096.0 0.04145799
8192.0 0.09931526
16384.0 0.1673454
32768.0 0.3406305
65536.0 0.679866
EOD
$line7 << EOD
512.0 0.02078063
1024.0 0.04149171
2048.0 0.08145088
4096.0 0.1674358
8192.0 0.3259094
16384.0 0.6561266
32768.0 1.340341
EOD
$time_limit << EOD
65536.0 2.09576
65536.0 1.140427
65536.0 0.835996
65536.0 0.679866
32768.0 1.340341
EOD
set title "Raw attention time vs L: FAVOR+ and the other efficient\nmechanisms (B=1, H=8, d=64) (pass=forward, causal=false)"
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
set output "timing-attention-time-efficient-pass=forward-causal=false.png"
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
set output "timing-attention-time-efficient-pass=forward-causal=false.svg"
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
