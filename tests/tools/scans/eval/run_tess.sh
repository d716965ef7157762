#!/bin/bash
# usage: run_tess.sh PSM  -> /tmp/ocr-eval/out/tess-psmP/<page>.tsv and times.txt ("page seconds maxrssKB")
P=$1; O=/tmp/ocr-eval/out/tess-psm$P; mkdir -p $O; : > $O/times.txt
for img in /tmp/ocr-eval/pages/*.png; do b=$(basename $img .png)
  /usr/bin/time -o $O/t.tmp -f "%e %M" nice -n 5 taskset -c 1 env OMP_THREAD_LIMIT=1 tesseract $img $O/$b -l chi_sim --psm $P tsv >/dev/null 2>&1
  echo "$b $(cat $O/t.tmp)" >> $O/times.txt
done
