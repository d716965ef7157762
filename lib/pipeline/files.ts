/**
 * A report published as a file: PDF (pdf.js, passed in: the Node or the browser
 * build), Word (.docx through mammoth → HTML → the same path as a page), old Word
 * (.doc through its piece table). The same recognition, mapping, rules and result
 * as a page; each block keeps where it stands in the file (page and line of a PDF,
 * paragraph of a Word file), and a PDF that holds only images says so.
 */
import type { AuditOptions, Block, OcrDoubt, PageDocument, PageMeta } from '../model';
import { withTextTables } from '../grid/text-layouts';
import { domBlocks } from '../page/dom-blocks';
import { bodyOf } from '../page/dom-text';
import { decode, looksBinary } from '../text/decode';
import { isRtf, RTF_ANSWER, sniffFile } from '../readers/sniff';
import { savedPage } from '../readers/mhtml';
import { pdfBlocks, readPdfPages, type PdfJs } from '../readers/pdf';
import { damagedTextLayer } from '../readers/pdf-read';
import { ocrBlocks, ocrPdfPages, type OcrPage } from '../readers/ocr';
import { scanDpi } from '../readers/scan-dpi';
import { auditBlocks, auditDocument, auditText, failed, type Audit } from './audit';
import { markShortened } from '../page/content-root';
import { fileNameOf } from '../text/address';
import { errorMessage } from '../errors';

export { sniffFile, type FileKind } from '../readers/sniff';

/** A scan's pages read by an OCR engine (the CLI's: lib/cli/ocr.ts), or why they could not be. */
export type OcrResult = { engine: string; pages: OcrPage[] } | { error: string; missing?: true };

/** What file audits need from their surroundings: pdf.js, an HTML parser for Word's HTML, and where there is one, OCR for scans. */
export interface FileEnv {
  pdfjs: () => Promise<PdfJs>;
  parseHtml: (html: string) => PageDocument;
  /** Reads a scanned PDF's pages (all `pages` of them); absent where no engine is at hand (a scan is then said to be one). */
  ocr?: (bytes: Uint8Array, pages: number, dpi: number) => Promise<OcrResult>;
}

/** A file name or address without its folders and extension, for a title (a name that does not decode stays as it is). */
function baseName(source: string): string {
  return fileNameOf(source).replace(/\.[a-z0-9]+$/i, '');
}

function fileMeta(source: string, url: string | null, title?: string | null): PageMeta {
  const titles = [title, baseName(source)].filter((t): t is string => !!t && t.length <= 200);
  return { titles, metaTags: {}, publishedTime: null, links: [], url };
}

/** Each block of a Word file numbered by its paragraph, so that a finding can say where it stands. */
function numbered(blocks: Block[]): Block[] {
  blocks.forEach((b, i) => {
    b.src = { ...b.src, para: i + 1 };
    if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) c.src = { ...c.src, para: i + 1 };
  });
  return blocks;
}

/** Pages past this many bytes are read from their beginning only (a report page is a few hundred KB). */
export const MAX_PAGE_BYTES = 12 * 1024 * 1024;

/** The first `n` bytes or fewer, not cutting a UTF-8 character or a UTF-16 code unit in two. */
function prefix(bytes: Uint8Array, n: number): Uint8Array {
  let cut = Math.min(n, bytes.length);
  while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut--;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) cut -= cut % 2;
  return bytes.subarray(0, cut);
}

/**
 * The audit of a file's bytes, whatever it is: a report file by its first bytes;
 * otherwise a page or a text (as `hint` says, from a file name, else by its content).
 */
