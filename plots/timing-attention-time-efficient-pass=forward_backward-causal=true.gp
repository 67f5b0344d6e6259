# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01600945
1024.0 0.0307204
2048.0 0.06278384
4096.0 0.1237826
8192.0 0.2521637
16384.0 0.5515001
32768.0 1.021837
65536.0 2.058047
EOD
$line2 << EOD
512.0 0.03793647
1024.0 0.07261106
2048.0 0.1453142
4096.0 0.300406
8192.0 0.6358084
16384.0 1.172384
32768.0 2.346984
EOD
$line3 << EOD
512.0 0.00485091
1024.0 0.01052438
2048.0 0.02191971
4096.0 0.04750849
8192.0 0.09211393
16384.0 0.1943887
32768.0 0.3675783
65536.0 0.7371802
131072.0 1.45769
EOD
$line4 << EOD
512.0 0.009938683
1024.0 0.02459772
2048.0 0.05303672
4096.0 0.1118142
8192.0 0.2309849
16384.0 0.4787704
32768.0 0.978728
65536.0 1.946435
EOD
$line5 << EOD
512.0 0.01575984
1024.0 0.02958015
2048.0 0.05777589
4096.0 0.1100555
8192.0 0.2221543
16384.0 0.4483631
32768.0 0.8917747
65536.0 1.804685
EOD
$line6 << EOD
512.0 0.05460102
1024.0 0.1033545
2048.0 0.215251
4096.0 0.4073866
8192.0 0.8229573
16384.0 1.731841
32768.0 3.533118
EOD
$time_limit << EOD
65536.0 2.058047
32768.0 2.346984
65536.0 1.946435
65536.0 1.804685
32768.0 3.533118
EOD
set title "Raw attention time vs L: FAVOR+ and the other efficient\nmechanisms (B=1, H=8, d=64) (pass=forward\\_backward, causal=true)"
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
set output "timing-attention-time-efficient-pass=forward_backward-causal=true.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "reformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-efficient-pass=forward_backward-causal=true.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-trig", \
     $line3 using 1:2 with linespoints linestyle 3 title "local", \
     $line4 using 1:2 with linespoints linestyle 4 title "block-sparse", \
     $line5 using 1:2 with linespoints linestyle 5 title "reformer", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
