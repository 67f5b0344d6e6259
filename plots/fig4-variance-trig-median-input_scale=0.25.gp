# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 5.089920034e-06
32.0 2.702938744e-06
64.0 1.377913062e-06
128.0 6.832894541e-07
256.0 3.457373032e-07
512.0 1.812672038e-07
EOD
$line2 << EOD
16.0 4.550143342e-06
32.0 2.132450777e-06
64.0 1.020814672e-06
128.0 5.273131001e-07
256.0 2.601259732e-07
512.0 1.271364125e-07
EOD
$line3 << EOD
16.0 1.478608031e-06
32.0 7.54573809e-07
64.0 3.764204502e-07
128.0 1.840867288e-07
256.0 9.242211757e-08
512.0 4.759643293e-08
EOD
$line4 << EOD
16.0 1.553985326e-07
32.0 7.493147248e-08
64.0 3.790515738e-08
128.0 1.951142476e-08
256.0 9.596418766e-09
512.0 4.944165004e-09
EOD
$overlay1_1 << EOD
16.0 4.068546179e-06
32.0 2.069120343e-06
64.0 1.130694117e-06
128.0 5.259295413e-07
256.0 2.776131367e-07
512.0 1.41967282e-07
EOD
$overlay1_2 << EOD
16.0 3.763977277e-06
32.0 1.577783712e-06
64.0 7.957572631e-07
128.0 3.875729363e-07
256.0 1.972485671e-07
512.0 9.901301154e-08
EOD
$overlay1_3 << EOD
16.0 1.302577088e-06
32.0 6.549384347e-07
64.0 3.250878131e-07
128.0 1.637625906e-07
256.0 8.330878344e-08
512.0 4.328338594e-08
EOD
$overlay1_4 << EOD
16.0 1.166218887e-07
32.0 6.428883712e-08
64.0 3.360333027e-08
128.0 1.697695918e-08
256.0 8.515937633e-09
512.0 4.353099897e-09
EOD
$overlay2_1 << EOD
16.0 6.763523586e-06
32.0 3.601322066e-06
64.0 1.66857737e-06
128.0 8.957371244e-07
256.0 4.445979068e-07
512.0 2.323739363e-07
EOD
$overlay2_2 << EOD
16.0 5.613126955e-06
32.0 2.731967055e-06
64.0 1.294104119e-06
128.0 7.013050391e-07
256.0 3.347697038e-07
512.0 1.806426432e-07
EOD
$overlay2_3 << EOD
16.0 1.737994904e-06
32.0 8.703473546e-07
64.0 4.355668055e-07
128.0 2.201319725e-07
256.0 1.043330828e-07
512.0 5.523176222e-08
EOD
$overlay2_4 << EOD
16.0 1.846536599e-07
32.0 8.808236541e-08
64.0 4.417458764e-08
128.0 2.179294363e-08
256.0 1.074687341e-08
512.0 5.573760845e-09
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
