/** What we draw on a page, in one shadow root: the panel (or the listing's batch panel) and the tooltip, placed so that they never hide the cell discussed. */
import { render } from 'preact';
import type { Finding } from '@/lib/result/schema';
import type { Reviews } from '@/lib/result/review';
import { Panel, Tooltip, type PanelProps } from '@/components/Panel';
import { BatchPanel } from '@/components/BatchPanel';
import uiCss from '@/components/ui.css?inline';
import panelCss from '@/components/panel.css?inline';
import type { BatchRecord } from '@/lib/store/batch';
import { mountShadow, type ShadowUi } from './shadow';
import { bottom, dockFor, placeTip, right, type Box, type Dock, type TipPlace } from './placement';

/** What the panel shows; the overlay adds whether it is open and where it docks. */
export type PanelView = Omit<PanelProps, 'expanded' | 'onToggle' | 'dock' | 'onDock'>;

export interface ListingView {
  /** How many report links the listing holds, the batch over them, and whether it runs now. */
  runner: { links: { length: number }; total: number; record: BatchRecord | null; running: boolean };
  onStart(): void;
  onCancel(): void;
  onDashboard(): void;
  onClose(): void;
}

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

/** The tooltip's widths, tried in turn until it fits whole: wider is shorter. */
const TIP_WIDTHS = [360, 480, 600];

/** The tooltip shown: its cell, what it says, the cells it cites, and its height at each width tried. */
interface TipShown {
  el: Element;
  findings: Finding[];
  reviews: Reviews;
  cited: Element[];
  heights: Map<number, number>;
}

export class Overlay {
  private ui: ShadowUi | null = null;
  private panelBox: HTMLElement | null = null;
  private tipBox: HTMLElement | null = null;
  /** The panel is open (else the pill). */
  expanded = false;
  /** The auditor's side for the panel (a setting), and the side it stands on now. */
  preferred: Dock = 'right';
  /** The shadow root open to the browser tests (a setting only they set); closed otherwise. */
  openUi = false;
  /** Untrusted (page-made) events stopped at our shadow root; off only in DOM unit tests, which cannot make trusted ones. */
  guardEvents = true;
  private side: Dock = 'right';
  private shownTip: TipShown | null = null;
  /** The pointer went into the tooltip (true) or out of it (false). */
  onTipPointer: (inside: boolean) => void = () => undefined;

  constructor(private doc: Document, private redraw: () => void, private onDockChange: (d: Dock) => void = () => undefined) {}

  private ensure() {
    if (this.ui) return;
    this.ui = mountShadow(this.doc, 'nianbao-audit-ui', `${uiCss}\n${panelCss}`, this.openUi, this.guardEvents);
    this.panelBox = this.doc.createElement('div');
    this.tipBox = this.doc.createElement('div');
    this.ui.container.append(this.panelBox, this.tipBox);
    // the tooltip can be entered (to read it, scroll it): the cell's leaving does not close it then
    this.tipBox.addEventListener('mouseenter', () => this.onTipPointer(true));
    this.tipBox.addEventListener('mouseleave', () => this.onTipPointer(false));
    this.side = this.preferred;
    this.setSide(this.side);
  }

  private toggle = () => {
    this.expanded = !this.expanded;
    this.redraw();
  };

  private setSide(d: Dock) {
    this.side = d;
    this.panelBox?.setAttribute('class', d === 'left' ? 'nb-dock-left' : 'nb-dock-right');
  }

  /** The auditor moves the panel to the other side: kept as their setting. */
  private dock = () => {
    this.preferred = this.side === 'right' ? 'left' : 'right';
    this.setSide(this.preferred);
    this.onDockChange(this.preferred);
    this.redraw();
  };

  panel(v: PanelView) {
    this.ensure();
    render(<Panel {...v} expanded={this.expanded} onToggle={this.toggle} dock={this.side} onDock={this.dock} />, this.panelBox!);
    // the panel may have grown or moved: the tooltip stays clear of it
    if (this.shownTip) this.placeTip();
  }

