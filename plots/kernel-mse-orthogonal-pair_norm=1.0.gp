# Written by `repro plot` from ./results/kernel-mse.csv; rerun it rather than editing this file.
$line1 << EOD
0.3867410235 0.0009473909025 0.000938726083296 0.000956055721704
0.4493289641 0.00538611208 0.0053357737299799994 0.00543645043002
0.5488116361 0.01878119357 0.0185378596618 0.0190245274782
0.670320046 0.04914275354 0.0481954833533 0.0500900237267
0.8187307531 0.123825129 0.11617824535200001 0.13147201264800001
1.0 0.2848474594 0.27291896733 0.29677595147
1.284025417 0.8981678493 0.8253043586000001 0.97103134
1.648721271 2.456296093 2.0815516159 2.8310405701000003
EOD
$line2 << EOD
0.3867410235 8.31065984e-06 8.2000814154e-06 8.4212382646e-06
0.4493289641 0.0002076406637 0.00020437712719199999 0.000210904200208
0.5488116361 0.001780503323 0.00171983949581 0.0018411671501899999
0.670320046 0.008601758218 0.008085644091099999 0.0091178723449
0.8187307531 0.02529549196 0.024090109219 0.026500874701
1.0 0.09568918891 0.088035127298 0.103343250522
1.284025417 0.313791296 0.28897778614 0.33860480585999997
1.648721271 0.9786665764 0.8607335818 1.096599571
EOD
$line3 << EOD
0.3867410235 0.147867208 0.146415779309 0.149318636691
0.4493289641 0.1305295022 0.12921833046800002 0.131840673932
0.5488116361 0.111062254 0.109938974 0.112185534
0.670320046 0.08822759739 0.08729730629299999 0.089157888487
0.8187307531 0.06875636136 0.0679898407478 0.06952288197220001
1.0 0.04813825134 0.0475917841229 0.0486847185571
1.284025417 0.02925286206 0.028929755930899997 0.0295759681891
1.648721271 0.01456235619 0.014415739156400001 0.0147089732236
EOD
$overlay1_1 << EOD
0.3867410235 0.0009831418124
0.4493289641 0.00620610587
0.5488116361 0.02307036463
0.670320046 0.06515598335
0.8187307531 0.1656123048
1.0 0.3993160062
1.284025417 1.152300978
1.648721271 3.242491763
EOD
$overlay1_2 << EOD
0.3867410235 4.677915665e-05
0.4493289641 0.001023014349
0.5488116361 0.006352090795
0.670320046 0.02276568915
0.8187307531 0.06608787856
1.0 0.1726372307
1.284025417 0.528857177
1.648721271 1.540528802
EOD
$overlay1_3 << EOD
0.3867410235 0.2216545755
0.4493289641 0.2184618634
0.5488116361 0.2124670317
0.670320046 0.2036788092
0.8187307531 0.1909133147
1.0 0.1726372307
1.284025417 0.1393591562
1.648721271 0.09226538881
EOD
$overlay2_1 << EOD
0.3867410235 0.0009460835535
0.4493289641 0.005515061621
0.5488116361 0.0196603168
0.670320046 0.05562782507
0.8187307531 0.1444386688
1.0 0.3576934644
1.284025417 1.064871452
1.648721271 3.071600534
EOD
set title "Orthogonal W, m=16, d=16: MSE (+-1 s.e.), Lemma 2 iid (dashed), Thm 2 bound (dotted) (pair\\_norm=1.0)"
set xlabel "kernel value SM(x,y) = exp(x.y)  (|x| = |y| = r, angle opening to the left)"
set ylabel "MSE of the estimate of SM (squared kernel units)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key bottom right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "kernel-mse-orthogonal-pair_norm=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "hyperbolic", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "Lemma 2 (iid)", \
     $overlay2_1 using 1:2 with lines linestyle 1 dashtype 3 notitle, \
     NaN with lines dashtype 3 linewidth 2 linecolor rgb "black" title "Theorem 2 bound (orthogonal)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "kernel-mse-orthogonal-pair_norm=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "positive", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "hyperbolic", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "trig", \
     $overlay1_1 using 1:2 with lines linestyle 1 dashtype 2 notitle, \
     $overlay1_2 using 1:2 with lines linestyle 2 dashtype 2 notitle, \
     $overlay1_3 using 1:2 with lines linestyle 3 dashtype 2 notitle, \
     NaN with lines dashtype 2 linewidth 2 linecolor rgb "black" title "Lemma 2 (iid)", \
     $overlay2_1 using 1:2 with lines linestyle 1 dashtype 3 notitle, \
     NaN with lines dashtype 3 linewidth 2 linecolor rgb "black" title "Theorem 2 bound (orthogonal)"
unset output
