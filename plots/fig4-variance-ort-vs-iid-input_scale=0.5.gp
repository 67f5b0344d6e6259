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
set title "Fig. 4: positive features, orthogonal vs iid W (L=4096, d=16, 15 samples, +-1 std) (input\\_scale=0.5)"
set xlabel "random features m"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig4-variance-ort-vs-iid-input_scale=0.5.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-ort-vs-iid-input_scale=0.5.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
unset output
