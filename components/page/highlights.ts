/**
 * Highlights on the page's own DOM: only `data-nianbao-*` attributes and `nianbao-*`
 * classes, styled by a constructed stylesheet (no element added), all removed by
 * `clear()`. One delegated pointer listener shows the tooltip of a flagged cell.
 * Every marked element carries the ids of its findings and the ids they cover, so
 * that a grouped finding is found by any of its parts' ids. Cells that only a
 * notice marks (a table's blank cells) carry their ids but show no outline until
 * the auditor asks (`setShowNotices`). Cells an error or a warning marks can be
 * reached with the keyboard (Tab): focusing one shows its tooltip as hovering does.
 */
import type { PageElement } from '@/lib/model';
import type { FindingSources } from '@/lib/pipeline/audit';
import type { Finding } from '@/lib/result/schema';
import { worse } from '@/lib/result/score';
import { reviewOf, type Reviews } from '@/lib/result/review';

export const ATTR = 'data-nianbao-finding';
const SEV = 'data-nianbao-sev';
const STATUS = 'data-nianbao-status';
const BADGE = 'data-nianbao-badge';
const FLAG = 'nianbao-flag';
const RELATED = 'nianbao-related';
const CURRENT = 'nianbao-current';

const CSS = `
.${FLAG}{outline:2px solid var(--nianbao-c,#d93025)!important;outline-offset:-2px!important}
.${FLAG}[${SEV}=error]{--nianbao-c:#d93025;position:relative}
.${FLAG}[${SEV}=warning]{--nianbao-c:#e37400;position:relative}
.${FLAG}[${SEV}=notice]{--nianbao-c:#1a73e8;outline-width:1px!important;outline-style:dashed!important}
.${FLAG}[${SEV}=error]::after,.${FLAG}[${SEV}=warning]::after{content:attr(${BADGE});position:absolute;top:-8px;right:-8px;min-width:16px;height:16px;padding:0 3px;border-radius:8px;background:var(--nianbao-c);color:#fff;font:bold 11px/16px sans-serif;text-align:center;z-index:2147483646;pointer-events:none;box-sizing:border-box}
.${FLAG}[${STATUS}=dismissed]{outline:1px dashed #9aa0a6!important}
.${FLAG}[${STATUS}=dismissed]::after{display:none!important}
.${RELATED}{outline:2px dotted #1a73e8!important;outline-offset:-2px!important;background-color:rgba(26,115,232,.14)!important}
.${CURRENT}{box-shadow:0 0 0 4px rgba(217,48,37,.35)!important}
.${FLAG}:focus-visible{outline:3px solid #1a73e8!important;outline-offset:2px!important}
`;
/** Notices' outlines stay off until the auditor shows them. */
const HIDE_NOTICES = `.${FLAG}[${SEV}=notice]:not(.${CURRENT}){outline:none!important}`;

/**
 * A source's element as the page's own: the content script audits the live page
 * (auditDocument(document)), so every element its findings name is one of the page's.
 */
export function pageEl(el: PageElement | undefined): Element | undefined {
  return el as Element | undefined;
}

/** The page's own attributes as they were before we touched them, restored exactly (absent, empty or set). */
export class Originals {
  private saved = new Map<Element, Map<string, string | null>>();

  keep(el: Element, name: string) {
    let m = this.saved.get(el);
    if (!m) this.saved.set(el, (m = new Map()));
    if (!m.has(name)) m.set(name, el.getAttribute(name));
  }

  /** Put back one element's attribute, or every element's. */
  restore(only?: Element, name?: string) {
    // one element's: looked up, not searched for (a page has hundreds of marked cells)
    const entries: Iterable<[Element, Map<string, string | null>]> = only ? (this.saved.has(only) ? [[only, this.saved.get(only)!]] : []) : this.saved;
    for (const [el, m] of entries) {
      for (const [n, v] of m) {
        if (name && n !== name) continue;
        if (v === null) el.removeAttribute(n);
        else if (el.getAttribute(n) !== v) el.setAttribute(n, v);
        m.delete(n);
      }
      if (!m.size) this.saved.delete(el);
    }
  }
}

