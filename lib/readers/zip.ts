/**
 * A .docx checked before anything inflates it: the zip's own directory read first (how many
 * entries, how large each says it is, how much it says it shrank), then the text parts inflated
 * with a budget, so that a small file that would unpack to hundreds of megabytes of paragraphs
 * is refused in milliseconds, with a reason in words, before mammoth (JSZip) holds it whole.
 */
import { Inflate } from 'fflate';
import { errorMessage } from '../errors';
import { u16, u32 } from './bytes';

/** Report-sized bounds: a report's document.xml is a few megabytes at most. */
export const ZIP_LIMITS = {
  entries: 2_000,
  /** Inflated bytes of one text part (document.xml, styles, numbering, relations …). */
  partBytes: 40 * 1024 * 1024,
  /** Inflated bytes of all the text parts together. */
  textBytes: 64 * 1024 * 1024,
  /** Declared inflated size of any entry (an image included). */
  entryBytes: 64 * 1024 * 1024,
  /** How much an entry past a megabyte may have shrunk: XML of a real report shrinks 5–30 times. */
  ratio: 200,
};

/** A Word file this reader will not open: the reason in words (pipeline/files.ts answers it). */
export class DocReadError extends Error {
  override name = 'DocReadError';
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** The zip's central directory: its entries as it declares them. */
export function zipEntries(bytes: Uint8Array): Entry[] {
  // the end-of-directory record is in the last 64 KB (its comment is at most 65,535 bytes)
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocReadError('Word 文件已损坏：找不到压缩包目录');
  const count = u16(bytes, eocd + 10);
  const start = u32(bytes, eocd + 16);
  if (count === 0xffff || start === 0xffffffff) throw new DocReadError('Word 文件使用了超大压缩格式（ZIP64），不像一份年报，未读取');
  if (count > ZIP_LIMITS.entries) throw new DocReadError(`Word 文件含 ${count} 个部件（一份年报不过几十个），未读取`);
  const out: Entry[] = [];
  let o = start;
  for (let k = 0; k < count; k++) {
    if (o + 46 > bytes.length || u32(bytes, o) !== 0x02014b50) throw new DocReadError('Word 文件已损坏：压缩包目录不完整');
    const n = u16(bytes, o + 28);
    const extra = u16(bytes, o + 30);
    const comment = u16(bytes, o + 32);
    const name = new TextDecoder().decode(bytes.subarray(o + 46, o + 46 + n));
    out.push({ name, method: u16(bytes, o + 10), compressed: u32(bytes, o + 20), size: u32(bytes, o + 24), offset: u32(bytes, o + 42) });
    o += 46 + n + extra + comment;
  }
  return out;
}

/** An entry's inflated bytes, stopped as soon as they pass `cap`: null when they do. */
function inflateCapped(bytes: Uint8Array, e: Entry, cap: number): number | null {
  const o = e.offset;
  if (o + 30 > bytes.length || u32(bytes, o) !== 0x04034b50) throw new DocReadError(`Word 文件已损坏：部件 ${e.name} 不可读`);
  const from = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
  const data = bytes.subarray(from, Math.min(bytes.length, from + e.compressed));
  if (e.method === 0) return data.length > cap ? null : data.length;
  if (e.method !== 8) throw new DocReadError(`Word 文件的部件 ${e.name} 使用了不支持的压缩方式`);
  let out = 0;
  const over = new Error('over');
  const inflate = new Inflate((chunk) => {
    out += chunk.length;
    if (out > cap) throw over;
  });
  try {
    // small slices: one slice inflates to at most about a thousand times itself before the count is checked
    for (let i = 0; i < data.length; i += 16_384) inflate.push(data.subarray(i, i + 16_384), i + 16_384 >= data.length);
  } catch (err) {
    if (err === over) return null;
    throw new DocReadError(`Word 文件已损坏：部件 ${e.name} 无法解压（${errorMessage(err)}）`);
  }
  return out;
}

/**
 * A zip that is no Word file, said as what it is and what to do (OpenDocument, OFD, Excel, PowerPoint, a plain
 * archive); null for a Word file, or one that may be (its parts under word/, or a package whose main part Word's
 * relationships name).
 */
export function notWord(names: string[]): string | null {
  const lower = names.map((n) => n.toLowerCase());
  const has = (n: string) => lower.includes(n);
  const under = (d: string) => lower.some((n) => n.startsWith(d));
  if (under('word/')) return null;
  if (has('ofd.xml')) return '这是 OFD 版式文件，暂不能读取：请用 OFD 阅读器另存为 PDF 后再审计';
  if (has('content.xml') || has('mimetype')) return '这是 OpenDocument 文档（.odt 等），不是 Word 文件，暂不能读取：请另存为 Word（.docx）或 PDF 后再审计';
  if (under('xl/')) return '这是 Excel 表格（.xlsx），不是年报文件，未读取：请审计年报本身（网页、PDF 或 Word 文件）';
  if (under('ppt/')) return '这是 PowerPoint 演示文稿（.pptx），不是年报文件，未读取';
  if (!has('[content_types].xml')) return '这是一个压缩包（zip），不是 Word 文件，未读取：请解压后审计其中的年报文件';
  return null;
}

/**
 * Refuses a .docx that would unpack far past a report, reading only its directory and its text parts under a budget;
 * the names of its parts.
 */
export function checkDocx(bytes: Uint8Array): string[] {
  const entries = zipEntries(bytes);
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (e.size > ZIP_LIMITS.entryBytes) throw new DocReadError(`Word 文件的部件 ${e.name} 展开后有 ${MB(e.size)}，不像一份年报，未读取`);
    if (e.size > 1024 * 1024 && e.size > ZIP_LIMITS.ratio * Math.max(1, e.compressed)) {
      throw new DocReadError(`Word 文件的部件 ${e.name} 由 ${MB(e.compressed) === '0 MB' ? `${e.compressed} 字节` : MB(e.compressed)} 展开为 ${MB(e.size)}（压缩炸弹），未读取`);
    }
  }
  if (declared > 2 * ZIP_LIMITS.textBytes) throw new DocReadError(`Word 文件展开后共 ${MB(declared)}，不像一份年报，未读取`);
  // the text parts mammoth reads: inflated for real (a zip can lie about its sizes), within the budget
  let text = 0;
  for (const e of entries.filter((x) => /\.(?:xml|rels)$/i.test(x.name))) {
    const n = inflateCapped(bytes, e, Math.min(ZIP_LIMITS.partBytes, ZIP_LIMITS.textBytes - text));
    if (n === null) throw new DocReadError(`Word 文件的部件 ${e.name} 展开后超过 ${MB(ZIP_LIMITS.partBytes)}（一份年报的正文不过几 MB），未读取`);
    text += n;
  }
  return entries.map((e) => e.name);
}
