/**
 * OCR for the command line: a scanned PDF's pages rasterised by poppler's `pdftoppm` and read by Tesseract with
 * its simplified-Chinese model (Debian's `tesseract-ocr`, `tesseract-ocr-chi-sim`, `poppler-utils`), each run as
 * a process of its own, one core, bounded in time — nothing is downloaded and nothing leaves the machine.
 *
 * Each page: rendered in colour, the red of a seal (印章) lifted to paper white, grey (./raster.ts); levelled and
 * its tables' cells found from their ruling (lib/readers/ocr-grid.ts); each cell read on its own, in one
 * Tesseract run over all of them (TSV: word boxes and confidences), the unsure ones again as numbers; the prose
 * read apart. Digits read with low confidence take their image along, so that the auditor sees what the engine
 * saw (lib/readers/ocr.ts rebuilds the tables, lib/pipeline/findings.ts sends what rests on them to review).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OcrResult } from '../pipeline/files';
import { LOW_CONFIDENCE, slipsMended, type OcrPage, type OcrWord } from '../readers/ocr';
import { gridCells, inkIn, rotated, skewOf, type Grey } from '../readers/ocr-grid';
import { cropPng, cut, greyWithoutSeal, pgm, withoutRules } from './raster';

/** The resolution pages are read at: a table's 10.5-pt digits are about 22 pixels high, enough for Tesseract (300 dpi read no better, at twice the time). */
export const OCR_DPI = 150;
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

/**
 * Tesseract's TSV → words, each on its text line: its foot the line's median word foot, its height the line's
 * median word height (a glyph's own box is no size — 一 is a few pixels high — and a line's box in a table spans a
 * label wrapped over several lines), with its confidence.
 */
export function tsvWords(tsv: string): (OcrWord & { img: number })[] {
  const byLine = new Map<string, { text: string; box: [number, number, number, number]; conf: number; img: number }[]>();
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const text = f[11]!.trim();
    // what is left of a rule (丨, |) is no word
    if (!text || /^[|｜丨¦!]+$/.test(text)) continue;
    const [left, top, width, height] = f.slice(6, 10).map(Number) as [number, number, number, number];
    const key = f.slice(1, 5).join('.');
    const list = byLine.get(key) ?? [];
    list.push({ text, box: [left, top, left + width, top + height], conf: Number(f[10]), img: Number(f[1]) });
    byLine.set(key, list);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const out: (OcrWord & { img: number })[] = [];
  for (const words of byLine.values()) {
    const foot = median(words.map((w) => w.box[3]));
    const height = median(words.map((w) => w.box[3] - w.box[1]));
    for (const w of words) out.push({ text: w.text, box: [w.box[0], foot - height, w.box[2], foot], conf: w.conf, img: w.img });
  }
  return out;
}

/** One tesseract run over these images (a list file: the model loads once), its words by image, each placed back by its image's origin. */
async function readImages(dir: string, name: string, images: { grey: Grey; at: [number, number] }[], psm: string, config: string[] = []): Promise<(OcrWord & { img: number })[]> {
  if (!images.length) return [];
  const paths: string[] = [];
  for (const [i, im] of images.entries()) {
    const path = join(dir, `${name}-${i}.pgm`);
    await writeFile(path, pgm(im.grey));
    paths.push(path);
  }
  const list = join(dir, `${name}.txt`);
  await writeFile(list, paths.join('\n') + '\n');
  const { stdout } = await run('tesseract', [list, 'stdout', '-l', 'chi_sim', '--psm', psm, ...config, 'tsv'], OCR_PAGE_MS, true);
  await Promise.all([...paths, list].map((p) => rm(p, { force: true })));
  return tsvWords(stdout).map((w) => {
    const at: [number, number] = images[w.img - 1]?.at ?? [0, 0];
    return { text: w.text, conf: w.conf, img: w.img - 1, box: [w.box[0] + at[0], w.box[1] + at[1], w.box[2] + at[0], w.box[3] + at[1]] as [number, number, number, number] };
  });
}

/** A word that is no reading at all: the engine's guess at a smudge, a seal's ring, what is left of a rule. */
const noReading = (w: OcrWord) => w.conf < 30 && !/\d/.test(w.text);

/**
 * One page: levelled; each ruled table's cell read on its own (a number in its box, never run into its neighbour
 * or a rule), the rest of the page — the prose, what no rule encloses — read as a column of text.
 */
