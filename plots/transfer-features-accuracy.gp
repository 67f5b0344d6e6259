# Written by `repro plot` from ./results/transfer-features.csv; rerun it rather than editing this file.
$line1 << EOD
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
$line2 << EOD
16.0 0.181152
32.0 0.197784
64.0 0.213531
128.0 0.218933
256.0 0.216644
512.0 0.219971
1024.0 0.226898
2048.0 0.235321
4096.0 0.241608
EOD
$line3 << EOD
16.0 0.199158
32.0 0.195038
64.0 0.192291
128.0 0.193909
256.0 0.194427
512.0 0.193817
1024.0 0.195374
2048.0 0.195282
4096.0 0.195221
EOD
set title "Pretrained Transformer weights in FAVOR+ without fine-tuning: accuracy vs m"
set xlabel "random features m\n"
set ylabel "validation accuracy at step 0"
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
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "transfer-features-accuracy.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax-iid", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-reference", \
     0.438995 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (0.439)"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "transfer-features-accuracy.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax-iid", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-reference", \
     0.438995 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "Transformer (0.439)"
unset output
