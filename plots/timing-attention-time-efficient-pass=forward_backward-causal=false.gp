# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01044435
1024.0 0.01944766
2048.0 0.03727973
4096.0 0.07603985
8192.0 0.175257
16384.0 0.3164055
32768.0 0.6283896
65536.0 1.249569
131072.0 2.466267
EOD
$line2 << EOD
512.0 0.0264117
1024.0 0.05110428
2048.0 0.101624
4096.0 0.2015404
8192.0 0.4051119
16384.0 0.8207677
32768.0 1.657018
65536.0 3.279491
EOD
$line3 << EOD
512.0 0.008647872
1024.0 0.0194908
2048.0 0.04045937
4096.0 0.08238452
8192.0 0.1663348
16384.0 0.3351804
32768.0 0.6554509
65536.0 1.312738
131072.0 2.647469
EOD
$line4 << EOD
512.0 0.01751838
1024.0 0.03921565
2048.0 0.08322553
4096.0 0.1834141
8192.0 0.3543766
16384.0 0.7111234
32768.0 1.452603
65536.0 2.960796
EOD
$line5 << EOD
512.0 0.02480882
1024.0 0.04631974
2048.0 0.04925953
4096.0 0.164759
8192.0 0.2957816
16384.0 0.573617
32768.0 1.113263
65536.0 1.726688
EOD
$line6 << EOD
512.0 0.01711285
1024.0 0.02509709
2048.0 0.0504308
4096.0 0.1005918
8192.0 0.2097815
16384.0 0.4191775
32768.0 0.8655681
65536.0 1.761678
EOD
$line7 << EOD
512.0 0.05363161
1024.0 0.09856901
2048.0 0.1946148
4096.0 0.4224039
8192.0 0.8365152
16384.0 1.740625
32768.0 3.379061
EOD
$time_limit << EOD
65536.0 3.279491
65536.0 2.960796
65536.0 1.726688
65536.0 1.761678
32768.0 3.379061
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
