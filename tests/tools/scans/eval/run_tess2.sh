#!/bin/bash
# usage: run_tess2.sh PSM INDIR OUTDIR
P=$1; IN=$2; O=$3; mkdir -p $O; : > $O/times.txt
for img in $IN/*.png; do b=$(basename $img .png)
  /usr/bin/time -o $O/t.tmp -f "%e %M" nice -n 5 taskset -c 1 env OMP_THREAD_LIMIT=1 tesseract $img $O/$b -l chi_sim --psm $P tsv >/dev/null 2>&1
  echo "$b $(cat $O/t.tmp)" >> $O/times.txt
done
