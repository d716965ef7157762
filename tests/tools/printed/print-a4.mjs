// Prints HTML pages to A4 PDFs through playwright-core's page.pdf (Debian's chromium, no margins: the page's own
// layout on a sheet narrower than Chromium's default Letter). Called by make-printed.sh: print-a4.mjs IN OUT [IN OUT …]
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (let i = 0; i + 1 < args.length; i += 2) {
    await page.goto(`file://${resolve(args[i])}`);
    await page.pdf({ path: args[i + 1], format: 'A4' });
    console.log(args[i + 1]);
  }
} finally {
  await browser.close();
}
