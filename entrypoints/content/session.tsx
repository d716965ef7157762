/**
 * One page's session: the pre-check, the audit and its report to the background,
 * and the messages of the popup and the background. What it shows is drawn by
 * the pieces beside it: highlights on the page's cells, the overlay (panel and
 * tooltip), the listing's batch runner, the watcher of late content.
 */
import { auditDocument, type Audit } from '@/lib/pipeline/audit';
import { DEFAULT_SETTINGS, auditOptions, type Settings } from '@/lib/store/settings';
import { precheck } from '@/lib/page/precheck';
import type { PageState, Reply } from '@/lib/ext/messages';
import type { ToContent } from '@/lib/ext/to-content';
import type { Finding } from '@/lib/result/schema';
import type { Review } from '@/lib/store/schema';
import { reviewedSummary } from '@/lib/result/review';
import { snapshotOf } from '@/lib/pipeline/snapshot';
import type { Identity } from '@/lib/store/identity';
import { Highlights } from './highlights';
import { Overlay } from './overlay';
import { listingRunner, type BatchRunner } from './batch';
import { BenchClock } from './bench';
import { Watcher, signature } from './watch';
import { stepOrder } from './steps';

export type Send = (msg: unknown) => Promise<Reply | undefined>;
/** What an audit of the page honours: the auditor's settings and corrections for this page. */
export type LoadContext = (href: string) => Promise<{ settings: Settings; identity: Identity | undefined }>;

export class PageSession {
  private audit: Audit | null = null;
  private reviews: Record<string, Review> = {};
  private settings: Settings | null = null;
  private current = 0;
  private storageFull = false;
  /** The auditor closed the panel: nothing is drawn until an audit is asked for. */
  private closed = false;
  private lastSignature = '';
  /** Blank cells (only notices mark them) show their outlines on request. */
  private showNotices = false;
  /** On a listing of reports: the runner of "审计本页所有年报" (looked for until found: links may come late). */
  private batch: BatchRunner | null = null;

  private highlights: Highlights;
  private overlay: Overlay;
  private watcher: Watcher;
  private clock: BenchClock;

  constructor(private doc: Document, private send: Send, private loadContext: LoadContext) {
    this.highlights = new Highlights(doc, (el, ids) => this.tip(el, ids));
    this.overlay = new Overlay(doc, () => this.draw());
    this.watcher = new Watcher(doc, () => this.changed());
    this.clock = new BenchClock(doc);
  }

  start() {
    const candidate = this.clock.time('precheck', () => this.isCandidate());
    // the clock is coarse (0.1 ms): time many pre-checks for the per-check cost
    this.clock.time('precheck100', () => {
      if (this.clock.on) for (let i = 0; i < 100; i++) this.isCandidate();
    });
    if (candidate) void this.run(false);
    this.watcher.start();
  }

  handle(m: ToContent): Promise<unknown> {
    switch (m.type) {
      case 'page:audit':
        this.closed = false;
        return this.run(m.force);
      case 'page:scroll':
        return Promise.resolve(this.scrollTo(m.id));
      case 'page:state':
        return Promise.resolve(this.state());
      case 'page:reviews':
        this.reviews = m.reviews;
        this.highlights.setReviews(m.reviews);
        this.draw();
        return Promise.resolve(true);
      case 'page:batch':
        return this.batchAction(m.action);
    }
  }

  private href(): string {
    return this.doc.location?.href ?? '';
  }

  private isCandidate(): boolean {
    return precheck({ href: this.href(), title: this.doc.title, body: this.doc.body });
  }

  private async getSettings(): Promise<Settings> {
    this.settings ??= (await this.context()).settings;
    return this.settings;
  }

  private context() {
    return this.loadContext(this.href()).catch(() => ({ settings: DEFAULT_SETTINGS, identity: undefined }));
  }

