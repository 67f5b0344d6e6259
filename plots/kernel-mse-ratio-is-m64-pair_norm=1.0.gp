# Written by `repro plot` from ./results/kernel-mse.csv; rerun it rather than editing this file.
$line1 << EOD
0.1 0.9884732453 0.97849767854 0.99844881206
0.4 0.9997991398 0.989867383735 1.009730895865
0.8 1.016055464 1.006378221028 1.025732706972
1.2 0.9907079694 0.981667891091 0.999748047709
1.6 1.00330027 0.994992307775 1.011608232225
2.0 0.9810080245 0.973666777196 0.988349271804
2.5 1.008048304 1.0015768888449998 1.014519719155
3.0 0.9956122373 0.990208319889 1.0010161547110001
EOD
$line2 << EOD
0.1 0.9554067596 0.945954638637 0.964858880563
0.4 0.8759145934 0.867142448086 0.8846867387139999
0.8 0.7886025372 0.7807373171619999 0.796467757238
1.2 0.7811609652 0.773509942798 0.788811987602
1.6 0.7793347739 0.7724395191760001 0.786230028624
2.0 0.7913714196 0.7851848013330001 0.797558037867
2.5 0.8289204217 0.823528092183 0.834312751217
3.0 0.8576723774 0.853091067449 0.862253687351
EOD
$line3 << EOD
0.1 0.9907553228 0.98057118121 1.00093946439
0.4 0.9875173676 0.977747912469 0.997286822731
0.8 0.9870467348 0.97771219211 0.99638127749
1.2 0.9989157576 0.9901326060819999 1.007698909118
1.6 1.002332424 0.993900892521 1.010763955479
2.0 0.9970072149 0.989237847517 1.004776582283
2.5 1.010120492 1.003220196022 1.017020787978
3.0 1.006826611 1.000893296553 1.0127599254469999
EOD
$line4 << EOD
0.1 0.1771187381 0.175228058003 0.179009418197
0.4 0.2072395633 0.205007681914 0.209471444686
0.8 0.2792813319 0.27638334106 0.28217932273999996
1.2 0.3447993716 0.341575029604 0.34802371359600004
1.6 0.4303427466 0.426795861101 0.433889632099
2.0 0.5188280481 0.5150651648600001 0.52259093134
2.5 0.6181562214 0.61428487729 0.62202756551
3.0 0.7057883991 0.701974588626 0.709602209574
EOD
set title "Importance-sampled MSE / Lemma 2 (iid), m=64 > d=16 (orthogonal:\n4 blocks): 1 = agreement (+-1 s.e.) (pair\\_norm=1.0)"
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
set output "kernel-mse-ratio-is-m64-pair_norm=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "hyperbolic, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "hyperbolic, orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "agreement (1)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "kernel-mse-ratio-is-m64-pair_norm=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "hyperbolic, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "hyperbolic, orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "agreement (1)"
unset output
