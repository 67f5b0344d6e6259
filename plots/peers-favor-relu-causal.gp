# Written by scripts/compare/compare.py; gnuplot peers-favor-relu-causal.gp renders peers-favor-relu-causal.png and .svg
$forward_0 << EOD
1024 1.215084e-01 1.178620e-01 1.238021e-01
4096 1.296847e+00 1.284878e+00 1.312908e+00
16384 7.748974e+00 7.512228e+00 7.777508e+00
EOD
$forward_1 << EOD
1024 1.004837e-02 9.928888e-03 1.032152e-02
4096 4.174846e-02 4.161555e-02 4.242419e-02
16384 1.709326e-01 1.700734e-01 1.712779e-01
EOD
$forward_backward_2 << EOD
1024 3.938859e-01 3.741457e-01 4.049505e-01
4096 3.181296e+00 3.121277e+00 3.231667e+00
EOD
$forward_backward_3 << EOD
1024 3.258383e-02 3.181272e-02 3.313779e-02
4096 1.345754e-01 1.319260e-01 1.398199e-01
16384 5.499666e-01 5.483801e-01 5.588333e-01
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
