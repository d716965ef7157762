/** What the content script does on a page: pre-check, audit, mark, panel, and the page's messages. */
import { render } from 'preact';
import { auditDocument, type Audit, type AuditOptions } from '@/lib/audit';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/store/settings';
import { precheck } from '@/lib/page/precheck';
import type { PageState, Reply } from '@/lib/ext/messages';
import type { ToContent } from '@/lib/ext/to-content';
import type { Finding } from '@/lib/result/schema';
import type { Mark } from '@/lib/store/schema';
import { Panel, Tooltip } from '@/components/Panel';
import { BatchPanel } from '@/components/BatchPanel';
import uiCss from '@/components/ui.css?inline';
import panelCss from '@/components/panel.css?inline';
import { Marks } from './marks';
import { BatchRunner } from './batch';
import { LISTING_MIN, reportLinks } from '@/lib/batch/links';
import { mountShadow, type ShadowUi } from './shadow';

const DEBOUNCE_MS = 600;
const MAX_REAUDITS = 20;

export function auditOptions(s: Settings): AuditOptions {
  return { deadlines: { township: s.townshipDeadline } };
}
const RANK = { error: 0, warning: 1, notice: 2 } as const;

export class PageController {
  private audit: Audit | null = null;
  private marks: Record<string, Mark> = {};
  private ui: ShadowUi | null = null;
  private panelBox: HTMLElement | null = null;
  private tipBox: HTMLElement | null = null;
  private expanded = false;
  private current = 0;
  private storageFull = false;
  private closed = false;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private reaudits = 0;
  private signature = '';
  private m: Marks;

  private settings: Settings | null = null;
  /** On a listing of reports: the runner of "审计本页所有年报". */
  private batch: BatchRunner | null = null;

  constructor(private doc: Document, private send: (msg: unknown) => Promise<Reply | undefined>, private loadSettings: () => Promise<Settings>) {
    this.m = new Marks(doc, (el, ids) => this.tip(el, ids));
    this.bench = /#nianbao-bench$/.test(doc.location?.hash ?? '');
  }

  /**
   * `#nianbao-bench` in the address (npm run bench only): the cost of each step
   * is written to a data attribute of <html> for the benchmark to read.
   */
  private bench: boolean;

  private measure(name: string, start: number) {
    if (this.bench) this.record(name, performance.now() - start);
  }

  private record(name: string, ms: number) {
    const el = this.doc.documentElement;
    const prev = JSON.parse(el.getAttribute('data-nianbao-bench') ?? '{}') as Record<string, number>;
    el.setAttribute('data-nianbao-bench', JSON.stringify({ ...prev, [name]: ms }));
  }

