# Written by `repro plot` from ./results/kernel-mse.csv; rerun it rather than editing this file.
$line1 << EOD
0.1 0.9938486178 0.98374629971 1.00395093589
0.4 1.004806288 0.9952114379289999 1.0144011380709999
0.8 0.9960575419 0.9872148919489999 1.0049001918509999
1.2 0.9945681881 0.986705758809 1.002430617391
1.6 1.010816472 1.0039408997619998 1.017692044238
2.0 0.9945841753 0.988799937745 1.0003684128549999
2.5 1.005796097 1.001096210429 1.010495983571
3.0 0.9982170434 0.9943611482139999 1.0020729385859999
EOD
$line2 << EOD
0.1 0.9662161936 0.95693039553 0.97550199167
0.4 0.8654312026 0.8568580875349999 0.874004317665
0.8 0.8126900364 0.804651489434 0.8207285833660001
1.2 0.7814000155 0.774325463187 0.7884745678130001
1.6 0.7653720816 0.75957215323 0.77117200997
2.0 0.7935380729 0.788511623664 0.798564522136
2.5 0.8278580734 0.8238389952209999 0.831877151579
3.0 0.865462293 0.862049463674 0.868875122326
EOD
$line3 << EOD
0.1 1.008712992 0.99752448604 1.01990149796
0.4 0.9968821137 0.9871279642890001 1.006636263111
0.8 0.9980572971 0.989584331156 1.006530263044
1.2 0.9952445424 0.987686966604 1.002802118196
1.6 1.009194979 1.002340402483 1.0160495555170002
2.0 1.003910801 0.997828544784 1.0099930572159999
2.5 0.9959861616 0.990805234466 1.001167088734
3.0 1.002076085 0.9977188841429999 1.006433285857
EOD
$line4 << EOD
0.1 0.1745841907 0.172495978636 0.176672402764
0.4 0.2064001038 0.203927841992 0.20887236560800002
0.8 0.274988153 0.272099651216 0.27787665478400003
1.2 0.3442004026 0.341073126895 0.347327678305
1.6 0.4302662646 0.426949261528 0.433583267672
2.0 0.5202424683 0.516820352854 0.523664583746
2.5 0.6188143854 0.615387685555 0.622241085245
3.0 0.7104991867 0.707109493492 0.713888879908
EOD
set title "Importance-sampled MSE / Lemma 2 (iid), m=16, d=16: 1 = agreement (+-1 s.e.) (pair\\_norm=1.0)"
set xlabel "|x + y|\\^2\n"
set ylabel "importance-sampled MSE / Lemma 2 MSE"
set logscale x 2
set format x "2^{%L}"
set grid
set key below nobox
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "kernel-mse-ratio-is-pair_norm=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "hyperbolic, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "hyperbolic, orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "agreement (1)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "kernel-mse-ratio-is-pair_norm=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "hyperbolic, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "hyperbolic, orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "agreement (1)"
unset output
