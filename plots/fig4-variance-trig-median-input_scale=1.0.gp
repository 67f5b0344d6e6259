# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.002076442778
32.0 0.002181607814
64.0 0.002106818446
128.0 0.00179405742
256.0 0.001780455666
512.0 0.001466412963
EOD
$line2 << EOD
16.0 0.002141319697
32.0 0.001881240237
64.0 0.002067049514
128.0 0.001805226874
256.0 0.001598040929
512.0 0.001642640223
EOD
$line3 << EOD
16.0 83.31263503
32.0 38.97825008
64.0 11.24904746
128.0 4.259157518
256.0 0.6841282911
512.0 0.1268975951
EOD
$line4 << EOD
16.0 105.741402
32.0 33.37880278
64.0 10.35149187
128.0 5.313826652
256.0 0.7002864534
512.0 0.1306485284
EOD
$overlay1_1 << EOD
16.0 0.001604251756
32.0 0.001519726692
64.0 0.001453013277
128.0 0.001361148226
256.0 0.001270756075
512.0 0.00119731397
EOD
$overlay1_2 << EOD
16.0 0.001684438054
32.0 0.001460625465
64.0 0.00160056314
128.0 0.001378684678
256.0 0.001297065681
512.0 0.001241794926
EOD
$overlay1_3 << EOD
16.0 32.80118971
32.0 13.76597615
64.0 3.543573036
128.0 1.336837047
256.0 0.2506337779
512.0 0.0569575919
EOD
$overlay1_4 << EOD
16.0 28.14045438
32.0 11.15096815
64.0 3.394589452
128.0 1.070659524
256.0 0.2568851513
512.0 0.04067362384
EOD
$overlay2_1 << EOD
16.0 0.002912396904
32.0 0.003073325881
64.0 0.003199069341
128.0 0.002525700955
256.0 0.002488218667
512.0 0.002142800363
EOD
$overlay2_2 << EOD
16.0 0.003092059965
32.0 0.002527108211
64.0 0.002801607156
128.0 0.002537362419
256.0 0.002277377652
512.0 0.002394117575
EOD
$overlay2_3 << EOD
16.0 316.1855721
32.0 188.8160596
64.0 74.93126164
128.0 21.68811084
256.0 2.746109971
512.0 0.766554828
EOD
$overlay2_4 << EOD
16.0 333.3145912
32.0 153.4637677
64.0 59.04228602
128.0 22.01224332
256.0 2.846497449
512.0 0.6150023936
EOD
set title "Fig. 4: median MSE (solid), 25% (dashed) and 75% (dotted) quantiles\nover 150 samples (trig's mean MSE is infinite) (input\\_scale=1.0)"
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
set output "fig4-variance-trig-median-input_scale=1.0.png"
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
set output "fig4-variance-trig-median-input_scale=1.0.svg"
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
