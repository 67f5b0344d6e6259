# Written by `repro plot` from ./results/smoke-timing.csv; rerun it rather than editing this file.
$line1 << EOD
256.0 0.000194589
512.0 0.000771727
1024.0 0.003110801
EOD
$line2 << EOD
256.0 1.985998e-06
512.0 3.516998e-06
1024.0 7.787999e-06
2048.0 1.3091e-05
EOD
$memory_limit << EOD
1024.0 0.003110801
EOD
set title "Raw attention, forward pass (B=1, H=1, d=64)"
set xlabel "sequence length L (tokens)"
set ylabel "forward time (seconds)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top left box opaque
set pointsize 1.2
set label 1 "memory budget" at first 1024.0, first 0.003110801 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "smoke-timing-forward.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "smoke-timing-forward.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "identity", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
