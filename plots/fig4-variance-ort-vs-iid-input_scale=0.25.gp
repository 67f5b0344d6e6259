# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 5.254466223e-06 3.6260195050000004e-06 6.882912941e-06
32.0 2.735558268e-06 1.683797334e-06 3.787319202e-06
64.0 1.375503278e-06 8.845306183000001e-07 1.8664759377e-06
128.0 6.916615911e-07 4.5164937599999996e-07 9.316738061999999e-07
256.0 3.481626599e-07 2.299464611e-07 4.663788587e-07
512.0 1.756790363e-07 1.1049661805e-07 2.4086145455e-07
EOD
$line2 << EOD
16.0 4.429837428e-06 2.9258666e-06 5.933808256e-06
32.0 2.238378227e-06 1.3791279564e-06 3.0976284976e-06
64.0 1.063995857e-06 6.32405351e-07 1.495586363e-06
128.0 5.671222103e-07 3.4113141330000004e-07 7.931130073000001e-07
256.0 2.735930542e-07 1.610856422e-07 3.8610046620000004e-07
512.0 1.399790379e-07 8.303784632999999e-08 1.9692022947e-07
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
