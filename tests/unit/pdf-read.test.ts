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

describe('the title a PDF’s information dictionary gives', () => {
  /** The fake pdf.js with a document whose getMetadata answers `meta` (or throws). */
  const withInfo = (meta: (() => Promise<{ info?: unknown }>) | undefined) => {
    const { pdfjs } = fake([{ items: [item('甲')] }]);
    const getDocument = pdfjs.getDocument.bind(pdfjs);
    pdfjs.getDocument = (o) => {
      const d = getDocument(o);
      return { promise: d.promise.then((doc) => (meta ? Object.assign(doc, { getMetadata: meta }) : doc)) };
    };
    return pdfjs;
  };
  const titleOf = async (meta: (() => Promise<{ info?: unknown }>) | undefined) => (await readPdfPages(new Uint8Array(1), withInfo(meta))).title;

  it('is read as one line of text (real: Writer/Web’s export of 上海市 2020, whose pages print no title)', async () => {
    expect(await titleOf(async () => ({ info: { Title: '2020年上海市政府信息公开工作年度报告', Producer: 'LibreOffice 7.4' } }))).toBe('2020年上海市政府信息公开工作年度报告');
    expect(await titleOf(async () => ({ info: { Title: '  某局2024年度\n政府信息公开\t工作年度报告 ' } }))).toBe('某局2024年度 政府信息公开 工作年度报告');
  });

  it('is none where there is none, it is no text of a title’s length, holds control characters, or cannot be read', async () => {
    expect(await titleOf(undefined)).toBeUndefined();
    expect(await titleOf(async () => ({}))).toBeUndefined();
    expect(await titleOf(async () => ({ info: null }))).toBeUndefined();
    expect(await titleOf(async () => ({ info: 'Title' }))).toBeUndefined();
    expect(await titleOf(async () => ({ info: { Title: 42 } }))).toBeUndefined();
    expect(await titleOf(async () => ({ info: { Title: '年报' } }))).toBeUndefined();
    expect(await titleOf(async () => ({ info: { Title: '年度报告' } }))).toBe('年度报告');
    expect(await titleOf(async () => ({ info: { Title: '报'.repeat(200) } }))).toBe('报'.repeat(200));
    expect(await titleOf(async () => ({ info: { Title: '报'.repeat(201) } }))).toBeUndefined();
    expect(await titleOf(async () => ({ info: { Title: '2020年\u0000报告' } }))).toBeUndefined();
    expect(await titleOf(async () => ({ info: { Title: '2020年\ufffd\ufffd报告' } }))).toBeUndefined();
    expect(await titleOf(() => Promise.reject(new Error('bad xref')))).toBeUndefined();
  });
});
