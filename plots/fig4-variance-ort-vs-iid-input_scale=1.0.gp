# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.002856428591 0.00028564285910000003 0.00584491985
32.0 0.003010043334 0.0003010043334 0.006705961869
64.0 0.002546680353 0.0002546680353 0.0054731084409999995
128.0 0.002040504766 0.0007300941519999998 0.0033509153799999997
256.0 0.002095529061 0.0009149615019999999 0.0032760966199999997
512.0 0.002186467354 3.9220863999999984e-05 0.0043337138439999996
EOD
$line2 << EOD
16.0 0.002805551432 0.00028055514319999997 0.006235715612
32.0 0.002430432847 0.0009826577709999998 0.003878207923
64.0 0.002539475894 0.0006371280680000002 0.00444182372
128.0 0.002421778686 0.00025349424900000025 0.004590063123
256.0 0.002028918199 0.0007166649469999998 0.003341171451
512.0 0.002276028524 4.627520299999976e-05 0.004505781845
EOD
set title "Fig. 4: positive features, orthogonal vs iid W (L=4096,\nd=16, 150 samples, mean +-1 std) (input\\_scale=1.0)"
set xlabel "random features m"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, 0, 0
set autoscale xfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig4-variance-ort-vs-iid-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-ort-vs-iid-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
unset output
