# Written by scripts/compare/compare.py; gnuplot peers-exact-causal.gp renders peers-exact-causal.png and .svg
$forward_0 << EOD
1024 1.506164e-02 1.374060e-02 2.596879e-02
4096 2.849901e-01 2.623619e-01 2.875569e-01
EOD
$forward_1 << EOD
1024 9.593399e-03 8.975008e-03 1.807446e-02
4096 1.278355e-01 1.271244e-01 1.311776e-01
16384 1.964022e+00 1.958133e+00 1.975790e+00
EOD
$forward_2 << EOD
1024 1.062987e-02 9.811784e-03 1.068793e-02
4096 1.225077e-01 1.213478e-01 1.445607e-01
16384 1.765542e+00 1.727849e+00 1.838039e+00
EOD
$forward_backward_3 << EOD
1024 3.644171e-02 3.458824e-02 6.567601e-02
4096 7.465113e-01 7.457417e-01 7.564944e-01
EOD
$forward_backward_4 << EOD
1024 3.293900e-02 3.215944e-02 3.473279e-02
4096 4.112709e-01 4.023790e-01 4.158754e-01
16384 6.010379e+00 5.980366e+00 6.057469e+00
EOD
$forward_backward_5 << EOD
1024 3.785046e-02 3.679549e-02 4.039796e-02
4096 4.515213e-01 4.455365e-01 4.518829e-01
16384 6.490636e+00 6.303654e+00 6.600688e+00
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
