# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.0006292984333 6.292984333e-05 0.0015105273981
32.0 0.0004606969316 0.00019942334410000002 0.0007219705191
64.0 0.0003592246691 8.352333420000004e-05 0.000634926004
128.0 0.0002995912177 1.2152608100000017e-05 0.0005870298273
256.0 0.0001918481468 0.00010102625752 0.00028267003608
512.0 0.0001533889641 2.94531203e-05 0.00027732480789999995
EOD
$line2 << EOD
16.0 0.0005622173285 5.614951210000001e-05 0.0010682851449
32.0 0.000466648976 4.66648976e-05 0.0009581701466000001
64.0 0.0003266871431 0.00016478715979999998 0.0004885871264
128.0 0.0003143175255 3.143175255e-05 0.0007408950875
256.0 0.0002375731794 2.375731794e-05 0.0005257858907
512.0 0.000168141818 1.68141818e-05 0.0004220331901
EOD
set title "Fig. 4: positive features, orthogonal vs iid W (L=4096,\nd=16, 150 samples, mean +-1 std) (input\\_scale=0.75)"
set xlabel "random features m"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, 0, 0
set autoscale xfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig4-variance-ort-vs-iid-input_scale=0.75.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-ort-vs-iid-input_scale=0.75.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
unset output
