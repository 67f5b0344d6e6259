# Written by `repro plot` from ./results/fig4-confirmatory.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.0005707754107 8.873226409999996e-05 0.0010528185573
32.0 0.0004627424585 5.976056109999997e-05 0.0008657243559
64.0 0.0003548939701 4.2056364200000025e-05 0.000667731576
128.0 0.000280914414 4.017099099999996e-05 0.0005216578369999999
256.0 0.0002312287462 2.312287462e-05 0.0009056470967
512.0 0.0001882453626 1.882453626e-05 0.0007623471959
EOD
$line2 << EOD
16.0 0.0005614469336 5.614469336e-05 0.0011641309101
32.0 0.0004369179166 0.00012783890680000002 0.0007459969264
64.0 0.0003609188425 3.609188425e-05 0.0008030062919
128.0 0.0002980079141 2.980079141e-05 0.0010331677073999999
256.0 0.0002066520282 5.22712833e-05 0.0003610327731
512.0 0.000158175965 1.58175965e-05 0.00034535760040000003
EOD
set title "Fig. 4 confirmatory: positive features, orthogonal vs iid W (L=4096,\nd=16, 1000 samples of one seed, mean +-1 std) (input\\_scale=0.75, seed=2)"
set xlabel "random features m"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("2×10^{-5}" 2e-05, "5×10^{-5}" 5e-05, "10^{-4}" 0.0001, "2×10^{-4}" 0.0002, "5×10^{-4}" 0.0005, "10^{-3}" 0.001)
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
set output "fig4-confirmatory-ort-vs-iid-input_scale=0.75-seed=2.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-confirmatory-ort-vs-iid-input_scale=0.75-seed=2.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
unset output
