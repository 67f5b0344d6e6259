# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.00085804337 8.5804337e-05 0.0017945408963
32.0 0.0005967460213 0.00013760327479999995 0.0010558887677999998
64.0 0.0004080934494 0.00014088307110000003 0.0006753038277
128.0 0.0003670679227 1.1958227200000034e-05 0.0007221776181999999
256.0 0.0002778677132 3.583409109999999e-05 0.0005199013352999999
512.0 0.0001941579062 6.668269360000001e-05 0.0003216331188
EOD
$line2 << EOD
16.0 0.0005878440819 0.00034849948560000004 0.0008271886782
32.0 0.0003477988791 0.00017405044140000002 0.0005215473168
64.0 0.0004927014085 4.927014085e-05 0.0010035522368
128.0 0.0002697512458 6.139776820000001e-05 0.00047810472340000003
256.0 0.0001915476969 0.00010971468061 0.00027338071319
512.0 0.0001294066016 8.515971709e-05 0.00017365348611
EOD
set title "Fig. 4: positive features, orthogonal vs iid W (L=4096, d=16, 15 samples, +-1 std) (input\\_scale=0.75)"
set xlabel "random features m"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig4-variance-ort-vs-iid-input_scale=0.75.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-ort-vs-iid-input_scale=0.75.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
unset output
