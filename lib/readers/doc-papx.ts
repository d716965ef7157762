/**
 * Which paragraphs of an old Word (.doc) file stand in a table cell, from their properties (MS-DOC: the PlcBtePapx
 * in the table stream, the 512-byte PapxFkp pages it points at in the WordDocument stream, each paragraph's
 * sprmPFInTable or sprmPItap). A cell's paragraphs but its last end with a paragraph mark like any other; only
 * their properties say they are in the cell (./doc.ts).
 */
import { u16, u32 } from './bytes';

/** A run of the WordDocument stream's bytes whose paragraphs share one paragraph property set. */
export interface PapxRun {
  start: number;
  end: number;
  inTable: boolean;
}

const SPRM_P_F_IN_TABLE = 0x2416;
const SPRM_P_ITAP = 0x6649;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_CHG_TABS = 0xc615;
/** The operand's size by the sprm's spra (bits 13–15); 0 for a size given in the operand. */
const OPERAND = [1, 1, 2, 4, 2, 2, 0, 3];

/** A page of the index past this many is a crafted file: a report has a few dozen. */
export const PAPX_LIMITS = { pages: 10_000 };

/** Whether a property list (grpprl) puts its paragraph in a table. */
export function grpprlInTable(b: Uint8Array, from: number, to: number): boolean {
  let o = from;
  let inTable = false;
  while (o + 2 <= to) {
    const sprm = u16(b, o);
    o += 2;
    let size = OPERAND[sprm >>> 13]!;
    if (!size) {
      if (sprm === SPRM_T_DEF_TABLE) {
        if (o + 2 > to) break;
        size = 2 + Math.max(0, u16(b, o) - 1);
      } else if (sprm === SPRM_P_CHG_TABS && b[o] === 255) {
        // sprmPChgTabs of 255 bytes: its two tab lists say their own lengths (MS-DOC 2.6.2)
        const del = b[o + 1] ?? 0;
        const add = b[o + 2 + del * 4] ?? 0;
        size = 1 + 1 + del * 4 + 1 + add * 3;
      } else {
        if (o >= to) break;
        size = 1 + b[o]!;
      }
    }
    if (o + size > to) break;
    if (sprm === SPRM_P_F_IN_TABLE) inTable = b[o] !== 0;
    else if (sprm === SPRM_P_ITAP) inTable = u32(b, o) > 0;
    o += size;
  }
  return inTable;
}

/**
 * The paragraph property runs of a .doc, in-table or not, in order of their place in the WordDocument stream;
 * empty when the index is missing or out of the streams (the text is then read without them).
 */
export function papxRuns(word: Uint8Array, table: Uint8Array, fcPlc: number, lcbPlc: number): PapxRun[] {
  if (lcbPlc < 12 || fcPlc + lcbPlc > table.length) return [];
  const n = Math.floor((lcbPlc - 4) / 8);
  if (n > PAPX_LIMITS.pages) return [];
  const runs: PapxRun[] = [];
  for (let i = 0; i < n; i++) {
    const pn = u32(table, fcPlc + (n + 1) * 4 + i * 4) & 0x3fffff;
    const page = pn * 512;
    if (page + 512 > word.length) continue;
    const crun = word[page + 511]!;
    if (crun === 0 || (crun + 1) * 4 + crun * 13 > 511) continue;
    for (let j = 0; j < crun; j++) {
      const start = u32(word, page + j * 4);
      const end = u32(word, page + (j + 1) * 4);
      const bOffset = word[page + (crun + 1) * 4 + j * 13]!;
      let inTable = false;
      if (bOffset) {
        const at = page + bOffset * 2;
        const cb = word[at]!;
        // PapxInFkp: cb words (the istd's 2 bytes and the properties, less one byte), or 0 and then cb' words
        const from = cb ? at + 1 : at + 2;
        const len = cb ? 2 * cb - 1 : 2 * (word[at + 1] ?? 0);
        const to = Math.min(page + 511, from + len);
        inTable = grpprlInTable(word, from + 2, to);
      }
      if (end > start) runs.push({ start, end, inTable });
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}

/** Whether the paragraph whose mark stands at byte `fc` of the WordDocument stream is in a table. */
export function inTableAt(runs: PapxRun[], fc: number): boolean {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (fc < r.start) hi = mid - 1;
    else if (fc >= r.end) lo = mid + 1;
    else return r.inTable;
  }
  return false;
}
