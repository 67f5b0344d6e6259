# Written by scripts/compare/compare.py; gnuplot peers-reformer-lsh-causal.gp renders peers-reformer-lsh-causal.png and .svg
$forward_0 << EOD
4096 4.279229e-02 4.098017e-02 4.576188e-02
16384 2.123776e-01 2.047575e-01 2.132555e-01
EOD
$forward_1 << EOD
4096 1.579006e-01 1.542258e-01 1.661675e-01
16384 1.161720e+00 1.153936e+00 1.192164e+00
EOD
$forward_backward_2 << EOD
4096 1.052201e-01 1.028175e-01 1.191466e-01
16384 4.923667e-01 4.819939e-01 4.956148e-01
EOD
$forward_backward_3 << EOD
4096 3.815075e-01 3.756422e-01 4.067941e-01
16384 2.327788e+00 2.305417e+00 2.381196e+00
EOD
set xtics (4096, 16384)
set xrange [2926:22938]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-reformer-lsh-causal.png"
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
set output "peers-reformer-lsh-causal.svg"
set multiplot layout 1,2 title "LSH attention (Reformer, 2 hashing rounds), causal (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "project:reformer", \
     $forward_1 using 1:2:3:4 with yerrorlines title "reformer-pytorch"
set title "forward + backward"
plot $forward_backward_2 using 1:2:3:4 with yerrorlines title "project:reformer", \
     $forward_backward_3 using 1:2:3:4 with yerrorlines title "reformer-pytorch"
unset multiplot
set output
