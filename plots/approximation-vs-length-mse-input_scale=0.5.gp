# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 5.125907246e-05 3.72707491e-05 6.524739582000001e-05
1024.0 2.886306423e-05 1.9332009757e-05 3.8394118703e-05
2048.0 1.375995632e-05 1.120688956e-05 1.631302308e-05
4096.0 6.568893491e-06 5.26647906e-06 7.871307922000001e-06
8192.0 3.181631279e-06 2.2893834538e-06 4.0738791042e-06
EOD
$line2 << EOD
512.0 0.0005156242099 0.0005156242099 0.0005156242099
1024.0 0.0003461061611 0.00034610616109999987 0.0003461061611000001
2048.0 0.0002167321823 0.0002167321823 0.0002167321823
4096.0 5.985167493e-05 5.9851674929999964e-05 5.985167493000003e-05
8192.0 2.862036289e-05 2.8620362889999992e-05 2.8620362890000005e-05
EOD
$line3 << EOD
512.0 8.26709824e-06 7.5405692135999995e-06 8.993627266399999e-06
1024.0 3.774688983e-06 3.4483591145e-06 4.1010188515e-06
2048.0 1.814230684e-06 1.6566124617e-06 1.9718489063e-06
4096.0 9.679258358e-07 8.9126660106e-07 1.04458507054e-06
8192.0 4.35086103e-07 4.0376336983e-07 4.6640883617e-07
EOD
$line4 << EOD
512.0 0.002264360061 0.0022643600609999997 0.0022643600610000006
1024.0 0.003647140431 0.003647140431 0.003647140431
2048.0 0.003598664216 0.003598664216 0.003598664216
4096.0 0.00436983587 0.00436983587 0.00436983587
8192.0 0.003986216646 0.003986216645999998 0.003986216646000002
EOD
$line5 << EOD
512.0 6.303051006e-05 5.224113804e-05 7.381988208e-05
1024.0 0.0009795014191 0.00091547291189 0.00104352992631
2048.0 0.001521698902 0.00146053413622 0.00158286366778
4096.0 0.001877252002 0.00182633278039 0.00192817122361
8192.0 0.001957611819 0.0018943230457699998 0.00202090059223
EOD
$line6 << EOD
512.0 0.01118057664 0.007032633998 0.015328519282
1024.0 0.02168762026 0.013560999027999999 0.029814241491999998
2048.0 0.04722360535 0.03667505403 0.057772156670000005
4096.0 0.1698820713 0.14190872007 0.19785542253
8192.0 0.8242984533 0.74558965619 0.90300725041
EOD
$line7 << EOD
512.0 0.003470767221 0.0031944947674 0.0037470396746
1024.0 0.004262652047 0.003993389256 0.004531914838
2048.0 0.004619875074 0.004392529282700001 0.0048472208653
4096.0 0.004861258463 0.0046990194599999995 0.005023497466
8192.0 0.004789284857 0.00469661377682 0.00488195593718
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
