# Written by scripts/compare/compare.py; gnuplot peers-exact-causal.gp renders peers-exact-causal.png and .svg
$forward_0 << EOD
1024 1.378939e-02 1.374879e-02 1.458667e-02
4096 2.021499e-01 1.821564e-01 2.204664e-01
EOD
$forward_1 << EOD
1024 9.488004e-03 9.292405e-03 1.005338e-02
4096 1.305592e-01 1.278535e-01 1.333792e-01
16384 1.968502e+00 1.963150e+00 2.018089e+00
EOD
$forward_2 << EOD
1024 1.000686e-02 9.917933e-03 1.022383e-02
4096 1.242804e-01 1.172628e-01 1.296820e-01
16384 1.893003e+00 1.796580e+00 1.898415e+00
EOD
$forward_backward_3 << EOD
1024 3.622867e-02 3.450786e-02 3.761539e-02
4096 4.861286e-01 4.672120e-01 5.047879e-01
EOD
$forward_backward_4 << EOD
1024 3.282551e-02 3.276893e-02 3.294369e-02
4096 4.084519e-01 4.038498e-01 4.700465e-01
16384 5.974463e+00 5.966882e+00 6.133589e+00
EOD
$forward_backward_5 << EOD
1024 3.756482e-02 3.702170e-02 3.948063e-02
4096 4.610748e-01 4.309436e-01 4.654113e-01
16384 6.894704e+00 6.843767e+00 6.915674e+00
EOD
set xtics (1024, 4096, 16384)
set xrange [731:22938]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-exact-causal.png"
set multiplot layout 1,2 title "exact softmax attention, causal (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "project:exact", \
     $forward_1 using 1:2:3:4 with yerrorlines title "project:exact-flash", \
     $forward_2 using 1:2:3:4 with yerrorlines title "torch-sdpa"
set title "forward + backward"
plot $forward_backward_3 using 1:2:3:4 with yerrorlines title "project:exact", \
     $forward_backward_4 using 1:2:3:4 with yerrorlines title "project:exact-flash", \
     $forward_backward_5 using 1:2:3:4 with yerrorlines title "torch-sdpa"
unset multiplot
set output
set terminal svg size 1280,560 enhanced font "sans,11" background "white"
set output "peers-exact-causal.svg"
set multiplot layout 1,2 title "exact softmax attention, causal (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "project:exact", \
     $forward_1 using 1:2:3:4 with yerrorlines title "project:exact-flash", \
     $forward_2 using 1:2:3:4 with yerrorlines title "torch-sdpa"
set title "forward + backward"
plot $forward_backward_3 using 1:2:3:4 with yerrorlines title "project:exact", \
     $forward_backward_4 using 1:2:3:4 with yerrorlines title "project:exact-flash", \
     $forward_backward_5 using 1:2:3:4 with yerrorlines title "torch-sdpa"
unset multiplot
set output
