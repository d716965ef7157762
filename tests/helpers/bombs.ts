/**
 * Crafted report files, built in the test (never committed at full size): a .docx whose
 * document.xml inflates to hundreds of megabytes (honest or lying sizes), .doc files whose piece
 * tables are hostile, PDFs with a million text items on a page or a content stream that inflates
 * far past any page.
 */
import CFB from 'cfb';
import { Deflate, Zlib, zlibSync } from 'fflate';
import { put32, u16, u32 } from './bytes';

// ── zip ────────────────────────────────────────────────────────────────────

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc(data: Uint8Array, prev = 0): number {
  let c = ~prev >>> 0;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

interface ZipPart {
  name: string;
  /** The part's bytes, as a chunk repeated `times` times (deflated as it streams). */
  chunk: Uint8Array;
  times?: number;
  /** Declare this inflated size instead of the true one (a zip that lies). */
  declare?: number;
}

function le(n: number, bytes: number): number[] {
  return Array.from({ length: bytes }, (_, i) => (n >>> (8 * i)) & 0xff);
}

/** A zip of deflated parts; each part's data deflated chunk by chunk, never held inflated whole. */
export function zip(parts: ZipPart[]): Uint8Array {
  const out: Uint8Array[] = [];
  const central: number[] = [];
  let offset = 0;
  for (const p of parts) {
    const times = p.times ?? 1;
    const pieces: Uint8Array[] = [];
    const d = new Deflate({ level: 6 }, (c) => void pieces.push(c));
    let sum = 0;
    for (let i = 0; i < times; i++) {
      sum = crc(p.chunk, sum);
      d.push(p.chunk, i === times - 1);
    }
    const size = p.declare ?? p.chunk.length * times;
    const data = concat(pieces);
    const name = new TextEncoder().encode(p.name);
    const local = new Uint8Array([...le(0x04034b50, 4), 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, ...le(sum, 4), ...le(data.length, 4), ...le(size, 4), ...le(name.length, 2), 0, 0]);
    out.push(local, name, data);
    central.push(...le(0x02014b50, 4), 20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, ...le(sum, 4), ...le(data.length, 4), ...le(size, 4), ...le(name.length, 2), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le(offset, 4), ...name);
    offset += local.length + name.length + data.length;
  }
  const dir = new Uint8Array(central);
  const end = new Uint8Array([...le(0x06054b50, 4), 0, 0, 0, 0, ...le(parts.length, 2), ...le(parts.length, 2), ...le(dir.length, 4), ...le(offset, 4), 0, 0]);
  return concat([...out, dir, end]);
}

function concat(xs: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(xs.reduce((n, x) => n + x.length, 0));
  let o = 0;
  for (const x of xs) {
    out.set(x, o);
    o += x.length;
  }
  return out;
}

const enc = (s: string) => new TextEncoder().encode(s);
const TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx whose document.xml is `mb` megabytes of one paragraph repeated; `lie` declares it a kilobyte. */
export function docxBomb(mb: number, lie = false): Uint8Array {
  const para = enc('<w:p><w:r><w:t>政府信息公开工作年度报告政府信息公开工作年度报告</w:t></w:r></w:p>'.repeat(200));
  const times = Math.ceil((mb * 1024 * 1024) / para.length);
  return zip([
    { name: '[Content_Types].xml', chunk: enc(TYPES) },
    { name: '_rels/.rels', chunk: enc(RELS) },
    // paragraphs only, without the document's head and tail: the reader must refuse before it would parse anything
    { name: 'word/document.xml', chunk: para, times, ...(lie ? { declare: 1024 } : {}) },
  ]);
}

/** A small .docx that is a report's beginning, for the good file beside the bombs. */
export function docxSmall(text: string): Uint8Array {
  const body = text.split('\n').map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join('');
  return zip([
    { name: '[Content_Types].xml', chunk: enc(TYPES) },
    { name: '_rels/.rels', chunk: enc(RELS) },
    { name: 'word/document.xml', chunk: enc(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`) },
  ]);
}

// ── .doc ───────────────────────────────────────────────────────────────────


/**
 * A real .doc with its piece table replaced: `pieces` pieces of `length` characters each, all
 * pointing at the first piece's text (`lcb` overrides the table's declared size), ccpText set to
 * their total.
 */
export function docWithPieces(real: Uint8Array, o: { pieces: number; length?: number; lcb?: number }): Uint8Array {
  const cfb = CFB.read(real, { type: 'array' });
  const wordEntry = CFB.find(cfb, 'WordDocument')!;
  const word = Uint8Array.from(wordEntry.content as ArrayLike<number>);
  const tableName = u16(word, 0x0a) & 0x0200 ? '1Table' : '0Table';
  const tableEntry = CFB.find(cfb, tableName)!;
  const table = Uint8Array.from(tableEntry.content as ArrayLike<number>);
  const csw = u16(word, 32);
  const lw = 34 + csw * 2;
  const cslw = u16(word, lw);
  const blob = lw + 2 + cslw * 4 + 2;
  const fcClx = u32(word, blob + 33 * 8);
  let at = fcClx;
  while (table[at] === 0x01) at += 3 + u16(table, at + 1);
  const firstFc = u32(table, at + 5 + ((u32(table, at + 1) - 4) / 12 + 1) * 4 + 2);
  const length = o.length ?? 100;
  const n = o.pieces;
  const plc = new Uint8Array(4 * (n + 1) + 8 * n);
  for (let i = 0; i <= n; i++) put32(plc, 4 * i, i * length);
  for (let i = 0; i < n; i++) put32(plc, 4 * (n + 1) + 8 * i + 2, firstFc);
  const clx = concat([new Uint8Array([0x02, ...le(o.lcb ?? plc.length, 4)]), plc]);
  const newTable = concat([table, clx]);
  put32(word, blob + 33 * 8, table.length);
  put32(word, blob + 33 * 8 + 4, clx.length);
  put32(word, lw + 2 + 3 * 4, Math.min(0xffffffff, n * length));
  CFB.utils.cfb_add(cfb, `/${tableName}`, newTable);
  CFB.utils.cfb_add(cfb, '/WordDocument', word);
  return Uint8Array.from(CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
}

// ── PDF ────────────────────────────────────────────────────────────────────

/** A one-page PDF whose content stream is `content` (deflated, or already deflated), with Helvetica as /F1. */
export function pdfWith(content: Uint8Array, deflated = false): Uint8Array {
  const stream = deflated ? content : zlibSync(content, { level: 6 });
  const declaredLength: number | undefined = undefined;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Uint8Array[] = [enc('%PDF-1.4\n')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objs.forEach((o, i) => {
    offsets.push(size);
    const body = o === null ? concat([enc(`${i + 1} 0 obj\n<< /Length ${declaredLength ?? stream.length} /Filter /FlateDecode >>\nstream\n`), stream, enc('\nendstream\nendobj\n')]) : enc(`${i + 1} 0 obj\n${o}\nendobj\n`);
    parts.push(body);
    size += body.length;
  });
  const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
  parts.push(enc(xref));
  return concat(parts);
}

/** A page with `n` text items (one short string each, each set at a place of its own on a 50 × 70 grid). */
export function pdfManyItems(n: number): Uint8Array {
  const ops: string[] = [];
  for (let i = 0; i < n; i++) ops.push(`BT /F1 9 Tf 1 0 0 1 ${20 + (i % 50) * 11} ${800 - (Math.floor(i / 50) % 70) * 11} Tm (${i % 10}) Tj ET`);
  return pdfWith(enc(ops.join('\n')));
}

/** A page whose content stream inflates to `mb` megabytes (of spaces, then one line of text). */
export function pdfFlateBomb(mb: number): Uint8Array {
  const pieces: Uint8Array[] = [];
  const z = new Zlib({ level: 1 }, (c) => void pieces.push(c));
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < mb; i++) z.push(spaces);
  z.push(enc('BT /F1 12 Tf 72 720 Td (report) Tj ET'), true);
  return pdfWith(concat(pieces), true);
}

/** A real .doc damaged three ways: its text stream cut short, its text index moved onto garbage, its pieces pointed past the stream. */
export function damagedDocs(real: Uint8Array): Record<string, Uint8Array> {
  const edit = (f: (word: Uint8Array, table: Uint8Array, at: { blob: number }) => { word?: Uint8Array; table?: Uint8Array }) => {
    const cfb = CFB.read(real, { type: 'array' });
    const word = Uint8Array.from(CFB.find(cfb, 'WordDocument')!.content as ArrayLike<number>);
    const tableName = u16(word, 0x0a) & 0x0200 ? '1Table' : '0Table';
    const table = Uint8Array.from(CFB.find(cfb, tableName)!.content as ArrayLike<number>);
    const csw = u16(word, 32);
    const lw = 34 + csw * 2;
    const blob = lw + 2 + u16(word, lw) * 4 + 2;
    const out = f(word, table, { blob });
    if (out.word) CFB.utils.cfb_add(cfb, '/WordDocument', out.word);
    if (out.table) CFB.utils.cfb_add(cfb, `/${tableName}`, out.table);
    return Uint8Array.from(CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
  };
  return {
    'cut-stream': edit((word) => ({ word: word.slice(0, 0x300) })),
    'index-on-garbage': edit((word, table, { blob }) => {
      const fcClx = u32(word, blob + 33 * 8);
      const t = table.slice();
      // a piece table whose pieces all point into the FIB's own bytes (binary, not text)
      let at = fcClx;
      while (t[at] === 0x01) at += 3 + u16(t, at + 1);
      const n = (u32(t, at + 1) - 4) / 12;
      for (let i = 0; i < n; i++) put32(t, at + 5 + (n + 1) * 4 + 8 * i + 2, 0x40000000 | (2 * 0x10));
      return { table: t };
    }),
    'pieces-past-stream': edit((word, table, { blob }) => {
      const fcClx = u32(word, blob + 33 * 8);
      const t = table.slice();
      let at = fcClx;
      while (t[at] === 0x01) at += 3 + u16(t, at + 1);
      const n = (u32(t, at + 1) - 4) / 12;
      for (let i = 0; i < n; i++) put32(t, at + 5 + (n + 1) * 4 + 8 * i + 2, 0x3ffffff0);
      return { table: t };
    }),
  };
}
