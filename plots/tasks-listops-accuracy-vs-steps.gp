# Written by `repro plot` from ./results/tasks-listops.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.026041666666666668 -0.08600781249999997 0.13809114583333332
50.0 0.16080733333333333 0.002370312784429146 0.3192443538822375
100.0 0.23502599999999998 0.19376136075691744 0.2762906392430825
150.0 0.2584633333333333 0.24142386767376667 0.2755027989929
200.0 0.26888033333333333 0.2240605416666666 0.31370012500000005
EOD
$line2 << EOD
0.0 0.026041666666666668 -0.08600781249999997 0.13809114583333332
50.0 0.12760433333333335 0.03744062456225118 0.21776804210441553
100.0 0.16992200000000002 0.07179841129681554 0.2680455887031845
150.0 0.21875 0.15795499241982047 0.2795450075801795
200.0 0.23697900000000002 0.22956809791785746 0.2443899020821426
EOD
$line3 << EOD
0.0 0.026041666666666668 -0.08600781249999997 0.13809114583333332
50.0 0.12044266666666666 0.005386950654585221 0.2354983826787481
100.0 0.22265633333333334 0.1748700849851069 0.27044258168155977
150.0 0.25 0.21501238909318948 0.2849876109068105
200.0 0.27473966666666666 0.23098207397379933 0.318497259359534
EOD
$line4 << EOD
0.0 0.02734366666666667 -0.0903079279 0.14499526123333334
50.0 0.253255 0.21883257568426187 0.2876774243157382
100.0 0.24283833333333335 0.17951578310469712 0.3061608835619696
150.0 0.27278633333333335 0.16868682395826523 0.3768858427084015
200.0 0.28580733333333336 0.26187365900656656 0.30974100766010015
EOD
$line5 << EOD
0.0 0.026041666666666668 -0.08600781249999997 0.13809114583333332
50.0 0.16341133333333333 0.0018844557628241165 0.32493821090384256
100.0 0.24023433333333333 0.22342655290000002 0.25704211376666664
150.0 0.2643226666666667 0.24471393097134597 0.28393140236198744
200.0 0.2747393333333334 0.23234889023142918 0.3171297764352376
EOD
$line6 << EOD
0.0 0.04166633333333333 -0.08414001761305459 0.16747268427972126
50.0 0.19661499999999998 0.1349874279 0.25824257209999996
100.0 0.216797 0.17232914810305938 0.2612648518969406
150.0 0.22916666666666666 0.2190659172512639 0.23926741608206942
200.0 0.24479166666666666 0.20410108999247029 0.28548224334086303
EOD
set title "ListOps: test accuracy vs training steps (mean and 95% t-interval over seeds)"
set xlabel "training step"
set ylabel "test accuracy"
set grid
set key bottom right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, 0, 0
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-listops-accuracy-vs-steps.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.126953 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.127)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-listops-accuracy-vs-steps.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.126953 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.127)"
unset output
