# Written by `repro plot` from ./results/timing-decoding.csv; rerun it rather than editing this file.
$line1 << EOD
1024.0 0.0001138026
2048.0 0.0002388704
4096.0 0.0004059156
8192.0 0.0007490734
16384.0 0.001404552
32768.0 0.003321144
EOD
$line2 << EOD
1024.0 6.193375e-05
2048.0 6.569894e-05
4096.0 6.593238e-05
8192.0 6.630106e-05
16384.0 6.220206e-05
32768.0 6.312719e-05
EOD
$line3 << EOD
1024.0 1.826644e-05
2048.0 1.92975e-05
4096.0 1.951431e-05
8192.0 2.061275e-05
16384.0 2.195525e-05
32768.0 2.061813e-05
EOD
set title "Time per generated token vs context (B=1, H=8, d=64, causal)"
set xlabel "context length L (tokens)"
set ylabel "seconds per generated token (median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-decoding-per-token.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-relu"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-decoding-per-token.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-relu"
unset output
