# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.1727200589 0.15432895427 0.19111116353
1024.0 0.1700342567 0.163134517821 0.176933995579
2048.0 0.1815396838 0.17353430741499998 0.189545060185
4096.0 0.2028071156 0.199706446599 0.205907784601
8192.0 0.1908039194 0.18690773666899999 0.194700102131
EOD
$line2 << EOD
512.0 0.5848739596 0.5848739596 0.5848739596
1024.0 0.6382756822 0.6382756822 0.6382756822
2048.0 0.5864139612 0.5864139612 0.5864139612
4096.0 0.7347515341 0.7347515340999999 0.7347515341000002
8192.0 0.6221376354 0.6221376354 0.6221376354
EOD
$line3 << EOD
512.0 0.07150764695 0.068268435541 0.07474685835900001
1024.0 0.07228826499 0.070692944383 0.073883585597
2048.0 0.0737624715 0.071057224329 0.076467718671
4096.0 0.08681986523 0.083513896417 0.09012583404300001
8192.0 0.07826958054 0.075056758369 0.08148240271099999
EOD
$line4 << EOD
512.0 1.26287115 1.26287115 1.26287115
1024.0 2.112671045 2.112671045 2.112671045
2048.0 3.420583141 3.420583141 3.420583141
4096.0 5.599205207 5.599205207 5.599205207
8192.0 7.316211873 7.316211873 7.316211873
EOD
$line5 << EOD
512.0 0.2268746696 0.21943101661199998 0.234318322588
1024.0 1.104324198 1.08885577709 1.11979261891
2048.0 2.006398013 1.9867411374000001 2.0260548886
4096.0 3.924358556 3.86396062137 3.98475649063
8192.0 4.955943615 4.9273931373 4.984494092699999
EOD
$line6 << EOD
512.0 2.369384938 2.0999810258 2.6387888502
1024.0 5.312635407 4.4035937077 6.2216771063000005
2048.0 10.50656858 10.1585978761 10.8545392839
4096.0 34.54087394 33.151700545 35.930047335
8192.0 103.0651824 100.008532713 106.121832087
EOD
set title "Approximation error vs L at a fixed budget (bidirectional, d=16, 3 samples, +-1 std) (input\\_scale=0.5)"
set xlabel "sequence length L (tokens)"
set ylabel "relative Frobenius error |A - E|\\_F / |E|\\_F"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key outside right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "approximation-vs-length-frobenius-input_scale=0.5.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-frobenius-input_scale=0.5.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer"
unset output