  listing(v: ListingView) {
    this.ensure();
    const b = v.runner;
    render(
      <BatchPanel count={b.links.length} total={b.total} record={b.record} running={b.running} expanded={this.expanded} onToggle={this.toggle} onStart={v.onStart} onCancel={v.onCancel} onDashboard={v.onDashboard} onClose={v.onClose} />,
      this.panelBox!,
    );
  }

  /** Keyboard focus to the panel's first button. */
  focus() {
    this.panelBox?.querySelector<HTMLElement>('button')?.focus();
  }

  /** The panel's (or pill's) box on screen, null when nothing is drawn. */
  panelRect(): Box | null {
    const el = this.panelBox?.firstElementChild;
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.width || r.height ? boxOf(r) : null;
  }

  private view() {
    const w = this.doc.defaultView;
    return { width: w?.innerWidth || this.doc.documentElement.clientWidth || 1000, height: w?.innerHeight || this.doc.documentElement.clientHeight || 800 };
  }

  /** Move the panel to the side of the window away from `el` when it would cover it there (the preferred side otherwise). */
  keepClear(el: Element | null) {
    const p = this.panelRect();
    if (!p) return;
    const side = dockFor(el ? boxOf(el.getBoundingClientRect()) : null, this.preferred, p, this.view());
    if (side === this.side) return;
    this.setSide(side);
    // the panel's dock button names the other side: drawn again
    if (this.expanded) this.redraw();
  }

  /** The tooltip of a flagged element, beside it, clear of it, of the panel and of the cells it cites (`cited`); none for null. */
  tip(el: Element | null, findings: Finding[], reviews: Reviews, cited: Element[] = []) {
    this.shownTip = el && findings.length ? { el, findings, reviews, cited, heights: new Map() } : null;
    this.placeTip();
  }

  /** Whether a tooltip is open (drawn or waiting for its cell to come back into view). */
  get tipOpen(): boolean {
    return !!this.shownTip;
  }

  /**
   * Place the tooltip again where its cell is now (after a scroll, a resize, a redraw of the panel); hidden while
   * its cell is out of the window. Measured out of sight at each width until one fits whole.
   */
  placeTip() {
    const t = this.shownTip;
    if (!this.tipBox) return;
    const cell = t?.el.isConnected ? boxOf(t.el.getBoundingClientRect()) : null;
    const view = this.view();
    if (!t || !cell || right(cell) <= 0 || bottom(cell) <= 0 || cell.left >= view.width || cell.top >= view.height) {
      render(null, this.tipBox);
      return;
    }
    const panel = this.panelRect();
    const cited = t.cited.filter((e) => e.isConnected).map((e) => boxOf(e.getBoundingClientRect()));
    let pos: TipPlace | null = null;
    let width = TIP_WIDTHS[0]!;
    for (const w of TIP_WIDTHS) {
      if (w > TIP_WIDTHS[0]! && w > view.width - 16) break;
      let h = t.heights.get(w);
      if (h === undefined) {
        render(<Tooltip findings={t.findings} reviews={t.reviews} pos={null} width={w} />, this.tipBox);
        const size = this.tipBox.firstElementChild?.getBoundingClientRect();
        h = size?.height || 120;
        t.heights.set(w, h);
      }
      const p = placeTip(cell, { width: w, height: h }, view, panel ? [panel] : [], cited);
      if (!pos || (p.whole && !pos.whole) || (!pos.whole && p.height / h > pos.height / (t.heights.get(width) ?? 1))) {
        pos = p;
        width = w;
      }
      if (p.whole) break;
    }
    render(<Tooltip findings={t.findings} reviews={t.reviews} pos={pos} width={pos!.width} />, this.tipBox);
  }

  remove() {
    if (this.panelBox) render(null, this.panelBox);
    if (this.tipBox) render(null, this.tipBox);
    this.shownTip = null;
    this.ui?.remove();
    this.ui = this.panelBox = this.tipBox = null;
  }
}
