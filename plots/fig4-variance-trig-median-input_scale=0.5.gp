# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 6.278262333e-05
32.0 4.205137709e-05
64.0 2.430935776e-05
128.0 1.406706201e-05
256.0 7.716817563e-06
512.0 4.269268886e-06
EOD
$line2 << EOD
16.0 5.300130275e-05
32.0 3.253763193e-05
64.0 2.009630195e-05
128.0 1.165586565e-05
256.0 6.43391808e-06
512.0 3.57050606e-06
EOD
$line3 << EOD
16.0 8.845303736e-05
32.0 2.235099427e-05
64.0 1.02091618e-05
128.0 5.013145349e-06
256.0 2.416759036e-06
512.0 1.24669678e-06
EOD
$line4 << EOD
16.0 1.487094923e-05
32.0 7.346342441e-06
64.0 3.694591765e-06
128.0 1.880685952e-06
256.0 9.365266581e-07
512.0 4.812997149e-07
EOD
$overlay1_1 << EOD
16.0 5.280390754e-05
32.0 3.481194702e-05
64.0 2.049037112e-05
128.0 1.22317682e-05
256.0 6.678051781e-06
512.0 3.757141805e-06
EOD
$overlay1_2 << EOD
16.0 4.102115485e-05
32.0 2.675460294e-05
64.0 1.666623301e-05
128.0 9.794229587e-06
256.0 5.617677523e-06
512.0 3.123765496e-06
EOD
$overlay1_3 << EOD
16.0 5.16754501e-05
32.0 1.92871694e-05
64.0 9.153220088e-06
128.0 4.583642182e-06
256.0 2.269594103e-06
512.0 1.14526049e-06
EOD
$overlay1_4 << EOD
16.0 1.180907851e-05
32.0 6.209080108e-06
64.0 3.290845427e-06
128.0 1.717234106e-06
256.0 8.860531503e-07
512.0 4.579017788e-07
EOD
$overlay2_1 << EOD
16.0 7.810261396e-05
32.0 5.247682405e-05
64.0 2.883740456e-05
128.0 1.646082961e-05
256.0 9.053284013e-06
512.0 4.983167456e-06
EOD
$overlay2_2 << EOD
16.0 6.788113009e-05
32.0 4.024318764e-05
64.0 2.4407199e-05
128.0 1.459750054e-05
256.0 7.617163518e-06
512.0 4.130354225e-06
EOD
$overlay2_3 << EOD
16.0 0.0003762803021
32.0 2.697161603e-05
64.0 1.152917792e-05
128.0 5.560160614e-06
256.0 2.630748389e-06
512.0 1.366918292e-06
EOD
$overlay2_4 << EOD
16.0 1.868638463e-05
32.0 8.940667303e-06
64.0 4.181788799e-06
128.0 2.037579358e-06
256.0 1.015524968e-06
512.0 5.020523788e-07
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
