# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.009325377448 0.006260493919999999 0.012390260976
1024.0 0.006239337843 0.004052630534 0.008426045152
2048.0 0.003982746016 0.0017225471909999997 0.006242944840999999
4096.0 0.002660025435 0.0002660025435 0.006941979785
8192.0 0.001324717801 1.2210615000000057e-05 0.002637224987
EOD
$line2 << EOD
512.0 0.01211878651 0.0113999482909 0.0128376247291
1024.0 0.01487019749 0.0141733577002 0.015567037279800001
2048.0 0.01583346743 0.015119343243200002 0.0165475916168
4096.0 0.01533128122 0.0149207966845 0.0157417657555
8192.0 0.01440672982 0.0140721606328 0.0147412990072
EOD
$line3 << EOD
512.0 0.006091985852 0.005690423644800001 0.0064935480592
1024.0 0.007590870099 0.0072608812982 0.0079208588998
2048.0 0.008137695622 0.007835719510600001 0.0084396717334
4096.0 0.008026645548 0.0078071539475 0.0082461371485
8192.0 0.007627942031 0.0074808990746 0.0077749849874
EOD
$line4 << EOD
512.0 0.003044599688 0.0029170300405 0.0031721693355
1024.0 0.004051921932 0.0039410431066 0.0041628007574
2048.0 0.004385956105 0.0042897152557599995 0.00448219695424
4096.0 0.004431765593 0.00436197976711 0.004501551418889999
8192.0 0.004318663539 0.004259506171770001 0.00437782090623
EOD
$line5 << EOD
512.0 0.00166833763 0.00161715298217 0.0017195222778300001
1024.0 0.002250890482 0.00219829959053 0.00230348137347
2048.0 0.002590920265 0.0025542590448299997 0.00262758148517
4096.0 0.002672766369 0.00263549005483 0.00271004268317
8192.0 0.002679475505 0.00263723035279 0.00272172065721
EOD
set title "Attention-output MSE vs L: Reformer with 1, 2 (reformer),\n4 and 8 hash rounds, FAVOR+ for reference (bidirectional,\nd=16, 20 samples, +-1 std) (input\\_scale=1.0)"
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
set output "approximation-vs-length-mse-lsh-rounds-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "reformer-h1", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "reformer", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer-h4", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer-h8"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-mse-lsh-rounds-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "reformer-h1", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "reformer", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer-h4", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer-h8"
unset output
