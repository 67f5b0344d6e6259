# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.1366362903 0.11551515921 0.15775742138999999
1024.0 0.170647053 0.14076870942 0.20052539658
2048.0 0.2502229027 0.20299875335000003 0.29744705205000005
4096.0 0.1297776337 0.11846366206 0.14109160534
8192.0 0.1288381608 0.10721518576999998 0.15046113582999998
EOD
$line2 << EOD
512.0 0.4848343324 0.4848343323999999 0.4848343324000001
1024.0 0.5484903936 0.5484903936 0.5484903936
2048.0 0.7597025476 0.7597025476 0.7597025476
4096.0 0.4249387136 0.42493871359999996 0.4249387136000001
8192.0 0.4149841281 0.41498412809999996 0.41498412810000007
EOD
$line3 << EOD
512.0 0.0509554068 0.04857440909 0.05333640451
1024.0 0.06111808351 0.057888882961999996 0.064347284058
2048.0 0.0875626004 0.08288994498499999 0.092235255815
4096.0 0.04996424346 0.047754981569 0.052173505351
8192.0 0.04921559777 0.04700955283 0.05142164271
EOD
$line4 << EOD
512.0 0.8562493815 0.8562493814999995 0.8562493815000004
1024.0 2.227959062 2.2279590619999996 2.2279590620000005
2048.0 3.737373115 3.7373731149999996 3.7373731150000005
4096.0 3.355594846 3.3555948459999985 3.355594846000001
8192.0 4.941677986 4.941677985999999 4.941677986000001
EOD
$line5 << EOD
512.0 0.1652531016 0.156909270004 0.173596933196
1024.0 1.079718305 1.0449541282200001 1.11448248178
2048.0 2.45223183 2.38681497452 2.51764868548
4096.0 2.220640841 2.18353745654 2.2577442254599998
8192.0 3.154455474 3.1098447296500003 3.19906621835
EOD
$line6 << EOD
512.0 2.039721594 1.6414373617 2.4380058263
1024.0 4.673768913 4.1020691516 5.2454686744
2048.0 14.09109083 12.433522098000001 15.748659562
4096.0 22.91373798 21.42399335 24.40348261
8192.0 68.15337189 64.923671826 71.383071954
EOD
$line7 << EOD
512.0 1.061240649 1.00810208432 1.11437921368
1024.0 1.956225329 1.90491938326 2.00753127474
2048.0 3.517251625 3.4357721428900003 3.59873110711
4096.0 3.441716537 3.37070862822 3.51272444578
8192.0 4.841679622 4.79574885035 4.88761039365
EOD
set title "Approximation error vs L at a fixed budget (bidirectional,\nd=16, 20 samples, +-1 std) (input\\_scale=0.5)"
set xlabel "sequence length L (tokens)"
set ylabel "relative Frobenius error |A - E|\\_F / |E|\\_F"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key outside right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, 0, 0
set autoscale xfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "approximation-vs-length-frobenius-input_scale=0.5.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-frobenius-input_scale=0.5.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer"
unset output
