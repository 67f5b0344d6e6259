# Written by `repro plot` from ./results/fig4-variance.csv; rerun it rather than editing this file.
$line1 << EOD
16.0 0.004479271748 0.00044792717480000003 0.010585794877
32.0 0.003736262976 0.00012847289300000004 0.007344053059000001
64.0 0.002975846293 0.000476790308 0.005474902278
128.0 0.003265776697 0.000317954011 0.006213599383
256.0 0.002814552897 0.0005208313249999998 0.005108274469
512.0 0.002547836573 0.0008300882989999998 0.004265584847
EOD
$line2 << EOD
16.0 0.002988477998 0.001801660928 0.0041752950680000005
32.0 0.002233454386 0.0004397892089999999 0.004027119563
64.0 0.003346331093 0.0003346331093 0.007086482691
128.0 0.002390993197 0.0003186956910000002 0.004463290703
256.0 0.002068143274 0.000905577613 0.003230708935
512.0 0.001636431642 0.001006038507 0.002266824777
EOD
set title "Fig. 4: positive features, orthogonal vs iid W (L=4096, d=16, 15 samples, +-1 std) (input\\_scale=1.0)"
set xlabel "random features m"
set ylabel "MSE of the attention output (per element)"
set logscale x 2
set format x "2^{%L}"
set logscale y 10
set format y "10^{%L}"
set grid
set key top right box opaque
set pointsize 1.2
set linestyle 1 linecolor rgb "#1f77b4" linewidth 2 pointtype 5
set linestyle 2 linecolor rgb "#d62728" linewidth 2 pointtype 7
set terminal pngcairo size 960,640 enhanced font "sans,11"
set output "fig4-variance-ort-vs-iid-input_scale=1.0.png"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
set terminal svg size 960,640 enhanced font "sans,11" background "white"
set output "fig4-variance-ort-vs-iid-input_scale=1.0.svg"
plot $line1 using 1:2:3:4 with yerrorlines linestyle 1 title "iid", \
     $line2 using 1:2:3:4 with yerrorlines linestyle 2 title "orthogonal"
unset output
