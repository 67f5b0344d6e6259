# Written by scripts/compare/compare.py; gnuplot peers-exact-bidirectional.gp renders peers-exact-bidirectional.png and .svg
$forward_0 << EOD
1024 2.291163e-02 2.228227e-02 2.298249e-02
4096 3.740534e-01 3.629057e-01 3.777290e-01
EOD
$forward_1 << EOD
1024 1.981031e-02 1.607868e-02 2.597959e-02
4096 2.604230e-01 2.551015e-01 2.733404e-01
EOD
$forward_2 << EOD
1024 1.491606e-02 1.370606e-02 2.574838e-02
4096 2.294606e-01 2.259179e-01 2.452874e-01
EOD
$forward_backward_3 << EOD
1024 5.519170e-02 5.479476e-02 5.526182e-02
4096 8.550386e-01 8.110151e-01 1.363335e+00
EOD
$forward_backward_4 << EOD
1024 4.773329e-02 4.727215e-02 4.902536e-02
4096 7.971815e-01 7.490915e-01 7.973329e-01
EOD
$forward_backward_5 << EOD
1024 5.186016e-02 5.180261e-02 5.220740e-02
4096 8.270413e-01 8.058290e-01 8.520046e-01
EOD
set xtics (1024, 4096)
set xrange [731:5734]
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
