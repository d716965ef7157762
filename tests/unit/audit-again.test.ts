/**
 * A report audited again beside others from its own model (auditAgain): only the rules that read the history
 * run again, and the result is what a whole audit of its blocks with the history gives.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditAgain, auditBlocks, auditText, withoutPage, type Audit } from '../../lib/pipeline/audit';
import { runRules } from '../../lib/pipeline/findings';
import { keep } from '../../lib/pipeline/across';
import { auditHtml } from '../../lib/node';
import { ReportHistory } from '../../lib/history';
import { RULES } from '../../lib/rules';
import type { Rule } from '../../lib/rules/types';
import { copiedRegion, organYears, reportOf } from '../helpers/history-corpus';

const PAGES = join(__dirname, '../fixtures/pages');

/** An organ's four years (2021's carry-over broken), two organs' reports of one year sharing their prose, and the fixture pages. */
function corpus(): Audit[] {
  const texts = copiedRegion().reports.map((r) => auditText(reportOf(r), `${r.organ}-${r.year}.txt`));
  const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort().map((f) => auditHtml(readFileSync(join(PAGES, f), 'utf8'), f));
  return [...texts, ...pages];
}

/** Whether a page element is reachable from `root` (models, findings and maps walked). */
function reachesElement(root: unknown): boolean {
  const seen = new Set<unknown>();
  const todo: unknown[] = [root];
  while (todo.length) {
    const x = todo.pop();
    if (!x || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    if ('nodeType' in x && 'parentNode' in x) return true;
    if (x instanceof Map) for (const [k, v] of x) todo.push(k, v);
    else for (const v of Object.values(x)) todo.push(v);
  }
  return false;
}

describe('a report audited again beside others', () => {
  it('from its model: the same result as its blocks audited again whole, the history’s findings among them', () => {
    const audits = corpus();
    const history = new ReportHistory(audits.flatMap((a) => keep(a).entry ?? []));
    const again = audits.filter((a) => {
      const e = keep(a).entry;
      return !!e && history.relevant(e);
    });
    expect(again.length).toBeGreaterThanOrEqual(5);
    const codes = new Set<string>();
    for (const a of again) {
      const whole = auditBlocks(a.input!.blocks, a.input!.meta, a.result.source, { history });
      const fromModel = auditAgain(a, { history });
      expect(JSON.stringify(fromModel.result)).toBe(JSON.stringify(whole.result));
      expect([...fromModel.sources.keys()]).toEqual([...whole.sources.keys()]);
      for (const f of fromModel.result.findings) codes.add(f.rule);
      // the first audit, without the history, said none of it
      expect(a.result.findings.filter((f) => /^(cross-year|copied-text)/.test(f.rule))).toEqual([]);
    }
    expect([...codes].filter((c) => /^(cross-year|copied-text)/.test(c)).sort()).toEqual(['copied-text:other-organ', 'cross-year:carried-over']);
  });

  it('a report file keeps its file; what is not a report, or failed, stays as it was', () => {
    const a = auditText(reportOf(organYears('东湖街道', 1)[1]!), 'x.pdf');
    const filed = { ...a, result: { ...a.result, file: { kind: 'pdf' as const, pages: 3 } } };
    expect(auditAgain(filed, {}).result.file).toEqual({ kind: 'pdf', pages: 3 });
    expect(auditAgain(a, {}).result.file).toBeUndefined();
    const none = auditText('一篇新闻', 'news.txt');
    expect(auditAgain(none, {}).result).toEqual(none.result);
    const broken = { ...a, model: null };
    expect(auditAgain(broken, {})).toBe(broken);
  });

  it('only the rules that say they read the history see it, and run again; the others’ first run is taken, errors too', () => {
    const a = auditText(reportOf(organYears('东湖街道', 1)[1]!), 'x.txt');
    const history = new ReportHistory([]);
    const calls: [string, boolean][] = [];
    let failing = true;
    const probe = (id: string, readsHistory: boolean): Rule => ({
      id,
      family: 'shape',
      codes: {},
      ...(readsHistory ? { history: true as const } : {}),
      check(m) {
        calls.push([id, !!m.options.history]);
        if (id === 'shape:boom' && failing) throw new Error('boom');
        return [];
      },
    });
    const rules = [probe('shape:plain', false), probe('shape:boom', false), probe('shape:reads', true)];
    const model = { ...a.model!, options: { history } };
    const first = runRules(model, rules);
    expect(calls).toEqual([['shape:plain', false], ['shape:boom', false], ['shape:reads', true]]);
    expect([...first.runs.keys()]).toEqual(['shape:plain', 'shape:boom']);
    expect(first.errors).toEqual(['shape:boom: boom']);
    calls.length = 0;
    failing = false;
    const second = runRules(model, rules, first.runs);
    expect(calls).toEqual([['shape:reads', true]]);
    expect(second.errors).toEqual(['shape:boom: boom']);
    // the engine's own rules: the three that read the history say so, and no other
    expect(RULES.filter((r) => r.history).map((r) => r.id).sort()).toEqual(['copied-text', 'cross-year', 'section-content']);
  });

  it('let go of its page: no element reachable, the audit again the same', () => {
    const history = new ReportHistory([]);
    for (const f of ['sample-report.html', 'report-2021-cms.html']) {
      const html = readFileSync(join(PAGES, f), 'utf8');
      const a = auditHtml(html, f);
      expect(reachesElement(a)).toBe(true);
      const expected = JSON.stringify(auditAgain(auditHtml(html, f), { history }).result);
      const held = withoutPage(a);
      expect(reachesElement(held)).toBe(false);
      expect(held.root).toBeUndefined();
      expect(JSON.stringify(held.result)).toBe(JSON.stringify(a.result));
      expect(JSON.stringify(auditAgain(held, { history }).result)).toBe(expected);
      // kept to be held: the same, let go of its page
      expect(reachesElement(keep(auditHtml(html, f), true).audit)).toBe(false);
      expect(keep(auditHtml(html, f)).audit).toBeUndefined();
    }
  });
});
