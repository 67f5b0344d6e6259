# Written by `repro plot` from ./results/tasks-text.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.00625 0.0 0.01875
0.5356 0.86875 0.8464844000000001 0.8898438000000001
1.0808 0.9054688000000001 0.8933593999999998 0.9175782
1.6260000000000001 0.9230468000000001 0.9085938 0.9374998
EOD
$line2 << EOD
0.0 0.006640600000000001 0.0 0.0199218
0.6332 0.6890624 0.5910158000000001 0.787109
1.2878 0.863672 0.8460938 0.8785158000000001
1.911 0.8742187999999999 0.8488279999999999 0.8957032
EOD
$line3 << EOD
0.0 0.0171876 0.0 0.0515628
0.5544 0.8285155999999999 0.809375 0.8496092
1.1064 0.9050779999999999 0.8953124000000001 0.9160153999999998
1.6412000000000002 0.9304687999999999 0.9183591999999999 0.9425782
EOD
$line4 << EOD
0.0 0.0011718 0.0 0.0035153999999999997
0.5651999999999999 0.6226562 0.5687498 0.673047
1.1350000000000002 0.6910156 0.678906 0.7101564
1.6968 0.7000002000000001 0.6839846 0.7125004
EOD
$line5 << EOD
0.0 0.006640600000000001 0.0 0.0199218
0.5988 0.8656248 0.8429685999999998 0.8882809999999999
1.1991999999999998 0.9023436 0.8835936 0.9210936000000001
1.7887999999999997 0.9171876000000001 0.8949218 0.9359376000000001
EOD
$line6 << EOD
0.0 0.006640600000000001 0.0 0.0199218
0.5346 0.513672 0.4972658000000001 0.5289062
1.0732000000000002 0.6457032 0.6199218 0.666797
1.6046 0.6945312 0.6753904000000001 0.7195309999999999
EOD
$line7 << EOD
0.0 0.0042968 0.0 0.0128904
0.7072 0.7609372000000001 0.665234 0.8414059999999999
1.397 0.8628903999999998 0.8207027999999998 0.8980468
2.101 0.8691408 0.8359378000000002 0.9015628
EOD
set title "Fortune categories: test accuracy vs training seconds\n(mean over seeds at each evaluation step; x: mean seconds)"
set xlabel "training seconds (steps only)"
set ylabel "test accuracy"
set grid
set key bottom right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, graph 0.03, graph 0.03
set autoscale xfix
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "tasks-text-accuracy-vs-seconds.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer", \
     0.44609360000000003 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.446)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-text-accuracy-vs-seconds.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer", \
     0.44609360000000003 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.446)"
unset output
