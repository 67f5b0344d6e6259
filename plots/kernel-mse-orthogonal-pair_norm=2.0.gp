# Written by `repro plot` from ./results/kernel-mse.csv; rerun it rather than editing this file.
$line1 << EOD
0.02237077186 1.338473937e-05 1.32572506212e-05 1.3512228118799999e-05
0.04076220398 0.0003108111448 0.0002994656234 0.0003221566662
0.09071795329 0.009015497815 0.008127154523700001 0.0099038411063
0.201896518 0.1901637991 0.1209538735 0.2593737247
0.4493289641 3.262543862 1.9268053889999999 4.5982823349999995
1.0 48.21333397 31.181143730000002 65.24552421
2.718281828 10702.95966 238.07702000000063 21167.8423
7.389056099 10754.21629 3637.8775940000005 17870.554986
EOD
$line2 << EOD
0.02237077186 5.257416865e-07 5.16978591093e-07 5.345047819069999e-07
0.04076220398 8.667335482e-05 7.294623385e-05 0.00010040047579000001
0.09071795329 0.003632237201 0.0032072617883000002 0.0040572126137
0.201896518 0.09642411609 0.07016268520999999 0.12268554697
0.4493289641 1.825236185 1.2790075575 2.3714648125
1.0 16.25927232 11.373049614000001 21.145495026
2.718281828 265.6671164 183.61702151 347.71721129
7.389056099 7988.282453 3958.029314 12018.535592
EOD
$line3 << EOD
0.02237077186 94.06729331 93.1493025458 94.9852840742
0.04076220398 92.9671356 92.04227617580001 93.8919950242
0.09071795329 92.57065587 91.6676289383 93.4736828017
0.201896518 93.77335619 92.8490726653 94.6976397147
0.4493289641 91.93468446 91.0377641163 92.8316048037
1.0 90.15652633 89.27379567380001 91.0392569862
2.718281828 83.09592916 82.3056677155 83.8861906045
7.389056099 60.72970771 60.1346670619 61.3247483581
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
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "Lemma 2 (iid)", \
     $overlay2_1 using 1:2 with lines linestyle 1 dashtype 3 notitle, \
     NaN with lines dashtype 3 linewidth 2 linecolor rgb "black" title "Theorem 2 bound (orthogonal)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "kernel-mse-orthogonal-pair_norm=2.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "hyperbolic", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "Lemma 2 (iid)", \
     $overlay2_1 using 1:2 with lines linestyle 1 dashtype 3 notitle, \
     NaN with lines dashtype 3 linewidth 2 linecolor rgb "black" title "Theorem 2 bound (orthogonal)"
unset output
