# Written by scripts/compare/compare.py; gnuplot peers-favor-softmax-causal.gp renders peers-favor-softmax-causal.png and .svg
$forward_0 << EOD
1024 2.703032e-02 2.691677e-02 3.430861e-02
4096 1.518255e-01 1.511805e-01 2.065692e-01
16384 6.221563e-01 6.119513e-01 8.101665e-01
EOD
$forward_1 << EOD
1024 1.368142e-01 1.362549e-01 1.405946e-01
4096 1.466174e+00 1.415086e+00 1.691034e+00
16384 2.176091e+01 2.138995e+01 2.183473e+01
EOD
$forward_2 << EOD
1024 1.048243e-02 1.044980e-02 1.067341e-02
4096 4.534102e-02 4.314227e-02 4.605966e-02
16384 1.785634e-01 1.779546e-01 1.797386e-01
EOD
$forward_backward_3 << EOD
1024 1.399196e-01 1.325123e-01 1.489162e-01
4096 5.768041e-01 5.714182e-01 7.627091e-01
16384 2.413110e+00 2.395819e+00 2.420571e+00
EOD
$forward_backward_4 << EOD
1024 5.077410e-01 4.271372e-01 5.181906e-01
4096 5.310946e+00 5.137323e+00 9.108414e+00
EOD
$forward_backward_5 << EOD
1024 3.028566e-02 3.022017e-02 3.142720e-02
4096 1.470865e-01 1.268016e-01 1.550664e-01
16384 5.296907e-01 5.294464e-01 5.314562e-01
EOD
set xtics (1024, 4096, 16384)
set xrange [731:22938]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-favor-softmax-causal.png"
set multiplot layout 1,2 title "FAVOR+ softmax, causal (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "jax-reference", \
     $forward_1 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_2 using 1:2:3:4 with yerrorlines title "project:performer-softmax"
set title "forward + backward"
plot $forward_backward_3 using 1:2:3:4 with yerrorlines title "jax-reference", \
     $forward_backward_4 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_backward_5 using 1:2:3:4 with yerrorlines title "project:performer-softmax"
unset multiplot
set output
set terminal svg size 1280,560 enhanced font "sans,11" background "white"
set output "peers-favor-softmax-causal.svg"
set multiplot layout 1,2 title "FAVOR+ softmax, causal (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "jax-reference", \
     $forward_1 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_2 using 1:2:3:4 with yerrorlines title "project:performer-softmax"
set title "forward + backward"
plot $forward_backward_3 using 1:2:3:4 with yerrorlines title "jax-reference", \
     $forward_backward_4 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_backward_5 using 1:2:3:4 with yerrorlines title "project:performer-softmax"
unset multiplot
set output
