# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
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
$line2 << EOD
512.0 0.02682774
1024.0 0.05155361
2048.0 0.1111392
4096.0 0.2123584
8192.0 0.4270162
16384.0 0.8261116
32768.0 1.645609
65536.0 3.296725
EOD
$line3 << EOD
512.0 0.01110398
1024.0 0.02413812
2048.0 0.04014871
4096.0 0.08135642
8192.0 0.1707488
16384.0 0.3327002
32768.0 0.6687702
65536.0 1.343653
131072.0 2.659288
EOD
$line4 << EOD
512.0 0.01737895
1024.0 0.03789042
2048.0 0.0817966
4096.0 0.1683075
8192.0 0.3430194
16384.0 0.7266526
32768.0 1.497899
65536.0 3.061083
EOD
$line5 << EOD
512.0 0.02069473
1024.0 0.03420712
2048.0 0.05467476
4096.0 0.09762944
8192.0 0.1768964
16384.0 0.38572
32768.0 0.8014685
65536.0 1.537779
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
$line7 << EOD
512.0 0.04870824
1024.0 0.09738664
2048.0 0.1976192
4096.0 0.392843
8192.0 0.8211254
16384.0 1.70197
32768.0 3.45927
EOD
$time_limit << EOD
65536.0 3.296725
65536.0 3.061083
65536.0 1.537779
65536.0 1.814246
32768.0 3.45927
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
