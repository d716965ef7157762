/**
 * An old Word (.doc, Word 97–2003) file's text, read through its piece table
 * (MS-DOC: the FIB, the Clx in the table stream, compressed or UTF-16 pieces).
 * Table cells end with a cell mark: a paragraph holding them is one row, its cells
 * joined by tabs, so that the text layouts read it as a table.
 */
import CFB from 'cfb';
import type { Block, Cell } from '../model';
import { cleanText } from '../text/normalize';
import { inTableAt, papxRuns, rowEndAt } from './doc-papx';
import { u16, u32 } from './bytes';

export class DocReadError extends Error {
  override name = 'DocReadError';
}

/** cp1252's 0x80–0x9F, which the compressed pieces use. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function pieceText(word: Uint8Array, fcRaw: number, count: number): string {
  const compressed = (fcRaw & 0x40000000) !== 0;
  const fc = fcRaw & 0x3fffffff;
  if (compressed) {
    const start = fc / 2;
    let s = '';
    for (let i = 0; i < count && start + i < word.length; i++) {
      const c = word[start + i]!;
      s += c >= 0x80 && c <= 0x9f ? CP1252[c - 0x80]! : String.fromCharCode(c);
    }
    return s;
  }
  const end = Math.min(word.length, fc + count * 2);
  return new TextDecoder('utf-16le').decode(word.subarray(fc, end - ((end - fc) % 2)));
}

/**
 * The main document's text, with Word's control characters as they are but one: a paragraph mark inside a table
 * cell (a cell of two paragraphs, 结果⏎维持) is given as a line break (0x0B), so that the cell stays one cell.
 */
export function docText(bytes: Uint8Array): string {
  let cfb;
  try {
    cfb = CFB.read(bytes, { type: 'array' });
  } catch {
    throw new DocReadError('不是可读取的 Word 97–2003 文档（复合文档格式错误）');
  }
  const stream = (name: string) => {
    const e = CFB.find(cfb, name);
    return e?.content ? Uint8Array.from(e.content as ArrayLike<number>) : null;
  };
  const word = stream('WordDocument');
  if (!word) {
    // an old Excel or PowerPoint file is the same kind of container
    if (stream('Workbook') || stream('Book')) throw new DocReadError('这是 Excel 97–2003 表格（.xls），不是年报文件，未读取：请审计年报本身（网页、PDF 或 Word 文件）');
    if (stream('PowerPoint Document')) throw new DocReadError('这是 PowerPoint 97–2003 演示文稿（.ppt），不是年报文件，未读取');
  }
  if (!word || word.length < 0x200 || u16(word, 0) !== 0xa5ec) throw new DocReadError('不是 Word 97–2003 文档（缺少 WordDocument）');
  const flags = u16(word, 0x0a);
  if (flags & 0x0100) throw new DocReadError('文档已加密，无法读取');
  const table = stream(flags & 0x0200 ? '1Table' : '0Table');
  if (!table) throw new DocReadError('Word 文档缺少表流，无法读取');
  // FIB: FibBase (32 bytes), csw + fibRgW, cslw + fibRgLw, cbRgFcLcb + fibRgFcLcbBlob
  const csw = u16(word, 32);
  const lw = 34 + csw * 2;
  const cslw = u16(word, lw);
  const ccpText = u32(word, lw + 2 + 3 * 4);
  const blob = lw + 2 + cslw * 4 + 2;
  const fcClx = u32(word, blob + 33 * 8);
  const lcbClx = u32(word, blob + 33 * 8 + 4);
  const runs = papxRuns(word, table, u32(word, blob + 13 * 8), u32(word, blob + 13 * 8 + 4), stream('Data'));
  if (!lcbClx || fcClx + lcbClx > table.length) throw new DocReadError('Word 文档的文字索引损坏');
  let o = fcClx;
  while (table[o] === 0x01) o += 3 + u16(table, o + 1); // Prc: property modifiers
  if (table[o] !== 0x02) throw new DocReadError('Word 文档的文字索引损坏');
  const lcb = u32(table, o + 1);
  const plc = o + 5;
  if (plc + lcb > table.length) throw new DocReadError('Word 文档的文字索引损坏（超出表流）');
  const n = Math.floor((lcb - 4) / 12);
  if (n > DOC_LIMITS.pieces) throw new DocReadError(`Word 文档的文字索引有 ${n} 段（一份年报不过几百段），未读取`);
  if (ccpText > DOC_LIMITS.chars) throw new DocReadError(`Word 文档声明有 ${ccpText} 个字符，远超一份年报，未读取`);
  const parts: string[] = [];
  let chars = 0;
  const seen = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const cpStart = u32(table, plc + i * 4);
    const cpEnd = u32(table, plc + (i + 1) * 4);
    if (cpStart >= ccpText) break;
    const count = Math.min(cpEnd, ccpText) - cpStart;
    if (count <= 0) continue;
    const pcd = plc + (n + 1) * 4 + i * 8;
    const fc = u32(table, pcd + 2);
    // pieces that point at one text again and again: a crafted file, never a report
    const again = (seen.get(fc) ?? 0) + 1;
    seen.set(fc, again);
    if (again > DOC_LIMITS.repeats) throw new DocReadError(`Word 文档的文字索引让同一段文字重复了 ${again} 次以上，未读取`);
    chars += count;
    if (chars > DOC_LIMITS.chars) throw new DocReadError(`Word 文档的文字超过 ${DOC_LIMITS.chars / 1_000_000} 百万字符，远超一份年报，未读取`);
    parts.push(inCells(pieceText(word, fc, count), fc, runs));
  }
  const text = parts.join('');
  // a container that opens but whose text does not decode is a damaged file, not a document that is no report
  if (!readable(text)) throw new DocReadError('Word 文档的文字无法解码（文件可能已损坏），未读取');
  return text;
}

