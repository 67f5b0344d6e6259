# Written by `repro plot` from ./results/approximation-vs-length.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.008053133808 0.006556846725000001 0.009549420891
1024.0 0.00449586289 0.0033389305959999997 0.005652795184
2048.0 0.003175053773 0.0031347957630400002 0.00321531178296
4096.0 0.001486975403 0.0013016393573000002 0.0016723114487
8192.0 0.0009443138371 0.0006174219597 0.0012712057145
EOD
$line2 << EOD
512.0 0.00308167006 0.00308167006 0.00308167006
1024.0 0.001591413153 0.001591413153 0.001591413153
2048.0 0.0007091197338 0.0007091197337999998 0.0007091197338000001
4096.0 0.0003920222185 0.00039202221849999995 0.00039202221850000006
8192.0 0.0001907243488 0.0001907243488 0.0001907243488
EOD
$line3 << EOD
512.0 1.036636393 0.39629250530000004 1.6769802807
1024.0 0.1579072746 0.08738808046 0.22842646874
2048.0 0.2153211219 0.14205118669 0.28859105711
4096.0 0.7768277323 0.07768277323 1.5848137127
8192.0 0.2425722927 0.10139163400000001 0.3837529514
EOD
$line4 << EOD
512.0 0.00710349526 0.00710349526 0.00710349526
1024.0 0.009317990882 0.009317990882 0.009317990882
2048.0 0.01102182009 0.01102182009 0.01102182009
4096.0 0.01061875955 0.01061875955 0.01061875955
8192.0 0.01089978312 0.010899783119999997 0.010899783120000001
EOD
$line5 << EOD
512.0 0.0002341021547 0.00020672017402 0.00026148413538
1024.0 0.002696055506 0.0026131080686 0.0027790029433999996
2048.0 0.004118158997 0.00407622210722 0.00416009588678
4096.0 0.00503486677 0.00496948377871 0.00510024976129
8192.0 0.005127947463 0.00507465517106 0.00518123975494
EOD
$line6 << EOD
512.0 0.05746415599 0.053696773025 0.061231538955000005
1024.0 0.317577565 0.28801446679 0.34714066321000003
2048.0 1.535483467 1.48532037357 1.5856465604299999
4096.0 5.653926695 5.57555720383 5.73229618617
8192.0 16.00500069 15.582807230499998 16.4271941495
EOD
set title "Attention-output MSE vs L at a fixed budget (bidirectional, d=16, 3 samples, +-1 std) (input\\_scale=1.0)"
set xlabel "sequence length L (tokens)"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key outside right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "approximation-vs-length-mse-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "approximation-vs-length-mse-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "performer-softmax", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "performer-relu", \
     $line3 using 1:2:3:4 with yerrorlines linestyle 3 title "performer-trig", \
     $line4 using 1:2:3:4 with yerrorlines linestyle 4 title "local", \
     $line5 using 1:2:3:4 with yerrorlines linestyle 5 title "block-sparse", \
     $line6 using 1:2:3:4 with yerrorlines linestyle 6 title "linformer"
unset output
