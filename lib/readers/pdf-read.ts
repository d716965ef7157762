/** A PDF's pages as text items through pdf.js, within report-sized bounds of items, characters and time (./pdf.ts). */
import type { PdfTextItem, PdfPage } from './pdf-lines';

/** The part of pdf.js this reader uses. */
export interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; useSystemFonts?: boolean; disableFontFace?: boolean; stopAtErrors?: boolean; verbosity?: number }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getViewport(o: { scale: number }): { width: number; height: number };
        getTextContent(): Promise<{ items: unknown[] }>;
        streamTextContent?(): ReadableStream<{ items: unknown[] }>;
      }>;
      destroy(): Promise<void>;
      /** The document's information dictionary (its Title among others). */
      getMetadata?(): Promise<{ info?: unknown }>;
    }>;
  };
}

/** Pages read at most (a report has a few dozen). */
export const MAX_PDF_PAGES = 300;

/** Report-sized bounds of a PDF's text: items on one page and in all, characters in all, and time per page. */
export const PDF_LIMITS = { pageItems: 40_000, items: 400_000, chars: 8_000_000, pageMs: 20_000 };

/** A PDF past the reader's bounds: the reason, in words. */
export class PdfLimitError extends Error {
  override name = 'DocReadError';
}

/** A page's text items, read as pdf.js streams them and stopped at the page's budget of items and time. */
export async function pageItems(p: Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>, n: number, left: number): Promise<PdfTextItem[]> {
  const keep = (items: unknown[]) => items.filter((it): it is PdfTextItem => !!it && typeof (it as PdfTextItem).str === 'string');
  const limit = Math.min(PDF_LIMITS.pageItems, left);
  const tooMany = () => new PdfLimitError(`PDF 第 ${n} 页的文字对象超过 ${limit} 个（一页年报不过几千个），不像一份年报，未读取`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfLimitError(`PDF 第 ${n} 页读取超过 ${PDF_LIMITS.pageMs / 1000} 秒，未读取`)), PDF_LIMITS.pageMs);
  });
  try {
    if (!p.streamTextContent) {
      const items = keep((await Promise.race([p.getTextContent(), late])).items);
      if (items.length > limit) throw tooMany();
      return items;
    }
    // read as pdf.js streams it; past the budget the document is destroyed by the caller, which ends the stream
    const reader = p.streamTextContent().getReader();
    const out: PdfTextItem[] = [];
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), late]);
      if (done) return out;
      for (const it of keep(value.items)) out.push(it);
      if (out.length > limit) throw tooMany();
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Characters of a PDF's text layer that stand for no known character: U+FFFD (a font whose Unicode table maps the
 * glyph to "unknown", as Firefox's prints with CJK fonts on Linux do for about a fifth of the Chinese), the private
 * use area and control characters (a font without a Unicode table: its glyphs' own codes); and the characters in all,
 * spaces aside.
 */
export function unmappedGlyphs(pages: PdfPage[]): { unmapped: number; chars: number } {
  let unmapped = 0;
  let chars = 0;
  for (const p of pages)
    for (const it of p.items)
      for (let i = 0; i < it.str.length; i++) {
        const c = it.str.charCodeAt(i);
        if (c === 0x20 || c === 0x3000 || c === 9 || c === 10 || c === 13) continue;
        chars++;
        if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || c < 0x20) unmapped++;
      }
  return { unmapped, chars };
}

/** A text layer too damaged to read as the report (its glyphs' characters unknown): read from the page images instead. */
export function damagedTextLayer(pages: PdfPage[]): { unmapped: number; chars: number } | null {
  const g = unmappedGlyphs(pages);
  return g.unmapped >= 20 && g.unmapped >= 0.02 * g.chars ? g : null;
}

/** A PDF's pages as text items, through pdf.js (the Node or the browser build, passed in). */
/**
 * The title a PDF's information dictionary gives, when it is one line of text of a title's length: the file's own
 * word, untrusted, used only where the pages print none (Writer/Web leaves a page's centred bold title out of its
 * export: real, 上海市 2020). Null when there is none or it cannot be read.
 */
async function docTitle(doc: { getMetadata?(): Promise<{ info?: unknown }> }): Promise<string | null> {
  try {
    const info = (await doc.getMetadata?.())?.info;
    const title = info && typeof info === 'object' ? (info as Record<string, unknown>).Title : undefined;
    if (typeof title !== 'string') return null;
    const t = title.replace(/\s+/g, ' ').trim();
    return t.length >= 4 && t.length <= 200 && !/[\u0000-\u001f\u007f\ufffd]/.test(t) ? t : null;
  } catch {
    return null;
  }
}

export async function readPdfPages(bytes: Uint8Array, pdfjs: PdfJs): Promise<{ pages: PdfPage[]; total: number; title?: string }> {
  // pdf.js hands its data to the worker and detaches the buffer: give it a copy, the caller's bytes stay readable
  // verbosity 0: pdf.js says nothing on the terminal (its warnings are no concern of the auditor)
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    let items = 0;
    let chars = 0;
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
      const p = await doc.getPage(n);
      const vp = p.getViewport({ scale: 1 });
      const read = await pageItems(p, n, PDF_LIMITS.items - items);
      items += read.length;
      for (const it of read) chars += it.str.length;
      if (chars > PDF_LIMITS.chars) throw new PdfLimitError(`PDF 的文字超过 ${PDF_LIMITS.chars / 1_000_000} 百万字符（到第 ${n} 页），远超一份年报，未读取`);
      pages.push({ items: read, width: vp.width, height: vp.height });
    }
    const title = await docTitle(doc);
    return { pages, total: doc.numPages, ...(title ? { title } : {}) };
  } finally {
    await doc.destroy();
  }
}
