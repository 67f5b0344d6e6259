# Written by scripts/compare/compare.py; gnuplot peers-favor-softmax-causal.gp renders peers-favor-softmax-causal.png and .svg
$forward_0 << EOD
1024 4.005236e-02 2.292392e-02 4.097889e-02
4096 2.089330e-01 1.905441e-01 2.101101e-01
16384 7.871655e-01 5.927323e-01 8.340317e-01
EOD
$forward_1 << EOD
1024 1.227494e-01 1.194295e-01 1.359551e-01
4096 1.325267e+00 1.321425e+00 1.346515e+00
16384 7.767808e+00 7.534080e+00 7.904950e+00
EOD
$forward_2 << EOD
1024 1.040733e-02 1.039287e-02 1.101978e-02
4096 4.355462e-02 4.221803e-02 4.475224e-02
16384 1.759905e-01 1.752060e-01 1.762075e-01
EOD
$forward_backward_3 << EOD
1024 1.342292e-01 1.323347e-01 1.759045e-01
4096 6.554840e-01 5.691680e-01 6.637061e-01
16384 2.610223e+00 2.497031e+00 2.701931e+00
EOD
$forward_backward_4 << EOD
1024 4.107762e-01 3.663740e-01 4.397803e-01
4096 3.123939e+00 3.062795e+00 3.279710e+00
EOD
$forward_backward_5 << EOD
1024 2.905372e-02 2.895087e-02 3.124938e-02
4096 1.210123e-01 1.196765e-01 1.217733e-01
16384 5.086994e-01 5.070019e-01 5.166872e-01
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
