/**
 * `#nianbao-bench` in the address (npm run bench only): the cost of each step of
 * the content script is written to a data attribute of <html> for the benchmark
 * to read. Elsewhere every call is a no-op.
 */
export class BenchClock {
  readonly on: boolean;

  constructor(private doc: Document) {
    this.on = /#nianbao-bench$/.test(doc.location?.hash ?? '');
  }

  /** Time `fn` under `name` (only when benchmarking). */
  time<T>(name: string, fn: () => T): T {
    if (!this.on) return fn();
    const t = performance.now();
    const out = fn();
    this.record(name, performance.now() - t);
    return out;
  }

  record(name: string, ms: number) {
    if (!this.on) return;
    const el = this.doc.documentElement;
    const prev = JSON.parse(el.getAttribute('data-nianbao-bench') ?? '{}') as Record<string, number>;
    el.setAttribute('data-nianbao-bench', JSON.stringify({ ...prev, [name]: ms }));
  }
}
