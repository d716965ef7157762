#!/usr/bin/env bash
# Report pages printed to PDF as a visitor's browser prints them, without the browser's own header and footer.
# - tests/fixtures/real/printed/<name>-chromium.pdf: real pages of tests/fixtures/real/<set>/ (the site's frame and
#   all), Chromium's print-to-PDF at its default Letter size; <name>-a4.pdf and -land.pdf: on A4, and A4 landscape
#   (print-a4.mjs).
# - tests/fixtures/printed-pages/<name>-chromium.pdf and <name>-a4.pdf: the project's own pages (tests/fixtures/pages/),
#   likewise: tables wider than the sheet, squeezed by the print.
# - tests/fixtures/printed-firefox/<name>-firefox.pdf: four of the project's pages printed by Firefox ESR (A4;
#   print-firefox.mjs): a text layer with about a fifth of its Chinese mapped to U+FFFD (unknown).
# Needs Debian's chromium and firefox-esr (scripts/install-browser.sh) and the dev dependencies (playwright-core); CI does not run
# this, the PDFs are committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../fixtures"
letter() { # IN OUT
  chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null
  echo "$2"
}
cd "$fixtures/real"
for page in fujian2/312_putian-lyj-2024.html fujian2/314_putian-lyj-2022.html fujian2/315_putian-cgj-2024.html; do
  letter "$PWD/$page" "$PWD/printed/$(basename "$page" .html)-chromium.pdf"
done
node "$here/print-a4.mjs" fujian/121_pingtan-syq-2024.html printed/121_pingtan-syq-2024-a4.pdf \
  fujian/122_pingtan-syq-2025.html printed/122_pingtan-syq-2025-land.pdf
# two Shanghai pages: 901 on Letter (表三's blank rows at a page's foot), 906 on A4 (on Letter its 表三 is wider than the
# sheet and the 总计 column is cut off: said as needs review, not kept)
letter "$PWD/jiangsu-shanghai/901_shanghai-bgt-2019.html" "$PWD/printed/901_shanghai-bgt-2019-chromium.pdf"
node "$here/print-a4.mjs" jiangsu-shanghai/906_shanghai-city-2020.html printed/906_shanghai-city-2020-a4.pdf
cd "$fixtures/pages"
for name in report-2019-split report-city-bureau report-zone-march sample-report; do
  letter "$PWD/$name.html" "$fixtures/printed-pages/$name-chromium.pdf"
done
node "$here/print-a4.mjs" report-city-bureau.html ../printed-pages/report-city-bureau-a4.pdf sample-report.html ../printed-pages/sample-report-a4.pdf
mkdir -p "$fixtures/printed-firefox"
node "$here/print-firefox.mjs" "$fixtures/printed-firefox" report-2019-split.html report-late.html report-zone-march.html sample-report.html
