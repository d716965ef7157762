#!/usr/bin/env bash
# Real report pages made office files by LibreOffice Writer, as an office that keeps its report in Writer or Word
# would publish it (tests/fixtures/real/office/README.md):
# - <name>.docx, <name>.doc, <name>.pdf: the page opened by Writer's HTML import (HTML (StarWriter)), saved as Word
#   2007–365, Word 97–2003, and exported to PDF;
# - <name>-docx.pdf: that .docx opened again and exported to PDF (a Word file printed to PDF);
# - <name>-web.pdf: the page exported to PDF by Writer/Web (LibreOffice's HTML editor).
# Needs Debian's libreoffice-writer-nogui (bash scripts/apt-install.sh libreoffice-writer-nogui); CI does not run this,
# the files are committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
real="$here/../../fixtures/real"
out="$real/office"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
lo() { soffice "-env:UserInstallation=file://$tmp/profile" --headless --norestore "$@" >/dev/null; }
pages=(samples/007_putian-lyj-2023.html fujian/121_pingtan-syq-2024.html fujian/122_pingtan-syq-2025.html
  fujian/123_pingtan-syq-2023.html fujian2/311_putian-cgj-2023.html fujian2/312_putian-lyj-2024.html
  fujian2/313_putian-lyj-2025.html fujian2/314_putian-lyj-2022.html fujian2/315_putian-cgj-2024.html
  jiangsu-shanghai/901_shanghai-bgt-2019.html jiangsu-shanghai/906_shanghai-city-2020.html)
