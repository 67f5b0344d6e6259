# Written by `repro plot` from ./results/kernel-mse.csv; rerun it rather than editing this file.
$line1 << EOD
0.4 0.9955789804 0.985688933344 1.005469027456
1.6 1.003353598 0.9949119744409999 1.0117952215589998
3.2 0.9989646126 0.993999270839 1.003929954361
4.8 1.000990499 0.997742862877 1.004238135123
6.4 1.003413833 1.000174671886 1.0066529941139999
8.0 0.9928165482 0.989379166553 0.996253929847
10.0 0.9964643077 0.992952596513 0.999976018887
12.0 1.004216958 1.000718430065 1.007715485935
EOD
$line2 << EOD
0.4 0.8704458368 0.861651077422 0.879240596178
1.6 0.7646147929 0.757879429756 0.771350156044
3.2 0.874600013 0.870328505026 0.878871520974
4.8 0.9544481075 0.951252771009 0.957643443991
6.4 0.98802339 0.984763026427 0.9912837535729999
8.0 0.9929815984 0.989546887718 0.996416309082
10.0 1.005295161 1.0018311990070001 1.008759122993
12.0 1.002067469 0.998556967337 1.005577970663
EOD
$line3 << EOD
0.4 0.9940955105 0.984273542165 1.003917478835
1.6 0.998445324 0.990135905158 1.006754742842
3.2 0.999517504 0.994004486515 1.005030521485
4.8 1.000421538 0.9969433998030001 1.003899676197
6.4 1.000634548 0.9974074618790001 1.003861634121
8.0 1.00120282 0.997835851348 1.004569788652
10.0 0.9977418393 0.9942498224690001 1.0012338561310001
12.0 0.9973520665 0.993822014427 1.000882118573
EOD
$line4 << EOD
0.4 0.2082634705 0.205970817743 0.210556123257
1.6 0.4337272956 0.430146007597 0.437308583603
3.2 0.7388929451 0.7351043530260001 0.742681537174
4.8 0.9104159775 0.9071265084860001 0.913705446514
6.4 0.9744158193 0.971154959037 0.977676679563
8.0 0.9927857674 0.989403760637 0.9961677741630001
10.0 1.001143024 0.9976735937690001 1.0046124542310002
12.0 1.008310539 1.004839609368 1.011781468632
EOD
set title "Importance-sampled MSE / Lemma 2 (iid), m=64 > d=16 (orthogonal:\n4 blocks): 1 = agreement (+-1 s.e.) (pair\\_norm=2.0)"
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
set output "kernel-mse-ratio-is-m64-pair_norm=2.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "hyperbolic, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "hyperbolic, orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "agreement (1)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "kernel-mse-ratio-is-m64-pair_norm=2.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive, iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "positive, orthogonal", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "hyperbolic, iid", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "hyperbolic, orthogonal", \
     1.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "agreement (1)"
unset output
