/** Plain text (a .txt extraction) → numbered line blocks. */
import type { TextBlock } from '../model';

/** A report's text runs to hundreds of lines: past this, the rest is not read (and the audit says so). */
export const MAX_LINES = 50_000;

export function textLines(text: string, max = MAX_LINES): TextBlock[] {
  const out: TextBlock[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); out.length < max; m = re.exec(text)) {
    out.push({ kind: 'text', text: text.slice(start, m ? m.index : text.length), src: { line: out.length + 1 } });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

/** Whether a text has more lines than `max`. */
export function moreLinesThan(text: string, max = MAX_LINES): boolean {
  let n = 0;
  const re = /\r\n|\r|\n/g;
  while (re.exec(text)) if (++n >= max) return true;
  return false;
}
