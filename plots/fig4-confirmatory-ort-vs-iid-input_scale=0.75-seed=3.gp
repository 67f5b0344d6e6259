# Written by `repro plot` from ./results/fig4-confirmatory.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.0005619617256 0.00013361265440000003 0.0009903107968
32.0 0.0004676035234 4.676035234e-05 0.0009767604283
64.0 0.0003708073864 8.220902839999999e-05 0.0006594057444
128.0 0.0002803349904 8.74286745e-05 0.0004732413063
256.0 0.0002169095258 5.596769599999985e-06 0.000428222282
512.0 0.0001667403823 1.667403823e-05 0.0003967687562
EOD
$line2 << EOD
16.0 0.0005676631838 5.676631838e-05 0.0011407942512000001
32.0 0.0004707898839 4.707898839e-05 0.001130778659
64.0 0.0003467241361 8.563578340000001e-05 0.0006078124887999999
128.0 0.0002824707178 3.218694490000001e-05 0.0005327544907
256.0 0.0002077119968 4.52318158e-05 0.0003701921778
512.0 0.0001558020617 1.558020617e-05 0.0003578168361
EOD
set title "Fig. 4 confirmatory: positive features, orthogonal vs iid W (L=4096,\nd=16, 1000 samples of one seed, mean +-1 std) (input\\_scale=0.75, seed=3)"
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
set output "fig4-confirmatory-ort-vs-iid-input_scale=0.75-seed=3.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-confirmatory-ort-vs-iid-input_scale=0.75-seed=3.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
unset output
