# Written by scripts/compare/compare.py; gnuplot peers-favor-softmax-causal.gp renders peers-favor-softmax-causal.png and .svg
$forward_0 << EOD
1024 3.106119e-02 2.703680e-02 3.517531e-02
4096 1.629282e-01 1.609946e-01 1.989092e-01
16384 6.212073e-01 6.096563e-01 6.308363e-01
EOD
$forward_1 << EOD
1024 1.697838e-01 1.248325e-01 1.919426e-01
4096 1.809535e+00 1.530325e+00 1.868670e+00
16384 2.152560e+01 2.134461e+01 2.153010e+01
EOD
$forward_2 << EOD
1024 1.068665e-02 1.032693e-02 1.123422e-02
4096 4.748195e-02 4.660039e-02 4.799561e-02
16384 1.770125e-01 1.753873e-01 1.788975e-01
EOD
$forward_backward_3 << EOD
1024 1.447781e-01 1.409362e-01 1.503853e-01
4096 7.200037e-01 6.116864e-01 7.426027e-01
16384 2.589478e+00 2.458723e+00 2.669346e+00
EOD
$forward_backward_4 << EOD
1024 5.396529e-01 5.007056e-01 6.913140e-01
4096 4.087846e+00 3.679035e+00 6.144410e+00
EOD
$forward_backward_5 << EOD
1024 2.976030e-02 2.948668e-02 3.094871e-02
4096 1.269971e-01 1.263804e-01 1.314300e-01
16384 5.157220e-01 5.134477e-01 5.332195e-01
EOD
set xtics (1024, 4096, 16384)
set xrange [731:22938]
set logscale xy
set grid
set key top left
set xlabel "sequence length L"
set ylabel "seconds (median over rounds; bars: min-max)"
set terminal pngcairo size 1280,560 enhanced font "sans,11"
set output "peers-favor-softmax-causal.png"
set multiplot layout 1,2 title "FAVOR+ softmax, causal (B=1, H=8, d=64, m=256, float32): project vs peers"
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
set output "peers-favor-softmax-causal.svg"
set multiplot layout 1,2 title "FAVOR+ softmax, causal (B=1, H=8, d=64, m=256, float32): project vs peers"
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
