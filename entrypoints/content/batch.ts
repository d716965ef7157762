/** "审计本页所有年报": the listing page's report links, fetched and audited politely from the page itself. */
import { auditUrl } from '@/lib/batch/audit-url';
import { Permanent, runQueue } from '@/lib/batch/queue';
import type { ReportResult } from '@/lib/result/schema';
import type { Audited } from '@/lib/pipeline/across';
import { LISTING_MIN, reportLinks, type ReportLink } from '@/lib/batch/links';
import type { BatchRecord, VerdictLine } from '@/lib/store/batch';
import { remaining } from '@/lib/store/batch-progress';
import type { Settings } from '@/lib/store/settings';
import type { Reply } from '@/lib/ext/messages';
import type { AuditOptions } from '@/lib/model';

export class BatchRunner {
  record: BatchRecord | null = null;
  /**
   * The stored verdicts of the links' reports, by normalised address: what the dashboard says of them
   * (audited again with the history, reviewed since), which the links show over what the batch saw first.
   */
  stored: Record<string, VerdictLine> = {};
  private ctl: AbortController | null = null;

  constructor(
    private listing: string,
    private title: string,
    readonly links: ReportLink[],
    private send: (msg: unknown) => Promise<Reply | undefined>,
    private onChange: () => void,
    /** All the listing's report links, `links` being the first BATCH_MAX of them. */
    readonly total = links.length,
  ) {}

  get running(): boolean {
    return !!this.ctl && !this.ctl.signal.aborted;
  }

  /** The page's links to the batch's reports, each anchor with its report's address. */
  linkElements(doc: Document): { url: string; el: Element }[] {
    const wanted = new Set(this.links.map((l) => l.url));
    const out: { url: string; el: Element }[] = [];
    for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, 5000)) {
      let u: URL;
      try {
        u = new URL(a.getAttribute('href') ?? '', this.listing);
      } catch {
        continue;
      }
      u.hash = '';
      if (wanted.has(u.href)) out.push({ url: u.href, el: a });
    }
    return out;
  }

  async load() {
    const r = await this.send({ type: 'batch:get', listing: this.listing }).catch(() => undefined);
    this.record = r?.ok ? (r.data as BatchRecord | null) : null;
    if (this.record) await this.refresh();
    this.onChange();
  }

  /** Read the links' stored verdicts again. */
  async refresh() {
    const r = await this.send({ type: 'records:verdicts', hrefs: this.links.map((l) => l.url) }).catch(() => undefined);
    if (r?.ok) this.stored = r.data as Record<string, VerdictLine>;
  }

  /** Audit every report link not yet done (a batch cut off earlier is taken up where it stopped). */
  async start(settings: Settings, options: AuditOptions) {
    if (this.running || !this.links.length) return;
    const r = await this.send({ type: 'batch:start', listing: this.listing, title: this.title, urls: this.links.map((l) => l.url) });
    if (!r?.ok) return;
    this.record = r.data as BatchRecord;
    const ctl = (this.ctl = new AbortController());
    this.onChange();
    await runQueue(
      remaining(this.record),
      (url, signal) =>
        auditUrl(url, {
          timeoutMs: settings.batchTimeoutSec * 1000, signal, options,
          parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
          // a report file is read by the extension's reader (pdf.js lives there), and stored like a page
          onFile: (file) => this.auditFile(file),
        }),
      { concurrency: settings.batchConcurrency, delayMs: settings.batchDelayMs, retries: 2, backoffMs: 1000, signal: ctl.signal },
      async (url, o) => {
        const msg = o.ok
          ? { type: 'batch:result', listing: this.listing, href: url, result: o.value.result, snapshot: o.value.snapshot }
          : { type: 'batch:failed', listing: this.listing, href: url, error: o.error };
        const reply = await this.send(msg).catch(() => undefined);
        if (reply?.ok && reply.data) this.record = reply.data as BatchRecord;
        await this.refresh();
        this.onChange();
      },
    );
    if (!ctl.signal.aborted) {
      const done = await this.send({ type: 'batch:status', listing: this.listing, status: 'finished' }).catch(() => undefined);
      if (done?.ok) this.record = done.data as BatchRecord;
    }
    await this.refresh();
    this.ctl = null;
    this.onChange();
  }

  /** The background reads the file, stores it and checks it against the history: what comes back is its result. */
  private async auditFile(url: string): Promise<Audited> {
    // the auditor started the batch: its files are read at that click, wherever they are
    const r = await this.send({ type: 'file:audit', url, from: this.listing, clicked: true });
    if (!r) throw new Error('扩展未响应');
    if (!r.ok) throw new Permanent(r.error);
    return { result: r.data as ReportResult, snapshot: null, entry: null };
  }

  async cancel() {
    this.ctl?.abort();
    this.ctl = null;
    const r = await this.send({ type: 'batch:status', listing: this.listing, status: 'cancelled' }).catch(() => undefined);
    if (r?.ok) this.record = r.data as BatchRecord;
    this.onChange();
  }
}

/** The runner of a listing page's batch, when the page links at least LISTING_MIN reports of its own origin. */
/** A batch takes at most this many of a listing's reports; the panel says how many it leaves out. */
export const BATCH_MAX = 500;

export function listingRunner(doc: Document, href: string, send: (msg: unknown) => Promise<Reply | undefined>, onChange: () => void): BatchRunner | null {
  const counted = { total: 0 };
  const links = reportLinks(doc, href, BATCH_MAX, true, counted);
  return links.length < LISTING_MIN ? null : new BatchRunner(href, doc.title, links, send, onChange, counted.total);
}
