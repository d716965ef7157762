"""The text two more Python libraries extract from each report PDF the project holds, as researchers and crawlers turn PDF
reports into text: pypdf (`PdfReader(...).pages[i].extract_text()`, the pages' texts a line apart, as LangChain's
PyPDFLoader reads a PDF) and pdfminer.six's own `extract_text` (its text boxes one after the other, a form feed between
pages). Run by make-pdf-text.sh: extract-more.py OUTDIR FILE.pdf ... (writes OUTDIR/pdf-pypdf/, OUTDIR/pdf-miner/)."""
import os, sys, logging
from pypdf import PdfReader
from pdfminer.high_level import extract_text

logging.getLogger('pdfminer').setLevel(logging.ERROR)
logging.getLogger('pypdf').setLevel(logging.ERROR)
out, files = sys.argv[1], sys.argv[2:]
for path in files:
    name = os.path.basename(path)[:-4]
    pages = PdfReader(path).pages
    text = '\n'.join((p.extract_text() or '') for p in pages)
    # a scan gives no text: left out
    if text.strip():
        with open(os.path.join(out, 'pdf-pypdf', name + '.pypdf.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
    text = extract_text(path)
    if text.replace('\f', '').strip():
        with open(os.path.join(out, 'pdf-miner', name + '.miner.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