  start() {
    const t = performance.now();
    const candidate = this.isCandidate();
    this.measure('precheck', t);
    if (this.bench) {
      // the clock is coarse (0.1 ms): time many pre-checks for the per-check cost
      const t2 = performance.now();
      for (let i = 0; i < 100; i++) this.isCandidate();
      this.record('precheck100', performance.now() - t2);
    }
    if (candidate) void this.run(false);
    this.observe();
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
      case 'page:marks':
        this.marks = m.marks;
        this.m.setMarks(m.marks);
        this.draw();
        return Promise.resolve(true);
      case 'page:batch':
        return this.batchAction(m.action);
    }
  }

  /** The report links of this page, when it is a listing of reports (computed once). */
  private listing(): BatchRunner | null {
    if (this.batch) return this.batch;
    const links = reportLinks(this.doc, this.href(), 500, true);
    if (links.length < LISTING_MIN) return null;
    this.batch = new BatchRunner(this.href(), this.doc.title, links, this.send, () => this.draw());
    void this.batch.load().then(() => {
      // a batch cut off by a restart is taken up when the dashboard sends the auditor back here
      if (/#nianbao-batch-resume$/.test(this.doc.location?.hash ?? '')) void this.batchAction('start');
    });
    return this.batch;
  }

  private async batchAction(action: 'start' | 'cancel'): Promise<PageState> {
    const b = this.listing();
    if (!b) return this.state();
    this.closed = false;
    this.expanded = true;
    if (action === 'cancel') await b.cancel();
    else {
      this.settings ??= await this.loadSettings().catch(() => DEFAULT_SETTINGS);
      void b.start(this.settings, auditOptions(this.settings));
    }
    this.draw();
    return this.state();
  }

  private href(): string {
    return this.doc.location?.href ?? '';
  }

  private isCandidate(): boolean {
    return precheck({ href: this.href(), title: this.doc.title, body: this.doc.body });
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
    this.settings ??= await this.loadSettings().catch(() => DEFAULT_SETTINGS);
    const t = performance.now();
    const a = auditDocument(this.doc, href, href, auditOptions(this.settings));
    this.measure('engine', t);
    this.signature = this.sign(a.root);
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
    const t2 = performance.now();
    this.m.apply(a.result.findings, a.sources, this.marks);
    this.measure('marks', t2);
    this.measure('audit', t);
    const t3 = performance.now();
    this.draw();
    this.measure('panel', t3);
    const reply = await this.send({ type: 'audit:done', href, result: a.result }).catch(() => undefined);
    if (reply?.ok) {
      this.storageFull = false;
      this.marks = (reply.data as Record<string, Mark> | null) ?? {};
      this.m.setMarks(this.marks);
    } else if (reply && !reply.ok && reply.error === 'storage-full') this.storageFull = true;
    this.draw();
    return this.state();
  }

  /** Findings that stand on a page element: errors, then warnings, in page order. */
  private steps(): Finding[] {
    const fs = this.audit?.result.findings ?? [];
    return fs.filter((f) => f.severity !== 'notice' && this.m.elementFor(f.id)).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  }

  scrollTo(id: string): boolean {
    const el = this.m.elementFor(id);
    if (!el) return false;
    const i = this.steps().findIndex((f) => f.id === id);
    if (i >= 0) this.current = i;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.m.light([id], el);
    this.tip(el, (el.getAttribute('data-nianbao-finding') ?? '').split(' ').filter(Boolean), true);
    this.draw();
    return true;
  }

  private ensureUi() {
    if (this.ui) return;
    this.ui = mountShadow(this.doc, 'nianbao-audit-ui', `${uiCss}\n${panelCss}`);
    this.panelBox = this.doc.createElement('div');
    this.tipBox = this.doc.createElement('div');
    this.ui.container.append(this.panelBox, this.tipBox);
  }

  private draw() {
    if (this.closed) return;
    if (!this.audit?.result.isReport && this.batch) return this.drawListing(this.batch);
    if (!this.audit) return;
    this.ensureUi();
    const steps = this.steps();
    render(
      <Panel
        result={this.audit.result}
        marks={this.marks}
        steps={steps}
        located={new Set((this.audit.result.findings ?? []).filter((f) => this.m.elementFor(f.id)).map((f) => f.id))}
        current={this.current}
        expanded={this.expanded}
        storageFull={this.storageFull}
        onToggle={() => {
          this.expanded = !this.expanded;
          this.draw();
        }}
        onStep={(d) => {
          if (!steps.length) return;
          this.current = (this.current + d + steps.length) % steps.length;
          this.scrollTo(steps[this.current]!.id);
        }}
        onSelect={(f) => this.scrollTo(f.id)}
        onClose={() => this.close()}
      />,
      this.panelBox!,
    );
  }

  private drawListing(b: BatchRunner) {
    this.ensureUi();
    render(
      <BatchPanel
        count={b.links.length}
        record={b.record}
        running={b.running}
        expanded={this.expanded}
        onToggle={() => {
          this.expanded = !this.expanded;
          this.draw();
        }}
        onStart={() => void this.batchAction('start')}
        onCancel={() => void this.batchAction('cancel')}
        onDashboard={() => void this.send({ type: 'dashboard:open' })}
        onClose={() => this.close()}
      />,
      this.panelBox!,
    );
  }

  private tip(el: Element | null, ids: string[], sticky = false) {
    if (!this.tipBox || !this.audit) return;
    if (!el) {
      render(null, this.tipBox);
      this.m.light([], null);
      return;
    }
    const fs = this.audit.result.findings.filter((f) => ids.includes(f.id));
    if (!fs.length) return;
    if (!sticky) this.m.light(ids, null);
    const r = el.getBoundingClientRect();
    render(<Tooltip findings={fs} marks={this.marks} rect={{ left: r.left, top: r.top, bottom: r.bottom }} />, this.tipBox);
  }

  /** Remove every mark and the panel; the page is as it was. */
  close() {
    this.closed = true;
    this.teardown();
  }

  private teardown() {
    this.m.destroy();
    if (this.panelBox) render(null, this.panelBox);
    if (this.tipBox) render(null, this.tipBox);
    this.ui?.remove();
    this.ui = this.panelBox = this.tipBox = null;
  }

  dispose() {
    this.observer?.disconnect();
    if (this.timer) clearTimeout(this.timer);
    this.close();
  }

  private sign(root: Element | undefined): string {
    const r = root ?? this.doc.body;
    return r ? `${r.textContent?.length ?? 0}:${r.getElementsByTagName('td').length}` : '';
  }

  /** Pages that fill their content in by script are checked again, debounced. */
  private observe() {
    const body = this.doc.body;
    if (!body || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.changed(), DEBOUNCE_MS);
    });
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
  }

  private changed() {
    if (this.closed || this.reaudits >= MAX_REAUDITS) return;
    if (this.audit) {
      if (this.sign(this.audit.root) === this.signature) return;
    } else if (!this.isCandidate()) return;
    this.reaudits++;
    void this.run(false);
  }
}
