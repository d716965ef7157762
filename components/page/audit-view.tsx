/**
 * An audit shown on the document it was made from: its cells highlighted, the
 * panel that steps through them, the tooltip of each. A web page's content script
 * and the extension's viewer of report files (whose rebuilt tables it draws) show
 * an audit the same way.
 */
import type { Audit } from '@/lib/pipeline/audit';
import type { Finding } from '@/lib/result/schema';
import { reviewedSummary, type Reviews } from '@/lib/result/review';
import { Highlights } from './highlights';
import { Overlay, type ListingView, type PanelView } from './overlay';
import { stepOrder } from './steps';

/** What the panel offers beyond the audit: the report files the page links, and what else it can do. */
export type PanelExtras = Pick<PanelView, 'files' | 'onFile' | 'fileResult'>;

export class AuditView {
  private audit: Audit | null = null;
  private reviews: Reviews = {};
  private current = 0;
  private storageFull = false;
  private showNotices = false;
  private extras: PanelExtras = {};
  readonly highlights: Highlights;
  private overlay: Overlay;

  constructor(private doc: Document, private onClose: () => void) {
    this.highlights = new Highlights(doc, (el, ids) => this.tip(el, ids));
    this.overlay = new Overlay(doc, () => this.redraw());
  }

  /** The panel opens (true) or stays a pill. */
  set expanded(v: boolean) {
    this.overlay.expanded = v;
  }

  /** Show an audit: highlight its cells, keep the step where it was. */
  show(a: Audit, reviews: Reviews = this.reviews) {
    this.audit = a;
    this.reviews = reviews;
    this.current = Math.min(this.current, Math.max(0, this.steps().length - 1));
    this.highlights.apply(a.result.findings, a.sources, reviews);
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
    this.highlights.light([id], el);
    this.tip(el, (el.getAttribute('data-nianbao-finding') ?? '').split(' ').filter(Boolean), true);
    this.redraw();
    return true;
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
      showNotices: this.showNotices,
      onShowNotices: (show) => {
        this.showNotices = show;
        this.highlights.setShowNotices(show);
        this.redraw();
      },
      steps,
      located,
      current: this.current,
      storageFull: this.storageFull,
      onStep: (d) => {
        if (!steps.length) return;
        this.current = (this.current + d + steps.length) % steps.length;
        this.scrollTo(steps[this.current]!.id);
      },
      onSelect: (f) => this.scrollTo(f.id),
      onClose: () => this.onClose(),
      ...this.extras,
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

  /** Remove every mark and what we drew: the document is as it was. */
  remove() {
    this.audit = null;
    this.listingView = null;
    this.highlights.destroy();
    this.overlay.remove();
  }
}
