/** Writes serialised per key: a write runs after every earlier write to any of its keys has finished, failed or not. */
export class KeyLocks {
  private tails = new Map<string, Promise<unknown>>();

  run<T>(keys: string[], fn: () => Promise<T>): Promise<T> {
    const unique = Array.from(new Set(keys));
    const prev = Promise.all(unique.map((k) => this.tails.get(k) ?? Promise.resolve()));
    const next = prev.then(fn, fn);
    const tail = next.catch(() => undefined);
    for (const k of unique) this.tails.set(k, tail);
    void tail.then(() => {
      for (const k of unique) if (this.tails.get(k) === tail) this.tails.delete(k);
    });
    return next;
  }

  /** Keys with a write still queued or running (for tests: none are left behind). */
  get size(): number {
    return this.tails.size;
  }
}
