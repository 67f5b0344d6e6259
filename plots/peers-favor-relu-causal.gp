# Written by scripts/compare/compare.py; gnuplot peers-favor-relu-causal.gp renders peers-favor-relu-causal.png and .svg
$forward_0 << EOD
1024 1.318182e-01 1.276338e-01 1.350555e-01
4096 1.426721e+00 1.424858e+00 1.451561e+00
16384 2.126240e+01 2.092559e+01 2.134983e+01
EOD
$forward_1 << EOD
1024 1.070753e-02 1.061324e-02 1.092457e-02
4096 4.577823e-02 4.474350e-02 4.715886e-02
16384 1.816830e-01 1.807178e-01 1.827672e-01
EOD
$forward_backward_2 << EOD
1024 5.629234e-01 4.252137e-01 8.989648e-01
4096 4.307433e+00 4.052462e+00 5.171651e+00
EOD
$forward_backward_3 << EOD
1024 3.366793e-02 3.330808e-02 3.407773e-02
4096 1.518895e-01 1.385224e-01 1.557960e-01
16384 5.803336e-01 5.761502e-01 5.954922e-01
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
