# Written by `repro plot` from ./results/fig3-timing-model.csv; rerun it rather than editing this file.
$line1 << EOD
512.0 0.018149375915527344
1024.0 0.04664325714111328
2048.0 0.13878726959228516
4096.0 0.4637002944946289
8192.0 1.6760263442993164
16384.0 6.350678443908691
EOD
$line2 << EOD
512.0 0.012301445007324219
1024.0 0.02347278594970703
2048.0 0.045075416564941406
4096.0 0.0887765884399414
8192.0 0.1761789321899414
16384.0 0.3509836196899414
32768.0 0.7005929946899414
EOD
$line3 << EOD
512.0 0.019575119018554688
1024.0 0.036975860595703125
2048.0 0.07177734375
4096.0 0.14138031005859375
8192.0 0.28058624267578125
16384.0 0.5589981079101562
32768.0 1.1158218383789062
EOD
$line4 << EOD
512.0 0.013857364654541016
1024.0 0.026247501373291016
2048.0 0.051027774810791016
4096.0 0.10058832168579102
8192.0 0.19970941543579102
16384.0 0.397951602935791
32768.0 0.794435977935791
EOD
$line5 << EOD
512.0 0.009358406066894531
1024.0 0.017342567443847656
2048.0 0.033310890197753906
4096.0 0.0652475357055664
8192.0 0.1291208267211914
16384.0 0.2568674087524414
32768.0 0.5123605728149414
EOD
$line6 << EOD
512.0 0.01204061508178711
1024.0 0.022431373596191406
2048.0 0.043396949768066406
4096.0 0.0853281021118164
8192.0 0.1691904067993164
16384.0 0.3369150161743164
32768.0 0.6723642349243164
EOD
$memory_limit << EOD
16384.0 6.350678443908691
EOD
set title "Whole Transformer, measured peak memory of forward +\nbackward (dotted: the spec's memory budget) (model=small)"
set xlabel "sequence length L\n"
set ylabel "peak memory (GiB)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key below nobox
set pointsize 1.2
set offsets 0, 0, graph 0.03, graph 0.03
set autoscale yfix
set label 1 "memory budget" at first 16384.0, first 6.350678443908691 offset character 1.5,-0.8 font ",9"
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set linestyle 3 linecolor rgb "#2ca02c" linewidth 2 pointtype 9
set linestyle 4 linecolor rgb "#ff7f0e" linewidth 2 pointtype 11
set linestyle 5 linecolor rgb "#9467bd" linewidth 2 pointtype 5
set linestyle 6 linecolor rgb "#8c564b" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig3-timing-model-memory-model=small.png"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     16.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "memory budget (16)", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig3-timing-model-memory-model=small.svg"
plot $line1 using 1:2 with linespoints linestyle 1 title "exact", \
     $line2 using 1:2 with linespoints linestyle 2 title "exact-flash", \
     $line3 using 1:2 with linespoints linestyle 3 title "performer-softmax", \
     $line4 using 1:2 with linespoints linestyle 4 title "performer-relu", \
     $line5 using 1:2 with linespoints linestyle 5 title "identity", \
     $line6 using 1:2 with linespoints linestyle 6 title "reformer", \
     16.0 with lines dashtype 3 linewidth 2 linecolor rgb "#000000" title "memory budget (16)", \
     $memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb "black" title "next L skipped: memory budget", \
     NaN with points pointtype -1 linecolor rgb "white" title "no marker: end of the sweep"
unset output
