/**
 * An audit shown on the document it was made from: its cells highlighted, the
 * panel that steps through them, the tooltip of each. A web page's content script
 * and the extension's viewer of report files (whose rebuilt tables it draws) show
 * an audit the same way.
 */
import type { Audit } from '@/lib/pipeline/audit';
import type { Finding } from '@/lib/result/schema';
import { reviewedSummary, type Reviews } from '@/lib/result/review';
import type { Marks } from '@/components/Panel';
import { Highlights } from './highlights';
import { Overlay, type ListingView, type PanelView } from './overlay';
import { stepOrder } from './steps';
import type { Dock } from './placement';
import { scrollClear } from './placement';

/** The auditor's choices of how an audit shows, kept as settings by whoever shows it. */
export interface ViewSettings {
  marks: Marks;
  dock: Dock;
  /** Our UI's shadow root left open: for the browser tests only. */
  openUi?: boolean;
}

export const DEFAULT_VIEW: ViewSettings = { marks: { on: true, error: true, warning: true, notice: false }, dock: 'right' };

/** What the panel offers beyond the audit: the report files the page links, and what else it can do. */
export type PanelExtras = Pick<PanelView, 'files' | 'onFile' | 'fileResult' | 'fileOffer' | 'onAuditFile'>;

export class AuditView {
  private audit: Audit | null = null;
  private reviews: Reviews = {};
  private current = 0;
  private storageFull = false;
  private extras: PanelExtras = {};
  private settings: ViewSettings = DEFAULT_VIEW;
  readonly highlights: Highlights;
  private overlay: Overlay;

  /** `onSettings`: the auditor changed how the audit shows (marks, the panel's side): keep it. */
  constructor(private doc: Document, private onSettings: (s: ViewSettings) => void = () => undefined) {
    this.highlights = new Highlights(doc, (el, ids) => this.tip(el, ids));
    this.overlay = new Overlay(doc, () => this.redraw(), (dock) => this.change({ ...this.settings, dock }));
  }

  /** How the audit shows, from the settings (before `show`, or to change it). */
  setView(v: ViewSettings) {
    this.settings = v;
    this.overlay.preferred = v.dock;
    this.overlay.openUi = !!v.openUi;
    if (this.audit) this.mark();
  }

  private change(v: ViewSettings) {
    this.setView(v);
    this.onSettings(v);
    this.redraw();
  }

  /** The marks the settings ask for: none when hidden; notices' outlines only when asked. */
  private mark() {
    const a = this.audit!;
    const m = this.settings.marks;
    if (!m.on) {
      this.highlights.destroy();
      this.overlay.tip(null, [], this.reviews);
      return;
    }
    this.highlights.apply(a.result.findings.filter((f) => f.severity === 'notice' || m[f.severity]), a.sources, this.reviews);
    this.highlights.setShowNotices(m.notice);
  }

  /** The panel opens (true) or stays a pill. */
  set expanded(v: boolean) {
    this.overlay.expanded = v;
  }

  get isExpanded(): boolean {
    return this.overlay.expanded;
  }

  /** Keyboard focus into the panel (its first button). */
  focusPanel() {
    this.overlay.focus();
  }

  /** Step to the next (1) or previous (-1) flagged cell. */
  step(d: number) {
    const steps = this.steps();
    if (!steps.length) return;
    this.current = (this.current + d + steps.length) % steps.length;
    this.scrollTo(steps[this.current]!.id);
  }

  /** Show an audit: highlight its cells, keep the step where it was. */
  show(a: Audit, reviews: Reviews = this.reviews) {
    this.audit = a;
    this.reviews = reviews;
    this.mark();
    this.current = Math.min(this.current, Math.max(0, this.steps().length - 1));
  }

  setReviews(reviews: Reviews) {
    this.reviews = reviews;
    this.highlights.setReviews(reviews);
    this.redraw();
  }

  setStorageFull(full: boolean) {
    this.storageFull = full;
  }

  setExtras(extras: PanelExtras) {
    this.extras = extras;
  }

  get shown(): Audit | null {
    return this.audit;
  }

  private listingView: ListingView | null = null;

