# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01002975
1024.0 0.03597551
2048.0 0.1111501
4096.0 0.4547491
8192.0 1.946167
EOD
$line2 << EOD
512.0 0.007459643
1024.0 0.01530464
2048.0 0.06034697
4096.0 0.2913531
8192.0 1.031631
EOD
$line3 << EOD
512.0 3.0836e-05
1024.0 7.2428e-05
2048.0 9.5052e-05
4096.0 0.000218225
8192.0 0.000786621
16384.0 0.001823144
32768.0 0.004088135
65536.0 0.0105067
131072.0 0.0191307
EOD
$line4 << EOD
512.0 0.006031397
1024.0 0.00976196
2048.0 0.01734077
4096.0 0.03245117
8192.0 0.06280854
16384.0 0.1254372
32768.0 0.251885
65536.0 0.5016272
131072.0 0.9872955
EOD
$line5 << EOD
512.0 0.000787603
1024.0 0.001379203
2048.0 0.002644796
4096.0 0.005561698
8192.0 0.01098841
16384.0 0.02192171
32768.0 0.04365321
65536.0 0.08838073
131072.0 0.1750956
EOD
$line6 << EOD
512.0 0.006013881
1024.0 0.01257425
2048.0 0.02168185
4096.0 0.04375159
8192.0 0.1219108
16384.0 0.1766116
32768.0 0.3531472
65536.0 0.7117995
EOD
$time_limit << EOD
8192.0 1.946167
8192.0 1.031631
65536.0 0.7117995
EOD
set title "Raw attention time vs L: exact, FAVOR+ and Reformer (B=1, H=8, d=64) (pass=forward, causal=false)"
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
set output "timing-attention-time-pass=forward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