/**
 * A piece's text with the paragraph marks of its paragraphs in a table as line breaks, and its rows' end marks
 * left out: a row's end is a cell mark like its cells' (0x07), only its paragraph's properties tell it apart, and
 * read as a cell it is an empty cell between two rows' (表四's header row's end before its values: every value one
 * column late; real: 上海市人民政府办公厅 2019 saved as Word 97–2003 by Writer).
 */
function inCells(text: string, fcRaw: number, runs: ReturnType<typeof papxRuns>): string {
  if (!runs.length || !/[\r\x07]/.test(text)) return text;
  const compressed = (fcRaw & 0x40000000) !== 0;
  const fc = fcRaw & 0x3fffffff;
  const at = (k: number) => (compressed ? fc / 2 + k : fc + 2 * k);
  let out = '';
  let from = 0;
  for (let k = text.search(/[\r\x07]/); k >= 0; k = nextMark(text, k + 1)) {
    if (text[k] === '\x07') {
      if (!rowEndAt(runs, at(k))) continue;
      out += text.slice(from, k);
    } else {
      if (!inTableAt(runs, at(k))) continue;
      out += text.slice(from, k) + '\x0b';
    }
    from = k + 1;
  }
  return out + text.slice(from);
}

/** The next paragraph or cell mark from `k` on, or -1. */
function nextMark(text: string, k: number): number {
  const r = text.indexOf('\r', k);
  const c = text.indexOf('\x07', k);
  return r < 0 ? c : c < 0 ? r : Math.min(r, c);
}

/** Text that decodes: some words, mostly characters of a language, not control codes and replacement marks. */
function readable(text: string): boolean {
  const t = text.replace(/[\r\x07\x0b\x0c\x13-\x15]/g, '');
  if (t.trim().length < 4) return false;
  const sample = t.slice(0, 20_000);
  const good = sample.match(/[\p{L}\p{N}\p{P}\s]/gu)?.length ?? 0;
  return good >= 0.8 * sample.length;
}


/** Report-sized bounds of a .doc's piece table: checked as the pieces are read, before their text is. */
export const DOC_LIMITS = { pieces: 20_000, chars: 5_000_000, repeats: 50 };

/**
 * The blocks of a .doc's text: paragraphs, and its tables. Word ends each cell
 * with a cell mark and each row with one more; the row marks cannot be told from
 * empty cells without the paragraphs' properties, so a table is read as one
 * stream of cells (like a table that kept no row boundaries) and the mapper splits
 * it at its labels — a row's extra empty cell at its end is padding it drops.
 */
export function docBlocks(text: string): Block[] {
  // field codes (between 0x13 and 0x14, or 0x15 without a separator) are instructions, not text
  const clean = text.replace(/\x13[^\x13\x14\x15]*\x14/g, '').replace(/\x13[^\x13\x15]*\x15/g, '').replace(/[\x14\x15\x01\x08]/g, '');
  const out: Block[] = [];
  let cells: Cell[] | null = null;
  let tableLine = 0;
  const endTable = () => {
    if (cells?.length) out.push({ kind: 'table', layout: 'word-cells', rows: [{ cells }], size: { rows: 1, cols: cells.length }, src: { line: tableLine } });
    cells = null;
  };
  const paras = clean.split(/\r|\x0c/);
  for (const [i, para] of paras.entries()) {
    const line = i + 1;
    const last = para.lastIndexOf('\x07');
    if (last >= 0) {
      if (!cells) {
        cells = [];
        tableLine = line;
      }
      for (const part of para.slice(0, last).split('\x07')) cells.push({ text: cleanText(part.replace(/\x0b/g, '')), src: { line } });
    }
    const rest = para.slice(last + 1).replace(/\x0b/g, '\n').replace(/[\x00-\x08\x0e-\x1f]/g, '');
    if (last >= 0 && !rest.trim()) continue;
    endTable();
    out.push({ kind: 'text', text: rest, src: { line } });
  }
  endTable();
  return out;
}
