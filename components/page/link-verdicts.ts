/**
 * A listing page's report links, each with its verdict after a batch: a small
 * badge after the link (✗ errors, ! warnings, ✓), drawn by a constructed style
 * sheet from data attributes on the link — no element added, all removed cleanly.
 */
import type { BatchRecord, VerdictLine } from '@/lib/store/batch';
import { normaliseUrl } from '@/lib/store/url';
import { tr } from '@/components/i18n';
import { Originals } from './highlights';

const VERDICT = 'data-nianbao-verdict';
const TEXT = 'data-nianbao-verdict-text';

const CSS = `
a[${VERDICT}]::after{content:attr(${TEXT});display:inline-block;margin-inline-start:6px;padding:0 5px;border-radius:8px;font:bold 11px/16px sans-serif;color:#fff;background:#5f6368;vertical-align:middle;white-space:nowrap}
a[${VERDICT}=fail]::after{background:#d93025}
a[${VERDICT}=warn]::after{background:#e37400}
a[${VERDICT}=pass]::after{background:#188038}
a[${VERDICT}=failed]::after{background:#5f6368}
`;

export class LinkVerdicts {
  private originals = new Originals();
  private sheet: CSSStyleSheet | null = null;
  private marked = new Set<Element>();

  constructor(private doc: Document) {}

  /**
   * Each report link of the batch with its verdict (or the failure), in the auditor's language: the
   * stored record's (`stored`, by normalised address: audited again, reviewed) over what the batch saw.
   */
  show(links: { url: string; el: Element }[], batch: BatchRecord | null, stored: Record<string, VerdictLine> = {}) {
    if (!batch) return;
    const verdicts = new Map(Object.entries(batch.verdicts).map(([u, v]) => [normaliseUrl(u), v]));
    for (const [u, v] of Object.entries(stored)) verdicts.set(u, v);
    const failed = new Map(batch.failed.map((f) => [normaliseUrl(f.url), f.error]));
    for (const { url, el } of links) {
      const key = normaliseUrl(url);
      const v = verdicts.get(key);
      const fail = failed.get(key);
      if (!v && fail === undefined) continue;
      const [verdict, text, title] = v
        ? v.verdict === 'fail'
          ? ['fail', `✗ ${v.error}`, tr('ui_link_errors', { n: v.error })]
          : v.verdict === 'warn'
            ? ['warn', `! ${v.warning}`, tr('ui_link_warnings', { n: v.warning })]
            : v.verdict === 'pass'
              ? ['pass', '✓', tr('ui_verdict_pass')]
              : ['failed', tr('ui_verdict_not_report'), tr('ui_verdict_not_report')]
        : ['failed', tr('ui_link_failed'), fail!];
      for (const name of [VERDICT, TEXT, 'title']) this.originals.keep(el, name);
      el.setAttribute(VERDICT, verdict);
      el.setAttribute(TEXT, text);
      if (!el.hasAttribute('title') || this.marked.has(el)) el.setAttribute('title', title);
      this.marked.add(el);
    }
    this.install();
  }

  private install() {
    if (this.sheet || !this.marked.size) return;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // no constructed sheets here: the attributes still say it
    }
  }

  /** The links as the page had them. */
  remove() {
    this.originals.restore();
    this.marked.clear();
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
  }
}
