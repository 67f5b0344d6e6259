# Written by `repro plot` from ./results/timing-exact-length.csv; rerun it rather than editing this file.
$line1 << EOD
2048.0 0.06062437
3072.0 0.1183176
4096.0 0.2152207
5120.0 0.3310461
6144.0 0.4974974
7168.0 0.6741758
8192.0 0.9425919
10240.0 1.390162
12288.0 2.665382
EOD
set title "Raw exact attention time vs L (B=1, H=8, d=64, median of\n2 calls after 1 warm-up) (pass=forward, causal=false)"
set xlabel "sequence length L"
set ylabel "time (seconds, median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("0.1" 0.1, "0.2" 0.2, "0.5" 0.5, "1" 1.0, "2" 2.0)
set mytics 1
set grid
set key top left box opaque
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-exact-length-time-pass=forward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-exact-length-time-pass=forward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact"
unset output
