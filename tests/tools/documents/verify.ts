/**
 * Checks that a generated document holds what its manifest entry says: a PDF's text layer
 * (pdftotext -layout) shows every data row of the three tables, a DOCX has real tables (<w:tbl>)
 * whose rows carry the values (blanks included), a DOC is an OLE file holding the title, and a
 * scan has no text layer.
 */
import { readFileSync } from 'node:fs';
import { activeTable, appealsTable, requestBody } from '../../helpers/report-html';
import type { Filled } from '../../helpers/template-data';
import { reportTitle } from './report-doc';
import { pdfPages, pdfText, unzipEntry } from './tools';

type Rows = string[][];

/** The printed data cells of each data row of the three tables, in order ('' for a blank). */
export function dataRows(f: Filled): { active: Rows; requests: Rows; appeals: Rows } {
  const rows = (t: ReturnType<typeof activeTable>) => t.filter((r) => r.some((c) => !c.head)).map((r) => r.filter((c) => !c.head).map((c) => c.text));
  return { active: rows(activeTable(f)), requests: rows(requestBody(f)), appeals: rows(appealsTable(f)) };
}

const squash = (s: string) => s.replace(/\s+/g, '');
const NUM = /^\d+(?:\.\d+)?$/;
const numericTokens = (line: string) => line.trim().split(/\s+/).filter((t) => NUM.test(t));

/** Does some line hold the row's non-blank cells as consecutive tokens? */
function lineHasRow(lines: string[][], row: string[]): boolean {
  const want = row.filter((c) => c !== '');
  if (!want.length) return true;
  return lines.some((toks) => {
    for (let i = 0; i + want.length <= toks.length; i++) if (want.every((w, j) => toks[i + j] === w)) return true;
    return false;
  });
}

export interface Table3Break {
  /** Page (1-based) on which 表三 starts. */
  page: number;
  rowsBefore: number;
  rowsAfter: number;
  headerRepeated: boolean;
}

/**
 * Where 表三 of a PDF breaks: the page its heading is on, and how many of its data rows (lines of
 * seven numbers) fall on that page and on the next. Null when it does not run over exactly one break.
 */
export function table3Break(file: string, f: Filled): Table3Break | null {
  const n = pdfPages(file);
  const total = dataRows(f).requests.length;
  const isRow = (line: string) => numericTokens(line).length === 7;
  for (let p = 1; p < n; p++) {
    const text = pdfText(file, p);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => squash(l).includes('三、收到和处理政府信息公开申请情况'));
    if (at < 0) continue;
    const before = lines.slice(at).filter(isRow).length;
    const next = pdfText(file, p + 1).split('\n');
    const end = next.findIndex((l) => squash(l).includes('四、政府信息公开行政复议'));
    const after = next.slice(0, end < 0 ? next.length : end);
    const rowsAfter = after.filter(isRow).length;
    if (before === 0 || rowsAfter === 0 || before + rowsAfter !== total) return null;
    const firstRow = after.findIndex(isRow);
    const head = squash(after.slice(0, firstRow).join(''));
    return { page: p, rowsBefore: before, rowsAfter, headerRepeated: head.includes('申请人情况') && head.includes('自然人') };
  }
  return null;
}

interface Entry {
  file: string;
  format: string;
}

function xmlText(s: string): string {
  return s.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Problems found in one document, [] if none. */
export function checkDocument(path: string, e: Entry, f: Filled, kind: 'table' | 'tabs' | 'scan'): string[] {
  const out: string[] = [];
  const rows = dataRows(f);
  const all: [string, Rows][] = [['表二', rows.active], ['表三', rows.requests], ['表四', rows.appeals]];
  const title = reportTitle(f);

  if (e.format === 'pdf') {
    const text = pdfText(path);
    if (kind === 'scan') {
      if (squash(text).length > 20) out.push(`a scan should have no text layer, pdftotext gave ${squash(text).length} characters`);
      return out;
    }
    if (!squash(text).includes(title)) out.push('title not found in the text layer');
    // LibreOffice's text layer spaces a unit off its number ("2413593 元")
    const lines = text.split('\n').map((l) => l.replace(/(\d)\s+(元|万元)/g, '$1$2').trim().split(/\s+/));
    for (const [name, rs] of all) {
      rs.forEach((r, i) => {
        if (!lineHasRow(lines, r)) out.push(`${name} data row ${i + 1} (${r.join(' ')}) not found on one line`);
      });
    }
    return out;
  }

  if (e.format === 'doc') {
    const buf = readFileSync(path);
    if (buf.subarray(0, 4).toString('hex') !== 'd0cf11e0') out.push('not an OLE compound file (no D0 CF 11 E0 signature)');
    if (!buf.includes(Buffer.from(title, 'utf16le'))) out.push('title not found as UTF-16 text');
    return out;
  }

  // docx
  const xml = unzipEntry(path, 'word/document.xml');
  const tables = (xml.match(/<w:tbl>/g) ?? []).length;
  let docRows: string[][];
  if (kind === 'tabs') {
    if (tables) out.push(`tables pasted as text should give no <w:tbl>, found ${tables}`);
    if (!xml.includes('<w:tab/>')) out.push('no tab characters (<w:tab/>) found');
    docRows = (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => xmlText(p).split('\t'));
  } else {
    if (tables !== 3) out.push(`expected 3 <w:tbl>, found ${tables}`);
    docRows = (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((tr) => (tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((tc) => xmlText(tc).trim()));
  }
  if (!xmlText(xml).includes(title)) out.push('title not found');
  for (const [name, rs] of all) {
    rs.forEach((r, i) => {
      // a row's data cells are its last cells, blanks included
      if (!docRows.some((d) => d.length >= r.length && r.every((c, j) => d[d.length - r.length + j] === c))) {
        out.push(`${name} data row ${i + 1} (${r.join('|')}) not found as a table row`);
      }
    });
  }
  return out;
}
