# Written by `repro plot` from ./results/transfer-features.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.83296
32.0 0.74672
64.0 0.71918
128.0 0.6764
256.0 0.68571
512.0 0.64587
1024.0 0.64506
2048.0 0.58343
4096.0 0.56699
EOD
$line2 << EOD
16.0 0.85325
32.0 0.78315
64.0 0.7365
128.0 0.68328
256.0 0.66814
512.0 0.63717
1024.0 0.62211
2048.0 0.59047
4096.0 0.59079
EOD
$line3 << EOD
16.0 0.93416
32.0 0.92809
64.0 0.93688
128.0 0.96067
256.0 0.96209
512.0 0.98187
1024.0 0.99154
2048.0 0.99401
4096.0 0.99757
EOD
set title "Pretrained weights: attention output error vs exact attention (mean over layers)"
set xlabel "random features m\n"
set ylabel "|FAVOR+ - exact| / |exact| at step 0"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("0.6" 0.6, "0.7" 0.7, "0.8" 0.8, "0.9" 0.9)
set mytics 1
set grid
set key below nobox
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "transfer-features-attention-error.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax-iid", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-reference"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "transfer-features-attention-error.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "performer-softmax", \
     $line2 using 1:2 with linespoints linestyle 2 title "performer-softmax-iid", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax-reference"
unset output
