# Written by `repro plot` from ./results/tasks-mqar.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.28776033333333334 0.25811536977793076 0.3174052968887359
64.0 0.28613299999999997 0.26718588365336254 0.3050801163466374
256.0 0.752279 -0.22174326231874963 1.7263012623187497
EOD
$line2 << EOD
16.0 0.20003233333333334 0.17801942390652364 0.22204524276014304
64.0 0.200358 0.1803407258803573 0.22037527411964272
256.0 0.556315 -0.4025189544282701 1.5151489544282701
EOD
set title "MQAR (L = 32): FAVOR+ (positive, orthogonal) final test accuracy vs random features m, one line per number of pairs"
set xlabel "random features m"
set ylabel "test accuracy"
set logscale x 2
set format x "2^{%L}"
set grid
set key bottom right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, 0, 0
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-mqar-accuracy-vs-features.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "pairs=4", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "pairs=8"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-mqar-accuracy-vs-features.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "pairs=4", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "pairs=8"
unset output
