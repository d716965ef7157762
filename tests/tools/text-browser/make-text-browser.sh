#!/usr/bin/env bash
# Report pages as text browsers dump them (tests/fixtures/text-browser/README.md): the project's report pages and the
# real fujian/fujian2 pages through `w3m -dump` (tables drawn with box-drawing characters, 80 columns), `lynx -dump`
# and `elinks -dump`, each with its defaults but for UTF-8 and no link list. Needs Debian's w3m, lynx and elinks;
# CI does not run this, the texts are committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../fixtures"
out="$fixtures/text-browser"
mkdir -p "$out"
for f in "$fixtures"/pages/report-*.html "$fixtures"/pages/sample-report.html "$fixtures"/real/fujian/*.html "$fixtures"/real/fujian2/*.html; do
  name="$(basename "$f" .html)"
  w3m -dump -T text/html -I UTF-8 -O UTF-8 "$f" > "$out/$name.w3m.txt" 2>/dev/null
  lynx -dump -nolist -assume_charset=utf-8 -display_charset=utf-8 "$f" > "$out/$name.lynx.txt" 2>/dev/null
  elinks -dump -dump-charset utf-8 -no-references -no-numbering "$f" > "$out/$name.elinks.txt" 2>/dev/null
done
ls "$out" | grep -c '\.txt$'
