/**
 * One page's session: the pre-check, the audit and its report to the background,
 * and the messages of the popup and the background. What it shows is drawn by
 * the pieces of components/page: the audit view (highlights, panel, tooltip); the
 * listing's batch runner and the watcher of late content are beside it. A report
 * published as a file is offered for auditing, and audited by itself when the page
 * holds nothing else.
 */
import { auditAgain, auditDocument, type Audit } from '@/lib/pipeline/audit';
import { historyOf, readAuditDone } from '@/lib/ext/history-slice';
import { DEFAULT_SETTINGS, auditOptions, type Settings } from '@/lib/store/settings';
import { precheck } from '@/lib/page/precheck';
import type { PageState } from '@/lib/ext/messages';
import { STORAGE_FULL, type Reply } from '@/lib/ext/reply';
import type { ToContent } from '@/lib/ext/to-content';
import type { Reviews } from '@/lib/result/review';
import { snapshotOf } from '@/lib/pipeline/snapshot';
import type { Identity } from '@/lib/store/identity';
import { AuditView, type ViewSettings } from '@/components/page/audit-view';
import { LinkVerdicts } from '@/components/page/link-verdicts';
import { listingRunner, type BatchRunner } from './batch';
import { remaining } from '@/lib/store/batch-progress';
import { BenchClock } from './bench';
import { Watcher, signature } from './watch';
import { PageFiles } from './files';
import { sendReview } from './review';

export type Send = (msg: unknown) => Promise<Reply | undefined>;
/** What an audit of the page honours: the auditor's settings and corrections for this page. */
export type LoadContext = (href: string) => Promise<{ settings: Settings; identity: Identity | undefined }>;

export class PageSession {
  private audit: Audit | null = null;
  private reviews: Reviews = {};
  private settings: Settings | null = null;
  /** The auditor closed the panel: nothing is drawn until an audit is asked for. */
  private closed = false;
  private lastSignature = '';
  /** On a listing of reports: the runner of "审计本页所有年报" (looked for until found: links may come late). */
  private batch: BatchRunner | null = null;
  /** The page's report files, and the audit of the one it holds alone. */
  private files: PageFiles;

  private view: AuditView;
  private verdicts: LinkVerdicts;
  private watcher: Watcher;
  private clock: BenchClock;

  constructor(private doc: Document, private send: Send, private loadContext: LoadContext) {
    this.view = new AuditView(doc, (v) => void this.keepView(v));
    // a finding confirmed or dismissed in the panel: stored by the background, which sets the badge and answers with the reviews
    this.view.onReview = async (id, status, note) => {
      const reviews = await sendReview(this.send, this.href(), id, status, note);
      if (reviews) this.view.setReviews((this.reviews = reviews));
    };
    this.watcher = new Watcher(doc, () => this.changed());
    this.verdicts = new LinkVerdicts(doc);
    this.clock = new BenchClock(doc);
    this.files = new PageFiles(doc, () => this.href(), send, (open) => {
      if (open) this.view.expanded = true;
      this.redrawExtras();
    });
  }

