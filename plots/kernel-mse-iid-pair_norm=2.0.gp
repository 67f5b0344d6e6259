# Written by `repro plot` from ./results/kernel-mse.csv; rerun it rather than editing this file.
$line1 << EOD
0.02237077186 1.536775621e-05 1.5188736419200001e-05 1.55467760008e-05
0.04076220398 0.0004068795977 0.00039226278919 0.00042149640621000004
0.09071795329 0.009554650683 0.0086094297992 0.0104998715668
0.201896518 0.3090019527 0.22674560375000002 0.39125830165000003
0.4493289641 1.681320278 1.3909927290000001 1.971647827
1.0 67.72509916 19.838115439999996 115.61208288
2.718281828 123233.8532 2540.300999999992 243927.4054
7.389056099 13740.07843 7480.9788229999995 19999.178036999998
EOD
$line2 << EOD
0.02237077186 2.614201631e-06 2.57749376324e-06 2.65090949876e-06
0.04076220398 0.0001552676019 0.000151298370677 0.000159236833123
0.09071795329 0.005024457762 0.0046345564534 0.0054143590706
0.201896518 0.09422819348 0.08145551563 0.10700087133
0.4493289641 6.296081845 3.2696364279999997 9.322527262
1.0 29.71523261 17.995145570000002 41.43531965
2.718281828 186.0650152 146.86142349 225.26860691000002
7.389056099 4499.131895 1773.4063380000002 7224.857452
EOD
$line3 << EOD
0.02237077186 92.49396286 91.5832720386 93.40465368139999
0.04076220398 93.94570287 93.02282639490001 94.8685793451
0.09071795329 95.18679604 94.2599089289 96.1136831511
0.201896518 94.0397119 93.124372171 94.955051629
0.4493289641 92.28122522 91.36998132 93.19246912
1.0 92.86796381 91.95712696490001 93.7788006551
2.718281828 93.27722595 92.3636984317 94.1907534683
7.389056099 89.42457872 88.5540299274 90.2951275126
EOD
$overlay1_1 << EOD
0.02237077186 1.538339843e-05
0.04076220398 0.000410511861
0.09071795329 0.01210417318
0.201896518 0.3070168888
0.4493289641 7.581782563
1.0 186.2473742
2.718281828 10171.71265
7.389056099 555378.4951
EOD
$overlay1_2 << EOD
0.02237077186 2.535799044e-06
0.04076220398 0.0001638154728
0.09071795329 0.005805390204
0.201896518 0.1522451087
0.4493289641 3.784592498
1.0 93.09244758
2.718281828 5085.625426
7.389056099 277687.5414
EOD
$overlay1_3 << EOD
0.02237077186 93.15490582
0.04076220398 93.15483325
0.09071795329 93.15442274
0.201896518 93.15238947
0.4493289641 93.14231899
1.0 93.09244758
2.718281828 92.69369345
7.389056099 89.77380272
EOD
set title "iid W, m=16, d=16: measured MSE (+-1 s.e.) vs Lemma 2 (dashed) (pair\\_norm=2.0)"
set xlabel "kernel value SM(x,y) = exp(x.y)  (|x| = |y| = r, angle opening to the left)"
set ylabel "MSE of the estimate of SM (squared kernel units)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key bottom right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "kernel-mse-iid-pair_norm=2.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "hyperbolic", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "Lemma 2 (iid)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "kernel-mse-iid-pair_norm=2.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "hyperbolic", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "Lemma 2 (iid)"
unset output