  /** A listing page's batch panel instead of an audit. */
  listing(v: ListingView) {
    this.listingView = v;
    this.overlay.listing(v);
  }

  /** Cells that only notices mark: a table's blank cells. */
  private noticeCells(): number {
    let n = 0;
    for (const f of this.audit?.result.findings ?? []) if (f.severity === 'notice') n += this.audit!.sources.get(f.id)?.parts.length ?? 0;
    return n;
  }

  steps(): Finding[] {
    return stepOrder(this.audit?.result.findings ?? [], (id) => !!this.highlights.elementFor(id));
  }

  scrollTo(id: string): boolean {
    const el = this.highlights.elementFor(id);
    if (!el) return false;
    const i = this.steps().findIndex((f) => f.id === id);
    if (i >= 0) this.current = i;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.redraw();
    this.clear(el);
    this.highlights.light([id], el);
    this.sticky = { el, ids: [], lit: [id] };
    this.tip(el, (el.getAttribute('data-nianbao-finding') ?? '').split(' ').filter(Boolean), true);
    return true;
  }

  /** Nothing we draw over the cell discussed: the page scrolls it clear of the panel, else the panel moves to the other side. */
  private clear(el: Element) {
    const win = this.doc.defaultView;
    const panel = this.overlay.panelRect();
    if (!panel || !win) return;
    const r = el.getBoundingClientRect();
    const dy = scrollClear({ left: r.left, top: r.top, width: r.width, height: r.height }, panel, { width: win.innerWidth, height: win.innerHeight });
    if (dy > 0) win.scrollBy(0, dy);
    this.overlay.keepClear(el);
  }

  redraw() {
    if (!this.audit) {
      if (this.listingView) this.overlay.listing(this.listingView);
      return;
    }
    const steps = this.steps();
    const result = this.audit.result;
    const located = new Set(result.findings.filter((f) => this.highlights.elementFor(f.id)).map((f) => f.id));
    this.overlay.panel({
      // what the auditor dismissed counts apart, as everywhere
      result: { ...result, ...reviewedSummary(result, this.reviews) },
      reviews: this.reviews,
      noticeCells: this.noticeCells(),
      marks: this.settings.marks,
      onMarks: (marks) => this.change({ ...this.settings, marks }),
      steps,
      located,
      current: this.current,
      storageFull: this.storageFull,
      onStep: (d) => this.step(d),
      onSelect: (f) => this.scrollTo(f.id),
      // ×: the marks hide (a setting, shown on the pill) and the panel folds; nothing of the audit is lost
      onClose: () => {
        this.overlay.expanded = false;
        this.change({ ...this.settings, marks: { ...this.settings.marks, on: false } });
      },
      ...this.extras,
    });
  }

  /** The cell stepped to, whose tooltip comes back when a hover elsewhere ends. */
  private sticky: { el: Element; ids: string[]; lit: string[] } | null = null;

  /** The tooltip of a flagged element (hovered, or stepped to: `sticky`), with the cells it involves lit. */
  private tip(el: Element | null, ids: string[], sticky = false) {
    if (!this.audit) return;
    if (sticky && el) this.sticky = { el, ids, lit: this.sticky?.el === el ? this.sticky.lit : ids.slice(0, 1) };
    if (!el) {
      const back = this.sticky?.el.isConnected ? this.sticky : null;
      this.overlay.tip(null, [], this.reviews);
      this.highlights.light(back?.lit ?? [], back?.el ?? null);
      if (back) this.overlay.tip(back.el, this.audit.result.findings.filter((f) => back.ids.includes(f.id)), this.reviews);
      return;
    }
    const fs = this.audit.result.findings.filter((f) => ids.includes(f.id));
    if (!fs.length) return;
    // a hovered cell lights its own; the cell stepped to stays marked current
    if (!sticky) this.highlights.light(ids, this.sticky?.el.isConnected ? this.sticky.el : null);
    this.overlay.keepClear(el);
    this.overlay.tip(el, fs, this.reviews);
  }

  /** Remove every mark and what we drew: the document is as it was. */
  remove() {
    this.audit = null;
    this.sticky = null;
    this.listingView = null;
    this.highlights.destroy();
    this.overlay.remove();
  }
}
