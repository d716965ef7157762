/**
 * OCR in the extension's own pages (the viewer, the offscreen reader): a scanned PDF's pages drawn by pdf.js at
 * the scan's own resolution, 150–220 dpi (lib/readers/scan-dpi.ts), and read by tesseract.js (Tesseract compiled to
 * WebAssembly) with its simplified-Chinese model — the same reading of a page as the CLI's (lib/readers/ocr-page.ts),
 * the same engine at heart.
 *
 * Everything ships with the extension under `ocr/` (wxt.config.ts): tesseract.js's worker, its core (SIMD, LSTM
 * only, the WebAssembly inside its script) and `chi_sim.traineddata.gz` (tessdata_best, integer: 1.7 MB) — about
 * 5.6 MB, loaded only when a scan is opened. Nothing is fetched from elsewhere and nothing is cached outside the
 * page: the worker is told where each file is, and to keep nothing in IndexedDB.
 */
import type { OcrResult } from '../pipeline/files';
import type { OcrPage } from '../readers/ocr';
import { OCR_DPI, READ_MODES, readScanPage, tsvWords, type OcrEngine, type ReadMode, type ReadWord } from '../readers/ocr-page';
import { greyFromRgba, pgm } from '../readers/raster';
import type { Grey } from '../readers/ocr-grid';
import { extensionUrl } from './browser';
import { errorMessage } from '../errors';

/** Where the engine's files are among the extension's resources (copied there by wxt.config.ts). */
export const OCR_FILES = {
  worker: '/ocr/worker.min.js',
  core: '/ocr/tesseract-core-simd-lstm.wasm.js',
  langs: '/ocr',
} as const;

/** Tesseract's settings for a kind of image (ocr-page.ts READ_MODES). */
const modeParameters = (mode: ReadMode) => ({ tessedit_pageseg_mode: READ_MODES[mode].psm, tessedit_char_whitelist: READ_MODES[mode].whitelist });

/** The part of tesseract.js used here. */
interface TessWorker {
  setParameters(p: Record<string, string>): Promise<unknown>;
  recognize(image: Uint8Array, options: object, output: { tsv: true; text: false; blocks: false }): Promise<{ data: { tsv: string | null } }>;
}

/** The part of pdf.js used here (the browser build, with its worker). */
export interface PdfDraw {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getViewport(o: { scale: number }): { width: number; height: number };
        render(o: { canvasContext: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D; viewport: unknown }): { promise: Promise<void> };
        cleanup?(): void;
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

/** tesseract.js's worker, made once a page and kept for the next scan. */
let worker: Promise<TessWorker> | null = null;

function tesseract(): Promise<TessWorker> {
  worker ??= (async () => {
    const { createWorker } = await import('tesseract.js');
    return (await createWorker('chi_sim', 1, {
      workerPath: extensionUrl(OCR_FILES.worker),
      corePath: extensionUrl(OCR_FILES.core),
      langPath: extensionUrl(OCR_FILES.langs),
      gzip: true,
      cacheMethod: 'none',
      workerBlobURL: false,
    })) as unknown as TessWorker;
  })();
  worker.catch(() => (worker = null));
  return worker;
}

/** The engine: each image read on its own, in the mode's settings (set once per run of images). */
const engine = (w: TessWorker): OcrEngine => ({
  async read(images, mode) {
    if (!images.length) return [];
    await w.setParameters(modeParameters(mode));
    const out: ReadWord[] = [];
    for (const [img, im] of images.entries()) {
      const { data } = await w.recognize(pgm(im), {}, { tsv: true, text: false, blocks: false });
      // tesseract.js's TSV has no header line; its page is always the first
      for (const word of tsvWords(`header\n${data.tsv ?? ''}`)) out.push({ ...word, img });
    }
    return out;
  },
});

/** A page drawn at `dpi` on white, as grey with a seal's red lifted. */
async function drawn(page: Awaited<ReturnType<Awaited<ReturnType<PdfDraw['getDocument']>['promise']>['getPage']>>, dpi: number): Promise<Grey> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.round(viewport.width);
  const height = Math.round(viewport.height);
  const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(width, height) : Object.assign(document.createElement('canvas'), { width, height });
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new Error('无法绘制 PDF 页面');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  await page.render({ canvasContext: ctx, viewport }).promise;
  const grey = greyFromRgba(ctx.getImageData(0, 0, width, height).data, width, height);
  page.cleanup?.();
  return grey;
}

/** A scanned PDF's first `pages` pages read in the browser at `dpi` (../readers/scan-dpi.ts); `onPage` told how many are done, before the first and as each is. */
export async function browserOcr(pdfjs: PdfDraw, bytes: Uint8Array, pages: number, onPage?: (n: number, of: number) => void, dpi = OCR_DPI): Promise<OcrResult> {
  let w: TessWorker;
  try {
    w = await tesseract();
  } catch (e) {
    // said to be a scan, as where no engine is at hand
    return { error: `文字识别引擎未能加载（${errorMessage(e)}）`, missing: true };
  }
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  try {
    const out: OcrPage[] = [];
    const read = engine(w);
    onPage?.(0, pages);
    for (let n = 1; n <= Math.min(pages, doc.numPages); n++) {
      out.push(await readScanPage(await drawn(await doc.getPage(n), dpi), dpi, read));
      onPage?.(n, pages);
    }
    return { engine: 'tesseract.js chi_sim', pages: out };
  } catch (e) {
    return { error: errorMessage(e) };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
