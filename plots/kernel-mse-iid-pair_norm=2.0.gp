# Written by `repro plot` from ./results/kernel-mse.csv; rerun it rather than editing this file.
$line1 << EOD
0.02237077186 1.523455338e-05 1.50599473167e-05 1.5409159443299998e-05
0.04076220398 0.0004056488708 0.00039049789046 0.00042079985114
0.09071795329 0.0112513002 0.00991852997 0.01258407043
0.201896518 0.2037515013 0.16606579622 0.24143720638
0.4493289641 2.561215217 2.0314123849 3.0910180491
1.0 25.97433118 20.414897838999998 31.533764521000002
2.718281828 475.2474666 322.5867588 627.9081744
7.389056099 9613.305407 4824.096583 14402.514231000001
EOD
$line2 << EOD
0.02237077186 2.575329488e-06 2.53905177811e-06 2.61160719789e-06
0.04076220398 0.0001710450587 0.000164307202362 0.00017778291503800001
0.09071795329 0.006132736599 0.0054287578871 0.0068367153109
0.201896518 0.1261281997 0.10046440581999999 0.15179199358
0.4493289641 1.721568797 1.2046115283 2.2385260657
1.0 16.91717758 10.929998134000002 22.904357026
2.718281828 224.5203598 158.98872602 290.05199358
7.389056099 3343.408094 2113.64108 4573.175107999999
EOD
$line3 << EOD
0.02237077186 93.47567814 92.5544017007 94.3969545793
0.04076220398 92.38053603 91.4628457549 93.2982263051
0.09071795329 91.77746187 90.87757322 92.67735051999999
0.201896518 91.67179841 90.77016343689999 92.5734333831
0.4493289641 91.89275142 90.992735383 92.792767457
1.0 92.13165359 91.2299562564 93.0333509236
2.718281828 92.18079797 91.2736353993 93.0879605407
7.389056099 89.95218242 89.0693066743 90.8350581657
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
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 title "positive: Lemma 2 (iid)", \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 title "hyperbolic: Lemma 2 (iid)", \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 title "trig: Lemma 2 (iid)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "kernel-mse-iid-pair_norm=2.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "hyperbolic", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 title "positive: Lemma 2 (iid)", \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 title "hyperbolic: Lemma 2 (iid)", \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 title "trig: Lemma 2 (iid)"
unset output
