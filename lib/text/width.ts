/** How wide text is on a fixed-width line, and the width a text was wrapped at. */

/** A character's width on a fixed-width line: two for Chinese characters and full-width forms, a tab to the next stop of 8. */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (ch === '\t') n = (Math.floor(n / 8) + 1) * 8;
    else n += WIDE.test(ch) ? 2 : 1;
  }
  return n;
}
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Lines this wide or wider tell the width a text was wrapped or folded at. */
const LONG = 40;
/** Lines this close under the commonest width (three Chinese characters: a line's end kept whole, spaces around digits) reached it. */
const WRAP_NEAR = 6;

/**
 * The widths of a text's long lines (40 columns or more, trailing space dropped): how many end at each, how many long
 * lines in all, and the commonest width with its count (the wider of widths as common).
 */
export function longWidths(lines: readonly string[]): { counts: Map<number, number>; long: number; best: [number, number] } {
  const counts = new Map<number, number>();
  let long = 0;
  for (const l of lines) {
    // no character but a tab is wider than two columns: a shorter line without tabs is no long one
    if (l.length * 2 < LONG && !l.includes('\t')) continue;
    const w = displayWidth(l.trimEnd());
    if (w < LONG) continue;
    long++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best: [number, number] = [0, 0];
  for (const c of counts) if (c[1] > best[1] || (c[1] === best[1] && c[0] > best[0])) best = c;
  return { counts, long, best };
}

/**
 * The width a text's prose was wrapped at, as a PDF's text comes out a printed line a line (pdftotext, a viewer's copy):
 * the commonest width of its long lines, eight of them or more, where most long lines end within a few columns of it;
 * else null (a crawled page's paragraphs, a line each, end anywhere).
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const { counts, long, best } = longWidths(lines);
  if (best[1] < 8) return null;
  let near = 0;
  for (const [w, n] of counts) if (w >= best[0] - WRAP_NEAR && w <= best[0] + 2) near += n;
  return near * 2 >= long ? best[0] : null;
}
