# Written by scripts/compare/compare.py; gnuplot peers-favor-softmax-causal.gp renders peers-favor-softmax-causal.png and .svg
$forward_0 << EOD
1024 3.056636e-02 2.550983e-02 3.153956e-02
4096 1.623680e-01 1.588347e-01 1.809248e-01
EOD
$forward_1 << EOD
1024 1.644326e-01 1.447921e-01 1.878527e-01
4096 1.894998e+00 1.876317e+00 1.961086e+00
EOD
$forward_2 << EOD
1024 1.806146e-02 1.669641e-02 1.861652e-02
4096 7.267011e-02 7.204031e-02 1.403395e-01
EOD
$forward_backward_3 << EOD
1024 1.555351e-01 1.469668e-01 1.811819e-01
4096 6.299726e-01 6.137466e-01 7.195370e-01
EOD
$forward_backward_4 << EOD
1024 5.454425e-01 5.036063e-01 6.024926e-01
4096 8.542333e+00 5.178274e+00 9.681270e+00
EOD
$forward_backward_5 << EOD
1024 5.080849e-02 5.057638e-02 5.547215e-02
4096 2.068523e-01 2.029405e-01 4.017196e-01
EOD
set xtics (1024, 4096)
set xrange [731:5734]
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
