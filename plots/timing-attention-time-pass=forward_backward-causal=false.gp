# Written by `repro plot` from ./results/timing-attention.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.01404975
1024.0 0.05462293
2048.0 0.2070991
4096.0 0.862006
8192.0 5.292053
EOD
$line2 << EOD
512.0 0.000123233
1024.0 0.000179046
2048.0 0.000564187
4096.0 0.001474838
8192.0 0.003488454
16384.0 0.006163491
32768.0 0.01229283
65536.0 0.02511437
131072.0 0.04632746
EOD
$line3 << EOD
512.0 0.01601451
1024.0 0.02465306
2048.0 0.04947171
4096.0 0.09959677
8192.0 0.2074406
16384.0 0.4253499
32768.0 0.8450276
65536.0 2.337345
EOD
$line4 << EOD
512.0 0.00367468
1024.0 0.007005921
2048.0 0.01357469
4096.0 0.02661784
8192.0 0.05079417
16384.0 0.1255852
32768.0 0.2469315
65536.0 0.4551581
131072.0 1.233167
EOD
$line5 << EOD
512.0 0.02922056
1024.0 0.0925579
2048.0 0.2529652
4096.0 0.3650295
8192.0 0.6833622
16384.0 1.284894
32768.0 2.668147
EOD
$line6 << EOD
512.0 0.009174868
1024.0 0.01960718
2048.0 0.04118792
4096.0 0.08414431
8192.0 0.1693923
16384.0 0.3356287
32768.0 0.6762755
65536.0 1.341983
131072.0 2.647415
EOD
$line7 << EOD
512.0 0.01686369
1024.0 0.03867662
2048.0 0.08371795
4096.0 0.1707646
8192.0 0.3594309
16384.0 0.7284056
32768.0 1.482647
65536.0 3.027659
EOD
$line8 << EOD
512.0 0.01288666
1024.0 0.02580025
2048.0 0.05030028
4096.0 0.1001664
8192.0 0.2880253
16384.0 0.4292959
32768.0 1.091028
65536.0 2.059136
EOD
$memory_limit << EOD
8192.0 5.292053
EOD
$time_limit << EOD
65536.0 2.337345
32768.0 2.668147
65536.0 3.027659
65536.0 2.059136
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
set label 1 "memory limit" at first 8192.0, first 5.292053 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set linestyle 7 linecolor rgb "#e377c2" linewidth 2 pointtype 9
set linestyle 8 linecolor rgb "#7f7f7f" linewidth 2 pointtype 11
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "timing-attention-time-pass=forward_backward-causal=false.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "identity", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig", \
     $line6 using 1:2 with linespoints linestyle 6 title "local", \
     $line7 using 1:2 with linespoints linestyle 7 title "block-sparse", \
     $line8 using 1:2 with linespoints linestyle 8 title "linformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "timing-attention-time-pass=forward_backward-causal=false.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "identity", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "performer-trig", \
     $line6 using 1:2 with linespoints linestyle 6 title "local", \
     $line7 using 1:2 with linespoints linestyle 7 title "block-sparse", \
     $line8 using 1:2 with linespoints linestyle 8 title "linformer", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "memory limit", \
     $time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb "gray40" title "time budget"
unset output
