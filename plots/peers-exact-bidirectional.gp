# Written by scripts/compare/compare.py; gnuplot peers-exact-bidirectional.gp renders peers-exact-bidirectional.png and .svg
$forward_0 << EOD
1024 2.378052e-02 2.302997e-02 3.561156e-02
4096 3.357520e-01 3.315663e-01 4.648886e-01
EOD
$forward_1 << EOD
1024 1.615596e-02 1.596212e-02 2.193510e-02
4096 2.479116e-01 2.465666e-01 2.780009e-01
16384 3.930747e+00 3.853083e+00 3.961840e+00
EOD
$forward_2 << EOD
1024 1.456545e-02 1.380532e-02 1.697973e-02
4096 2.119609e-01 2.113839e-01 2.692608e-01
16384 3.504708e+00 3.480316e+00 3.656372e+00
EOD
$forward_backward_3 << EOD
1024 9.571778e-02 5.438126e-02 9.598906e-02
4096 9.392336e-01 9.126930e-01 1.214119e+00
EOD
$forward_backward_4 << EOD
1024 4.694913e-02 4.661221e-02 4.987745e-02
4096 7.614316e-01 7.549895e-01 7.795345e-01
16384 1.185005e+01 1.164372e+01 1.203645e+01
EOD
$forward_backward_5 << EOD
1024 5.470320e-02 4.937828e-02 5.744079e-02
4096 8.368134e-01 8.013062e-01 8.444483e-01
16384 1.294561e+01 1.245850e+01 1.341533e+01
EOD
set xtics (1024, 4096, 16384)
set xrange [731:22938]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-exact-bidirectional.png"
set multiplot layout 1,2 title "exact softmax attention, bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
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
set output "peers-exact-bidirectional.svg"
set multiplot layout 1,2 title "exact softmax attention, bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
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
