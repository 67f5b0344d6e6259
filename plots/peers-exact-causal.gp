# Written by scripts/compare/compare.py; gnuplot peers-exact-causal.gp renders peers-exact-causal.png and .svg
$forward_0 << EOD
1024 1.414245e-02 1.406529e-02 1.414418e-02
4096 2.042591e-01 1.805138e-01 2.793082e-01
EOD
$forward_1 << EOD
1024 8.704824e-03 8.487391e-03 1.732733e-02
4096 1.371309e-01 1.334912e-01 1.445411e-01
EOD
$forward_2 << EOD
1024 1.087381e-02 1.013314e-02 1.164342e-02
4096 1.258311e-01 1.186717e-01 1.260092e-01
EOD
$forward_backward_3 << EOD
1024 3.691959e-02 3.593854e-02 3.927556e-02
4096 4.937814e-01 4.487150e-01 7.780022e-01
EOD
$forward_backward_4 << EOD
1024 3.303638e-02 3.273787e-02 3.316743e-02
4096 4.159312e-01 4.104390e-01 4.277464e-01
EOD
$forward_backward_5 << EOD
1024 4.171526e-02 3.760557e-02 4.365497e-02
4096 4.708206e-01 4.691023e-01 4.796004e-01
EOD
set xtics (1024, 4096)
set xrange [731:5734]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-exact-causal.png"
set multiplot layout 1,2 title "exact softmax attention, causal (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "project:exact", \
     $forward_1 using 1:2:3:4 with yerrorlines title "project:exact-flash", \
     $forward_2 using 1:2:3:4 with yerrorlines title "torch-sdpa"
set title "forward + backward"
plot $forward_backward_3 using 1:2:3:4 with yerrorlines title "project:exact", \
     $forward_backward_4 using 1:2:3:4 with yerrorlines title "project:exact-flash", \
     $forward_backward_5 using 1:2:3:4 with yerrorlines title "torch-sdpa"
unset multiplot
set output
set terminal svg size 1280,560 enhanced font "sans,11" background "white"
set output "peers-exact-causal.svg"
set multiplot layout 1,2 title "exact softmax attention, causal (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "project:exact", \
     $forward_1 using 1:2:3:4 with yerrorlines title "project:exact-flash", \
     $forward_2 using 1:2:3:4 with yerrorlines title "torch-sdpa"
set title "forward + backward"
plot $forward_backward_3 using 1:2:3:4 with yerrorlines title "project:exact", \
     $forward_backward_4 using 1:2:3:4 with yerrorlines title "project:exact-flash", \
     $forward_backward_5 using 1:2:3:4 with yerrorlines title "torch-sdpa"
unset multiplot
set output
