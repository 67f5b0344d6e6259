# Written by `repro plot` from ./results/timing-decoding.csv; rerun it rather than editing this file.
$line1 << EOD
1024.0 7.564131e-05
2048.0 0.0001158324
4096.0 0.0002239853
8192.0 0.0004999761
16384.0 0.001759023
32768.0 0.00408584
EOD
$line2 << EOD
1024.0 3.9336e-05
2048.0 4.020231e-05
4096.0 4.799519e-05
8192.0 4.421456e-05
16384.0 4.448744e-05
32768.0 5.773781e-05
EOD
$line3 << EOD
1024.0 2.042475e-05
2048.0 8.4795e-06
4096.0 2.112331e-05
8192.0 8.434437e-06
16384.0 2.077906e-05
32768.0 8.460687e-06
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
