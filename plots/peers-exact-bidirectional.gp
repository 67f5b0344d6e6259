# Written by scripts/compare/compare.py; gnuplot peers-exact-bidirectional.gp renders peers-exact-bidirectional.png and .svg
$forward_0 << EOD
1024 2.258254e-02 2.222942e-02 3.234577e-02
4096 3.520680e-01 3.314119e-01 4.668556e-01
EOD
$forward_1 << EOD
1024 1.714004e-02 1.567660e-02 2.076782e-02
4096 2.531329e-01 2.426429e-01 2.606617e-01
16384 3.906128e+00 3.863125e+00 3.983132e+00
EOD
$forward_2 << EOD
1024 1.382791e-02 1.376633e-02 1.389698e-02
4096 2.261881e-01 2.099415e-01 2.479670e-01
16384 3.662963e+00 3.531630e+00 3.698132e+00
EOD
$forward_backward_3 << EOD
1024 5.541364e-02 5.449535e-02 5.621991e-02
4096 8.423038e-01 7.760022e-01 1.362680e+00
EOD
$forward_backward_4 << EOD
1024 4.672778e-02 4.585921e-02 4.749258e-02
4096 7.585752e-01 7.499994e-01 8.130482e-01
16384 1.190415e+01 1.168707e+01 1.209304e+01
EOD
$forward_backward_5 << EOD
1024 5.129197e-02 5.034044e-02 5.295722e-02
4096 7.924632e-01 7.710575e-01 8.449930e-01
16384 1.319438e+01 1.268645e+01 1.322686e+01
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
