# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 7.025835507e-05 3.69154182e-05 0.00010360129194
32.0 4.574393189e-05 2.282180078e-05 6.8666063e-05
64.0 2.508251743e-05 1.7068427775e-05 3.3096607085000004e-05
128.0 1.4819413e-05 8.080430462e-06 2.1558395538e-05
256.0 8.076027816e-06 4.880264603e-06 1.1271791029e-05
512.0 4.256154806e-06 3.239004092e-06 5.27330552e-06
EOD
$line2 << EOD
16.0 6.088914131e-05 3.13291471e-05 9.044913552000001e-05
32.0 3.490636209e-05 2.025932817e-05 4.955339601e-05
64.0 2.155036803e-05 1.2579231250000002e-05 3.052150481e-05
128.0 1.235364426e-05 6.5530078040000006e-06 1.8154280716e-05
256.0 6.979115494e-06 4.535667786e-06 9.422563202e-06
512.0 3.700177164e-06 2.7351976317e-06 4.6651566963e-06
EOD
set title "Fig. 4: positive features, orthogonal vs iid W (L=4096,\nd=16, 150 samples, mean +-1 std) (input\\_scale=0.5)"
set xlabel "random features m"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("5×10^{-6}" 5e-06, "10^{-5}" 1e-05, "2×10^{-5}" 2e-05, "5×10^{-5}" 5e-05, "10^{-4}" 0.0001)
set mytics 1
set grid
set key top right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, graph 0.03, graph 0.03
set autoscale xfix
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig4-variance-ort-vs-iid-input_scale=0.5.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-ort-vs-iid-input_scale=0.5.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
unset output
