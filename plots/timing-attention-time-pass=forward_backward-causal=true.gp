# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.00849897
1024.0 0.0291965
2048.0 0.09888014
4096.0 0.3747411
8192.0 1.514837
16384.0 7.981058
EOD
$line2 << EOD
512.0 0.01072787
1024.0 0.03305561
2048.0 0.1118979
4096.0 0.4050565
8192.0 1.552586
16384.0 6.156495
EOD
$line3 << EOD
512.0 0.000109363
1024.0 0.000162793
2048.0 0.000482739
4096.0 0.001404651
8192.0 0.004416624
16384.0 0.006798028
32768.0 0.01158387
65536.0 0.02365515
131072.0 0.0447474
EOD
$line4 << EOD
512.0 0.01782873
1024.0 0.03263209
2048.0 0.06618094
4096.0 0.1297018
8192.0 0.2654764
16384.0 0.5723885
32768.0 1.055192
65536.0 2.101269
EOD
$line5 << EOD
512.0 0.003549253
1024.0 0.007078816
2048.0 0.01440995
4096.0 0.03086702
8192.0 0.05829164
16384.0 0.1172806
32768.0 0.2270198
65536.0 0.458269
131072.0 0.9212091
EOD
$line6 << EOD
512.0 0.0171198
1024.0 0.02540485
2048.0 0.05159851
4096.0 0.1031398
8192.0 0.2034057
16384.0 0.4109567
32768.0 0.8819058
65536.0 1.802644
EOD
$memory_limit << EOD
16384.0 7.981058
EOD
$time_limit << EOD
16384.0 6.156495
65536.0 2.101269
65536.0 1.802644
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
set label 1 "memory budget" at first 16384.0, first 7.981058 offset character 1.5,-0.8 font ",9"
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