/**
 * Where a finding stands on the page, whether or not it is marked: its own element (its cell, else the first
 * of the cells it stands for) and the other elements it cites (the cells of its arithmetic, its sentence).
 */
export function placeOnPage(s: FindingSources | undefined): { el: Element; related: Element[] } | null {
  if (!s) return null;
  const el = pageEl(s.cell?.el);
  const parts = s.parts.filter((p) => pageEl(p.src.el)?.isConnected);
  const first = el?.isConnected ? el : pageEl(parts[0]?.src.el);
  if (!first) return null;
  const related = [...s.related, ...parts.map((p) => p.src)].map((r) => pageEl(r.el)).filter((e): e is Element => !!e && e !== first);
  return { el: first, related };
}

/** A finding's covered ids by the cell each names (`…:row:col`, its last two parts). */
function coveredByCell(covers: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of covers) {
    const col = id.lastIndexOf(':');
    const row = col > 0 ? id.lastIndexOf(':', col - 1) : -1;
    if (row < 0) continue;
    const key = id.slice(row + 1);
    const list = out.get(key);
    if (list) list.push(id);
    else out.set(key, [id]);
  }
  return out;
}

export class Highlights {
  private originals = new Originals();
  private byId = new Map<string, Element>();
  private relatedById = new Map<string, Element[]>();
  private marked = new Set<Element>();
  private lit: Element[] = [];
  private sheet: CSSStyleSheet | null = null;
  private styleEl: HTMLStyleElement | null = null;
  private listening = false;

  constructor(private doc: Document, private onHover: (el: Element | null, ids: string[]) => void) {}

  private showNotices = false;
  /** The findings on each marked element. */
  private onEl = new Map<Element, Finding[]>();

  apply(findings: Finding[], sources: Map<string, FindingSources>, reviews: Reviews) {
    this.clear();
    this.installStyle();
    const perEl = new Map<Element, { fs: Finding[]; ids: string[] }>();
    const mark = (el: Element, f: Finding, ids: string[]) => {
      const e = perEl.get(el) ?? { fs: [], ids: [] };
      if (!e.fs.includes(f)) e.fs.push(f);
      for (const id of ids) if (!e.ids.includes(id)) e.ids.push(id);
      perEl.set(el, e);
    };
    for (const f of findings) {
      const s = sources.get(f.id);
      const place = placeOnPage(s);
      if (!s || !place) continue;
      const el = pageEl(s.cell?.el);
      const parts = s.parts.filter((p) => pageEl(p.src.el)?.isConnected);
      this.byId.set(f.id, place.el);
      this.relatedById.set(f.id, place.related);
      if (el?.isConnected) mark(el, f, [f.id, ...f.covers]);
      // a finding on a whole row, column or table marks each of its cells with the ids that cell stands for
      // (the covered ids by their cell, once: a blank-cell finding covers every blank cell of a table)
      if (parts.length) {
        const byCell = coveredByCell(f.covers);
        for (const p of parts) {
          const { row, col } = p.cell;
          const ids = row.includes(':') || col.includes(':') ? f.covers.filter((id) => id.endsWith(`:${row}:${col}`)) : (byCell.get(`${row}:${col}`) ?? []);
          mark(pageEl(p.src.el)!, f, [f.id, ...ids]);
        }
      }
    }
    for (const [el, { fs, ids }] of perEl) {
      for (const name of [ATTR, SEV, BADGE, STATUS, 'class']) this.originals.keep(el, name);
      el.setAttribute(ATTR, ids.join(' '));
      this.onEl.set(el, fs);
      el.classList.add(FLAG);
      this.marked.add(el);
    }
    this.setReviews(reviews);
    if (!this.listening) {
      this.doc.addEventListener('mouseover', this.over, true);
      this.doc.addEventListener('mouseout', this.out, true);
      this.doc.addEventListener('focusin', this.over, true);
      this.doc.addEventListener('focusout', this.out, true);
      this.listening = true;
    }
  }

