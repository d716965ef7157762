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
  /** Its paragraphs end a table's row (sprmPFTtp, sprmPFInnerTtp): their mark is the row's end, no cell. */
  rowEnd?: boolean;
}

const SPRM_P_F_IN_TABLE = 0x2416;
const SPRM_P_ITAP = 0x6649;
const SPRM_P_F_TTP = 0x2417;
/** The paragraph's properties too large for its page, in the Data stream at the operand's offset (MS-DOC 2.6.2). */
const SPRM_P_HUGE_PAPX = 0x6646;
const SPRM_P_F_INNER_TTP = 0x244c;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_CHG_TABS = 0xc615;
/** The operand's size by the sprm's spra (bits 13–15); 0 for a size given in the operand. */
const OPERAND = [1, 1, 2, 4, 2, 2, 0, 3];

/** A page of the index past this many is a crafted file: a report has a few dozen. */
export const PAPX_LIMITS = { pages: 10_000 };

/**
 * What a property list (grpprl) says of its paragraph's place in a table: in one, and the end of its row; and where
 * in the Data stream the rest of its properties are (sprmPHugePapx), if they are there.
 */
export function grpprlProps(b: Uint8Array, from: number, to: number): { inTable: boolean; rowEnd: boolean; huge?: number } {
  let o = from;
  let inTable = false;
  let rowEnd = false;
  let huge: number | undefined;
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
    else if (sprm === SPRM_P_F_TTP || sprm === SPRM_P_F_INNER_TTP) rowEnd = b[o] !== 0;
    else if (sprm === SPRM_P_HUGE_PAPX) huge = u32(b, o);
    o += size;
  }
  return huge === undefined ? { inTable, rowEnd } : { inTable, rowEnd, huge };
}

/**
 * A paragraph's properties with those the Data stream holds for it (a row's end whose row definition is too large
 * for its page: Writer's Word 97–2003 of a 表四 with merged cells): in a table, or at a row's end, if either says so.
 * Read within the Data stream's own length.
 */
function withHuge(props: { inTable: boolean; rowEnd: boolean; huge?: number }, data: Uint8Array | null): { inTable: boolean; rowEnd: boolean } {
  if (props.huge === undefined || !data || props.huge + 2 > data.length) return { inTable: props.inTable, rowEnd: props.rowEnd };
  const more = grpprlProps(data, props.huge + 2, Math.min(data.length, props.huge + 2 + u16(data, props.huge)));
  return { inTable: props.inTable || more.inTable, rowEnd: props.rowEnd || more.rowEnd };
}

/**
 * The paragraph property runs of a .doc, in-table or not, in order of their place in the WordDocument stream;
 * empty when the index is missing or out of the streams (the text is then read without them).
 */
export function papxRuns(word: Uint8Array, table: Uint8Array, fcPlc: number, lcbPlc: number, data: Uint8Array | null = null): PapxRun[] {
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
      let props = { inTable: false, rowEnd: false };
      if (bOffset) {
        const at = page + bOffset * 2;
        const cb = word[at]!;
        // PapxInFkp: cb words (the istd's 2 bytes and the properties, less one byte), or 0 and then cb' words
        const from = cb ? at + 1 : at + 2;
        const len = cb ? 2 * cb - 1 : 2 * (word[at + 1] ?? 0);
        const to = Math.min(page + 511, from + len);
        props = withHuge(grpprlProps(word, from + 2, to), data);
      }
      if (end > start) runs.push({ start, end, inTable: props.inTable, ...(props.rowEnd ? { rowEnd: true } : {}) });
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}

/** Whether the paragraph whose mark stands at byte `fc` of the WordDocument stream is in a table. */
export function inTableAt(runs: PapxRun[], fc: number): boolean {
  return runAt(runs, fc)?.inTable ?? false;
}

/** Whether the paragraph whose mark stands at byte `fc` ends a table's row. */
export function rowEndAt(runs: PapxRun[], fc: number): boolean {
  return runAt(runs, fc)?.rowEnd ?? false;
}

function runAt(runs: PapxRun[], fc: number): PapxRun | null {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (fc < r.start) hi = mid - 1;
    else if (fc >= r.end) lo = mid + 1;
    else return r;
  }
  return null;
}
