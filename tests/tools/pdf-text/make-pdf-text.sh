#!/usr/bin/env bash
# Report PDFs as pdfplumber turns them into text (tests/fixtures/pdf-text/README.md): every text PDF of the fixtures
# (office exports, Chromium prints of pages, real pages printed); and as pypdf and pdfminer.six's own extract_text do
# (tests/fixtures/pdf-pypdf/, tests/fixtures/pdf-miner/; pdfplumber 0.11.10 pins that pdfminer.six, 20260107). Needs
# python3 and the PyPI registry (the libraries are installed in a temporary folder, never the project's); CI does not
# run this, the texts are committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../fixtures"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet pdfplumber==0.11.10 pypdf==6.19.0
mkdir -p "$fixtures/pdf-text" "$fixtures/pdf-pypdf" "$fixtures/pdf-miner"
"$tmp/venv/bin/python" "$here/extract.py" "$fixtures/pdf-text" "$fixtures"/documents/*.pdf "$fixtures"/documents/office/*.pdf "$fixtures"/real/printed/*.pdf "$fixtures"/printed-pages/*.pdf 2>/dev/null
"$tmp/venv/bin/python" "$here/extract-more.py" "$fixtures" "$fixtures"/documents/*.pdf "$fixtures"/documents/office/*.pdf "$fixtures"/real/printed/*.pdf "$fixtures"/printed-pages/*.pdf 2>/dev/null
ls "$fixtures/pdf-text" "$fixtures/pdf-pypdf" "$fixtures/pdf-miner" | grep -c "\.txt$"
