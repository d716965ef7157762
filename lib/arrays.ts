/**
 * Arrays of any length, without spreading them into a call: `out.push(...xs)` and
 * `Math.max(...xs)` pass every element as an argument and overflow the stack past
 * about a hundred thousand (a page of 200,000 paragraphs). These loop instead.
 * tests/unit/no-spread.test.ts keeps the engine and the shells free of such spreads.
 */

/** Append `items` to `out`, in order; returns `out`. */
export function append<T>(out: T[], items: Iterable<T>): T[] {
  for (const x of items) out.push(x);
  return out;
}

/** The largest of `init` and `values`. */
export function maxOf(values: Iterable<number>, init = -Infinity): number {
  let m = init;
  for (const v of values) if (v > m) m = v;
  return m;
}

/** The smallest of `init` and `values`. */
export function minOf(values: Iterable<number>, init = Infinity): number {
  let m = init;
  for (const v of values) if (v < m) m = v;
  return m;
}
