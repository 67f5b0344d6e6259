# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.002856428591 0.00028564285910000003 0.00584491985
32.0 0.003010043334 0.0003010043334 0.006705961869
64.0 0.002546680353 0.0002546680353 0.0054731084409999995
128.0 0.002040504766 0.0007300941519999998 0.0033509153799999997
256.0 0.002095529061 0.0009149615019999999 0.0032760966199999997
512.0 0.002186467354 3.9220863999999984e-05 0.0043337138439999996
EOD
$line2 << EOD
16.0 0.002805551432 0.00028055514319999997 0.006235715612
32.0 0.002430432847 0.0009826577709999998 0.003878207923
64.0 0.002539475894 0.0006371280680000002 0.00444182372
128.0 0.002421778686 0.00025349424900000025 0.004590063123
256.0 0.002028918199 0.0007166649469999998 0.003341171451
512.0 0.002276028524 4.627520299999976e-05 0.004505781845
EOD
$line3 << EOD
16.0 7014.423369 701.4423369 61625.006889
32.0 4269.425281 426.9425281 43038.896231000006
64.0 2617.540788 261.7540788 20104.061068
128.0 5711.999608 571.1999608 53924.044888
256.0 483.8573608 48.38573608 6089.6321038
512.0 1.292004432 0.1292004432 7.715532286999999
EOD
$line4 << EOD
16.0 15375.43813 1537.543813 118701.24673
32.0 36773.29372 3677.329372 481356.57652
64.0 1472452.058 147245.2058 19504377.137999997
128.0 857.3407353 85.73407353 10447.6404023
256.0 60.22884559 6.0228845589999995 458.64590659
512.0 14.71729228 1.471729228 105.77555874
EOD
set title "Fig. 4: positive vs trig features (L=4096, d=16, 150 samples, mean +-1 std) (input\\_scale=1.0)"
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
set output "fig4-variance-positive-vs-trig-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "trig, orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-positive-vs-trig-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "trig, orthogonal"
unset output
