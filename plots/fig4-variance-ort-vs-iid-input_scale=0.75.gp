# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.0006118670199 6.118670199e-05 0.0015596528662
32.0 0.0004286943196 0.00020689658369999996 0.0006504920555
64.0 0.0003666339411 0.0001320470931 0.0006012207891
128.0 0.0004151257019 4.151257019e-05 0.0019112407019
256.0 0.0002189554371 5.765990399999999e-05 0.00038025097020000004
512.0 0.0001577598246 6.0992750890000015e-05 0.00025452689831
EOD
$line2 << EOD
16.0 0.0005158458113 0.0001743611635 0.0008573304590999999
32.0 0.0004624381806 0.0001591790838 0.0007656972774
64.0 0.0003665274377 0.00010264236890000002 0.0006304125065
128.0 0.0002591950905 0.00011288271660000001 0.0004055074644
256.0 0.0002408260289 2.408260289e-05 0.000664780935
512.0 0.0001860053551 1.860053551e-05 0.0004027687587
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
