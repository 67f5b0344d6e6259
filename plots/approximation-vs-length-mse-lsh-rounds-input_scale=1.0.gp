# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01181447043 0.0035627111929999993 0.020066229667000002
1024.0 0.005837991718 0.0023384229929999997 0.009337560443
2048.0 0.00360765791 0.001927709999 0.005287605821
4096.0 0.00209077252 0.0011294275433 0.0030521174966999997
8192.0 0.001370117468 0.000250773301 0.0024894616349999997
EOD
$line2 << EOD
512.0 0.01250988079 0.0117101935512 0.013309568028800001
1024.0 0.01501659643 0.0141200323203 0.0159131605397
2048.0 0.01567016446 0.0151674199538 0.0161729089662
4096.0 0.01515508947 0.014717119914000001 0.015593059026
8192.0 0.0144538268 0.0141677245578 0.0147399290422
EOD
$line3 << EOD
512.0 0.006402491045 0.0060934658253 0.0067115162647
1024.0 0.007493117629 0.0072495685302 0.0077366667278000005
2048.0 0.008033088891 0.0078397568829 0.008226420899100001
4096.0 0.007935512187 0.007730383064299999 0.008140641309699999
8192.0 0.007777130403 0.00768242080415 0.007871840001849999
EOD
$line4 << EOD
512.0 0.003269663426 0.0031585638427 0.0033807630092999997
1024.0 0.0040162291 0.00387622217 0.00415623603
2048.0 0.004342165598 0.004217644768599999 0.0044666864274
4096.0 0.004353641768 0.00426337929695 0.00444390423905
8192.0 0.004366231841 0.004307942448939999 0.00442452123306
EOD
$line5 << EOD
512.0 0.001743511177 0.00170356445842 0.0017834578955800001
1024.0 0.002243902163 0.00218291163895 0.00230489268705
2048.0 0.002535857156 0.00248738211328 0.00258433219872
4096.0 0.002617523689 0.0025768177098799997 0.00265822966812
8192.0 0.002704754969 0.0026682608622499997 0.00274124907575
EOD
set title "Attention-output MSE vs L: Reformer with 1, 2 (reformer),\n4 and 8 hash rounds, FAVOR+ for reference (bidirectional,\nd=16, 20 samples, +-1 std) (input\\_scale=1.0)"
set xlabel "sequence length L (tokens)"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("5×10^{-4}" 0.0005, "10^{-3}" 0.001, "2×10^{-3}" 0.002, "5×10^{-3}" 0.005, "0.01" 0.01, "0.02" 0.02)
set mytics 1
set grid
set key outside right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, graph 0.03, graph 0.03
set autoscale xfix
set autoscale yfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "approximation-vs-length-mse-lsh-rounds-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "reformer-h1", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "reformer", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer-h4", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer-h8"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-mse-lsh-rounds-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "reformer-h1", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "reformer", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer-h4", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer-h8"
unset output
