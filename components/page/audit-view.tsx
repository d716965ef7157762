/**
 * An audit shown on the document it was made from: its cells highlighted, the
 * panel that lists its findings by rule and steps through them, the tooltip of each.
 * A web page's content script and the extension's viewer of report files (whose
 * rebuilt tables it draws) show an audit the same way.
 */
import type { Audit } from '@/lib/pipeline/audit';
import type { Finding } from '@/lib/result/schema';
import { reviewedSummary, type Reviews } from '@/lib/result/review';
import type { Marks } from '@/components/Panel';
import type { OnReview } from '@/components/Findings';
import { Highlights, placeOnPage } from './highlights';
import { Overlay, type ListingView, type PanelView } from './overlay';
import { familyOf, stepOrder } from './steps';
import type { Dock } from './placement';
import { scrollClear } from './placement';
import { TipControl } from './tip-control';

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
  /** A step was shown (stepped to, or opened at): the next step goes past it. */
  private stepped = false;
  /** Bumped at each step: the panel brings the current finding into its view. */
  private stepToken = 0;
  private storageFull = false;
  private extras: PanelExtras = {};
  private settings: ViewSettings = DEFAULT_VIEW;
  /** The rules (families) whose marks the auditor hid on this page. */
  private hidden = new Set<string>();
  /** Where each finding stands on the page, marked or not. */
  private places = new Map<string, ReturnType<typeof placeOnPage>>();
  readonly highlights: Highlights;
  private overlay: Overlay;
  private tips: TipControl;
  /** How a review made in the panel reaches the store (none: the panel offers no review). */
  onReview: OnReview | null = null;

  /** `onSettings`: the auditor changed how the audit shows (marks, the panel's side): keep it. */
  constructor(private doc: Document, private onSettings: (s: ViewSettings) => void = () => undefined) {
    this.highlights = new Highlights(doc, (el, ids) => (el ? this.tip(el, ids) : this.tips.cellLeft()));
    this.overlay = new Overlay(doc, () => this.redraw(), (dock) => this.change({ ...this.settings, dock }));
    this.tips = new TipControl(doc, {
      close: () => this.untip(),
      escape: () => {
        this.sticky = null;
        this.untip();
      },
      moved: () => this.overlay.placeTip(),
    });
    this.overlay.onTipPointer = (inside) => this.tips.pointerInTip(inside);
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

  /** The marks the settings ask for: none when hidden; notices' outlines only when asked; no rule the auditor hid. */
  private mark() {
    const a = this.audit!;
    const m = this.settings.marks;
    // the marks change under the tooltip: it closes (the cell stepped to keeps its place, and its tooltip comes back)
    this.overlay.tip(null, [], this.reviews);
    this.tips.closed();
    if (!m.on) {
      this.highlights.destroy();
      return;
    }
    this.highlights.apply(a.result.findings.filter((f) => (f.severity === 'notice' || m[f.severity]) && !this.hidden.has(familyOf(f))), a.sources, this.reviews);
    this.highlights.setShowNotices(m.notice);
  }

  /** Show (true) or hide a rule's marks on the page. */
  showGroup(family: string, show: boolean) {
    if (show) this.hidden.delete(family);
    else this.hidden.add(family);
    if (this.audit) this.mark();
    this.redraw();
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

  /** The next finding, as the shortcut asks: on a page where none was shown yet, the first (1 / N). */
  next() {
    this.step(this.stepped ? 1 : 0);
  }

  /** Scroll to the current finding (the panel opened by the shortcut). */
  showCurrent(): boolean {
    const f = this.steps()[this.current];
    return f ? this.scrollTo(f.id) : false;
  }

  /** Show an audit: highlight its cells, keep the step where it was. */
  show(a: Audit, reviews: Reviews = this.reviews) {
    this.audit = a;
    this.reviews = reviews;
    this.places.clear();
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

  /** Where a finding stands on the page, whether its marks show or not. */
  private placeOf(id: string) {
    if (!this.places.has(id)) this.places.set(id, placeOnPage(this.audit?.sources.get(id)));
    return this.places.get(id) ?? null;
  }

  steps(): Finding[] {
    return stepOrder(this.audit?.result.findings ?? [], (id) => !!this.placeOf(id));
  }

  scrollTo(id: string): boolean {
    const el = this.highlights.elementFor(id) ?? this.placeOf(id)?.el;
    if (!el) return false;
    const i = this.steps().findIndex((f) => f.id === id);
    if (i >= 0) this.current = i;
    this.stepped = true;
    this.stepToken++;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.redraw();
    this.clear(el);
    const marked = this.highlights.elementFor(id) === el;
    // the cells of a hidden mark are not lit: the page's DOM stays as it is
    if (marked) this.highlights.light([id], el);
    this.sticky = { el, ids: [], lit: marked ? [id] : [] };
    this.tip(el, marked ? (el.getAttribute('data-nianbao-finding') ?? '').split(' ').filter(Boolean) : [id], true);
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
    // where a finding stands does not depend on whether its marks show: hiding them moves nothing in the list
    const located = new Set(result.findings.filter((f) => this.placeOf(f.id)).map((f) => f.id));
    this.overlay.panel({
      // what the auditor dismissed counts apart, as everywhere
      result: { ...result, ...reviewedSummary(result, this.reviews) },
      reviews: this.reviews,
      noticeCells: this.noticeCells(),
      marks: this.settings.marks,
      onMarks: (marks) => this.change({ ...this.settings, marks }),
      hidden: this.hidden,
      onGroup: (family, show) => this.showGroup(family, show),
      ...(this.onReview ? { onReview: this.onReview } : {}),
      steps,
      located,
      current: this.current,
      stepToken: this.stepToken,
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

  /** The findings a tooltip shows: those of its ids, without the rules hidden, and without notices while their marks are off. */
  private tipFindings(ids: string[]): Finding[] {
    const notices = this.settings.marks.notice;
    return (this.audit?.result.findings ?? []).filter((f) => ids.includes(f.id) && !this.hidden.has(familyOf(f)) && (notices || f.severity !== 'notice'));
  }

  /** The tooltip of a flagged element (hovered, or stepped to: `sticky`), with the cells it involves lit. */
  private tip(el: Element, ids: string[], sticky = false) {
    if (!this.audit) return;
    const fs = this.tipFindings(ids);
    if (!fs.length) return;
    if (sticky) this.sticky = { el, ids, lit: this.sticky?.el === el ? this.sticky.lit : ids.slice(0, 1) };
    // a hovered cell lights its own; the cell stepped to stays marked current
    if (!sticky) this.highlights.light(fs.map((f) => f.id), this.sticky?.el.isConnected ? this.sticky.el : null);
    this.overlay.keepClear(el);
    // the cells the findings cite stay in sight: the tooltip goes around them
    const cited = fs.flatMap((f) => (f.severity === 'notice' ? [] : (this.placeOf(f.id)?.related ?? [])));
    // and the cell stepped to, while another is hovered
    if (!sticky && this.sticky?.el.isConnected && this.sticky.el !== el) cited.push(this.sticky.el);
    this.overlay.tip(el, fs, this.reviews, cited);
    this.tips.opened();
  }

  /** The hovered tooltip closes; the cell stepped to gets its tooltip back. */
  private untip() {
    const back = this.sticky?.el.isConnected ? this.sticky : null;
    this.overlay.tip(null, [], this.reviews);
    this.tips.closed();
    if (!this.audit) return;
    this.highlights.light(back?.lit ?? [], back?.el ?? null);
    if (back) this.tip(back.el, back.ids, true);
  }

  /** Remove every mark and what we drew: the document is as it was. */
  remove() {
    this.audit = null;
    this.sticky = null;
    this.listingView = null;
    this.places.clear();
    this.tips.closed();
    this.highlights.destroy();
    this.overlay.remove();
  }
}
