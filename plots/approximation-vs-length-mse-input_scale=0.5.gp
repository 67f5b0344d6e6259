# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 5.128183067e-05 4.062454719e-05 6.193911415e-05
1024.0 2.307759781e-05 2.1197968691999997e-05 2.4957226928e-05
2048.0 1.217327105e-05 1.1102459772000001e-05 1.3244082328e-05
4096.0 5.6176386e-06 5.4466384058e-06 5.7886387941999996e-06
8192.0 2.87956351e-06 2.7626823361e-06 2.9964446839e-06
EOD
$line2 << EOD
512.0 0.0005836227893 0.0005836227893 0.0005836227893
1024.0 0.0003248312924 0.0003248312924 0.0003248312924
2048.0 0.0001268557343 0.0001268557343 0.0001268557343
4096.0 7.372261831e-05 7.372261831e-05 7.372261831e-05
8192.0 3.060584108e-05 3.060584108e-05 3.060584108e-05
EOD
$line3 << EOD
512.0 8.735873746e-06 7.9476420963e-06 9.524105395700001e-06
1024.0 4.167905408e-06 3.9834719967999994e-06 4.3523388192e-06
2048.0 2.008915557e-06 1.8621515447999999e-06 2.1556795692e-06
4096.0 1.030332904e-06 9.5245982785e-07 1.1082059801500001e-06
8192.0 4.84958921e-07 4.4563928916999996e-07 5.2427855283e-07
EOD
$line4 << EOD
512.0 0.002720982539 0.002720982539 0.002720982539
1024.0 0.003558811813 0.003558811813 0.003558811813
2048.0 0.004316202407 0.004316202407 0.004316202407
4096.0 0.004281269006 0.004281269006 0.004281269006
8192.0 0.004232567747 0.004232567747 0.004232567747
EOD
$line5 << EOD
512.0 8.788024262e-05 8.2164540654e-05 9.3595944586e-05
1024.0 0.0009725036557 0.00094531152931 0.00099969578209
2048.0 0.001485126569 0.0014559482845099999 0.00151430485349
4096.0 0.002103418476 0.00203870986677 0.00216812708523
8192.0 0.001942198849 0.0019198171138200002 0.00196458058418
EOD
$line6 << EOD
512.0 0.009660641438 0.007427941645 0.011893341231
1024.0 0.0229433372 0.014924995513 0.030961678887
2048.0 0.04075123419 0.038051657188 0.043450811192
4096.0 0.1631001857 0.15004607907 0.17615429233000002
8192.0 0.8404461802 0.79097690625 0.88991545415
EOD
set title "Attention-output MSE vs L at a fixed budget (bidirectional, d=16, 3 samples, +-1 std) (input\\_scale=0.5)"
set xlabel "sequence length L (tokens)"
set ylabel "MSE of the attention output (per element)"
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
set output "approximation-vs-length-mse-input_scale=0.5.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-mse-input_scale=0.5.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer"
unset output
