/**
 * The original pages of a PDF beside its rebuilt tables: each page rendered by pdf.js, and each
 * finding's cell outlined where the reader found it on its page (the box it kept), so that a red
 * cell of the rebuilt table can be matched with the figure as printed.
 */
import type { Source } from '@/lib/model';

/** The part of pdf.js the pages need (the browser build, with its worker). */
interface PdfRender {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getViewport(o: { scale: number }): { width: number; height: number; convertToViewportRectangle(r: number[]): number[] };
        render(o: { canvasContext: CanvasRenderingContext2D; viewport: unknown }): { promise: Promise<void> };
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

/** A finding's cell on its page. */
export interface PageMark {
  id: string;
  severity: string;
  src: Source;
}

/** Pages drawn at most (a report has a few dozen; the rest are opened from the file). */
export const MAX_DRAWN_PAGES = 60;

/**
 * Draws the pages into `root` at its width, with the marks; resolves when drawn. The marks'
 * elements carry the findings' ids (data-nianbao-page-finding) and the cell's place.
 */
export async function drawPages(root: HTMLElement, bytes: Uint8Array, pdfjs: PdfRender, marks: PageMark[], label: (n: number) => string): Promise<void> {
  root.replaceChildren();
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  try {
    const width = Math.max(200, root.clientWidth - 2);
    for (let n = 1; n <= Math.min(doc.numPages, MAX_DRAWN_PAGES); n++) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: width / base.width });
      const frame = root.ownerDocument.createElement('figure');
      frame.className = 'nb-page';
      frame.dataset.testid = 'viewer-page-image';
      frame.dataset.page = String(n);
      const canvas = root.ownerDocument.createElement('canvas');
      const ratio = Math.min(2, root.ownerDocument.defaultView?.devicePixelRatio ?? 1);
      canvas.width = Math.round(viewport.width * ratio);
      canvas.height = Math.round(viewport.height * ratio);
      canvas.style.width = `${Math.round(viewport.width)}px`;
      canvas.style.height = `${Math.round(viewport.height)}px`;
      const ctx = canvas.getContext('2d');
      if (!ctx) continue;
      ctx.scale(ratio, ratio);
      await page.render({ canvasContext: ctx, viewport }).promise;
      const caption = root.ownerDocument.createElement('figcaption');
      caption.textContent = label(n);
      frame.append(caption, canvas);
      for (const m of marks.filter((x) => x.src.page === n && x.src.box)) {
        const [x0, y0, x1, y1] = viewport.convertToViewportRectangle(m.src.box!);
        const box = root.ownerDocument.createElement('div');
        box.className = `nb-page-mark nb-page-mark-${m.severity}`;
        box.dataset.nianbaoPageFinding = m.id;
        Object.assign(box.style, {
          left: `${Math.min(x0!, x1!) - 2}px`,
          top: `${Math.min(y0!, y1!) - 2}px`,
          width: `${Math.abs(x1! - x0!) + 4}px`,
          height: `${Math.abs(y1! - y0!) + 4}px`,
        });
        frame.append(box);
      }
      root.append(frame);
      // the marks stand on the canvas: below its caption, as laid out now
      for (const box of frame.querySelectorAll<HTMLElement>('.nb-page-mark')) box.style.top = `${parseFloat(box.style.top) + canvas.offsetTop}px`;
    }
  } finally {
    await doc.destroy();
  }
}
