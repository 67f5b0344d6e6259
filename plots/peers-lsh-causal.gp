# Written by scripts/compare/compare.py; gnuplot peers-lsh-causal.gp renders peers-lsh-causal.png and .svg
$forward_0 << EOD
1024 9.780558e-03 9.648221e-03 1.035953e-02
4096 4.339729e-02 4.104468e-02 5.232583e-02
16384 2.007521e-01 1.987151e-01 2.102653e-01
EOD
$forward_1 << EOD
1024 3.118189e-02 3.019495e-02 3.417283e-02
4096 1.812969e-01 1.692445e-01 1.971617e-01
16384 1.168332e+00 1.117973e+00 1.239715e+00
EOD
$forward_backward_2 << EOD
1024 2.533598e-02 2.497666e-02 2.880587e-02
4096 1.096096e-01 1.052304e-01 1.144314e-01
16384 4.771613e-01 4.665043e-01 4.905048e-01
EOD
$forward_backward_3 << EOD
1024 7.896730e-02 6.395709e-02 9.305525e-02
4096 3.703311e-01 3.571416e-01 5.729618e-01
16384 2.290406e+00 2.241019e+00 2.376828e+00
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
