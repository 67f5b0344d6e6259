# Written by scripts/compare/compare.py; gnuplot peers-reformer-lsh-bidirectional.gp renders peers-reformer-lsh-bidirectional.png and .svg
$forward_0 << EOD
4096 4.238930e-02 4.134284e-02 4.357072e-02
16384 2.083757e-01 2.083036e-01 2.175350e-01
EOD
$forward_1 << EOD
4096 1.636656e-01 1.550466e-01 1.671186e-01
16384 9.466993e-01 9.161371e-01 9.644397e-01
EOD
$forward_backward_2 << EOD
4096 1.030986e-01 1.028701e-01 1.074770e-01
16384 4.836295e-01 4.738078e-01 4.901967e-01
EOD
$forward_backward_3 << EOD
4096 2.989432e-01 2.798552e-01 3.288558e-01
16384 2.047050e+00 2.000017e+00 2.257119e+00
EOD
set xtics (4096, 16384)
set xrange [2926:22938]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-reformer-lsh-bidirectional.png"
set multiplot layout 1,2 title "LSH attention (Reformer, 2 hashing rounds), bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "project:reformer", \
     $forward_1 using 1:2:3:4 with yerrorlines title "reformer-pytorch"
set title "forward + backward"
plot $forward_backward_2 using 1:2:3:4 with yerrorlines title "project:reformer", \
     $forward_backward_3 using 1:2:3:4 with yerrorlines title "reformer-pytorch"
unset multiplot
set output
set terminal svg size 1280,560 enhanced font "sans,11" background "white"
set output "peers-reformer-lsh-bidirectional.svg"
set multiplot layout 1,2 title "LSH attention (Reformer, 2 hashing rounds), bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "project:reformer", \
     $forward_1 using 1:2:3:4 with yerrorlines title "reformer-pytorch"
set title "forward + backward"
plot $forward_backward_2 using 1:2:3:4 with yerrorlines title "project:reformer", \
     $forward_backward_3 using 1:2:3:4 with yerrorlines title "reformer-pytorch"
unset multiplot
set output
