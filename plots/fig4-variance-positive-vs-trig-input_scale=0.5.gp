# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 9.45000718e-05 4.060096537999999e-05 0.00014839917822
32.0 5.169231129e-05 3.1127060630000005e-05 7.225756195e-05
64.0 2.779504361e-05 1.9585271937e-05 3.6004815283e-05
128.0 1.632009435e-05 7.817565488000001e-06 2.4822623212e-05
256.0 9.020915177e-06 5.4808159390000004e-06 1.2561014415e-05
512.0 4.782022144e-06 3.63048316e-06 5.933561128e-06
EOD
$line2 << EOD
16.0 6.371583265e-05 3.872750211e-05 8.870416319e-05
32.0 3.108853889e-05 2.1092110890999996e-05 4.1084966889e-05
64.0 3.061013586e-05 7.46365235e-06 5.375661937e-05
128.0 1.209703846e-05 6.9345537260000006e-06 1.7259523194e-05
256.0 6.761159768e-06 4.914699514e-06 8.607620022e-06
512.0 3.70227451e-06 3.0363504554e-06 4.3681985646e-06
EOD
$line3 << EOD
16.0 0.0006663447781 6.663447781000001e-05 0.0021909159401
32.0 3.364294172e-05 1.1855449680000004e-05 5.543043376e-05
64.0 1.56872076e-05 1.56872076e-06 3.5367362840000005e-05
128.0 4.896644147e-06 4.355179302e-06 5.438108992e-06
256.0 2.342385384e-06 2.1365077534e-06 2.5482630146e-06
512.0 1.166780331e-06 1.0422876936e-06 1.2912729683999999e-06
EOD
$line4 << EOD
16.0 2.857477342e-05 2.857477342e-06 6.666066906e-05
32.0 7.336431697e-06 5.758474411e-06 8.914388983e-06
64.0 4.113846615e-06 3.0939402789999994e-06 5.133752951e-06
128.0 1.836072519e-06 1.6857418696e-06 1.9864031684e-06
256.0 9.289399463e-07 8.5000330608e-07 1.00787658652e-06
512.0 4.737116489e-07 4.385851533e-07 5.088381445e-07
EOD
set title "Fig. 4: positive vs trig features (L=4096, d=16, 15 samples, +-1 std) (input\\_scale=0.5)"
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
set output "fig4-variance-positive-vs-trig-input_scale=0.5.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "trig, orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-positive-vs-trig-input_scale=0.5.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "trig, orthogonal"
unset output
