# Written by `repro plot` from ./results/tasks-text.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.0 0.0 0.0
40.0 0.8665363333333334 0.7743076453789983 0.9587650212876684
80.0 0.9010416666666666 0.8603510899924702 0.941732243340863
120.0 0.9173176666666668 0.8640947773819503 0.9705405559513833
EOD
$line2 << EOD
0.0 0.0 0.0 0.0
40.0 0.6679686666666665 0.3790075002558052 0.9569298330775279
80.0 0.8769533333333334 0.8547192718588345 0.8991873948078323
120.0 0.8841146666666666 0.8266381329731871 0.9415912003601461
EOD
$line3 << EOD
0.0 0.0 0.0 0.0
40.0 0.8274739999999999 0.7904170501847063 0.8645309498152935
80.0 0.9016926666666666 0.8749710012418309 0.9284143320915023
120.0 0.9335939999999999 0.8969629498832169 0.970225050116783
EOD
$line4 << EOD
0.0 0.0 0.0 0.0
40.0 0.5911456666666667 0.4202005546030868 0.7620907787302466
80.0 0.6829426666666666 0.6707318230612698 0.6951535102720634
120.0 0.7037763333333333 0.6881792873139368 0.7193733793527298
EOD
$line5 << EOD
0.0 0.0 0.0 0.0
40.0 0.8626299999999999 0.7777109323659043 0.9475490676340955
80.0 0.8945309999999999 0.8230585482749804 0.9660034517250193
120.0 0.90625 0.8315561228407657 0.9809438771592343
EOD
$line6 << EOD
0.0 0.0 0.0 0.0
40.0 0.5078126666666667 0.44898666449258956 0.5666386688407439
80.0 0.6328123333333333 0.5581181334542284 0.7075065332124382
120.0 0.6848960000000001 0.6425058886209709 0.7272861113790292
EOD
set title "Fortune categories: test accuracy vs training steps (mean and 95% t-interval over seeds)"
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
set output "tasks-text-accuracy-vs-steps.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.443359 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.443)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-text-accuracy-vs-steps.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.443359 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.443)"
unset output
