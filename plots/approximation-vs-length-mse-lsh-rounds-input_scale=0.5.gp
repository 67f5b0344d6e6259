# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 5.329122641e-05 3.678641796000001e-05 6.979603486e-05
1024.0 2.708822406e-05 1.6855051660000002e-05 3.732139646e-05
2048.0 1.625243491e-05 1.0171382877e-05 2.2333486943000002e-05
4096.0 6.051848504e-06 4.998714687e-06 7.104982321e-06
8192.0 3.125724684e-06 1.9308572490000003e-06 4.320592119e-06
EOD
$line2 << EOD
512.0 0.006888275787 0.0062204955093 0.0075560560647
1024.0 0.008532341358 0.0079146599683 0.0091500227477
2048.0 0.009220431524 0.0087281751072 0.009712687940800002
4096.0 0.009141469743 0.008854612186 0.009428327299999999
8192.0 0.009325160372 0.0090239127953 0.009626407948699999
EOD
$line3 << EOD
512.0 0.003675347976 0.0033042733949 0.0040464225571
1024.0 0.004335124944 0.004108692689499999 0.0045615571985
2048.0 0.004754305567 0.0045349463945 0.0049736647395
4096.0 0.004742946121 0.004546140698299999 0.0049397515437
8192.0 0.0048911469 0.004798527402799999 0.0049837663972
EOD
$line4 << EOD
512.0 0.001879765043 0.0017365285157 0.0020230015703
1024.0 0.002198711405 0.0020978095323 0.0022996132777
2048.0 0.002507766076 0.00245412004791 0.00256141210409
4096.0 0.002527987161 0.00247115010742 0.00258482421458
8192.0 0.002660096408 0.00261522366066 0.0027049691553399998
EOD
$line5 << EOD
512.0 0.0009883064065 0.0009318906613000001 0.0010447221517
1024.0 0.001192192526 0.0011538455393 0.0012305395127
2048.0 0.001399307401 0.00137014734699 0.0014284674550099998
4096.0 0.001445205587 0.00141928132373 0.00147112985027
8192.0 0.001574992688 0.0015534455582 0.0015965398178
EOD
set title "Attention-output MSE vs L: Reformer with 1, 2 (reformer),\n4 and 8 hash rounds, FAVOR+ for reference (bidirectional,\nd=16, 20 samples, +-1 std) (input\\_scale=0.5)"
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
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "approximation-vs-length-mse-lsh-rounds-input_scale=0.5.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "reformer-h1", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "reformer", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer-h4", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer-h8"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-mse-lsh-rounds-input_scale=0.5.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "reformer-h1", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "reformer", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer-h4", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer-h8"
unset output
