# Written by `repro plot` from ./results/fig4-confirmatory.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.003020344465 0.0003020344465 0.007348207294
32.0 0.002876593567 0.0002876593567 0.00706683433
64.0 0.002494199233 0.00039462093999999975 0.004593777526
128.0 0.002426988431 0.00034812698200000023 0.00450584988
256.0 0.002301685913 0.0002301685913 0.00478681716
512.0 0.00203303662 0.00014410902199999982 0.003921964218
EOD
$line2 << EOD
16.0 0.002938558561 0.0002938558561 0.008341938603
32.0 0.002812570052 0.0002812570052 0.00613077661
64.0 0.002953525848 0.0002953525848 0.007368736379999999
128.0 0.002582881051 0.0002582881051 0.006903898050000001
256.0 0.002255418463 8.840025999999872e-06 0.004501996899999999
512.0 0.002124793399 9.019367600000003e-05 0.0041593931219999995
EOD
set title "Fig. 4 confirmatory: positive features, orthogonal vs iid W (L=4096,\nd=16, 1000 samples of one seed, mean +-1 std) (input\\_scale=1.0, seed=2)"
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
set output "fig4-confirmatory-ort-vs-iid-input_scale=1.0-seed=2.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-confirmatory-ort-vs-iid-input_scale=1.0-seed=2.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
unset output
