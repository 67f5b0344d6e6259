# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 5.148329633e-06
32.0 2.513704964e-06
64.0 1.265282638e-06
128.0 6.461083324e-07
256.0 3.395364589e-07
512.0 1.629156865e-07
EOD
$line2 << EOD
16.0 4.310516028e-06
32.0 2.158342028e-06
64.0 9.905048942e-07
128.0 5.434954772e-07
256.0 2.510088481e-07
512.0 1.284739572e-07
EOD
$line3 << EOD
16.0 1.466210265e-06
32.0 7.363347523e-07
64.0 3.634932148e-07
128.0 1.871365189e-07
256.0 8.986162086e-08
512.0 4.358908655e-08
EOD
$line4 << EOD
16.0 1.510520185e-07
32.0 7.228754274e-08
64.0 3.920523346e-08
128.0 1.950414723e-08
256.0 9.474588609e-09
512.0 4.765970523e-09
EOD
$overlay1_1 << EOD
16.0 4.106953406e-06
32.0 1.946082161e-06
64.0 1.022810773e-06
128.0 5.06224269e-07
256.0 2.659310703e-07
512.0 1.260012078e-07
EOD
$overlay1_2 << EOD
16.0 3.303766068e-06
32.0 1.638946809e-06
64.0 7.621429328e-07
128.0 4.069279808e-07
256.0 1.998518896e-07
512.0 1.020161078e-07
EOD
$overlay1_3 << EOD
16.0 1.286986267e-06
32.0 6.211218694e-07
64.0 3.184358607e-07
128.0 1.626193048e-07
256.0 7.994740314e-08
512.0 3.845797538e-08
EOD
$overlay1_4 << EOD
16.0 1.216648974e-07
32.0 6.154048172e-08
64.0 3.328288744e-08
128.0 1.726536827e-08
256.0 8.621211516e-09
512.0 4.298220861e-09
EOD
$overlay2_1 << EOD
16.0 6.375031363e-06
32.0 3.280802828e-06
64.0 1.621604281e-06
128.0 8.253487769e-07
256.0 4.016707897e-07
512.0 2.091724438e-07
EOD
$overlay2_2 << EOD
16.0 5.404073024e-06
32.0 2.514201296e-06
64.0 1.260553986e-06
128.0 6.996747353e-07
256.0 3.228235723e-07
512.0 1.677179455e-07
EOD
$overlay2_3 << EOD
16.0 1.7337766e-06
32.0 8.603244834e-07
64.0 4.169621146e-07
128.0 2.098841203e-07
256.0 1.009621703e-07
512.0 5.045950578e-08
EOD
$overlay2_4 << EOD
16.0 1.97946916e-07
32.0 8.558093704e-08
64.0 4.46104418e-08
128.0 2.178753258e-08
256.0 1.078644259e-08
512.0 5.405303406e-09
EOD
set title "Fig. 4: median MSE (solid), 25% (dashed) and 75% (dotted) quantiles\nover 150 samples (trig's mean MSE is infinite) (input\\_scale=0.25)"
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
set output "fig4-variance-trig-median-input_scale=0.25.png"
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
set output "fig4-variance-trig-median-input_scale=0.25.svg"
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
