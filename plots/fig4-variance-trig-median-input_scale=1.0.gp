# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.002192253816
32.0 0.002050478625
64.0 0.001910575162
128.0 0.001805365397
256.0 0.001778523077
512.0 0.001590059589
EOD
$line2 << EOD
16.0 0.001883884482
32.0 0.001970144426
64.0 0.002037572162
128.0 0.001847827653
256.0 0.001633584793
512.0 0.001789869256
EOD
$line3 << EOD
16.0 76.85450642
32.0 23.94108896
64.0 12.53693761
128.0 3.369873687
256.0 0.7622728309
512.0 0.1063523568
EOD
$line4 << EOD
16.0 73.67495281
32.0 27.81180711
64.0 8.270215746
128.0 2.223503479
256.0 0.4461537304
512.0 0.09765876049
EOD
$overlay1_1 << EOD
16.0 0.001718162168
32.0 0.001566910124
64.0 0.001438477724
128.0 0.001308385441
256.0 0.001403584829
512.0 0.00124580376
EOD
$overlay1_2 << EOD
16.0 0.001489793824
32.0 0.001504567861
64.0 0.001480568378
128.0 0.001457331616
256.0 0.00129131775
512.0 0.001251229716
EOD
$overlay1_3 << EOD
16.0 24.21184914
32.0 9.683893216
64.0 4.274547519
128.0 1.209360365
256.0 0.2117208889
512.0 0.03816507299
EOD
$overlay1_4 << EOD
16.0 18.72441892
32.0 7.732952112
64.0 2.89165074
128.0 0.7415047248
256.0 0.1554902265
512.0 0.02559537868
EOD
$overlay2_1 << EOD
16.0 0.003088757215
32.0 0.003185082631
64.0 0.002775422232
128.0 0.002388220856
256.0 0.002344824715
512.0 0.002424611567
EOD
$overlay2_2 << EOD
16.0 0.00299106236
32.0 0.002856642469
64.0 0.002821403376
128.0 0.002454532682
256.0 0.002240454686
512.0 0.00241419309
EOD
$overlay2_3 << EOD
16.0 419.7553989
32.0 148.2199307
64.0 64.1321832
128.0 21.46113344
256.0 4.251938004
512.0 0.5356507604
EOD
$overlay2_4 << EOD
16.0 397.5462314
32.0 123.8037463
64.0 39.93140684
128.0 17.15183845
256.0 1.628362455
512.0 0.3689267933
EOD
set title "Fig. 4: median MSE (solid), 25% (dashed) and 75% (dotted) quantiles\nover 150 samples (trig's mean MSE is infinite) (input\\_scale=1.0)"
set xlabel "random features m"
set ylabel "MSE of the attention output (median, quartiles)"
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
set output "fig4-variance-trig-median-input_scale=1.0.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "positive, iid", \
     $line2 using 1:2 with linespoints linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2 with linespoints linestyle 3 title "trig, iid", \
     $line4 using 1:2 with linespoints linestyle 4 title "trig, orthogonal", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     $overlay1_4 using 1:2 with lines linestyle 4 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "25% quantile", \
     $overlay2_1 using 1:2 with lines linestyle 1 dashtype 3 notitle, \
     $overlay2_2 using 1:2 with lines linestyle 2 dashtype 3 notitle, \
     $overlay2_3 using 1:2 with lines linestyle 3 dashtype 3 notitle, \
     $overlay2_4 using 1:2 with lines linestyle 4 dashtype 3 notitle, \
     NaN with lines dashtype 3 linewidth 2 linecolor rgb "black" title "75% quantile"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-trig-median-input_scale=1.0.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "positive, iid", \
     $line2 using 1:2 with linespoints linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2 with linespoints linestyle 3 title "trig, iid", \
     $line4 using 1:2 with linespoints linestyle 4 title "trig, orthogonal", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     $overlay1_4 using 1:2 with lines linestyle 4 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "25% quantile", \
     $overlay2_1 using 1:2 with lines linestyle 1 dashtype 3 notitle, \
     $overlay2_2 using 1:2 with lines linestyle 2 dashtype 3 notitle, \
     $overlay2_3 using 1:2 with lines linestyle 3 dashtype 3 notitle, \
     $overlay2_4 using 1:2 with lines linestyle 4 dashtype 3 notitle, \
     NaN with lines dashtype 3 linewidth 2 linecolor rgb "black" title "75% quantile"
unset output
