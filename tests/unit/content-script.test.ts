// @vitest-environment happy-dom
/**
 * The content script's pieces, imported directly (the browser tests cover them
 * end to end): the highlights on the page's cells, the order the panel steps in,
 * the watcher of late content, the bench clock, the overlay, and the session that
 * ties them together.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditDocument } from '../../lib/pipeline/audit';
import type { Finding } from '../../lib/result/schema';
import { DEFAULT_SETTINGS } from '../../lib/store/settings';
import { Highlights, pageEl } from '../../components/page/highlights';
import { stepOrder } from '../../components/page/steps';
import { Watcher, signature } from '../../entrypoints/content/watch';
import { BenchClock } from '../../entrypoints/content/bench';
import { Overlay } from '../../components/page/overlay';
import { PageSession } from '../../entrypoints/content/session';

const SAMPLE = readFileSync(join(import.meta.dirname, '../fixtures/pages/sample-report.html'), 'utf8');

function loadSample() {
  document.documentElement.innerHTML = SAMPLE.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
}

/** The same markup, or where the two first differ. */
function sameHtml(after: string, before: string) {
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  expect(after.slice(Math.max(0, i - 60), i + 60)).toBe(before.slice(Math.max(0, i - 60), i + 60));
  expect(after.length).toBe(before.length);
}

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
  vi.useRealTimers();
});

describe('Highlights', () => {
  it('marks each finding’s cell with its ids, its worst severity and a badge; dismissals grey it; clear leaves the DOM as it was', () => {
    loadSample();
    const before = document.body.innerHTML;
    const a = auditDocument(document, 'sample');
    const h = new Highlights(document, () => undefined);
    h.apply(a.result.findings, a.sources, {});
    const marked = [...document.querySelectorAll('[data-nianbao-finding]')];
    expect(marked.length).toBeGreaterThan(3);
    const cell = h.elementFor('row-total:requests:new:total')!;
    expect(cell.getAttribute('data-nianbao-finding')!.split(' ')).toContain('row-total:requests:new:total');
    expect(cell.getAttribute('data-nianbao-sev')).toBe('error');
    expect(cell.classList.contains('nianbao-flag')).toBe(true);
    // each blank cell carries the table's notice and its own id; the notice is one finding
    const blanks = document.querySelectorAll('[data-nianbao-finding~="blank-cell:requests:*:*"]');
    expect(blanks.length).toBe(131);
    const one = blanks[0]!.getAttribute('data-nianbao-finding')!.split(' ');
    expect(one[0]).toBe('blank-cell:requests:*:*');
    expect(one[1]).toMatch(/^blank-cell:requests:[a-z_.0-9]+:[a-z_]+$/);
    expect(blanks[0]!.getAttribute('data-nianbao-sev')).toBe('notice');
    // the blank （七）总计·总计 carries its finding and the balance id it covers
    expect(document.querySelector('[data-nianbao-finding~="balance:requests:result.total:total"]')).not.toBeNull();
    const ids = cell.getAttribute('data-nianbao-finding')!.split(' ');
    h.setReviews(Object.fromEntries(ids.map((id) => [id, { status: 'dismissed' as const, note: '', at: '2026-01-01' }])));
    expect(cell.getAttribute('data-nianbao-status')).toBe('dismissed');
    h.light(['row-total:requests:new:total'], cell);
    expect(document.querySelectorAll('.nianbao-related').length).toBe(6);
    h.destroy();
    sameHtml(document.body.innerHTML, before);
  });

  it('restores the page’s attributes exactly: an empty class stays empty, an absent one absent, our own names on the page untouched', () => {
    loadSample();
    const a = auditDocument(document, 'sample');
    const cell = pageEl(a.sources.get('row-total:requests:new:total')!.cell!.el)!;
    const related = a.sources.get('row-total:requests:new:total')!.related.map((r) => pageEl(r.el)!);
    cell.setAttribute('class', '');
    related[0]!.setAttribute('class', '');
    related[1]!.removeAttribute('class');
    related[2]!.setAttribute('class', 'x  y');
    const before = document.body.innerHTML;
    const h = new Highlights(document, () => undefined);
    h.apply(a.result.findings, a.sources, {});
    h.light(['row-total:requests:new:total'], cell);
    h.light([], null);
    h.light(['row-total:requests:new:total'], cell);
    h.destroy();
    sameHtml(document.body.innerHTML, before);
    expect(cell.getAttribute('class')).toBe('');
    expect(related[1]!.hasAttribute('class')).toBe(false);
  });

  it('a hovered cell asks for its tooltip with its finding ids', () => {
    loadSample();
    const a = auditDocument(document, 'sample');
    const seen: string[][] = [];
    const h = new Highlights(document, (_, ids) => seen.push(ids));
    h.apply(a.result.findings, a.sources, {});
    const cell = h.elementFor('row-total:requests:new:total')!;
    cell.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(seen.at(-1)).toContain('row-total:requests:new:total');
    h.destroy();
  });
});

describe('stepOrder', () => {
  const f = (id: string, severity: Finding['severity']) => ({ id, severity }) as Finding;
  it('errors first, then warnings, in finding order; notices and findings without an element left out', () => {
    const fs = [f('w1', 'warning'), f('e1', 'error'), f('n1', 'notice'), f('e2', 'error'), f('w2', 'warning'), f('e3', 'error')];
    expect(stepOrder(fs, (id) => id !== 'e3').map((x) => x.id)).toEqual(['e1', 'e2', 'w1', 'w2']);
  });
});

