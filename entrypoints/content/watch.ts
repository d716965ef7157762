/** Pages that fill their content in by script are audited again: changes are debounced, and only a changed report counts. */
import type { PageElement } from '@/lib/model';

const DEBOUNCE_MS = 600;
const MAX_REAUDITS = 20;

/** A cheap signature of a report's content: its text length and its number of cells. */
export function signature(root: PageElement | null | undefined): string {
  return root ? `${root.textContent?.length ?? 0}:${root.getElementsByTagName('td').length}` : '';
}

export class Watcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private count = 0;

  /** `changed` runs after the page has been quiet for a moment; it says whether it audited again. */
  constructor(private doc: Document, private changed: () => boolean, private debounceMs = DEBOUNCE_MS, private max = MAX_REAUDITS) {}

  start() {
    const body = this.doc.body;
    if (!body || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.fire(), this.debounceMs);
    });
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
  }

  private fire() {
    this.timer = null;
    if (this.count >= this.max) return;
    if (this.changed()) this.count++;
  }

  stop() {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
