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
import { dockFor, placeTip, type Box, type Dock } from './placement';

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

  constructor(private doc: Document, private redraw: () => void, private onDockChange: (d: Dock) => void = () => undefined) {}

  private ensure() {
    if (this.ui) return;
    this.ui = mountShadow(this.doc, 'nianbao-audit-ui', `${uiCss}\n${panelCss}`, this.openUi, this.guardEvents);
    this.panelBox = this.doc.createElement('div');
    this.tipBox = this.doc.createElement('div');
    this.ui.container.append(this.panelBox, this.tipBox);
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
    if (side !== this.side) this.setSide(side);
  }

  /** The tooltip of a flagged element, beside it and clear of the panel; none for null. */
  tip(el: Element | null, findings: Finding[], reviews: Reviews) {
    if (!this.tipBox) return;
    if (!el || !findings.length) {
      render(null, this.tipBox);
      return;
    }
    // drawn out of sight first, measured, then placed
    render(<Tooltip findings={findings} reviews={reviews} pos={null} />, this.tipBox);
    const tip = this.tipBox.firstElementChild;
    const size = tip ? tip.getBoundingClientRect() : { width: 360, height: 120 };
    const panel = this.panelRect();
    const pos = placeTip(boxOf(el.getBoundingClientRect()), { width: size.width, height: size.height }, this.view(), panel ? [panel] : []);
    render(<Tooltip findings={findings} reviews={reviews} pos={pos} />, this.tipBox);
  }

  remove() {
    if (this.panelBox) render(null, this.panelBox);
    if (this.tipBox) render(null, this.tipBox);
    this.ui?.remove();
    this.ui = this.panelBox = this.tipBox = null;
  }
}