# pages whose PDF alone is kept (their Word files read as the pages; office-real.test.ts's NEAR)
pdf_only=(fujian6/710_pingtan-jtj-2024.html jiangsu-shanghai/904_shuyang-fgj-2023.html)
mkdir -p "$out" "$tmp/web" "$tmp/docx"
for p in "${pages[@]}"; do cp "$real/$p" "$tmp/"; done
mkdir -p "$tmp/only"
for p in "${pdf_only[@]}"; do cp "$real/$p" "$tmp/only/"; done
lo '--infilter=HTML (StarWriter)' --convert-to pdf:writer_pdf_Export --outdir "$out" "$tmp"/only/*.html
cd "$tmp"
lo '--infilter=HTML (StarWriter)' --convert-to 'docx:MS Word 2007 XML' --outdir "$out" ./*.html
lo '--infilter=HTML (StarWriter)' --convert-to 'doc:MS Word 97' --outdir "$out" ./*.html
lo '--infilter=HTML (StarWriter)' --convert-to pdf:writer_pdf_Export --outdir "$out" ./*.html
lo --convert-to pdf:writer_web_pdf_Export --outdir "$tmp/web" ./*.html
lo --convert-to pdf:writer_pdf_Export --outdir "$tmp/docx" "$out"/*.docx
for f in "$tmp"/web/*.pdf; do mv "$f" "$out/$(basename "$f" .pdf)-web.pdf"; done
for f in "$tmp"/docx/*.pdf; do mv "$f" "$out/$(basename "$f" .pdf)-docx.pdf"; done
# text of three Writer-import PDFs before they are left out (tests/fixtures/real/office-text/README.md): pdftotext
# without options sets 表四's header a character a line and its counts out of the table's order; -raw sets a wrapped
# label's lines before its row's values
mkdir -p "$real/office-text"
pdftotext "$out/121_pingtan-syq-2024.pdf" "$real/office-text/121_pingtan-syq-2024.plain.txt"
pdftotext "$out/122_pingtan-syq-2025.pdf" "$real/office-text/122_pingtan-syq-2025.plain.txt"
pdftotext -raw "$out/123_pingtan-syq-2023.pdf" "$real/office-text/123_pingtan-syq-2023.raw.txt"
# the PDFs kept are those that each raised something their page does not before the readers learnt it (the README
# says what); the others read as their pages and are left out to keep the fixtures small
keep=(007_putian-lyj-2023.pdf 311_putian-cgj-2023.pdf 312_putian-lyj-2024.pdf 314_putian-lyj-2022.pdf
  121_pingtan-syq-2024-docx.pdf 311_putian-cgj-2023-web.pdf 906_shanghai-city-2020.pdf 906_shanghai-city-2020-web.pdf
  710_pingtan-jtj-2024.pdf 904_shuyang-fgj-2023.pdf)
for f in "$out"/*.pdf; do
  [[ " ${keep[*]} " == *" $(basename "$f") "* ]] || rm "$f"
done
ls "$out"

# The project's own report pages (tests/fixtures/pages/), whose tables' cells may not wrap (nowrap, as a TRS editor
# writes them), exported to PDF by Writer/Web: LibreOffice lays such a table out wider than the page, centred, and
# prints only what falls on the page (tests/fixtures/office-pages/README.md)
pages="$here/../../fixtures/pages"
mkdir -p "$tmp/pages" "$here/../../fixtures/office-pages"
lo --convert-to pdf:writer_web_pdf_Export --outdir "$tmp/pages" "$pages/report-2021-cms.html" "$pages/report-zone-march.html" \
  "$pages/report-2019-split.html"
for f in "$tmp"/pages/*.pdf; do mv "$f" "$here/../../fixtures/office-pages/$(basename "$f" .pdf)-web.pdf"; done
# and through Writer's HTML import, as the real pages above
lo '--infilter=HTML (StarWriter)' --convert-to pdf:writer_pdf_Export --outdir "$tmp/pages" "$pages/report-2021-cms.html" "$pages/report-city-bureau.html" \
  "$pages/report-2019-split.html"
for f in "$tmp"/pages/*.pdf; do mv "$f" "$here/../../fixtures/office-pages/$(basename "$f" .pdf)-writer.pdf"; done
# and a Word file of a page exported to PDF again (report-city-bureau: .docx -> PDF)
lo '--infilter=HTML (StarWriter)' --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp/pages" "$pages/report-city-bureau.html"
lo --convert-to pdf:writer_pdf_Export --outdir "$tmp/pages" "$tmp/pages/report-city-bureau.docx"
mv "$tmp/pages/report-city-bureau.pdf" "$here/../../fixtures/office-pages/report-city-bureau-docx.pdf"
# and that Writer PDF of report-2021-cms made text by pdftotext (表四 cut by the page's edge: twelve of its counts, in
# pieces between its header's words)
pdftotext "$here/../../fixtures/office-pages/report-2021-cms-writer.pdf" "$here/../../fixtures/office-pages/report-2021-cms-writer.plain.txt"
ls "$here/../../fixtures/office-pages"
# report-2021-cms with 表三 broken into two tables (续表), each laid out at its own width: the edge cuts them at different
# columns, and inside a number (continued.mjs writes the pages)
cont="$here/../../fixtures/office-pages/continued"
mkdir -p "$cont"
node "$here/continued.mjs" "$cont"
lo --convert-to pdf:writer_web_pdf_Export --outdir "$tmp/cont" "$cont"/*.html
for f in "$tmp"/cont/*.pdf; do mv "$f" "$cont/$(basename "$f" .pdf)-web.pdf"; done
ls "$cont"

# Text made from three of the office PDFs by poppler's pdftotext, as a crawler or an auditor copies a PDF's text
# (tests/fixtures/real/office-text/README.md)
text="$real/office-text"
mkdir -p "$text"
pdftotext -layout "$out/311_putian-cgj-2023.pdf" "$text/311_putian-cgj-2023.layout.txt"
pdftotext -layout "$out/312_putian-lyj-2024.pdf" "$text/312_putian-lyj-2024.layout.txt"
pdftotext "$out/007_putian-lyj-2023.pdf" "$text/007_putian-lyj-2023.plain.txt"