export async function auditFile(
  bytes: Uint8Array, source: string, url: string | null, options: AuditOptions, env: FileEnv, contentType: string | null = null, hint?: 'html' | 'text',
): Promise<Audit> {
  const sniffed = sniffFile(bytes, contentType);
  const kind = sniffed === 'html' || sniffed === 'text' ? (hint ?? sniffed) : sniffed;
  if ((kind === 'html' || kind === 'text') && looksBinary(bytes)) return failed(source, new Error('不是文本、网页或年报文件（PDF、Word）'));
  if (sniffed === 'text' && isRtf(bytes)) return failed(source, new Error(RTF_ANSWER));
  try {
    switch (kind) {
      case 'pdf': {
        const { pages, total, title } = await readPdfPages(bytes, await env.pdfjs());
        const { blocks, textChars } = pdfBlocks(pages);
        const dpi = () => scanDpi(bytes, pages[0]?.width ?? 0);
        // a scan: pages of images, no text to read — read by OCR where an engine is at hand
        if (textChars < 20 * Math.max(1, pages.length) && textChars < 200) return env.ocr ? await scanned(bytes, source, url, options, env.ocr, total, dpi()) : noText(source, url, total);
        // a text layer whose fonts leave many characters unknown: the pages' images read by OCR where an engine is at
        // hand; else the text as it is, what may rest on the unknown characters left to review
        const damaged = damagedTextLayer(pages);
        if (damaged && env.ocr) {
          const read = await env.ocr(bytes, Math.min(total, MAX_SCAN_PAGES), dpi());
          const ocred = 'error' in read ? null : auditOcrPages(read, source, url, options, total, damaged);
          if (ocred) return ocred;
        }
        return withFile(auditBlocks(blocks, { ...fileMeta(source, url, title), ...(damaged ? { damaged } : {}) }, source, options), 'pdf', total);
      }
      case 'docx': {
        // mammoth reads a buffer in Node and an ArrayBuffer in the browser: give it both
        const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        // the zip's directory and text parts checked under a budget before anything holds them whole
        const zip = await import('../readers/zip');
        const other = zip.notWord(zip.checkDocx(bytes));
        if (other) return failed(source, new Error(other));
        // mammoth and the .doc reader load when a Word file comes, not at every start
        const mammoth = (await import('mammoth')).default;
        // images are not read (a report's figures are in its text and tables): an image handler that never reads them
        const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
        const { value: html } = await mammoth.convertToHtml({ buffer: bytes, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer }, { convertImage });
        if (html.length > MAX_WORD_HTML) throw new FileLimitError(`Word 文件的正文有 ${Math.round(html.length / 1e6)} 百万字符，远超一份年报，未读取`);
        const doc = env.parseHtml(`<!doctype html><html><head></head><body>${html}</body></html>`);
        const blocks = numbered(withTextTables(domBlocks(bodyOf(doc))));
        return withFile(auditBlocks(blocks, fileMeta(source, url), source, options), 'docx', null);
      }
      case 'doc': {
        const { docBlocks, docText } = await import('../readers/doc');
        const blocks = withTextTables(docBlocks(docText(bytes)));
        return withFile(auditBlocks(blocks, fileMeta(source, url), source, options), 'doc', null);
      }
      case 'html':
      case 'text': {
        // a page saved whole as one file (MHTML): its page, from the address it was saved from
        const saved = savedPage(bytes);
        if (saved && 'error' in saved) return failed(source, new Error(saved.error));
        if (!saved && kind === 'text') return auditText(decode(bytes, contentType), source, options);
        const page = saved ? saved.html : bytes;
        // a page far past any report is read from its beginning: decoding all of it would hold it twice over
        const whole = page.length <= MAX_PAGE_BYTES;
        const doc = env.parseHtml(decode(whole ? page : prefix(page, MAX_PAGE_BYTES), saved ? saved.contentType : contentType));
        if (!whole) markShortened(doc, MAX_PAGE_BYTES);
        return auditDocument(doc, source, url ?? saved?.location ?? null, options);
      }
    }
  } catch (e) {
    if ((e as Error)?.name === 'DocReadError' || e instanceof FileLimitError) return failed(source, e);
    return failed(source, new Error(unreadable(kind, e)));
  }
}

/** Word's text as HTML past this many characters is no report (a report's is well under a million). */
export const MAX_WORD_HTML = 20_000_000;

/** A file past a reader's bounds: the reason, in words. */
export class FileLimitError extends Error {
  override name = 'FileLimitError';
}

