# Written by scripts/compare/compare.py; gnuplot peers-lsh-bidirectional.gp renders peers-lsh-bidirectional.png and .svg
$forward_0 << EOD
1024 9.617585e-03 9.547190e-03 1.116635e-02
4096 4.309217e-02 4.266829e-02 4.672375e-02
16384 2.037958e-01 1.997581e-01 2.065531e-01
EOD
$forward_1 << EOD
1024 3.108639e-02 3.044189e-02 3.973961e-02
4096 1.575353e-01 1.533959e-01 1.619850e-01
16384 9.106363e-01 8.923855e-01 9.683854e-01
EOD
$forward_backward_2 << EOD
1024 2.547007e-02 2.428259e-02 2.785603e-02
4096 1.131744e-01 1.108133e-01 1.153549e-01
16384 4.773990e-01 4.518099e-01 4.918940e-01
EOD
$forward_backward_3 << EOD
1024 6.038248e-02 5.306171e-02 7.122137e-02
4096 3.349102e-01 2.932032e-01 6.278385e-01
16384 2.052192e+00 1.977620e+00 2.314988e+00
EOD
set xtics (1024, 4096, 16384)
set xrange [731:22938]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-lsh-bidirectional.png"
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
set output "peers-lsh-bidirectional.svg"
set multiplot layout 1,2 title "LSH attention (Reformer, 2 hashing rounds), bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "project:reformer", \
     $forward_1 using 1:2:3:4 with yerrorlines title "reformer-pytorch"
set title "forward + backward"
plot $forward_backward_2 using 1:2:3:4 with yerrorlines title "project:reformer", \
     $forward_backward_3 using 1:2:3:4 with yerrorlines title "reformer-pytorch"
unset multiplot
set output
