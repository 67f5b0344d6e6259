# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 5.329122641e-05 3.678641796000001e-05 6.979603486e-05
1024.0 2.708822406e-05 1.6855051660000002e-05 3.732139646e-05
2048.0 1.625243491e-05 1.0171382877e-05 2.2333486943000002e-05
4096.0 6.051848504e-06 4.998714687e-06 7.104982321e-06
8192.0 3.125724684e-06 1.9308572490000003e-06 4.320592119e-06
EOD
$line2 << EOD
512.0 0.0006560879582 0.0006560879581999999 0.0006560879582000001
1024.0 0.000271927814 0.00027192781399999993 0.00027192781400000004
2048.0 0.0001449102882 0.00014491028819999994 0.00014491028820000005
4096.0 6.441937117e-05 6.441937116999999e-05 6.441937117000002e-05
8192.0 3.158320937e-05 3.158320936999999e-05 3.1583209370000015e-05
EOD
$line3 << EOD
512.0 7.261992291e-06 6.5850100486000005e-06 7.9389745334e-06
1024.0 3.385363141e-06 3.0214087981999997e-06 3.7493174838e-06
2048.0 1.93029045e-06 1.7251768657999998e-06 2.1354040341999997e-06
4096.0 8.922538166e-07 8.133132597200001e-07 9.7119437348e-07
8192.0 4.450686252e-07 4.0486042133999996e-07 4.8527682906e-07
EOD
$line4 << EOD
512.0 0.002046330969 0.0020463309689999994 0.0020463309690000003
1024.0 0.004486730594 0.004486730593999999 0.004486730594000001
2048.0 0.003507074318 0.003507074317999999 0.0035070743180000007
4096.0 0.004017010075 0.004017010075 0.004017010075
8192.0 0.004478598912 0.004478598911999998 0.004478598912000002
EOD
$line5 << EOD
512.0 7.640558734e-05 6.884960797e-05 8.396156670999999e-05
1024.0 0.001054785156 0.0009868122154899999 0.00112275809651
2048.0 0.001510875266 0.0014304100898100002 0.00159134044219
4096.0 0.001759688088 0.00170076412523 0.00181861205077
8192.0 0.001825259416 0.00177353105988 0.00187698777212
EOD
$line6 << EOD
512.0 0.01203288533 0.007208743106 0.016857027554
1024.0 0.02002533437 0.015031383027000002 0.025019285713
2048.0 0.05050950448 0.03859670466 0.0624223043
4096.0 0.1880599209 0.16372130135000001 0.21239854045
8192.0 0.8536768809 0.7718709989200001 0.93548276288
EOD
$line7 << EOD
512.0 0.003675347976 0.0033042733949 0.0040464225571
1024.0 0.004335124944 0.004108692689499999 0.0045615571985
2048.0 0.004754305567 0.0045349463945 0.0049736647395
4096.0 0.004742946121 0.004546140698299999 0.0049397515437
8192.0 0.0048911469 0.004798527402799999 0.0049837663972
EOD
set title "Attention-output MSE vs L at a fixed budget (bidirectional,\nd=16, 20 samples, +-1 std) (input\\_scale=0.5)"
set xlabel "sequence length L (tokens)"
set ylabel "MSE of the attention output (per element)"
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
set output "approximation-vs-length-mse-input_scale=0.5.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-mse-input_scale=0.5.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer"
unset output
