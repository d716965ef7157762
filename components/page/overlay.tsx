/** What we draw on a page, in one shadow root: the panel (or the listing's batch panel) and the tooltip. */
import { render } from 'preact';
import type { Finding } from '@/lib/result/schema';
import type { Reviews } from '@/lib/result/review';
import { Panel, Tooltip, type PanelProps } from '@/components/Panel';
import { BatchPanel } from '@/components/BatchPanel';
import uiCss from '@/components/ui.css?inline';
import panelCss from '@/components/panel.css?inline';
import type { BatchRecord } from '@/lib/store/batch';
import { mountShadow, type ShadowUi } from './shadow';

/** What the panel shows; the overlay adds whether it is open. */
export type PanelView = Omit<PanelProps, 'expanded' | 'onToggle'>;

export interface ListingView {
  /** How many report links the listing holds, the batch over them, and whether it runs now. */
  runner: { links: { length: number }; record: BatchRecord | null; running: boolean };
  onStart(): void;
  onCancel(): void;
  onDashboard(): void;
  onClose(): void;
}

export class Overlay {
  private ui: ShadowUi | null = null;
  private panelBox: HTMLElement | null = null;
  private tipBox: HTMLElement | null = null;
  /** The panel is open (else the pill). */
  expanded = false;

  constructor(private doc: Document, private redraw: () => void) {}

  private ensure() {
    if (this.ui) return;
    this.ui = mountShadow(this.doc, 'nianbao-audit-ui', `${uiCss}\n${panelCss}`);
    this.panelBox = this.doc.createElement('div');
    this.tipBox = this.doc.createElement('div');
    this.ui.container.append(this.panelBox, this.tipBox);
  }

  private toggle = () => {
    this.expanded = !this.expanded;
    this.redraw();
  };

  panel(v: PanelView) {
    this.ensure();
    render(<Panel {...v} expanded={this.expanded} onToggle={this.toggle} />, this.panelBox!);
  }

  listing(v: ListingView) {
    this.ensure();
    const b = v.runner;
    render(
      <BatchPanel count={b.links.length} record={b.record} running={b.running} expanded={this.expanded} onToggle={this.toggle} onStart={v.onStart} onCancel={v.onCancel} onDashboard={v.onDashboard} onClose={v.onClose} />,
      this.panelBox!,
    );
  }

  /** The tooltip of a flagged element, next to it; none for null. */
  tip(el: Element | null, findings: Finding[], reviews: Reviews) {
    if (!this.tipBox) return;
    if (!el || !findings.length) {
      render(null, this.tipBox);
      return;
    }
    const r = el.getBoundingClientRect();
    render(<Tooltip findings={findings} reviews={reviews} rect={{ left: r.left, top: r.top, bottom: r.bottom }} />, this.tipBox);
  }

  remove() {
    if (this.panelBox) render(null, this.panelBox);
    if (this.tipBox) render(null, this.tipBox);
    this.ui?.remove();
    this.ui = this.panelBox = this.tipBox = null;
  }
}
