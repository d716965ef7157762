/**
 * A PDF's pages through pdf.js, asked directly with a pdf.js of our own making: what the reader asks of it, the pages
 * it reads and the items it keeps, each bound (items on a page and in all, characters, pages, time) at its edge and in
 * words, streamed or not, and the document destroyed whatever happens.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_PDF_PAGES, PDF_LIMITS, PdfLimitError, pageItems, readPdfPages, type PdfJs } from '../../lib/readers/pdf-read';

const DEFAULTS = { ...PDF_LIMITS };
afterEach(() => {
  Object.assign(PDF_LIMITS, DEFAULTS);
  vi.useRealTimers();
});

const item = (str: string) => ({ str, transform: [10, 0, 0, 10, 0, 0], width: 10, height: 10 });
type FakePage = { items: unknown[]; chunks?: unknown[][]; never?: boolean };

/** A pdf.js that serves these pages (streamed in `chunks` when given), recording what it was asked. */
function fake(pages: FakePage[], numPages = pages.length) {
  const log = { options: null as unknown, destroyed: 0, pagesAsked: [] as number[] };
  const pdfjs: PdfJs = {
    getDocument(options) {
      log.options = options;
      return {
        promise: Promise.resolve({
          numPages,
          async getPage(n: number) {
            log.pagesAsked.push(n);
            const p = pages[(n - 1) % pages.length]!;
            return {
              getViewport: ({ scale }: { scale: number }) => ({ width: 600 * scale, height: 800 * scale + n }),
              getTextContent: () => (p.never ? new Promise<never>(() => undefined) : Promise.resolve({ items: p.items })),
              ...(p.chunks
                ? {
                    streamTextContent: () => {
                      const chunks = p.chunks!.slice();
                      return new ReadableStream<{ items: unknown[] }>({
                        pull(c) {
                          if (p.never) return new Promise<void>(() => undefined);
                          const next = chunks.shift();
                          if (next) c.enqueue({ items: next });
                          else c.close();
                        },
                      });
                    },
                  }
                : {}),
            };
          },
          async destroy() {
            log.destroyed++;
          },
        }),
      };
    },
  };
  return { pdfjs, log };
}
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(PdfLimitError);
    expect((e as Error).name).toBe('DocReadError');
    return (e as Error).message;
  }
};

describe('readPdfPages', () => {
  it('asks pdf.js for a copy of the bytes, without eval, fonts or messages', async () => {
    const { pdfjs, log } = fake([{ items: [item('甲')] }]);
    const bytes = new Uint8Array([1, 2, 3]);
    await readPdfPages(bytes, pdfjs);
    const o = log.options as { data: Uint8Array };
    expect(o).toEqual({ data: bytes, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
    expect(o.data).not.toBe(bytes);
  });

  it('reads each page’s items and size, keeping only text items, and destroys the document', async () => {
    const { pdfjs, log } = fake([{ items: [item('甲'), null, { type: 'beginMarkedContent' }, { str: 5 }, item('')] }, { items: [item('乙')] }]);
    const r = await readPdfPages(new Uint8Array(1), pdfjs);
    expect(r.total).toBe(2);
    expect(r.pages).toEqual([
      { items: [item('甲'), item('')], width: 600, height: 801 },
      { items: [item('乙')], width: 600, height: 802 },
    ]);
    expect(log.destroyed).toBe(1);
  });

  it(`reads at most ${MAX_PDF_PAGES} pages, and says how many there were`, async () => {
    const { pdfjs, log } = fake([{ items: [item('页')] }], MAX_PDF_PAGES + 2);
    const r = await readPdfPages(new Uint8Array(1), pdfjs);
    expect([r.pages.length, r.total, log.pagesAsked.at(-1)]).toEqual([300, 302, 300]);
  });

  it('stops past the characters of a report, naming the page, and destroys the document', async () => {
    PDF_LIMITS.chars = 5;
    const ok = fake([{ items: [item('一二'), item('三')] }, { items: [item('四五')] }]);
    expect((await readPdfPages(new Uint8Array(1), ok.pdfjs)).pages).toHaveLength(2);
    const { pdfjs, log } = fake([{ items: [item('一二三')] }, { items: [item('四五六')] }]);
    expect(await failure(readPdfPages(new Uint8Array(1), pdfjs))).toBe('PDF 的文字超过 0.000005 百万字符（到第 2 页），远超一份年报，未读取');
    expect(log.destroyed).toBe(1);
  });

  it('counts items across pages against the document’s budget', async () => {
    PDF_LIMITS.items = 5;
    const ok = fake([{ items: [item('a'), item('b'), item('c')] }, { items: [item('d'), item('e')] }]);
    expect((await readPdfPages(new Uint8Array(1), ok.pdfjs)).pages).toHaveLength(2);
    const over = fake([{ items: [item('a'), item('b'), item('c')] }, { items: [item('d'), item('e'), item('f')] }]);
    expect(await failure(readPdfPages(new Uint8Array(1), over.pdfjs))).toBe('PDF 第 2 页的文字对象超过 2 个（一页年报不过几千个），不像一份年报，未读取');
  });
});

describe('pageItems', () => {
  const page = async (p: FakePage) => fake([p]).pdfjs.getDocument({ data: new Uint8Array() }).promise.then((d) => d.getPage(1));

  it('a page of its own bound of items, or of what is left of the document’s, whichever is less', async () => {
    PDF_LIMITS.pageItems = 3;
    const three = { items: [item('a'), item('b'), item('c')] };
    expect(await pageItems(await page(three), 1, 100)).toHaveLength(3);
    expect(await failure(pageItems(await page({ items: [...three.items, item('d')] }), 4, 100))).toBe('PDF 第 4 页的文字对象超过 3 个（一页年报不过几千个），不像一份年报，未读取');
    expect(await failure(pageItems(await page(three), 2, 2))).toBe('PDF 第 2 页的文字对象超过 2 个（一页年报不过几千个），不像一份年报，未读取');
  });

  it('streamed: items gathered chunk by chunk, stopped as soon as they pass the bound', async () => {
    PDF_LIMITS.pageItems = 3;
    const streamed = { items: [], chunks: [[item('a'), null], [item('b')], [item('c')]] };
    expect((await pageItems(await page(streamed), 1, 100)).map((i) => i.str)).toEqual(['a', 'b', 'c']);
    const over = { items: [], chunks: [[item('a'), item('b')], [item('c'), item('d')], [item('never read')]] };
    expect(await failure(pageItems(await page(over), 1, 100))).toMatch(/^PDF 第 1 页的文字对象超过 3 个/);
  });

  it('a page that does not answer in time is given up, in words; a page that does leaves no timer behind', async () => {
    vi.useFakeTimers();
    PDF_LIMITS.pageMs = 5_000;
    for (const p of [{ items: [], never: true }, { items: [], chunks: [[item('a')]], never: true }]) {
      const read = failure(pageItems(await page(p), 7, 100));
      await vi.advanceTimersByTimeAsync(4_999);
      let settled = false;
      void read.then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await read).toBe('PDF 第 7 页读取超过 5 秒，未读取');
    }
    await pageItems(await page({ items: [item('a')] }), 1, 100);
    await pageItems(await page({ items: [], chunks: [[item('a')]] }), 1, 100);
    expect(vi.getTimerCount()).toBe(0);
  });
});
