# Written by `repro plot` from ./results/tasks-listops.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.042480375 0.01269525 0.074951003125
0.665625 0.181884875 0.15161137187499998 0.21215837812500002
1.327625 0.22412100000000001 0.21093725000000002 0.238037
1.993875 0.250732375 0.236328125 0.2651365
2.647 0.2663575 0.255126996875 0.27905275
EOD
$line2 << EOD
0.0 0.041748125 0.0112305 0.074463
0.7453749999999999 0.119873125 0.10766599687499998 0.13549825
1.4749999999999999 0.17797862500000003 0.15551762500000002 0.20191059687500004
2.205375 0.20947275 0.19580075000000002 0.22387712499999995
2.953875 0.2216795 0.210449 0.23120100000000005
EOD
$line3 << EOD
0.0 0.042480500000000004 0.01171875 0.075927875
0.7074999999999999 0.125976625 0.10107425 0.151611378125
1.387625 0.20922849999999998 0.18480814999999998 0.23046875312499998
2.061125 0.24633787499999998 0.23291 0.257324375
2.73325 0.25903325 0.24462887500000002 0.272705125
EOD
$line4 << EOD
0.0 0.053955 0.015850690625000007 0.09278558125000005
0.717 0.23706050000000004 0.22338874375 0.24975575000000003
1.415375 0.23217775 0.21923825 0.24633775312500003
2.1157500000000002 0.26049812499999997 0.23999025 0.28027349999999995
2.815 0.2731935 0.25854525 0.28735350000000004
EOD
$line5 << EOD
0.0 0.0427245 0.01269525 0.075195125
0.765625 0.1845705 0.153564871875 0.215576375
1.5373750000000002 0.22802725 0.211181375 0.244873125
2.3126249999999997 0.252197125 0.23754252812499999 0.265875221875
3.065375 0.264404125 0.252197 0.277343625
EOD
$line6 << EOD
0.0 0.052490125 0.026116771875 0.07861947812500003
0.669625 0.185791125 0.17016612500000003 0.20166024999999999
1.3547500000000001 0.209717 0.19189474999999998 0.22656262500000002
2.043 0.224121125 0.218506125 0.22876
2.730375 0.226318375 0.21141940625 0.24121100312500002
EOD
$line7 << EOD
0.0 0.05078125 0.016351271875 0.084472625
0.901125 0.18481449999999996 0.16796887187499995 0.204834125
1.7957500000000002 0.229003875 0.214111375 0.24267575
2.70125 0.22485325 0.198724025 0.243652003125
3.586875 0.26000975 0.24536125000000003 0.272460875
EOD
set title "ListOps: test accuracy vs training seconds (mean over seeds at each evaluation step; x: mean seconds)"
set xlabel "training seconds (steps only)"
set ylabel "test accuracy"
set grid
set key bottom right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, graph 0.03, graph 0.03
set autoscale xfix
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-listops-accuracy-vs-seconds.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer", \
     0.11914074999999999 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.119)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-listops-accuracy-vs-seconds.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer", \
     0.11914074999999999 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.119)"
unset output
