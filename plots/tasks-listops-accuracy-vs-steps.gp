# Written by `repro plot` from ./results/tasks-listops.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.026171800000000002 -0.01665012435021817 0.06899372435021817
50.0 0.17695319999999998 0.1140036231404593 0.23990277685954065
100.0 0.2308592 0.20045349757398 0.26126490242601996
150.0 0.2511718 0.2278102948076919 0.2745333051923081
200.0 0.2671876 0.24852847361148014 0.28584672638851993
EOD
$line2 << EOD
0.0 0.024609399999999997 -0.019697407185816453 0.06891620718581645
50.0 0.1242188 0.09165555591503863 0.15678204408496138
100.0 0.1859376 0.13531783715139561 0.2365573628486044
150.0 0.21953119999999998 0.19567108341941594 0.24339131658058402
200.0 0.2265624 0.2067123895241683 0.2464124104758317
EOD
$line3 << EOD
0.0 0.025390600000000003 -0.01965334073875216 0.07043454073875216
50.0 0.12929680000000002 0.0858004374425267 0.17279316255747335
100.0 0.2203124 0.1803388856575035 0.2602859143424965
150.0 0.25 0.234952501945339 0.265047498054661
200.0 0.26406260000000004 0.23809014671358492 0.29003505328641516
EOD
$line4 << EOD
0.0 0.036718600000000004 -0.02276767043066861 0.09620487043066861
50.0 0.2492186 0.23501571787410105 0.263421482125899
100.0 0.236328 0.20503599144494394 0.2676200085550561
150.0 0.2664062 0.22646211741039804 0.30635028258960195
200.0 0.2804688 0.25113665258039214 0.3098009474196079
EOD
$line5 << EOD
0.0 0.026562400000000003 -0.016601482468403015 0.06972628246840303
50.0 0.18007820000000002 0.11613677096644101 0.24401962903355903
100.0 0.24375 0.2207176609517983 0.2667823390482017
150.0 0.25781240000000005 0.23759548543766315 0.278029314562337
200.0 0.26328100000000004 0.23725227891899853 0.28930972108100156
EOD
$line6 << EOD
0.0 0.051562399999999994 0.0004165104250069482 0.10270828957499303
50.0 0.1832034 0.15137993331503638 0.2150268666849636
100.0 0.2253908 0.20286233503956191 0.2479192649604381
150.0 0.2289062 0.22492099046913822 0.2328914095308618
200.0 0.240625 0.22378856976334044 0.25746143023665957
EOD
set title "ListOps: test accuracy vs training steps (mean and 95% t-interval over seeds)"
set xlabel "training step"
set ylabel "test accuracy"
set grid
set key bottom right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, 0, 0
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-listops-accuracy-vs-steps.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.113281 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.113)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-listops-accuracy-vs-steps.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.113281 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.113)"
unset output
