#!/usr/bin/env bash
# Report pages made PDF and Word files by the other tools that make them from HTML (tests/fixtures/other-makers/README.md):
# - <page>.wkhtmltopdf.pdf: wkhtmltopdf (Qt WebKit), as many sites' "download as PDF" buttons and report generators do;
# - <page>.weasyprint.pdf: WeasyPrint, Python's HTML-to-PDF;
# - <page>.pandoc.docx: pandoc's HTML reader and Word writer (the page's images left out: pandoc stops at an image it
#   cannot fetch, and the pages' images are not kept);
# - <page>.pandoc-office.pdf: that Word file exported to PDF by LibreOffice (its tables carry no column widths, so
#   the office sets them as narrow as their words: labels a character or two a line, numbers wrapped).
# Needs Debian's wkhtmltopdf, weasyprint, pandoc and libreoffice-writer-nogui (bash scripts/apt-install.sh wkhtmltopdf
# weasyprint pandoc libreoffice-writer-nogui); CI does not run this, the files are committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fx="$here/../../fixtures"
out="$fx/other-makers"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
# the files kept: those that raised something their page does not before the PDF reader learnt it (the README says
# what), and a few that always read as their pages, to keep them so
wk=(pages/report-city-bureau real/fujian/121_pingtan-syq-2024)
weasy=(pages/report-blank-total-column pages/report-city-bureau pages/report-late pages/report-untitled real/fujian2/312_putian-lyj-2024)
pandoc=(pages/report-2021-cms pages/report-city-bureau real/samples/007_putian-lyj-2023)
office=(pages/report-zone-march pages/report-city-bureau real/fujian2/313_putian-lyj-2025)
# (wkhtmltopdf ends with 1 when a page's links or scripts name hosts it cannot reach, its PDF made all the same)
for p in "${wk[@]}"; do
  pdf="$out/$(basename "$p").wkhtmltopdf.pdf"
  wkhtmltopdf -q --encoding utf-8 --load-error-handling ignore --load-media-error-handling ignore "$fx/$p.html" "$pdf" 2>/dev/null || [ -s "$pdf" ]
done
for p in "${weasy[@]}"; do weasyprint "$fx/$p.html" "$out/$(basename "$p").weasyprint.pdf" 2>/dev/null; done
for p in "${pandoc[@]}"; do
  sed 's/<img[^>]*>//g' "$fx/$p.html" > "$tmp/page.html"
  pandoc -f html -t docx -o "$out/$(basename "$p").pandoc.docx" "$tmp/page.html"
done
mkdir -p "$tmp/docx" "$tmp/pdf"
for p in "${office[@]}"; do
  sed 's/<img[^>]*>//g' "$fx/$p.html" > "$tmp/page.html"
  pandoc -f html -t docx -o "$tmp/docx/$(basename "$p").docx" "$tmp/page.html"
done
soffice "-env:UserInstallation=file://$tmp/profile" --headless --norestore --convert-to pdf:writer_pdf_Export --outdir "$tmp/pdf" "$tmp"/docx/*.docx >/dev/null
for f in "$tmp"/pdf/*.pdf; do mv "$f" "$out/$(basename "$f" .pdf).pandoc-office.pdf"; done
ls "$out"
