# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 7.113296744e-06 4.911857075000001e-06 9.314736413e-06
32.0 3.520249659e-06 2.037454401e-06 5.0030449169999996e-06
64.0 1.703652791e-06 1.0050588555e-06 2.4022467265e-06
128.0 7.774666655e-07 5.403200144e-07 1.0146133166e-06
256.0 3.830567524e-07 2.3587179279999998e-07 5.30241712e-07
512.0 2.015577044e-07 1.2287465816999999e-07 2.8024075063e-07
EOD
$line2 << EOD
16.0 4.693273735e-06 3.0740612119999994e-06 6.312486258e-06
32.0 2.15165582e-06 1.1601318565e-06 3.1431797835e-06
64.0 1.437130854e-06 8.385698127000001e-07 2.0356918953e-06
128.0 6.077569799e-07 3.6342740419999996e-07 8.520865555999999e-07
256.0 3.535528046e-07 1.6742065180000002e-07 5.396849574e-07
512.0 1.883568536e-07 8.823843689999999e-08 2.884752703e-07
EOD
$line3 << EOD
16.0 1.930462567e-06 1.2368034968e-06 2.6241216371999998e-06
32.0 8.841479591e-07 6.896975532e-07 1.078598365e-06
64.0 4.128662015e-07 3.4214585875e-07 4.8358654425e-07
128.0 1.929813115e-07 1.6354234528e-07 2.2242027771999998e-07
256.0 9.399665085e-08 8.286740912e-08 1.0512589258e-07
512.0 4.702784078e-08 3.9541660685e-08 5.4514020875000004e-08
EOD
$line4 << EOD
16.0 1.619808788e-07 1.145607899e-07 2.094009677e-07
32.0 8.127543273e-08 6.043415107000001e-08 1.0211671439e-07
64.0 4.487183093e-08 3.262305887e-08 5.7120602990000003e-08
128.0 1.923392244e-08 1.6278269043e-08 2.2189575837e-08
256.0 1.014538856e-08 8.680479651999999e-09 1.1610297468e-08
512.0 4.796812001e-09 4.0635857991e-09 5.5300382029e-09
EOD
set title "Fig. 4: positive vs trig features (L=4096, d=16, 15 samples, +-1 std) (input\\_scale=0.25)"
set xlabel "random features m"
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
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig4-variance-positive-vs-trig-input_scale=0.25.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "trig, orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-positive-vs-trig-input_scale=0.25.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "trig, orthogonal"
unset output
