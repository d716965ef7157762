/**
 * Cells that ran together when a page became text: 行政规范性文件8855698 is 88 / 55 / 698,
 * or 8 / 85 / 5698, or … The template says how many numbers a row holds; its
 * arithmetic (a row's total, a column's sum, 一+二 = 三+四) says which reading holds.
 * This module lists the readings; the mapper keeps the one the arithmetic decides.
 */

/** A number as reports print them: no leading zero, at most seven digits, at most two decimals, a sign for 本年增/减. */
const NUMBER = /^-?(?:0|[1-9]\d{0,6})(?:\.\d{1,2})?$/;

/** More readings than this and the row is not worth guessing at. */
export const MAX_READINGS = 5000;

/**
 * Every way to read `tokens` (each a run of digits that printed without a break)
 * as exactly `k` numbers, each token giving one number or more; null when there
 * are more than MAX_READINGS.
 */
export function readingsOf(tokens: string[], k: number): string[][] | null {
  const out: string[][] = [];
  const cur: string[] = [];
  let over = false;
  // the fewest numbers the tokens after `t` can still give: one each
  const walk = (t: number, pos: number): void => {
    if (over) return;
    const token = tokens[t];
    if (token === undefined) {
      if (cur.length === k) {
        if (out.length >= MAX_READINGS) over = true;
        else out.push(cur.slice());
      }
      return;
    }
    const restTokens = tokens.length - t - 1;
    for (let end = pos + 1; end <= token.length; end++) {
      const piece = token.slice(pos, end);
      if (!NUMBER.test(piece)) {
        // a longer piece can still become a number ("-" → "-3", "1." → "1.5"), else stop
        if (/^-?(?:(?:0|[1-9]\d{0,6})\.)?$/.test(piece)) continue;
        break;
      }
      cur.push(piece);
      const left = k - cur.length;
      if (end === token.length) {
        if (left >= restTokens) walk(t + 1, 0);
      } else if (left >= restTokens + 1 && token.length - end <= left * 10) walk(t, end);
      cur.pop();
      if (over) return;
    }
  };
  if (k <= 0 || tokens.some((t) => !t)) return [];
  walk(0, 0);
  return over ? null : out;
}
