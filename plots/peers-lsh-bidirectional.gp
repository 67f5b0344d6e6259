# Written by scripts/compare/compare.py; gnuplot peers-lsh-bidirectional.gp renders peers-lsh-bidirectional.png and .svg
$forward_0 << EOD
1024 9.618276e-03 9.485058e-03 9.977510e-03
4096 4.166957e-02 4.143006e-02 4.178483e-02
16384 1.983773e-01 1.979576e-01 1.996955e-01
EOD
$forward_1 << EOD
1024 2.092953e-02 1.827309e-02 2.254852e-02
4096 1.057601e-01 9.259006e-02 1.189076e-01
16384 3.892251e-01 3.719145e-01 4.361541e-01
EOD
$forward_backward_2 << EOD
1024 2.468686e-02 2.462819e-02 2.778783e-02
4096 1.049765e-01 1.045982e-01 1.064105e-01
16384 4.513677e-01 4.473252e-01 4.536534e-01
EOD
$forward_backward_3 << EOD
1024 4.426010e-02 4.214271e-02 4.729043e-02
4096 1.826395e-01 1.722605e-01 1.827363e-01
16384 1.024951e+00 9.357642e-01 1.188613e+00
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
