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
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "installing ${packages[*]} from Debian" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
