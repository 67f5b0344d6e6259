# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 6.361395762e-05
32.0 4.005437415e-05
64.0 2.380083325e-05
128.0 1.326345348e-05
256.0 7.521521469e-06
512.0 4.147353294e-06
EOD
$line2 << EOD
16.0 5.319687831e-05
32.0 3.287808475e-05
64.0 1.970088287e-05
128.0 1.093500038e-05
256.0 6.351531724e-06
512.0 3.555129167e-06
EOD
$line3 << EOD
16.0 7.587781703e-05
32.0 2.146934135e-05
64.0 1.002292621e-05
128.0 4.845679358e-06
256.0 2.392639234e-06
512.0 1.170944613e-06
EOD
$line4 << EOD
16.0 1.544364224e-05
32.0 7.044533829e-06
64.0 3.528384516e-06
128.0 1.821203939e-06
256.0 9.035535176e-07
512.0 4.630951596e-07
EOD
$overlay1_1 << EOD
16.0 5.056730608e-05
32.0 3.178791609e-05
64.0 1.91420685e-05
128.0 1.131039199e-05
256.0 6.392138805e-06
512.0 3.653382145e-06
EOD
$overlay1_2 << EOD
16.0 4.274011718e-05
32.0 2.710952414e-05
64.0 1.603311684e-05
128.0 9.14115413e-06
256.0 5.449718348e-06
512.0 3.060133065e-06
EOD
$overlay1_3 << EOD
16.0 4.792284812e-05
32.0 1.874157679e-05
64.0 9.029492103e-06
128.0 4.3755257e-06
256.0 2.195393134e-06
512.0 1.065466362e-06
EOD
$overlay1_4 << EOD
16.0 1.16079505e-05
32.0 6.141603272e-06
64.0 3.167059086e-06
128.0 1.664218915e-06
256.0 8.605613987e-07
512.0 4.390168993e-07
EOD
$overlay2_1 << EOD
16.0 8.066794988e-05
32.0 5.290075344e-05
64.0 2.952588319e-05
128.0 1.568756949e-05
256.0 8.753698021e-06
512.0 4.657964369e-06
EOD
$overlay2_2 << EOD
16.0 7.095051344e-05
32.0 3.908926334e-05
64.0 2.47997804e-05
128.0 1.391994204e-05
256.0 7.586488609e-06
512.0 4.181323207e-06
EOD
$overlay2_3 << EOD
16.0 0.0002250752375
32.0 2.611734814e-05
64.0 1.146498863e-05
128.0 5.527804113e-06
256.0 2.633419114e-06
512.0 1.288349178e-06
EOD
$overlay2_4 << EOD
16.0 1.898891044e-05
32.0 8.470596402e-06
64.0 3.981736963e-06
128.0 1.998449672e-06
256.0 9.751505753e-07
512.0 4.836310687e-07
EOD
set title "Fig. 4: median MSE (solid), 25% (dashed) and 75% (dotted) quantiles\nover 150 samples (trig's mean MSE is infinite) (input\\_scale=0.5)"
set xlabel "random features m"
set ylabel "MSE of the attention output (median, quartiles)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key outside right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig4-variance-trig-median-input_scale=0.5.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "positive, iid", \
     $line2 using 1:2 with linespoints linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2 with linespoints linestyle 3 title "trig, iid", \
     $line4 using 1:2 with linespoints linestyle 4 title "trig, orthogonal", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     $overlay1_4 using 1:2 with lines linestyle 4 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "25% quantile", \
     $overlay2_1 using 1:2 with lines linestyle 1 dashtype 3 notitle, \
     $overlay2_2 using 1:2 with lines linestyle 2 dashtype 3 notitle, \
     $overlay2_3 using 1:2 with lines linestyle 3 dashtype 3 notitle, \
     $overlay2_4 using 1:2 with lines linestyle 4 dashtype 3 notitle, \
     NaN with lines dashtype 3 linewidth 2 linecolor rgb "black" title "75% quantile"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-trig-median-input_scale=0.5.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "positive, iid", \
     $line2 using 1:2 with linespoints linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2 with linespoints linestyle 3 title "trig, iid", \
     $line4 using 1:2 with linespoints linestyle 4 title "trig, orthogonal", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     $overlay1_4 using 1:2 with lines linestyle 4 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "25% quantile", \
     $overlay2_1 using 1:2 with lines linestyle 1 dashtype 3 notitle, \
     $overlay2_2 using 1:2 with lines linestyle 2 dashtype 3 notitle, \
     $overlay2_3 using 1:2 with lines linestyle 3 dashtype 3 notitle, \
     $overlay2_4 using 1:2 with lines linestyle 4 dashtype 3 notitle, \
     NaN with lines dashtype 3 linewidth 2 linecolor rgb "black" title "75% quantile"
unset output
