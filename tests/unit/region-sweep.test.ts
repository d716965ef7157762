/**
 * The evaluator's sweep of a region served from localhost (tests/helpers/region.ts): every site's
 * listing followed, its reports and report files audited politely per site, one history for the
 * region; a sweep killed half-way and run again gives the same output and fetches no finished page
 * twice.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/main';
import { AuditOutput } from '../../lib/result/schema';
import { inputOf, rank } from '../../lib/ranking/rows';
import { serveRegion, type Region } from '../helpers/region';

const ROOT = new URL('../..', import.meta.url).pathname;
const OFFICE = (n: string) => join(ROOT, 'tests/fixtures/documents/office', n);
const POLITE = ['--sites', '4', '--concurrency', '2', '--delay', '40', '--retries', '1', '--timeout', '10'];

let region: Region;
let dir: string;
let listings: string;
beforeAll(async () => {
  // five copies of each file: a draft many organs print, whose copied-prose findings must not depend on the order pages came back
  region = await serveRegion({ files: [OFFICE('printed-2021-chromium.pdf'), OFFICE('tabs-2021-libreoffice.docx')], filesTotal: 10 });
  dir = mkdtempSync(join(tmpdir(), 'nb-region-'));
  listings = join(dir, 'listings.txt');
  writeFileSync(listings, `# 全市各县、市直部门、省直部门\n${region.sites.map((s) => s.listing).join('\n')}\n`);
});
afterAll(async () => region?.close());

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const hitsOf = () => new Map(region.sites.flatMap((s) => [...s.hits].map(([p, t]) => [`${s.listing.split('/nb/')[0]}${p}`, t] as const)));

describe('a region swept', () => {
  let whole: ReturnType<typeof AuditOutput.parse>;

  it('every site\'s listing followed, every report and report file audited, each defect found, politely per site', async () => {
    const out = join(dir, 'whole.json');
    // when the sweep sent each request, on the sites' clock: fetchPage calls fetch in the same turn as the queue starts
    // the request, so this is the start the queue spaces
    const sent = new Map<string, number[]>();
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const u = new URL(input instanceof Request ? input.url : String(input));
      const key = `${u.origin}${u.pathname}`;
      sent.set(key, [...(sent.get(key) ?? []), region.clock()]);
      return realFetch(input, init);
    }) as typeof fetch;
    const r = await cli('--urls', listings, '--follow', ...POLITE, '--out', out).finally(() => (globalThis.fetch = realFetch));
    expect(r.stderr).not.toMatch(/Error|TypeError/);
    whole = AuditOutput.parse(JSON.parse(readFileSync(out, 'utf8')));
    const bySource = new Map(whole.reports.map((x) => [x.source, x]));
    expect(whole.reports).toHaveLength(region.reports.length + region.files.length);
    expect(region.reports.length).toBeGreaterThanOrEqual(300);
    for (const f of region.files) expect([f, bySource.get(f)!.isReport, bySource.get(f)!.error]).toEqual([f, true, null]);
    // each report: its organ and year read, and exactly its planted defects among its errors and warnings
    const RULE = { 'row-total': 'row-total', late: 'deadline:late', 'cross-year': 'cross-year', copied: 'copied-text:other-organ' } as const;
    for (const e of region.reports) {
      const got = bySource.get(e.url)!;
      expect([e.url, got.organ, got.year]).toEqual([e.url, e.organ, e.year]);
      const serious = got.findings.filter((f) => f.severity !== 'notice' && !f.needsReview).map((f) => f.rule);
      const found = (['row-total', 'late', 'cross-year', 'copied'] as const).filter((d) => serious.some((rule) => rule.startsWith(RULE[d])));
      expect([e.url, e.organ, e.year, found]).toEqual([e.url, e.organ, e.year, [...e.defects].sort((a, b) => ['row-total', 'late', 'cross-year', 'copied'].indexOf(a) - ['row-total', 'late', 'cross-year', 'copied'].indexOf(b))]);
      // nothing beyond what a planted defect explains
      expect([e.url, serious.filter((rule) => !Object.values(RULE).some((p) => rule.startsWith(p)))]).toEqual([e.url, []]);
    }
    // politeness. As sent: any eleven requests to one site span ten gaps (40 ms each), never more than 25 in a second.
    // As the sites saw them: the same, less only the time the earlier request took to arrive (the sites answer in this
    // process, where an audit holding the loop delays when a request is seen, never when a later one was sent); never
    // more than two at once. A sweep with half the gap fails both (its runs of ten take about 200 ms).
    for (const s of region.sites) {
      const origin = s.listing.split('/nb/')[0]!;
      const seen = [...s.hits].flatMap(([path, times]) => times.map((t, k) => ({ t, sent: sent.get(`${origin}${path}`)?.[k] })));
      expect(seen.filter((h) => h.sent === undefined)).toEqual([]);
      const starts = seen.map((h) => h.sent!).sort((a, b) => a - b);
      const arrivals = seen.sort((a, b) => a.t - b.t);
      expect(starts.length).toBeGreaterThan(10);
      for (let i = 10; i < starts.length; i++) {
        expect(starts[i]! - starts[i - 10]!).toBeGreaterThanOrEqual(10 * 40 - 2);
        const first = arrivals[i - 10]!;
        expect(arrivals[i]!.t - first.t).toBeGreaterThanOrEqual(10 * 40 - 2 - (first.t - first.sent!));
      }
      const perSecond = Math.max(...starts.map((t) => starts.filter((u) => u >= t && u < t + 1000).length));
      expect(perSecond).toBeLessThanOrEqual(25);
      expect(s.maxInFlight()).toBeLessThanOrEqual(2);
    }
    // every page fetched once
    expect([...hitsOf().values()].filter((t) => t.length > 1)).toEqual([]);
    expect(r.stderr).toMatch(/站点 \d+\/15 完成|站点 127\.0\.0\.1:\d+ 完成/);
  }, 240_000);

  it('the ranking of the region: one row per organ and year, each as planted', async () => {
    const csv = join(dir, 'ranking.csv');
    const r = await cli('--from', join(dir, 'whole.json'), '--ranking', csv);
    expect(r.code).toBe(0);
    // the CSV: a header and one line per organ and year (the report files name organs of their own, one row each or
    // one row for the copies of one organ's file)
    const lines = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    const ranking = rank(whole.reports.map((x) => inputOf(x)));
    expect(lines).toHaveLength(1 + ranking.rows.length);
    const byKey = new Map(ranking.rows.map((row) => [`${row.organ} ${row.year}`, row]));
    for (const e of region.reports) {
      const row = byKey.get(`${e.organ} ${e.year}`)!;
      const level = { township: 'township', county: 'county', municipal: 'municipal', provincial: 'provincial' }[e.level];
      expect([e.organ, e.year, row.source, row.level]).toEqual([e.organ, e.year, e.url, level]);
      // errors exactly where a total was broken; late exactly where the report was published late; a copier's share
      expect([e.organ, e.year, row.errors > 0]).toEqual([e.organ, e.year, e.defects.includes('row-total')]);
      expect([e.organ, e.year, (row.daysLate ?? 0) > 0]).toEqual([e.organ, e.year, e.defects.includes('late')]);
      expect([e.organ, e.year, row.crossYear > 0]).toEqual([e.organ, e.year, e.defects.includes('cross-year')]);
      expect([e.organ, e.year, (row.copied ?? 0) >= 50]).toEqual([e.organ, e.year, e.defects.includes('copied')]);
    }
    // every organ and year once: 101 organs, three years, and the files' organs
    expect(new Set(region.reports.map((e) => `${e.organ} ${e.year}`)).size).toBe(303);
  }, 120_000);

  it('killed half-way and run again: the same output, and no finished page fetched twice', async () => {
    for (const s of region.sites) s.hits.clear();
    const out = join(dir, 'resumed.json');
    const state = `${out}.sweep.jsonl`;
    // the command as users start it: bin/ runs a sweep in a capped child, which must end with it
    const child = spawn(process.execPath, [join(ROOT, 'bin/nianbao-audit.mjs'), '--urls', listings, '--follow', ...POLITE, '--out', out], { cwd: ROOT, stdio: 'ignore' });
    const lines = () => (existsSync(state) ? readFileSync(state, 'utf8').split('\n').filter((l) => l.startsWith('{"k":"done"')).length : 0);
    for (let i = 0; i < 600 && lines() < 120; i++) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    // nothing goes on behind the killed command (a line on its way when it died may still land: let it)
    await new Promise((r) => setTimeout(r, 500));
    const atKill = lines();
    await new Promise((r) => setTimeout(r, 1500));
    const before = lines();
    expect(before).toBe(atKill);
    expect(before).toBeGreaterThanOrEqual(120);
    expect(before).toBeLessThan(region.reports.length);
    expect(existsSync(out)).toBe(false);

    const again = await cli('--urls', listings, '--follow', ...POLITE, '--out', out);
    expect(again.stderr).toMatch(/续跑：\d+ 页已在输出中，跳过/);
    const resumed = AuditOutput.parse(JSON.parse(readFileSync(out, 'utf8')));
    // the same reports in the same order, with the same findings, as the sweep that ran through
    const strip = (o: typeof resumed) => o.reports.map((r) => JSON.stringify(r));
    expect(strip(resumed)).toEqual(strip(whole));
    // the listings were read once; of the pages, only those in flight at the kill were fetched again
    const hits = hitsOf();
    for (const s of region.sites) expect(s.hits.get('/nb/list.html')).toHaveLength(1);
    const twice = [...hits.values()].filter((t) => t.length > 1);
    expect(twice.length).toBeLessThanOrEqual(4 * 2);
  }, 300_000);
});
