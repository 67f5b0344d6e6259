# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.1334089119 0.11620868405000001 0.15060913975
1024.0 0.1871415977 0.15808526292 0.21619793248
2048.0 0.1771870343 0.16061257818 0.19376149042
4096.0 0.1439369467 0.13020860307 0.15766529033
8192.0 0.2079407768 0.17992307299000002 0.23595848061
EOD
$line2 << EOD
512.0 1.490877211 1.4268792565 1.5548751655
1024.0 2.868289094 2.7436009104 2.9929772776
2048.0 4.105473452 3.9795409054 4.2314059986
4096.0 5.083666928 4.9770384083 5.1902954477000005
8192.0 9.626497301 9.4730401043 9.7799544977
EOD
$line3 << EOD
512.0 1.028416111 0.9869356253100001 1.06989659669
1024.0 2.052323359 1.98763560007 2.1170111179299997
2048.0 2.948103164 2.87593769977 3.0202686282299998
4096.0 3.629818635 3.5691677668699997 3.69046950313
8192.0 6.99163344 6.92402778144 7.05923909856
EOD
$line4 << EOD
512.0 0.7542267422 0.7281122031899999 0.78034128121
1024.0 1.486558911 1.44874909288 1.5243687291199999
2048.0 2.155013233 2.12800834167 2.18201812433
4096.0 2.657106923 2.62719511429 2.6870187317100003
8192.0 5.162470667 5.10727918251 5.21766215149
EOD
$line5 << EOD
512.0 0.5474367889 0.53150103589 0.5633725419100001
1024.0 1.082750476 1.06402997555 1.10147097645
2048.0 1.59862545 1.5792877133899998 1.61796318661
4096.0 2.000961355 1.9807690284 2.0211536816
8192.0 3.948662128 3.91786517222 3.97945908378
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
