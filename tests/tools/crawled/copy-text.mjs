// What an auditor's copy of a page gives, and a headless browser's scrape: Chromium's selection of the whole page
// (Ctrl+A, Ctrl+C as text) and the body's innerText (Playwright's and Puppeteer's innerText('body')), written as
// NAME.sel.txt and NAME.inner.txt; and the body's textContent as a crawler's `$eval('body', (b) => b.textContent)` keeps
// it (the markup's line breaks and indentation, a script's text among it), NAME.tc.txt. Run by make-crawled.sh:
// copy-text.mjs OUTDIR PAGE.html …
import { chromium } from 'playwright-core';
import { basename, resolve } from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';

const [out, ...pages] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const p of pages) {
    await page.goto(`file://${resolve(p)}`);
    const { sel, inner, tc } = await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.body);
      const s = window.getSelection();
      s.removeAllRanges();
      s.addRange(r);
      return { sel: s.toString(), inner: document.body.innerText, tc: document.body.textContent };
    });
    const name = basename(p).replace(/\.html$/, '');
    writeFileSync(`${out}/${name}.sel.txt`, sel);
    writeFileSync(`${out}/${name}.inner.txt`, inner);
    writeFileSync(`${out}/${name}.tc.txt`, tc);
  }
} finally {
  await browser.close();
}
