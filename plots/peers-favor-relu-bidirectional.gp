# Written by scripts/compare/compare.py; gnuplot peers-favor-relu-bidirectional.gp renders peers-favor-relu-bidirectional.png and .svg
$forward_0 << EOD
1024 1.100687e-02 9.957441e-03 1.255072e-02
4096 4.841839e-02 4.746901e-02 4.939867e-02
EOD
$forward_1 << EOD
1024 1.324405e-02 1.121354e-02 1.515057e-02
4096 5.299718e-02 4.726267e-02 7.952599e-02
EOD
$forward_backward_2 << EOD
1024 3.615315e-02 3.489225e-02 4.343826e-02
4096 1.453660e-01 1.417416e-01 1.473744e-01
EOD
$forward_backward_3 << EOD
1024 3.159303e-02 2.995704e-02 3.244310e-02
4096 1.362993e-01 1.190689e-01 2.179769e-01
EOD
set xtics (1024, 4096)
set xrange [731:5734]
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