  /** The listing's batch runner, when this page lists reports. */
  private listing(): BatchRunner | null {
    if (!this.batch) {
      this.batch = listingRunner(this.doc, this.href(), this.send, () => this.draw());
      void this.batch?.load().then(() => {
        // a batch cut off by a restart is taken up when the dashboard sends the auditor back here
        if (/#nianbao-batch-resume$/.test(this.doc.location?.hash ?? '')) void this.batchAction('start');
      });
    }
    return this.batch;
  }

  private async batchAction(action: 'start' | 'cancel'): Promise<PageState> {
    const b = this.listing();
    if (!b) return this.state();
    this.closed = false;
    this.overlay.expanded = true;
    if (action === 'cancel') await b.cancel();
    else {
      const s = await this.getSettings();
      void b.start(s, auditOptions(s));
    }
    this.draw();
    return this.state();
  }

  state(): PageState {
    const b = this.audit?.result.isReport ? null : this.listing();
    return {
      href: this.href(),
      recognised: !!this.audit?.result.isReport,
      audited: !!this.audit,
      result: this.audit?.result ?? null,
      listing: b?.links.length ?? 0,
      batch: b?.record ?? null,
    };
  }

  async run(force: boolean): Promise<PageState> {
    const href = this.href();
    const ctx = await this.context();
    this.settings = ctx.settings;
    const options = { ...auditOptions(ctx.settings), ...(ctx.identity ? { identity: ctx.identity } : {}) };
    const t = performance.now();
    const a = this.clock.time('engine', () => auditDocument(this.doc, href, href, options));
    this.lastSignature = signature(a.root ?? this.doc.body);
    if (!a.result.isReport && !force) {
      if (this.audit) this.teardown();
      this.audit = null;
      await this.send({ type: 'audit:none', href }).catch(() => undefined);
      // a listing of reports: offer to audit them all
      if (this.listing()) this.draw();
      return this.state();
    }
    this.audit = a;
    this.current = Math.min(this.current, Math.max(0, this.steps().length - 1));
    this.clock.time('marks', () => this.highlights.apply(a.result.findings, a.sources, this.reviews));
    this.clock.record('audit', performance.now() - t);
    this.clock.time('panel', () => this.draw());
    const snapshot = a.input ? snapshotOf(a.input.blocks, a.input.meta) : null;
    const reply = await this.send({ type: 'audit:done', href, result: a.result, snapshot }).catch(() => undefined);
    if (reply?.ok) {
      this.storageFull = false;
      this.reviews = (reply.data as Record<string, Review> | null) ?? {};
      this.highlights.setReviews(this.reviews);
    } else if (reply && !reply.ok && reply.error === 'storage-full') this.storageFull = true;
    this.draw();
    return this.state();
  }

  /** Cells that only notices mark: a table's blank cells. */
  private noticeCells(): number {
    let n = 0;
    for (const f of this.audit?.result.findings ?? []) if (f.severity === 'notice') n += this.audit!.sources.get(f.id)?.parts.length ?? 0;
    return n;
  }

  private steps(): Finding[] {
    return stepOrder(this.audit?.result.findings ?? [], (id) => !!this.highlights.elementFor(id));
  }

  scrollTo(id: string): boolean {
    const el = this.highlights.elementFor(id);
    if (!el) return false;
    const i = this.steps().findIndex((f) => f.id === id);
    if (i >= 0) this.current = i;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.highlights.light([id], el);
    this.tip(el, (el.getAttribute('data-nianbao-finding') ?? '').split(' ').filter(Boolean), true);
    this.draw();
    return true;
  }

  private draw() {
    if (this.closed) return;
    if (!this.audit?.result.isReport && this.batch) {
      const runner = this.batch;
      return this.overlay.listing({
        runner,
        onStart: () => void this.batchAction('start'),
        onCancel: () => void this.batchAction('cancel'),
        onDashboard: () => void this.send({ type: 'dashboard:open' }),
        onClose: () => this.close(),
      });
    }
    if (!this.audit) return;
    const steps = this.steps();
    const result = this.audit.result;
    this.overlay.panel({
      // what the auditor dismissed counts apart, as everywhere
      result: { ...result, ...reviewedSummary(result, this.reviews) },
      reviews: this.reviews,
      noticeCells: this.noticeCells(),
      showNotices: this.showNotices,
      onShowNotices: (show) => {
        this.showNotices = show;
        this.highlights.setShowNotices(show);
        this.draw();
      },
      steps,
      located: new Set(this.audit.result.findings.filter((f) => this.highlights.elementFor(f.id)).map((f) => f.id)),
      current: this.current,
      storageFull: this.storageFull,
      onStep: (d) => {
        if (!steps.length) return;
        this.current = (this.current + d + steps.length) % steps.length;
        this.scrollTo(steps[this.current]!.id);
      },
      onSelect: (f) => this.scrollTo(f.id),
      onClose: () => this.close(),
    });
  }

  /** The tooltip of a flagged element (hovered, or stepped to: `sticky`), with the cells it involves lit. */
  private tip(el: Element | null, ids: string[], sticky = false) {
    if (!this.audit) return;
    if (!el) {
      this.overlay.tip(null, [], this.reviews);
      this.highlights.light([], null);
      return;
    }
    const fs = this.audit.result.findings.filter((f) => ids.includes(f.id));
    if (!fs.length) return;
    if (!sticky) this.highlights.light(ids, null);
    this.overlay.tip(el, fs, this.reviews);
  }

  /** Remove every mark and the panel; the page is as it was. */
  close() {
    this.closed = true;
    this.teardown();
  }

  private teardown() {
    this.highlights.destroy();
    this.overlay.remove();
  }

  dispose() {
    this.watcher.stop();
    this.close();
  }

  /** Late content: audit again when the report changed, or when a page that was no report now looks like one. */
  private changed(): boolean {
    if (this.closed) return false;
    if (this.audit) {
      if (signature(this.audit.root ?? this.doc.body) === this.lastSignature) return false;
    } else if (!this.isCandidate()) return false;
    void this.run(false);
    return true;
  }
}
