/**
 * OCR for the command line: a scanned PDF's pages rasterised by poppler's `pdftoppm` and read by Tesseract with
 * its simplified-Chinese model (Debian's `tesseract-ocr`, `tesseract-ocr-chi-sim`, `poppler-utils`), each run as
 * a process of its own, one core, bounded in time — nothing is downloaded and nothing leaves the machine.
 *
 * Each page: rendered in colour, the red of a seal (印章) lifted to paper white, grey (lib/readers/raster.ts), and
 * read as lib/readers/ocr-page.ts reads a page; each kind of image (the cells, the unsure cells again as numbers,
 * the prose) in one Tesseract run over all of them (TSV: word boxes and confidences).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OcrResult } from '../pipeline/files';
import type { OcrPage } from '../readers/ocr';
import type { Grey } from '../readers/ocr-grid';
import { greyWithoutSeal, pgm } from '../readers/raster';
import { OCR_DPI, READ_MODES, readScanPage, tsvWords, type OcrEngine, type ReadMode, type ReadWord } from '../readers/ocr-page';
import { errorMessage } from '../errors';

/** Time one page may take to render or to read, ms. */
export const OCR_PAGE_MS = 60_000;

/**
 * A tool run to its end: its output; or why it failed. `partial`: a run over many images that fails on one (a crop
 * too small for the engine) still gives what it read of the others.
 */
const run = (cmd: string, args: string[], timeout = OCR_PAGE_MS, partial = false) =>
  new Promise<{ stdout: string }>((resolve, reject) => {
    execFile(cmd, args, { timeout, maxBuffer: 64 << 20, env: { ...process.env, OMP_THREAD_LIMIT: '1' } }, (e, stdout, stderr) => {
      if (e && partial && !e.killed && stdout.includes('\t')) resolve({ stdout });
      else if (e) reject(new Error(`${cmd}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '未安装' : (stderr || e.message).trim().split('\n').pop()}`));
      else resolve({ stdout });
    });
  });

let available: Promise<string | null> | null = null;

/** Why OCR cannot run here (a tool or the Chinese model missing), or null when it can. Asked once a run. */
export function ocrMissing(): Promise<string | null> {
  available ??= (async () => {
    try {
      await run('pdftoppm', ['-v']);
    } catch {
      return '没有 pdftoppm（poppler-utils）';
    }
    try {
      const langs = (await run('tesseract', ['--list-langs'])).stdout;
      if (!/^chi_sim$/m.test(langs)) return '没有 Tesseract 的简体中文数据（tesseract-ocr-chi-sim）';
    } catch {
      return '没有 Tesseract（tesseract-ocr）';
    }
    return null;
  })();
  return available;
}

/** Tesseract's arguments for a kind of image (ocr-page.ts READ_MODES). */
const modeArgs = (mode: ReadMode) => {
  const { psm, whitelist } = READ_MODES[mode];
  return ['--psm', psm, ...(whitelist ? ['-c', `tessedit_char_whitelist=${whitelist}`] : [])];
};

/** One tesseract run over these images (a list file: the model loads once), its words by image. */
async function readImages(dir: string, name: string, images: Grey[], mode: ReadMode): Promise<ReadWord[]> {
  if (!images.length) return [];
  const paths: string[] = [];
  for (const [i, im] of images.entries()) {
    const path = join(dir, `${name}-${i}.pgm`);
    await writeFile(path, pgm(im));
    paths.push(path);
  }
  const list = join(dir, `${name}.txt`);
  await writeFile(list, paths.join('\n') + '\n');
  const { stdout } = await run('tesseract', [list, 'stdout', '-l', 'chi_sim', ...modeArgs(mode), 'tsv'], OCR_PAGE_MS, true);
  await Promise.all([...paths, list].map((p) => rm(p, { force: true })));
  // the list's images are its pages, counted from 1
  return tsvWords(stdout).map((w) => ({ ...w, img: w.img - 1 }));
}

/** A scanned PDF's first `pages` pages read at `dpi` (../readers/scan-dpi.ts); `onPage` told as each is done. */
export async function tesseractOcr(bytes: Uint8Array, pages: number, onPage?: (n: number, of: number) => void, dpi = OCR_DPI): Promise<OcrResult> {
  const missing = await ocrMissing();
  if (missing) return { error: `本机${missing}。安装：sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils`, missing: true };
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-ocr-'));
  try {
    const pdf = join(dir, 'scan.pdf');
    await writeFile(pdf, bytes);
    const out: OcrPage[] = [];
    let name = 0;
    const engine: OcrEngine = { read: (images, mode) => readImages(dir, `i${name++}`, images, mode) };
    for (let n = 1; n <= pages; n++) {
      const base = join(dir, `p${n}`);
      await run('pdftoppm', ['-r', String(dpi), '-f', String(n), '-l', String(n), '-singlefile', pdf, base]);
      const grey = greyWithoutSeal(new Uint8Array(await readFile(`${base}.ppm`)));
      await rm(`${base}.ppm`, { force: true });
      out.push(await readScanPage(grey, dpi, engine));
      onPage?.(n, pages);
    }
    return { engine: 'tesseract chi_sim', pages: out };
  } catch (e) {
    return { error: errorMessage(e) };
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