describe('Watcher', () => {
  it('waits for the page to be quiet, then asks once; stops asking after its limit', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const w = new Watcher(document, () => (++calls, true), 100, 2);
    w.start();
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('p'));
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(calls).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(1);
    for (let i = 0; i < 3; i++) {
      document.body.append(document.createElement('p'));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(calls).toBe(2);
    w.stop();
  });

  it('a signature changes with the report’s text or its cells', () => {
    loadSample();
    const s = signature(document.body);
    document.querySelector('td')!.append('1');
    expect(signature(document.body)).not.toBe(s);
  });
});

describe('BenchClock', () => {
  it('records only when the address ends in #nianbao-bench', () => {
    const c = new BenchClock(document);
    expect(c.on).toBe(false);
    expect(c.time('x', () => 42)).toBe(42);
    expect(document.documentElement.getAttribute('data-nianbao-bench')).toBeNull();
    location.hash = '#nianbao-bench';
    const on = new BenchClock(document);
    on.time('engine', () => 1);
    expect(Object.keys(JSON.parse(document.documentElement.getAttribute('data-nianbao-bench')!))).toEqual(['engine']);
    location.hash = '';
    document.documentElement.removeAttribute('data-nianbao-bench');
  });
});

describe('Overlay', () => {
  it('is closed to the page by default: no shadowRoot to reach from the host', () => {
    loadSample();
    const a = auditDocument(document, 'sample');
    const o = new Overlay(document, () => undefined);
    o.panel({ result: a.result, reviews: {}, steps: [], located: new Set<string>(), current: 0, storageFull: false, noticeCells: 0, marks: { on: true, error: true, warning: true, notice: false }, onMarks() {}, onStep() {}, onSelect() {}, onClose() {} });
    const host = document.querySelector('nianbao-audit-ui')!;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    o.remove();
    expect(document.querySelector('nianbao-audit-ui')).toBeNull();
  });

  it('draws the pill, then the panel, in its own shadow root; removing it leaves nothing', () => {
    loadSample();
    const a = auditDocument(document, 'sample');
    const redraw = vi.fn();
    const o = new Overlay(document, redraw);
    // as auditors have it the root is closed; open (and unguarded, as jsdom's clicks are untrusted) to look inside
    o.openUi = true;
    o.guardEvents = false;
    const view = { result: a.result, reviews: {}, steps: [], located: new Set<string>(), current: 0, storageFull: false, noticeCells: 0, marks: { on: true, error: true, warning: true, notice: false }, onMarks() {}, onStep() {}, onSelect() {}, onClose() {} };
    o.panel(view);
    const host = document.querySelector('nianbao-audit-ui')!;
    expect(host).not.toBeNull();
    const root = host.shadowRoot!;
    const pill = root.querySelector<HTMLButtonElement>('[data-testid=panel-pill]')!;
    expect(pill.textContent).toContain('年报审计');
    pill.click();
    expect(redraw).toHaveBeenCalled();
    o.panel(view);
    expect(root.querySelector('[data-testid=panel]')).not.toBeNull();
    expect(root.querySelector('[data-testid=verdict]')!.getAttribute('data-verdict')).toBe('fail');
    o.remove();
    expect(document.querySelector('nianbao-audit-ui')).toBeNull();
  });
});

describe('PageSession', () => {
  it('audits a report page, reports it to the background, applies the reviews it hears back, and closing restores the page', async () => {
    loadSample();
    const before = document.body.innerHTML;
    const sent: { type: string }[] = [];
    const send = async (msg: unknown) => {
      sent.push(msg as { type: string });
      if ((msg as { type: string }).type === 'audit:done') {
        return { ok: true as const, data: { 'row-total:requests:new:total': { status: 'dismissed', note: '口径不同', at: '2026-01-01' } } };
      }
      return { ok: true as const, data: null };
    };
    const s = new PageSession(document, send, async () => ({ settings: DEFAULT_SETTINGS, identity: undefined }));
    const state = await s.run(false);
    expect(state.recognised).toBe(true);
    expect(sent.map((m) => m.type)).toEqual(['audit:done']);
    expect(state.result!.counts.error).toBeGreaterThan(0);
    const cell = document.querySelector('[data-nianbao-finding~="row-total:requests:new:total"]')!;
    expect(cell).not.toBeNull();
    expect(s.scrollTo('row-total:requests:new:total')).toBe(true);
    s.close();
    sameHtml(document.body.innerHTML, before);
    expect(document.querySelector('nianbao-audit-ui')).toBeNull();
  });

  it('a page that is no report gets no mark and tells the background so', async () => {
    document.body.innerHTML = '<h1>新闻</h1><p>今天天气很好。</p>';
    const sent: string[] = [];
    const s = new PageSession(document, async (m) => (sent.push((m as { type: string }).type), { ok: true as const, data: null }), async () => ({ settings: DEFAULT_SETTINGS, identity: undefined }));
    const state = await s.run(false);
    expect(state.recognised).toBe(false);
    expect(sent).toEqual(['audit:none']);
    expect(document.querySelector('[data-nianbao-finding]')).toBeNull();
  });
});
