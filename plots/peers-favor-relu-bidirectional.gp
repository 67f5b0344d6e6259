# Written by scripts/compare/compare.py; gnuplot peers-favor-relu-bidirectional.gp renders peers-favor-relu-bidirectional.png and .svg
$forward_0 << EOD
1024 9.658285e-03 8.773949e-03 1.080074e-02
4096 3.876229e-02 3.814763e-02 3.987982e-02
16384 1.737879e-01 1.577988e-01 1.763033e-01
EOD
$forward_1 << EOD
1024 8.598198e-03 7.830214e-03 8.655012e-03
4096 3.196807e-02 3.163803e-02 3.228604e-02
16384 1.279361e-01 1.273190e-01 1.280469e-01
EOD
$forward_backward_2 << EOD
1024 3.212596e-02 3.202787e-02 3.288441e-02
4096 1.281566e-01 1.260918e-01 1.292152e-01
16384 5.734317e-01 5.475167e-01 5.805788e-01
EOD
$forward_backward_3 << EOD
1024 2.384132e-02 2.260551e-02 2.389462e-02
4096 9.072125e-02 8.991652e-02 9.098593e-02
16384 3.866263e-01 3.840575e-01 3.891148e-01
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