async function readPage(dir: string, n: number, grey: Grey): Promise<Pick<OcrPage, 'words' | 'unread' | 'cells'>> {
  const page = rotated(grey, skewOf(grey));
  const grid = gridCells(page, OCR_DPI);
  // the cells with ink are read; an empty one stays in its row, blank
  const inset = 4;
  const images = grid.flatMap((c, cell) => {
    if (inkIn(page, c.box) <= 0.002) return [];
    const box: [number, number, number, number] = [c.box[0] + inset, c.box[1] + inset, c.box[2] - inset + 1, c.box[3] - inset + 1];
    return [{ cell, grey: cut(page, box), at: [box[0], box[1]] as [number, number] }];
  });
  // the page without its tables, for the prose
  const rest: Grey = { ...page, px: page.px.slice() };
  for (const c of grid) {
    for (let y = Math.max(0, c.box[1] - 2); y < Math.min(page.height, c.box[3] + 3); y++) rest.px.fill(255, y * page.width + Math.max(0, c.box[0] - 2), y * page.width + Math.min(page.width, c.box[2] + 3));
  }
  const first = (await readImages(dir, `p${n}c`, images, '6')).filter((w) => !noReading(w));
  // a cell read as nothing, or as a few unsure characters (a digit taken for 了 or 人): read again as a number
  const unsure = images.flatMap((im, i) => {
    const ws = first.filter((w) => w.img === i);
    return !ws.length || (ws.map((w) => w.text).join('').length <= 4 && ws.every((w) => w.conf < 75)) ? [i] : [];
  });
  const again = await readImages(dir, `p${n}d`, unsure.map((i) => images[i]!), '7', ['-c', 'tessedit_char_whitelist=0123456789.-']);
  const retried = new Set(again.filter((w) => !noReading(w)).map((w) => unsure[w.img]!));
  const read = [...first.filter((w) => !retried.has(w.img)), ...again.filter((w) => retried.has(unsure[w.img]!)).map((w) => ({ ...w, img: unsure[w.img]! }))];
  const prose = (await readImages(dir, `p${n}t`, [{ grey: withoutRules(rest, OCR_DPI), at: [0, 0] }], '4')).filter((w) => !noReading(w));
  const wordsOf = (cell: number) => read.filter((w) => images[w.img]!.cell === cell);
  const withImage = ({ img: _, ...w }: OcrWord & { img: number }): OcrWord => ((/\d/.test(w.text) && w.conf < LOW_CONFIDENCE) || slipsMended(w.text) !== null ? { ...w, image: cropPng(page, w.box) } : w);
  return {
    words: prose.map(withImage),
    // a cell with ink and nothing read from it: said as unread, with its image (what rests on it needs review)
    unread: images.filter((im) => !wordsOf(im.cell).length).map((im) => ({ text: '', box: grid[im.cell]!.box, conf: 0, image: cropPng(page, grid[im.cell]!.box, 2) })),
    cells: grid.map((c, i) => ({ box: c.box, band: c.band, words: wordsOf(i).map(withImage) })),
  };
}

/** A scanned PDF's first `pages` pages read; `onPage` told as each is done. */
export async function tesseractOcr(bytes: Uint8Array, pages: number, onPage?: (n: number, of: number) => void): Promise<OcrResult> {
  const missing = await ocrMissing();
  if (missing) return { error: `本机${missing}。安装：sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils`, missing: true };
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-ocr-'));
  try {
    const pdf = join(dir, 'scan.pdf');
    await writeFile(pdf, bytes);
    const out: OcrPage[] = [];
    for (let n = 1; n <= pages; n++) {
      const base = join(dir, `p${n}`);
      await run('pdftoppm', ['-r', String(OCR_DPI), '-f', String(n), '-l', String(n), '-singlefile', pdf, base]);
      const grey = greyWithoutSeal(new Uint8Array(await readFile(`${base}.ppm`)));
      await rm(`${base}.ppm`, { force: true });
      out.push({ width: grey.width, height: grey.height, dpi: OCR_DPI, ...(await readPage(dir, n, grey)) });
      onPage?.(n, pages);
    }
    return { engine: 'tesseract chi_sim', pages: out };
  } catch (e) {
    return { error: (e as Error).message };
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
