#!/usr/bin/env bash
# The text of the real WPS 文字 PDFs of tests/fixtures/real/jiangsu-shanghai/ as poppler's pdftotext sets it — with
# -layout, without options, and with -raw — as a crawler or an auditor copies a PDF's text. Nothing is edited.
# Needs poppler-utils (pdftotext); CI does not run this: the texts are committed.
set -euo pipefail
cd "$(dirname "$0")/../../fixtures/real"
for pdf in jiangsu-shanghai/902_huaian-hzq-2023.pdf jiangsu-shanghai/903_huaian-hzq-2024.pdf jiangsu-shanghai/905_huaian-szf-2024.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftotext -layout "$pdf" "wps-text/$name.layout.txt"
  pdftotext "$pdf" "wps-text/$name.plain.txt"
  pdftotext -raw "$pdf" "wps-text/$name.raw.txt"
done
pdftotext -v 2>&1 | head -1
