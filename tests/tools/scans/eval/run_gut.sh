#!/bin/bash
# per scan group: one node process (model load once), one core; times.txt: "page seconds maxrssKB(of the group process)"
IN=${1:-/tmp/ocr-eval/pages}; O=${2:-/tmp/ocr-eval/out/gut}; mkdir -p $O; : > $O/times.txt
cd /tmp/ocr-eval/gutenye
for g in $(ls $IN/*.png | sed 's/-[0-9]*\.png$//' | sort -u); do
  /usr/bin/time -o $O/t.tmp -f "%e %M" nice -n 5 taskset -c 1 node run.mjs $O $g-*.png > $O/log.tmp 2>&1
  cat $O/log.tmp >> $O/log.txt
  rss=$(awk '{print $2}' $O/t.tmp)
  grep '\.png' $O/log.tmp | awk -v r=$rss '{sub(/\.png$/,"",$1); print $1, $2, r}' >> $O/times.txt
done
echo done >> $O/log.txt
