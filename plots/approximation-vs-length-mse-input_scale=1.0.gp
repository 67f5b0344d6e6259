# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.009325377448 0.006260493919999999 0.012390260976
1024.0 0.006239337843 0.004052630534 0.008426045152
2048.0 0.003982746016 0.0017225471909999997 0.006242944840999999
4096.0 0.002660025435 0.0002660025435 0.006941979785
8192.0 0.001324717801 1.2210615000000057e-05 0.002637224987
EOD
$line2 << EOD
512.0 0.002457839062 0.0024578390619999987 0.0024578390620000013
1024.0 0.001415007447 0.0014150074469999998 0.0014150074470000002
2048.0 0.0007021756874 0.0007021756873999996 0.0007021756874000003
4096.0 0.0004031392153 0.0004031392152999999 0.0004031392153000001
8192.0 0.0001997275817 0.00019972758169999996 0.00019972758170000007
EOD
$line3 << EOD
512.0 10.10432678 1.010432678 47.36997488
1024.0 41.02784329 4.102784329 169.84551989
2048.0 167.3055164 16.730551639999998 908.179341
4096.0 13.1436613 1.31436613 49.61923681
8192.0 6.333517823 0.6333517823 32.998613493
EOD
$line4 << EOD
512.0 0.007211804117 0.007211804116999995 0.007211804117000004
1024.0 0.01019224297 0.010192242969999996 0.010192242970000003
2048.0 0.009709206373 0.009709206373 0.009709206373
4096.0 0.01057643303 0.010576433029999995 0.010576433030000006
8192.0 0.01065944886 0.010659448859999997 0.010659448860000004
EOD
$line5 << EOD
512.0 0.0001766109107 0.00015424717404 0.00019897464736
1024.0 0.002665994348 0.00260061697195 0.00273137172405
2048.0 0.003918022461 0.0038306311343099995 0.004005413787689999
4096.0 0.004898245424 0.00482042999794 0.00497606085006
8192.0 0.005241917798 0.00518882059523 0.00529501500077
EOD
$line6 << EOD
512.0 0.05446803201 0.047042899455 0.061893164565
1024.0 0.2863157797 0.26181877541 0.31081278399
2048.0 1.489635394 1.3868261629 1.5924446251
4096.0 5.512859111 5.265536354 5.760181868
8192.0 16.0011818 15.3079477973 16.6944158027
EOD
$line7 << EOD
512.0 0.006091985852 0.005690423644800001 0.0064935480592
1024.0 0.007590870099 0.0072608812982 0.0079208588998
2048.0 0.008137695622 0.007835719510600001 0.0084396717334
4096.0 0.008026645548 0.0078071539475 0.0082461371485
8192.0 0.007627942031 0.0074808990746 0.0077749849874
EOD
set title "Attention-output MSE vs L at a fixed budget (bidirectional,\nd=16, 20 samples, +-1 std) (input\\_scale=1.0)"
set xlabel "sequence length L (tokens)"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key outside right box opaque
set pointsize 1.2
set offsets graph 0.05, graph 0.05, 0, 0
set autoscale xfix
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "approximation-vs-length-mse-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-mse-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer"
unset output
