# Written by scripts/compare/compare.py; gnuplot peers-favor-relu-causal.gp renders peers-favor-relu-causal.png and .svg
$forward_0 << EOD
1024 1.512872e-01 1.181542e-01 1.615526e-01
4096 1.473172e+00 1.467721e+00 2.934749e+00
16384 2.132909e+01 2.063740e+01 2.140713e+01
EOD
$forward_1 << EOD
1024 1.090097e-02 1.070998e-02 1.182788e-02
4096 4.714020e-02 4.610210e-02 4.777763e-02
16384 1.866040e-01 1.793478e-01 1.884599e-01
EOD
$forward_backward_2 << EOD
1024 5.073401e-01 4.739843e-01 6.828197e-01
4096 3.940284e+00 3.526332e+00 6.392968e+00
EOD
$forward_backward_3 << EOD
1024 3.330294e-02 3.312825e-02 3.833486e-02
4096 1.398329e-01 1.394816e-01 1.405619e-01
16384 5.656897e-01 5.647397e-01 5.744581e-01
EOD
set xtics (1024, 4096, 16384)
set xrange [731:22938]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-favor-relu-causal.png"
set multiplot layout 1,2 title "ReLU features with a projection, causal (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_1 using 1:2:3:4 with yerrorlines title "project:performer-relu"
set title "forward + backward"
plot $forward_backward_2 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_backward_3 using 1:2:3:4 with yerrorlines title "project:performer-relu"
unset multiplot
set output
set terminal svg size 1280,560 enhanced font "sans,11" background "white"
set output "peers-favor-relu-causal.svg"
set multiplot layout 1,2 title "ReLU features with a projection, causal (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_1 using 1:2:3:4 with yerrorlines title "project:performer-relu"
set title "forward + backward"
plot $forward_backward_2 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_backward_3 using 1:2:3:4 with yerrorlines title "project:performer-relu"
unset multiplot
set output
