# Written by scripts/compare/compare.py; gnuplot peers-favor-relu-causal.gp renders peers-favor-relu-causal.png and .svg
$forward_0 << EOD
1024 1.477176e-01 1.469209e-01 1.553695e-01
4096 1.472764e+00 1.439070e+00 1.566982e+00
EOD
$forward_1 << EOD
1024 1.581348e-02 1.526818e-02 2.396713e-02
4096 7.008112e-02 6.546591e-02 1.190961e-01
EOD
$forward_backward_2 << EOD
1024 5.204727e-01 4.444298e-01 5.671918e-01
4096 4.583410e+00 3.934895e+00 7.053666e+00
EOD
$forward_backward_3 << EOD
1024 5.275884e-02 4.636530e-02 5.510157e-02
4096 2.121134e-01 1.911822e-01 3.598083e-01
EOD
set xtics (1024, 4096)
set xrange [731:5734]
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
