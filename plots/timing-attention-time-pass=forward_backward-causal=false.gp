# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01546559
1024.0 0.05955124
2048.0 0.3592705
4096.0 1.357174
8192.0 5.141767
EOD
$line2 << EOD
512.0 0.01279093
1024.0 0.05146238
2048.0 0.1915502
4096.0 0.7634678
8192.0 3.013895
EOD
$line3 << EOD
512.0 7.8286e-05
1024.0 0.00016225
2048.0 0.000987113
4096.0 0.002207152
8192.0 0.00471562
16384.0 0.007347021
32768.0 0.01634965
65536.0 0.0281263
131072.0 0.05704991
EOD
$line4 << EOD
512.0 0.02594876
1024.0 0.04862853
2048.0 0.09315426
4096.0 0.1738352
8192.0 0.2278799
16384.0 0.4413688
32768.0 0.8982186
65536.0 1.755141
EOD
$line5 << EOD
512.0 0.006946547
1024.0 0.01360063
2048.0 0.02556437
4096.0 0.0459271
8192.0 0.09086166
16384.0 0.1711742
32768.0 0.2138612
65536.0 0.4440024
131072.0 1.295279
EOD
$line6 << EOD
512.0 0.04131743
1024.0 0.0804487
2048.0 0.1523968
4096.0 0.3878118
8192.0 0.8357656
16384.0 1.249738
32768.0 2.719042
EOD
$line7 << EOD
512.0 0.01132512
1024.0 0.01950697
2048.0 0.04092676
4096.0 0.08300105
8192.0 0.1649242
16384.0 0.3327779
32768.0 0.6669786
65536.0 1.334597
131072.0 2.684527
EOD
$line8 << EOD
512.0 0.01732237
1024.0 0.03856597
2048.0 0.08731756
4096.0 0.2105598
8192.0 0.3958707
16384.0 0.748634
32768.0 1.506783
65536.0 3.063909
EOD
$line9 << EOD
512.0 0.02280961
1024.0 0.04231411
2048.0 0.08113753
4096.0 0.1495601
8192.0 0.2876006
16384.0 0.4382177
32768.0 1.129652
65536.0 1.789225
EOD
$memory_limit << EOD
8192.0 5.141767
EOD
$time_limit << EOD
8192.0 3.013895
65536.0 1.755141
32768.0 2.719042
65536.0 3.063909
65536.0 1.789225
EOD
set title "Raw attention time vs L (B=1, H=8, d=64) (pass=forward\\_backward, causal=false)"
set xlabel "sequence length L"
set ylabel "time (seconds, median)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory limit" at first 8192.0, first 5.141767 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set linestyle 8 linecolor rgb "#7f7f7f" linewidth 2 pointtype 11
set linestyle 9 linecolor rgb "#bcbd22" linewidth 2 pointtype 5
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward_backward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $line9 using 1:2 with linespoints linestyle 9 title "linformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward_backward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "identity", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-softmax", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-relu", \
     $line6 using 1:2 with linespoints linestyle 6 title "performer-trig", \
     $line7 using 1:2 with linespoints linestyle 7 title "local", \
     $line8 using 1:2 with linespoints linestyle 8 title "block-sparse", \
     $line9 using 1:2 with linespoints linestyle 9 title "linformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
unset output
