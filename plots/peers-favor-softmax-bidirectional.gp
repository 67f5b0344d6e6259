# Written by scripts/compare/compare.py; gnuplot peers-favor-softmax-bidirectional.gp renders peers-favor-softmax-bidirectional.png and .svg
$forward_0 << EOD
1024 1.606630e-02 1.595992e-02 1.943104e-02
4096 1.053653e-01 1.004835e-01 1.355991e-01
16384 4.048146e-01 3.983714e-01 4.095754e-01
EOD
$forward_1 << EOD
1024 2.746058e-02 2.161214e-02 3.319641e-02
4096 1.739873e-01 1.650935e-01 1.899723e-01
16384 7.014162e-01 6.908288e-01 7.445021e-01
EOD
$forward_2 << EOD
1024 7.696058e-03 7.554829e-03 7.867192e-03
4096 3.180281e-02 3.036213e-02 3.239899e-02
16384 1.235874e-01 1.235174e-01 1.243301e-01
EOD
$forward_backward_3 << EOD
1024 4.756562e-02 4.723950e-02 5.083555e-02
4096 1.893304e-01 1.871034e-01 2.036729e-01
16384 7.927541e-01 7.872867e-01 7.939012e-01
EOD
$forward_backward_4 << EOD
1024 4.488755e-02 3.906274e-02 4.850838e-02
4096 3.862947e-01 3.842054e-01 4.255098e-01
16384 1.643306e+00 1.562010e+00 1.699041e+00
EOD
$forward_backward_5 << EOD
1024 1.807572e-02 1.787253e-02 1.810105e-02
4096 8.203880e-02 7.467363e-02 8.649947e-02
16384 3.162744e-01 3.144533e-01 3.188925e-01
EOD
set xtics (1024, 4096, 16384)
set xrange [731:22938]
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
