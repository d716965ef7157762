"""The text pdfplumber (0.11, pdfminer.six) extracts from each report PDF the project holds, a page's text after the
other's, as researchers turn PDF reports into text. Run by make-pdf-text.sh: extract.py OUTDIR FILE.pdf ..."""
import os, sys, logging
import pdfplumber

logging.getLogger('pdfminer').setLevel(logging.ERROR)
out, files = sys.argv[1], sys.argv[2:]
for path in files:
    with pdfplumber.open(path) as pdf:
        text = '\n'.join((p.extract_text() or '') for p in pdf.pages)
    # a scan gives no text: left out
    if not text.strip():
        continue
    with open(os.path.join(out, os.path.basename(path)[:-4] + '.plumber.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
