# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 2.4923503826908065e-05
32.0 5.5969875751795164e-05
64.0 0.00018728860852365893
128.0 0.00042122354301712863
256.0 0.0026025172312889315
512.0 0.011555876703923443
EOD
$line2 << EOD
16.0 2.025053249246686e-05
32.0 5.636032692362491e-05
64.0 0.00019968614572268414
128.0 0.00033972257512776685
256.0 0.002281981782228204
512.0 0.01257297149165593
EOD
set title "Fig. 4: median MSE of positive / median MSE of trig features, below 1: positive better\n(L=4096, d=16, 150 samples; medians, as trig's mean MSE is infinite) (input\\_scale=1.0)"
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
set output "fig4-variance-positive-vs-trig-input_scale=1.0.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "iid", \
     $line2 using 1:2 with linespoints linestyle 2 title "orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "equal (1)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-positive-vs-trig-input_scale=1.0.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "iid", \
     $line2 using 1:2 with linespoints linestyle 2 title "orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "equal (1)"
unset output
