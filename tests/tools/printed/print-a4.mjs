// Prints HTML pages to A4 PDFs through playwright-core's page.pdf (Debian's chromium): no margins, the page's own
// layout on a sheet narrower than Chromium's default Letter; an OUT ending in -land.pdf is A4 landscape with 10 mm
// margins. Called by make-printed.sh: print-a4.mjs IN OUT [IN OUT …]
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (let i = 0; i + 1 < args.length; i += 2) {
    await page.goto(`file://${resolve(args[i])}`);
    const land = args[i + 1].endsWith('-land.pdf');
    const margin = land ? { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } : undefined;
    await page.pdf({ path: args[i + 1], format: 'A4', landscape: land, margin });
    console.log(args[i + 1]);
  }
} finally {
  await browser.close();
}
