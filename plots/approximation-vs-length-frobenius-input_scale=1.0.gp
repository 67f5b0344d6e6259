# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 1.282055228 1.0742849708 1.4898254852
1024.0 1.53031363 1.2557745924 1.8048526676
2048.0 1.672107468 1.2670433545000002 2.0771715815
4096.0 1.798599107 0.842747409 2.7544508050000003
8192.0 1.727234027 1.0476390608 2.4068289932
EOD
$line2 << EOD
512.0 0.6663488655 0.6663488655 0.6663488655
1024.0 0.739827424 0.739827424 0.739827424
2048.0 0.7214002095 0.7214002094999998 0.7214002095000001
4096.0 0.7885543063 0.7885543062999997 0.7885543063000003
8192.0 0.7182957852 0.7182957851999998 0.7182957852000003
EOD
$line3 << EOD
512.0 21.87746085 2.1877460849999997 59.52923691
1024.0 61.97857666 6.197857666 174.50365266
2048.0 103.2698747 10.32698747 448.6666649
4096.0 78.16026143 7.816026143 200.26581253
8192.0 54.64943168 5.464943168 173.30231198
EOD
$line4 << EOD
512.0 1.141423744 1.141423744 1.141423744
1024.0 1.985573405 1.985573405 1.985573405
2048.0 2.682534006 2.682534006 2.682534006
4096.0 4.038998544 4.038998544 4.038998544
8192.0 5.247490627 5.2474906269999995 5.247490627000001
EOD
$line5 << EOD
512.0 0.1782833882 0.16701302547 0.18955375093000001
1024.0 1.0154295 1.0030016288999999 1.0278573711
2048.0 1.703966812 1.68494757645 1.72298604755
4096.0 2.748598499 2.72673645216 2.77046054584
8192.0 3.679799274 3.6612002979300002 3.69839825007
EOD
$line6 << EOD
512.0 3.130339163 2.9228562133 3.3378221127
1024.0 10.51486094 10.0692547219 10.9604671581
2048.0 33.2078659 32.045966818000004 34.369764982
4096.0 92.19104512 90.122875915 94.259214325
8192.0 203.2658364 198.88192819000002 207.64974461
EOD
$line7 << EOD
512.0 1.14008942 1.10279273837 1.17738610163
1024.0 1.944870688 1.90236675322 1.98737462278
2048.0 2.750653174 2.69900120945 2.80230513855
4096.0 4.233273327 4.17529305212 4.29125360188
8192.0 5.04844519 4.99975481414 5.0971355658599995
EOD
set title "Approximation error vs L at a fixed budget (bidirectional,\nd=16, 20 samples, +-1 std) (input\\_scale=1.0)"
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
set output "approximation-vs-length-frobenius-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-frobenius-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer"
unset output