/** Libraries' own reasons, in English, as what they mean in Chinese with their words after (on one line). */
const LIBRARY_REASONS: [RegExp, string][] = [
  [/password/i, '文件有密码保护'],
  [/Invalid PDF structure|InvalidPDF|Invalid XRef|bad XRef|startxref/i, '文件结构损坏'],
  [/Invalid string length|Array buffer allocation failed|out of memory|heap/i, '内容过大，超出可读取的范围'],
  [/end of data|Unexpected end|truncated|corrupt/i, '文件不完整或已损坏'],
  [/xml|xmldom|tag|element|attribute|entity/i, '文件内部的 XML 损坏'],
  [/zip|central directory|signature/i, '压缩包损坏'],
];

/** Why a file could not be read: its kind, what the library's reason means, the library's words after. */
export function unreadable(kind: string, e: unknown): string {
  const raw = errorMessage(e).replace(/\s+/g, ' ').trim().slice(0, 200);
  const what = kind === 'pdf' ? 'PDF 文件' : kind === 'docx' || kind === 'doc' ? 'Word 文件' : '文件';
  const meaning = LIBRARY_REASONS.find(([re]) => re.test(raw))?.[1];
  if (/[\u4e00-\u9fff]/.test(raw)) return raw;
  return `${what}无法读取：${meaning ?? '格式无法识别'}${raw ? `（${raw}）` : ''}`;
}

/** The audit says what file it read: its kind and, for a PDF, how many pages. */
function withFile(a: Audit, kind: 'pdf' | 'docx' | 'doc', pages: number | null): Audit {
  return { ...a, result: { ...a.result, file: { kind, pages } } };
}

/**
 * A scan read by OCR and audited like a text PDF, the digits the engine was unsure of kept in the metadata
 * (findings resting on them go to needs review). Where the engine is not installed, said to be a scan as before;
 * where it failed, said why.
 */
async function scanned(bytes: Uint8Array, source: string, url: string | null, options: AuditOptions, ocr: NonNullable<FileEnv['ocr']>, total: number, dpi: number): Promise<Audit> {
  const read = await ocr(bytes, Math.min(total, MAX_SCAN_PAGES), dpi);
  if ('error' in read) return read.missing ? noText(source, url, total) : failed(source, new Error(`PDF 文件只有图像（扫描件），文字识别未能读取：${read.error}`));
  return auditOcrPages(read, source, url, options, total);
}

/** A scan's pages as the OCR engine read them, audited. */
export function auditOcrPages(read: { engine: string; pages: OcrPage[] }, source: string, url: string | null, options: AuditOptions, total: number): Audit;
/** A damaged text layer's pages as OCR read them (its count of unknown characters kept), or null where OCR read no word. */
export function auditOcrPages(
  read: { engine: string; pages: OcrPage[] }, source: string, url: string | null, options: AuditOptions, total: number, damaged: NonNullable<PageMeta['damaged']>,
): Audit | null;
export function auditOcrPages(
  read: { engine: string; pages: OcrPage[] }, source: string, url: string | null, options: AuditOptions, total: number, damaged?: PageMeta['damaged'],
): Audit | null {
  // tables rebuilt from the cells the engine found, where it found them; else from where the words stand, as in a PDF
  let laid: { blocks: Block[]; doubts: OcrDoubt[]; words: number };
  if (read.pages.some((p) => p.cells?.length)) laid = ocrBlocks(read.pages);
  else {
    const { pages, doubts, words } = ocrPdfPages(read.pages);
    laid = { blocks: pdfBlocks(pages).blocks, doubts, words };
  }
  if (!laid.words) return damaged ? null : noText(source, url, total);
  const meta: PageMeta = { ...fileMeta(source, url), ocr: { engine: read.engine, pages: read.pages.length, doubts: laid.doubts }, ...(damaged ? { damaged } : {}) };
  return withFile(auditBlocks(laid.blocks, meta, source, options), 'pdf', total);
}

/** Pages of a scan read by OCR at most (a report has a few dozen; each takes seconds). */
export const MAX_SCAN_PAGES = 60;

/** A PDF without a text layer (a scan): one finding that says so, nothing else to check. */
function noText(source: string, url: string | null, pages: number): Audit {
  const a = auditBlocks([], { ...fileMeta(source, url), scan: { pages } }, source, {});
  return withFile(a, 'pdf', pages);
}
