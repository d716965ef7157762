#!/usr/bin/env bash
# Report Word files as the tools crawlers run on them turn them into text (tests/fixtures/word-text/README.md): every
# .docx of the fixtures through docx2txt, every .doc through antiword (textract's tool) and catdoc, each with its
# defaults. Needs Debian's docx2txt, antiword and catdoc (apt-get install docx2txt antiword catdoc); CI does not run
# this, the texts are committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../fixtures"
out="$fixtures/word-text"
mkdir -p "$out"
for f in "$fixtures"/documents/*.docx "$fixtures"/documents/office/*.docx; do
  docx2txt "$f" "$out/$(basename "$f" .docx).docx2txt.txt" 2>/dev/null
done
for f in "$fixtures"/documents/*.doc "$fixtures"/documents/office/*.doc; do
  name="$(basename "$f" .doc)"
  antiword -m UTF-8.txt "$f" > "$out/$name.antiword.txt" 2>/dev/null
  catdoc -d utf-8 "$f" > "$out/$name.catdoc.txt" 2>/dev/null
done
ls "$out" | grep -c '\.txt$'
