# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 1.399776036 1.0182306589999999 1.7813214130000001
1024.0 1.338834178 0.9971872846 1.6804810714
2048.0 1.559353214 1.2190842751 1.8996221529
4096.0 1.51329575 1.1775738896999999 1.8490176103
8192.0 1.779075419 1.1720607686 2.3860900694
EOD
$line2 << EOD
512.0 1.596358194 1.5447092657000001 1.6480071223
1024.0 2.346017346 2.27558788727 2.41644680473
2048.0 3.705532922 3.64585522478 3.7652106192200003
4096.0 4.591729455 4.52532062757 4.65813828243
8192.0 6.45156887 6.3877629298 6.5153748102
EOD
$line3 << EOD
512.0 1.142283125 1.11469176384 1.1698744861600001
1024.0 1.657706986 1.63068411362 1.68472985838
2048.0 2.65325347 2.62128612418 2.68522081582
4096.0 3.322712364 3.27948107243 3.36594365557
8192.0 4.732559561 4.703658351650001 4.76146077035
EOD
$line4 << EOD
512.0 0.8164159277 0.80253190882 0.8302999465800001
1024.0 1.213606051 1.19242804696 1.23478405504
2048.0 1.950644725 1.92267406169 1.9786153883100002
4096.0 2.461186361 2.43575173942 2.4866209825800003
8192.0 3.545996559 3.52234452887 3.5696485891300003
EOD
$line5 << EOD
512.0 0.5962178038 0.589393597806 0.603042009794
1024.0 0.9071828204 0.89479780319 0.9195678376099999
2048.0 1.490771133 1.47653296219 1.5050093038099999
4096.0 1.908415751 1.89355857245 1.92327292955
8192.0 2.79092819 2.77209580177 2.8097605782299997
EOD
set title "Approximation error vs L: Reformer with 1, 2 (reformer),\n4 and 8 hash rounds, FAVOR+ for reference (bidirectional,\nd=16, 20 samples, +-1 std) (input\\_scale=1.0)"
set xlabel "sequence length L (tokens)"
set ylabel "relative Frobenius error |A - E|\\_F / |E|\\_F"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set ytics ("1" 1.0, "2" 2.0, "5" 5.0)
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
set output "approximation-vs-length-frobenius-lsh-rounds-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "reformer-h1", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "reformer", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer-h4", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer-h8"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-frobenius-lsh-rounds-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "reformer-h1", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "reformer", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "reformer-h4", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "reformer-h8"
unset output
