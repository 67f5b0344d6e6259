# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 6.883281392e-05 4.210419452e-05 9.556143332e-05
32.0 4.55797995e-05 2.930787531e-05 6.185172369e-05
64.0 2.61863815e-05 1.6300044563e-05 3.6072718437e-05
128.0 1.475965053e-05 1.0907017838999999e-05 1.8612283221e-05
256.0 8.241599052e-06 5.587826132999999e-06 1.0895371971e-05
512.0 4.598782989e-06 3.077271684e-06 6.1202942939999995e-06
EOD
$line2 << EOD
16.0 5.925831668e-05 3.001627798e-05 8.850035538e-05
32.0 3.653595222e-05 1.875441504e-05 5.4317489400000006e-05
64.0 2.151231295e-05 1.4296301395000002e-05 2.8728324505e-05
128.0 1.309994959e-05 7.709180777e-06 1.8490718403e-05
256.0 6.911279598e-06 4.788687401e-06 9.033871795e-06
512.0 3.806571535e-06 2.661580152e-06 4.951562918e-06
EOD
set title "Fig. 4: positive features, orthogonal vs iid W (L=4096,\nd=16, 150 samples, mean +-1 std) (input\\_scale=0.5)"
set xlabel "random features m"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("5×10^{-6}" 5e-06, "10^{-5}" 1e-05, "2×10^{-5}" 2e-05, "5×10^{-5}" 5e-05)
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
