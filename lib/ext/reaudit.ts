/**
 * The stored reports audited again in the background after a setting that changes findings
 * (the copy threshold, the township deadline): one at a time from its snapshot with the history,
 * yielding between reports, with its progress to show. Started again, it starts over with the
 * newest settings; what was audited stays audited.
 */
import type { RecordStore } from '../store/record-store';
import type { Histories } from './history';
import type { Settings } from '../store/settings';

export type ReauditStatus = { state: 'idle' | 'running' | 'finished'; done: number; total: number; changed: number };

/** The settings an audit reads: a change of any of them makes stored findings stale. */
export function changesFindings(before: Settings, after: Settings): boolean {
  return before.copyThreshold !== after.copyThreshold || before.townshipDeadline !== after.townshipDeadline;
}

export class Reauditor {
  private status: ReauditStatus = { state: 'idle', done: 0, total: 0, changed: 0 };
  private run = 0;

  constructor(
    private store: RecordStore,
    private histories: Histories,
    /** Between two reports: the service worker keeps answering messages meanwhile. */
    private pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
  ) {}

  get(): ReauditStatus {
    return { ...this.status };
  }

  /** Audit every stored report again (a run under way is left for this one); resolves when done or overtaken. */
  async start(): Promise<ReauditStatus> {
    const run = ++this.run;
    const hrefs = (await this.store.summaries()).list.filter((s) => s.isReport).map((s) => s.href);
    if (run !== this.run) return this.get();
    this.status = { state: 'running', done: 0, total: hrefs.length, changed: 0 };
    for (const href of hrefs) {
      await this.pause();
      if (run !== this.run) return this.get();
      const rec = await this.store.get(href).catch(() => null);
      if (rec?.snapshot) {
        const after = await this.histories.reaudit(rec).catch(() => rec);
        const ids = (r: typeof rec) => r.result.findings.map((f) => f.id).join(' ');
        if (ids(after) !== ids(rec)) this.status.changed++;
      }
      this.status.done++;
    }
    this.status.state = 'finished';
    return this.get();
  }
}
