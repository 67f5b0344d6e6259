# Written by `repro plot` from ./results/tasks-mqar.csv; rerun it rather than editing this file.
$line1 << EOD
1.0 1.0 1.0 1.0
2.0 0.28613299999999997 0.26718588365336254 0.3050801163466374
3.0 0.7734373333333333 -0.19929274053446844 1.746167407201135
4.0 0.02181 0.01439909791785743 0.02922090208214257
5.0 0.9195963333333333 0.5736434767666667 1.2655491899
EOD
$line2 << EOD
1.0 1.0 1.0 1.0
2.0 0.200358 0.1803407258803573 0.22037527411964272
3.0 0.4003906666666666 -0.42322982010970983 1.2240111534430431
4.0 0.152181 0.136727462349485 0.16763453765051503
5.0 0.7605793333333334 -0.22142307892795032 1.742581745594617
EOD
set title "MQAR (L = 32): final test accuracy by mechanism, one line per number of pairs (mean and 95% t-interval over seeds)"
set xlabel "mechanism (1 exact, 2 performer-softmax m = 64, 3 performer-relu, 4 local, 5 block-sparse)"
set ylabel "test accuracy"
set grid
set key outside right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, 0, 0
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-mqar-accuracy-vs-mechanism.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "pairs=4", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "pairs=8"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-mqar-accuracy-vs-mechanism.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "pairs=4", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "pairs=8"
unset output
