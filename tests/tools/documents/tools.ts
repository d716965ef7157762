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

/** Prints HTML to an A4 PDF, with "— n —" page numbers in the footer as printed reports have. */
export async function chromiumPdf(browser: Browser, html: string, out: string, pageNumbers = true): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({
      path: out,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: pageNumbers,
      headerTemplate: '<div></div>',
      footerTemplate: '<div style="width:100%;text-align:center;font-size:9pt;font-family:\'AR PL UMing CN\',serif">— <span class="pageNumber"></span> —</div>',
      margin: { top: '25mm', bottom: '22mm', left: '20mm', right: '20mm' },
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
