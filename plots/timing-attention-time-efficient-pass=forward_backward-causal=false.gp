# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01067152
1024.0 0.01966614
2048.0 0.03746647
4096.0 0.07765403
8192.0 0.1641975
16384.0 0.3090442
32768.0 0.6161943
65536.0 1.238595
131072.0 2.480039
EOD
$line2 << EOD
512.0 0.02671414
1024.0 0.05096853
2048.0 0.1032562
4096.0 0.207929
8192.0 0.4137081
16384.0 0.8170471
32768.0 1.670612
65536.0 3.251992
EOD
$line3 << EOD
512.0 0.008850103
1024.0 0.01960449
2048.0 0.04528362
4096.0 0.0828527
8192.0 0.1691443
16384.0 0.3359479
32768.0 0.6887119
65536.0 1.316566
131072.0 2.695811
EOD
$line4 << EOD
512.0 0.01744909
1024.0 0.03912555
2048.0 0.08286041
4096.0 0.1733444
8192.0 0.3492876
16384.0 0.7408475
32768.0 1.491076
65536.0 3.14588
EOD
$line5 << EOD
512.0 0.02376176
1024.0 0.04456617
2048.0 0.08256984
4096.0 0.1534708
8192.0 0.2939076
16384.0 0.4282662
32768.0 1.126382
65536.0 1.728573
EOD
$line6 << EOD
512.0 0.01231321
1024.0 0.0252151
2048.0 0.05168282
4096.0 0.1033365
8192.0 0.2073951
16384.0 0.4215469
32768.0 0.891228
65536.0 1.858182
EOD
$line7 << EOD
512.0 0.05388383
1024.0 0.1040105
2048.0 0.2065994
4096.0 0.4228778
8192.0 0.8198885
16384.0 1.713973
32768.0 3.575414
EOD
$time_limit << EOD
65536.0 3.251992
65536.0 3.14588
65536.0 1.728573
65536.0 1.858182
32768.0 3.575414
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
