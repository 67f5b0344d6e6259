# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.1366362903 0.11551515921 0.15775742138999999
1024.0 0.170647053 0.14076870942 0.20052539658
2048.0 0.2502229027 0.20299875335000003 0.29744705205000005
4096.0 0.1297776337 0.11846366206 0.14109160534
8192.0 0.1288381608 0.10721518576999998 0.15046113582999998
EOD
$line2 << EOD
512.0 1.452991127 1.383337917 1.522644337
1024.0 2.743615439 2.64418065416 2.84305022384
2048.0 4.897793175 4.7675839977 5.028002352300001
4096.0 4.778547571 4.70348639757 4.85360874443
8192.0 6.684736485 6.5774587696 6.792014200400001
EOD
$line3 << EOD
512.0 1.061240649 1.00810208432 1.11437921368
1024.0 1.956225329 1.90491938326 2.00753127474
2048.0 3.517251625 3.4357721428900003 3.59873110711
4096.0 3.441716537 3.37070862822 3.51272444578
8192.0 4.841679622 4.79574885035 4.88761039365
EOD
$line4 << EOD
512.0 0.7593399883 0.73052982002 0.7881501565800001
1024.0 1.393270514 1.3613005163999998 1.4252405116
2048.0 2.554998068 2.5277240020800003 2.58227213392
4096.0 2.513043633 2.4847229099100003 2.54136435609
8192.0 3.570616643 3.54045148901 3.6007817969900002
EOD
$line5 << EOD
512.0 0.5507538644 0.5349638583499999 0.56654387045
1024.0 1.026076297 1.00955705864 1.0425955353599998
2048.0 1.908554872 1.8886286812300002 1.92848106277
4096.0 1.900146499 1.88313956039 1.9171534376100001
8192.0 2.747507323 2.72869453713 2.7663201088699996
EOD
set title "Approximation error vs L: Reformer with 1, 2 (reformer),\n4 and 8 hash rounds, FAVOR+ for reference (bidirectional,\nd=16, 20 samples, +-1 std) (input\\_scale=0.5)"
set xlabel "sequence length L (tokens)"
set ylabel "relative Frobenius error |A - E|\\_F / |E|\\_F"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("0.2" 0.2, "0.5" 0.5, "1" 1.0, "2" 2.0, "5" 5.0)
set mytics 1
set grid
set key outside right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, graph 0.03, graph 0.03
set autoscale xfix
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "approximation-vs-length-frobenius-lsh-rounds-input_scale=0.5.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "reformer-h1", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "reformer", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer-h4", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer-h8"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-frobenius-lsh-rounds-input_scale=0.5.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "reformer-h1", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "reformer", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer-h4", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer-h8"
unset output
