# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.0004590096084
32.0 0.0003817687697
64.0 0.0002903963913
128.0 0.0002269519213
256.0 0.000167745799
512.0 0.0001285442373
EOD
$line2 << EOD
16.0 0.000436016161
32.0 0.0003636474621
64.0 0.0002815606063
128.0 0.0002145857262
256.0 0.000179146774
512.0 0.0001226772324
EOD
$line3 << EOD
16.0 0.6092431834
32.0 0.07697716787
64.0 0.006418402379
128.0 0.0005109401777
256.0 7.935938034e-05
512.0 3.206808607e-05
EOD
$line4 << EOD
16.0 0.1221803963
32.0 0.01375387967
64.0 0.001114137498
128.0 0.0001722574737
256.0 6.081865927e-05
512.0 2.645700777e-05
EOD
$overlay1_1 << EOD
16.0 0.0003724984181
32.0 0.0002814876444
64.0 0.000230180353
128.0 0.00017817903
256.0 0.0001396310066
512.0 9.826787983e-05
EOD
$overlay1_2 << EOD
16.0 0.0003286255913
32.0 0.0002689094624
64.0 0.0002257791185
128.0 0.0001738444831
256.0 0.000136056085
512.0 9.884159006e-05
EOD
$overlay1_3 << EOD
16.0 0.1781989119
32.0 0.01817582325
64.0 0.001790138341
128.0 0.000247565367
256.0 6.751913146e-05
512.0 2.970508765e-05
EOD
$overlay1_4 << EOD
16.0 0.03354283447
32.0 0.003906195497
64.0 0.000538240176
128.0 0.0001233531819
256.0 5.272629424e-05
512.0 2.472528561e-05
EOD
$overlay2_1 << EOD
16.0 0.0006621222287
32.0 0.0005204780409
64.0 0.0003980679072
128.0 0.0003043323619
256.0 0.0002217538135
512.0 0.0001674605285
EOD
$overlay2_2 << EOD
16.0 0.0006135523645
32.0 0.0004930054579
64.0 0.0003845917377
128.0 0.0002856435698
256.0 0.0002393443699
512.0 0.000160843884
EOD
$overlay2_3 << EOD
16.0 3.467737086
32.0 0.2728745114
64.0 0.02323401839
128.0 0.001828752215
256.0 0.0001108342621
512.0 3.587419735e-05
EOD
$overlay2_4 << EOD
16.0 0.7110388628
32.0 0.07622312885
64.0 0.005490273209
128.0 0.0003724310407
256.0 7.318393818e-05
512.0 2.862785229e-05
EOD
set title "Fig. 4: median MSE (solid), 25% (dashed) and 75% (dotted) quantiles\nover 150 samples (trig's mean MSE is infinite) (input\\_scale=0.75)"
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
set output "fig4-variance-trig-median-input_scale=0.75.png"
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
set output "fig4-variance-trig-median-input_scale=0.75.svg"
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