  /** Severity, badge and dismissed state of each marked cell, from its findings and the auditor's reviews. */
  setReviews(reviews: Reviews) {
    // each finding's review once, not once per cell it marks (a blank-cell finding marks a hundred cells and covers as many ids)
    const dismissed = new Map<Finding, boolean>();
    const isOpen = (f: Finding) => {
      let d = dismissed.get(f);
      if (d === undefined) dismissed.set(f, (d = reviewOf(f, reviews).status === 'dismissed'));
      return !d;
    };
    for (const [el, fs] of this.onEl) {
      const open = fs.filter(isOpen);
      const sev = (open.length ? open : fs).map((f) => f.severity).reduce(worse);
      el.setAttribute(SEV, sev);
      const serious = open.filter((f) => f.severity !== 'notice').length;
      el.setAttribute(BADGE, serious > 1 ? String(serious) : '!');
      if (open.length) el.removeAttribute(STATUS);
      else el.setAttribute(STATUS, 'dismissed');
      // errors and warnings can be reached by keyboard (the page's own tabindex kept where it has one)
      if (sev === 'notice') this.originals.restore(el, 'tabindex');
      else if (!el.hasAttribute('tabindex')) {
        this.originals.keep(el, 'tabindex');
        el.setAttribute('tabindex', '0');
      }
    }
  }

  /** Show or hide the outlines of cells that only notices mark (blank cells). */
  setShowNotices(show: boolean) {
    if (show === this.showNotices) return;
    this.showNotices = show;
    this.sheet?.replaceSync(this.css());
    if (this.styleEl) this.styleEl.textContent = this.css();
  }

  private css(): string {
    return this.showNotices ? CSS : CSS + HIDE_NOTICES;
  }

  elementFor(id: string): Element | undefined {
    return this.byId.get(id);
  }

  /** Light up the cells that entered a finding's arithmetic (and the current cell). */
  light(ids: string[], current: Element | null) {
    for (const e of this.lit) {
      e.classList.remove(RELATED, CURRENT);
      // a cell lit but not flagged gets its class attribute back exactly as the page had it
      if (!this.marked.has(e)) this.originals.restore(e, 'class');
    }
    this.lit = [];
    const lightUp = (e: Element, cls: string) => {
      this.originals.keep(e, 'class');
      e.classList.add(cls);
      this.lit.push(e);
    };
    for (const id of ids) for (const e of this.relatedById.get(id) ?? []) lightUp(e, RELATED);
    if (current) lightUp(current, CURRENT);
  }

  clear() {
    this.light([], null);
    this.originals.restore();
    this.marked.clear();
    this.onEl.clear();
    this.byId.clear();
    this.relatedById.clear();
    if (this.listening) {
      this.doc.removeEventListener('mouseover', this.over, true);
      this.doc.removeEventListener('mouseout', this.out, true);
      this.doc.removeEventListener('focusin', this.over, true);
      this.doc.removeEventListener('focusout', this.out, true);
      this.listening = false;
    }
  }

  /** Remove the stylesheet too: nothing of ours is left on the page. */
  destroy() {
    this.clear();
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.styleEl?.remove();
    this.sheet = null;
    this.styleEl = null;
  }

  private installStyle() {
    if (this.sheet || this.styleEl) return;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(this.css());
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // browsers without constructed stylesheets in content scripts: a <style> element, removed on destroy
      const style = this.doc.createElement('style');
      style.textContent = this.css();
      (this.doc.head ?? this.doc.documentElement).append(style);
      this.styleEl = style;
    }
  }

  /** Whether a marked element shows: a cell only notices mark (a blank cell) shows only when notices do. */
  shows(el: Element): boolean {
    const fs = this.onEl.get(el);
    return !!fs && (this.showNotices || fs.some((f) => f.severity !== 'notice'));
  }

  private over = (e: Event) => {
    const el = (e.target as Element | null)?.closest?.(`[${ATTR}]`);
    // a mark not shown (a blank cell while notices are off) opens nothing
    if (el && this.marked.has(el) && this.shows(el)) this.onHover(el, (el.getAttribute(ATTR) ?? '').split(' ').filter(Boolean));
  };

  private out = (e: Event) => {
    const el = (e.target as Element | null)?.closest?.(`[${ATTR}]`);
    const to = (e as MouseEvent | FocusEvent).relatedTarget as Element | null;
    if (el && this.marked.has(el) && this.shows(el) && (!to || !el.contains(to))) this.onHover(null, []);
  };
}
