# Written by scripts/compare/compare.py; gnuplot peers-favor-softmax-bidirectional.gp renders peers-favor-softmax-bidirectional.png and .svg
$forward_0 << EOD
1024 2.356624e-02 2.318630e-02 2.558412e-02
4096 1.071310e-01 1.000048e-01 1.141940e-01
EOD
$forward_1 << EOD
1024 2.707230e-02 2.377759e-02 2.854428e-02
4096 2.046883e-01 1.991369e-01 2.066582e-01
EOD
$forward_2 << EOD
1024 1.168552e-02 1.163210e-02 1.361653e-02
4096 4.749697e-02 4.559249e-02 8.267146e-02
EOD
$forward_backward_3 << EOD
1024 4.898225e-02 4.476798e-02 8.336644e-02
4096 2.050121e-01 1.899754e-01 2.066333e-01
EOD
$forward_backward_4 << EOD
1024 4.749590e-02 4.401521e-02 4.981609e-02
4096 4.292696e-01 4.250728e-01 4.440032e-01
EOD
$forward_backward_5 << EOD
1024 2.484684e-02 2.309333e-02 2.492964e-02
4096 1.005063e-01 9.698789e-02 1.649146e-01
EOD
set xtics (1024, 4096)
set xrange [731:5734]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-favor-softmax-bidirectional.png"
set multiplot layout 1,2 title "FAVOR+ softmax, bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "jax-reference", \
     $forward_1 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_2 using 1:2:3:4 with yerrorlines title "project:performer-softmax"
set title "forward + backward"
plot $forward_backward_3 using 1:2:3:4 with yerrorlines title "jax-reference", \
     $forward_backward_4 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_backward_5 using 1:2:3:4 with yerrorlines title "project:performer-softmax"
unset multiplot
set output
set terminal svg size 1280,560 enhanced font "sans,11" background "white"
set output "peers-favor-softmax-bidirectional.svg"
set multiplot layout 1,2 title "FAVOR+ softmax, bidirectional (B=1, H=8, d=64, m=256, float32): project vs peers"
set title "forward"
plot $forward_0 using 1:2:3:4 with yerrorlines title "jax-reference", \
     $forward_1 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_2 using 1:2:3:4 with yerrorlines title "project:performer-softmax"
set title "forward + backward"
plot $forward_backward_3 using 1:2:3:4 with yerrorlines title "jax-reference", \
     $forward_backward_4 using 1:2:3:4 with yerrorlines title "performer-pytorch", \
     $forward_backward_5 using 1:2:3:4 with yerrorlines title "project:performer-softmax"
unset multiplot
set output
