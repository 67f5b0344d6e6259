# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01782873
1024.0 0.03263209
2048.0 0.06618094
4096.0 0.1297018
8192.0 0.2654764
16384.0 0.5723885
32768.0 1.055192
65536.0 2.101269
EOD
$line2 << EOD
512.0 0.03647065
1024.0 0.07217596
2048.0 0.1450062
4096.0 0.2905452
8192.0 0.587198
16384.0 1.202393
32768.0 2.358363
EOD
$line3 << EOD
512.0 0.005008765
1024.0 0.01033112
2048.0 0.02226339
4096.0 0.0452868
8192.0 0.09097458
16384.0 0.1813871
32768.0 0.366005
65536.0 0.7278219
131072.0 1.464655
EOD
$line4 << EOD
512.0 0.009527881
1024.0 0.02416758
2048.0 0.05334899
4096.0 0.1122566
8192.0 0.2333317
16384.0 0.4750263
32768.0 0.9657028
65536.0 1.961632
EOD
$line5 << EOD
512.0 0.0171198
1024.0 0.02540485
2048.0 0.05159851
4096.0 0.1031398
8192.0 0.2034057
16384.0 0.4109567
32768.0 0.8819058
65536.0 1.802644
EOD
$line6 << EOD
512.0 0.05429948
1024.0 0.1040356
2048.0 0.2463254
4096.0 0.4344496
8192.0 0.8297031
16384.0 1.752144
32768.0 3.482129
EOD
$time_limit << EOD
65536.0 2.101269
32768.0 2.358363
65536.0 1.961632
65536.0 1.802644
32768.0 3.482129
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
