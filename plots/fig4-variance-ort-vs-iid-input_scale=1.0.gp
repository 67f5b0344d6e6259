# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.003146753272 0.0003146753272 0.009021210443
32.0 0.002683881033 0.0008933856069999998 0.004474376459
64.0 0.002759206817 0.0007519957049999999 0.004766417929
128.0 0.002393137367 0.00010725621900000001 0.004679018514999999
256.0 0.002147459354 0.0006052123019999998 0.003689706406
512.0 0.002111671333 0.00021116713329999998 0.00422409766
EOD
$line2 << EOD
16.0 0.002777337865 0.00047946669099999985 0.005075209039
32.0 0.002387692477 0.0004342647810000001 0.004341120173
64.0 0.002670958002 0.0004296864850000001 0.004912229519
128.0 0.002494731967 6.262861100000006e-05 0.004926835323
256.0 0.002000904071 0.0008308220660000001 0.0031709860760000003
512.0 0.00209402835 0.0006188926529999998 0.003569164047
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
