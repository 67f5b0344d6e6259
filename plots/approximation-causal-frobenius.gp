# Written by `repro plot` from ./results/approximation-causal.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.2174012952 0.17743161038000002 0.25737098002000003
1024.0 0.1526234834 0.12335152060000001 0.1818954462
2048.0 0.1598973632 0.12806649314000002 0.19172823326
4096.0 0.1374125938 0.12069445404000001 0.15413073356
8192.0 0.1204049415 0.10871651834 0.13209336466
16384.0 0.2154540846 0.19024828584 0.24065988336000002
EOD
$line2 << EOD
512.0 0.6324544482 0.6324544481999999 0.6324544482000001
1024.0 0.4898679745 0.4898679744999998 0.48986797450000025
2048.0 0.4954049473 0.4954049472999998 0.49540494730000023
4096.0 0.4928636404 0.4928636404 0.4928636404
8192.0 0.3974655177 0.3974655177 0.3974655177
16384.0 0.7671606971 0.7671606971 0.7671606971
EOD
$line3 << EOD
512.0 0.08003798125 0.076029572434 0.084046390066
1024.0 0.05562487022 0.053210513216 0.058039227224
2048.0 0.0565643979 0.054389320009 0.058739475791
4096.0 0.05372375907 0.051775497846 0.055672020294
8192.0 0.04630423028 0.044251045451999996 0.048357415108
16384.0 0.08334294622 0.078686742603 0.08799914983700001
EOD
$line4 << EOD
512.0 0.1750074175 0.12437612380000002 0.2256387112
1024.0 0.1225769168 0.10161786751 0.14353596609
2048.0 0.1418413436 0.11394769167 0.16973499553
4096.0 0.1411135708 0.11588476782000001 0.16634237378
8192.0 0.139731374 0.11320688547999999 0.16625586252
16384.0 0.1340975792 0.12301694779000001 0.14517821061000002
EOD
$line5 << EOD
512.0 0.4956930656 0.4956930655999997 0.49569306560000026
1024.0 0.4102400953 0.4102400953 0.4102400953
2048.0 0.492555276 0.492555276 0.492555276
4096.0 0.5499802358 0.5499802357999999 0.5499802358000001
8192.0 0.5316758342 0.5316758342 0.5316758342
16384.0 0.4669344297 0.46693442969999993 0.46693442970000004
EOD
$line6 << EOD
512.0 0.0691812108 0.064758297822 0.073604123778
1024.0 0.05546307758 0.052096363735 0.058829791425
2048.0 0.05159686341 0.047938450426 0.055255276394
4096.0 0.06117257901 0.051904566224 0.070440591796
8192.0 0.05414416033 0.051502632456 0.056785688204000005
16384.0 0.05250317031 0.049469267125 0.055537073495
EOD
set title "Causal and bidirectional FAVOR+ vs exact softmax attention\nof the same causality (d=16, m=256, 20 samples, +-1 std)"
set xlabel "sequence length L (tokens)"
set ylabel "relative Frobenius error |A - E|\\_F / |E|\\_F"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("0.05" 0.05, "0.1" 0.1, "0.2" 0.2, "0.5" 0.5)
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
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "approximation-causal-frobenius.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax, causal=false", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu, causal=false", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig, causal=false", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "performer-softmax, causal=true", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "performer-relu, causal=true", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "performer-trig, causal=true"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-causal-frobenius.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax, causal=false", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu, causal=false", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig, causal=false", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "performer-softmax, causal=true", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "performer-relu, causal=true", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "performer-trig, causal=true"
unset output
