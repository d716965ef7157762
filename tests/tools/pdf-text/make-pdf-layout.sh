#!/usr/bin/env bash
# Report PDFs as poppler's `pdftotext -layout` turns them into text (tests/fixtures/pdf-layout/README.md): every text PDF
# of the fixtures, as pdf-text/ holds them through pdfplumber. Needs poppler-utils (Debian's `pdftotext`); CI does not
# run this, the texts are committed. A PDF that gives no text (a scan) is left out.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../fixtures"
out="$fixtures/pdf-layout"
mkdir -p "$out"
for pdf in "$fixtures"/documents/*.pdf "$fixtures"/documents/office/*.pdf "$fixtures"/real/printed/*.pdf "$fixtures"/printed-pages/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  pdftotext -layout -enc UTF-8 "$pdf" "$out/$name.layout.txt" 2>/dev/null
  # a page break is a form feed in pdftotext's text; a scan's text is form feeds alone
  if ! tr -d '\f \n' < "$out/$name.layout.txt" | grep -q .; then rm "$out/$name.layout.txt"; fi
done
ls "$out"/*.layout.txt | wc -l
