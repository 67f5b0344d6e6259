# Written by `repro plot` from ./results/kernel-mse.csv; rerun it rather than editing this file.
$line1 << EOD
0.02237077186 1.336026355e-05 1.3234054867100001e-05 1.34864722329e-05
0.04076220398 0.0002990454428 0.000290429856206 0.000307661029394
0.09071795329 0.007874333402 0.0072069677416 0.0085416990624
0.201896518 0.1398841003 0.11745111522000001 0.16231708538
0.4493289641 1.840035183 1.4142209571 2.2658494089
1.0 18.85280506 13.969465876000001 23.736144244000002
2.718281828 291.4696194 211.74836186 371.19087694
7.389056099 5437.223255 2925.01982 7949.42669
EOD
$line2 << EOD
0.02237077186 5.322992066e-07 5.22719805134e-07 5.418786080659999e-07
0.04076220398 6.836525556e-05 6.3426773558e-05 7.3303737562e-05
0.09071795329 0.003925216346 0.0031803739033 0.0046700587887
0.201896518 0.1009916846 0.07523832509 0.12674504411
0.4493289641 1.544267405 1.1591290044 1.9294058056
1.0 16.07924398 12.356961137 19.801526823
2.718281828 215.3448072 165.30392038 265.38569401999996
7.389056099 2643.485244 1874.3053408 3412.6651472
EOD
$line3 << EOD
0.02237077186 93.81529602 92.9108618444 94.71973019560001
0.04076220398 93.05016465 92.1422872584 93.9580420416
0.09071795329 93.02368289 92.11387924990001 93.9334865301
0.201896518 93.0334809 92.1292471331 93.9377146669
0.4493289641 93.07322532 92.16710917920001 93.9793414608
1.0 92.0156704 91.1151975139 92.91614328610001
2.718281828 84.86676617 84.0429279847 85.69060435530001
7.389056099 60.81006378 60.2146653481 61.4054622119
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
$overlay2_1 << EOD
0.02237077186 1.3670471e-05
0.04076220398 0.0003580276647
0.09071795329 0.01155812161
0.201896518 0.3035062701
0.4493289641 7.562431262
1.0 186.1469883
2.718281828 10170.95329
7.389056099 555372.836
EOD
set title "Orthogonal W, m=16, d=16: MSE (+-1 s.e.), Lemma 2 iid (dashed), Thm 2 bound (dotted) (pair\\_norm=2.0)"
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
set output "kernel-mse-orthogonal-pair_norm=2.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "hyperbolic", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 title "positive: Lemma 2 (iid)", \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 title "hyperbolic: Lemma 2 (iid)", \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 title "trig: Lemma 2 (iid)", \
     $overlay2_1 using 1:2 with lines linestyle 1 dashtype 3 title "positive: Theorem 2 bound (orthogonal)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "kernel-mse-orthogonal-pair_norm=2.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "hyperbolic", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 title "positive: Lemma 2 (iid)", \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 title "hyperbolic: Lemma 2 (iid)", \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 title "trig: Lemma 2 (iid)", \
     $overlay2_1 using 1:2 with lines linestyle 1 dashtype 3 title "positive: Theorem 2 bound (orthogonal)"
unset output
