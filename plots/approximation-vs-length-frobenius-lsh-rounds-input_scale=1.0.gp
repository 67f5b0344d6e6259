# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 1.282055228 1.0742849708 1.4898254852
1024.0 1.53031363 1.2557745924 1.8048526676
2048.0 1.672107468 1.2670433545000002 2.0771715815
4096.0 1.798599107 0.842747409 2.7544508050000003
8192.0 1.727234027 1.0476390608 2.4068289932
EOD
$line2 << EOD
512.0 1.608152393 1.56031068032 1.6559941056799998
1024.0 2.722006938 2.65840533078 2.7856085452199997
2048.0 3.836543087 3.74965633886 3.92342983514
4096.0 5.850597683 5.7722910805200005 5.92890428548
8192.0 6.937898 6.857157497629999 7.01863850237
EOD
$line3 << EOD
512.0 1.14008942 1.10279273837 1.17738610163
1024.0 1.944870688 1.90236675322 1.98737462278
2048.0 2.750653174 2.69900120945 2.80230513855
4096.0 4.233273327 4.17529305212 4.29125360188
8192.0 5.04844519 4.99975481414 5.0971355658599995
EOD
$line4 << EOD
512.0 0.806221522 0.78930133374 0.8231417102599999
1024.0 1.421134832 1.4016675025199998 1.44060216148
2048.0 2.019599149 1.99745301306 2.0417452849399997
4096.0 3.145745198 3.12095555425 3.1705348417500003
8192.0 3.798727266 3.7726614472300004 3.82479308477
EOD
$line5 << EOD
512.0 0.5968616815 0.587718335905 0.6060050270949999
1024.0 1.059235157 1.04683905628 1.07163125772
2048.0 1.552296048 1.54131949865 1.5632725973500001
4096.0 2.442971415 2.4258981619 2.4600446681
8192.0 2.992162033 2.96847339918 3.01585066682
EOD
set title "Approximation error vs L: Reformer with 1, 2 (reformer),\n4 and 8 hash rounds, FAVOR+ for reference (bidirectional,\nd=16, 20 samples, +-1 std) (input\\_scale=1.0)"
set xlabel "sequence length L (tokens)"
set ylabel "relative Frobenius error |A - E|\\_F / |E|\\_F"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("1" 1.0, "2" 2.0, "5" 5.0)
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
set output "approximation-vs-length-frobenius-lsh-rounds-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "reformer-h1", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "reformer", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer-h4", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer-h8"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-frobenius-lsh-rounds-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "reformer-h1", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "reformer", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer-h4", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer-h8"
unset output
