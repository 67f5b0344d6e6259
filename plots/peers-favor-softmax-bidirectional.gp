# Written by scripts/compare/compare.py; gnuplot peers-favor-softmax-bidirectional.gp renders peers-favor-softmax-bidirectional.png and .svg
$forward_0 << EOD
1024 1.561137e-02 1.325779e-02 1.635480e-02
4096 7.362309e-02 7.150787e-02 9.389881e-02
16384 3.654674e-01 3.618597e-01 3.752303e-01
EOD
$forward_1 << EOD
1024 1.458091e-02 1.345230e-02 1.494527e-02
4096 6.079759e-02 5.404163e-02 6.719698e-02
16384 2.651014e-01 2.580719e-01 2.719778e-01
EOD
$forward_2 << EOD
1024 7.880339e-03 7.492362e-03 8.754010e-03
4096 3.030961e-02 3.014453e-02 3.079996e-02
16384 1.224140e-01 1.208688e-01 1.231192e-01
EOD
$forward_backward_3 << EOD
1024 4.014280e-02 2.715811e-02 4.342344e-02
4096 1.765164e-01 1.721056e-01 1.866580e-01
16384 7.321330e-01 7.127895e-01 7.382562e-01
EOD
$forward_backward_4 << EOD
1024 4.168503e-02 3.699527e-02 4.200049e-02
4096 1.564929e-01 1.555086e-01 1.593786e-01
16384 6.628854e-01 6.610811e-01 6.732666e-01
EOD
$forward_backward_5 << EOD
1024 1.826347e-02 1.742795e-02 2.080670e-02
4096 7.066714e-02 7.013882e-02 7.136759e-02
16384 3.137576e-01 3.100507e-01 3.144145e-01
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
