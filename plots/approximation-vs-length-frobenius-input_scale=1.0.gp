# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 1.399776036 1.0182306589999999 1.7813214130000001
1024.0 1.338834178 0.9971872846 1.6804810714
2048.0 1.559353214 1.2190842751 1.8996221529
4096.0 1.51329575 1.1775738896999999 1.8490176103
8192.0 1.779075419 1.1720607686 2.3860900694
EOD
$line2 << EOD
512.0 0.7245656037 0.7245656037 0.7245656037
1024.0 0.6619484831 0.6619484831 0.6619484831
2048.0 0.7188199132 0.7188199131999998 0.7188199132000003
4096.0 0.6423069219 0.6423069218999999 0.6423069219000002
8192.0 0.6737796248 0.6737796247999998 0.6737796248000002
EOD
$line3 << EOD
512.0 23.549951 2.3549951 70.06389321
1024.0 20.60107071 2.060107071 43.30755284999999
2048.0 33.62341461 3.3623414609999998 92.00734983999999
4096.0 43.04717723 4.304717723 86.44304465
8192.0 79.78658222 7.978658222 180.25478162000002
EOD
$line4 << EOD
512.0 1.18414043 1.1841404299999998 1.1841404300000002
1024.0 1.731482534 1.7314825339999993 1.7314825340000006
2048.0 2.62875948 2.6287594799999994 2.6287594800000003
4096.0 3.410813178 3.410813177999999 3.4108131780000015
8192.0 5.289628346 5.289628345999999 5.289628346000001
EOD
$line5 << EOD
512.0 0.1808711233 0.16272888351999998 0.19901336308
1024.0 0.8827057036 0.86842169868 0.89698970852
2048.0 1.666071353 1.65030376639 1.68183893961
4096.0 2.303950265 2.2880324995500003 2.31986803045
8192.0 3.671628488 3.65035406153 3.6929029144700003
EOD
$line6 << EOD
512.0 3.259512394 3.1010813937000004 3.4179433943
1024.0 9.927285073 9.5391494072 10.3154207388
2048.0 32.46168901 31.4852796182 33.4380984018
4096.0 78.19453927 76.031923312 80.35715522800001
8192.0 203.8344483 199.247653697 208.42124290299998
EOD
$line7 << EOD
512.0 1.142283125 1.11469176384 1.1698744861600001
1024.0 1.657706986 1.63068411362 1.68472985838
2048.0 2.65325347 2.62128612418 2.68522081582
4096.0 3.322712364 3.27948107243 3.36594365557
8192.0 4.732559561 4.703658351650001 4.76146077035
EOD
set title "Approximation error vs L at a fixed budget (bidirectional,\nd=16, 20 samples, +-1 std) (input\\_scale=1.0)"
set xlabel "sequence length L (tokens)"
set ylabel "relative Frobenius error |A - E|\\_F / |E|\\_F"
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
set output "approximation-vs-length-frobenius-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-frobenius-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer", \
     $line7 using 1:2:3:4 with yerrorlines linestyle 7 title "reformer"
unset output
