# Written by scripts/compare/compare.py; gnuplot peers-lsh-causal.gp renders peers-lsh-causal.png and .svg
$forward_0 << EOD
1024 9.588983e-03 9.480982e-03 1.017560e-02
4096 4.203444e-02 4.178205e-02 4.207680e-02
16384 2.066367e-01 2.007047e-01 2.111751e-01
EOD
$forward_1 << EOD
1024 2.997762e-02 2.892231e-02 3.062805e-02
4096 1.229930e-01 1.222179e-01 1.253327e-01
16384 5.510773e-01 5.408884e-01 5.870824e-01
EOD
$forward_backward_2 << EOD
1024 2.491040e-02 2.469429e-02 2.805170e-02
4096 1.060431e-01 1.058696e-01 1.062235e-01
16384 4.736985e-01 4.636361e-01 4.783509e-01
EOD
$forward_backward_3 << EOD
1024 6.311226e-02 6.211881e-02 6.788048e-02
4096 3.050790e-01 2.555250e-01 3.426683e-01
16384 1.036657e+00 1.030181e+00 1.143436e+00
EOD
set xtics (1024, 4096, 16384)
set xrange [731:22938]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-lsh-causal.png"
set multiplot layout 1,2 title "LSH attention (Reformer, 2 hashing rounds), causal (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "project:reformer", \
     $forward_1 using 1:2:3:4 with yerrorlines title "reformer-pytorch"
set title "forward + backward"
plot $forward_backward_2 using 1:2:3:4 with yerrorlines title "project:reformer", \
     $forward_backward_3 using 1:2:3:4 with yerrorlines title "reformer-pytorch"
unset multiplot
set output
set terminal svg size 1280,560 enhanced font "sans,11" background "white"
set output "peers-lsh-causal.svg"
set multiplot layout 1,2 title "LSH attention (Reformer, 2 hashing rounds), causal (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "project:reformer", \
     $forward_1 using 1:2:3:4 with yerrorlines title "reformer-pytorch"
set title "forward + backward"
plot $forward_backward_2 using 1:2:3:4 with yerrorlines title "project:reformer", \
     $forward_backward_3 using 1:2:3:4 with yerrorlines title "reformer-pytorch"
unset multiplot
set output
