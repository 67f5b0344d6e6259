# Written by `repro plot` from ./results/kernel-mse.csv; rerun it rather than editing this file.
$line1 << EOD
0.02237077186 3.289364496e-06 3.2564476175600003e-06 3.32228137444e-06
0.04076220398 7.774755376e-05 7.5921417311e-05 7.9573690209e-05
0.09071795329 0.002252578648 0.002099598175 0.0024055591209999998
0.201896518 0.05121853859 0.045225320137 0.057211757043
0.4493289641 1.207451763 0.8830002612999999 1.5319032647
1.0 5.683326602 4.8559289594 6.5107242446
2.718281828 283.4916876 105.27971649999998 461.7036587
7.389056099 13917.53608 4561.246782 23273.825378
EOD
$line2 << EOD
0.02237077186 1.322874925e-07 1.3072518728100002e-07 1.33849797719e-07
0.04076220398 1.703545002e-05 1.6552108218499998e-05 1.75187918215e-05
0.09071795329 0.0008854513718 0.0008317104103999999 0.0009391923332
0.201896518 0.03920598247 0.027729789079999997 0.05068217586
0.4493289641 0.3802756746 0.32282118417 0.43773016503
1.0 6.057685413 4.188726801 7.926644025
2.718281828 114.9611617 85.55786774 144.36445566
7.389056099 2051.187383 1217.3615630999998 2885.0132029
EOD
$line3 << EOD
0.02237077186 23.44051033 23.202490671699998 23.6785299883
0.04076220398 23.47658096 23.245182988899998 23.7079789311
0.09071795329 23.2305047 22.998389457800002 23.4626199422
0.201896518 23.60410986 23.371524646900003 23.8366950731
0.4493289641 23.35115121 23.1188635023 23.5834389177
1.0 22.62292144 22.3992598012 22.8465830788
2.718281828 21.10863058 20.8989829669 21.3182781931
7.389056099 15.02755918 14.875185403200001 15.1799329568
EOD
$overlay1_1 << EOD
0.02237077186 3.845849608e-06
0.04076220398 0.0001026279652
0.09071795329 0.003026043296
0.201896518 0.07675422219
0.4493289641 1.895445641
1.0 46.56184355
2.718281828 2542.928162
7.389056099 138844.6238
EOD
$overlay1_2 << EOD
0.02237077186 6.339497609e-07
0.04076220398 4.095386821e-05
0.09071795329 0.001451347551
0.201896518 0.03806127718
0.4493289641 0.9461481246
1.0 23.27311189
2.718281828 1271.406357
7.389056099 69421.88535
EOD
$overlay1_3 << EOD
0.02237077186 23.28872645
0.04076220398 23.28870831
0.09071795329 23.28860568
0.201896518 23.28809737
0.4493289641 23.28557975
1.0 23.27311189
2.718281828 23.17342336
7.389056099 22.44345068
EOD
set title "Orthogonal W, m=64 > d=16 (4 independent orthogonal blocks):\nMSE (+-1 s.e.), Lemma 2 iid (dashed) (pair\\_norm=2.0)"
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
set output "kernel-mse-orthogonal-m64-pair_norm=2.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "hyperbolic", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "Lemma 2 (iid)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "kernel-mse-orthogonal-m64-pair_norm=2.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "hyperbolic", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "Lemma 2 (iid)"
unset output
