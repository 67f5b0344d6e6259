# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.0004534517817
32.0 0.0003645258168
64.0 0.000304465357
128.0 0.0002277903349
256.0 0.0001738004856
512.0 0.0001351301547
EOD
$line2 << EOD
16.0 0.0004194738017
32.0 0.0003589496646
64.0 0.0002821591575
128.0 0.0002134741114
256.0 0.000170334185
512.0 0.0001232095266
EOD
$line3 << EOD
16.0 0.4114913125
32.0 0.08776442031
64.0 0.008036924635
128.0 0.0005493952092
256.0 8.434711828e-05
512.0 3.290780333e-05
EOD
$line4 << EOD
16.0 0.09606609754
32.0 0.01138135499
64.0 0.001349524988
128.0 0.0002011783222
256.0 6.08024032e-05
512.0 2.692694407e-05
EOD
$overlay1_1 << EOD
16.0 0.0003367179153
32.0 0.0002919616895
64.0 0.0002330373259
128.0 0.000171715894
256.0 0.0001372971157
512.0 0.0001031539089
EOD
$overlay1_2 << EOD
16.0 0.0003286129637
32.0 0.0002791095619
64.0 0.000228902142
128.0 0.0001607595224
256.0 0.0001379217411
512.0 9.442793888e-05
EOD
$overlay1_3 << EOD
16.0 0.1411669142
32.0 0.02272890023
64.0 0.001611690698
128.0 0.0002862909967
256.0 7.072507562e-05
512.0 3.013955284e-05
EOD
$overlay1_4 << EOD
16.0 0.02210693512
32.0 0.003802905959
64.0 0.0004761057894
128.0 0.0001444027921
256.0 5.231636463e-05
512.0 2.472706825e-05
EOD
$overlay2_1 << EOD
16.0 0.0006374638555
32.0 0.0005103008579
64.0 0.0004075567789
128.0 0.0003215712929
256.0 0.0002303224806
512.0 0.0001779073324
EOD
$overlay2_2 << EOD
16.0 0.0005584052213
32.0 0.0005462042983
64.0 0.0003934299364
128.0 0.0003077449019
256.0 0.000234944755
512.0 0.0001725649481
EOD
$overlay2_3 << EOD
16.0 2.191229758
32.0 0.5804666486
64.0 0.03221771283
128.0 0.002635335219
256.0 0.0001312430067
512.0 3.681739419e-05
EOD
$overlay2_4 << EOD
16.0 0.4804867971
32.0 0.08395486728
64.0 0.004753309292
128.0 0.0005282549774
256.0 7.819086139e-05
512.0 3.015173189e-05
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
