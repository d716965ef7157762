#!/usr/bin/env bash
# Debian's OCR for scanned reports (the CLI reads image-only PDFs with them; tests/corpus/scans.test.ts runs on
# them): poppler's pdftoppm, Tesseract and its simplified-Chinese model. Nothing is downloaded at run time.
#   bash scripts/install-ocr.sh
set -euo pipefail
packages=()
command -v pdftoppm >/dev/null || packages+=(poppler-utils)
command -v tesseract >/dev/null || packages+=(tesseract-ocr)
tesseract --list-langs 2>/dev/null | grep -qx chi_sim || packages+=(tesseract-ocr-chi-sim)
[ ${#packages[@]} -eq 0 ] && exit 0
exec bash "$(dirname "$0")/apt-install.sh" "${packages[@]}"
