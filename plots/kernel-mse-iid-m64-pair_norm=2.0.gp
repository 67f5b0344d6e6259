# Written by `repro plot` from ./results/kernel-mse.csv; rerun it rather than editing this file.
$line1 << EOD
0.02237077186 3.767522623e-06 3.7274668721499998e-06 3.80757837385e-06
0.04076220398 0.0001032649481 0.000100658001862 0.00010587189433800001
0.09071795329 0.002976486219 0.0027066599141 0.0032463125239
0.201896518 0.08153408866 0.05966162472 0.1034065526
0.4493289641 2.355606259 1.4323273741 3.2788851439
1.0 5.898064209 4.076883815 7.719244603
2.718281828 309.2815483 154.8755946 463.687502
7.389056099 6007.156272 2593.5405220000002 9420.772022000001
EOD
$line2 << EOD
0.02237077186 6.335037022e-07 6.266754121129999e-07 6.40331992287e-07
0.04076220398 4.202864227e-05 4.1064028320499996e-05 4.29932562195e-05
0.09071795329 0.001391732785 0.0012850410227 0.0014984245473
0.201896518 0.03671645651 0.029664768173 0.043768144847
0.4493289641 0.4509144662 0.38434026886999995 0.51748866353
1.0 5.121226454 4.138396165600001 6.1040567424
2.718281828 127.7457229 81.71894900000001 173.7724968
7.389056099 1764.897811 1261.7804911 2268.0151309000003
EOD
$line3 << EOD
0.02237077186 23.21923937 22.9900389646 23.4484397754
0.04076220398 22.85063234 22.6262030568 23.0750616232
0.09071795329 23.53261196 23.2968075556 23.7684163644
0.201896518 23.54293814 23.3105690898 23.7753071902
0.4493289641 23.07089009 22.8390278197 23.302752360299998
1.0 23.45560342 23.223906729899998 23.6873001101
2.718281828 23.17546116 22.9475966661 23.4033256539
7.389056099 22.49571867 22.2733237323 22.718113607699998
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
set title "iid W, m=64, d=16: measured MSE (+-1 s.e.) vs Lemma 2 (dashed) (pair\\_norm=2.0)"
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
set output "kernel-mse-iid-m64-pair_norm=2.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "hyperbolic", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "Lemma 2 (iid)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "kernel-mse-iid-m64-pair_norm=2.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "hyperbolic", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "Lemma 2 (iid)"
unset output
