#!/usr/bin/env bash
# Report PDFs as poppler's `pdftotext` turns them into text, with `-layout` (tests/fixtures/pdf-layout/), without
# (tests/fixtures/pdf-plain/) and with `-raw` (tests/fixtures/pdf-raw/), as pdf-text/ holds them through pdfplumber: every text PDF of the fixtures. Needs
# poppler-utils (Debian's `pdftotext`); CI does not run this, the texts are committed. A PDF that gives no text (a
# scan) is left out.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../fixtures"
mkdir -p "$fixtures/pdf-layout" "$fixtures/pdf-plain" "$fixtures/pdf-raw"
for pdf in "$fixtures"/documents/*.pdf "$fixtures"/documents/office/*.pdf "$fixtures"/real/printed/*.pdf "$fixtures"/printed-pages/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  for mode in layout plain raw; do
    out="$fixtures/pdf-$mode/$name.$mode.txt"
    case "$mode" in
      layout) pdftotext -layout -enc UTF-8 "$pdf" "$out" 2>/dev/null ;;
      raw) pdftotext -raw -enc UTF-8 "$pdf" "$out" 2>/dev/null ;;
      *) pdftotext -enc UTF-8 "$pdf" "$out" 2>/dev/null ;;
    esac
    # a page break is a form feed in pdftotext's text; a scan's text is form feeds alone
    if ! tr -d '\f \n' < "$out" | grep -q .; then rm "$out"; fi
  done
done
ls "$fixtures"/pdf-layout/*.layout.txt | wc -l
ls "$fixtures"/pdf-plain/*.plain.txt | wc -l
ls "$fixtures"/pdf-raw/*.raw.txt | wc -l
