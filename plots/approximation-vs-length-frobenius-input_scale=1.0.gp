# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 1.248881615 1.1335127507 1.3642504792999999
1024.0 1.266370623 1.1065289018 1.4262123442
2048.0 1.591427725 1.58135658742 1.60149886258
4096.0 1.507401289 1.41470343603 1.60009914197
8192.0 1.743965523 1.4322275208 2.0557035251999998
EOD
$line2 << EOD
512.0 0.7747538722 0.7747538722 0.7747538722
1024.0 0.75742553 0.7574255299999999 0.7574255300000001
2048.0 0.7521023756 0.7521023756 0.7521023756
4096.0 0.7749596531 0.7749596531 0.7749596531
8192.0 0.7920631288 0.7920631288 0.7920631288
EOD
$line3 << EOD
512.0 13.67593777 8.950997652000002 18.400877888
1024.0 7.418725395 5.736319208 9.101131582
2048.0 12.98652053 10.826704543 15.146336517
4096.0 29.87285821 8.741782790000002 51.00393363
8192.0 27.51274505 19.674357205 35.351132895
EOD
$line4 << EOD
512.0 1.176269222 1.176269222 1.176269222
1024.0 1.832776925 1.8327769249999997 1.8327769250000001
2048.0 2.965130647 2.9651306469999996 2.9651306470000005
4096.0 4.033301099 4.033301099 4.033301099
8192.0 5.987777514 5.987777514 5.987777514
EOD
$line5 << EOD
512.0 0.2132976792 0.20091600766 0.22567935074
1024.0 0.9857770918 0.97063348062 1.00092070298
2048.0 1.812445631 1.8032304371269998 1.821660824873
4096.0 2.77722878 2.75922186768 2.7952356923200004
8192.0 4.106999009 4.085648884 4.128349134
EOD
$line6 << EOD
512.0 3.344361629 3.2345671768999997 3.4541560811
1024.0 10.69219195 10.199931747199999 11.1844521528
2048.0 34.99459268 34.421628363399996 35.5675569966
4096.0 93.06617317 92.4198600026 93.7124863374
8192.0 229.4349433 226.41900339 232.45088320999997
EOD
set title "Approximation error vs L at a fixed budget (bidirectional, d=16, 3 samples, +-1 std) (input\\_scale=1.0)"
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
set output "approximation-vs-length-frobenius-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-frobenius-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer"
unset output
