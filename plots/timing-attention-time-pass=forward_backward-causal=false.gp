# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01275104
1024.0 0.05031083
2048.0 0.3312465
4096.0 1.335391
8192.0 5.096106
EOD
$line2 << EOD
512.0 0.0163531
1024.0 0.04873243
2048.0 0.1938575
4096.0 0.7703499
8192.0 2.954678
EOD
$line3 << EOD
512.0 0.000118686
1024.0 0.000179618
2048.0 0.000540705
4096.0 0.001602335
8192.0 0.003429505
16384.0 0.005844729
32768.0 0.01284466
65536.0 0.02373578
131072.0 0.04518256
EOD
$line4 << EOD
512.0 0.01090813
1024.0 0.01988829
2048.0 0.03814783
4096.0 0.0827551
8192.0 0.1632831
16384.0 0.319594
32768.0 0.6931753
65536.0 1.255544
131072.0 2.530195
EOD
$line5 << EOD
512.0 0.001885967
1024.0 0.003931873
2048.0 0.008000769
4096.0 0.01646639
8192.0 0.03297343
16384.0 0.06761111
32768.0 0.1390769
65536.0 0.278588
131072.0 0.553092
EOD
$line6 << EOD
512.0 0.02652794
1024.0 0.05184311
2048.0 0.1068007
4096.0 0.210442
8192.0 0.4328265
16384.0 0.8305345
32768.0 1.680773
65536.0 3.374642
EOD
$line7 << EOD
512.0 0.008672148
1024.0 0.01871349
2048.0 0.03958037
4096.0 0.08111005
8192.0 0.1656275
16384.0 0.3314266
32768.0 0.6612766
65536.0 1.335894
131072.0 2.693354
EOD
$line8 << EOD
512.0 0.01749106
1024.0 0.03902107
2048.0 0.08332069
4096.0 0.1786949
8192.0 0.3718104
16384.0 0.7340122
32768.0 1.540885
65536.0 3.048563
EOD
$line9 << EOD
512.0 0.01315757
1024.0 0.0257643
2048.0 0.04865869
4096.0 0.1011896
8192.0 0.2850769
16384.0 0.4291905
32768.0 0.8848148
65536.0 1.833184
EOD
$line10 << EOD
512.0 0.01521015
1024.0 0.02843476
2048.0 0.05586992
4096.0 0.1074776
8192.0 0.2045312
16384.0 0.4196793
32768.0 0.9661421
65536.0 1.743759
EOD
$line11 << EOD
512.0 0.04981174
1024.0 0.09732985
2048.0 0.2026709
4096.0 0.4112705
8192.0 0.8361329
16384.0 1.721154
32768.0 3.50275
EOD
$time_limit << EOD
8192.0 5.096106
8192.0 2.954678
65536.0 3.374642
65536.0 3.048563
65536.0 1.833184
65536.0 1.743759
32768.0 3.50275
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward\\_backward, causal=false)"
set xlabel "sequence length L"
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
set linestyle 8 linecolor rgb "#7f7f7f" linewidth 2 pointtype 11
set linestyle 9 linecolor rgb "#bcbd22" linewidth 2 pointtype 5
set linestyle 10 linecolor rgb "#17becf" linewidth 2 pointtype 7
set linestyle 11 linecolor rgb "#1f77b4" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward_backward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $line9 using 1:2 with linespoints linestyle 9 title "linformer", \
     $line10 using 1:2 with linespoints linestyle 10 title "reformer", \
     $line11 using 1:2 with linespoints linestyle 11 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward_backward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $line9 using 1:2 with linespoints linestyle 9 title "linformer", \
     $line10 using 1:2 with linespoints linestyle 10 title "reformer", \
     $line11 using 1:2 with linespoints linestyle 11 title "reformer-h8", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "next L skipped: time budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
