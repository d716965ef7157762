#!/usr/bin/env bash
# Report PDFs as pdfplumber turns them into text (tests/fixtures/pdf-text/README.md): every text PDF of the fixtures
# (office exports, Chromium prints of pages, real pages printed). Needs python3 and the PyPI registry (pdfplumber is
# installed in a temporary folder, never the project's); CI does not run this, the texts are committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../fixtures"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet pdfplumber==0.11.10
mkdir -p "$fixtures/pdf-text"
"$tmp/venv/bin/python" "$here/extract.py" "$fixtures/pdf-text" "$fixtures"/documents/*.pdf "$fixtures"/documents/office/*.pdf "$fixtures"/real/printed/*.pdf "$fixtures"/printed-pages/*.pdf 2>/dev/null
ls "$fixtures/pdf-text" | wc -l
