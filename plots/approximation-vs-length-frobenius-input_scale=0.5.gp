# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.1334089119 0.11620868405000001 0.15060913975
1024.0 0.1871415977 0.15808526292 0.21619793248
2048.0 0.1771870343 0.16061257818 0.19376149042
4096.0 0.1439369467 0.13020860307 0.15766529033
8192.0 0.2079407768 0.17992307299000002 0.23595848061
EOD
$line2 << EOD
512.0 0.4264502755 0.4264502754999999 0.42645027550000003
1024.0 0.6554215178 0.6554215177999999 0.6554215178000001
2048.0 0.706126835 0.7061268349999996 0.7061268350000003
4096.0 0.4363478683 0.43634786829999983 0.43634786830000016
8192.0 0.629021485 0.6290214849999998 0.6290214850000002
EOD
$line3 << EOD
512.0 0.05394905584 0.051588914234 0.056309197446000006
1024.0 0.06838686 0.065435208666 0.07133851133399999
2048.0 0.06454791001 0.061757852133 0.067337967887
4096.0 0.05544906895 0.053259302108 0.057638835792
8192.0 0.07750858965 0.074726151542 0.080291027758
EOD
$line4 << EOD
512.0 0.893664471 0.8936644709999996 0.8936644710000005
1024.0 2.127611226 2.127611225999999 2.127611226000001
2048.0 2.877343272 2.877343271999999 2.877343272000001
4096.0 3.728440931 3.728440931 3.728440931
8192.0 7.423493981 7.423493980999998 7.423493981000002
EOD
$line5 << EOD
512.0 0.1486045425 0.13614617227999998 0.16106291272
1024.0 1.102036115 1.06581471836 1.13825751164
2048.0 1.870686226 1.83283751093 1.9085349410699999
4096.0 2.443531154 2.41031655538 2.47674575262
8192.0 5.201602756 5.11742525454 5.28578025746
EOD
$line6 << EOD
512.0 1.951376319 1.5737075214 2.3290451166
1024.0 5.104604097 4.1525483450000005 6.056659849
2048.0 10.3654339 9.241233550999999 11.489634249
4096.0 23.17684596 21.324192417000003 25.029499503
8192.0 106.6349638 101.539440054 111.73048754599999
EOD
$line7 << EOD
512.0 1.028416111 0.9869356253100001 1.06989659669
1024.0 2.052323359 1.98763560007 2.1170111179299997
2048.0 2.948103164 2.87593769977 3.0202686282299998
4096.0 3.629818635 3.5691677668699997 3.69046950313
8192.0 6.99163344 6.92402778144 7.05923909856
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
