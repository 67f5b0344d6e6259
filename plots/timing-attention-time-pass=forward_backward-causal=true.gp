# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.00614123
1024.0 0.02554347
2048.0 0.08779685
4096.0 0.3460102
8192.0 1.274123
16384.0 7.489655
EOD
$line2 << EOD
512.0 0.008811912
1024.0 0.02604366
2048.0 0.08842586
4096.0 0.3124952
8192.0 1.18944
16384.0 4.609241
EOD
$line3 << EOD
512.0 0.000218653
1024.0 0.000452791
2048.0 0.000918961
4096.0 0.00201348
8192.0 0.006960452
16384.0 0.01474183
32768.0 0.03226035
65536.0 0.05030735
131072.0 0.1064364
EOD
$line4 << EOD
512.0 0.01526086
1024.0 0.02810914
2048.0 0.05531639
4096.0 0.115099
8192.0 0.2329915
16384.0 0.4665301
32768.0 0.9371658
65536.0 1.865894
EOD
$line5 << EOD
512.0 0.004542449
1024.0 0.008764002
2048.0 0.01406586
4096.0 0.02947905
8192.0 0.06041493
16384.0 0.1178983
32768.0 0.2363448
65536.0 0.4959563
131072.0 0.9519346
EOD
$line6 << EOD
512.0 0.01923136
1024.0 0.02995258
2048.0 0.07616018
4096.0 0.2521623
8192.0 0.2635522
16384.0 0.5097683
32768.0 1.009201
65536.0 1.983888
EOD
$memory_limit << EOD
16384.0 7.489655
EOD
$time_limit << EOD
16384.0 4.609241
65536.0 1.865894
65536.0 1.983888
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
set label 1 "memory budget" at first 16384.0, first 7.489655 offset character 1.5,-0.8 font ",9"
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
