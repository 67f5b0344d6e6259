# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 5.125907246e-05 3.72707491e-05 6.524739582000001e-05
1024.0 2.886306423e-05 1.9332009757e-05 3.8394118703e-05
2048.0 1.375995632e-05 1.120688956e-05 1.631302308e-05
4096.0 6.568893491e-06 5.26647906e-06 7.871307922000001e-06
8192.0 3.181631279e-06 2.2893834538e-06 4.0738791042e-06
EOD
$line2 << EOD
512.0 0.007295589525 0.0066633610930999995 0.0079278179569
1024.0 0.008333039375 0.0076171071625 0.0090489715875
2048.0 0.008962150947 0.0084129887176 0.0095113131764
4096.0 0.009536726673 0.0091390354426 0.0099344179034
8192.0 0.009080634835 0.0087910504979 0.0093702191721
EOD
$line3 << EOD
512.0 0.003470767221 0.0031944947674 0.0037470396746
1024.0 0.004262652047 0.003993389256 0.004531914838
2048.0 0.004619875074 0.004392529282700001 0.0048472208653
4096.0 0.004861258463 0.0046990194599999995 0.005023497466
8192.0 0.004789284857 0.00469661377682 0.00488195593718
EOD
$line4 << EOD
512.0 0.00186601548 0.0017356928446 0.0019963381154
1024.0 0.00223568023 0.0021222442688999996 0.0023491161911
2048.0 0.002467529738 0.00240557679916 0.0025294826768400003
4096.0 0.00260455798 0.00254598810753 0.00266312785247
8192.0 0.002611181982 0.0025555519195400002 0.00266681204446
EOD
$line5 << EOD
512.0 0.0009827306078 0.00092568276027 0.00103977845533
1024.0 0.001185655991 0.00114463098586 0.00122668099614
2048.0 0.001357849202 0.00132499940896 0.00139069899504
4096.0 0.001477008863 0.00144711541685 0.00150690230915
8192.0 0.001527565488 0.0015037801412 0.0015513508348000001
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
