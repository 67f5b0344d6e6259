# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01181447043 0.0035627111929999993 0.020066229667000002
1024.0 0.005837991718 0.0023384229929999997 0.009337560443
2048.0 0.00360765791 0.001927709999 0.005287605821
4096.0 0.00209077252 0.0011294275433 0.0030521174966999997
8192.0 0.001370117468 0.000250773301 0.0024894616349999997
EOD
$line2 << EOD
512.0 0.00295687058 0.00295687058 0.00295687058
1024.0 0.001343971741 0.0013439717409999994 0.0013439717410000007
2048.0 0.0007334363084 0.0007334363083999998 0.0007334363084000003
4096.0 0.0003598313509 0.0003598313509 0.0003598313509
8192.0 0.0001769495016 0.0001769495016 0.0001769495016
EOD
$line3 << EOD
512.0 14.69983127 1.4699831270000001 74.4567526
1024.0 2.804060346 0.2804060346 8.23426049
2048.0 6.201300124 0.6201300124 30.326531713999998
4096.0 3.176623508 0.3176623508 9.663225023
8192.0 6.218879895 0.6218879895 20.748825185
EOD
$line4 << EOD
512.0 0.007897384957 0.007897384957 0.007897384957
1024.0 0.009195555809 0.009195555808999998 0.009195555809000002
2048.0 0.009808981378 0.009808981377999999 0.009808981378000002
4096.0 0.01014681306 0.010146813059999999 0.010146813060000003
8192.0 0.01090596035 0.010905960349999997 0.010905960350000004
EOD
$line5 << EOD
512.0 0.0001860144294 0.0001481566624 0.0002238721964
1024.0 0.002390460901 0.0023135774853 0.0024673443166999998
2048.0 0.003940454814 0.0038657582898099997 0.00401515133819
4096.0 0.004629986102 0.004565968941609999 0.00469400326239
8192.0 0.005254663496 0.00519392245003 0.00531540454197
EOD
$line6 << EOD
512.0 0.05997300323 0.05407592533 0.06587008113000001
1024.0 0.3027143235 0.27905594715 0.32637269985
2048.0 1.49705428 1.4075230268899999 1.58658553311
4096.0 5.336814573 5.0439788090999995 5.6296503369
8192.0 16.2023357 15.4673255226 16.9373458774
EOD
$line7 << EOD
512.0 0.006402491045 0.0060934658253 0.0067115162647
1024.0 0.007493117629 0.0072495685302 0.0077366667278000005
2048.0 0.008033088891 0.0078397568829 0.008226420899100001
4096.0 0.007935512187 0.007730383064299999 0.008140641309699999
8192.0 0.007777130403 0.00768242080415 0.007871840001849999
EOD
set title "Attention-output MSE vs L at a fixed budget (bidirectional,\nd=16, 20 samples, +-1 std) (input\\_scale=1.0)"
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
set output "approximation-vs-length-mse-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-mse-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer"
unset output
