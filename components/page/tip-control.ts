/**
 * When a cell's tooltip opens, stays and closes. It opens at once on a marked cell
 * (hovered or focused). Leaving the cell starts a short delay, so that the pointer
 * can move into the tooltip to read it (or scroll it); inside, it stays; leaving it
 * closes it after the same delay. Esc closes it. While one is open, scrolling and
 * resizing ask for it to be placed again (or hidden while its cell is out of view).
 */

/** How long a tooltip waits after the pointer left its cell or itself. */
export const CLOSE_DELAY = 300;

export interface TipEvents {
  /** The delay ran out with the pointer in neither the cell nor the tooltip. */
  close(): void;
  /** Esc pressed while a tooltip is open. */
  escape(): void;
  /** The page (or an element in it) scrolled, or the window resized: place the tooltip again. */
  moved(): void;
}

export class TipControl {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private frame: number | null = null;
  private inTip = false;
  private listening = false;

  constructor(private doc: Document, private on: TipEvents, private delay = CLOSE_DELAY) {}

  /** A tooltip opened (or another took its place): nothing pending closes it. */
  opened() {
    this.cancel();
    this.listen(true);
  }

  /** The pointer (or focus) left the cell: close after the delay, unless it went into the tooltip. */
  cellLeft() {
    this.later();
  }

  /** The pointer entered the tooltip, or left it. */
  pointerInTip(inside: boolean) {
    this.inTip = inside;
    if (inside) this.cancel();
    else this.later();
  }

  /** The tooltip is gone: nothing listens any more. */
  closed() {
    this.cancel();
    this.inTip = false;
    this.listen(false);
  }

  private later() {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.inTip) this.on.close();
    }, this.delay);
  }

  private cancel() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private key = (e: Event) => {
    if ((e as KeyboardEvent).key === 'Escape') this.on.escape();
  };

  private move = () => {
    const win = this.doc.defaultView;
    if (this.frame !== null || !win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = null;
      this.on.moved();
    });
  };

  private listen(on: boolean) {
    const win = this.doc.defaultView;
    if (on === this.listening || !win) return;
    this.listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    this.doc[method]('keydown', this.key, true);
    // capture: a scrolling element inside the page (a table in a scroll box) moves the cell too
    this.doc[method]('scroll', this.move, true);
    win[method]('resize', this.move);
    if (!on && this.frame !== null) {
      win.cancelAnimationFrame(this.frame);
      this.frame = null;
    }
  }
}
