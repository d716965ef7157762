/**
 * The outside tools that make and read the document fixtures: headless Chromium (through
 * playwright-core), LibreOffice Writer (soffice), poppler-utils (pdfinfo, pdftotext, pdftoppm),
 * img2pdf and unzip.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export function run(cmd: string, args: string[], opts: { input?: Buffer } = {}): Buffer {
  const r = spawnSync(cmd, args, { input: opts.input, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 2000)}`);
  return r.stdout;
}

export function requireTools(): void {
  const missing = ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm', 'img2pdf', 'unzip', 'fc-list'].filter(
    (t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0,
  );
  if (missing.length) throw new Error(`missing tools: ${missing.join(', ')} (see tests/tools/documents/README.md)`);
  const fonts = run('fc-list', []).toString();
  for (const f of ['AR PL UMing CN', 'WenQuanYi Micro Hei']) {
    if (!fonts.includes(f)) throw new Error(`font "${f}" is not installed (see tests/tools/documents/README.md)`);
  }
}

// ── Chromium ───────────────────────────────────────────────────────────────

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

const SMALL = 'font-size:8pt;font-family:\'AR PL UMing CN\',serif;padding:0 12mm;display:flex;justify-content:space-between;width:100%';

/**
 * Prints HTML to an A4 PDF. `pageNumbers` true: "— n —" in the footer, as printed reports have;
 * 'browser': the running header and footer a browser prints (date and title above, the address
 * and "n/m" below), from the page opened at `url`.
 */
export async function chromiumPdf(browser: Browser, html: string, out: string, pageNumbers: boolean | 'browser' | 'count' = true, url = 'http://www.shili.gov.cn/zwgk/ndbg/t20230120_1.html'): Promise<void> {
  const page = await browser.newPage();
  try {
    if (pageNumbers === 'browser') {
      await page.route('http://www.shili.gov.cn/**', (r) => r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
      await page.goto(url, { waitUntil: 'load' });
    } else await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({
      path: out,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: !!pageNumbers,
      headerTemplate: pageNumbers === 'browser' ? `<div style="${SMALL}"><span class="date"></span><span class="title"></span><span></span></div>` : '<div></div>',
      footerTemplate:
        pageNumbers === 'browser'
          ? `<div style="${SMALL}"><span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`
          : pageNumbers === 'count'
            ? '<div style="width:100%;text-align:center;font-size:9pt;font-family:\'AR PL UMing CN\',serif">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>'
            : '<div style="width:100%;text-align:center;font-size:9pt;font-family:\'AR PL UMing CN\',serif">— <span class="pageNumber"></span> —</div>',
      margin: { top: '25mm', bottom: '22mm', left: '20mm', right: '20mm' },
      landscape: html.includes('size: A4 landscape'),
    });
  } finally {
    await page.close();
  }
}

// ── LibreOffice ────────────────────────────────────────────────────────────

export type LoFormat = 'pdf' | 'docx' | 'doc';
const LO_FILTER: Record<LoFormat, string> = {
  pdf: 'pdf:writer_pdf_Export',
  docx: 'docx:MS Word 2007 XML',
  doc: 'doc:MS Word 97',
};

/**
 * Converts HTML files with Writer (not Writer/Web: the HTML (StarWriter) import filter) into
 * `outDir`, each as `<basename>.<format>`. One soffice process for the whole batch.
 */
export function libreoffice(htmlFiles: string[], format: LoFormat, outDir: string, profile: string): string[] {
  if (!htmlFiles.length) return [];
  mkdirSync(outDir, { recursive: true });
  run('soffice', [
    `-env:UserInstallation=file://${profile}`,
    '--headless', '--norestore',
    '--infilter=HTML (StarWriter)',
    '--convert-to', LO_FILTER[format],
    '--outdir', outDir,
    ...htmlFiles,
  ]);
  const made = htmlFiles.map((f) => join(outDir, `${basename(f, extname(f))}.${format}`));
  const present = new Set(readdirSync(outDir).map((f) => join(outDir, f)));
  const lost = made.filter((f) => !present.has(f));
  if (lost.length) throw new Error(`soffice did not write ${lost.join(', ')}`);
  return made;
}

export function move(from: string, to: string): void {
  renameSync(from, to);
}

// ── poppler ────────────────────────────────────────────────────────────────

export function pdfPages(file: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]).toString());
  if (!m) throw new Error(`pdfinfo: no page count for ${file}`);
  return Number(m[1]);
}

/** `pdftotext -layout` of one page (1-based) or of the whole file. */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return run('pdftotext', ['-layout', ...range, file, '-']).toString();
}

export function unzipEntry(file: string, entry: string): string {
  return run('unzip', ['-p', file, entry]).toString();
}
