#!/usr/bin/env bash
# Real report pages printed to PDF as a visitor's browser prints them: Chromium's print-to-PDF of the saved page,
# the site's frame (columns, breadcrumbs, footer) and all, without the browser's own header and footer.
# Writes tests/fixtures/real/printed/<name>-chromium.pdf from tests/fixtures/real/<set>/<name>.html.
# Needs Debian's chromium (scripts/install-browser.sh); CI does not run this, the PDFs are committed.
set -euo pipefail
cd "$(dirname "$0")/../../fixtures/real"
for page in fujian2/312_putian-lyj-2024.html fujian2/314_putian-lyj-2022.html fujian2/315_putian-cgj-2024.html; do
  name=$(basename "$page" .html)
  chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$PWD/printed/$name-chromium.pdf" "file://$PWD/$page" 2>/dev/null
  echo "printed/$name-chromium.pdf"
done
