#!/usr/bin/env bash
# Text copied out of report PDFs, as a PDF viewer's copy or poppler's pdftotext gives it (Debian's poppler-utils):
# the fixtures of tests/corpus/pdf-text.test.ts. Run from the repository root; CI does not need poppler.
set -euo pipefail
out=tests/fixtures/documents/copied
mkdir -p "$out"
for name in blank-2021-chromium blank-2019-chromium; do
  pdftotext "tests/fixtures/documents/$name.pdf" "$out/$name.pdftotext.txt"
done
