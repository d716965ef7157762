import type { StorageArea } from '../../lib/store/area';

/** storage.local in memory: values kept as given, reads and keys counted. */
export class MemoryArea implements StorageArea {
  data = new Map<string, unknown>();
  reads: string[] = [];
  /** Times every key was listed. */
  keyLists = 0;
  /** While set, writes wait for it (a write under way). */
  gate: Promise<void> | null = null;
  listeners: ((c: Record<string, { newValue?: unknown }>) => void)[] = [];
  async get(keys: string | string[] | null) {
    const ks = keys === null ? Array.from(this.data.keys()) : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of ks) {
      this.reads.push(k);
      if (this.data.has(k)) out[k] = this.data.get(k);
    }
    return out;
  }
  async set(items: Record<string, unknown>) {
    if (this.gate) await this.gate;
    for (const [k, v] of Object.entries(items)) this.data.set(k, v);
    this.emit(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])));
  }
  async remove(keys: string | string[]) {
    const ks = typeof keys === 'string' ? [keys] : keys;
    for (const k of ks) this.data.delete(k);
    this.emit(Object.fromEntries(ks.map((k) => [k, {}])));
  }
  async getKeys() {
    this.keyLists++;
    return Array.from(this.data.keys());
  }
  onChanged(l: (c: Record<string, { newValue?: unknown }>) => void) {
    this.listeners.push(l);
  }
  private emit(c: Record<string, { newValue?: unknown }>) {
    // as the browser does: after the write, not within it
    queueMicrotask(() => {
      for (const l of this.listeners) l(c);
    });
  }
}
