# Written by `repro plot` from ./results/transfer-features.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.219788
32.0 0.220886
64.0 0.223694
128.0 0.219116
256.0 0.223389
512.0 0.228943
EOD
$line2 << EOD
16.0 0.205322
32.0 0.212769
64.0 0.217712
128.0 0.22406
256.0 0.216736
512.0 0.217041
EOD
set title "Pretrained Transformer weights in FAVOR+ without fine-tuning: accuracy vs m"
set xlabel "random features m"
set ylabel "validation accuracy at step 0"
set logscale x 2
set format x "2^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "transfer-features-accuracy.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax-iid", \
     0.372009 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (0.372)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "transfer-features-accuracy.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax-iid", \
     0.372009 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (0.372)"
unset output
