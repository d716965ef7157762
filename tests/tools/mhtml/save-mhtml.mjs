// Saves report pages as one file each, as a visitor's browser saves them ("网页，单个文件" / "Webpage, Single File"):
// Chromium's own MHTML writer (the DevTools protocol's Page.captureSnapshot, what Save Page As uses), through
// playwright-core and Debian's chromium. Each page is served at a localhost address (answered from the file, no
// server), so the file records where it was saved from, as a real save does. Called by make-mhtml.sh:
// save-mhtml.mjs BASE OUT_DIR FILE [FILE …] (FILE relative to BASE; the address is http://127.0.0.1:8000/FILE).
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, extname } from 'node:path';

const [base, out, ...files] = process.argv.slice(2);
const ORIGIN = 'http://127.0.0.1:8000/';
const TYPES = { '.html': 'text/html', '.htm': 'text/html', '.css': 'text/css', '.png': 'image/png', '.gif': 'image/gif', '.jpg': 'image/jpeg' };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const path = join(base, decodeURIComponent(url.pathname));
    if (url.origin + '/' !== ORIGIN || !existsSync(path)) return route.fulfill({ status: 404, body: '' });
    // the bytes as they are: a page's own charset (a meta tag) is kept
    return route.fulfill({ status: 200, body: readFileSync(path), headers: { 'content-type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream' } });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  for (const file of files) {
    await page.goto(ORIGIN + file.split('/').map(encodeURIComponent).join('/'), { waitUntil: 'load' });
    const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
    const name = join(out, basename(file).replace(/\.html?$/, '.mhtml'));
    writeFileSync(name, data);
    console.log(name);
  }
} finally {
  await browser.close();
}
