"""Report pages as Python scrapers write them: BeautifulSoup's get_text, each text node on its line as it stands
('\\n'), stripped and blank ones dropped (strip=True), and run together (no separator, as textContent). Scripts and
styles removed first, as scrapers do. Run by make-crawled.sh: convert.py OUTDIR PAGE.html ..."""
import os, sys
from bs4 import BeautifulSoup

out, pages = sys.argv[1], sys.argv[2:]
for page in pages:
    with open(page, encoding='utf-8') as f:
        soup = BeautifulSoup(f.read(), 'lxml')
    for s in soup(['script', 'style']):
        s.decompose()
    name = os.path.basename(page)[:-5]
    for kind, text in (('bs4-nl', soup.get_text('\n')), ('bs4-strip', soup.get_text('\n', strip=True)), ('bs4-cat', soup.get_text())):
        with open(os.path.join(out, f'{name}.{kind}.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
