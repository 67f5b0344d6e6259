# Written by scripts/compare/compare.py; gnuplot peers-exact-causal.gp renders peers-exact-causal.png and .svg
$forward_0 << EOD
1024 1.397647e-02 1.354998e-02 2.617362e-02
4096 1.937250e-01 1.836613e-01 2.886900e-01
EOD
$forward_1 << EOD
1024 1.804276e-02 9.321845e-03 2.050637e-02
4096 1.331454e-01 1.280806e-01 1.375873e-01
16384 1.964191e+00 1.946199e+00 2.003917e+00
EOD
$forward_2 << EOD
1024 1.075301e-02 9.811764e-03 1.189508e-02
4096 1.241098e-01 1.224488e-01 1.477136e-01
16384 1.889108e+00 1.884530e+00 1.988374e+00
EOD
$forward_backward_3 << EOD
1024 6.627387e-02 3.872223e-02 6.760399e-02
4096 4.853482e-01 4.584492e-01 7.500321e-01
EOD
$forward_backward_4 << EOD
1024 3.312320e-02 3.243184e-02 3.498997e-02
4096 4.095170e-01 4.061734e-01 4.139427e-01
16384 6.016904e+00 5.992640e+00 6.259526e+00
EOD
$forward_backward_5 << EOD
1024 3.857637e-02 3.700968e-02 4.308974e-02
4096 4.577619e-01 4.571282e-01 4.679110e-01
16384 6.892174e+00 6.819337e+00 6.912116e+00
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
