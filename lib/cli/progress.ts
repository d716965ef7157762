/** A sweep's progress on the terminal: done, failed and remaining in all and per site; a site said when it is finished. */
import { hostOf } from '../batch/hosts';

export class SweepProgress {
  private sites = new Map<string, { total: number; done: number; failed: number }>();
  private done = 0;
  private failed = 0;
  private sitesDone = 0;

  constructor(
    sources: string[],
    private write: (s: string) => void,
    private tty: boolean,
  ) {
    for (const s of sources) {
      const h = hostOf(s);
      const site = this.sites.get(h) ?? { total: 0, done: 0, failed: 0 };
      site.total++;
      this.sites.set(h, site);
    }
  }

  get total(): number {
    return this.done + this.remaining;
  }

  private get remaining(): number {
    let n = 0;
    for (const s of this.sites.values()) n += s.total - s.done;
    return n;
  }

  /** One page or file finished: audited (`ok`) or failed, with the word to show for it. */
  step(source: string, ok: boolean, word: string) {
    this.done++;
    if (!ok) this.failed++;
    const h = hostOf(source);
    const site = this.sites.get(h);
    if (site) {
      site.done++;
      if (!ok) site.failed++;
    }
    const finished = !!site && site.done === site.total;
    if (finished) this.sitesDone++;
    if (this.tty) {
      if (finished && this.sites.size > 1) this.write(`\r\x1b[K${siteLine(h, site!)}\n`);
      this.write(`\r\x1b[K${this.bar()}`);
    } else {
      this.write(`nianbao-audit: ${this.done}/${this.total} ${source} ${word}\n`);
      if (finished && this.sites.size > 1) this.write(`nianbao-audit: ${siteLine(h, site!)}\n`);
    }
  }

  /** The bar: done of all, audited and failed, remaining, sites finished. */
  bar(): string {
    const width = 30;
    const filled = Math.round((width * this.done) / Math.max(1, this.total));
    const sites = this.sites.size > 1 ? `  站点 ${this.sitesDone}/${this.sites.size} 完成` : '';
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total}  ✓${this.done - this.failed} ✗${this.failed}  剩余 ${this.remaining}${sites}`;
  }

  end() {
    if (this.tty && this.done) this.write('\n');
  }
}

function siteLine(host: string, s: { total: number; done: number; failed: number }): string {
  return `站点 ${host} 完成：${s.total} 页，审计 ${s.total - s.failed}，失败 ${s.failed}`;
}
