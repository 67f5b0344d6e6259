# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.0011019717012859171
32.0 0.004153457807986746
64.0 0.037883316172218906
128.0 0.4146201697530201
256.0 2.060538512092959
512.0 4.1063255831728585
EOD
$line2 << EOD
16.0 0.004366512353906533
32.0 0.031538394586179234
64.0 0.20908035050033474
128.0 1.0611188574670398
256.0 2.801438364857263
512.0 4.57569660633235
EOD
set title "Fig. 4: median MSE of positive / median MSE of trig features, below 1: positive better\n(L=4096, d=16, 150 samples; medians, as trig's mean MSE is infinite) (input\\_scale=0.75)"
set xlabel "random features m\n"
set ylabel "median MSE ratio positive / trig"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key below nobox
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig4-variance-positive-vs-trig-input_scale=0.75.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "iid", \
     $line2 using 1:2 with linespoints linestyle 2 title "orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "equal (1)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-positive-vs-trig-input_scale=0.75.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "iid", \
     $line2 using 1:2 with linespoints linestyle 2 title "orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "equal (1)"
unset output