  /** The auditor's choice of marks and of the panel's side: a setting, for every page. */
  private async keepView(v: ViewSettings) {
    const s = { ...(await this.getSettings()), marks: v.marks, dock: v.dock };
    this.settings = s;
    await this.send({ type: 'settings:set', settings: s }).catch(() => undefined);
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
        return Promise.resolve(this.view.scrollTo(m.id));
      case 'page:state':
        // the popup asks what the page is: a listing whose links came late is found now
        if (!this.audit?.result.isReport) this.findListing();
        return Promise.resolve(this.state());
      case 'page:reviews':
        this.reviews = m.reviews;
        this.view.setReviews(m.reviews);
        return Promise.resolve(true);
      case 'page:batch':
        return this.batchAction(m.action);
      case 'page:command':
        return Promise.resolve(this.command(m.command));
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

  /**
   * Look for the listing's batch runner when this page lists reports, and keep it (looked for again while
   * none is found: links may come late). A step of its own: asking for the page's state only reads it.
   */
  private findListing(): BatchRunner | null {
    if (!this.batch) {
      this.batch = listingRunner(this.doc, this.href(), this.send, () => this.draw());
      void this.batch?.load().then(() => {
        // sent back by the dashboard to a batch cut off by a restart: the panel opens on it, and the auditor's
        // click resumes it — a page's own hash starts nothing, and there must be a stored batch with pages left
        const b = this.batch;
        if (/#nianbao-batch-resume$/.test(this.doc.location?.hash ?? '') && b?.record && b.record.status !== 'finished' && remaining(b.record).length) {
          this.closed = false;
          this.view.expanded = true;
          this.draw();
        }
      });
    }
    return this.batch;
  }

  private async batchAction(action: 'start' | 'cancel'): Promise<PageState> {
    const b = this.findListing();
    if (!b) return this.state();
    this.closed = false;
    this.view.expanded = true;
    if (action === 'cancel') await b.cancel();
    else {
      const s = await this.getSettings();
      void b.start(s, auditOptions(s));
    }
    this.draw();
    return this.state();
  }

  state(): PageState {
    const b = this.audit?.result.isReport ? null : this.batch;
    return {
      href: this.href(),
      recognised: !!this.audit?.result.isReport,
      audited: !!this.audit,
      result: this.audit?.result ?? null,
      listing: b?.links.length ?? 0,
      batch: b?.record ?? null,
      files: this.files.list,
    };
  }

  async run(force: boolean): Promise<PageState> {
    const href = this.href();
    const ctx = await this.context();
    this.settings = ctx.settings;
    this.view.setView({ marks: ctx.settings.marks, dock: ctx.settings.dock, openUi: ctx.settings.openUi });
    const options = { ...auditOptions(ctx.settings), ...(ctx.identity ? { identity: ctx.identity } : {}) };
    const t = performance.now();
    const a = this.clock.time('engine', () => auditDocument(this.doc, href, href, options));
    this.lastSignature = signature(a.root ?? this.doc.body);
    if (!a.result.isReport && !force) {
      if (this.audit) this.teardown();
      this.audit = null;
      await this.send({ type: 'audit:none', href }).catch(() => undefined);
      // a listing of reports: offer to audit them all
      if (this.findListing()) this.draw();
      return this.state();
    }
    this.audit = a;
    this.clock.time('marks', () => this.view.show(a, this.reviews));
    this.clock.record('audit', performance.now() - t);
    this.clock.time('panel', () => {
      // the report files the page links to: what the panel offers besides the audit, so looked for with it
      this.files.find();
      this.view.setExtras(this.files.extras());
      this.draw();
    });
    const snapshot = a.input ? snapshotOf(a.input.blocks, a.input.meta) : null;
    const done = await this.report(href, a, snapshot);
    // the organ's other years and the prose of other reports are stored: the audit runs again beside them
    if (done?.history && a.input) {
      const history = historyOf(done.history);
      // from the same model: only the rules that read the history run again (lib/pipeline/audit.ts, auditAgain)
      const again = this.clock.time('history', () => auditAgain(a, { ...options, history }));
      this.audit = again;
      this.view.show(again, this.reviews);
      await this.report(href, again, snapshot);
    }
    this.draw();
    // opened from the dashboard at a finding (#nianbao-finding=ID): the panel opens on it
    const asked = /(?:^#|&)nianbao-finding=([^&]+)/.exec(this.doc.location?.hash ?? '');
    if (asked && a.result.isReport) {
      this.view.expanded = true;
      this.scrollTo(decodeURIComponent(asked[1]!));
    }
    // a page that holds nothing but its report file: the file is audited by itself (./files.ts)
    if (a.result.isReport && a.model?.recognition.attachmentOnly) this.files.auditAlone();
    return this.state();
  }

  /** Tell the background of an audit: it stores it and answers with the reviews and the history the audit needs. */
  private async report(href: string, a: Audit, snapshot: ReturnType<typeof snapshotOf>) {
    const reply = await this.send({ type: 'audit:done', href, result: a.result, snapshot }).catch(() => undefined);
    if (reply && !reply.ok && reply.error === STORAGE_FULL) this.view.setStorageFull(true);
    if (!reply?.ok) return null;
    this.view.setStorageFull(false);
    const done = readAuditDone(reply.data);
    this.reviews = done.reviews ?? {};
    this.view.setReviews(this.reviews);
    return done;
  }

  private redrawExtras() {
    this.view.setExtras(this.files.extras());
    this.draw();
  }

  /** The keyboard shortcuts: open (at the current finding, scrolled to) or fold the panel; step to the next finding (the first, the first time). */
  command(c: 'open-panel' | 'next-finding'): boolean {
    if (!this.audit) return false;
    this.closed = false;
    if (c === 'open-panel') {
      this.view.expanded = !this.view.isExpanded;
      this.draw();
      if (this.view.isExpanded) {
        this.view.showCurrent();
        this.view.focusPanel();
      }
      return true;
    }
    this.view.expanded = true;
    this.draw();
    this.view.next();
    return true;
  }

  scrollTo(id: string): boolean {
    return this.view.scrollTo(id);
  }

  private draw() {
    if (this.closed) return;
    if (!this.audit?.result.isReport && this.batch) {
      // each report link with its verdict, as the batch learns them
      this.verdicts.show(this.batch.linkElements(this.doc), this.batch.record, this.batch.stored);
      return this.view.listing({
        runner: this.batch,
        onStart: () => void this.batchAction('start'),
        onCancel: () => void this.batchAction('cancel'),
        onDashboard: () => void this.send({ type: 'dashboard:open' }),
        onClose: () => this.close(),
      });
    }
    if (this.audit) this.view.redraw();
  }

  /** Remove every mark and the panel; the page is as it was. */
  close() {
    this.closed = true;
    this.teardown();
  }

  private teardown() {
    this.view.remove();
    this.verdicts.remove();
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
