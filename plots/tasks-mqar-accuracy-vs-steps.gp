# Written by `repro plot` from ./results/tasks-mqar.csv; rerun it rather than editing this file.
$line1 << EOD
0.0 0.014973666666666665 0.0007591446376589636 0.029188188695674366
100.0 0.26236966666666667 0.23995977083333334 0.2847795625
200.0 0.2679036666666667 0.25454317222649 0.28126416110684344
300.0 0.275716 0.25046641373617473 0.3009655862638253
EOD
$line2 << EOD
0.0 0.015950333333333334 -0.0024188520088795837 0.03431951867554625
100.0 0.20312466666666665 0.10913715678179926 0.29711217655153405
200.0 0.27213533333333334 0.26933284139999997 0.2749378252666667
300.0 0.2828773333333333 0.2695168388931567 0.29623782777350993
EOD
$line3 << EOD
0.0 0.016276 -0.0012736063843549195 0.03382560638435492
100.0 0.2666016666666667 0.2539961899 0.27920714343333336
200.0 0.2978516666666667 0.2891046778160488 0.30659865551728455
300.0 0.3014323333333333 0.2916285289124031 0.3112361377542635
EOD
$line4 << EOD
0.0 0.012044 -0.0083008934016406 0.0323888934016406
100.0 0.03125 0.03125 0.03125
200.0 0.033203 0.016220360833268506 0.0501856391667315
300.0 0.029622333333333334 0.019521583917930557 0.03972308274873611
EOD
$line5 << EOD
0.0 0.015625 -0.00593796377136642 0.03718796377136642
100.0 0.270182 0.2645798845999999 0.27578411540000003
200.0 0.28124999999999994 0.2706750992360876 0.29182490076391226
300.0 0.28743500000000005 0.27733564283711687 0.29753435716288323
EOD
$line6 << EOD
0.0 0.02181033333333333 -0.0005995625000000011 0.044220229166666666
100.0 0.22916666666666666 0.08211520083841947 0.37621813249491387
200.0 0.34667966666666666 0.18002973218164267 0.5133296011516907
300.0 0.4567056666666667 0.043837528255064206 0.8695738050782691
EOD
set title "MQAR: test accuracy vs training steps (mean and 95% t-interval over seeds)"
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
set output "tasks-mqar-accuracy-vs-steps.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.045898 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.0459)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "tasks-mqar-accuracy-vs-steps.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "exact", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-softmax", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-relu", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     0.045898 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "majority baseline (0.0459)"
unset output
