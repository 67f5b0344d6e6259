# Written by scripts/compare/compare.py; gnuplot peers-favor-relu-bidirectional.gp renders peers-favor-relu-bidirectional.png and .svg
$forward_0 << EOD
1024 1.090486e-02 1.016809e-02 1.103565e-02
4096 4.552280e-02 4.179598e-02 4.629242e-02
16384 4.086297e-01 3.828521e-01 4.317236e-01
EOD
$forward_1 << EOD
1024 8.492290e-03 8.443127e-03 8.696013e-03
4096 3.395276e-02 3.394736e-02 3.602882e-02
16384 1.355534e-01 1.355445e-01 1.363868e-01
EOD
$forward_backward_2 << EOD
1024 3.437027e-02 3.424462e-02 3.498532e-02
4096 1.458356e-01 1.371855e-01 1.511149e-01
16384 1.163280e+00 1.070558e+00 1.195250e+00
EOD
$forward_backward_3 << EOD
1024 2.356863e-02 2.332631e-02 2.575887e-02
4096 9.681917e-02 9.575268e-02 9.879750e-02
16384 4.081505e-01 4.030799e-01 4.088369e-01
EOD
set xtics (1024, 4096, 16384)
set xrange [731:22938]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-favor-relu-bidirectional.png"
set multiplot layout 1,2 title "ReLU features with a projection, bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_1 using 1:2:3:4 with yerrorlines title "project:performer-relu"
set title "forward + backward"
plot $forward_backward_2 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_backward_3 using 1:2:3:4 with yerrorlines title "project:performer-relu"
unset multiplot
set output
set terminal svg size 1280,560 enhanced font "sans,11" background "white"
set output "peers-favor-relu-bidirectional.svg"
set multiplot layout 1,2 title "ReLU features with a projection, bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_1 using 1:2:3:4 with yerrorlines title "project:performer-relu"
set title "forward + backward"
plot $forward_backward_2 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_backward_3 using 1:2:3:4 with yerrorlines title "project:performer-relu"
unset multiplot
set output
