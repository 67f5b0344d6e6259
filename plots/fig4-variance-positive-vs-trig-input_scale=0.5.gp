# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.8383735867737047
32.0 1.865654539513854
64.0 2.3746391773545743
128.0 2.7371710961647993
256.0 3.1436086820433706
512.0 3.541886821934591
EOD
$line2 << EOD
16.0 3.44458110873721
32.0 4.667176785304355
64.0 5.583541924261182
128.0 6.004270112661995
256.0 7.029502514550336
512.0 7.6768869060751035
EOD
set title "Fig. 4: median MSE of positive / median MSE of trig features, below 1: positive better\n(L=4096, d=16, 150 samples; medians, as trig's mean MSE is infinite) (input\\_scale=0.5)"
set xlabel "random features m\n"
set ylabel "median MSE ratio positive / trig"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("1" 1.0, "2" 2.0, "5" 5.0)
set mytics 1
set grid
set key below nobox
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig4-variance-positive-vs-trig-input_scale=0.5.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "iid", \
     $line2 using 1:2 with linespoints linestyle 2 title "orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "equal (1)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-positive-vs-trig-input_scale=0.5.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "iid", \
     $line2 using 1:2 with linespoints linestyle 2 title "orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "equal (1)"
unset output
