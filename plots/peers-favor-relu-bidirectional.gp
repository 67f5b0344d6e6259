# Written by scripts/compare/compare.py; gnuplot peers-favor-relu-bidirectional.gp renders peers-favor-relu-bidirectional.png and .svg
$forward_0 << EOD
1024 1.090861e-02 1.040464e-02 1.116398e-02
4096 4.942470e-02 4.516852e-02 5.012230e-02
16384 4.106052e-01 3.884863e-01 4.188061e-01
EOD
$forward_1 << EOD
1024 8.503555e-03 8.492269e-03 8.864992e-03
4096 3.491322e-02 3.371851e-02 3.559758e-02
16384 1.364972e-01 1.351651e-01 1.395057e-01
EOD
$forward_backward_2 << EOD
1024 3.378051e-02 3.363045e-02 3.439618e-02
4096 1.389545e-01 1.365879e-01 1.403512e-01
16384 1.108878e+00 1.103203e+00 1.131041e+00
EOD
$forward_backward_3 << EOD
1024 2.369120e-02 2.361517e-02 3.106331e-02
4096 1.006419e-01 9.690379e-02 1.225048e-01
16384 4.103350e-01 4.069031e-01 4.122538e-01
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
