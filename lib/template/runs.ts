/**
 * Cells that ran together when a page became text: 行政规范性文件8855698 is 88 / 55 / 698,
 * or 8 / 85 / 5698, or … The template says how many numbers a row holds; its
 * arithmetic (a row's total, a column's sum, 一+二 = 三+四) says which reading holds.
 * This module lists the readings; the mapper keeps the one the arithmetic decides.
 */

/**
 * A number as reports print them: no leading zero, at most seven digits, a sign for 本年增/减; up to six decimals (an
 * amount in 万元 prints four to the yuan, 2059.2090, and some six: 5949.088667).
 */
const NUMBER = /^[-+]?(?:0|[1-9]\d{0,6})(?:\.\d{1,6})?$/;

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
        if (/^[-+]?(?:(?:0|[1-9]\d{0,6})\.)?$/.test(piece)) continue;
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

/**
 * Every way to read `values` as `k` cells where a text merged runs of identical lines: a crawler that
 * keeps one line per cell and drops a line equal to the one before it prints the row 1 0 0 0 0 0 1 as
 * 1 0 1 and an all-zero row as a single 0. Each value stands for one cell or more; two neighbours are
 * never equal (they would have merged). [] when the values cannot come from such a row.
 */
export function collapsedReadings(values: string[], k: number): string[][] {
  const m = values.length;
  if (!m || m > k || values.some((v, i) => !v.trim() || (i > 0 && v === values[i - 1]))) return [];
  const out: string[][] = [];
  const cur: string[] = [];
  const walk = (i: number) => {
    if (i === m) {
      if (cur.length === k) out.push(cur.slice());
      return;
    }
    // room for one cell at least for each value after this one
    const most = k - cur.length - (m - i - 1);
    for (let n = 1; n <= most; n++) {
      for (let j = 0; j < n; j++) cur.push(values[i]!);
      walk(i + 1);
      cur.length -= n;
    }
  };
  walk(0);
  return out;
}

/**
 * Every way to read `values` as `k` cells where a text broke numbers over two lines (162 printed as 1 / 62):
 * one or two neighbouring pairs of bare digits joined. [] when no join gives k numbers.
 */
export function brokenNumberReadings(values: string[], k: number): string[][] {
  const excess = values.length - k;
  if (excess < 1 || excess > 2 || values.some((v) => !v)) return [];
  const joinable = (a: string, b: string) => /^[1-9]\d*$/.test(a) && /^\d+$/.test(b) && NUMBER.test(a + b);
  const out: string[][] = [];
  const walk = (at: number, left: number, cur: string[]) => {
    if (at >= values.length) {
      if (!left) out.push(cur);
      return;
    }
    walk(at + 1, left, [...cur, values[at]!]);
    if (left && at + 1 < values.length && joinable(values[at]!, values[at + 1]!)) walk(at + 2, left - 1, [...cur, values[at]! + values[at + 1]!]);
  };
  walk(0, excess, []);
  return out;
}

/**
 * Every reading of a row's printed runs as `k` cells in order, each a number (no leading zero but 0 itself) or blank
 * (null: a blank cell leaves nothing in the text); a cell never spans two runs. Null when there are more than MAX_READINGS
 * (a row of 表二 has three or four cells, a few digits each). What the text says of an undecided 表二 cell is weighed
 * against these (lib/rules/narrative-runs.ts).
 */
export function readingsWithBlanks(runs: string[], k: number): (number | null)[][] | null {
  const out: (number | null)[][] = [];
  const cur: (number | null)[] = [];
  let over = false;
  const walk = (t: number, pos: number): void => {
    if (over) return;
    const run = runs[t];
    if (run === undefined) {
      if (cur.length === k) out.length >= MAX_READINGS ? (over = true) : out.push([...cur]);
      else if (cur.length < k) {
        cur.push(null);
        walk(t, pos);
        cur.pop();
      }
      return;
    }
    if (pos === run.length) return walk(t + 1, 0);
    if (cur.length === k) return;
    // a blank cell here, then a number from here
    cur.push(null);
    walk(t, pos);
    cur.pop();
    for (let end = pos + 1; end <= run.length; end++) {
      const piece = run.slice(pos, end);
      if (piece.length > 1 && piece[0] === '0') break;
      cur.push(Number(piece));
      walk(t, end);
      cur.pop();
    }
  };
  walk(0, 0);
  return over ? null : out;
}
