# Written by `repro plot` from ./results/fig4-confirmatory.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.003098911366 0.0003098911366 0.008552234067
32.0 0.002788641334 0.0002788641334 0.00597547674
64.0 0.002449259669 0.00023844244000000014 0.004660076898
128.0 0.002510532085 0.0002510532085 0.0052470917830000005
256.0 0.002216433171 0.0004444401800000001 0.003988426162
512.0 0.002128767466 0.0002128767466 0.004416811309000001
EOD
$line2 << EOD
16.0 0.003127043212 0.0003127043212 0.015327341222
32.0 0.002509806835 0.000552326888 0.004467286782
64.0 0.002682770054 0.0002682770054 0.005484108794
128.0 0.002343606425 0.0003534558939999998 0.004333756956
256.0 0.002439490828 0.00024394908280000002 0.005509105206
512.0 0.002164078704 0.00021640787040000002 0.004418074648
EOD
set title "Fig. 4 confirmatory: positive features, orthogonal vs iid W (L=4096,\nd=16, 1000 samples of one seed, mean +-1 std) (input\\_scale=1.0, seed=3)"
set xlabel "random features m"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("5×10^{-4}" 0.0005, "10^{-3}" 0.001, "2×10^{-3}" 0.002, "5×10^{-3}" 0.005, "0.01" 0.01)
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
set output "fig4-confirmatory-ort-vs-iid-input_scale=1.0-seed=3.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-confirmatory-ort-vs-iid-input_scale=1.0-seed=3.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
unset output
