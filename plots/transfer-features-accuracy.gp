# Written by `repro plot` from ./results/transfer-features.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.18808
32.0 0.197388
64.0 0.196716
128.0 0.197021
256.0 0.196655
512.0 0.203583
1024.0 0.198517
2048.0 0.200073
4096.0 0.200836
EOD
$line2 << EOD
16.0 0.175446
32.0 0.18988
64.0 0.199707
128.0 0.202301
256.0 0.203461
512.0 0.203278
1024.0 0.206787
2048.0 0.198547
4096.0 0.198029
EOD
$line3 << EOD
16.0 0.194305
32.0 0.203583
64.0 0.204742
128.0 0.206909
256.0 0.221069
512.0 0.224274
1024.0 0.234772
2048.0 0.245453
4096.0 0.247742
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
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "transfer-features-accuracy.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax-iid", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noguard", \
     0.438995 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (0.439)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "transfer-features-accuracy.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax-iid", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-noguard", \
     0.438995 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (0.439)"
unset output
