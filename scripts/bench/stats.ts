/** What every section shares: the run count, the out/ folder, the output collector, medians and the number formats. */
import { join } from 'node:path';
import { ROOT } from '../browser';

export const RUNS = Number(process.env.BENCH_RUNS ?? 15);
export const OUT = join(ROOT, 'out');
/** Every line said, in order: printed as it comes and written to out/bench.md at the end. */
export const lines: string[] = [];
export const say = (s = '') => {
  lines.push(s);
  console.log(s);
};

export function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** The q-quantile (0…1) of xs, by linear interpolation. */
export function quantile(xs: number[], q: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
}

export function time(fn: () => void, runs = RUNS): number {
  fn(); // warm
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

export const ms = (n: number) => (n < 1 ? n.toFixed(3) : n < 10 ? n.toFixed(2) : n.toFixed(1));
export const kb = (s: string) => `${Math.round(Buffer.byteLength(s) / 1024)}`;
