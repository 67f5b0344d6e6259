# Written by scripts/compare/compare.py; gnuplot peers-exact-bidirectional.gp renders peers-exact-bidirectional.png and .svg
$forward_0 << EOD
1024 3.514841e-02 2.280495e-02 3.523050e-02
4096 4.760015e-01 4.704972e-01 4.786297e-01
EOD
$forward_1 << EOD
1024 1.847659e-02 1.671785e-02 1.900629e-02
4096 2.437162e-01 2.378892e-01 2.449447e-01
16384 3.901497e+00 3.838240e+00 3.920155e+00
EOD
$forward_2 << EOD
1024 1.386153e-02 1.339567e-02 1.438253e-02
4096 2.215926e-01 2.211949e-01 2.387778e-01
16384 3.571744e+00 3.453119e+00 3.611226e+00
EOD
$forward_backward_3 << EOD
1024 9.543930e-02 5.506862e-02 9.601045e-02
4096 1.246549e+00 1.059076e+00 1.283303e+00
EOD
$forward_backward_4 << EOD
1024 4.642635e-02 4.526687e-02 4.791790e-02
4096 7.613564e-01 7.410074e-01 7.717249e-01
16384 1.183880e+01 1.174102e+01 1.188699e+01
EOD
$forward_backward_5 << EOD
1024 5.151356e-02 4.833897e-02 5.226434e-02
4096 8.029194e-01 7.641533e-01 8.106849e-01
16384 1.296354e+01 1.243090e+01 1.298977e+01
EOD
set xtics (1024, 4096, 16384)
set xrange [731:22938]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-exact-bidirectional.png"
set multiplot layout 1,2 title "exact softmax attention, bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
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
set output "peers-exact-bidirectional.svg"
set multiplot layout 1,2 title "exact softmax attention, bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
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
