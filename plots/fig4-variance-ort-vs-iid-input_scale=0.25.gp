# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 5.581505063e-06 3.35174155e-06 7.811268576e-06
32.0 2.922037645e-06 1.7935304349999998e-06 4.050544855e-06
64.0 1.449251185e-06 8.899709741000001e-07 2.0085313959e-06
128.0 7.29893107e-07 4.474957468e-07 1.0122904672e-06
256.0 3.707755437e-07 2.388703091e-07 5.026807783e-07
512.0 1.909266601e-07 1.2268368389000002e-07 2.5916963631e-07
EOD
$line2 << EOD
16.0 4.855507262e-06 3.2021544639999996e-06 6.50886006e-06
32.0 2.242164408e-06 1.3591503176e-06 3.1251784984e-06
64.0 1.094311381e-06 6.148594286999999e-07 1.5737633333e-06
128.0 5.712525766e-07 3.176081383e-07 8.248970148999999e-07
256.0 2.735761607e-07 1.7118322819999998e-07 3.759690932e-07
512.0 1.44851632e-07 7.970679957e-08 2.0999646443e-07
EOD
set title "Fig. 4: positive features, orthogonal vs iid W (L=4096,\nd=16, 150 samples, mean +-1 std) (input\\_scale=0.25)"
set xlabel "random features m"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("10^{-7}" 1e-07, "2×10^{-7}" 2e-07, "5×10^{-7}" 5e-07, "10^{-6}" 1e-06, "2×10^{-6}" 2e-06, "5×10^{-6}" 5e-06)
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
set output "fig4-variance-ort-vs-iid-input_scale=0.25.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-ort-vs-iid-input_scale=0.25.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
unset output
