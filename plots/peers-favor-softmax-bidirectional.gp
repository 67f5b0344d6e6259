# Written by scripts/compare/compare.py; gnuplot peers-favor-softmax-bidirectional.gp renders peers-favor-softmax-bidirectional.png and .svg
$forward_0 << EOD
1024 1.862548e-02 1.628700e-02 1.975127e-02
4096 9.626132e-02 9.512511e-02 9.659966e-02
16384 3.946752e-01 3.852186e-01 3.980159e-01
EOD
$forward_1 << EOD
1024 2.112256e-02 2.065410e-02 2.200846e-02
4096 1.761546e-01 1.690961e-01 1.840409e-01
16384 7.128932e-01 6.973081e-01 7.138238e-01
EOD
$forward_2 << EOD
1024 7.855462e-03 7.600032e-03 9.318770e-03
4096 3.076537e-02 3.053806e-02 3.658159e-02
16384 1.221855e-01 1.216308e-01 1.239835e-01
EOD
$forward_backward_3 << EOD
1024 4.434108e-02 4.154181e-02 4.452971e-02
4096 1.883376e-01 1.862786e-01 2.069397e-01
16384 7.747784e-01 7.557241e-01 8.744528e-01
EOD
$forward_backward_4 << EOD
1024 4.871495e-02 4.259669e-02 6.237460e-02
4096 3.732632e-01 3.666584e-01 3.947769e-01
16384 1.532039e+00 1.513608e+00 1.729598e+00
EOD
$forward_backward_5 << EOD
1024 1.782161e-02 1.770966e-02 1.812512e-02
4096 7.509178e-02 7.296981e-02 7.580875e-02
16384 3.142101e-01 3.055759e-01 3.159230e-01
EOD
set xtics (1024, 4096, 16384)
set xrange [731:22938]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-favor-softmax-bidirectional.png"
set multiplot layout 1,2 title "FAVOR+ softmax, bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
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
set output "peers-favor-softmax-bidirectional.svg"
set multiplot layout 1,2 title "FAVOR+ softmax, bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
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
