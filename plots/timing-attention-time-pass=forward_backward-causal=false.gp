# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01107617
1024.0 0.04473229
2048.0 0.1831482
4096.0 0.6927948
8192.0 2.83117
EOD
$line2 << EOD
512.0 0.01202566
1024.0 0.04833568
2048.0 0.186509
4096.0 0.7516949
8192.0 3.046913
EOD
$line3 << EOD
512.0 7.843699e-05
1024.0 0.000212036
2048.0 0.000482167
4096.0 0.001507854
8192.0 0.00302288
16384.0 0.005335421
32768.0 0.01119419
65536.0 0.02203188
131072.0 0.04536518
EOD
$line4 << EOD
512.0 0.01133204
1024.0 0.02115068
2048.0 0.03856962
4096.0 0.07806008
8192.0 0.1557608
16384.0 0.3107317
32768.0 0.6095671
65536.0 1.241696
131072.0 2.46717
EOD
$line5 << EOD
512.0 0.002283569
1024.0 0.003679868
2048.0 0.007823805
4096.0 0.01930944
8192.0 0.03103196
16384.0 0.06973077
32768.0 0.1366171
65536.0 0.26563
131072.0 0.5087154
EOD
$line6 << EOD
512.0 0.01197488
1024.0 0.02491662
2048.0 0.05049116
4096.0 0.1007767
8192.0 0.2030403
16384.0 0.4131037
32768.0 0.8916487
65536.0 1.814246
EOD
$time_limit << EOD
8192.0 2.83117
8192.0 3.046913
65536.0 1.814246
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
