# Written by `repro plot` from ./results/kernel-mse.csv; rerun it rather than editing this file.
$line1 << EOD
0.4 0.9918273982 0.982290693447 1.001364102953
1.6 0.9983226456 0.9915687523779999 1.005076538822
3.2 0.9990251437 0.995358799096 1.002691488304
4.8 0.998832474 0.995621818692 1.0020431293079999
6.4 0.9995504301 0.996179008436 1.002921851764
8.0 0.9922152326 0.988710850772 0.9957196144279999
10.0 0.9969601371 0.993429057752 1.000491216448
12.0 0.9966080063 0.993062450266 1.000153562334
EOD
$line2 << EOD
0.4 0.8736005068 0.864823564705 0.882377448895
1.6 0.7719699365 0.766186826158 0.777753046842
3.2 0.8754280249 0.8721655788970001 0.878690470903
4.8 0.954814915 0.951676855702 0.9579529742980001
6.4 0.9888351015 0.985486456167 0.9921837468329999
8.0 0.9939244645 0.9904471191600001 0.99740180984
10.0 0.9991995731 0.9956839083329999 1.002715237867
12.0 1.002961592 0.9994495054189999 1.006473678581
EOD
$line3 << EOD
0.4 1.003803794 0.994003841303 1.013603746697
1.6 1.005749452 0.9987337320360001 1.012765171964
3.2 0.9994566765 0.9953549280480001 1.003558424952
4.8 0.9986796792 0.995472870355 1.001886488045
6.4 0.9979270615 0.994590182793 1.001263940207
8.0 1.002177664 0.99874037106 1.00561495694
10.0 0.9954661958 0.9919375328319999 0.998994858768
12.0 1.001359004 0.9978402833309999 1.004877724669
EOD
$line4 << EOD
0.4 0.2157768349 0.21310526166899998 0.218448408131
1.6 0.4295157123 0.426211243688 0.43282018091200003
3.2 0.735412891 0.7320482132199999 0.73877756878
4.8 0.909085408 0.905855523619 0.9123152923810001
6.4 0.9782212735 0.974893030008 0.981549516992
8.0 0.9860419924 0.982553851886 0.989530132914
10.0 0.9955413734 0.9920156393380001 0.999067107462
12.0 1.002311075 0.998798170992 1.005823979008
EOD
set title "Importance-sampled MSE / Lemma 2 (iid), m=16, d=16: 1 = agreement (+-1 s.e.) (pair\\_norm=2.0)"
set xlabel "|x + y|\\^2\n"
set ylabel "importance-sampled MSE / Lemma 2 MSE"
set logscale x 2
set format x "2^{%L}"
set grid
set key below nobox
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "kernel-mse-ratio-is-pair_norm=2.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "hyperbolic, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "hyperbolic, orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "agreement (1)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "kernel-mse-ratio-is-pair_norm=2.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "hyperbolic, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "hyperbolic, orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "agreement (1)"
unset output
