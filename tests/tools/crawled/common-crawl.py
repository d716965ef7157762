"""Report pages as Common Crawl's text extractor writes them: Resiliparse's extract_plain_text with its defaults (a
table's row on a line, the cells of a row run together or set apart by a tab and spaces, a cell's <br> a line break).
Run by make-crawled.sh: common-crawl.py OUTDIR PAGE.html ..."""
import os, sys
from resiliparse.extract.html2text import extract_plain_text

out, pages = sys.argv[1], sys.argv[2:]
for page in pages:
    with open(page, encoding='utf-8') as f:
        html = f.read()
    name = os.path.basename(page)[:-5]
    with open(os.path.join(out, f'{name}.rsp.txt'), 'w', encoding='utf-8') as f:
        f.write(extract_plain_text(html))
